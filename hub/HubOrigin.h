// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QUrl>

#include <optional>

class QNetworkReply;
class QNetworkRequest;

namespace hubdeck {

struct HubError;

// The one place a Hub call may go: the endpoint's scheme, host and port. The token and the
// request body (a secret's value) travel only there. A redirect or a `Link: rel="next"` page
// that points elsewhere is refused, never followed: the Hub's own redirects (a renamed repo or
// Space) stay on its host, so nothing legitimate is lost, while a compromised or misconfigured
// endpoint cannot forward credentials. (huggingface_hub keeps this rule for file metadata,
// `_httpx_follow_relative_redirects` in utils/_http.py; HubDeck keeps it for every call.)
//
// HubDeck follows redirects itself (HubClient, SpaceLogStream): Qt 6.4's own following, even
// with UserVerifiedRedirectPolicy, re-sends requests on kept-alive connections and ends some
// chains of two or three redirects with no answer (status 100), and once crashed reading one.
class HubOrigin
{
public:
    static constexpr int kMaxRedirects = 5;

    // Same scheme, host (case-insensitively) and port (the scheme's default when absent).
    [[nodiscard]] static bool isSame(const QUrl &a, const QUrl &b);
    // Whether a call to `from` may go on to `to`: same origin and a safe endpoint
    // (HubCredentials::isSafeEndpoint: no plain http:// outside loopback).
    [[nodiscard]] static bool allows(const QUrl &from, const QUrl &to);
    // Makes Qt hand every redirect answer over instead of following it.
    static void prepare(QNetworkRequest &request);
    // The target of a finished reply's redirect answer (3xx with a Location), resolved
    // against the reply's URL; nullopt when the answer is not a redirect.
    [[nodiscard]] static std::optional<QUrl> redirectTarget(const QNetworkReply *reply);
    // Whether the call `verb` to the endpoint `origin`, answered by redirect `status` to
    // `target` after `followed` redirects, may go there: nullopt if so, else why not.
    // Refused besides other origins: an address with user info; a 301/302/303 to any verb but
    // GET and HEAD, which clients (browsers, RFC 9110 15.4) repeat as a GET without its body,
    // so a POST of a secret would "succeed" without setting it; a 6th redirect in a row.
    [[nodiscard]] static std::optional<HubError> refusal(const QUrl &origin, const QUrl &target, const QByteArray &verb, int status,
                                                         int followed);
    // The verb a redirect is followed with: GET for a GET's 301/302/303, else the same.
    [[nodiscard]] static QByteArray followingVerb(const QByteArray &verb, int status);
};

} // namespace hubdeck
