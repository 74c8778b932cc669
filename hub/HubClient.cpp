// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HubClient.h"

#include "HubCredentials.h"
#include "HubLogging.h"
#include "HubOrigin.h"
#include "LinkHeader.h"
#include "SpaceLogStream.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace hubdeck {

struct HubClient::Attempt
{
    QByteArray verb;
    QUrl url;
    QUrl origin; // where the call and its redirects may go: the endpoint, or an upload's own url
    QByteArray body;
    bool hasBody = false;
    bool idempotent = false;
    int number = 0;          // tries, retries included
    int redirects = 0;       // followed so far
    QDeadlineTimer deadline; // twice the timeout from the first attempt, or earlier: see send()
    QElapsedTimer clock;     // since the first attempt
    std::function<void(Response, HubError)> done;
    // sendRaw's only
    CallId id = 0;
    bool withToken = true;
    QByteArray contentType = "application/json";
    QByteArray accept = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    std::function<std::unique_ptr<QIODevice>(QString *)> device;
    qint64 deviceSize = 0;
    std::function<void(qint64, qint64)> progress;
    qint64 extraMs = 0; // a device body's time at kMinUploadBytesPerSecond, added to each try's timeout
    QPointer<QNetworkReply> reply;
    bool canceled = false;
    bool completed = false;
};

QByteArray HubClient::Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

HubClient::HubClient(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    while (m_options.endpoint.endsWith(u'/'))
        m_options.endpoint.chop(1);
}

QByteArray HubClient::userAgent()
{
    return QByteArrayLiteral("hubdeck/" HUBDECK_VERSION "; qt/") + QByteArray(qVersion());
}

QUrl HubClient::apiUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url(m_options.endpoint + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QString HubClient::spacePath(const QString &id, const QString &tail) const
{
    return QStringLiteral("/api/spaces/") + id + tail;
}

QNetworkRequest HubClient::makeRequest(const QUrl &url, int timeoutMs) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    // The token goes only to the configured endpoint, never to a host a Link header names.
    if (!m_options.token.isEmpty() && HubOrigin::isSame(url, QUrl(m_options.endpoint)))
        request.setRawHeader("Authorization", "Bearer " + m_options.token.toUtf8());
    HubOrigin::prepare(request);
    request.setTransferTimeout(timeoutMs);
    return request;
}

void HubClient::send(const QByteArray &verb, const QUrl &url, const std::optional<QJsonDocument> &body, bool idempotent,
                     std::function<void(Response, HubError)> done, QDeadlineTimer deadline)
{
    if (!HubCredentials::isSafeEndpoint(m_options.endpoint)) {
        HubError error;
        error.kind = HubError::Kind::InsecureEndpoint;
        error.detail = QUrl(m_options.endpoint).host();
        QTimer::singleShot(0, this, [done, error] { done({}, error); });
        return;
    }
    auto attempt = newAttempt(verb, url, idempotent, std::move(done), deadline);
    attempt->hasBody = body.has_value();
    if (body)
        attempt->body = body->toJson(QJsonDocument::Compact);
    startAttempt(attempt);
}

std::shared_ptr<HubClient::Attempt> HubClient::newAttempt(const QByteArray &verb, const QUrl &url, bool idempotent,
                                                          std::function<void(Response, HubError)> done, QDeadlineTimer deadline)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->verb = verb;
    attempt->url = url;
    attempt->origin = QUrl(m_options.endpoint);
    attempt->idempotent = idempotent;
    attempt->done = std::move(done);
    attempt->deadline = std::min({QDeadlineTimer(2LL * m_options.timeoutMs), deadline, m_deadline});
    attempt->clock.start();
    return attempt;
}

HubClient::CallId HubClient::sendRaw(RawRequest request, std::function<void(Response, HubError)> done)
{
    const CallId id = ++m_lastCallId;
    auto fail = [this, done](HubError error) { QTimer::singleShot(0, this, [done, error] { done({}, error); }); };
    if (!HubCredentials::isSafeEndpoint(m_options.endpoint) || !HubCredentials::isSafeEndpoint(request.url.toString())) {
        HubError error;
        error.kind = HubError::Kind::InsecureEndpoint;
        error.detail = HubCredentials::isSafeEndpoint(m_options.endpoint) ? request.url.host() : QUrl(m_options.endpoint).host();
        fail(error);
        return id;
    }
    if (!request.anyOrigin && !HubOrigin::allows(QUrl(m_options.endpoint), request.url)) {
        fail(HubError::refusedRedirect(request.url));
        return id;
    }
    // The body's time at the slowest rate still counted as progress, on top of the usual bound.
    const qint64 bodyBytes = request.device ? request.deviceSize : request.body.size();
    const qint64 extraMs = bodyBytes * 1000 / kMinUploadBytesPerSecond;
    auto attempt = newAttempt(request.verb, request.url, request.idempotent, std::move(done), request.deadline);
    if (extraMs > 0)
        attempt->deadline = std::min({QDeadlineTimer(2LL * m_options.timeoutMs + extraMs), request.deadline, m_deadline});
    attempt->id = id;
    attempt->extraMs = extraMs;
    if (request.anyOrigin)
        attempt->origin = request.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    attempt->withToken = !request.anyOrigin;
    attempt->hasBody = request.device || !request.body.isEmpty();
    attempt->body = std::move(request.body);
    attempt->device = std::move(request.device);
    attempt->deviceSize = request.deviceSize;
    attempt->contentType = request.contentType;
    attempt->accept = request.accept;
    attempt->headers = std::move(request.headers);
    attempt->progress = std::move(request.progress);
    m_calls.insert(id, attempt);
    startAttempt(attempt);
    return id;
}

void HubClient::cancel(CallId id)
{
    const std::shared_ptr<Attempt> attempt = m_calls.value(id).lock();
    if (!attempt || attempt->completed || attempt->canceled)
        return;
    attempt->canceled = true;
    if (attempt->reply) {
        attempt->reply->abort(); // finishAttempt() reports the cancel
        return;
    }
    // Between tries (a backoff): nothing is in flight.
    HubError error;
    error.kind = HubError::Kind::Canceled;
    QTimer::singleShot(0, this, [this, attempt, error] { complete(attempt, {}, error); });
}

void HubClient::complete(const std::shared_ptr<Attempt> &attempt, Response response, HubError error)
{
    if (attempt->completed)
        return;
    attempt->completed = true;
    if (attempt->id != 0)
        m_calls.remove(attempt->id);
    attempt->done(std::move(response), std::move(error));
}

void HubClient::setDeadline(QDeadlineTimer deadline)
{
    m_deadline = deadline;
}

HubError HubClient::deadlineError() const
{
    HubError error;
    error.kind = HubError::Kind::Timeout;
    error.detail = QStringLiteral("%1 s in all").arg(2 * m_options.timeoutMs / 1000.0);
    return error;
}

void HubClient::followRedirect(const std::shared_ptr<Attempt> &attempt, const QUrl &target, int status)
{
    if (auto why = HubOrigin::refusal(attempt->origin, target, attempt->verb, status, attempt->redirects)) {
        complete(attempt, {}, *why);
        return;
    }
    const QByteArray verb = HubOrigin::followingVerb(attempt->verb, status);
    if (verb != attempt->verb) { // a GET's 301/302/303: anything else was refused above
        attempt->hasBody = false;
        attempt->body.clear();
    }
    attempt->verb = verb;
    attempt->url = target;
    ++attempt->redirects;
    startAttempt(attempt, false);
}

// Why a reply was aborted, if it was: only our own limits abort a call.
struct HubClient::ReplyStop
{
    bool timedOut = false;
    bool tooLarge = false;
    QByteArray body; // read as it arrives, so that no answer grows past its bound
};

void HubClient::startAttempt(std::shared_ptr<Attempt> attempt, bool isTry)
{
    if (attempt->completed)
        return;
    if (attempt->canceled) {
        HubError error;
        error.kind = HubError::Kind::Canceled;
        complete(attempt, {}, error);
        return;
    }
    if (isTry)
        ++attempt->number;
    // An attempt gets the timeout, or what is left of the call's deadline if that is less.
    const qint64 left = attempt->deadline.remainingTime();
    if (left == 0) {
        QTimer::singleShot(0, this, [this, attempt] { complete(attempt, {}, deadlineError()); });
        return;
    }
    const qint64 allowed = m_options.timeoutMs + attempt->extraMs;
    const int timeout =
        int(std::min<qint64>(std::numeric_limits<int>::max(), left < 0 ? allowed : std::max<qint64>(1, std::min(allowed, left))));
    // The transfer timeout notices a stall: no byte moved for the timeout, whatever the body's size.
    QNetworkRequest request = makeRequest(attempt->url, std::min(timeout, m_options.timeoutMs));
    if (!attempt->withToken)
        request.setRawHeader("Authorization", QByteArray());
    if (attempt->id != 0) {
        if (attempt->contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
        else
            request.setHeader(QNetworkRequest::ContentTypeHeader, attempt->contentType);
        request.setRawHeader("Accept", attempt->accept);
        for (const auto &[name, value] : attempt->headers)
            request.setRawHeader(name, value);
    }
    QNetworkReply *reply = nullptr;
    if (attempt->device) {
        QString problem;
        std::unique_ptr<QIODevice> device = attempt->device(&problem);
        if (!device) {
            HubError error;
            error.kind = HubError::Kind::LocalFile;
            error.detail = problem;
            QTimer::singleShot(0, this, [this, attempt, error] { complete(attempt, {}, error); });
            return;
        }
        request.setHeader(QNetworkRequest::ContentLengthHeader, attempt->deviceSize);
        reply = m_network.sendCustomRequest(request, attempt->verb, device.get());
        device.release()->setParent(reply);
    } else {
        reply = attempt->hasBody ? m_network.sendCustomRequest(request, attempt->verb, attempt->body)
                                 : m_network.sendCustomRequest(request, attempt->verb);
    }
    attempt->reply = reply;
    if (attempt->progress)
        connect(reply, &QNetworkReply::uploadProgress, this, [attempt](qint64 sent, qint64 total) {
            if (!attempt->completed && !attempt->canceled)
                attempt->progress(sent, total);
        });
    // Without a limit, Qt's network thread reads whatever the socket delivers into the
    // reply, as fast as it comes, while our abort waits its turn in this thread's queue: a
    // flood of an endless body grew to gigabytes in that time. With one, the socket is read
    // only as fast as we read. An error body needs no more than its bound.
    reply->setReadBufferSize(kReadBufferBytes);
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status / 100 != 2)
            reply->setReadBufferSize(HubError::kMaxErrorBodyBytes);
    });
    auto stop = std::make_shared<ReplyStop>();
    // setTransferTimeout aborts a stalled transfer; this also bounds one that trickles.
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, stop] {
        stop->timedOut = true;
        reply->abort();
    });
    timer->start(timeout);
    connect(reply, &QNetworkReply::readyRead, this, [reply, stop] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const qint64 bound = status / 100 == 2 ? kMaxAnswerBytes : HubError::kMaxErrorBodyBytes;
        stop->body += reply->read(std::max<qint64>(0, bound - stop->body.size()));
        if (reply->bytesAvailable() > 0) {
            // Past the bound: an error body has given its message by now; an answer this
            // large is not one the Hub sends.
            stop->tooLarge = status / 100 == 2;
            // Not from within readyRead: QNetworkReply warns about reporting an error twice.
            QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, attempt, stop] { finishAttempt(attempt, reply, *stop); });
}

void HubClient::finishAttempt(const std::shared_ptr<Attempt> &attempt, QNetworkReply *reply, ReplyStop &stop)
{
    reply->deleteLater();
    attempt->reply = nullptr;
    if (reply->isOpen() && !stop.tooLarge) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const qint64 bound = status / 100 == 2 ? kMaxAnswerBytes : HubError::kMaxErrorBodyBytes;
        stop.body += reply->read(std::max<qint64>(0, bound - stop.body.size()));
    }
    if (const auto target = HubOrigin::redirectTarget(reply); target && !stop.timedOut && !attempt->canceled) {
        followRedirect(attempt, *target, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        return;
    }
    // Every answer may say how much of the request budget is left: whoever paces calls listens.
    if (reply->hasRawHeader("RateLimit")) {
        if (const auto info = RateLimitInfo::parse(reply->rawHeader("RateLimit"), reply->rawHeader("RateLimit-Policy")))
            Q_EMIT rateLimitSeen(*info);
    }
    HubError error;
    if (stop.tooLarge) {
        error = HubError::badResponse(QStringLiteral("an answer larger than %1 MiB").arg(kMaxAnswerBytes >> 20));
    } else {
        // Nothing else aborts a call but a timeout; setTransferTimeout's shows as OperationCanceledError too.
        const bool expired = stop.timedOut || reply->error() == QNetworkReply::OperationCanceledError;
        error = HubError::fromReply(reply, stop.body, m_options.timeoutMs, expired);
    }
    if (!error.isError()) {
        Response response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = std::move(stop.body);
        const LinkHeader::Next next = LinkHeader::next(reply->rawHeader("Link"));
        response.nextPage = next.target;
        response.nextPageUnreadable = next.unreadable;
        response.headers = reply->rawHeaderPairs();
        complete(attempt, std::move(response), {});
        return;
    }
    if (attempt->canceled) {
        error = {};
        error.kind = HubError::Kind::Canceled;
        complete(attempt, {}, error);
        return;
    }
    retryOrFail(attempt, std::move(error));
}

// A call that failed in a way another try may mend (rate limit, server error, network,
// timeout) is tried again after a growing pause, if it is idempotent and its deadline leaves
// time; otherwise the caller gets the error.
void HubClient::retryOrFail(const std::shared_ptr<Attempt> &attempt, HubError error)
{
    const bool retryable = attempt->idempotent && (error.kind == HubError::Kind::RateLimited || error.kind == HubError::Kind::ServerError ||
                                                   error.kind == HubError::Kind::ConnectionFailed || error.kind == HubError::Kind::Timeout);
    int backoff = m_options.firstBackoffMs << (attempt->number - 1);
    if ((error.kind == HubError::Kind::RateLimited || error.kind == HubError::Kind::ServerError) && error.retryAfterSeconds > 0)
        backoff = error.retryAfterSeconds * 1000;
    const qint64 left = attempt->deadline.remainingTime();
    if (retryable && attempt->number <= m_options.maxRetries && (left < 0 || left - backoff > 100)) {
        qCDebug(lcHub) << "retrying" << attempt->verb << attempt->url.path() << "in" << backoff << "ms:" << int(error.kind);
        QTimer::singleShot(backoff, this, [this, attempt] { startAttempt(attempt); });
        return;
    }
    if (error.kind == HubError::Kind::Timeout && attempt->number > 1)
        error.detail = QStringLiteral("%1 s, tried %2 times in %3 s")
                           .arg(m_options.timeoutMs / 1000.0)
                           .arg(attempt->number)
                           .arg(attempt->clock.elapsed() / 1000.0, 0, 'f', 1);
    complete(attempt, {}, error);
}

template <typename T>
void HubClient::jsonCall(const QByteArray &verb, const QUrl &url, const std::optional<QJsonDocument> &body, bool idempotent,
                         std::function<std::optional<T>(const QJsonValue &, QString *)> parse, HubCallback<T> done)
{
    send(verb, url, body, idempotent, [parse, done](Response response, HubError error) {
        if (error.isError()) {
            done(HubResult<T>::failure(error));
            return;
        }
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            done(HubResult<T>::failure(HubError::badResponse(QStringLiteral("not JSON: %1").arg(parseError.errorString()))));
            return;
        }
        const QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        QString problem;
        std::optional<T> parsed = parse(value, &problem);
        if (!parsed) {
            done(HubResult<T>::failure(HubError::badResponse(problem)));
            return;
        }
        done(HubResult<T>::success(std::move(*parsed)));
    });
}

void HubClient::runtimeCall(const QByteArray &verb, const QString &path, const std::optional<QJsonDocument> &body, bool idempotent,
                            HubCallback<SpaceRuntime> done, const QUrlQuery &query)
{
    jsonCall<SpaceRuntime>(verb, apiUrl(path, query), body, idempotent, &SpaceRuntime::fromJson, std::move(done));
}

void HubClient::whoami(HubCallback<WhoAmI> done)
{
    jsonCall<WhoAmI>("GET", apiUrl(QStringLiteral("/api/whoami-v2")), std::nullopt, true, &WhoAmI::fromJson, std::move(done));
}

void HubClient::listSpaces(const QString &author, HubCallback<QList<SpaceInfo>> done, int limit)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("author"), author);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit > 0 ? std::min(limit, kMaxPageEntries) : kMaxPageEntries));
    query.addQueryItem(QStringLiteral("expand[]"), QStringLiteral("runtime"));
    query.addQueryItem(QStringLiteral("expand[]"), QStringLiteral("sdk"));
    query.addQueryItem(QStringLiteral("expand[]"), QStringLiteral("lastModified"));
    query.addQueryItem(QStringLiteral("expand[]"), QStringLiteral("private"));
    query.addQueryItem(QStringLiteral("expand[]"), QStringLiteral("likes"));
    auto collected = std::make_shared<QList<SpaceInfo>>();
    auto listing = std::make_shared<Listing>();
    listing->what = QStringLiteral("the list of Spaces");
    listing->take = [collected](const QJsonArray &page, QString *problem) {
        for (const QJsonValue &value : page) {
            auto info = SpaceInfo::fromJson(value, problem);
            if (!info)
                return false;
            collected->append(std::move(*info));
        }
        return true;
    };
    listing->enough = [collected, limit] { return limit > 0 && collected->size() >= limit; };
    listing->finished = [collected, limit, done] {
        if (limit > 0 && collected->size() > limit)
            collected->resize(limit);
        done(HubResult<QList<SpaceInfo>>::success(std::move(*collected)));
    };
    listing->failed = [done](HubError error) { done(HubResult<QList<SpaceInfo>>::failure(std::move(error))); };
    // The whole listing, every page and retry, has the budget of one call.
    listing->deadline = QDeadlineTimer(2LL * m_options.timeoutMs);
    listPage(apiUrl(QStringLiteral("/api/spaces"), query), listing);
}

void HubClient::listRepoFiles(RepoType type, const QString &repoId, const QString &revision, const QString &pathInRepo,
                              HubCallback<QStringList> done)
{
    // Percent-encoded whole, '/' included, as huggingface_hub's list_repo_tree sends them.
    QString path = QStringLiteral("/api/%1/%2/tree/%3")
                       .arg(repoTypeFolderPrefix(type), repoId, QString::fromLatin1(QUrl::toPercentEncoding(revision)));
    if (!pathInRepo.isEmpty())
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(pathInRepo));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("recursive"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("expand"), QStringLiteral("false"));
    auto collected = std::make_shared<QStringList>();
    auto listing = std::make_shared<Listing>();
    listing->what = QStringLiteral("the list of files");
    listing->take = [collected](const QJsonArray &page, QString *problem) {
        for (const QJsonValue &value : page) {
            const QJsonObject entry = value.toObject();
            const QString kind = entry.value(QStringLiteral("type")).toString();
            const QString filePath = entry.value(QStringLiteral("path")).toString();
            if (filePath.isEmpty() || (kind != u"file" && kind != u"directory")) {
                *problem = QStringLiteral("an entry of the list of files has no \"path\" or an unknown \"type\"");
                return false;
            }
            if (kind == u"file")
                collected->append(filePath);
        }
        return true;
    };
    listing->enough = [] { return false; };
    listing->finished = [collected, done] { done(HubResult<QStringList>::success(std::move(*collected))); };
    listing->failed = [collected, listing = std::weak_ptr<Listing>(listing), done](HubError error) {
        // Nothing there yet: the first upload to that folder. Only the Hub's own word for it
        // counts; a repository or revision not found stays an error.
        const auto current = listing.lock();
        if (error.kind == HubError::Kind::NotFound && error.hubCode == u"EntryNotFound" && current && current->pages == 1) {
            done(HubResult<QStringList>::success({}));
            return;
        }
        done(HubResult<QStringList>::failure(std::move(error)));
    };
    listing->deadline = QDeadlineTimer(2LL * m_options.timeoutMs);
    listPage(apiUrl(path, query), listing);
}

void HubClient::listPage(const QUrl &url, std::shared_ptr<Listing> listing)
{
    listing->visited.insert(url.toEncoded());
    ++listing->pages;
    send(
        "GET", url, std::nullopt, true,
        [this, url, listing](Response response, HubError error) {
            auto fail = [&](HubError why) {
                qCInfo(lcHub) << "listing stopped after" << listing->pages << "pages:" << why.message();
                listing->failed(why);
            };
            if (error.isError()) {
                if (error.kind == HubError::Kind::Timeout && listing->pages > 1)
                    error.detail = QStringLiteral("%1 s, for %2 pages in all").arg(2 * m_options.timeoutMs / 1000.0).arg(listing->pages);
                fail(error);
                return;
            }
            // Each page is bounded, and so is their sum: memory grows with what is collected.
            listing->bytes += response.body.size();
            if (listing->bytes > kMaxListingBytes) {
                fail(HubError::badResponse(QStringLiteral("%1 is larger than %2 MiB after %3 pages")
                                               .arg(listing->what)
                                               .arg(kMaxListingBytes >> 20)
                                               .arg(listing->pages)));
                return;
            }
            const QJsonDocument document = QJsonDocument::fromJson(response.body);
            if (!document.isArray()) {
                fail(HubError::badResponse(QStringLiteral("%1 is not a JSON list").arg(listing->what)));
                return;
            }
            // The Hub sends at most the `limit` asked for (1000); each entry becomes an
            // object tens of times its JSON's size (a SpaceInfo), so a page of millions is refused
            // before they are built.
            if (document.array().size() > kMaxPageEntries) {
                fail(HubError::badResponse(QStringLiteral("page %1 of %2 has %3 entries, more than the %4 asked for")
                                               .arg(listing->pages)
                                               .arg(listing->what)
                                               .arg(document.array().size())
                                               .arg(kMaxPageEntries)));
                return;
            }
            QString problem;
            if (!listing->take(document.array(), &problem)) {
                fail(HubError::badResponse(problem));
                return;
            }
            const bool enough = listing->enough();
            if (!enough && response.nextPageUnreadable) {
                // Ending here would show a partial list as if it were all of it.
                fail(HubError::badResponse(QStringLiteral("page %1 of %2 names its next page in a Link header HubDeck cannot read")
                                               .arg(listing->pages)
                                               .arg(listing->what)));
                return;
            }
            // RFC 8288 allows a link relative to the page that gave it.
            const QUrl next = response.nextPage.isEmpty() ? QUrl() : url.resolved(QUrl::fromEncoded(response.nextPage));
            if (enough || next.isEmpty()) {
                listing->finished();
                return;
            }
            // Only pages on the same Hub: the token must not go to another host.
            if (!HubOrigin::allows(QUrl(m_options.endpoint), next)) {
                fail(HubError::refusedRedirect(next));
                return;
            }
            if (listing->visited.contains(next.toEncoded())) {
                fail(HubError::badResponse(
                    QStringLiteral("page %1 of %2 links back to a page already read").arg(listing->pages).arg(listing->what)));
                return;
            }
            if (listing->pages >= kMaxPages) {
                fail(HubError::badResponse(QStringLiteral("%1 goes on past %2 pages").arg(listing->what).arg(kMaxPages)));
                return;
            }
            listPage(next, listing);
        },
        listing->deadline);
}

void HubClient::spaceInfo(const QString &id, HubCallback<SpaceInfo> done)
{
    jsonCall<SpaceInfo>("GET", apiUrl(spacePath(id)), std::nullopt, true, &SpaceInfo::fromJson, std::move(done));
}

void HubClient::runtime(const QString &id, HubCallback<SpaceRuntime> done)
{
    runtimeCall("GET", spacePath(id, QStringLiteral("/runtime")), std::nullopt, true, std::move(done));
}

void HubClient::hardwareCatalogue(HubCallback<QList<HardwareFlavor>> done)
{
    jsonCall<QList<HardwareFlavor>>(
        "GET", apiUrl(QStringLiteral("/api/spaces/hardware")), std::nullopt, true,
        [](const QJsonValue &value, QString *error) -> std::optional<QList<HardwareFlavor>> {
            if (!value.isArray()) {
                *error = QStringLiteral("the hardware catalogue is not a list");
                return std::nullopt;
            }
            QList<HardwareFlavor> flavors;
            for (const QJsonValue &entry : value.toArray()) {
                auto flavor = HardwareFlavor::fromJson(entry, error);
                if (!flavor)
                    return std::nullopt;
                flavors.append(std::move(*flavor));
            }
            return flavors;
        },
        std::move(done));
}

void HubClient::requestHardware(const QString &id, const QString &flavor, std::optional<qint64> sleepTime, HubCallback<SpaceRuntime> done)
{
    QJsonObject body{{QStringLiteral("flavor"), flavor}};
    if (sleepTime)
        body.insert(QStringLiteral("sleepTimeSeconds"), double(*sleepTime));
    runtimeCall("POST", spacePath(id, QStringLiteral("/hardware")), QJsonDocument(body), false, std::move(done));
}

void HubClient::setSleepTime(const QString &id, qint64 seconds, HubCallback<SpaceRuntime> done)
{
    runtimeCall("POST", spacePath(id, QStringLiteral("/sleeptime")),
                QJsonDocument(QJsonObject{{QStringLiteral("seconds"), double(seconds)}}), false, std::move(done));
}

void HubClient::pause(const QString &id, HubCallback<SpaceRuntime> done)
{
    runtimeCall("POST", spacePath(id, QStringLiteral("/pause")), std::nullopt, false, std::move(done));
}

void HubClient::restart(const QString &id, bool factoryReboot, HubCallback<SpaceRuntime> done)
{
    QUrlQuery query;
    if (factoryReboot)
        query.addQueryItem(QStringLiteral("factory"), QStringLiteral("true"));
    runtimeCall("POST", spacePath(id, QStringLiteral("/restart")), std::nullopt, false, std::move(done), query);
}

void HubClient::requestStorage(const QString &id, const QString &tier, HubCallback<SpaceRuntime> done)
{
    runtimeCall("POST", spacePath(id, QStringLiteral("/storage")), QJsonDocument(QJsonObject{{QStringLiteral("tier"), tier}}), false,
                std::move(done));
}

void HubClient::deleteStorage(const QString &id, HubCallback<SpaceRuntime> done)
{
    runtimeCall("DELETE", spacePath(id, QStringLiteral("/storage")), std::nullopt, false, std::move(done));
}

void HubClient::setVolumes(const QString &id, const QJsonArray &volumes, HubCallback<SpaceRuntime> done)
{
    runtimeCall("PUT", spacePath(id, QStringLiteral("/volumes")), QJsonDocument(QJsonObject{{QStringLiteral("volumes"), volumes}}), false,
                std::move(done));
}

void HubClient::deleteVolumes(const QString &id, HubCallback<SpaceRuntime> done)
{
    runtimeCall("DELETE", spacePath(id, QStringLiteral("/volumes")), std::nullopt, false, std::move(done));
}

void HubClient::setDevMode(const QString &id, bool enabled, HubCallback<SpaceRuntime> done)
{
    runtimeCall("POST", spacePath(id, QStringLiteral("/dev-mode")), QJsonDocument(QJsonObject{{QStringLiteral("enabled"), enabled}}), false,
                std::move(done));
}

void HubClient::secrets(const QString &id, HubCallback<QList<SpaceSetting>> done)
{
    jsonCall<QList<SpaceSetting>>(
        "GET", apiUrl(spacePath(id, QStringLiteral("/secrets"))), std::nullopt, true,
        [](const QJsonValue &value, QString *error) { return SpaceSetting::listFromJson(value, false, error); }, std::move(done));
}

void HubClient::addSecret(const QString &id, const QString &key, const QString &value, const QString &description, HubCallback<bool> done)
{
    QJsonObject body{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    send("POST", apiUrl(spacePath(id, QStringLiteral("/secrets"))), QJsonDocument(body), false,
         [done](Response, HubError error) { done(error.isError() ? HubResult<bool>::failure(error) : HubResult<bool>::success(true)); });
}

void HubClient::deleteSecret(const QString &id, const QString &key, HubCallback<bool> done)
{
    send("DELETE", apiUrl(spacePath(id, QStringLiteral("/secrets"))), QJsonDocument(QJsonObject{{QStringLiteral("key"), key}}), false,
         [done](Response, HubError error) { done(error.isError() ? HubResult<bool>::failure(error) : HubResult<bool>::success(true)); });
}

void HubClient::variables(const QString &id, HubCallback<QList<SpaceSetting>> done)
{
    jsonCall<QList<SpaceSetting>>(
        "GET", apiUrl(spacePath(id, QStringLiteral("/variables"))), std::nullopt, true,
        [](const QJsonValue &value, QString *error) { return SpaceSetting::listFromJson(value, true, error); }, std::move(done));
}

void HubClient::addVariable(const QString &id, const QString &key, const QString &value, const QString &description,
                            HubCallback<QList<SpaceSetting>> done)
{
    QJsonObject body{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    jsonCall<QList<SpaceSetting>>(
        "POST", apiUrl(spacePath(id, QStringLiteral("/variables"))), QJsonDocument(body), false,
        [](const QJsonValue &v, QString *error) { return SpaceSetting::listFromJson(v, true, error); }, std::move(done));
}

void HubClient::deleteVariable(const QString &id, const QString &key, HubCallback<QList<SpaceSetting>> done)
{
    jsonCall<QList<SpaceSetting>>(
        "DELETE", apiUrl(spacePath(id, QStringLiteral("/variables"))), QJsonDocument(QJsonObject{{QStringLiteral("key"), key}}), false,
        [](const QJsonValue &v, QString *error) { return SpaceSetting::listFromJson(v, true, error); }, std::move(done));
}

namespace {
QJsonArray settingsJson(const QList<SpaceSetting> &settings)
{
    QJsonArray array;
    for (const SpaceSetting &setting : settings) {
        QJsonObject object{{QStringLiteral("key"), setting.key}, {QStringLiteral("value"), setting.value}};
        if (!setting.description.isEmpty())
            object.insert(QStringLiteral("description"), setting.description);
        array.append(object);
    }
    return array;
}

void addCommonOptions(QJsonObject &body, const HubClient::NewSpace &space)
{
    if (!space.visibility.isEmpty())
        body.insert(QStringLiteral("visibility"), space.visibility);
    else if (space.isPrivate)
        body.insert(QStringLiteral("private"), *space.isPrivate);
    if (!space.hardware.isEmpty())
        body.insert(QStringLiteral("hardware"), space.hardware);
    if (!space.storage.isEmpty())
        body.insert(QStringLiteral("storageTier"), space.storage);
    if (space.sleepTime)
        body.insert(QStringLiteral("sleepTimeSeconds"), double(*space.sleepTime));
    if (!space.secrets.isEmpty())
        body.insert(QStringLiteral("secrets"), settingsJson(space.secrets));
    if (!space.variables.isEmpty())
        body.insert(QStringLiteral("variables"), settingsJson(space.variables));
    if (!space.volumes.isEmpty())
        body.insert(QStringLiteral("volumes"), space.volumes);
}
} // namespace

void HubClient::duplicate(const QString &fromId, const NewSpace &target, HubCallback<QString> done)
{
    QJsonObject body;
    if (!target.name.isEmpty())
        body.insert(QStringLiteral("repository"), target.name);
    addCommonOptions(body, target);
    jsonCall<QString>(
        "POST", apiUrl(spacePath(fromId, QStringLiteral("/duplicate"))), QJsonDocument(body), false,
        [](const QJsonValue &value, QString *error) -> std::optional<QString> {
            const QString url = value.toObject().value(QStringLiteral("url")).toString();
            if (url.isEmpty()) {
                *error = QStringLiteral("the answer has no \"url\"");
                return std::nullopt;
            }
            return url;
        },
        std::move(done));
}

void HubClient::create(const NewSpace &space, HubCallback<QString> done)
{
    QJsonObject body{{QStringLiteral("name"), space.name}, {QStringLiteral("type"), QStringLiteral("space")}};
    if (!space.organization.isEmpty())
        body.insert(QStringLiteral("organization"), space.organization);
    if (!space.sdk.isEmpty())
        body.insert(QStringLiteral("sdk"), space.sdk);
    if (!space.templateRepo.isEmpty())
        body.insert(QStringLiteral("template"), space.templateRepo);
    addCommonOptions(body, space);
    const QString expectedId = (space.organization.isEmpty() ? QString() : space.organization + u'/') + space.name;
    jsonCall<QString>(
        "POST", apiUrl(QStringLiteral("/api/repos/create")), QJsonDocument(body), false,
        [expectedId](const QJsonValue &value, QString *error) -> std::optional<QString> {
            const QJsonObject object = value.toObject();
            QString id = object.value(QStringLiteral("id")).toString();
            if (id.isEmpty()) {
                const QString url = object.value(QStringLiteral("url")).toString();
                if (url.isEmpty()) {
                    *error = QStringLiteral("the answer has neither \"id\" nor \"url\"");
                    return std::nullopt;
                }
                id = url.section(QStringLiteral("/spaces/"), 1);
                if (id.isEmpty())
                    id = expectedId;
            }
            return id;
        },
        std::move(done));
}

void HubClient::spaceTemplates(HubCallback<QJsonArray> done)
{
    jsonCall<QJsonArray>(
        "GET", apiUrl(QStringLiteral("/api/spaces/templates")), std::nullopt, true,
        [](const QJsonValue &value, QString *error) -> std::optional<QJsonArray> {
            const QJsonValue templates = value.toObject().value(QStringLiteral("templates"));
            if (!templates.isArray()) {
                *error = QStringLiteral("the answer has no \"templates\" list");
                return std::nullopt;
            }
            return templates.toArray();
        },
        std::move(done));
}

SpaceLogStream *HubClient::logs(const QString &id, bool build, bool follow, QObject *parent)
{
    return new SpaceLogStream(this, apiUrl(spacePath(id, build ? QStringLiteral("/logs/build") : QStringLiteral("/logs/run"))), follow,
                              parent);
}

} // namespace hubdeck
