#pragma once

#include <QUrl>

#include <functional>
#include <memory>

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
    // Allows the reply's redirects that allows() accepts and that keep the call what it is;
    // on any other, calls refused(why) and aborts the reply before anything is sent there.
    // The reply then finishes with QNetworkReply::OperationCanceledError. Refused besides
    // other origins: an address with user info, and a 301/302/303 to any verb but GET and
    // HEAD, which Qt (like browsers, RFC 9110 15.4) would repeat as a GET without its body:
    // a POST of a secret would then "succeed" without setting it.
    // What guard() saw: the redirects it allowed so far, for what the reply ends with. Qt 6.4
    // re-sends a redirect to the very URL it came from without asking, and after a few ends
    // the reply without an error and with an interim status (100): noAnswer() tells.
    struct Redirects
    {
        int count = 0;
        int lastStatus = 0;
        // The reply ended without a final answer after redirects: a loop.
        [[nodiscard]] bool noAnswer(const QNetworkReply *reply) const;
    };
    static std::shared_ptr<const Redirects> guard(QNetworkReply *reply, const std::function<void(const HubError &why)> &refused);
};

} // namespace hubdeck
