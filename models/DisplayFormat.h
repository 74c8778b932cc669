// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CorruptedRepo.h"
#include "RepoType.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace hubdeck {

// Sizes and times as the GUI shows them: in the user's language and number format
// ("11,3 GB", "vor 2 Wochen"). The CLI keeps huggingface_hub's wording (HumanFormat).
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    [[nodiscard]] static QString size(qint64 bytes);
    // Whether files hold visibly less on disk (allocated bytes) than their sizes add up to:
    // sparse files, or a filesystem that compresses. A forecast of freed space
    // (FreedBytes::forecast) then differs from the sizes in the list, and says why.
    [[nodiscard]] static bool holdsLessOnDisk(qint64 size, qint64 onDisk);
    // The same thresholds as huggingface_hub's format_timesince, translated.
    [[nodiscard]] static QString timeSince(double timestamp, double now);
    // A date and time for every page, in local time: "2026-12-04 21:30". The order is the
    // ISO one whatever the language, so that no reader takes 4/12 for the 12th of April (the
    // locale's ShortFormat is M/d/yy in en_US and C); the digits are the locale's (QLocale()).
    // Empty for an invalid time.
    [[nodiscard]] static QString dateTime(const QDateTime &when);
    // The same for seconds since the epoch, as the cache scan has them.
    [[nodiscard]] static QString dateTime(double secondsSinceEpoch);
    // "model", "dataset", "space" in the user's language (the cache's own word stays in ids).
    [[nodiscard]] static QString repoType(RepoType type);
    // An estimate of the time a job has left: "about 5 s left", "about 3 min left", "about
    // 2 h left"; empty for a negative figure (not known yet).
    [[nodiscard]] static QString timeLeft(double seconds);
    // Why huggingface_hub skips an entry, said for a person in their language; the
    // reference's own message (with the path) stays in CorruptedRepo::message.
    [[nodiscard]] static QString corruption(CorruptedRepo::Reason reason);
};

} // namespace hubdeck
