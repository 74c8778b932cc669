// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "InlineError.h"

namespace hubdeck {

InlineError::InlineError(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    // Messages quote the Hub (its error messages, Space ids): never rich text.
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void InlineError::showMessage(const QString &message)
{
    // Red that reads on light and dark backgrounds alike.
    setStyleSheet(QStringLiteral("color: #dc2626;"));
    setText(message);
    setVisible(!message.isEmpty());
}

void InlineError::showInfo(const QString &message)
{
    setStyleSheet(QString());
    setText(message);
    setVisible(!message.isEmpty());
}

} // namespace hubdeck
