#pragma once

#include <QUrl>

#include <functional>

class QNetworkReply;
class QNetworkRequest;

namespace hubdeck {

// The one place a Hub call may go: the endpoint's scheme, host and port. The token and the
// request body (a secret's value) travel only there. A redirect or a `Link: rel="next"` page
// that points elsewhere is refused, never followed: the Hub's own redirects (a renamed repo or
// Space) stay on its host, so nothing legitimate is lost, while a compromised or misconfigured
// endpoint cannot forward credentials. (huggingface_hub keeps this rule for file metadata,
// `_httpx_follow_relative_redirects` in utils/_http.py; HubDeck keeps it for every call.)
class HubOrigin
{
public:
    static constexpr int kMaxRedirects = 5;

    // Same scheme, host (case-insensitively) and port (the scheme's default when absent).
    [[nodiscard]] static bool isSame(const QUrl &a, const QUrl &b);
    // Whether a call to `from` may go on to `to`: same origin and a safe endpoint
    // (HubCredentials::isSafeEndpoint: no plain http:// outside loopback).
    [[nodiscard]] static bool allows(const QUrl &from, const QUrl &to);
    // Makes every redirect of the request wait for guard()'s verdict.
    static void prepare(QNetworkRequest &request);
    // Allows the reply's redirects that allows() accepts; on any other, calls refused(target)
    // and aborts the reply before anything is sent there. The reply then finishes with
    // QNetworkReply::OperationCanceledError.
    static void guard(QNetworkReply *reply, const std::function<void(const QUrl &target)> &refused);
};

} // namespace hubdeck
