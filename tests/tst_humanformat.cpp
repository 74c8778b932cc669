#include "CacheListQuery.h"
#include "CacheScanner.h"
#include "FixtureCache.h"
#include "HumanFormat.h"

#include <QTest>

using namespace hubdeck;
using hubdeck::test::FixtureCache;

// The wording of huggingface_hub's CLI (_format_size, format_timesince, parse_size,
// parse_duration) and the rows of `hf cache ls` (filters, sort, limit).
class TestHumanFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void size_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0.0";
        QTest::newRow("999") << qint64(999) << "999.0";
        QTest::newRow("1000") << qint64(1000) << "1.0K";
        QTest::newRow("116.3K") << qint64(116300) << "116.3K";
        QTest::newRow("1.9G") << qint64(1900000000) << "1.9G";
        QTest::newRow("22.5T") << qint64(22500000000000) << "22.5T";
        QTest::newRow("just under a K") << qint64(999949) << "999.9K";
    }
    void size()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(HumanFormat::size(bytes), text);
    }

    void timeSince_data()
    {
        QTest::addColumn<double>("delta");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << 0.0 << "a few seconds ago";
        QTest::newRow("19 s") << 19.9 << "a few seconds ago";
        QTest::newRow("45 s") << 45.0 << "45 seconds ago";
        QTest::newRow("60 s") << 60.0 << "60 seconds ago";
        QTest::newRow("61 s") << 61.0 << "1 minute ago";
        QTest::newRow("90 s rounds half to even") << 90.0 << "2 minutes ago";
        QTest::newRow("150 s rounds half to even") << 150.0 << "2 minutes ago";
        QTest::newRow("3 hours") << 3.0 * 3600 << "3 hours ago";
        QTest::newRow("6.4 days") << 6.4 * 86400 << "6 days ago";
        QTest::newRow("6.6 days") << 6.6 * 86400 << "1 week ago";
        QTest::newRow("5 weeks") << 35.0 * 86400 << "5 weeks ago";
        QTest::newRow("11 months") << 330.0 * 86400 << "11 months ago";
        QTest::newRow("2 years") << 730.0 * 86400 << "2 years ago";
    }
    void timeSince()
    {
        QFETCH(double, delta);
        QFETCH(QString, text);
        const double now = 1800000000.0;
        QCOMPARE(HumanFormat::timeSince(now - delta, now), text);
    }

    void parse()
    {
        QCOMPARE(HumanFormat::parseSize(QStringLiteral("1GB")), std::optional<qint64>(1000000000));
        QCOMPARE(HumanFormat::parseSize(QStringLiteral("500mb")), std::optional<qint64>(500000000));
        QCOMPARE(HumanFormat::parseSize(QStringLiteral(" 42 ")), std::optional<qint64>(42));
        QString error;
        QVERIFY(!HumanFormat::parseSize(QStringLiteral("1.5GB"), &error));
        QVERIFY(error.contains(QStringLiteral("Invalid value")));
        QVERIFY(!HumanFormat::parseSize(QStringLiteral("10XB"), &error));
        QVERIFY(error.contains(QStringLiteral("Unknown unit 'xb'")));
        QCOMPARE(HumanFormat::parseDuration(QStringLiteral("7d")), std::optional<qint64>(7 * 86400));
        QCOMPARE(HumanFormat::parseDuration(QStringLiteral("12h")), std::optional<qint64>(12 * 3600));
        QCOMPARE(HumanFormat::parseDuration(QStringLiteral("2w")), std::optional<qint64>(14 * 86400));
        QCOMPARE(HumanFormat::parseDuration(QStringLiteral("3mo")), std::optional<qint64>(90 * 86400));
        QCOMPARE(HumanFormat::parseDuration(QStringLiteral("1y")), std::optional<qint64>(365 * 86400));
        QCOMPARE(HumanFormat::parseDuration(QStringLiteral("30m")), std::optional<qint64>(1800));
        QVERIFY(!HumanFormat::parseDuration(QStringLiteral("")));
    }

    void listQuery()
    {
        FixtureCache cache;
        const double now = 1800000000.0;
        auto repo = [&](const QString &folder, qint64 size, double ageDays, const QString &ref) {
            const QString commit = FixtureCache::commit(folder);
            cache.addBlob(folder, QStringLiteral("b"), QByteArray(size, 'x'), now - ageDays * 86400, now - ageDays * 86400);
            cache.addLink(folder, commit, QStringLiteral("f"), QStringLiteral("b"));
            if (!ref.isEmpty())
                cache.addRef(folder, ref, commit);
        };
        repo(QStringLiteral("models--org--big"), 5000, 100, QStringLiteral("main"));
        repo(QStringLiteral("models--org--small"), 10, 2, QStringLiteral("main"));
        repo(QStringLiteral("datasets--org--mid"), 2000, 40, QString());
        repo(QStringLiteral("spaces--org--app"), 300, 10, QStringLiteral("v1"));
        const CacheScan scan = CacheScanner::scan(cache.root());
        auto ids = [&](const CacheListQuery &query) {
            QStringList out;
            for (const auto &entry : query.run(scan, now))
                out.append(entry.repo->cacheId());
            return out;
        };
        QString error;
        CacheListQuery all;
        QCOMPARE(ids(all), (QStringList{QStringLiteral("dataset/org/mid"), QStringLiteral("model/org/big"), QStringLiteral("model/org/small"),
                                        QStringLiteral("space/org/app")}));
        CacheListQuery bySize;
        QVERIFY(bySize.setSort(QStringLiteral("size"), &error));
        QCOMPARE(ids(bySize).first(), QStringLiteral("model/org/big"));
        QVERIFY(bySize.setSort(QStringLiteral("size:asc"), &error));
        QCOMPARE(ids(bySize).first(), QStringLiteral("model/org/small"));
        CacheListQuery byName;
        QVERIFY(byName.setSort(QStringLiteral("name:desc"), &error));
        QCOMPARE(ids(byName).first(), QStringLiteral("space/org/app"));
        CacheListQuery filtered;
        QVERIFY(filtered.addFilter(QStringLiteral("size>1KB"), &error));
        QVERIFY(filtered.addFilter(QStringLiteral("accessed > 30d"), &error));
        QCOMPARE(ids(filtered), (QStringList{QStringLiteral("dataset/org/mid"), QStringLiteral("model/org/big")}));
        CacheListQuery typed;
        QVERIFY(typed.addFilter(QStringLiteral("type=model"), &error));
        QVERIFY(typed.addFilter(QStringLiteral("refs=MAIN"), &error));
        typed.setLimit(1);
        QCOMPARE(ids(typed), QStringList{QStringLiteral("model/org/big")});
        CacheListQuery modified;
        QVERIFY(modified.addFilter(QStringLiteral("modified<=10d"), &error));
        QCOMPARE(ids(modified), (QStringList{QStringLiteral("model/org/small"), QStringLiteral("space/org/app")}));
        CacheListQuery revisions;
        revisions.setIncludeRevisions(true);
        QVERIFY(revisions.addFilter(QStringLiteral("size!=10"), &error));
        QCOMPARE(revisions.run(scan, now).size(), 3);

        for (const QString &bad : {QStringLiteral("size==1"), QStringLiteral("type>model"), QStringLiteral("colour=red"), QStringLiteral("garbage"),
                                   QStringLiteral("size>huge")}) {
            CacheListQuery query;
            QVERIFY2(!query.addFilter(bad, &error), qPrintable(bad));
            QVERIFY(!error.isEmpty());
        }
        CacheListQuery badSort;
        QVERIFY(!badSort.setSort(QStringLiteral("colour"), &error));
        QVERIFY(!badSort.setSort(QStringLiteral("size:sideways"), &error));
    }
};

QTEST_GUILESS_MAIN(TestHumanFormat)
#include "tst_humanformat.moc"
