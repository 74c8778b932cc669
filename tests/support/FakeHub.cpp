// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FakeHub.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace hubdeck::test {

namespace {
const QString kUpdatedAt = QStringLiteral("2026-11-20T10:00:00.000Z");

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray errorBody(const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact);
}
} // namespace

FakeHub::FakeHub(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHub::onConnection);
    auto flavor = [](const char *name, const char *pretty, const char *cpu, const char *ram, double perMinute, QJsonValue accelerator) {
        return QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                           {QStringLiteral("prettyName"), QString::fromLatin1(pretty)},
                           {QStringLiteral("cpu"), QString::fromLatin1(cpu)},
                           {QStringLiteral("ram"), QString::fromLatin1(ram)},
                           {QStringLiteral("ephemeralStorage"), QStringLiteral("50 GB")},
                           {QStringLiteral("accelerator"), accelerator},
                           {QStringLiteral("unitCostMicroUSD"), perMinute * 1e6},
                           {QStringLiteral("unitCostUSD"), perMinute},
                           {QStringLiteral("unitLabel"), QStringLiteral("minute")}};
    };
    auto gpu = [](const char *model, const char *vram, int quantity) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("gpu")},
                           {QStringLiteral("model"), QString::fromLatin1(model)},
                           {QStringLiteral("quantity"), QString::number(quantity)},
                           {QStringLiteral("vram"), QString::fromLatin1(vram)},
                           {QStringLiteral("manufacturer"), QStringLiteral("Nvidia")}};
    };
    hardware = QJsonArray{flavor("cpu-basic", "CPU basic", "2 vCPU", "16 GB", 0, QJsonValue::Null),
                          flavor("cpu-upgrade", "CPU upgrade", "8 vCPU", "32 GB", 0.0005, QJsonValue::Null),
                          flavor("t4-small", "Nvidia T4 - small", "4 vCPU", "15 GB", 0.01, gpu("T4", "16 GB", 1)),
                          flavor("t4-medium", "Nvidia T4 - medium", "8 vCPU", "30 GB", 0.015, gpu("T4", "16 GB", 1)),
                          flavor("a10g-large", "Nvidia A10G - large", "12 vCPU", "46 GB", 0.025, gpu("A10G", "24 GB", 1)),
                          flavor("a100-large", "Nvidia A100 - large", "12 vCPU", "142 GB", 0.0417, gpu("A100", "80 GB", 1))};
}

QByteArray FakeHub::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool FakeHub::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0) && m_store.listen();
}

QString FakeHub::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void FakeHub::addDemoSpaces()
{
    addSpace(QStringLiteral("alice/chat-demo"), QStringLiteral("RUNNING"), QStringLiteral("t4-medium"));
    addSpace(QStringLiteral("alice/image-gen"), QStringLiteral("BUILDING"), QStringLiteral("a10g-large"), QStringLiteral("docker"));
    addSpace(QStringLiteral("alice/old-prototype"), QStringLiteral("PAUSED"), QStringLiteral("cpu-upgrade"), QStringLiteral("streamlit"));
    addSpace(QStringLiteral("alice/broken-app"), QStringLiteral("RUNTIME_ERROR"), QStringLiteral("cpu-basic"));
    addSpace(QStringLiteral("alice/docs-site"), QStringLiteral("SLEEPING"), QStringLiteral("cpu-basic"), QStringLiteral("static"));
    addSpace(QStringLiteral("acme/internal-tool"), QStringLiteral("RUNNING"), QStringLiteral("cpu-upgrade"));
    secrets[QStringLiteral("alice/chat-demo")][QStringLiteral("OPENAI_API_KEY")] =
        QJsonObject{{QStringLiteral("description"), QStringLiteral("LLM provider")},
                    {QStringLiteral("updatedAt"), QStringLiteral("2026-11-20T10:00:00.000Z")}};
    secrets[QStringLiteral("alice/chat-demo")][QStringLiteral("HF_TOKEN")] =
        QJsonObject{{QStringLiteral("description"), QStringLiteral("read gated models")},
                    {QStringLiteral("updatedAt"), QStringLiteral("2026-11-02T08:30:00.000Z")}};
    variables[QStringLiteral("alice/chat-demo")][QStringLiteral("MODEL_ID")] =
        QJsonObject{{QStringLiteral("value"), QStringLiteral("meta-llama/Llama-3.1-8B")},
                    {QStringLiteral("updatedAt"), QStringLiteral("2026-11-20T10:00:00.000Z")}};
    logChunks[QStringLiteral("alice/chat-demo/run")] = {
        "data: {\"data\": \"===== Application Startup =====\\n\", \"timestamp\": \"2026-11-24T10:00:00Z\"}\n\n",
        "data: {\"data\": \"Running on local URL:  http://0.0.0.0:7860\\n\", \"timestamp\": \"2026-11-24T10:00:01Z\"}\n\n", "data: \n\n"};
    pageSize = 50;
}

void FakeHub::addSpace(const QString &id, const QString &stage, const QString &hw, const QString &sdk)
{
    spaces[id] = QJsonObject{{QStringLiteral("id"), id},
                             {QStringLiteral("author"), id.section(u'/', 0, 0)},
                             {QStringLiteral("sdk"), sdk},
                             {QStringLiteral("private"), false},
                             {QStringLiteral("lastModified"), QStringLiteral("2026-11-20T09:30:00.000Z")},
                             {QStringLiteral("likes"), 3}};
    runtimes[id] = QJsonObject{
        {QStringLiteral("stage"), stage},
        {QStringLiteral("hardware"), QJsonObject{{QStringLiteral("current"), stage == u"RUNNING" ? QJsonValue(hw) : QJsonValue::Null},
                                                 {QStringLiteral("requested"), hw}}},
        {QStringLiteral("storage"), QJsonValue::Null},
        {QStringLiteral("gcTimeout"), hw == u"cpu-basic" ? QJsonValue(172800) : QJsonValue(3600)},
        {QStringLiteral("replicas"), QJsonObject{{QStringLiteral("requested"), 1}}},
        {QStringLiteral("devMode"), false},
        {QStringLiteral("domains"),
         QJsonArray{QJsonObject{{QStringLiteral("domain"), QString(id).replace(u'/', u'-') + QStringLiteral(".hf.space")},
                                {QStringLiteral("stage"), QStringLiteral("READY")}}}}};
}

void FakeHub::failNext(const QString &pathSuffix, const Canned &canned, int count)
{
    m_pending.append({pathSuffix, canned, count});
}

void FakeHub::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            qsizetype length = 0;
            Request request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            const QUrl url(QString::fromLatin1(first.value(1)));
            request.path = url.path();
            request.query = QUrlQuery(url.query());
            for (const QByteArray &line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                request.headers.append({line.left(colon).trimmed(), value});
                if (name == "content-length")
                    length = value.toLongLong();
                else if (name == "authorization")
                    request.authorization = value;
                else if (name == "user-agent")
                    request.userAgent = value;
            }
            if (buffer->size() < headerEnd + 4 + length)
                return;
            request.body = buffer->mid(headerEnd + 4, length);
            buffer->clear();
            m_requests.append(request);
            handle(socket, request);
        });
    }
}

void FakeHub::reply(QTcpSocket *socket, int status, const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers,
                    const QByteArray &contentType)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    m_sent += head + body;
    socket->write(head + body);
    socket->disconnectFromHost();
}

qint64 FakeHub::nowMs() const
{
    return clock ? clock() : m_clock.elapsed();
}

int FakeHub::apiRequestCount(const QString &pathPrefix) const
{
    int count = 0;
    for (const Request &request : m_requests)
        count += request.path.startsWith(pathPrefix) ? 1 : 0;
    return count;
}

void FakeHub::handle(QTcpSocket *socket, const Request &request)
{
    // The Hub's fixed window over its API bucket: every answer says what is left, a request
    // past the quota gets a 429 that says how long to wait.
    QList<std::pair<QByteArray, QByteArray>> extra = extraHeaders;
    if (rateLimitQuota > 0 && request.path.startsWith(u"/api/")) {
        const qint64 windowMs = qint64(rateLimitWindowSeconds) * 1000;
        const qint64 window = nowMs() / windowMs;
        if (window != m_window) {
            m_window = window;
            m_windowUsed = 0;
        }
        ++m_windowUsed;
        const qint64 reset = ((window + 1) * windowMs - nowMs() + 999) / 1000;
        const qint64 left = std::max<qint64>(0, rateLimitQuota - m_windowUsed);
        extra.append({"RateLimit", "\"api\";r=" + QByteArray::number(left) + ";t=" + QByteArray::number(reset)});
        extra.append({"RateLimit-Policy", "\"fixed window\";\"api\";q=" + QByteArray::number(rateLimitQuota) +
                                              ";w=" + QByteArray::number(rateLimitWindowSeconds)});
        if (m_windowUsed > rateLimitQuota) {
            ++rateLimited;
            extra.append({"Retry-After", QByteArray::number(reset)});
            reply(socket, 429, errorBody(QStringLiteral("You have exceeded our hourly quotas for action 'api'")), extra);
            return;
        }
    }
    for (int i = 0; i < m_pending.size(); ++i) {
        Pending &pending = m_pending[i];
        if (pending.suffix != u"*" && !request.path.endsWith(pending.suffix))
            continue;
        Canned canned = pending.canned;
        if (--pending.count <= 0)
            m_pending.removeAt(i);
        if (canned.silent)
            return; // keep the connection open, say nothing
        if (canned.routed) {
            bool streamed = false;
            const Canned answer = route(request, streamed, socket);
            if (streamed)
                return;
            const int delayMs = canned.delayMs;
            canned = answer;
            canned.delayMs = delayMs;
        }
        if (canned.delayMs > 0) {
            QTimer::singleShot(canned.delayMs, this, [this, socket = QPointer<QTcpSocket>(socket), canned, extra] {
                if (socket)
                    reply(socket, canned.status, canned.body, canned.headers + extra);
            });
            return;
        }
        reply(socket, canned.status, canned.body, canned.headers + extra);
        return;
    }
    bool streamed = false;
    const Canned answer = route(request, streamed, socket);
    if (!streamed)
        reply(socket, answer.status, answer.body, answer.headers + extra);
}

QJsonObject FakeHub::spaceJson(const QString &id, bool withRuntime) const
{
    QJsonObject object = spaces.value(id);
    if (withRuntime)
        object.insert(QStringLiteral("runtime"), runtimes.value(id));
    return object;
}

FakeHub::Canned FakeHub::route(const Request &request, bool &streamed, QTcpSocket *socket)
{
    auto json = [](const QJsonValue &value, int status = 200) {
        Canned canned;
        canned.status = status;
        canned.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                      : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        return canned;
    };
    auto error = [](int status, const QString &message, const QByteArray &code = {}) {
        Canned canned;
        canned.status = status;
        canned.body = errorBody(message);
        canned.headers.append({"X-Error-Message", message.toUtf8()});
        if (!code.isEmpty())
            canned.headers.append({"X-Error-Code", code});
        return canned;
    };
    Account caller{token, user, orgs, QStringLiteral("laptop")};
    bool authorized = request.authorization == "Bearer " + token.toUtf8();
    for (const Account &other : std::as_const(otherAccounts)) {
        if (!authorized && request.authorization == "Bearer " + other.token.toUtf8()) {
            caller = other;
            authorized = true;
        }
    }
    const QString path = request.path;

    if (path == u"/api/whoami-v2") {
        if (!authorized)
            return error(401, QStringLiteral("Invalid credentials in Authorization header"));
        QJsonArray orgArray;
        for (const QString &org : std::as_const(caller.orgs))
            orgArray.append(QJsonObject{{QStringLiteral("name"), org}});
        return json(QJsonObject{{QStringLiteral("type"), QStringLiteral("user")},
                                {QStringLiteral("name"), caller.user},
                                {QStringLiteral("fullname"), caller.user == u"alice" ? QStringLiteral("Alice Example") : caller.user},
                                {QStringLiteral("orgs"), orgArray},
                                {QStringLiteral("auth"), QJsonObject{{QStringLiteral("accessToken"),
                                                                      QJsonObject{{QStringLiteral("displayName"), caller.tokenName},
                                                                                  {QStringLiteral("role"), QStringLiteral("write")}}}}}});
    }
    if (path == u"/api/spaces/hardware")
        return json(hardware);
    if (path == u"/api/spaces/templates" && request.method == "GET")
        return json(QJsonObject{{QStringLiteral("templates"), templates}});
    if (path == u"/api/spaces" && request.method == "GET") {
        const QString author = request.query.queryItemValue(QStringLiteral("author"));
        // As the Hub: a Space's runtime only when asked for with expand[]=runtime.
        const bool withRuntime = request.query.allQueryItemValues(QStringLiteral("expand[]")).contains(QStringLiteral("runtime")) ||
                                 request.query.allQueryItemValues(QStringLiteral("expand%5B%5D")).contains(QStringLiteral("runtime"));
        QJsonArray all;
        for (auto it = spaces.cbegin(); it != spaces.cend(); ++it)
            if (it.value().value(QStringLiteral("author")).toString() == author &&
                (!listedOnlyTo.contains(it.key()) || listedOnlyTo.value(it.key()).contains(caller.user)))
                all.append(spaceJson(it.key(), withRuntime));
        const int cursor = request.query.queryItemValue(QStringLiteral("cursor")).toInt();
        const int limit = request.query.hasQueryItem(QStringLiteral("limit"))
                              ? std::min(pageSize, request.query.queryItemValue(QStringLiteral("limit")).toInt())
                              : pageSize;
        QJsonArray page;
        for (int i = cursor; i < all.size() && i < cursor + limit; ++i)
            page.append(all[i]);
        Canned canned = json(page);
        // The next page's link keeps the query (author, limit, expand[]), as the Hub's does.
        if (cursor + limit < all.size()) {
            QUrlQuery next(request.query);
            next.removeAllQueryItems(QStringLiteral("cursor"));
            next.addQueryItem(QStringLiteral("cursor"), QString::number(cursor + limit));
            canned.headers.append({QByteArrayLiteral("Link"), "<" + endpoint().toUtf8() + "/api/spaces?" +
                                                                  next.query(QUrl::FullyEncoded).toUtf8() + ">; rel=\"next\""});
        }
        return canned;
    }
    if (path == u"/api/repos/create" && request.method == "POST") {
        if (!authorized)
            return error(401, QStringLiteral("Invalid credentials in Authorization header"));
        const QJsonObject body = request.json();
        const QString owner = body.value(QStringLiteral("organization")).toString(caller.user); // the token's user
        const QString id = owner + u'/' + body.value(QStringLiteral("name")).toString();
        if (spaces.contains(id))
            return error(409, QStringLiteral("You already created this space repo"), "RepoExists");
        addSpace(id, QStringLiteral("BUILDING"), body.value(QStringLiteral("hardware")).toString(QStringLiteral("cpu-basic")),
                 body.value(QStringLiteral("sdk")).toString());
        return json(QJsonObject{{QStringLiteral("url"), QStringLiteral("https://huggingface.co/spaces/") + id},
                                {QStringLiteral("name"), id},
                                {QStringLiteral("id"), id}});
    }

    if (path.startsWith(u"/spaces/") && path.contains(QStringLiteral(".git/info/lfs/objects/"))) {
        const QString id = path.mid(8).section(QStringLiteral(".git/"), 0, 0);
        if (!spaces.contains(id))
            return error(404, QStringLiteral("Repository not found"), "RepoNotFound");
        if (!authorized)
            return error(401, QStringLiteral("Invalid credentials in Authorization header"));
        if (path.endsWith(u"/batch"))
            return lfsBatch(id, request);
        if (path.endsWith(u"/verify")) {
            const QString oid = request.json().value(QStringLiteral("oid")).toString();
            if (!m_store.objects.contains(oid))
                return error(404, QStringLiteral("Object not found"));
            return json(QJsonObject{});
        }
        return error(404, QStringLiteral("Not found"));
    }

    static const QString prefix = QStringLiteral("/api/spaces/");
    if (!path.startsWith(prefix))
        return error(404, QStringLiteral("Not found"));
    const QStringList parts = path.mid(prefix.size()).split(u'/');
    if (parts.size() < 2)
        return error(404, QStringLiteral("Not found"));
    const QString id = parts[0] + u'/' + parts[1];
    const QString action = parts.mid(2).join(u'/');
    if (!spaces.contains(id))
        return error(404, QStringLiteral("Repository not found"), "RepoNotFound");
    if (!authorized && !(request.method == "GET" && (action.isEmpty() || action == u"runtime")))
        return error(401, QStringLiteral("Invalid credentials in Authorization header"));
    QJsonObject &runtime = runtimes[id];
    const QJsonObject body = request.json();
    auto hardwareObject = [&] { return runtime.value(QStringLiteral("hardware")).toObject(); };

    if (action.isEmpty())
        return json(spaceJson(id));
    if (action.startsWith(u"preupload/") && request.method == "POST") {
        QJsonArray files;
        for (const QJsonValue &value : body.value(QStringLiteral("files")).toArray()) {
            const QJsonObject file = value.toObject();
            const QString filePath = file.value(QStringLiteral("path")).toString();
            const bool lfs = lfsPaths.contains(filePath) || file.value(QStringLiteral("size")).toDouble() >= double(lfsThreshold);
            QJsonObject entry{{QStringLiteral("path"), filePath},
                              {QStringLiteral("uploadMode"), lfs ? QStringLiteral("lfs") : QStringLiteral("regular")},
                              {QStringLiteral("shouldIgnore"), ignoredPaths.contains(filePath)}};
            if (remoteOids.contains(filePath))
                entry.insert(QStringLiteral("oid"), remoteOids.value(filePath));
            files.append(entry);
        }
        return json(QJsonObject{{QStringLiteral("files"), files}});
    }
    if (action.startsWith(u"commit/") && request.method == "POST")
        return commit(id, request);
    if (action.startsWith(u"tree/") && request.method == "GET")
        return tree(action, request);
    if (action == u"runtime") {
        if (QStringList &stages = nextStages[id]; !stages.isEmpty())
            runtime.insert(QStringLiteral("stage"), stages.takeFirst());
        return json(runtime);
    }
    if (action == u"pause" && request.method == "POST") {
        runtime.insert(QStringLiteral("stage"), QStringLiteral("PAUSED"));
        QJsonObject hw = hardwareObject();
        hw.insert(QStringLiteral("current"), QJsonValue::Null);
        runtime.insert(QStringLiteral("hardware"), hw);
        return json(runtime);
    }
    if (action == u"restart" && request.method == "POST") {
        const bool factory = request.query.queryItemValue(QStringLiteral("factory")) == u"true";
        runtime.insert(QStringLiteral("stage"), factory ? QStringLiteral("BUILDING") : QStringLiteral("APP_STARTING"));
        return json(runtime);
    }
    if (action == u"hardware" && request.method == "POST") {
        QJsonObject hw = hardwareObject();
        hw.insert(QStringLiteral("requested"), body.value(QStringLiteral("flavor")));
        runtime.insert(QStringLiteral("hardware"), hw);
        runtime.insert(QStringLiteral("stage"), QStringLiteral("BUILDING"));
        if (body.contains(QStringLiteral("sleepTimeSeconds")))
            runtime.insert(QStringLiteral("gcTimeout"), body.value(QStringLiteral("sleepTimeSeconds")));
        return json(runtime);
    }
    if (action == u"sleeptime" && request.method == "POST") {
        if (hardwareObject().value(QStringLiteral("requested")).toString() == u"cpu-basic")
            return error(400, QStringLiteral("Sleep time can only be configured on upgraded hardware"));
        const int seconds = body.value(QStringLiteral("seconds")).toInt();
        runtime.insert(QStringLiteral("gcTimeout"), seconds < 0 ? QJsonValue::Null : QJsonValue(seconds));
        return json(runtime);
    }
    if (action == u"storage") {
        if (request.method == "DELETE") {
            runtime.insert(QStringLiteral("storage"), QJsonValue::Null);
            return json(runtime);
        }
        static const QStringList tiers{QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large")};
        const QString tier = body.value(QStringLiteral("tier")).toString();
        const QString current = runtime.value(QStringLiteral("storage")).toString();
        if (!tiers.contains(tier))
            return error(400, QStringLiteral("Invalid storage tier"));
        if (!current.isEmpty() && tiers.indexOf(tier) < tiers.indexOf(current))
            return error(400, QStringLiteral("Cannot downgrade storage; delete it first"));
        runtime.insert(QStringLiteral("storage"), tier);
        return json(runtime);
    }
    if (action == u"volumes") {
        runtime.insert(QStringLiteral("volumes"),
                       request.method == "DELETE" ? QJsonArray() : body.value(QStringLiteral("volumes")).toArray());
        return json(runtime);
    }
    if (action == u"dev-mode" && request.method == "POST") {
        runtime.insert(QStringLiteral("devMode"), body.value(QStringLiteral("enabled")).toBool());
        return json(runtime);
    }
    if (action == u"secrets" || action == u"variables") {
        const bool isSecret = action == u"secrets";
        QMap<QString, QJsonObject> &store = isSecret ? secrets[id] : variables[id];
        if (request.method == "POST") {
            QJsonObject entry{{QStringLiteral("updatedAt"), kUpdatedAt}};
            if (body.contains(QStringLiteral("description")))
                entry.insert(QStringLiteral("description"), body.value(QStringLiteral("description")));
            if (!isSecret)
                entry.insert(QStringLiteral("value"), body.value(QStringLiteral("value")));
            store[body.value(QStringLiteral("key")).toString()] = entry;
            if (isSecret)
                return json(QJsonObject{});
        } else if (request.method == "DELETE") {
            store.remove(body.value(QStringLiteral("key")).toString());
            if (isSecret)
                return json(QJsonObject{});
        }
        QJsonObject all;
        for (auto it = store.cbegin(); it != store.cend(); ++it)
            all.insert(it.key(), it.value());
        return json(all);
    }
    if (action == u"logs/run" || action == u"logs/build") {
        streamed = true;
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n";
        m_sent += head;
        socket->write(head);
        const QList<QByteArray> chunks = logChunks.value(id + u'/' + action.section(u'/', 1));
        auto index = std::make_shared<int>(0);
        auto *timer = new QTimer(socket);
        timer->setInterval(5);
        connect(timer, &QTimer::timeout, socket, [this, socket, timer, chunks, index] {
            if (*index >= chunks.size() && !logRepeat.isEmpty()) {
                if (timer->interval() != logRepeatIntervalMs)
                    timer->setInterval(logRepeatIntervalMs);
                // Fill up to 1 MiB queued: a flood as fast as the client takes it.
                do {
                    if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesToWrite() >= 1024 * 1024)
                        break;
                    if (socket->write(logRepeat) < 0)
                        break; // the client is gone
                    logRepeatSent += logRepeat.size();
                } while (logRepeatIntervalMs == 0);
                return;
            }
            if (*index >= chunks.size()) {
                timer->stop();
                if (!keepLogsOpen)
                    socket->disconnectFromHost();
                return;
            }
            m_sent += chunks[*index];
            socket->write(chunks[(*index)++]);
            socket->flush();
        });
        timer->start();
        return {};
    }
    if (action == u"duplicate" && request.method == "POST") {
        const QString target = body.value(QStringLiteral("repository")).toString(user + u'/' + parts[1]);
        if (spaces.contains(target))
            return error(409, QStringLiteral("You already created this space repo"), "RepoExists");
        addSpace(target, QStringLiteral("BUILDING"), body.value(QStringLiteral("hardware")).toString(QStringLiteral("cpu-basic")),
                 spaces.value(id).value(QStringLiteral("sdk")).toString());
        return json(QJsonObject{{QStringLiteral("url"), QStringLiteral("https://huggingface.co/spaces/") + target}});
    }
    return error(404, QStringLiteral("Not found"));
}

FakeHub::Canned FakeHub::lfsBatch(const QString &id, const Request &request)
{
    const QJsonObject body = request.json();
    QJsonArray answered;
    for (const QJsonValue &value : body.value(QStringLiteral("objects")).toArray()) {
        const QString oid = value.toObject().value(QStringLiteral("oid")).toString();
        const qint64 size = qint64(value.toObject().value(QStringLiteral("size")).toDouble());
        QJsonObject object{{QStringLiteral("oid"), oid}, {QStringLiteral("size"), QJsonValue(size)}};
        if (!m_store.objects.contains(oid)) {
            QJsonObject upload;
            if (multipartChunkSize > 0 && size > multipartChunkSize) {
                QJsonObject header{{QStringLiteral("chunk_size"), QString::number(multipartChunkSize)}};
                for (qint64 part = 1; (part - 1) * multipartChunkSize < size; ++part)
                    header.insert(QString::number(part),
                                  m_store.endpoint() + QStringLiteral("/parts/%1/%2?X-Amz-Signature=s%2").arg(oid).arg(part));
                upload = QJsonObject{{QStringLiteral("href"), m_store.endpoint() + QStringLiteral("/complete/") + oid},
                                     {QStringLiteral("header"), header}};
            } else {
                upload = QJsonObject{
                    {QStringLiteral("href"), m_store.endpoint() + QStringLiteral("/objects/") + oid},
                    {QStringLiteral("header"), QJsonObject{{QStringLiteral("X-Store-Ticket"), QStringLiteral("ticket-") + oid.left(8)}}}};
            }
            QJsonObject actions{{QStringLiteral("upload"), upload}};
            if (verifyAction)
                actions.insert(
                    QStringLiteral("verify"),
                    QJsonObject{{QStringLiteral("href"), endpoint() + QStringLiteral("/spaces/%1.git/info/lfs/objects/verify").arg(id)},
                                {QStringLiteral("header"), QJsonObject{{QStringLiteral("X-Verify-Ticket"), QStringLiteral("v")}}}});
            object.insert(QStringLiteral("actions"), actions);
        }
        answered.append(object);
    }
    Canned canned;
    canned.body = QJsonDocument(QJsonObject{{QStringLiteral("transfer"), QStringLiteral("basic")}, {QStringLiteral("objects"), answered}})
                      .toJson(QJsonDocument::Compact);
    return canned;
}

FakeHub::Canned FakeHub::commit(const QString &id, const Request &request)
{
    auto refuse = [](int status, const QString &message) {
        Canned canned;
        canned.status = status;
        canned.body = errorBody(message);
        canned.headers.append({"X-Error-Message", message.toUtf8()});
        return canned;
    };
    if (!request.header("Content-Type").startsWith("application/x-ndjson"))
        return refuse(400, QStringLiteral("Expected application/x-ndjson"));
    QList<QJsonObject> lines;
    const QList<QByteArray> raw = request.body.split('\n');
    for (int i = 0; i < raw.size(); ++i) {
        if (raw[i].isEmpty() && i == raw.size() - 1)
            break;
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(raw[i], &parseError);
        if (!document.isObject())
            return refuse(400, QStringLiteral("Line %1 is not a JSON object").arg(i + 1));
        lines.append(document.object());
    }
    if (lines.isEmpty() || lines.first().value(QStringLiteral("key")).toString() != u"header")
        return refuse(400, QStringLiteral("The first line must be the header"));
    // Check everything before changing anything: a refused commit changes nothing.
    QMap<QString, QString> next = remoteOids;
    QMap<QString, qint64> nextSizes = remoteSizes;
    for (const QJsonObject &line : lines.mid(1)) {
        const QString key = line.value(QStringLiteral("key")).toString();
        const QJsonObject value = line.value(QStringLiteral("value")).toObject();
        const QString filePath = value.value(QStringLiteral("path")).toString();
        if (key == u"file") {
            const QByteArray content = QByteArray::fromBase64(value.value(QStringLiteral("content")).toString().toLatin1());
            QCryptographicHash sha1(QCryptographicHash::Sha1);
            sha1.addData("blob " + QByteArray::number(content.size()) + '\0');
            sha1.addData(content);
            next.insert(filePath, QString::fromLatin1(sha1.result().toHex()));
            nextSizes.insert(filePath, content.size());
        } else if (key == u"lfsFile") {
            const QString oid = value.value(QStringLiteral("oid")).toString();
            if (!m_store.objects.contains(oid))
                return refuse(422, QStringLiteral("Your push was rejected because an LFS pointer pointed to a file that does not exist"));
            next.insert(filePath, oid);
            nextSizes.insert(filePath, qint64(value.value(QStringLiteral("size")).toDouble()));
        } else if (key == u"deletedFile") {
            if (!next.contains(filePath))
                return refuse(404, QStringLiteral("A file with this name doesn't exist"));
            next.remove(filePath);
            nextSizes.remove(filePath);
        } else {
            return refuse(400, QStringLiteral("Unknown key %1").arg(key));
        }
    }
    remoteOids = next;
    remoteSizes = nextSizes;
    commits.append(lines);
    const QString oid = QString::fromLatin1(QCryptographicHash::hash(request.body, QCryptographicHash::Sha1).toHex());
    Canned canned;
    canned.body =
        QJsonDocument(QJsonObject{{QStringLiteral("commitUrl"), QStringLiteral("https://huggingface.co/spaces/%1/commit/%2").arg(id, oid)},
                                  {QStringLiteral("commitOid"), oid},
                                  {QStringLiteral("success"), true}})
            .toJson(QJsonDocument::Compact);
    return canned;
}

FakeHub::Canned FakeHub::tree(const QString &action, const Request &request)
{
    auto notFound = [](const QString &message, const QByteArray &code) {
        Canned canned;
        canned.status = 404;
        canned.body = errorBody(message);
        canned.headers = {{"X-Error-Message", message.toUtf8()}, {"X-Error-Code", code}};
        return canned;
    };
    // tree/{revision}[/{path}]: the path arrives percent-decoded, '/' and all.
    const QString revision = action.section(u'/', 1, 1);
    const QString under = action.section(u'/', 2);
    if (revision != u"main")
        return notFound(QStringLiteral("Invalid rev id: %1").arg(revision), "RevisionNotFound");
    QMap<QString, QJsonObject> entries; // path -> entry, folders included
    for (auto it = remoteOids.cbegin(); it != remoteOids.cend(); ++it) {
        if (!under.isEmpty() && !it.key().startsWith(under + u'/'))
            continue;
        const QStringList parts = it.key().split(u'/');
        for (qsizetype depth = 1; depth < parts.size(); ++depth) {
            const QString folder = parts.mid(0, depth).join(u'/');
            if (under.isEmpty() || folder.startsWith(under + u'/'))
                entries.insert(folder, QJsonObject{{QStringLiteral("type"), QStringLiteral("directory")},
                                                   {QStringLiteral("oid"), QString(40, u'd')},
                                                   {QStringLiteral("size"), 0},
                                                   {QStringLiteral("path"), folder}});
        }
        entries.insert(it.key(), QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                                             {QStringLiteral("oid"), it.value()},
                                             {QStringLiteral("size"), double(remoteSizes.value(it.key()))},
                                             {QStringLiteral("path"), it.key()}});
    }
    if (!under.isEmpty() && entries.isEmpty())
        return notFound(QStringLiteral("Entry not found"), "EntryNotFound");
    const QList<QJsonObject> all = entries.values();
    const int cursor = request.query.queryItemValue(QStringLiteral("cursor")).toInt();
    QJsonArray page;
    for (qsizetype i = cursor; i < all.size() && i < cursor + treePageSize; ++i)
        page.append(all[i]);
    Canned canned;
    canned.body = QJsonDocument(page).toJson(QJsonDocument::Compact);
    if (cursor + treePageSize < all.size()) {
        QUrlQuery next(request.query);
        next.removeAllQueryItems(QStringLiteral("cursor"));
        next.addQueryItem(QStringLiteral("cursor"), QString::number(cursor + treePageSize));
        canned.headers.append({"Link", "<" + endpoint().toUtf8() + request.target.left(request.target.indexOf('?')) + '?' +
                                           next.query(QUrl::FullyEncoded).toUtf8() + ">; rel=\"next\""});
    }
    return canned;
}

} // namespace hubdeck::test
