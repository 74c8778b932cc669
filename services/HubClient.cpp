#include "HubClient.h"

#include "HubCredentials.h"
#include "Logging.h"
#include "SpaceLogStream.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace hubdeck {

struct HubClient::Attempt
{
    QByteArray verb;
    QUrl url;
    QByteArray body;
    bool hasBody = false;
    bool idempotent = false;
    int number = 0;
    QElapsedTimer clock; // since the first attempt: retries stop at twice the timeout
    std::function<void(Response, HubError)> done;
};

namespace {

QByteArray nextPageFrom(QNetworkReply *reply)
{
    static const QRegularExpression next(QStringLiteral(R"(<([^>]+)>\s*;\s*rel="?next"?)"));
    const auto match = next.match(QString::fromUtf8(reply->rawHeader("Link")));
    return match.hasMatch() ? match.captured(1).toUtf8() : QByteArray();
}

} // namespace

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
    if (!m_options.token.isEmpty() && url.toString().startsWith(m_options.endpoint + u'/'))
        request.setRawHeader("Authorization", "Bearer " + m_options.token.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    return request;
}

void HubClient::send(const QByteArray &verb, const QUrl &url, const std::optional<QJsonDocument> &body, bool idempotent,
                     std::function<void(Response, HubError)> done)
{
    if (!HubCredentials::isSafeEndpoint(m_options.endpoint)) {
        HubError error;
        error.kind = HubError::Kind::InsecureEndpoint;
        error.detail = QUrl(m_options.endpoint).host();
        QTimer::singleShot(0, this, [done, error] { done({}, error); });
        return;
    }
    auto attempt = std::make_shared<Attempt>();
    attempt->verb = verb;
    attempt->url = url;
    attempt->hasBody = body.has_value();
    if (body)
        attempt->body = body->toJson(QJsonDocument::Compact);
    attempt->idempotent = idempotent;
    attempt->done = std::move(done);
    attempt->clock.start();
    startAttempt(attempt);
}

void HubClient::startAttempt(std::shared_ptr<Attempt> attempt)
{
    ++attempt->number;
    // The last attempt gets only what is left of the overall budget of twice the timeout.
    const int budget = 2 * m_options.timeoutMs - int(attempt->clock.elapsed());
    const int timeout = std::max(1, std::min(m_options.timeoutMs, budget));
    QNetworkRequest request = makeRequest(attempt->url, timeout);
    QNetworkReply *reply = attempt->hasBody ? m_network.sendCustomRequest(request, attempt->verb, attempt->body)
                                            : m_network.sendCustomRequest(request, attempt->verb);
    auto timedOut = std::make_shared<bool>(false);
    // setTransferTimeout aborts a stalled transfer; this also bounds one that trickles.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    deadline->start(timeout);
    connect(reply, &QNetworkReply::finished, this, [this, reply, attempt, timeout, timedOut] {
        reply->deleteLater();
        // Nothing here aborts a call but a timeout; setTransferTimeout's shows as OperationCanceledError too.
        const bool expired = *timedOut || reply->error() == QNetworkReply::OperationCanceledError;
        HubError error = HubError::fromReply(reply, m_options.timeoutMs, expired);
        if (!error.isError()) {
            Response response;
            response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            response.body = reply->readAll();
            response.nextPage = nextPageFrom(reply);
            attempt->done(std::move(response), {});
            return;
        }
        const bool retryable =
            attempt->idempotent && (error.kind == HubError::Kind::RateLimited || error.kind == HubError::Kind::ServerError ||
                                    error.kind == HubError::Kind::ConnectionFailed || error.kind == HubError::Kind::Timeout);
        int backoff = m_options.firstBackoffMs << (attempt->number - 1);
        if (error.kind == HubError::Kind::RateLimited && error.retryAfterSeconds > 0)
            backoff = error.retryAfterSeconds * 1000;
        const qint64 left = 2LL * m_options.timeoutMs - attempt->clock.elapsed() - backoff;
        if (retryable && attempt->number <= m_options.maxRetries && left > 100) {
            qCDebug(lcHub) << "retrying" << attempt->verb << attempt->url.path() << "in" << backoff << "ms:" << int(error.kind);
            QTimer::singleShot(backoff, this, [this, attempt] { startAttempt(attempt); });
            return;
        }
        attempt->done({}, error);
    });
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
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit > 0 ? std::min(limit, 1000) : 1000));
    query.addQueryItem(QStringLiteral("expand[]"), QStringLiteral("runtime"));
    query.addQueryItem(QStringLiteral("expand[]"), QStringLiteral("sdk"));
    query.addQueryItem(QStringLiteral("expand[]"), QStringLiteral("lastModified"));
    query.addQueryItem(QStringLiteral("expand[]"), QStringLiteral("private"));
    query.addQueryItem(QStringLiteral("expand[]"), QStringLiteral("likes"));
    listPage(apiUrl(QStringLiteral("/api/spaces"), query), std::make_shared<QList<SpaceInfo>>(), limit, std::move(done));
}

void HubClient::listPage(const QUrl &url, std::shared_ptr<QList<SpaceInfo>> collected, int limit, HubCallback<QList<SpaceInfo>> done)
{
    send("GET", url, std::nullopt, true, [this, collected, limit, done](Response response, HubError error) {
        if (error.isError()) {
            done(HubResult<QList<SpaceInfo>>::failure(error));
            return;
        }
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        if (!document.isArray()) {
            done(HubResult<QList<SpaceInfo>>::failure(HubError::badResponse(QStringLiteral("the list of Spaces is not a JSON list"))));
            return;
        }
        for (const QJsonValue &value : document.array()) {
            QString problem;
            auto info = SpaceInfo::fromJson(value, &problem);
            if (!info) {
                done(HubResult<QList<SpaceInfo>>::failure(HubError::badResponse(problem)));
                return;
            }
            collected->append(std::move(*info));
        }
        const bool enough = limit > 0 && collected->size() >= limit;
        const QUrl next = QUrl::fromEncoded(response.nextPage);
        // Only follow pages on the same Hub: the token must not leak to another host.
        if (!enough && next.isValid() && !next.isEmpty() && next.toString().startsWith(m_options.endpoint + u'/')) {
            listPage(next, collected, limit, done);
            return;
        }
        if (limit > 0 && collected->size() > limit)
            collected->resize(limit);
        done(HubResult<QList<SpaceInfo>>::success(*collected));
    });
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
    if (space.isPrivate)
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

SpaceLogStream *HubClient::logs(const QString &id, bool build, bool follow, QObject *parent)
{
    return new SpaceLogStream(this, apiUrl(spacePath(id, build ? QStringLiteral("/logs/build") : QStringLiteral("/logs/run"))), follow,
                              parent);
}

} // namespace hubdeck
