// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "ProgressMessage.h"

#include "DisplayFormat.h"

namespace hubdeck {

void ProgressMessage::start()
{
    m_estimate.start();
    m_last.invalidate();
}

bool ProgressMessage::due(bool finished)
{
    if (!finished && m_last.isValid() && m_last.elapsed() < kMinMilliseconds)
        return false;
    m_last.start();
    return true;
}

QString ProgressMessage::withTimeLeft(const QString &text, double done, double total) const
{
    const QString left = DisplayFormat::timeLeft(m_estimate.secondsLeft(done, total));
    return left.isEmpty() ? text : text + QStringLiteral(" — ") + left;
}

} // namespace hubdeck
