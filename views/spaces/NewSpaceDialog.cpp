// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "NewSpaceDialog.h"

#include "HardwareFlavor.h"
#include "InlineError.h"
#include "SettingsListDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
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
    , m_secrets(new QPlainTextEdit(this))
    , m_variables(new QPlainTextEdit(this))
    , m_error(new InlineError(this))
{
    const bool duplicate = !m_fromId.isEmpty();
    setWindowTitle(duplicate ? tr("Duplicate %1").arg(m_fromId) : tr("New Space"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
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
    connect(m_secrets, &QPlainTextEdit::textChanged, this, &NewSpaceDialog::validate);
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
    for (const QString &owner : QStringList{user} + orgs)
        if (!owner.isEmpty())
            m_owner->addItem(owner);
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
    m_secrets->setObjectName(QStringLiteral("secrets"));
    m_secrets->setToolTip(tr("Secrets are sent once and never shown again"));
    m_secrets->setPlaceholderText(tr("KEY=VALUE, one per line"));
    m_secrets->setMaximumHeight(70);
    m_secrets->setTabChangesFocus(true); // KEY=VALUE lines never need a tab character
    form->addRow(tr("Secrets:"), m_secrets);
    m_variables->setObjectName(QStringLiteral("variables"));
    m_variables->setToolTip(tr("Public environment variables of the Space"));
    m_variables->setPlaceholderText(tr("KEY=VALUE, one per line"));
    m_variables->setMaximumHeight(70);
    m_variables->setTabChangesFocus(true);
    form->addRow(tr("Variables:"), m_variables);
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
    else if (auto *text = findChild<QPlainTextEdit *>(objectName))
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
    QStringList problems;
    space.secrets = SettingsListDialog::parseDotEnv(m_secrets->toPlainText(), &problems);
    space.variables = SettingsListDialog::parseDotEnv(m_variables->toPlainText(), &problems);
    if (!problems.isEmpty()) {
        *error = tr("Secrets and variables are KEY=VALUE lines; check %1.").arg(problems.join(QStringLiteral(", ")));
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
