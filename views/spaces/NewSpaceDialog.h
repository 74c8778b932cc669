// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HubClient.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace hubdeck {

class InlineError;

// New Space, or a duplicate of one: every option the API takes, validated before sending
// (name rules, owner, SDK, visibility, hardware, storage, sleep time, secrets, variables).
class NewSpaceDialog : public QDialog
{
    Q_OBJECT

public:
    // fromId empty: create; otherwise duplicate it.
    NewSpaceDialog(HubClient *client, QString fromId, const QString &user, const QStringList &orgs, QWidget *parent = nullptr);

    // A stored account the Space can be created with: its client, and the owners it may
    // create under (its user, then their organisations).
    struct AccountChoice
    {
        QString name;  // the stored token's name, the combo's item data
        QString label; // as the account switcher shows it
        HubClient *client = nullptr;
        QString user;
        QStringList orgs;
    };
    // Adds an Account field above the name ("All accounts"): choosing one changes the client
    // the Space is created with and the owners offered. `current` is chosen first (the active
    // account). Not for a duplicate, which is made by the original's account.
    void setAccounts(const QList<AccountChoice> &accounts, const QString &current);
    // The Account field; nullptr until setAccounts().
    [[nodiscard]] QComboBox *accountField() const { return m_account; }
    // The client the Space will be created with.
    [[nodiscard]] HubClient *client() const { return m_client; }
    [[nodiscard]] QLineEdit *nameField() const { return m_name; }
    // The secret rows: a key, and a value masked until its row's Show toggle is on.
    [[nodiscard]] qsizetype secretRowCount() const { return m_secretRows.size(); }
    [[nodiscard]] QLineEdit *secretKeyField(qsizetype row) const { return m_secretRows[row].key; }
    [[nodiscard]] QLineEdit *secretValueField(qsizetype row) const { return m_secretRows[row].value; }
    [[nodiscard]] QPushButton *addSecretButton() const { return m_addSecret; }
    [[nodiscard]] QString validationError() const; // empty when the form can be sent
    [[nodiscard]] HubClient::NewSpace request(QString *error) const;
    void submit();
    void setField(const QString &objectName, const QString &value);

Q_SIGNALS:
    void created(const QString &idOrUrl);

private:
    void addIdentityRows(QFormLayout *form, const QString &user, const QStringList &orgs); // name, owner, SDK, private
    void setOwners(const QString &user, const QStringList &orgs);
    void chooseAccount(int index);
    void addHardwareRows(QFormLayout *form); // hardware, storage, sleep time
    void addSettingsRows(QFormLayout *form); // secrets, variables
    QWidget *buildSecretsEditor();
    void addSecretRow(const QString &key = {}, const QString &value = {});
    void removeSecretRow(QWidget *row);
    // The rows are made after the fields below them: Tab is told to go down the form.
    void updateSecretsTabOrder();
    // Enables the submit button when the form can be sent, and says why not once a name is typed.
    void validate();

    HubClient *m_client;
    QString m_fromId;
    QFormLayout *m_form = nullptr;
    QComboBox *m_account = nullptr;
    QList<AccountChoice> m_accounts;
    QLineEdit *m_name;
    QComboBox *m_owner;
    QComboBox *m_sdk;
    QCheckBox *m_private;
    QComboBox *m_hardware;
    QComboBox *m_storage;
    QSpinBox *m_sleep;
    struct SecretRow
    {
        QWidget *row;
        QLineEdit *key;
        QLineEdit *value;
        QWidget *remove;
    };
    QList<SecretRow> m_secretRows;
    QVBoxLayout *m_secretsLayout = nullptr;
    QPushButton *m_addSecret = nullptr;
    QPlainTextEdit *m_variables;
    InlineError *m_error;
    QPushButton *m_submit;
};

} // namespace hubdeck
