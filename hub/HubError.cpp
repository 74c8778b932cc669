// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HubError.h"

#include "HubOrigin.h"
#include "PrintableText.h"
#include "RateLimitInfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace hubdeck {

namespace {

QString hubMessageFrom(const QByteArray &body, QNetworkReply *reply)
{
    if (const QByteArray header = reply->rawHeader("X-Error-Message"); !header.isEmpty())
        return QString::fromUtf8(header.left(HubError::kMaxErrorBodyBytes));
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {};
    const QJsonObject object = document.object();
    const QJsonValue error = object.value(QStringLiteral("error"));
    if (error.isString())
        return error.toString();
    if (error.isArray()) {
        QStringList parts;
        for (const QJsonValue &part : error.toArray())
            parts.append(part.toString());
        return parts.join(QStringLiteral("; "));
    }
    QStringList messages;
    for (const QJsonValue &entry : object.value(QStringLiteral("errors")).toArray())
        messages.append(entry.toObject().value(QStringLiteral("message")).toString());
    messages.removeAll(QString());
    return messages.join(QStringLiteral("; "));
}

} // namespace

QString HubError::boundedHubMessage(const QString &words)
{
    QStringList lines = words.left(4 * kMaxHubMessageChars).split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    QString shown = PrintableText::line(lines.mid(0, 2).join(u' '));
    if (shown.size() > kMaxHubMessageChars || lines.size() > 2 || words.size() > 4 * kMaxHubMessageChars) {
        shown.truncate(kMaxHubMessageChars);
        shown += u'…';
    }
    return shown;
}

HubError HubError::fromReply(QNetworkReply *reply, int timeoutMs, bool timedOut)
{
    const bool failed = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 != 2;
    return fromReply(reply, failed && reply->isOpen() ? reply->read(kMaxErrorBodyBytes) : QByteArray(), timeoutMs, timedOut);
}

HubError HubError::fromReply(QNetworkReply *reply, const QByteArray &body, int timeoutMs, bool timedOut)
{
    HubError error;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status > 0 && (status < 200 || status >= 300)) {
        error.httpStatus = status;
        error.hubMessage = boundedHubMessage(hubMessageFrom(body.left(kMaxErrorBodyBytes), reply));
        error.hubCode = QString::fromUtf8(reply->rawHeader("X-Error-Code"));
        switch (status) {
        case 401:
            error.kind = Kind::Unauthorized;
            break;
        case 403:
            error.kind = Kind::Forbidden;
            break;
        case 404:
            error.kind = Kind::NotFound;
            break;
        case 409:
            error.kind = Kind::Conflict;
            break;
        case 429:
            error.kind = Kind::RateLimited;
            break;
        default:
            error.kind = status >= 500 ? Kind::ServerError : Kind::HttpError;
        }
        // How long the Hub asks us to wait: Retry-After (seconds or a date) on a 429 or 503;
        // on a 429 without it, the reset of a spent budget (RateLimit: r=0), as huggingface_hub
        // reads them.
        if (status == 429 || status == 503) {
            auto wait = RateLimitInfo::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
            if (!wait && status == 429) {
                const auto info = RateLimitInfo::parse(reply->rawHeader("RateLimit"), reply->rawHeader("RateLimit-Policy"));
                if (info && info->remaining == 0)
                    wait = info->resetSeconds;
            }
            error.retryAfterSeconds = wait ? int(*wait) : -1;
        }
        return error;
    }
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError)
        return error;
    const QString host = reply->url().host();
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::HostNotFoundError:
        error.kind = Kind::HostNotFound;
        error.detail = host;
        break;
    case QNetworkReply::TimeoutError:
        error.kind = Kind::Timeout;
        error.detail = QStringLiteral("%1 s").arg(timeoutMs / 1000.0);
        break;
    case QNetworkReply::OperationCanceledError:
        error.kind = timedOut ? Kind::Timeout : Kind::Canceled;
        error.detail = QStringLiteral("%1 s").arg(timeoutMs / 1000.0);
        break;
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
        // The server answered, but not in a form HTTP allows: not a network problem.
        error.kind = Kind::BadResponse;
        error.detail = reply->errorString().startsWith(QLatin1String("Decompression failed"))
                           ? QStringLiteral("a compressed answer that could not be expanded, or would expand past what an answer may be")
                           : PrintableText::line(reply->errorString().left(200));
        break;
    default:
        error.kind = Kind::ConnectionFailed;
        error.detail = QStringLiteral("%1 (%2)").arg(host, reply->errorString().section(QStringLiteral(" - "), -1));
        break;
    }
    return error;
}

HubError HubError::refusedRedirect(const QUrl &target)
{
    HubError error;
    error.kind = Kind::RefusedRedirect;
    error.detail =
        PrintableText::name(target.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString());
    return error;
}

HubError HubError::refusedRedirect(Redirect why, int httpStatus, const QByteArray &verb)
{
    HubError error;
    error.kind = Kind::RefusedRedirect;
    error.redirect = why;
    error.httpStatus = httpStatus;
    error.detail = QString::fromLatin1(verb);
    return error;
}

HubError HubError::badResponse(const QString &detail)
{
    HubError error;
    error.kind = Kind::BadResponse;
    error.detail = detail;
    return error;
}

namespace {

// Why a redirect was not followed (HubOrigin decides which ones are refused).
QString redirectMessage(const HubError &error)
{
    switch (error.redirect) {
    case HubError::Redirect::ToAnotherServer:
        return QCoreApplication::translate("HubError", "The Hub redirected this call to %1, another server. HubDeck does not follow "
                                                       "it, so your token and data went nowhere else. Check HF_ENDPOINT.")
            .arg(error.detail);
    case HubError::Redirect::WithCredentials:
        return QCoreApplication::translate("HubError", "The Hub redirected this call to an address with a user name or password in "
                                                       "it. HubDeck does not follow it, so your token and data went nowhere else. "
                                                       "Check HF_ENDPOINT.");
    case HubError::Redirect::DropsTheBody:
        return QCoreApplication::translate("HubError",
                                           "The Hub answered this %1 with a redirect (HTTP %2) that would repeat it as a "
                                           "GET without its data. HubDeck does not follow it, so the change may not have been made. "
                                           "Check HF_ENDPOINT.")
            .arg(error.detail)
            .arg(error.httpStatus);
    case HubError::Redirect::TooMany:
        return QCoreApplication::translate("HubError", "The Hub kept redirecting this call (HTTP %1), in a loop or more than %2 "
                                                       "times, so HubDeck stopped following it. Check HF_ENDPOINT.")
            .arg(error.httpStatus)
            .arg(HubOrigin::kMaxRedirects);
    }
    return {};
}

} // namespace

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
    case Kind::RefusedRedirect:
        text = redirectMessage(*this);
        break;
    case Kind::Canceled:
        text = QCoreApplication::translate("HubError", "Canceled.");
        break;
    case Kind::LocalFile:
        text = QCoreApplication::translate("HubError", "Cannot upload %1. Nothing was committed.").arg(detail);
        break;
    case Kind::RepoChanged:
        text = QCoreApplication::translate("HubError", "The repository changed while the files were uploading (HTTP %1): "
                                                       "nothing was committed. Upload again to commit onto its new state.")
                   .arg(httpStatus);
        break;
    }
    if (!hubMessage.isEmpty())
        text += QCoreApplication::translate("HubError", " The Hub says: %1").arg(hubMessage);
    return text;
}

} // namespace hubdeck
