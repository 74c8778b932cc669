// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

#include <optional>

namespace hubdeck {

// The wording of huggingface_hub's CLI, reproduced exactly so scripts and eyes see the same.
class HumanFormat
{
public:
    // 1000-based, one decimal: "999.0", "1.0K", "116.3K", "1.9G".
    [[nodiscard]] static QString size(qint64 bytes);
    // size() for a sentence: below 1000 bytes hf's "838.0" reads as a number without a unit
    // ("totalling 0.0."), so it is "838 bytes", "1 byte", "0 bytes"; above, as size().
    [[nodiscard]] static QString sizeInText(qint64 bytes);
    // "a few seconds ago", "4 days ago", "1 year ago", relative to now (seconds since the epoch).
    [[nodiscard]] static QString timeSince(double timestamp, double now);
    [[nodiscard]] static double now();
    // "1GB", "500MB", "42" -> bytes; "7d", "12h", "2w", "1y", "3mo" -> seconds. nullopt when invalid.
    [[nodiscard]] static std::optional<qint64> parseSize(const QString &text, QString *error = nullptr);
    [[nodiscard]] static std::optional<qint64> parseDuration(const QString &text, QString *error = nullptr);
};

} // namespace hubdeck
