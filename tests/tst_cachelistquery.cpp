// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheListQuery.h"
#include "CacheScanner.h"
#include "FixtureCache.h"

#include <QTest>

#include <memory>

using namespace hubdeck;
using hubdeck::test::FixtureCache;

// The rows of `hf cache ls` (huggingface_hub cli/cache.py: collect_cache_entries,
// compile_cache_filter, compile_cache_sort, --limit) on a cache whose every size and time is
// known. `now` is fixed; times are whole days before it, so the boundaries below are exact.
//
//   repo (base order)  size  accessed modified  revisions (size, modified, refs)
//   dataset/org/data   2000  100 d    200 d     data       2000  200 d  main
//   model/Zeta/tiny    5400    1 d      5 d     zeta       5400    5 d  main
//   model/org/alpha    5400    2 d     20 d     alpha-old  5300   40 d  (detached)
//                                               alpha-main 5100   20 d  main
//   space/org/app       300   10 d     10 d     app         300   10 d  Release
//
// Base order is the case-sensitive cache id ("model/Zeta" < "model/org"), then the commit
// hash (sha1("alpha-old") = d477... < sha1("alpha-main") = f4f1...).
class TestCacheListQuery : public QObject
{
    Q_OBJECT

    static constexpr double kNow = 1800000000.0;
    static constexpr double kDay = 86400.0;

    std::unique_ptr<FixtureCache> m_cache;
    CacheScan m_scan;
    QHash<QString, QString> m_names; // commit hash -> seed

    QStringList labels(const CacheListQuery &query) const
    {
        QStringList out;
        for (const CacheListQuery::Entry &entry : query.run(m_scan, kNow))
            out.append(entry.revision ? m_names.value(entry.revision->commitHash) : entry.repo->cacheId());
        return out;
    }

    void repo(const QString &folder, const QString &seed, const QString &etag, qint64 size, double accessedDays, double modifiedDays,
              const QString &ref)
    {
        const QString commit = FixtureCache::commit(seed);
        m_names.insert(commit, seed);
        m_cache->addBlob(folder, etag, QByteArray(size, 'x'), kNow - accessedDays * kDay, kNow - modifiedDays * kDay);
        m_cache->addLink(folder, commit, QStringLiteral("file.bin"), etag);
        if (!ref.isEmpty())
            m_cache->addRef(folder, ref, commit);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cache = std::make_unique<FixtureCache>();
        const QString alpha = QStringLiteral("models--org--alpha");
        const QString main = FixtureCache::commit(QStringLiteral("alpha-main")), old = FixtureCache::commit(QStringLiteral("alpha-old"));
        m_names.insert(main, QStringLiteral("alpha-main"));
        m_names.insert(old, QStringLiteral("alpha-old"));
        m_cache->addBlob(alpha, QStringLiteral("w"), QByteArray(5000, 'w'), kNow - 2 * kDay, kNow - 40 * kDay);
        m_cache->addBlob(alpha, QStringLiteral("c1"), QByteArray(100, 'c'), kNow - 3 * kDay, kNow - 20 * kDay);
        m_cache->addBlob(alpha, QStringLiteral("c2"), QByteArray(300, 'd'), kNow - 50 * kDay, kNow - 60 * kDay);
        m_cache->addLink(alpha, main, QStringLiteral("model.bin"), QStringLiteral("w"));
        m_cache->addLink(alpha, main, QStringLiteral("config.json"), QStringLiteral("c1"));
        m_cache->addLink(alpha, old, QStringLiteral("model.bin"), QStringLiteral("w"));
        m_cache->addLink(alpha, old, QStringLiteral("config.json"), QStringLiteral("c2"));
        m_cache->addRef(alpha, QStringLiteral("main"), main);
        repo(QStringLiteral("models--Zeta--tiny"), QStringLiteral("zeta"), QStringLiteral("t"), 5400, 1, 5, QStringLiteral("main"));
        repo(QStringLiteral("datasets--org--data"), QStringLiteral("data"), QStringLiteral("p"), 2000, 100, 200, QStringLiteral("main"));
        repo(QStringLiteral("spaces--org--app"), QStringLiteral("app"), QStringLiteral("s"), 300, 10, 10, QStringLiteral("Release"));
        m_cache->writeFile(QStringLiteral("not-a-repo.txt"), "ignored");
        m_scan = CacheScanner::scan(m_cache->root());
        QVERIFY2(m_scan.isValid(), qPrintable(m_scan.error));

        // The fixture itself, so that a scan change cannot silently shift every row below.
        QCOMPARE(m_scan.repos.size(), 4);
        QCOMPARE(m_scan.corrupted.size(), 1);
        const CachedRepo &alphaRepo = m_scan.repos[m_scan.repoIndexForCacheId(QStringLiteral("model/org/alpha"))];
        QCOMPARE(alphaRepo.sizeOnDisk, qint64(5400));
        QCOMPARE(alphaRepo.lastAccessed, kNow - 2 * kDay);
        QCOMPARE(alphaRepo.lastModified, kNow - 20 * kDay);
        QCOMPARE(alphaRepo.revisions.size(), 2);
        for (const CachedRevision &revision : alphaRepo.revisions) {
            const bool isMain = revision.commitHash == main;
            QCOMPARE(revision.sizeOnDisk, qint64(isMain ? 5100 : 5300));
            QCOMPARE(revision.lastModified, kNow - (isMain ? 20 : 40) * kDay);
        }
    }

    void baseOrder()
    {
        CacheListQuery repos;
        QVERIFY(!repos.includesRevisions());
        QCOMPARE(labels(repos), (QStringList{QStringLiteral("dataset/org/data"), QStringLiteral("model/Zeta/tiny"),
                                             QStringLiteral("model/org/alpha"), QStringLiteral("space/org/app")}));
        CacheListQuery revisions;
        revisions.setIncludeRevisions(true);
        QVERIFY(revisions.includesRevisions());
        QCOMPARE(labels(revisions), (QStringList{QStringLiteral("data"), QStringLiteral("zeta"), QStringLiteral("alpha-old"),
                                                 QStringLiteral("alpha-main"), QStringLiteral("app")}));
        for (const CacheListQuery::Entry &entry : revisions.run(m_scan, kNow))
            QVERIFY(entry.revision != nullptr);
        for (const CacheListQuery::Entry &entry : repos.run(m_scan, kNow))
            QVERIFY(entry.revision == nullptr);
    }

    void filter_data()
    {
        QTest::addColumn<bool>("revisions");
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<QStringList>("expected");
        const QString data = QStringLiteral("dataset/org/data"), zeta = QStringLiteral("model/Zeta/tiny"),
                      alpha = QStringLiteral("model/org/alpha"), app = QStringLiteral("space/org/app");
        auto row = [](const char *name, bool revisions, const QStringList &filters, const QStringList &expected) {
            QTest::newRow(name) << revisions << filters << expected;
        };
        auto f = [](const char *text) { return QStringList{QString::fromLatin1(text)}; };
        row("size=", false, f("size=5400"), {zeta, alpha});
        row("size!=", false, f("size!=5400"), {data, app});
        row("size>", false, f("size>2000"), {zeta, alpha});
        row("size>=", false, f("size>=2000"), {data, zeta, alpha});
        row("size<", false, f("size<2000"), {app});
        row("size<=", false, f("size<=2000"), {data, app});
        row("size>2K is 2000 bytes", false, f("size>2K"), {zeta, alpha});
        row("size>5KB", false, f("size>5KB"), {zeta, alpha});
        row("size>5400 nothing", false, f("size>5400"), {});
        row("spaces around", false, f("  size >= 2000  "), {data, zeta, alpha});
        row("accessed>30d", false, f("accessed>30d"), {data});
        row("accessed<2d", false, f("accessed<2d"), {zeta});
        row("accessed<=2d", false, f("accessed<=2d"), {zeta, alpha});
        row("accessed>48h", false, f("accessed>48h"), {data, app});
        row("accessed>=48h", false, f("accessed>=48h"), {data, alpha, app});
        row("accessed=10d", false, f("accessed=10d"), {app});
        row("accessed!=10d", false, f("accessed!=10d"), {data, zeta, alpha});
        row("modified>30d", false, f("modified>30d"), {data});
        row("modified<=10d", false, f("modified<=10d"), {zeta, app});
        row("modified=20d", false, f("modified=20d"), {alpha});
        row("modified<1w", false, f("modified<1w"), {zeta});
        row("modified>3mo", false, f("modified>3mo"), {data});
        row("modified<6mo", false, f("modified<6mo"), {zeta, alpha, app});
        row("modified<1y", false, f("modified<1y"), {data, zeta, alpha, app});
        row("type=model", false, f("type=model"), {zeta, alpha});
        row("type=DATASET", false, f("type=DATASET"), {data});
        row("type=space", false, f("type=space"), {app});
        row("type=models matches nothing", false, f("type=models"), {});
        row("refs=main", false, f("refs=main"), {data, zeta, alpha});
        row("refs=MAIN", false, f("refs=MAIN"), {data, zeta, alpha});
        row("refs=release", false, f("refs=release"), {app});
        row("refs=nope", false, f("refs=nope"), {});
        row("and: size, accessed", false, {QStringLiteral("size>1K"), QStringLiteral("accessed<30d")}, {zeta, alpha});
        row("and: type, modified", false, {QStringLiteral("type=model"), QStringLiteral("modified>7d")}, {alpha});
        row("and: contradiction", false, {QStringLiteral("size>1K"), QStringLiteral("size<1K")}, {});
        // --revisions: size, modified and accessed are the revision's (accessed: its newest blob's;
        // both alpha revisions share w, read 2 days ago).
        row("rev size>5000", true, f("size>5000"), {QStringLiteral("zeta"), QStringLiteral("alpha-old"), QStringLiteral("alpha-main")});
        row("rev size>5200", true, f("size>5200"), {QStringLiteral("zeta"), QStringLiteral("alpha-old")});
        row("rev size=5100", true, f("size=5100"), {QStringLiteral("alpha-main")});
        row("rev modified>30d", true, f("modified>30d"), {QStringLiteral("data"), QStringLiteral("alpha-old")});
        row("rev modified<=20d", true, f("modified<=20d"), {QStringLiteral("zeta"), QStringLiteral("alpha-main"), QStringLiteral("app")});
        row("rev accessed<=2d", true, f("accessed<=2d"),
            {QStringLiteral("zeta"), QStringLiteral("alpha-old"), QStringLiteral("alpha-main")});
        row("rev refs=main skips detached", true, f("refs=main"),
            {QStringLiteral("data"), QStringLiteral("zeta"), QStringLiteral("alpha-main")});
        row("rev type=model", true, f("type=model"), {QStringLiteral("zeta"), QStringLiteral("alpha-old"), QStringLiteral("alpha-main")});
    }
    void filter()
    {
        QFETCH(bool, revisions);
        QFETCH(QStringList, filters);
        QFETCH(QStringList, expected);
        CacheListQuery query;
        query.setIncludeRevisions(revisions);
        for (const QString &expression : std::as_const(filters)) {
            QString error;
            QVERIFY2(query.addFilter(expression, &error), qPrintable(error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QCOMPARE(labels(query), expected);
    }

    // Beyond hf, which judges a revision by its repo's access time: a repo whose main revision
    // was read yesterday does not make its detached revision, untouched for 100 days, recent.
    void revisionAccessIsItsNewestBlob()
    {
        FixtureCache cache;
        const QString folder = QStringLiteral("models--org--mixed");
        const QString main = FixtureCache::commit(QStringLiteral("mixed-main")), old = FixtureCache::commit(QStringLiteral("mixed-old"));
        cache.addBlob(folder, QStringLiteral("new"), QByteArray(10, 'n'), kNow - 1 * kDay, kNow - 1 * kDay);
        cache.addBlob(folder, QStringLiteral("old"), QByteArray(20, 'o'), kNow - 100 * kDay, kNow - 100 * kDay);
        cache.addLink(folder, main, QStringLiteral("model.bin"), QStringLiteral("new"));
        cache.addLink(folder, old, QStringLiteral("model.bin"), QStringLiteral("old"));
        cache.addRef(folder, QStringLiteral("main"), main);
        // A partial download is no blob: it makes nothing recent.
        cache.writeFile(folder + QStringLiteral("/blobs/partial.incomplete"), QByteArray(5, 'p'));
        const CacheScan scan = CacheScanner::scan(cache.root());
        QCOMPARE(scan.repos.size(), 1);
        QCOMPARE(scan.repos[0].lastAccessed, kNow - 1 * kDay);
        QString error;
        CacheListQuery revisions;
        revisions.setIncludeRevisions(true);
        QVERIFY(revisions.addFilter(QStringLiteral("accessed>30d"), &error));
        const QList<CacheListQuery::Entry> oldOnes = revisions.run(scan, kNow);
        QCOMPARE(oldOnes.size(), 1);
        QCOMPARE(oldOnes.first().revision->commitHash, old);
        QCOMPARE(oldOnes.first().revision->lastAccessed, kNow - 100 * kDay);
        CacheListQuery repos;
        QVERIFY(repos.addFilter(QStringLiteral("accessed>30d"), &error));
        QVERIFY(repos.run(scan, kNow).isEmpty());
    }

    void badFilter_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("error");
        auto row = [](const char *expression, const char *error) {
            QTest::newRow(expression) << QString::fromLatin1(expression) << QString::fromLatin1(error);
        };
        row("size==1", "Unsupported operator '==' in filter 'size==1'. Must be one of");
        row("colour==red", "Unsupported operator '=='"); // the operator is checked before the key, as hf does
        row("type>model", "Only '=' is supported for 'type' filters. Got '>'.");
        row("type!=model", "Only '=' is supported for 'type' filters. Got '!='.");
        row("refs>=main", "Only '=' is supported for 'refs' filters. Got '>='.");
        row("colour=red", "Unsupported filter key 'colour' in 'colour=red'. Must be one of accessed, modified, refs, size, type.");
        row("garbage", "Invalid filter expression: 'garbage'.");
        row("", "Invalid filter expression: ''.");
        row("size>", "Invalid filter expression: 'size>'.");
        row("2size>1", "Invalid filter expression: '2size>1'.");
        row("size>huge", "Invalid value 'huge'");
        row("size>1.5GB", "Invalid value '1.5GB'");
        row("size=>1", "Invalid value '>1'");
        row("size>10XB", "Unknown unit 'xb'");
        row("accessed>7x", "Unknown unit 'x'");
        row("modified<soon", "Invalid value 'soon'");
    }
    void badFilter()
    {
        QFETCH(QString, expression);
        QFETCH(QString, error);
        CacheListQuery query;
        QString message;
        QVERIFY(!query.addFilter(expression, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void sort_data()
    {
        QTest::addColumn<bool>("revisions");
        QTest::addColumn<QString>("sort");
        QTest::addColumn<QStringList>("expected");
        const QString data = QStringLiteral("dataset/org/data"), zeta = QStringLiteral("model/Zeta/tiny"),
                      alpha = QStringLiteral("model/org/alpha"), app = QStringLiteral("space/org/app");
        const QString rData = QStringLiteral("data"), rZeta = QStringLiteral("zeta"), rOld = QStringLiteral("alpha-old"),
                      rMain = QStringLiteral("alpha-main"), rApp = QStringLiteral("app");
        // Zeta and alpha have the same size (and the two alpha revisions the same access time):
        // Python's sort is stable, reverse=True included, so ties keep the base order.
        QTest::newRow("size: desc by default") << false << QStringLiteral("size") << QStringList{zeta, alpha, data, app};
        QTest::newRow("size:desc") << false << QStringLiteral("size:desc") << QStringList{zeta, alpha, data, app};
        QTest::newRow("size:asc") << false << QStringLiteral("size:asc") << QStringList{app, data, zeta, alpha};
        QTest::newRow("accessed: desc by default") << false << QStringLiteral("accessed") << QStringList{zeta, alpha, app, data};
        QTest::newRow("accessed:asc") << false << QStringLiteral("accessed:asc") << QStringList{data, app, alpha, zeta};
        QTest::newRow("modified: desc by default") << false << QStringLiteral("modified") << QStringList{zeta, app, alpha, data};
        QTest::newRow("modified:asc") << false << QStringLiteral("modified:asc") << QStringList{data, alpha, app, zeta};
        QTest::newRow("name: asc by default, case-insensitive") << false << QStringLiteral("name") << QStringList{data, alpha, zeta, app};
        QTest::newRow("name:asc") << false << QStringLiteral("name:asc") << QStringList{data, alpha, zeta, app};
        QTest::newRow("name:desc") << false << QStringLiteral("name:desc") << QStringList{app, zeta, alpha, data};
        QTest::newRow("upper case") << false << QStringLiteral("NAME:DESC") << QStringList{app, zeta, alpha, data};
        QTest::newRow("spaces around") << false << QStringLiteral(" size:asc ") << QStringList{app, data, zeta, alpha};
        QTest::newRow("rev size") << true << QStringLiteral("size") << QStringList{rZeta, rOld, rMain, rData, rApp};
        QTest::newRow("rev size:asc") << true << QStringLiteral("size:asc") << QStringList{rApp, rData, rMain, rOld, rZeta};
        QTest::newRow("rev modified") << true << QStringLiteral("modified") << QStringList{rZeta, rApp, rMain, rOld, rData};
        QTest::newRow("rev modified:asc") << true << QStringLiteral("modified:asc") << QStringList{rData, rOld, rMain, rApp, rZeta};
        QTest::newRow("rev accessed: newest blob, stable")
            << true << QStringLiteral("accessed") << QStringList{rZeta, rOld, rMain, rApp, rData};
        QTest::newRow("rev accessed:asc, stable") << true << QStringLiteral("accessed:asc") << QStringList{rData, rApp, rOld, rMain, rZeta};
        QTest::newRow("rev name:desc, stable") << true << QStringLiteral("name:desc") << QStringList{rApp, rZeta, rOld, rMain, rData};
    }
    void sort()
    {
        QFETCH(bool, revisions);
        QFETCH(QString, sort);
        QFETCH(QStringList, expected);
        CacheListQuery query;
        query.setIncludeRevisions(revisions);
        QString error;
        QVERIFY2(query.setSort(sort, &error), qPrintable(error));
        QCOMPARE(labels(query), expected);
    }

    void badSort_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown key") << QStringLiteral("colour") << QStringLiteral("Unsupported sort key 'colour' in 'colour'.");
        QTest::newRow("unknown key with order") << QStringLiteral("owner:asc") << QStringLiteral("Unsupported sort key 'owner'");
        QTest::newRow("bad order") << QStringLiteral("size:sideways") << QStringLiteral("Invalid sort expression: 'size:sideways'.");
        QTest::newRow("empty order") << QStringLiteral("size:") << QStringLiteral("Invalid sort expression: 'size:'.");
        QTest::newRow("space") << QStringLiteral("size desc") << QStringLiteral("Invalid sort expression");
        QTest::newRow("empty") << QString() << QStringLiteral("Invalid sort expression: ''.");
    }
    void badSort()
    {
        QFETCH(QString, sort);
        QFETCH(QString, error);
        CacheListQuery query;
        QString message;
        QVERIFY(!query.setSort(sort, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void limit_data()
    {
        QTest::addColumn<bool>("revisions");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("sort");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no limit") << false << QString() << QString() << -1
                                  << QStringList{QStringLiteral("dataset/org/data"), QStringLiteral("model/Zeta/tiny"),
                                                 QStringLiteral("model/org/alpha"), QStringLiteral("space/org/app")};
        QTest::newRow("zero") << false << QString() << QString() << 0 << QStringList{};
        QTest::newRow("base order") << false << QString() << QString() << 2
                                    << QStringList{QStringLiteral("dataset/org/data"), QStringLiteral("model/Zeta/tiny")};
        QTest::newRow("after sort") << false << QString() << QStringLiteral("size:asc") << 2
                                    << QStringList{QStringLiteral("space/org/app"), QStringLiteral("dataset/org/data")};
        QTest::newRow("after filter and sort") << false << QStringLiteral("size>1K") << QStringLiteral("accessed:asc") << 2
                                               << QStringList{QStringLiteral("dataset/org/data"), QStringLiteral("model/org/alpha")};
        QTest::newRow("more than rows") << false << QStringLiteral("type=model") << QString() << 10
                                        << QStringList{QStringLiteral("model/Zeta/tiny"), QStringLiteral("model/org/alpha")};
        QTest::newRow("revisions") << true << QStringLiteral("type=model") << QStringLiteral("size:asc") << 1
                                   << QStringList{QStringLiteral("alpha-main")};
        QTest::newRow("revisions, three") << true << QString() << QStringLiteral("modified") << 3
                                          << QStringList{QStringLiteral("zeta"), QStringLiteral("app"), QStringLiteral("alpha-main")};
    }
    void limit()
    {
        QFETCH(bool, revisions);
        QFETCH(QString, filter);
        QFETCH(QString, sort);
        QFETCH(int, limit);
        QFETCH(QStringList, expected);
        CacheListQuery query;
        query.setIncludeRevisions(revisions);
        QString error;
        if (!filter.isEmpty())
            QVERIFY2(query.addFilter(filter, &error), qPrintable(error));
        if (!sort.isEmpty())
            QVERIFY2(query.setSort(sort, &error), qPrintable(error));
        query.setLimit(limit);
        QCOMPARE(labels(query), expected);
    }

    void relativeToNow()
    {
        // The same query, asked a day later, ages every entry by a day.
        CacheListQuery query;
        QString error;
        QVERIFY(query.addFilter(QStringLiteral("accessed>=2d"), &error));
        QCOMPARE(query.run(m_scan, kNow).size(), 3);
        QCOMPARE(query.run(m_scan, kNow + kDay).size(), 4);
        QCOMPARE(query.run(m_scan, kNow - 9 * kDay).size(), 1); // only data (then 91 d) is still old enough
    }
};

QTEST_GUILESS_MAIN(TestCacheListQuery)
#include "tst_cachelistquery.moc"
