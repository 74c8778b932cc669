// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SignInDialog.h"

#include "HubCredentials.h"
#include "InlineError.h"
#include "SpacesController.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace hubdeck {

SignInDialog::SignInDialog(SpacesController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_token(new QLineEdit(this))
    , m_error(new InlineError(this))
{
    setWindowTitle(tr("Sign in to Hugging Face"));
    setMinimumWidth(480); // the token address and the file path read on whole lines
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Paste an access token. Create one at <a href=\"%1/settings/tokens\">%1/settings/tokens</a>; "
                                "to manage Spaces it needs <b>write</b> access.<br>It is saved in %2 (readable by you only), "
                                "where huggingface_hub looks for it too.")
                                 .arg(HubCredentials::endpoint(), HubCredentials::tokenPath().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    intro->setOpenExternalLinks(true);
    layout->addWidget(intro);
    m_token->setObjectName(QStringLiteral("tokenField"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(QStringLiteral("hf_…"));
    m_token->setAccessibleName(tr("Access token"));
    auto *reveal = m_token->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setText(tr("Show the token"));
    reveal->setToolTip(tr("Show the token while typing"));
    connect(reveal, &QAction::toggled, this, [this](bool on) { m_token->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    layout->addWidget(m_token);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setToolTip(tr("Check the token with the Hub and store it where huggingface_hub keeps it"));
    m_signIn->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (m_token->text().trimmed().isEmpty()) {
            m_error->showMessage(tr("Paste a token first."));
            return;
        }
        m_signIn->setEnabled(false);
        m_error->showInfo(tr("Checking the token with the Hub…"));
        m_controller->signIn(m_token->text());
    });
    connect(m_controller, &SpacesController::signInFinished, this, [this](const HubError &error) {
        m_signIn->setEnabled(true);
        if (!error.isError()) {
            m_token->clear(); // do not keep the token in a widget longer than needed
            accept();
            return;
        }
        m_error->showMessage(error.message());
    });
}

QString SignInDialog::errorText() const
{
    return m_error->message();
}

} // namespace hubdeck
