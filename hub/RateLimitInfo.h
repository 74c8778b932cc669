// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace hubdeck {

// What the Hub says about its request budget in an answer's headers, as the IETF draft
// "RateLimit header fields for HTTP" (draft-ietf-httpapi-ratelimit-headers) has them and as
// huggingface_hub reads them:
//   RateLimit: "api";r=950;t=120                        950 requests left, window resets in 120 s
//   RateLimit-Policy: "fixed window";"api";q=1000;w=300  1000 requests per 300 s window
// Both are read leniently (any case, spaces, several comma-separated members: the first one
// with r and t wins, the policy whose name matches it, else the first with q and w) and
// anything malformed is ignored: a header that cannot be read is as if it were absent, never
// an error.
struct RateLimitInfo
{
    // Larger numbers are taken as malformed: no window is longer than a day, no budget larger.
    static constexpr qint64 kMaxSeconds = 86400;
    static constexpr qint64 kMaxRequests = 100000000;

    QString resource;                    // "api", "resolvers", "pages"; may be empty
    qint64 remaining = 0;                // requests left in this window
    qint64 resetSeconds = 0;             // seconds until the window starts afresh
    std::optional<qint64> limit;         // q: requests a window allows, when the policy says
    std::optional<qint64> windowSeconds; // w: the window's length in seconds, when the policy says

    // From the two header values (either may be empty). None when RateLimit is absent or
    // malformed; a malformed policy only leaves limit and windowSeconds unset.
    [[nodiscard]] static std::optional<RateLimitInfo> parse(const QByteArray &rateLimit, const QByteArray &policy);
    // From an answer's headers, names in any case.
    [[nodiscard]] static std::optional<RateLimitInfo> fromHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers);
    // Retry-After (RFC 9110 §10.2.3): delay-seconds, or an HTTP date (IMF-fixdate, or the
    // obsolete RFC 850 and asctime forms) taken relative to `now`; a date in the past is 0.
    // None when absent, negative, unreadable or more than kMaxSeconds away.
    [[nodiscard]] static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);
};

} // namespace hubdeck
