#include "HubOrigin.h"

#include "HubCredentials.h"
#include "HubError.h"
#include "Logging.h"

#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>
#include <optional>

namespace hubdeck {

namespace {

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == u"https" ? 443 : url.scheme() == u"http" ? 80 : -1);
}

QByteArray verbOf(const QNetworkReply *reply)
{
    switch (reply->operation()) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::CustomOperation:
        return reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation:
        break;
    }
    return {};
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
    // One more than ours, so that guard() sees the one too many and says so: past its own
    // limit Qt 6.4 ends a reply without an error, with an interim status (100).
    request.setMaximumRedirectsAllowed(3 * kMaxRedirects);
}

bool HubOrigin::Redirects::noAnswer(const QNetworkReply *reply) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return count > 0 && (status < 200 || (status >= 300 && status < 400));
}

std::shared_ptr<const HubOrigin::Redirects> HubOrigin::guard(QNetworkReply *reply, const std::function<void(const HubError &)> &refused)
{
    const QUrl origin = reply->url();
    // Now, not when a redirect comes: by then Qt has already turned the operation into a GET.
    const QByteArray verb = verbOf(reply);
    auto redirects = std::make_shared<Redirects>();
    QObject::connect(reply, &QNetworkReply::redirected, reply, [reply, origin, verb, refused, redirects](const QUrl &target) {
        const QUrl resolved = origin.resolved(target);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        qCDebug(lcHub) << "redirect" << status << "of" << verb;
        // Only 307 and 308 keep the verb and the body; without a status, assume they do not.
        const bool keepsTheCall = verb == "GET" || verb == "HEAD" || status == 307 || status == 308;
        std::optional<HubError> why;
        redirects->lastStatus = status;
        if (++redirects->count > kMaxRedirects)
            why = HubError::refusedRedirect(HubError::Redirect::TooMany, status);
        else if (!isSame(origin, resolved) || !HubCredentials::isSafeEndpoint(resolved.toString()))
            why = HubError::refusedRedirect(resolved);
        else if (!resolved.userInfo().isEmpty())
            why = HubError::refusedRedirect(HubError::Redirect::WithCredentials, status);
        else if (!keepsTheCall)
            why = HubError::refusedRedirect(HubError::Redirect::DropsTheBody, status, verb);
        if (!why) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        qCWarning(lcHub) << "refused a redirect" << status << "of" << verb << "from" << origin.host() << "to" << resolved.host();
        refused(*why);
        reply->abort();
    });
    return redirects;
}

} // namespace hubdeck
