// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HumanFormat.h"

#include <QDateTime>
#include <QRegularExpression>

#include <charconv>
#include <cmath>
#include <utility>

namespace hubdeck {

namespace {

// One decimal, rounded as Python's format() rounds: the exact binary value, ties to even
// (QString::number rounds 1.25 up to "1.3"; Python prints "1.2"). Locale-independent.
QString oneDecimal(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value, std::chars_format::fixed, 1);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

std::optional<qint64> parseWithUnit(const QString &text, std::initializer_list<std::pair<const char *, qint64>> units, QString *error)
{
    const QString stripped = text.trimmed();
    if (stripped.isEmpty()) {
        if (error)
            *error = QStringLiteral("Value cannot be empty.");
        return std::nullopt;
    }
    bool ok = false;
    const qint64 plain = stripped.toLongLong(&ok);
    if (ok)
        return plain;
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)([a-zA-Z]+)$"));
    const auto match = pattern.match(stripped);
    if (!match.hasMatch()) {
        if (error)
            *error = QStringLiteral("Invalid value '%1'. Must match pattern '\\d+[a-z]+' or be a plain number.").arg(text);
        return std::nullopt;
    }
    const qint64 number = match.captured(1).toLongLong();
    const QString unit = match.captured(2).toLower();
    QStringList known;
    for (const auto &[name, factor] : units) {
        known.append(QLatin1StringView(name));
        if (unit == QLatin1StringView(name))
            return number * factor;
    }
    if (error)
        *error = QStringLiteral("Unknown unit '%1'. Must be one of %2.").arg(unit, known.join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace

QString HumanFormat::size(qint64 bytes)
{
    static const char *const units[] = {"", "K", "M", "G", "T", "P", "E", "Z"};
    double value = double(bytes);
    for (const char *unit : units) {
        if (std::abs(value) < 1000.0)
            return oneDecimal(value) + QLatin1StringView(unit);
        value /= 1000.0;
    }
    return oneDecimal(value) + u'Y';
}

QString HumanFormat::sizeInText(qint64 bytes)
{
    if (std::abs(bytes) >= 1000)
        return size(bytes);
    return bytes == 1 ? QStringLiteral("1 byte") : QStringLiteral("%1 bytes").arg(bytes);
}

QString HumanFormat::timeSince(double timestamp, double now)
{
    struct Chunk
    {
        const char *label;
        double divider;
        int maxValue; // 0: no limit
    };
    static constexpr Chunk chunks[] = {
        {"second", 1, 60},      {"minute", 60, 60},        {"hour", 3600, 24},       {"day", 86400, 6},
        {"week", 86400 * 7, 6}, {"month", 86400 * 30, 11}, {"year", 86400 * 365, 0},
    };
    const double delta = now - timestamp;
    // huggingface_hub's _format_timesince says "a few seconds ago" for any time ahead of now;
    // a file dated in 2300 (clock skew, an NFS server ahead) is not that (attack N18). A minute
    // of skew still reads as now.
    if (delta < -60)
        return QStringLiteral("in the future");
    if (delta < 20)
        return QStringLiteral("a few seconds ago");
    long long value = 0;
    const char *label = "year";
    for (const Chunk &chunk : chunks) {
        // Python's round() rounds half to even, as nearbyint does by default.
        value = std::llround(std::nearbyint(delta / chunk.divider));
        label = chunk.label;
        if (chunk.maxValue != 0 && value <= chunk.maxValue)
            break;
    }
    return QStringLiteral("%1 %2%3 ago").arg(value).arg(QLatin1StringView(label)).arg(value > 1 ? QStringLiteral("s") : QString());
}

double HumanFormat::now()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

std::optional<qint64> HumanFormat::parseSize(const QString &text, QString *error)
{
    return parseWithUnit(text,
                         {{"k", 1000LL},
                          {"kb", 1000LL},
                          {"m", 1000000LL},
                          {"mb", 1000000LL},
                          {"g", 1000000000LL},
                          {"gb", 1000000000LL},
                          {"t", 1000000000000LL},
                          {"tb", 1000000000000LL},
                          {"p", 1000000000000000LL},
                          {"pb", 1000000000000000LL}},
                         error);
}

std::optional<qint64> HumanFormat::parseDuration(const QString &text, QString *error)
{
    return parseWithUnit(
        text, {{"s", 1LL}, {"m", 60LL}, {"h", 3600LL}, {"d", 86400LL}, {"w", 604800LL}, {"mo", 2592000LL}, {"y", 31536000LL}}, error);
}

} // namespace hubdeck
