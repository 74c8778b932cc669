// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FakeHub.h"
#include "HubAwait.h"
#include "HubClient.h"
#include "SpaceLogStream.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace hubdeck;
using hubdeck::test::await;
using hubdeck::test::FakeHub;

namespace {

FakeHub::Canned canned(int status, const QByteArray &body = "{}", QList<std::pair<QByteArray, QByteArray>> headers = {})
{
    FakeHub::Canned c;
    c.status = status;
    c.body = body;
    c.headers = std::move(headers);
    return c;
}

} // namespace

class TestHubClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHub> m_hub;
    std::unique_ptr<HubClient> m_client;

    std::unique_ptr<HubClient> makeClient(const QString &endpoint, int timeoutMs = 5000, const QString &token = {})
    {
        HubClient::Options options;
        options.endpoint = endpoint;
        options.token = token.isNull() ? m_hub->token : token;
        options.timeoutMs = timeoutMs;
        options.firstBackoffMs = 20;
        return std::make_unique<HubClient>(options);
    }
    void checkAuth(const FakeHub::Request &request)
    {
        QCOMPARE(request.authorization, QByteArray("Bearer " + m_hub->token.toUtf8()));
        QVERIFY(request.userAgent.startsWith("hubdeck/"));
    }

private Q_SLOTS:
    // A callback bound to a context runs while the context lives and never after, however late
    // the Hub answers: a dialog closed first is not called back.
    void callbackInContextIsDroppedWithItsContext()
    {
        int calls = 0;
        auto context = std::make_unique<QObject>();
        const HubCallback<int> callback = inContext(context.get(), [&calls](HubResult<int> result) { calls += *result.value; });
        callback(HubResult<int>::success(2));
        QCOMPARE(calls, 2);
        context.reset();
        callback(HubResult<int>::success(5));
        QCOMPARE(calls, 2);
    }

    void init()
    {
        m_hub = std::make_unique<FakeHub>();
        QVERIFY(m_hub->listen());
        m_hub->addSpace(QStringLiteral("alice/one"), QStringLiteral("RUNNING"), QStringLiteral("t4-medium"));
        m_hub->addSpace(QStringLiteral("alice/two"), QStringLiteral("BUILDING"));
        m_hub->addSpace(QStringLiteral("alice/three"), QStringLiteral("PAUSED"), QStringLiteral("cpu-upgrade"));
        m_hub->addSpace(QStringLiteral("alice/four"), QStringLiteral("SLEEPING"));
        m_hub->addSpace(QStringLiteral("alice/five"), QStringLiteral("BRAND_NEW_STAGE"), QStringLiteral("h100x9"));
        m_hub->addSpace(QStringLiteral("acme/tool"), QStringLiteral("RUNNING"));
        m_client = makeClient(m_hub->endpoint());
    }

    void whoami()
    {
        const auto result = await<WhoAmI>([&](auto done) { m_client->whoami(done); });
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.value->name, QStringLiteral("alice"));
        QCOMPARE(result.value->orgs, QStringList{QStringLiteral("acme")});
        QCOMPARE(result.value->tokenRole, QStringLiteral("write"));
        QCOMPARE(m_hub->lastRequest().method, QByteArray("GET"));
        QCOMPARE(m_hub->lastRequest().path, QStringLiteral("/api/whoami-v2"));
        checkAuth(m_hub->lastRequest());
    }

    void listSpacesFollowsPagination()
    {
        const auto result = await<QList<SpaceInfo>>([&](auto done) { m_client->listSpaces(QStringLiteral("alice"), done); });
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.value->size(), 5);
        QCOMPARE(m_hub->requests().size(), 3); // pages of 2
        for (const auto &request : m_hub->requests()) {
            QCOMPARE(request.path, QStringLiteral("/api/spaces"));
            QCOMPARE(request.query.queryItemValue(QStringLiteral("author")), QStringLiteral("alice"));
            checkAuth(request);
        }
        QStringList ids;
        for (const SpaceInfo &space : *result.value)
            ids.append(space.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("alice/five"), QStringLiteral("alice/four"), QStringLiteral("alice/one"),
                                   QStringLiteral("alice/three"), QStringLiteral("alice/two")}));
        // Unknown stages and flavours come through as they are.
        QCOMPARE(result.value->first().runtime->stage, QStringLiteral("BRAND_NEW_STAGE"));
        QCOMPARE(result.value->first().runtime->requestedHardware, QStringLiteral("h100x9"));
    }

    void paginationNeverLeavesTheEndpoint()
    {
        m_hub->failNext(QStringLiteral("/api/spaces"),
                        canned(200, "[]", {{"Link", "<http://198.51.100.7/api/spaces?cursor=2>; rel=\"next\""}}));
        const auto result = await<QList<SpaceInfo>>([&](auto done) { m_client->listSpaces(QStringLiteral("alice"), done); });
        // Said, not silently cut short: a partial list would look like the whole one.
        QCOMPARE(result.error.kind, HubError::Kind::RefusedRedirect);
        QVERIFY(result.error.message().contains(QStringLiteral("198.51.100.7")));
        QCOMPARE(m_hub->requests().size(), 1);
    }

    // The tree listing: every file under the path, folders left out, across Link pages, with
    // huggingface_hub's query; its 404s told apart by the Hub's X-Error-Code.
    void listRepoFilesFollowsPagesAndLeavesFoldersOut()
    {
        m_hub->remoteOids = {{QStringLiteral("app.py"), QString(40, u'a')},
                             {QStringLiteral("src/a.py"), QString(40, u'b')},
                             {QStringLiteral("src/deep/b.py"), QString(40, u'c')},
                             {QStringLiteral("src/deep/c.bin"), QString(64, u'e')},
                             {QStringLiteral("README.md"), QString(40, u'f')}};
        m_hub->treePageSize = 2; // 7 entries with the folders: 4 pages
        const auto all = await<QStringList>(
            [&](auto done) { m_client->listRepoFiles(RepoType::Space, QStringLiteral("alice/one"), QStringLiteral("main"), {}, done); });
        QVERIFY2(all.ok(), qPrintable(all.error.message()));
        QCOMPARE(all.value->size(), 5);
        QVERIFY(!all.value->contains(QStringLiteral("src")) && !all.value->contains(QStringLiteral("src/deep")));
        QCOMPARE(QSet<QString>(all.value->cbegin(), all.value->cend()),
                 (QSet<QString>{QStringLiteral("app.py"), QStringLiteral("src/a.py"), QStringLiteral("src/deep/b.py"),
                                QStringLiteral("src/deep/c.bin"), QStringLiteral("README.md")}));
        QCOMPARE(m_hub->requests().size(), 4);
        for (const auto &request : m_hub->requests()) {
            QCOMPARE(request.method, QByteArray("GET"));
            QCOMPARE(request.path, QStringLiteral("/api/spaces/alice/one/tree/main"));
            QCOMPARE(request.query.queryItemValue(QStringLiteral("recursive")), QStringLiteral("true"));
            QCOMPARE(request.query.queryItemValue(QStringLiteral("expand")), QStringLiteral("false"));
            checkAuth(request);
        }

        m_hub->clearRequests();
        const auto under = await<QStringList>([&](auto done) {
            m_client->listRepoFiles(RepoType::Space, QStringLiteral("alice/one"), QStringLiteral("main"), QStringLiteral("src/deep"), done);
        });
        QVERIFY(under.ok());
        QCOMPARE(QSet<QString>(under.value->cbegin(), under.value->cend()),
                 (QSet<QString>{QStringLiteral("src/deep/b.py"), QStringLiteral("src/deep/c.bin")}));
        // The path goes percent-encoded whole, '/' included, as huggingface_hub sends it.
        QVERIFY(m_hub->requests().first().target.startsWith("/api/spaces/alice/one/tree/main/src%2Fdeep?"));
    }

    void listRepoFilesOfAPathNotThereYetIsEmpty()
    {
        m_hub->remoteOids = {{QStringLiteral("app.py"), QString(40, u'a')}};
        const auto result = await<QStringList>([&](auto done) {
            m_client->listRepoFiles(RepoType::Space, QStringLiteral("alice/one"), QStringLiteral("main"), QStringLiteral("docs"), done);
        });
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QVERIFY(result.value->isEmpty());
    }

    void listRepoFilesOfAMissingRepoOrRevisionIsAnError()
    {
        const auto repo = await<QStringList>([&](auto done) {
            m_client->listRepoFiles(RepoType::Space, QStringLiteral("alice/nowhere"), QStringLiteral("main"), QStringLiteral("docs"), done);
        });
        QCOMPARE(repo.error.kind, HubError::Kind::NotFound);
        QCOMPARE(repo.error.hubCode, QStringLiteral("RepoNotFound"));
        const auto revision = await<QStringList>(
            [&](auto done) { m_client->listRepoFiles(RepoType::Space, QStringLiteral("alice/one"), QStringLiteral("v9"), {}, done); });
        QCOMPARE(revision.error.kind, HubError::Kind::NotFound);
        QCOMPARE(revision.error.hubCode, QStringLiteral("RevisionNotFound"));
        // A 404 without the Hub's EntryNotFound is not taken for an empty folder.
        m_hub->failNext(QStringLiteral("/docs"), canned(404, R"({"error":"Not Found"})"));
        const auto bare = await<QStringList>([&](auto done) {
            m_client->listRepoFiles(RepoType::Space, QStringLiteral("alice/one"), QStringLiteral("main"), QStringLiteral("docs"), done);
        });
        QCOMPARE(bare.error.kind, HubError::Kind::NotFound);
    }

    void listRepoFilesRefusesBadPagesAndOtherOrigins()
    {
        m_hub->failNext(QStringLiteral("/tree/main"),
                        canned(200, R"([{"type":"file","oid":"a","size":1,"path":"a.py"}])",
                               {{"Link", "<http://198.51.100.7/api/spaces/alice/one/tree/main?cursor=1>; rel=\"next\""}}));
        const auto away = await<QStringList>(
            [&](auto done) { m_client->listRepoFiles(RepoType::Space, QStringLiteral("alice/one"), QStringLiteral("main"), {}, done); });
        QCOMPARE(away.error.kind, HubError::Kind::RefusedRedirect);
        QCOMPARE(m_hub->requests().size(), 1);
        m_hub->failNext(QStringLiteral("/tree/main"), canned(200, R"({"files":[]})"));
        const auto notList = await<QStringList>(
            [&](auto done) { m_client->listRepoFiles(RepoType::Space, QStringLiteral("alice/one"), QStringLiteral("main"), {}, done); });
        QCOMPARE(notList.error.kind, HubError::Kind::BadResponse);
        QVERIFY(notList.error.message().contains(QStringLiteral("the list of files is not a JSON list")));
        m_hub->failNext(QStringLiteral("/tree/main"), canned(200, R"([{"type":"symlink","path":"x"}])"));
        const auto badEntry = await<QStringList>(
            [&](auto done) { m_client->listRepoFiles(RepoType::Space, QStringLiteral("alice/one"), QStringLiteral("main"), {}, done); });
        QCOMPARE(badEntry.error.kind, HubError::Kind::BadResponse);
        // A page linking back to itself ends the listing instead of looping.
        m_hub->failNext(QStringLiteral("/tree/main"),
                        canned(200, "[]",
                               {{"Link", "<" + m_hub->endpoint().toUtf8() +
                                             "/api/spaces/alice/one/tree/main?recursive=true&expand=false>; rel=\"next\""}}));
        const auto loop = await<QStringList>(
            [&](auto done) { m_client->listRepoFiles(RepoType::Space, QStringLiteral("alice/one"), QStringLiteral("main"), {}, done); });
        QCOMPARE(loop.error.kind, HubError::Kind::BadResponse);
    }

    void listLimit()
    {
        const auto result = await<QList<SpaceInfo>>([&](auto done) { m_client->listSpaces(QStringLiteral("alice"), done, 3); });
        QVERIFY(result.ok());
        QCOMPARE(result.value->size(), 3);
    }

    void runtimeFields()
    {
        const auto result = await<SpaceRuntime>([&](auto done) { m_client->runtime(QStringLiteral("alice/one"), done); });
        QVERIFY(result.ok());
        QCOMPARE(result.value->stage, QStringLiteral("RUNNING"));
        QCOMPARE(result.value->hardware, QStringLiteral("t4-medium"));
        QCOMPARE(result.value->requestedHardware, QStringLiteral("t4-medium"));
        QCOMPARE(result.value->sleepTime, std::optional<qint64>(3600));
        QCOMPARE(result.value->replicasRequested, std::optional<int>(1));
        // The fake Hub, as the Hub often does, leaves replicas.current out: not known, not 0.
        QVERIFY(!result.value->replicasCurrent.has_value());
        QCOMPARE(result.value->domains.size(), 1);
        QCOMPARE(result.value->domains.first().stage, QStringLiteral("READY"));
        const QJsonObject json = result.value->toJson();
        QCOMPARE(json.value(QStringLiteral("requested_hardware")).toString(), QStringLiteral("t4-medium"));
        QCOMPARE(json.value(QStringLiteral("sleep_time")).toInt(), 3600);
        QVERIFY(json.value(QStringLiteral("raw")).isObject());
        QCOMPARE(m_hub->lastRequest().path, QStringLiteral("/api/spaces/alice/one/runtime"));
    }

    void staticSpaceRuntime()
    {
        m_hub->runtimes[QStringLiteral("alice/one")] =
            QJsonDocument::fromJson(
                R"({"stage":"RUNNING","hardware":{"current":null,"requested":null},"storage":null,"replicas":{"requested":1,"current":1}})")
                .object();
        const auto result = await<SpaceRuntime>([&](auto done) { m_client->runtime(QStringLiteral("alice/one"), done); });
        QVERIFY(result.ok());
        QVERIFY(result.value->hardware.isEmpty());
        QVERIFY(!result.value->sleepTime);
        QCOMPARE(result.value->replicasCurrent, std::optional<int>(1));
    }

    void replicasAbsentIsNotZero()
    {
        // The Hub said 0: kept as 0. Left out or null: not known, which the views must not show as 0.
        m_hub->runtimes[QStringLiteral("alice/one")] =
            QJsonDocument::fromJson(
                R"({"stage":"PAUSED","hardware":{"current":null,"requested":"t4-small"},"replicas":{"requested":1,"current":0}})")
                .object();
        auto result = await<SpaceRuntime>([&](auto done) { m_client->runtime(QStringLiteral("alice/one"), done); });
        QVERIFY(result.ok());
        QCOMPARE(result.value->replicasRequested, std::optional<int>(1));
        QCOMPARE(result.value->replicasCurrent, std::optional<int>(0));
        m_hub->runtimes[QStringLiteral("alice/one")] =
            QJsonDocument::fromJson(
                R"({"stage":"RUNNING","hardware":{"current":"t4-small","requested":"t4-small"},"replicas":{"current":null}})")
                .object();
        result = await<SpaceRuntime>([&](auto done) { m_client->runtime(QStringLiteral("alice/one"), done); });
        QVERIFY(result.ok());
        QVERIFY(!result.value->replicasRequested.has_value());
        QVERIFY(!result.value->replicasCurrent.has_value());
        m_hub->runtimes[QStringLiteral("alice/one")] = QJsonDocument::fromJson(R"({"stage":"RUNNING"})").object();
        result = await<SpaceRuntime>([&](auto done) { m_client->runtime(QStringLiteral("alice/one"), done); });
        QVERIFY(result.ok());
        QVERIFY(!result.value->replicasRequested.has_value());
        QVERIFY(!result.value->replicasCurrent.has_value());
    }

    void operationsSendTheRightRequests_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("pause") << "pause" << QByteArray("POST") << "/api/spaces/alice/one/pause"
                               << "" << QByteArray();
        QTest::newRow("restart") << "restart" << QByteArray("POST") << "/api/spaces/alice/one/restart"
                                 << "" << QByteArray();
        QTest::newRow("factory") << "factory" << QByteArray("POST") << "/api/spaces/alice/one/restart"
                                 << "factory=true" << QByteArray();
        QTest::newRow("hardware") << "hardware" << QByteArray("POST") << "/api/spaces/alice/one/hardware"
                                  << "" << QByteArray(R"({"flavor":"a10g-large","sleepTimeSeconds":900})");
        QTest::newRow("sleeptime") << "sleeptime" << QByteArray("POST") << "/api/spaces/alice/one/sleeptime"
                                   << "" << QByteArray(R"({"seconds":-1})");
        QTest::newRow("storage") << "storage" << QByteArray("POST") << "/api/spaces/alice/one/storage"
                                 << "" << QByteArray(R"({"tier":"medium"})");
        QTest::newRow("storage-delete") << "storage-delete" << QByteArray("DELETE") << "/api/spaces/alice/one/storage"
                                        << "" << QByteArray();
        QTest::newRow("volumes") << "volumes" << QByteArray("PUT") << "/api/spaces/alice/one/volumes"
                                 << "" << QByteArray(R"({"volumes":[{"mountPath":"/data","source":"org/data","type":"dataset"}]})");
        QTest::newRow("volumes-delete") << "volumes-delete" << QByteArray("DELETE") << "/api/spaces/alice/one/volumes"
                                        << "" << QByteArray();
        QTest::newRow("dev-mode") << "dev-mode" << QByteArray("POST") << "/api/spaces/alice/one/dev-mode"
                                  << "" << QByteArray(R"({"enabled":true})");
    }

    void operationsSendTheRightRequests()
    {
        QFETCH(QString, operation);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QByteArray, body);
        const QString id = QStringLiteral("alice/one");
        const auto result = await<SpaceRuntime>([&](HubCallback<SpaceRuntime> done) {
            if (operation == u"pause")
                m_client->pause(id, done);
            else if (operation == u"restart")
                m_client->restart(id, false, done);
            else if (operation == u"factory")
                m_client->restart(id, true, done);
            else if (operation == u"hardware")
                m_client->requestHardware(id, QStringLiteral("a10g-large"), 900, done);
            else if (operation == u"sleeptime")
                m_client->setSleepTime(id, -1, done);
            else if (operation == u"storage")
                m_client->requestStorage(id, QStringLiteral("medium"), done);
            else if (operation == u"storage-delete")
                m_client->deleteStorage(id, done);
            else if (operation == u"volumes")
                m_client->setVolumes(id,
                                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("dataset")},
                                                            {QStringLiteral("source"), QStringLiteral("org/data")},
                                                            {QStringLiteral("mountPath"), QStringLiteral("/data")}}},
                                     done);
            else if (operation == u"volumes-delete")
                m_client->deleteVolumes(id, done);
            else
                m_client->setDevMode(id, true, done);
        });
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        const FakeHub::Request request = m_hub->lastRequest();
        QCOMPARE(request.method, method);
        QCOMPARE(request.path, path);
        QCOMPARE(request.query.toString(), query);
        if (body.isEmpty())
            QVERIFY(request.body.isEmpty() || request.json().isEmpty());
        else
            QCOMPARE(request.json(), QJsonDocument::fromJson(body).object());
        checkAuth(request);
    }

    void secretsAndVariables()
    {
        const QString id = QStringLiteral("alice/one");
        QVERIFY(await<bool>([&](auto done) {
                    m_client->addSecret(id, QStringLiteral("API_KEY"), QStringLiteral("v@lue"), QStringLiteral("desc"), done);
                }).ok());
        QCOMPARE(m_hub->lastRequest().json(), (QJsonObject{{QStringLiteral("key"), QStringLiteral("API_KEY")},
                                                           {QStringLiteral("value"), QStringLiteral("v@lue")},
                                                           {QStringLiteral("description"), QStringLiteral("desc")}}));
        const auto secrets = await<QList<SpaceSetting>>([&](auto done) { m_client->secrets(id, done); });
        QVERIFY(secrets.ok());
        QCOMPARE(secrets.value->size(), 1);
        QCOMPARE(secrets.value->first().key, QStringLiteral("API_KEY"));
        QVERIFY(secrets.value->first().value.isEmpty()); // write-only
        QVERIFY(await<bool>([&](auto done) { m_client->deleteSecret(id, QStringLiteral("API_KEY"), done); }).ok());
        QCOMPARE(m_hub->lastRequest().method, QByteArray("DELETE"));
        QCOMPARE(m_hub->lastRequest().json(), (QJsonObject{{QStringLiteral("key"), QStringLiteral("API_KEY")}}));

        const auto added = await<QList<SpaceSetting>>(
            [&](auto done) { m_client->addVariable(id, QStringLiteral("MODEL"), QStringLiteral("gpt2"), QString(), done); });
        QVERIFY(added.ok());
        QCOMPARE(added.value->first().value, QStringLiteral("gpt2"));
        QCOMPARE(m_hub->lastRequest().path, QStringLiteral("/api/spaces/alice/one/variables"));
        const auto removed = await<QList<SpaceSetting>>([&](auto done) { m_client->deleteVariable(id, QStringLiteral("MODEL"), done); });
        QVERIFY(removed.ok());
        QVERIFY(removed.value->isEmpty());
    }

    void duplicateAndCreate()
    {
        HubClient::NewSpace target;
        target.name = QStringLiteral("alice/copy");
        target.isPrivate = true;
        target.hardware = QStringLiteral("t4-small");
        target.storage = QStringLiteral("small");
        target.sleepTime = 3600;
        target.secrets = {SpaceSetting{QStringLiteral("K"), QStringLiteral("V"), {}, {}}};
        const auto url = await<QString>([&](auto done) { m_client->duplicate(QStringLiteral("alice/one"), target, done); });
        QVERIFY2(url.ok(), qPrintable(url.error.message()));
        QCOMPARE(*url.value, QStringLiteral("https://huggingface.co/spaces/alice/copy"));
        const QJsonObject body = m_hub->lastRequest().json();
        QCOMPARE(body.value(QStringLiteral("repository")).toString(), QStringLiteral("alice/copy"));
        QCOMPARE(body.value(QStringLiteral("private")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("hardware")).toString(), QStringLiteral("t4-small"));
        QCOMPARE(body.value(QStringLiteral("storageTier")).toString(), QStringLiteral("small"));
        QCOMPARE(body.value(QStringLiteral("sleepTimeSeconds")).toInt(), 3600);
        QCOMPARE(body.value(QStringLiteral("secrets")).toArray().first().toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("V"));

        HubClient::NewSpace space;
        space.name = QStringLiteral("fresh");
        space.organization = QStringLiteral("acme");
        space.sdk = QStringLiteral("docker");
        const auto id = await<QString>([&](auto done) { m_client->create(space, done); });
        QVERIFY(id.ok());
        QCOMPARE(*id.value, QStringLiteral("acme/fresh"));
        QCOMPARE(m_hub->lastRequest().path, QStringLiteral("/api/repos/create"));
        QCOMPARE(m_hub->lastRequest().json().value(QStringLiteral("type")).toString(), QStringLiteral("space"));
        const auto again = await<QString>([&](auto done) { m_client->create(space, done); });
        QCOMPARE(again.error.kind, HubError::Kind::Conflict);
        QVERIFY(again.error.message().contains(QStringLiteral("already created")));
    }

    void hardwareCatalogue()
    {
        const auto result = await<QList<HardwareFlavor>>([&](auto done) { m_client->hardwareCatalogue(done); });
        QVERIFY(result.ok());
        QCOMPARE(result.value->size(), 6);
        const HardwareFlavor &t4 = result.value->at(2);
        QCOMPARE(t4.name, QStringLiteral("t4-small"));
        QCOMPARE(t4.acceleratorModel, QStringLiteral("T4"));
        QCOMPARE(t4.acceleratorQuantity, 1);
        QCOMPARE(t4.costPerHourUSD(), 0.6);
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("401") << 401 << int(HubError::Kind::Unauthorized);
        QTest::newRow("403") << 403 << int(HubError::Kind::Forbidden);
        QTest::newRow("404") << 404 << int(HubError::Kind::NotFound);
        QTest::newRow("409") << 409 << int(HubError::Kind::Conflict);
        QTest::newRow("429") << 429 << int(HubError::Kind::RateLimited);
        QTest::newRow("503") << 503 << int(HubError::Kind::ServerError);
        QTest::newRow("418") << 418 << int(HubError::Kind::HttpError);
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        // POST: never retried, so one canned answer is enough.
        m_hub->failNext(QStringLiteral("/pause"), canned(status, R"({"error":"the words of the hub"})", {{"X-Error-Code", "SomeCode"}}));
        const auto result = await<SpaceRuntime>([&](auto done) { m_client->pause(QStringLiteral("alice/one"), done); });
        QCOMPARE(int(result.error.kind), kind);
        QCOMPARE(result.error.httpStatus, status);
        QCOMPARE(result.error.hubMessage, QStringLiteral("the words of the hub"));
        QCOMPARE(result.error.hubCode, QStringLiteral("SomeCode"));
        QVERIFY(result.error.message().contains(QStringLiteral("the words of the hub")));
        QVERIFY(!result.error.message().contains(m_hub->token));
        QCOMPARE(m_hub->requests().size(), 1);
    }

    void errorMessageSources()
    {
        m_hub->failNext(QStringLiteral("/pause"), canned(400, R"({"error":["first","second"]})"));
        auto result = await<SpaceRuntime>([&](auto done) { m_client->pause(QStringLiteral("alice/one"), done); });
        QCOMPARE(result.error.hubMessage, QStringLiteral("first; second"));
        m_hub->failNext(QStringLiteral("/pause"), canned(400, R"({"errors":[{"message":"bad flavor"}]})"));
        result = await<SpaceRuntime>([&](auto done) { m_client->pause(QStringLiteral("alice/one"), done); });
        QCOMPARE(result.error.hubMessage, QStringLiteral("bad flavor"));
        m_hub->failNext(QStringLiteral("/pause"), canned(400, R"({"error":"body"})", {{"X-Error-Message", "header wins"}}));
        result = await<SpaceRuntime>([&](auto done) { m_client->pause(QStringLiteral("alice/one"), done); });
        QCOMPARE(result.error.hubMessage, QStringLiteral("header wins"));
    }

    void getRetriesServerErrorsAndRateLimits()
    {
        m_hub->failNext(QStringLiteral("/runtime"), canned(503), 1);
        m_hub->failNext(QStringLiteral("/runtime"), canned(429, "{}", {{"Retry-After", "0"}}), 1);
        const auto result = await<SpaceRuntime>([&](auto done) { m_client->runtime(QStringLiteral("alice/one"), done); });
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(m_hub->requests().size(), 3);
    }

    void retriesAreBounded()
    {
        m_hub->failNext(QStringLiteral("/runtime"), canned(500), 100);
        const auto result = await<SpaceRuntime>([&](auto done) { m_client->runtime(QStringLiteral("alice/one"), done); });
        QCOMPARE(result.error.kind, HubError::Kind::ServerError);
        QCOMPARE(m_hub->requests().size(), 1 + m_client->options().maxRetries);
    }

    void rateLimitHonoursRetryAfter()
    {
        m_hub->failNext(QStringLiteral("/pause"), canned(429, "{}", {{"Retry-After", "42"}}));
        const auto result = await<SpaceRuntime>([&](auto done) { m_client->pause(QStringLiteral("alice/one"), done); });
        QCOMPARE(result.error.kind, HubError::Kind::RateLimited);
        QCOMPARE(result.error.retryAfterSeconds, 42);
        QVERIFY(result.error.message().contains(QStringLiteral("42 s")));
    }

    void silentServerTimesOutWithinTwiceTheTimeout()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] { held.append(silent.nextPendingConnection()); });
        auto client = makeClient(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()), 400);
        QElapsedTimer clock;
        clock.start();
        const auto result = await<SpaceRuntime>([&](auto done) { client->runtime(QStringLiteral("alice/one"), done); });
        QCOMPARE(result.error.kind, HubError::Kind::Timeout);
        // Twice the timeout, plus slack for a loaded machine (sanitizers, parallel tests).
        QVERIFY2(clock.elapsed() < 2 * 400 + 900, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(result.error.message().contains(QStringLiteral("0.4 s")));
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        auto client = makeClient(QStringLiteral("http://127.0.0.1:%1").arg(port), 1000);
        const auto result = await<SpaceRuntime>([&](auto done) { client->pause(QStringLiteral("alice/one"), done); });
        QCOMPARE(result.error.kind, HubError::Kind::ConnectionFailed);
        QVERIFY(!result.error.message().isEmpty());
    }

    void unknownHost()
    {
        auto client = makeClient(QStringLiteral("https://no-such-host.invalid"), 5000);
        const auto result = await<SpaceRuntime>([&](auto done) { client->pause(QStringLiteral("alice/one"), done); });
        QCOMPARE(result.error.kind, HubError::Kind::HostNotFound);
        QVERIFY(result.error.message().contains(QStringLiteral("no-such-host.invalid")));
    }

    void plainHttpOnlyForLoopback()
    {
        auto client = makeClient(QStringLiteral("http://huggingface.co"));
        const auto result = await<WhoAmI>([&](auto done) { client->whoami(done); });
        QCOMPARE(result.error.kind, HubError::Kind::InsecureEndpoint);
        QVERIFY(!result.error.message().contains(m_hub->token));
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("array instead of object") << QByteArray("[1,2,3]");
        QTest::newRow("stage is a number") << QByteArray(R"({"stage":42})");
        QTest::newRow("stage missing") << QByteArray(R"({"hardware":{"current":null}})");
        QTest::newRow("hardware is a string") << QByteArray(R"({"stage":"RUNNING","hardware":"t4"})");
        QTest::newRow("gcTimeout is text") << QByteArray(R"({"stage":"RUNNING","gcTimeout":"soon"})");
        QTest::newRow("domains not objects") << QByteArray(R"({"stage":"RUNNING","domains":["x"]})");
        QTest::newRow("empty") << QByteArray();
    }

    void malformedAnswers()
    {
        QFETCH(QByteArray, body);
        m_hub->failNext(QStringLiteral("/pause"), canned(200, body));
        const auto result = await<SpaceRuntime>([&](auto done) { m_client->pause(QStringLiteral("alice/one"), done); });
        QCOMPARE(result.error.kind, HubError::Kind::BadResponse);
        QVERIFY(!result.value);
        QVERIFY(!result.error.message().isEmpty());
    }

    void logsArriveSplitAnywhere()
    {
        const QByteArray events = "data: {\"data\": \"Booting\\n\", \"timestamp\": \"2026-11-24T10:00:00Z\"}\n\n"
                                  "data: \n\n"
                                  "data: {\"data\": \"Listening on 7860\\n\", \"timestamp\": \"2026-11-24T10:00:01Z\"}\r\n\r\n"
                                  "data: not json at all\n\n";
        QList<QByteArray> chunks;
        for (qsizetype i = 0; i < events.size(); i += 7)
            chunks.append(events.mid(i, 7));
        m_hub->logChunks[QStringLiteral("alice/one/build")] = chunks;
        std::unique_ptr<SpaceLogStream> stream(m_client->logs(QStringLiteral("alice/one"), true, false));
        QSignalSpy lines(stream.get(), &SpaceLogStream::line);
        QSignalSpy finished(stream.get(), &SpaceLogStream::finished);
        stream->start();
        QVERIFY(finished.wait(10000));
        // An empty event is a keep-alive; one that is not JSON is shown as it came (issue #11).
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(2).at(0).toString(), QStringLiteral("not json at all"));
        QCOMPARE(lines.at(0).at(0).toString(), QStringLiteral("Booting"));
        QCOMPARE(lines.at(1).at(0).toString(), QStringLiteral("Listening on 7860"));
        QCOMPARE(lines.at(1).at(1).toString(), QStringLiteral("2026-11-24T10:00:01Z"));
        QVERIFY(!finished.first().first().value<HubError>().isError());
        QCOMPARE(m_hub->lastRequest().path, QStringLiteral("/api/spaces/alice/one/logs/build"));
        checkAuth(m_hub->lastRequest());
    }

    void followStreamsUntilStopped()
    {
        m_hub->keepLogsOpen = true;
        m_hub->logChunks[QStringLiteral("alice/one/run")] = {"data: {\"data\": \"tick\\n\", \"timestamp\": \"t\"}\n\n"};
        std::unique_ptr<SpaceLogStream> stream(m_client->logs(QStringLiteral("alice/one"), false, true));
        QSignalSpy lines(stream.get(), &SpaceLogStream::line);
        QSignalSpy finished(stream.get(), &SpaceLogStream::finished);
        stream->start();
        QVERIFY(lines.wait(5000));
        QTest::qWait(100);
        QVERIFY(finished.isEmpty()); // still following
        QVERIFY(stream->isRunning());
        stream->stop(); // may finish at once, inside stop()
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(!finished.first().first().value<HubError>().isError());
    }

    void logsOfAMissingSpace()
    {
        std::unique_ptr<SpaceLogStream> stream(m_client->logs(QStringLiteral("alice/missing"), false, false));
        QSignalSpy finished(stream.get(), &SpaceLogStream::finished);
        stream->start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<HubError>().kind, HubError::Kind::NotFound);
    }

    void noTokenInAnyMessage()
    {
        for (const auto kind : {HubError::Kind::Unauthorized, HubError::Kind::Forbidden, HubError::Kind::NotFound, HubError::Kind::Timeout,
                                HubError::Kind::ConnectionFailed, HubError::Kind::BadResponse, HubError::Kind::InsecureEndpoint}) {
            HubError error;
            error.kind = kind;
            QVERIFY(!error.message().contains(m_hub->token));
        }
        // And nothing the fake ever sent back echoes it.
        QVERIFY(await<WhoAmI>([&](auto done) { m_client->whoami(done); }).ok());
        QVERIFY(!m_hub->allResponses().contains(m_hub->token.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestHubClient)
#include "tst_hubclient.moc"
