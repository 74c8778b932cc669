// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace hubdeck {

// A failed Hub call, classified so the user gets a sentence they can act on. Never holds
// a token: messages are built from the status, the Hub's own message and the host name.
struct HubError
{
    enum class Kind {
        None,
        Unauthorized,     // 401
        Forbidden,        // 403
        NotFound,         // 404 (or private)
        Conflict,         // 409
        RateLimited,      // 429
        ServerError,      // 5xx
        HttpError,        // any other non-2xx
        HostNotFound,     // DNS
        ConnectionFailed, // refused, reset, TLS...
        Timeout,
        BadResponse,      // not the JSON we expect
        InsecureEndpoint, // plain http:// to a non-loopback host
        RefusedRedirect,  // a redirect HubDeck does not follow (see HubOrigin and `redirect`)
        Canceled,
        // Uploads (CommitUpload):
        LocalFile,   // a file to upload cannot be read, is gone or changed; detail: which and why
        RepoChanged, // the commit was refused because the repository changed meanwhile (409, 412)
    };

    // An error body is read up to this many bytes and the rest dropped: only the Hub's
    // message is ever shown, and a hostile server can send gigabytes.
    static constexpr qint64 kMaxErrorBodyBytes = 64 * 1024;
    // The Hub's message is shown as at most its first two lines, joined, control characters
    // escaped (PrintableText::line), cut to this many characters.
    static constexpr int kMaxHubMessageChars = 300;

    // Why a redirect was not followed (Kind::RefusedRedirect).
    enum class Redirect {
        ToAnotherServer, // another scheme, host or port; detail: the target's origin
        WithCredentials, // the same server, with a user name or password in the address
        DropsTheBody,    // a 301/302/303 to a call with a body would repeat it as a GET; detail: the verb
        TooMany,         // more than HubOrigin::kMaxRedirects in a row (a loop, often)
    };

    Kind kind = Kind::None;
    Redirect redirect = Redirect::ToAnotherServer;
    int httpStatus = 0;
    QString hubMessage; // X-Error-Message, or the JSON "error" / errors[].message; bounded, one line
    QString hubCode;    // X-Error-Code, e.g. RepoNotFound, GatedRepo
    QString detail;     // what went wrong when it is not the Hub's words (host, parse error)
    // What the Hub asked us to wait on a 429 or 503 (Retry-After, or RateLimit's reset when the
    // budget is spent), in seconds; -1 when it did not say.
    int retryAfterSeconds = -1;

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    // One sentence (two at most): what happened and what to do.
    [[nodiscard]] QString message() const;
    [[nodiscard]] static HubError badResponse(const QString &detail);
    // A redirect or page link to `target`, another origin (HubOrigin), refused. The message
    // names its scheme, host and port only: a path or query may carry what the Hub meant for
    // itself, and user info is a credential.
    [[nodiscard]] static HubError refusedRedirect(const QUrl &target);
    // A redirect refused for another reason than its target's origin (httpStatus: the redirect's).
    [[nodiscard]] static HubError refusedRedirect(Redirect why, int httpStatus, const QByteArray &verb = {});
    // What a finished reply went wrong with, if anything: the status and the Hub's own
    // message (from `body`, at most kMaxErrorBodyBytes of it), or the network error
    // (timedOut: our own timer stopped it).
    [[nodiscard]] static HubError fromReply(QNetworkReply *reply, const QByteArray &body, int timeoutMs, bool timedOut);
    // The same, reading at most kMaxErrorBodyBytes of what the reply still holds.
    [[nodiscard]] static HubError fromReply(QNetworkReply *reply, int timeoutMs, bool timedOut);
    // The Hub's words as they may be shown: see kMaxHubMessageChars.
    [[nodiscard]] static QString boundedHubMessage(const QString &words);
};

} // namespace hubdeck

Q_DECLARE_METATYPE(hubdeck::HubError)
