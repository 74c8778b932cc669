#pragma once

#include <QMetaType>
#include <QString>

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
        Canceled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString hubMessage; // X-Error-Message, or the JSON "error" / errors[].message
    QString hubCode;    // X-Error-Code, e.g. RepoNotFound, GatedRepo
    QString detail;     // what went wrong when it is not the Hub's words (host, parse error)
    int retryAfterSeconds = -1;

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    // One sentence (two at most): what happened and what to do.
    [[nodiscard]] QString message() const;
    [[nodiscard]] static HubError badResponse(const QString &detail);
    // What a finished reply went wrong with, if anything: the status and the Hub's own
    // message, or the network error (timedOut: our own timer stopped it).
    [[nodiscard]] static HubError fromReply(QNetworkReply *reply, int timeoutMs, bool timedOut);
};

} // namespace hubdeck

Q_DECLARE_METATYPE(hubdeck::HubError)
