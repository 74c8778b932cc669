// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "RateLimitInfo.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace hubdeck {

namespace {

// One member of a header's list: its quoted names, in order, and its key=value parameters.
struct Member
{
    QStringList names;
    QList<std::pair<QByteArray, QByteArray>> parameters;
};

// Splits on `separator` outside double quotes.
QList<QByteArray> splitOutsideQuotes(const QByteArray &text, char separator)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        if (c == separator && !quoted) {
            parts.append(current);
            current.clear();
            continue;
        }
        current.append(c);
    }
    parts.append(current);
    return parts;
}

QList<Member> members(const QByteArray &header)
{
    QList<Member> list;
    // A header far longer than any the Hub sends is not read at all.
    if (header.size() > 4096)
        return list;
    for (const QByteArray &raw : splitOutsideQuotes(header, ',')) {
        Member member;
        for (const QByteArray &part : splitOutsideQuotes(raw, ';')) {
            const QByteArray item = part.trimmed();
            if (item.size() >= 2 && item.startsWith('"') && item.endsWith('"')) {
                member.names.append(QString::fromUtf8(item.mid(1, item.size() - 2)));
                continue;
            }
            const qsizetype equals = item.indexOf('=');
            if (equals > 0)
                member.parameters.append({item.left(equals).trimmed().toLower(), item.mid(equals + 1).trimmed()});
        }
        list.append(member);
    }
    return list;
}

// A parameter's value as a whole number in [0, bound], or none: "12", not "-1", "1.5", "x".
std::optional<qint64> number(const Member &member, const QByteArray &key, qint64 bound)
{
    for (const auto &[name, value] : member.parameters) {
        if (name != key)
            continue;
        if (value.isEmpty() || value.size() > 12)
            return std::nullopt;
        for (const char c : value)
            if (c < '0' || c > '9')
                return std::nullopt;
        const qint64 n = value.toLongLong();
        return n <= bound ? std::optional(n) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

std::optional<RateLimitInfo> RateLimitInfo::parse(const QByteArray &rateLimit, const QByteArray &policy)
{
    std::optional<RateLimitInfo> info;
    for (const Member &member : members(rateLimit)) {
        const auto remaining = number(member, "r", kMaxRequests);
        const auto reset = number(member, "t", kMaxSeconds);
        if (!remaining || !reset)
            continue;
        info = RateLimitInfo{};
        info->resource = member.names.value(member.names.size() - 1);
        info->remaining = *remaining;
        info->resetSeconds = *reset;
        break;
    }
    if (!info)
        return std::nullopt;
    // The Hub names the policy's kind first ("fixed window") and its resource last ("api").
    std::optional<std::pair<qint64, qint64>> chosen;
    for (const Member &member : members(policy)) {
        const auto quota = number(member, "q", kMaxRequests);
        const auto window = number(member, "w", kMaxSeconds);
        if (!quota || !window || *window == 0)
            continue;
        const bool sameResource = !info->resource.isEmpty() && member.names.contains(info->resource);
        if (sameResource || !chosen)
            chosen = std::pair{*quota, *window};
        if (sameResource)
            break;
    }
    if (chosen) {
        info->limit = chosen->first;
        info->windowSeconds = chosen->second;
    }
    return info;
}

std::optional<RateLimitInfo> RateLimitInfo::fromHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QByteArray rateLimit;
    QByteArray policy;
    for (const auto &[name, value] : headers) {
        if (name.compare("RateLimit", Qt::CaseInsensitive) == 0)
            rateLimit = value;
        else if (name.compare("RateLimit-Policy", Qt::CaseInsensitive) == 0)
            policy = value;
    }
    if (rateLimit.isEmpty())
        return std::nullopt;
    return parse(rateLimit, policy);
}

std::optional<qint64> RateLimitInfo::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    bool allDigits = true;
    for (const char c : text)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits) {
        if (text.size() > 12)
            return std::nullopt;
        const qint64 seconds = text.toLongLong();
        return seconds <= kMaxSeconds ? std::optional(seconds) : std::nullopt;
    }
    // HTTP dates are in English whatever the locale, and always GMT. The day's name goes: a
    // two-digit year would be checked against it in the wrong century.
    const QLocale c = QLocale::c();
    const QString date = QString::fromLatin1(text).simplified().section(u' ', 1);
    QDateTime when;
    for (const QString &format : {QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"), QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),
                                  QStringLiteral("MMM d HH:mm:ss yyyy")}) {
        when = c.toDateTime(date, format);
        if (when.isValid())
            break;
    }
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    // RFC 850's two-digit years: Qt reads them as 19xx, a wait is in this century.
    if (when.date().year() < 2000)
        when = when.addYears(100);
    const qint64 seconds = now.secsTo(when);
    if (seconds > kMaxSeconds)
        return std::nullopt;
    return std::max<qint64>(0, seconds);
}

} // namespace hubdeck
