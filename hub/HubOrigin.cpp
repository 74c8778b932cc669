// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HubOrigin.h"

#include "HubCredentials.h"
#include "HubError.h"
#include "HubLogging.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace hubdeck {

namespace {

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == u"https" ? 443 : url.scheme() == u"http" ? 80 : -1);
}

bool keepsTheCall(const QByteArray &verb, int status)
{
    return verb == "GET" || verb == "HEAD" || status == 307 || status == 308;
}

} // namespace

bool HubOrigin::isSame(const QUrl &a, const QUrl &b)
{
    return a.isValid() && b.isValid() && a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && portOf(a) == portOf(b) && !a.host().isEmpty();
}

bool HubOrigin::allows(const QUrl &from, const QUrl &to)
{
    return isSame(from, to) && to.userInfo().isEmpty() && HubCredentials::isSafeEndpoint(to.toString());
}

void HubOrigin::prepare(QNetworkRequest &request)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
}

std::optional<QUrl> HubOrigin::redirectTarget(const QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308)
        return std::nullopt;
    const QByteArray location = reply->rawHeader("Location");
    if (location.isEmpty())
        return std::nullopt;
    return reply->url().resolved(QUrl::fromEncoded(location.trimmed()));
}

std::optional<HubError> HubOrigin::refusal(const QUrl &origin, const QUrl &target, const QByteArray &verb, int status, int followed)
{
    std::optional<HubError> why;
    const bool sameServer = isSame(origin, target) && HubCredentials::isSafeEndpoint(target.toString());
    if (!sameServer)
        why = HubError::refusedRedirect(target);
    else if (!target.userInfo().isEmpty())
        why = HubError::refusedRedirect(HubError::Redirect::WithCredentials, status);
    else if (!keepsTheCall(verb, status))
        why = HubError::refusedRedirect(HubError::Redirect::DropsTheBody, status, verb);
    else if (followed >= kMaxRedirects)
        why = HubError::refusedRedirect(HubError::Redirect::TooMany, status);
    if (why)
        qCInfo(lcHub) << "refused a redirect" << status << "of" << verb << "from" << origin.host() << "to" << target.host();
    else
        qCDebug(lcHub) << "following a redirect" << status << "of" << verb;
    return why;
}

QByteArray HubOrigin::followingVerb(const QByteArray &verb, int status)
{
    return status == 307 || status == 308 || verb == "HEAD" ? verb : QByteArray("GET");
}

} // namespace hubdeck
