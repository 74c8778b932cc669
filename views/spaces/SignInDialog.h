// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hubdeck {

class InlineError;

class SpacesController;

// Takes a token (masked), checks it with the Hub, and stores it where huggingface_hub does.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(SpacesController *controller, QWidget *parent = nullptr);
    [[nodiscard]] QLineEdit *tokenField() const { return m_token; }
    [[nodiscard]] QString errorText() const;

private:
    SpacesController *m_controller;
    QLineEdit *m_token;
    InlineError *m_error;
    QPushButton *m_signIn;
};

} // namespace hubdeck
