// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "SpaceSetting.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace hubdeck {

class InlineError;

class HubClient;

// A Space's secrets or variables: the list, add or update (a secret's value is masked and,
// once saved, never shown again: the Hub cannot return it), delete with confirmation, and
// import of KEY=VALUE lines from a .env file.
class SettingsListDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsListDialog(HubClient *client, QString spaceId, bool secrets, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLineEdit *keyField() const { return m_key; }
    [[nodiscard]] QLineEdit *valueField() const { return m_value; }
    [[nodiscard]] QLineEdit *descriptionField() const { return m_description; }
    [[nodiscard]] QString errorText() const;
    void save();
    void remove(const QString &key);
    // Parses .env text: KEY=VALUE lines, comments, blank lines, "export", quotes.
    [[nodiscard]] static QList<SpaceSetting> parseDotEnv(const QString &text, QStringList *problems);
    void importSettings(const QList<SpaceSetting> &settings);
    void setConfirmer(std::function<bool(const QString &)> confirm) { m_confirm = std::move(confirm); }

Q_SIGNALS:
    void reloaded();

private:
    void buildTable(QVBoxLayout *layout);
    void buildForm(QVBoxLayout *layout);
    void buildButtons(QVBoxLayout *layout);
    // Add or update every KEY=VALUE line of a .env file the user picks.
    void importFile();
    // The selected row, into the fields, to edit (a secret's value stays empty: it cannot be read).
    void editSelected();
    void reload();
    void showSettings(const QList<SpaceSetting> &settings);
    void showError(const QString &message);

    HubClient *m_client;
    QString m_spaceId;
    bool m_secrets;
    QTableWidget *m_table;
    QLineEdit *m_key;
    QLineEdit *m_value;
    QLineEdit *m_description;
    InlineError *m_error;
    QPushButton *m_save;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace hubdeck
