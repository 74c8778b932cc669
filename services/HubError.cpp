#include "HubError.h"

#include <QCoreApplication>

namespace hubdeck {

HubError HubError::badResponse(const QString &detail)
{
    HubError error;
    error.kind = Kind::BadResponse;
    error.detail = detail;
    return error;
}

QString HubError::message() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Unauthorized:
        text = QCoreApplication::translate("HubError", "The Hub refused your token (401). Sign in again with a valid token.");
        break;
    case Kind::Forbidden:
        text = QCoreApplication::translate("HubError", "You do not have permission to do this on this Space (403). "
                                                       "Check that your token has write access and belongs to an owner of the Space.");
        break;
    case Kind::NotFound:
        text =
            QCoreApplication::translate("HubError", "Not found (404): it does not exist, or it is private and your token cannot see it.");
        break;
    case Kind::Conflict:
        text = QCoreApplication::translate("HubError", "Conflict (409): it already exists or is being changed.");
        break;
    case Kind::RateLimited:
        text =
            retryAfterSeconds > 0
                ? QCoreApplication::translate("HubError", "The Hub is rate limiting you (429). Try again in %1 s.").arg(retryAfterSeconds)
                : QCoreApplication::translate("HubError", "The Hub is rate limiting you (429). Try again in a minute.");
        break;
    case Kind::ServerError:
        text = QCoreApplication::translate("HubError", "The Hub is having trouble (HTTP %1). Try again later; "
                                                       "https://status.huggingface.co says whether it is down.")
                   .arg(httpStatus);
        break;
    case Kind::HttpError:
        text = QCoreApplication::translate("HubError", "The Hub answered with HTTP %1.").arg(httpStatus);
        break;
    case Kind::HostNotFound:
        text = QCoreApplication::translate("HubError", "Cannot find the Hub at %1: check your network connection and HF_ENDPOINT.")
                   .arg(detail);
        break;
    case Kind::ConnectionFailed:
        text = QCoreApplication::translate("HubError", "Cannot reach the Hub: %1. Check your network connection.").arg(detail);
        break;
    case Kind::Timeout:
        text = QCoreApplication::translate("HubError", "The Hub did not answer within %1. Try again, or allow more time with --timeout.")
                   .arg(detail);
        break;
    case Kind::BadResponse:
        text = QCoreApplication::translate("HubError", "The Hub's answer was not what HubDeck expected (%1).").arg(detail);
        break;
    case Kind::InsecureEndpoint:
        text = QCoreApplication::translate("HubError", "Refusing to send a token over plain http:// to %1. Use https://, "
                                                       "or http:// only for a server on this machine.")
                   .arg(detail);
        break;
    case Kind::Canceled:
        text = QCoreApplication::translate("HubError", "Canceled.");
        break;
    }
    if (!hubMessage.isEmpty())
        text += QCoreApplication::translate("HubError", " The Hub says: %1").arg(hubMessage);
    return text;
}

} // namespace hubdeck
