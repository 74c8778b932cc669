// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "NewSpaceDialog.h"

#include "HardwareFlavor.h"
#include "InlineError.h"
#include "SettingsListDialog.h"
#include "TabOrder.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace hubdeck {

NewSpaceDialog::NewSpaceDialog(HubClient *client, QString fromId, const QString &user, const QStringList &orgs, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_fromId(std::move(fromId))
    , m_name(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_sdk(new QComboBox(this))
    , m_private(new QCheckBox(tr("Private (only you and your organisation can see it)"), this))
    , m_hardware(new QComboBox(this))
    , m_storage(new QComboBox(this))
    , m_sleep(new QSpinBox(this))
    , m_variables(new QPlainTextEdit(this))
    , m_error(new InlineError(this))
{
    const bool duplicate = !m_fromId.isEmpty();
    setWindowTitle(duplicate ? tr("Duplicate %1").arg(m_fromId) : tr("New Space"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_form = form;
    addIdentityRows(form, user, orgs);
    addHardwareRows(form);
    addSettingsRows(form);
    layout->addLayout(form);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(duplicate ? tr("Duplicate") : tr("Create Space"), QDialogButtonBox::AcceptRole);
    m_submit->setToolTip(duplicate ? tr("Copy the Space under the new name with these settings") : tr("Create the Space on the Hub"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, &NewSpaceDialog::submit);
    connect(m_name, &QLineEdit::textChanged, this, &NewSpaceDialog::validate);
    connect(m_variables, &QPlainTextEdit::textChanged, this, &NewSpaceDialog::validate);
    connect(m_hardware, &QComboBox::currentIndexChanged, this, &NewSpaceDialog::validate);
    connect(m_sleep, &QSpinBox::valueChanged, this, &NewSpaceDialog::validate);
    validate();
}

void NewSpaceDialog::addIdentityRows(QFormLayout *form, const QString &user, const QStringList &orgs)
{
    const bool duplicate = !m_fromId.isEmpty();
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setToolTip(tr("Letters, digits, '-', '_' and '.', without '--' or '..', up to 96 characters"));
    m_name->setText(duplicate ? m_fromId.section(u'/', 1) : QString());
    form->addRow(tr("Name:"), m_name);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setToolTip(tr("You or one of your organisations"));
    setOwners(user, orgs);
    form->addRow(tr("Owner:"), m_owner);
    m_sdk->setObjectName(QStringLiteral("sdk"));
    m_sdk->setToolTip(tr("How the Space is built and served"));
    m_sdk->addItems({QStringLiteral("gradio"), QStringLiteral("docker"), QStringLiteral("streamlit"), QStringLiteral("static")});
    if (!duplicate)
        form->addRow(tr("SDK:"), m_sdk);
    else
        m_sdk->hide(); // a duplicate keeps the original's SDK; unlaid, it would sit over the name field
    m_private->setObjectName(QStringLiteral("private"));
    m_private->setToolTip(tr("A private Space is visible only to you and its organisation's members"));
    form->addRow(QString(), m_private);
}

void NewSpaceDialog::setOwners(const QString &user, const QStringList &orgs)
{
    // request() sends no organisation for the first entry: it must be the user.
    m_owner->clear();
    for (const QString &owner : QStringList{user} + orgs)
        if (!owner.isEmpty())
            m_owner->addItem(owner);
}

void NewSpaceDialog::setAccounts(const QList<AccountChoice> &accounts, const QString &current)
{
    if (!m_fromId.isEmpty() || accounts.isEmpty())
        return;
    m_accounts = accounts;
    if (!m_account) {
        m_account = new QComboBox(this);
        m_account->setObjectName(QStringLiteral("account"));
        m_account->setToolTip(tr("The stored account that creates the Space: it is created with that account's token, "
                                 "under its user or one of their organisations"));
        m_form->insertRow(0, tr("Account:"), m_account);
        // Made after the fields below it: Tab is told to go down the form from it.
        TabOrder::chain({m_account, m_name, m_owner, m_sdk, m_private, m_hardware, m_storage, m_sleep});
        updateSecretsTabOrder();
        connect(m_account, &QComboBox::currentIndexChanged, this, &NewSpaceDialog::chooseAccount);
    }
    m_account->blockSignals(true);
    m_account->clear();
    for (const AccountChoice &account : accounts)
        m_account->addItem(account.label, account.name);
    m_account->setCurrentIndex(std::max(0, m_account->findData(current)));
    m_account->blockSignals(false);
    chooseAccount(m_account->currentIndex());
}

void NewSpaceDialog::chooseAccount(int index)
{
    if (index < 0 || index >= m_accounts.size())
        return;
    const AccountChoice &account = m_accounts[index];
    m_client = account.client;
    setOwners(account.user, account.orgs);
    validate();
}

void NewSpaceDialog::addHardwareRows(QFormLayout *form)
{
    const bool duplicate = !m_fromId.isEmpty();
    m_hardware->setObjectName(QStringLiteral("hardware"));
    m_hardware->setToolTip(tr("Upgraded hardware is billed while the Space runs"));
    m_hardware->addItem(duplicate ? tr("same as the original") : tr("cpu-basic (free)"), QString());
    for (const HardwareFlavor &flavor : HardwareFlavor::knownFlavors())
        if (flavor.name != u"cpu-basic" || duplicate)
            m_hardware->addItem(flavor.name, flavor.name);
    form->addRow(tr("Hardware:"), m_hardware);
    m_storage->setObjectName(QStringLiteral("storage"));
    m_storage->setToolTip(tr("Persistent storage is billed monthly while it exists"));
    m_storage->addItem(tr("none"), QString());
    for (const char *tier : {"small", "medium", "large"})
        m_storage->addItem(QString::fromLatin1(tier), QString::fromLatin1(tier));
    form->addRow(tr("Persistent storage:"), m_storage);
    m_sleep->setObjectName(QStringLiteral("sleep"));
    m_sleep->setToolTip(tr("Minutes without visitors before the Space sleeps; \"default\" keeps the Hub's"));
    m_sleep->setRange(-1, 7 * 24 * 60);
    m_sleep->setSpecialValueText(tr("default"));
    m_sleep->setMinimum(-1);
    m_sleep->setValue(-1);
    m_sleep->setSuffix(tr(" min"));
    form->addRow(tr("Sleep after:"), m_sleep);
}

void NewSpaceDialog::addSettingsRows(QFormLayout *form)
{
    form->addRow(tr("Secrets:"), buildSecretsEditor());
    m_variables->setObjectName(QStringLiteral("variables"));
    m_variables->setToolTip(tr("Public environment variables of the Space"));
    m_variables->setPlaceholderText(tr("KEY=VALUE, one per line"));
    m_variables->setMaximumHeight(70);
    m_variables->setTabChangesFocus(true);
    form->addRow(tr("Variables:"), m_variables);
}

// One row per secret, its value masked as in the Secrets dialog: a value typed here is never
// on screen unless its row's Show toggle is on, and it leaves the dialog only in the request.
QWidget *NewSpaceDialog::buildSecretsEditor()
{
    auto *editor = new QWidget(this);
    editor->setObjectName(QStringLiteral("secrets"));
    m_secretsLayout = new QVBoxLayout(editor);
    m_secretsLayout->setContentsMargins(0, 0, 0, 0);
    m_addSecret = new QPushButton(tr("Add secret"), editor);
    m_addSecret->setToolTip(tr("Add another secret; secrets are sent once and never shown again"));
    connect(m_addSecret, &QPushButton::clicked, this, [this] {
        addSecretRow();
        m_secretRows.constLast().key->setFocus();
    });
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addSecret);
    buttonRow->addStretch(1);
    m_secretsLayout->addLayout(buttonRow);
    addSecretRow();
    return editor;
}

void NewSpaceDialog::addSecretRow(const QString &key, const QString &value)
{
    auto *row = new QWidget(m_addSecret->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *keyField = new QLineEdit(key, row);
    keyField->setObjectName(QStringLiteral("secretKey"));
    keyField->setPlaceholderText(QStringLiteral("API_KEY"));
    keyField->setToolTip(tr("Letters, digits and '_', not starting with a digit"));
    keyField->setAccessibleName(tr("Secret key"));
    auto *valueField = new QLineEdit(row);
    valueField->setObjectName(QStringLiteral("secretValue"));
    valueField->setEchoMode(QLineEdit::Password);
    valueField->setText(value);
    valueField->setPlaceholderText(tr("value"));
    valueField->setToolTip(tr("Sent once with the new Space and never shown again"));
    valueField->setAccessibleName(tr("Secret value"));
    auto *reveal = valueField->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setText(tr("Show the value"));
    reveal->setToolTip(tr("Show the value while typing"));
    connect(reveal, &QAction::toggled, valueField,
            [valueField](bool on) { valueField->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    auto *remove = new QToolButton(row);
    remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    remove->setToolTip(tr("Remove this secret"));
    remove->setAccessibleName(tr("Remove this secret"));
    layout->addWidget(keyField, 2);
    layout->addWidget(valueField, 3);
    layout->addWidget(remove);
    m_secretsLayout->insertWidget(m_secretsLayout->count() - 1, row); // above the Add secret button
    m_secretRows.append({row, keyField, valueField, remove});
    updateSecretsTabOrder();
    connect(keyField, &QLineEdit::textChanged, this, &NewSpaceDialog::validate);
    connect(valueField, &QLineEdit::textChanged, this, &NewSpaceDialog::validate);
    connect(remove, &QToolButton::clicked, this, [this, row] { removeSecretRow(row); });
}

void NewSpaceDialog::updateSecretsTabOrder()
{
    QWidget *previous = m_sleep;
    for (const SecretRow &row : std::as_const(m_secretRows))
        for (QWidget *widget : {static_cast<QWidget *>(row.key), static_cast<QWidget *>(row.value), row.remove}) {
            QWidget::setTabOrder(previous, widget);
            previous = widget;
        }
    QWidget::setTabOrder(previous, m_addSecret);
    QWidget::setTabOrder(m_addSecret, m_variables);
}

void NewSpaceDialog::removeSecretRow(QWidget *row)
{
    m_secretRows.removeIf([row](const SecretRow &secret) { return secret.row == row; });
    row->hide();
    row->deleteLater(); // its own button is still in the middle of its clicked signal
    if (m_secretRows.isEmpty())
        addSecretRow(); // always one row to type into
    validate();
}

void NewSpaceDialog::validate()
{
    const QString problem = validationError();
    // Before a name is typed, nothing is wrong yet: the button waits, no red text.
    m_error->showMessage(m_name->text().isEmpty() ? QString() : problem);
    m_submit->setEnabled(problem.isEmpty());
}

void NewSpaceDialog::setField(const QString &objectName, const QString &value)
{
    if (auto *line = findChild<QLineEdit *>(objectName))
        line->setText(value);
    else if (auto *combo = findChild<QComboBox *>(objectName))
        combo->setCurrentIndex(combo->findText(value));
    else if (objectName == u"secrets") {
        // KEY=VALUE lines, one row each, in place of the rows there were.
        QStringList problems;
        const QList<SpaceSetting> secrets = SettingsListDialog::parseDotEnv(value, &problems);
        for (const SecretRow &row : std::as_const(m_secretRows))
            delete row.row;
        m_secretRows.clear();
        for (const SpaceSetting &secret : secrets)
            addSecretRow(secret.key, secret.value);
        if (m_secretRows.isEmpty())
            addSecretRow();
        validate();
    } else if (auto *text = findChild<QPlainTextEdit *>(objectName))
        text->setPlainText(value);
    else if (auto *spin = findChild<QSpinBox *>(objectName))
        spin->setValue(value.toInt());
    else if (auto *check = findChild<QCheckBox *>(objectName))
        check->setChecked(value == u"true");
}

HubClient::NewSpace NewSpaceDialog::request(QString *error) const
{
    HubClient::NewSpace space;
    static const QRegularExpression name(QStringLiteral("^(?!.*(--|\\.\\.))[A-Za-z0-9][A-Za-z0-9._-]{0,94}[A-Za-z0-9_]?$"));
    const QString spaceName = m_name->text().trimmed();
    if (!name.match(spaceName).hasMatch() || spaceName.endsWith(QStringLiteral(".git"))) {
        *error = tr("Names use letters, digits, '-', '_' and '.', without '--' or '..', up to 96 characters.");
        return space;
    }
    if (m_owner->currentText().isEmpty()) {
        *error = tr("Sign in first: a Space needs an owner.");
        return space;
    }
    if (!m_client) {
        *error = tr("No account to create the Space with: sign in first.");
        return space;
    }
    const bool duplicate = !m_fromId.isEmpty();
    space.name = duplicate ? m_owner->currentText() + u'/' + spaceName : spaceName;
    if (!duplicate) {
        space.organization = m_owner->currentIndex() > 0 ? m_owner->currentText() : QString();
        space.sdk = m_sdk->currentText();
    }
    space.isPrivate = m_private->isChecked();
    space.hardware = m_hardware->currentData().toString();
    space.storage = m_storage->currentData().toString();
    if (m_sleep->value() >= 0) {
        if (space.hardware.isEmpty() || space.hardware == u"cpu-basic") {
            *error = tr("A custom sleep time needs upgraded hardware: free hardware sleeps after 48 hours.");
            return space;
        }
        space.sleepTime = m_sleep->value() == 0 ? -1 : qint64(m_sleep->value()) * 60;
    }
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QSet<QString> keys;
    for (const SecretRow &row : m_secretRows) {
        const QString key = row.key->text().trimmed();
        if (key.isEmpty() && row.value->text().isEmpty())
            continue; // a row left blank is no secret
        // The messages name the key, never the value.
        if (!keyPattern.match(key).hasMatch()) {
            *error = key.isEmpty() ? tr("A secret needs a key.")
                                   : tr("The secret key %1 uses letters, digits and _, and does not start with a digit.").arg(key);
            return space;
        }
        if (keys.contains(key)) {
            *error = tr("The secret %1 is given twice.").arg(key);
            return space;
        }
        keys.insert(key);
        space.secrets.append(SpaceSetting{key, row.value->text(), {}, {}});
    }
    QStringList problems;
    space.variables = SettingsListDialog::parseDotEnv(m_variables->toPlainText(), &problems);
    if (!problems.isEmpty()) {
        *error = tr("Variables are KEY=VALUE lines; check %1.").arg(problems.join(QStringLiteral(", ")));
        return space;
    }
    error->clear();
    return space;
}

QString NewSpaceDialog::validationError() const
{
    QString error;
    (void)request(&error);
    return error;
}

void NewSpaceDialog::submit()
{
    QString error;
    const HubClient::NewSpace space = request(&error);
    if (!error.isEmpty()) {
        m_error->showMessage(error);
        return;
    }
    m_submit->setEnabled(false);
    m_error->showInfo(tr("Sending…"));
    auto done = inContext(this, [this](HubResult<QString> result) {
        m_submit->setEnabled(true);
        if (!result.ok()) {
            m_error->showMessage(result.error.message());
            return;
        }
        Q_EMIT created(*result.value);
        accept();
    });
    if (m_fromId.isEmpty())
        m_client->create(space, done);
    else
        m_client->duplicate(m_fromId, space, done);
}

} // namespace hubdeck
