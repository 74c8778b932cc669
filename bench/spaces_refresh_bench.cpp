// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

// The Spaces page at scale: requests per 5 minutes and how late stage changes show, against
// the fake Hub that counts every request, for today's refresh scheme (SpacesController) and,
// side by side, the one before it (every Space's runtime on its own: every 5 s while it builds
// or starts, every 60 s otherwise; reproduced below as LegacyPoller).
//
// Scenario: 500 Spaces of a user and 3 organisations (125 each), 10 of them building, one
// selected, the page open. Every 30 s one building Space finishes (BUILDING -> RUNNING) and
// a running one starts building; every 60 s a running one goes to sleep. Both schemes see the
// same changes at the same simulated times (none in the last 3 minutes, so that each can show).
//
// Time is simulated: both schemes and the fake's rate-limit windows run on a clock kScale
// times faster than the wall clock (argument 1, default 20). Requests are counted by the fake;
// latencies are measured on the simulated clock, network and fake Hub time included (scaled
// too: that makes them pessimistic). Prints the machine, the date and the figures.
//   hubdeck-bench-spaces [scale] [simulated minutes, default 12]

#include "FakeHub.h"
#include "HubClient.h"
#include "SpacesController.h"
#include "SpacesTableModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace hubdeck;
using hubdeck::test::FakeHub;

namespace {

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly))
        for (const QByteArray &line : cpuinfo.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("unknown CPU");
}

// The scheme before: each Space's runtime read on its own, due times per Space.
class LegacyPoller : public QObject
{
public:
    LegacyPoller(SpacesTableModel *model, HubClient *client, std::function<qint64()> now, int tickMs)
        : m_model(model)
        , m_client(client)
        , m_now(std::move(now))
    {
        m_ticker.setInterval(tickMs);
        connect(&m_ticker, &QTimer::timeout, this, &LegacyPoller::tick);
    }
    void start(const QStringList &owners)
    {
        // Its load: every owner's list once, then every Space on its own.
        auto left = std::make_shared<int>(int(owners.size()));
        auto all = std::make_shared<QList<SpaceInfo>>();
        for (const QString &owner : owners)
            m_client->listSpaces(owner, [this, left, all](HubResult<QList<SpaceInfo>> page) {
                if (page.ok())
                    *all += *page.value;
                if (--*left > 0)
                    return;
                m_model->setSpaces(*all);
                for (const SpaceInfo &space : std::as_const(*all))
                    schedule(space.id);
                m_ticker.start();
            });
    }

private:
    void schedule(const QString &id)
    {
        const int row = m_model->rowOf(id);
        const bool fast = row >= 0 && m_model->space(row).runtime && m_model->space(row).runtime->isTransitional();
        m_due[id] = m_now() + (fast ? 5000 : 60000);
    }
    void tick()
    {
        const qint64 now = m_now();
        for (auto it = m_due.cbegin(); it != m_due.cend(); ++it) {
            if (it.value() > now || m_inFlight.contains(it.key()))
                continue;
            const QString id = it.key();
            m_inFlight.insert(id);
            m_client->runtime(id, [this, id](HubResult<SpaceRuntime> result) {
                m_inFlight.remove(id);
                if (result.ok())
                    m_model->updateRuntime(id, *result.value);
                schedule(id);
            });
        }
    }

    SpacesTableModel *m_model;
    HubClient *m_client;
    std::function<qint64()> m_now;
    QTimer m_ticker;
    QHash<QString, qint64> m_due;
    QSet<QString> m_inFlight;
};

struct Figures
{
    int loadRequests = 0;
    int maxPer5Min = 0; // steady state, any 5-minute window after the warm-up
    double meanPer5Min = 0;
    qint64 worstBuilding = -1; // ms
    qint64 worstOther = -1;
    int buildingChanges = 0;
    int otherChanges = 0;
    int missed = 0; // changes never shown
};

struct Change
{
    QString id;
    QString stage;
    qint64 at;
    bool building;
};

class Bench
{
public:
    Bench(int scale, int minutes)
        : m_scale(scale)
        , m_minutes(minutes)
    {
        m_real.start();
    }

    Figures run(bool legacy)
    {
        FakeHub hub;
        if (!hub.listen())
            qFatal("the fake Hub cannot listen");
        hub.clock = [this] { return now(); };
        hub.orgs = {QStringLiteral("acme"), QStringLiteral("beta"), QStringLiteral("gamma")};
        hub.pageSize = 1000;
        const QStringList owners{hub.user, QStringLiteral("acme"), QStringLiteral("beta"), QStringLiteral("gamma")};
        QStringList ids;
        for (const QString &owner : owners)
            for (int i = 0; i < 125; ++i) {
                const QString id = QStringLiteral("%1/space-%2").arg(owner).arg(i, 3, 10, QLatin1Char('0'));
                hub.addSpace(id, QStringLiteral("RUNNING"));
                ids.append(id);
            }
        QRandomGenerator random(42);
        QStringList building;
        while (building.size() < 10) {
            const QString id = ids[random.bounded(int(ids.size()))];
            if (!building.contains(id) && id != ids.first()) {
                building.append(id);
                hub.runtimes[id].insert(QStringLiteral("stage"), QStringLiteral("BUILDING"));
            }
        }
        const QString selected = ids.first();
        qputenv("HF_ENDPOINT", hub.endpoint().toUtf8());
        qputenv("HF_TOKEN", hub.token.toUtf8());

        SpacesTableModel model;
        std::unique_ptr<SpacesController> controller;
        std::unique_ptr<HubClient> client;
        std::unique_ptr<LegacyPoller> poller;
        const qint64 startedAt = now();
        if (legacy) {
            client = std::make_unique<HubClient>(HubClient::Options{hub.endpoint(), hub.token});
            poller = std::make_unique<LegacyPoller>(
                &model, client.get(), [this] { return now(); }, std::max(1, 1000 / m_scale));
            poller->start(owners);
        } else {
            controller = std::make_unique<SpacesController>(&model);
            controller->setClock([this] { return now(); }, std::max(1, 1000 / m_scale));
            controller->setActive(true);
            controller->refresh();
        }
        while (model.rowCount() < ids.size() && now() - startedAt < 120000)
            QTest::qWait(5);
        if (model.rowCount() < ids.size())
            qFatal("the Spaces did not load");
        if (controller)
            controller->setSelected(selected);
        Figures figures;
        figures.loadRequests = hub.apiRequestCount();

        // Changes, measured until shown; request counts sampled as time goes.
        const qint64 warmup = 2 * 60000;
        const qint64 end = now() + qint64(m_minutes) * 60000;
        const qint64 begin = now();
        qint64 nextBuild = begin + 30000;
        qint64 nextSleep = begin + 60000;
        QList<Change> pending;
        QList<std::pair<qint64, int>> samples;
        // The same Spaces change in both runs: the choice depends only on the changes before,
        // never twice within the last 12 changes (4 minutes), so every change can be seen.
        QStringList recent;
        auto runningOne = [&] {
            for (;;) {
                const QString id = ids[random.bounded(int(ids.size()))];
                if (id != selected && hub.runtimes[id].value(QStringLiteral("stage")).toString() == u"RUNNING" && !recent.contains(id)) {
                    recent.append(id);
                    return id;
                }
            }
        };
        // No change in the last 3 minutes: each has the time to show.
        const qint64 lastChange = end - 3 * 60000;
        while (now() < end) {
            QTest::qWait(2);
            const qint64 t = now();
            while (recent.size() > 12)
                recent.removeFirst();
            if (t >= nextBuild && t < lastChange) {
                nextBuild += 30000;
                const QString done = building.takeFirst();
                hub.runtimes[done].insert(QStringLiteral("stage"), QStringLiteral("RUNNING"));
                pending.append({done, QStringLiteral("RUNNING"), t, true});
                const QString next = runningOne();
                hub.runtimes[next].insert(QStringLiteral("stage"), QStringLiteral("BUILDING"));
                building.append(next);
                recent.append(done);
                pending.append({next, QStringLiteral("BUILDING"), t, false});
            }
            if (t >= nextSleep && t < lastChange) {
                nextSleep += 60000;
                const QString id = runningOne();
                hub.runtimes[id].insert(QStringLiteral("stage"), QStringLiteral("SLEEPING"));
                pending.append({id, QStringLiteral("SLEEPING"), t, false});
            }
            for (qsizetype i = pending.size() - 1; i >= 0; --i) {
                const Change &change = pending[i];
                const int row = model.rowOf(change.id);
                if (row < 0 || !model.space(row).runtime || model.space(row).runtime->stage != change.stage)
                    continue;
                qint64 &worst = change.building ? figures.worstBuilding : figures.worstOther;
                worst = std::max(worst, t - change.at);
                ++(change.building ? figures.buildingChanges : figures.otherChanges);
                pending.removeAt(i);
            }
            if (t - begin >= warmup)
                samples.append({t, hub.apiRequestCount()});
        }
        figures.missed = int(pending.size());
        for (const Change &change : std::as_const(pending)) {
            // Not shown by the end: at least this late.
            qint64 &worst = change.building ? figures.worstBuilding : figures.worstOther;
            worst = std::max(worst, end - change.at);
        }
        // The most requests in any 5-minute window of the steady state.
        const qint64 window = 5 * 60000;
        qsizetype from = 0;
        for (qsizetype i = 0; i < samples.size(); ++i) {
            while (samples[i].first - samples[from].first > window)
                ++from;
            if (samples[i].first - samples[from].first >= window - 1000)
                figures.maxPer5Min = std::max(figures.maxPer5Min, samples[i].second - samples[from].second);
        }
        if (samples.size() > 1) {
            const double span = double(samples.last().first - samples.first().first);
            figures.meanPer5Min = (samples.last().second - samples.first().second) * window / span;
        }
        return figures;
    }

private:
    [[nodiscard]] qint64 now() const { return m_real.elapsed() * m_scale; }

    int m_scale;
    int m_minutes;
    QElapsedTimer m_real;
};

void print(const char *name, const Figures &f)
{
    std::printf("%-22s load %4d requests; steady state: %6.1f requests / 5 min (max %4d in any 5-min window); "
                "worst latency: building %5.1f s (%d changes), other %5.1f s (%d changes); not shown by the end: %d\n",
                name, f.loadRequests, f.meanPer5Min, f.maxPer5Min, f.worstBuilding / 1000.0, f.buildingChanges, f.worstOther / 1000.0,
                f.otherChanges, f.missed);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int scale = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 20;
    const int minutes = argc > 2 ? std::max(8, QByteArray(argv[2]).toInt()) : 12;
    QTemporaryDir home;
    qputenv("HF_HOME", home.path().toUtf8());
    qunsetenv("HF_TOKEN_PATH");
    std::printf("Spaces refresh benchmark, %s\n", qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    std::printf("machine: %s, %d cores, %s %s\n", qPrintable(cpuModel()), QThread::idealThreadCount(),
                qPrintable(QSysInfo::prettyProductName()), qPrintable(QSysInfo::kernelVersion()));
    std::printf("scenario: 500 Spaces (user + 3 organisations), 10 building, one selected; %d simulated minutes (2 of warm-up) at %dx\n",
                minutes, scale);
    std::fflush(stdout);
    Bench bench(scale, minutes);
    const Figures now = bench.run(false);
    print("HubDeck (list refresh)", now);
    std::fflush(stdout);
    const Figures before = bench.run(true);
    print("before (per Space)", before);
    const bool ok = now.maxPer5Min <= 120 && now.worstBuilding <= 30000 && now.worstOther <= 120000 && now.missed == 0;
    std::printf("targets (<= 120 requests / 5 min, building <= 30 s, other <= 120 s): %s\n", ok ? "met" : "NOT met");
    return ok ? 0 : 1;
}
