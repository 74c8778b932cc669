#include "HubOrigin.h"

#include "HubCredentials.h"
#include "Logging.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace hubdeck {

namespace {

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == u"https" ? 443 : url.scheme() == u"http" ? 80 : -1);
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
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
}

void HubOrigin::guard(QNetworkReply *reply, const std::function<void(const QUrl &)> &refused)
{
    const QUrl origin = reply->url();
    QObject::connect(reply, &QNetworkReply::redirected, reply, [reply, origin, refused](const QUrl &target) {
        const QUrl resolved = origin.resolved(target);
        if (allows(origin, resolved)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        qCWarning(lcHub) << "refused a redirect from" << origin.host() << "to" << resolved.host();
        refused(resolved);
        reply->abort();
    });
}

} // namespace hubdeck
