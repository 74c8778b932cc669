// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheScanner.h"
#include "CliRun.h"
#include "DeletionPlanner.h"
#include "FixtureCache.h"
#include "SelectionLedger.h"
#include "TrimPicker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hubdeck;
using hubdeck::test::CliRun;
using hubdeck::test::FixtureCache;

// "Free at least N": TrimPicker and `hubdeck-cli cache trim`, on a cache whose every size and
// access time is known:
//
//   model/org/a   main  a-main 1000 B (read 5 days ago)
//                 v1    a-old1 2000 B (300 days)                       detached
//                 v2    a-old2 3000 B (250 days) + big 50000 B (220 d)  detached, last access 220 days
//                 v3    big + a-own3 100 B (100 days)                  detached, last access 100 days
//   model/org/b   main  b 4000 B (400 days)
//
// Alone, v2 frees 3000 (big is v3's too); v2 and v3 together free big as well.
class TestTrim : public QObject
{
    Q_OBJECT

    static constexpr double kNow = 1800000000.0;
    static constexpr double kDay = 86400.0;

    std::unique_ptr<FixtureCache> m_cache;

    static void blob(FixtureCache &cache, const QString &repo, const QString &etag, qint64 size, double daysAgo)
    {
        cache.addBlob(repo, etag, QByteArray(size, 'x'), kNow - daysAgo * kDay, kNow - daysAgo * kDay);
    }

    static void build(FixtureCache &cache)
    {
        const QString a = QStringLiteral("models--org--a"), b = QStringLiteral("models--org--b");
        blob(cache, a, QStringLiteral("a-main"), 1000, 5);
        blob(cache, a, QStringLiteral("a-old1"), 2000, 300);
        blob(cache, a, QStringLiteral("a-old2"), 3000, 250);
        blob(cache, a, QStringLiteral("big"), 50000, 220);
        blob(cache, a, QStringLiteral("a-own3"), 100, 100);
        blob(cache, b, QStringLiteral("b"), 4000, 400);
        cache.addLink(a, FixtureCache::commit(QStringLiteral("main")), QStringLiteral("f.bin"), QStringLiteral("a-main"));
        cache.addRef(a, QStringLiteral("main"), FixtureCache::commit(QStringLiteral("main")));
        cache.addLink(a, FixtureCache::commit(QStringLiteral("v1")), QStringLiteral("f.bin"), QStringLiteral("a-old1"));
        cache.addLink(a, FixtureCache::commit(QStringLiteral("v2")), QStringLiteral("f.bin"), QStringLiteral("a-old2"));
        cache.addLink(a, FixtureCache::commit(QStringLiteral("v2")), QStringLiteral("w.bin"), QStringLiteral("big"));
        cache.addLink(a, FixtureCache::commit(QStringLiteral("v3")), QStringLiteral("w.bin"), QStringLiteral("big"));
        cache.addLink(a, FixtureCache::commit(QStringLiteral("v3")), QStringLiteral("g.bin"), QStringLiteral("a-own3"));
        cache.addLink(b, FixtureCache::commit(QStringLiteral("b-main")), QStringLiteral("f.bin"), QStringLiteral("b"));
        cache.addRef(b, QStringLiteral("main"), FixtureCache::commit(QStringLiteral("b-main")));
    }

    // The picked commits by their seed names, in picking order.
    static QStringList names(const CacheScan &scan, const TrimPicker::Pick &pick)
    {
        QHash<QString, QString> bySeed;
        for (const char *seed : {"main", "v1", "v2", "v3", "b-main"})
            bySeed.insert(FixtureCache::commit(QString::fromLatin1(seed)), QString::fromLatin1(seed));
        QStringList out;
        for (const auto &[repo, revision] : pick.revisions)
            out.append(bySeed.value(scan.repos[repo].revisions[revision].commitHash));
        return out;
    }

    static qint64 planned(const CacheScan &scan, const TrimPicker::Pick &pick)
    {
        DeletionPlanner::Selection selection;
        for (const auto &[repo, revision] : pick.revisions)
            selection.revisions.insert(scan.repos[repo].key(scan.repos[repo].revisions[revision]));
        return DeletionPlanner(scan).plan(selection).expectedFreedSize;
    }

private Q_SLOTS:
    void pickerTakesTheLeastRecentlyAccessedFirst_data()
    {
        QTest::addColumn<qint64>("goal");
        QTest::addColumn<bool>("includeRefs");
        QTest::addColumn<QStringList>("picked");
        QTest::addColumn<qint64>("freed");
        QTest::addColumn<bool>("reached");
        QTest::addColumn<qint64>("available");
        const QStringList detached{QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v3")};
        QTest::newRow("nothing asked") << qint64(0) << false << QStringList{} << qint64(0) << false << qint64(55100);
        QTest::newRow("the oldest is enough") << qint64(1000) << false << QStringList{QStringLiteral("v1")} << qint64(2000) << true
                                              << qint64(55100);
        QTest::newRow("exactly two") << qint64(5000) << false << QStringList{QStringLiteral("v1"), QStringLiteral("v2")} << qint64(5000)
                                     << true << qint64(55100);
        QTest::newRow("a shared blob frees with its last revision")
            << qint64(6000) << false << detached << qint64(55100) << true << qint64(55100);
        QTest::newRow("short without refs") << qint64(100000) << false << detached << qint64(55100) << false << qint64(55100);
        // With refs: b's main (400 days) first, and a's main last; a then goes whole.
        QTest::newRow("refs allowed") << qint64(100000) << true
                                      << QStringList{QStringLiteral("b-main"), QStringLiteral("v1"), QStringLiteral("v2"),
                                                     QStringLiteral("v3"), QStringLiteral("main")}
                                      << qint64(60100) << false << qint64(60100);
        QTest::newRow("refs allowed, small goal")
            << qint64(3000) << true << QStringList{QStringLiteral("b-main")} << qint64(4000) << true << qint64(60100);
    }

    void pickerTakesTheLeastRecentlyAccessedFirst()
    {
        QFETCH(qint64, goal);
        QFETCH(bool, includeRefs);
        FixtureCache cache;
        build(cache);
        const CacheScan scan = CacheScanner::scan(cache.root());
        QCOMPARE(scan.repos.size(), 2);
        const TrimPicker::Pick pick = TrimPicker::pick(scan, SelectionLedger(&scan), {goal, includeRefs});
        QTEST(names(scan, pick), "picked");
        QTEST(pick.freed, "freed");
        QTEST(pick.reached, "reached");
        QTEST(pick.available, "available");
        QCOMPARE(pick.freed, planned(scan, pick)); // the planner expects exactly what the picker counted
    }

    void pickerIgnoresTicksAlreadyInTheLedger()
    {
        FixtureCache cache;
        build(cache);
        const CacheScan scan = CacheScanner::scan(cache.root());
        SelectionLedger ticked(&scan);
        for (int r = 0; r < scan.repos.size(); ++r)
            for (int v = 0; v < scan.repos[r].revisions.size(); ++v)
                (void)ticked.setRevisionSelected(r, v, true);
        const TrimPicker::Pick pick = TrimPicker::pick(scan, ticked, {1000, false});
        QCOMPARE(names(scan, pick), QStringList{QStringLiteral("v1")});
        QCOMPARE(pick.freed, 2000);
        QCOMPARE(ticked.selectedRevisionCount(), 5); // the caller's ledger is a copy, untouched
    }

    // Free Space… counts what the disk gets back: a sparse 10 MB revision that holds one block
    // does not meet "free 50 kB" (GUI: "6 revisions free 30.6 GB together" for 122.9 MB on disk);
    // counted in file sizes (`cache trim --to`), it does.
    void aGoalOnDiskCountsAllocatedBytes()
    {
        FixtureCache cache;
        const QString repo = QStringLiteral("models--org--sparse");
        const QString sparse = cache.addBlob(repo, QStringLiteral("s"), QByteArray("s"), kNow - 300 * kDay, kNow - 300 * kDay);
        QFile file(sparse);
        QVERIFY(file.open(QIODevice::ReadWrite) && file.resize(10'000'000));
        file.close();
        FixtureCache::setTimes(sparse, kNow - 300 * kDay, kNow - 300 * kDay);
        const QString dense = cache.addBlob(repo, QStringLiteral("d"), QByteArray(100'000, 'd'), kNow - 200 * kDay, kNow - 200 * kDay);
        cache.addBlob(repo, QStringLiteral("n"), QByteArray(100'000, 'n'), kNow - 100 * kDay, kNow - 100 * kDay);
        cache.addLink(repo, FixtureCache::commit(QStringLiteral("v1")), QStringLiteral("a.bin"), QStringLiteral("s"));
        cache.addLink(repo, FixtureCache::commit(QStringLiteral("v2")), QStringLiteral("b.bin"), QStringLiteral("d"));
        cache.addLink(repo, FixtureCache::commit(QStringLiteral("v3")), QStringLiteral("c.bin"), QStringLiteral("n"));
        const qint64 held = FixtureCache::blocks({sparse});
        QVERIFY(held < 50'000);
        const CacheScan scan = CacheScanner::scan(cache.root());

        const TrimPicker::Pick onDisk = TrimPicker::pick(scan, SelectionLedger(&scan), {50'000, false, true});
        QCOMPARE(names(scan, onDisk), (QStringList{QStringLiteral("v1"), QStringLiteral("v2")}));
        QCOMPARE(onDisk.freed, held + FixtureCache::blocks({dense}));
        QCOMPARE(onDisk.freedSize, 10'000'000 + 100'000);
        QVERIFY(onDisk.reached);

        const TrimPicker::Pick inSizes = TrimPicker::pick(scan, SelectionLedger(&scan), {50'000, false, false});
        QCOMPARE(names(scan, inSizes), QStringList{QStringLiteral("v1")});
        QCOMPARE(inSizes.freed, 10'000'000);
    }

    void pickerSkipsWhatThePlannerRefuses()
    {
        // A repo whose snapshots/ is a link to a folder elsewhere frees nothing: never picked.
        FixtureCache cache;
        build(cache);
        FixtureCache elsewhere;
        elsewhere.addBlob(QStringLiteral("models--org--c"), QStringLiteral("c"), QByteArray(9000, 'c'), kNow - 900 * kDay,
                          kNow - 900 * kDay);
        elsewhere.addLink(QStringLiteral("models--org--c"), FixtureCache::commit(QStringLiteral("c")), QStringLiteral("f.bin"),
                          QStringLiteral("c"));
        cache.symlink(QStringLiteral("models--org--c"), elsewhere.path(QStringLiteral("models--org--c")));
        const CacheScan scan = CacheScanner::scan(cache.root());
        const TrimPicker::Pick pick = TrimPicker::pick(scan, SelectionLedger(&scan), {1000, true});
        QVERIFY(!names(scan, pick).contains(QString()));
        QCOMPARE(names(scan, pick), QStringList{QStringLiteral("b-main")});
    }

    void cliDryRunShowsThePlanAndDeletesNothing()
    {
        FixtureCache cache;
        build(cache);
        const CliRun run = CliRun::cache(QStringLiteral("trim"), cache.root(),
                                         {QStringLiteral("--free"), QStringLiteral("5000"), QStringLiteral("--dry-run"),
                                          QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(plan.value(QStringLiteral("expected_freed_size")).toInteger(), 5000);
        QCOMPARE(plan.value(QStringLiteral("snapshots")).toArray().size(), 2);
        QCOMPARE(CacheScanner::scan(cache.root()).revisionCount(), 5);

        const CliRun table = CliRun::cache(QStringLiteral("trim"), cache.root(),
                                           {QStringLiteral("--free"), QStringLiteral("5KB"), QStringLiteral("--dry-run")});
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.startsWith(QStringLiteral("About to delete 2 revision(s) totalling 5.0K")), qPrintable(table.out));
        QVERIFY(table.out.contains(FixtureCache::commit(QStringLiteral("v1"))));
        QVERIFY(!table.out.contains(FixtureCache::commit(QStringLiteral("v3"))));
    }

    void cliDeletesAndReportsWhatWasFreed()
    {
        FixtureCache cache;
        build(cache);
        const qint64 before = CacheScanner::scan(cache.root()).sizeOnDisk;
        const qint64 held = FixtureCache::blocks({cache.path(QStringLiteral("models--org--a/blobs/a-old1"))});
        // --to: the cache may hold at most its size less 1000 bytes, so 1000 must go: v1 (2000).
        const CliRun run = CliRun::cache(QStringLiteral("trim"), cache.root(),
                                         {QStringLiteral("--to"), QString::number(before - 1000), QStringLiteral("-y"),
                                          QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("freed_size")).toInteger(), held); // measured on disk: v1's blob's blocks
        const CacheScan after = CacheScanner::scan(cache.root());
        QCOMPARE(after.revisionCount(), 4);
        QCOMPARE(after.sizeOnDisk, before - 2000);
    }

    void cliSaysWhenItCannot()
    {
        FixtureCache cache;
        build(cache);
        const CliRun within = CliRun::cache(QStringLiteral("trim"), cache.root(), {QStringLiteral("--to"), QStringLiteral("1TB")});
        QCOMPARE(within.code, 0);
        QVERIFY(within.out.contains(QStringLiteral("nothing to delete")));
        const CliRun shortOf = CliRun::cache(QStringLiteral("trim"), cache.root(),
                                             {QStringLiteral("--free"), QStringLiteral("1MB"), QStringLiteral("--dry-run")});
        QCOMPARE(shortOf.code, 0);
        QVERIFY2(shortOf.err.contains(QStringLiteral("Only 55.1K can be freed without revisions that have a ref")),
                 qPrintable(shortOf.err));
        const CliRun both = CliRun::cache(QStringLiteral("trim"), cache.root(),
                                          {QStringLiteral("--to"), QStringLiteral("1GB"), QStringLiteral("--free"), QStringLiteral("1GB")});
        QCOMPARE(both.code, 2);
        QVERIFY(both.err.contains(QStringLiteral("Give one of --to SIZE or --free SIZE")));
        const CliRun neither = CliRun::cache(QStringLiteral("trim"), cache.root());
        QCOMPARE(neither.code, 2);
        const CliRun bad = CliRun::cache(QStringLiteral("trim"), cache.root(), {QStringLiteral("--free"), QStringLiteral("lots")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("Invalid size 'lots' for --free")));
        QCOMPARE(CacheScanner::scan(cache.root()).revisionCount(), 5);
    }
};

QTEST_GUILESS_MAIN(TestTrim)
#include "tst_trim.moc"
