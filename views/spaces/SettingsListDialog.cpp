// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SettingsListDialog.h"

#include "DisplayFormat.h"
#include "HubClient.h"
#include "InlineError.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hubdeck {

SettingsListDialog::SettingsListDialog(HubClient *client, QString spaceId, bool secrets, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_spaceId(std::move(spaceId))
    , m_secrets(secrets)
    , m_table(new QTableWidget(this))
    , m_key(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_error(new InlineError(this))
{
    setWindowTitle(secrets ? tr("Secrets of %1").arg(m_spaceId) : tr("Variables of %1").arg(m_spaceId));
    resize(680, 460);
    m_confirm = [this](const QString &question) {
        // Plain text: the question names keys as the Hub sent them.
        QMessageBox box(QMessageBox::Question, windowTitle(), question, QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Yes;
    };
    auto *layout = new QVBoxLayout(this);
    if (secrets) {
        auto *note = new QLabel(tr("Secret values are write-only: the Hub never returns them, so they are not shown after saving. "
                                   "Changing a secret restarts the Space."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    buildTable(layout);
    buildForm(layout);
    buildButtons(layout);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SettingsListDialog::editSelected);
    reload();
}

void SettingsListDialog::buildTable(QVBoxLayout *layout)
{
    m_table->setColumnCount(m_secrets ? 3 : 4);
    m_table->setHorizontalHeaderLabels(m_secrets ? QStringList{tr("Key"), tr("Description"), tr("Updated")}
                                                 : QStringList{tr("Key"), tr("Value"), tr("Description"), tr("Updated")});
    m_table->setAccessibleName(m_secrets ? tr("Secrets") : tr("Variables"));
    m_table->setAccessibleDescription(m_secrets ? tr("Keys, descriptions and dates; secret values cannot be read back")
                                                : tr("Keys, values, descriptions and dates"));
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // Keys and descriptions whole; the last column (the date) takes what room is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
}

void SettingsListDialog::buildForm(QVBoxLayout *layout)
{
    auto *form = new QFormLayout;
    m_key->setObjectName(QStringLiteral("keyField"));
    m_key->setPlaceholderText(QStringLiteral("API_KEY"));
    m_key->setToolTip(tr("Letters, digits and '_'; an existing key is updated"));
    m_value->setToolTip(m_secrets ? tr("Write-only: the Hub never returns it") : tr("The value the Space sees"));
    m_value->setObjectName(QStringLiteral("valueField"));
    if (m_secrets) {
        m_value->setEchoMode(QLineEdit::Password);
        auto *reveal = m_value->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
        reveal->setCheckable(true);
        reveal->setText(tr("Show the value"));
        reveal->setToolTip(tr("Show the value while typing"));
        connect(reveal, &QAction::toggled, this, [this](bool on) { m_value->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    }
    form->addRow(tr("Key:"), m_key);
    form->addRow(tr("Value:"), m_value);
    form->addRow(tr("Description:"), m_description);
    layout->addLayout(form);
}

void SettingsListDialog::buildButtons(QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    m_save = new QPushButton(tr("Add or update"), this);
    auto *remove = new QPushButton(tr("Delete selected…"), this);
    auto *import = new QPushButton(tr("Import .env…"), this);
    m_description->setToolTip(tr("An optional note for you and your collaborators"));
    m_save->setToolTip(tr("Send the key with this value and description"));
    remove->setToolTip(tr("Delete the selected key from the Space"));
    import->setToolTip(tr("Add or update every KEY=VALUE line of a .env file"));
    row->addWidget(m_save);
    row->addWidget(remove);
    row->addWidget(import);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &SettingsListDialog::save);
    connect(remove, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            this->remove(m_table->item(rows.first().row(), 0)->text());
    });
    connect(import, &QPushButton::clicked, this, &SettingsListDialog::importFile);
}

void SettingsListDialog::importFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a .env file"), QString(), tr(".env files (*.env .env);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    QStringList problems;
    const QList<SpaceSetting> settings = parseDotEnv(QString::fromUtf8(file.readAll()), &problems);
    if (!problems.isEmpty())
        showError(tr("Skipped lines: %1").arg(problems.join(QStringLiteral("; "))));
    importSettings(settings);
}

void SettingsListDialog::editSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_key->setText(m_table->item(rows.first().row(), 0)->text());
    m_description->setText(m_table->item(rows.first().row(), m_secrets ? 1 : 2)->text());
    if (!m_secrets)
        m_value->setText(m_table->item(rows.first().row(), 1)->text());
}

QString SettingsListDialog::errorText() const
{
    return m_error->message();
}

void SettingsListDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

void SettingsListDialog::showSettings(const QList<SpaceSetting> &settings)
{
    m_table->setRowCount(int(settings.size()));
    for (int row = 0; row < settings.size(); ++row) {
        const SpaceSetting &setting = settings[row];
        int column = 0;
        m_table->setItem(row, column++, new QTableWidgetItem(setting.key));
        if (!m_secrets)
            m_table->setItem(row, column++, new QTableWidgetItem(setting.value));
        m_table->setItem(row, column++, new QTableWidgetItem(setting.description));
        m_table->setItem(row, column, new QTableWidgetItem(DisplayFormat::dateTime(setting.updatedAt)));
    }
    Q_EMIT reloaded();
}

void SettingsListDialog::reload()
{
    auto done = inContext(this, [this](HubResult<QList<SpaceSetting>> result) {
        if (!result.ok()) {
            showError(result.error.message());
            return;
        }
        showSettings(*result.value);
    });
    if (m_secrets)
        m_client->secrets(m_spaceId, done);
    else
        m_client->variables(m_spaceId, done);
}

void SettingsListDialog::save()
{
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    const QString key = m_key->text().trimmed();
    if (!keyPattern.match(key).hasMatch()) {
        showError(tr("A key uses letters, digits and _, and does not start with a digit."));
        return;
    }
    showError({});
    m_save->setEnabled(false);
    const QString value = m_value->text();
    // The value leaves the field as soon as it is sent: it is never kept or shown again.
    if (m_secrets)
        m_value->clear();
    if (m_secrets) {
        m_client->addSecret(m_spaceId, key, value, m_description->text(), inContext(this, [this](HubResult<bool> result) {
                                m_save->setEnabled(true);
                                if (!result.ok())
                                    showError(result.error.message());
                                reload();
                            }));
    } else {
        m_client->addVariable(m_spaceId, key, value, m_description->text(), inContext(this, [this](HubResult<QList<SpaceSetting>> result) {
                                  m_save->setEnabled(true);
                                  if (!result.ok()) {
                                      showError(result.error.message());
                                      return;
                                  }
                                  showSettings(*result.value);
                              }));
    }
}

void SettingsListDialog::remove(const QString &key)
{
    if (!m_confirm(m_secrets ? tr("Delete the secret %1? The Space restarts.").arg(key) : tr("Delete the variable %1?").arg(key)))
        return;
    if (m_secrets) {
        m_client->deleteSecret(m_spaceId, key, inContext(this, [this](HubResult<bool> result) {
                                   if (!result.ok())
                                       showError(result.error.message());
                                   reload();
                               }));
    } else {
        m_client->deleteVariable(m_spaceId, key, inContext(this, [this](HubResult<QList<SpaceSetting>> result) {
                                     if (!result.ok()) {
                                         showError(result.error.message());
                                         return;
                                     }
                                     showSettings(*result.value);
                                 }));
    }
}

QList<SpaceSetting> SettingsListDialog::parseDotEnv(const QString &text, QStringList *problems)
{
    static const QRegularExpression line(QStringLiteral(R"(^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$)"));
    QList<SpaceSetting> settings;
    int number = 0;
    for (const QString &raw : text.split(u'\n')) {
        ++number;
        const QString trimmed = raw.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const auto match = line.match(raw);
        if (!match.hasMatch()) {
            problems->append(tr("line %1").arg(number));
            continue;
        }
        QString value = match.captured(2);
        if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')) && value.endsWith(value.front()))
            value = value.mid(1, value.size() - 2);
        else if (const qsizetype hash = value.indexOf(QStringLiteral(" #")); hash >= 0)
            value = value.left(hash).trimmed(); // an unquoted trailing comment
        settings.append(SpaceSetting{match.captured(1), value, {}, {}});
    }
    return settings;
}

void SettingsListDialog::importSettings(const QList<SpaceSetting> &settings)
{
    if (settings.isEmpty())
        return;
    QStringList keys;
    for (const SpaceSetting &setting : settings)
        keys.append(setting.key);
    if (!m_confirm(tr("Add or update %n entr(ies): %1?", nullptr, int(settings.size())).arg(keys.join(QStringLiteral(", ")))))
        return;
    auto pending = std::make_shared<QList<SpaceSetting>>(settings);
    auto next = std::make_shared<std::function<void()>>();
    // One setting at a time, each sent after the answer to the one before; the chain stops at
    // the end of the list or at the first error. Only the pending call holds the chain, so a
    // dialog closed meanwhile (its call dropped by inContext) frees it.
    *next = [this, pending, chain = std::weak_ptr<std::function<void()>>(next)] {
        if (pending->isEmpty()) {
            reload();
            return;
        }
        const SpaceSetting setting = pending->takeFirst();
        auto answered = [this, next = chain.lock()](bool ok, const HubError &error) {
            if (ok)
                (*next)();
            else
                showError(error.message());
        };
        if (m_secrets)
            m_client->addSecret(m_spaceId, setting.key, setting.value, {},
                                inContext(this, [answered](HubResult<bool> r) { answered(r.ok(), r.error); }));
        else
            m_client->addVariable(m_spaceId, setting.key, setting.value, {},
                                  inContext(this, [answered](HubResult<QList<SpaceSetting>> r) { answered(r.ok(), r.error); }));
    };
    (*next)();
}

} // namespace hubdeck
