// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AppliedSettings.h"

#include "PrintableText.h"

#include <QCoreApplication>
#include <QStringList>

namespace hubdeck {

QString AppliedSettings::sleepText(qint64 seconds)
{
    if (seconds < 0)
        return QCoreApplication::translate("AppliedSettings", "never");
    if (seconds > 0 && seconds % 3600 == 0)
        return QStringLiteral("%1h").arg(seconds / 3600);
    if (seconds > 0 && seconds % 60 == 0)
        return QStringLiteral("%1m").arg(seconds / 60);
    return QStringLiteral("%1s").arg(seconds);
}

QString AppliedSettings::mismatch(const Asked &asked, const SpaceRuntime &runtime)
{
    QStringList sentences;
    if (!asked.hardware.isEmpty()) {
        const QString &requested = runtime.requestedHardware;
        const QString &current = runtime.hardware;
        const bool otherRequested = requested != asked.hardware;
        const bool otherRunning = !runtime.isTransitional() && !current.isEmpty() && current != asked.hardware;
        if (otherRequested || otherRunning)
            sentences.append(
                QCoreApplication::translate("AppliedSettings", "Asked for %1; the Hub runs %2 (requested: %3).")
                    .arg(PrintableText::line(asked.hardware),
                         current.isEmpty() ? QCoreApplication::translate("AppliedSettings", "nothing yet") : PrintableText::line(current),
                         requested.isEmpty() ? QCoreApplication::translate("AppliedSettings", "none") : PrintableText::line(requested)));
    }
    if (asked.sleepTime) {
        // gcTimeout null means never (or the Hub's default); -1 was asked as never.
        const std::optional<qint64> &kept = runtime.sleepTime;
        const bool same = *asked.sleepTime < 0 ? (!kept || *kept < 0) : (kept && *kept == *asked.sleepTime);
        const QString keptText = kept ? sleepText(*kept) : QCoreApplication::translate("AppliedSettings", "its default");
        if (!same && *asked.sleepTime < 0)
            sentences.append(
                QCoreApplication::translate("AppliedSettings", "Asked never to sleep; the Hub sleeps after %1.").arg(keptText));
        else if (!same)
            sentences.append(QCoreApplication::translate("AppliedSettings", "Asked to sleep after %1; the Hub sleeps after %2.")
                                 .arg(sleepText(*asked.sleepTime), keptText));
    }
    return sentences.join(u' ');
}

} // namespace hubdeck
