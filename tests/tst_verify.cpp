#include "BlobVerifier.h"
#include "CacheScanner.h"
#include "FixtureCache.h"
#include "IntegrityCheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace hubdeck;
using hubdeck::test::FixtureCache;

// Offline integrity checks: blob names are content hashes.
class TestVerify : public QObject
{
    Q_OBJECT

    static QString sha256(const QByteArray &content)
    {
        return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    }
    static QString gitBlob(const QByteArray &content)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash("blob " + QByteArray::number(content.size()) + '\0' + content, QCryptographicHash::Sha1).toHex());
    }

    // weights (sha256 name), config (git name), a copied file (no hash name), in two revisions.
    struct Built
    {
        QString weights, config;
    };
    static Built build(FixtureCache &cache)
    {
        const QString repo = QStringLiteral("models--org--checked");
        const QByteArray weights(3 * 1024 * 1024 + 17, 'w');
        const QByteArray config = "{\"model_type\": \"bert\"}\n";
        Built built{sha256(weights), gitBlob(config)};
        cache.addBlob(repo, built.weights, weights);
        cache.addBlob(repo, built.config, config);
        const QString c1 = FixtureCache::commit(QStringLiteral("v1")), c2 = FixtureCache::commit(QStringLiteral("v2"));
        cache.addLink(repo, c1, QStringLiteral("model.bin"), built.weights);
        cache.addLink(repo, c1, QStringLiteral("config.json"), built.config);
        cache.addLink(repo, c2, QStringLiteral("model.bin"), built.weights);
        cache.addCopiedFile(repo, c2, QStringLiteral("notes.txt"), "copied");
        return built;
    }

private Q_SLOTS:
    void cleanCacheVerifies()
    {
        FixtureCache cache;
        build(cache);
        const CacheScan scan = CacheScanner::scan(cache.root());
        int skipped = 0;
        const auto items = BlobVerifier::itemsFor(scan, {}, {}, &skipped);
        QCOMPARE(items.size(), 2);
        QCOMPARE(skipped, 1); // the copied file has no hash in its name
        const VerifyReport report = BlobVerifier::verify(items);
        QVERIFY(report.isClean());
        QCOMPARE(report.checked, 2);
        QCOMPARE(report.bytesRead, 3 * 1024 * 1024 + 17 + 23); // weights + the 23-byte config
    }

    void flippedByteAndTruncatedBlob()
    {
        FixtureCache cache;
        const Built built = build(cache);
        const QString weights = cache.path(QStringLiteral("models--org--checked/blobs/") + built.weights);
        const QString config = cache.path(QStringLiteral("models--org--checked/blobs/") + built.config);
        {
            QFile file(weights);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(2 * 1024 * 1024 + 5); // in the third read block
            file.write("x");
        }
        QVERIFY(QFile::resize(config, 5));
        const CacheScan scan = CacheScanner::scan(cache.root());
        const VerifyReport report = BlobVerifier::verify(BlobVerifier::itemsFor(scan));
        QCOMPARE(report.problems.size(), 2);
        for (const auto &problem : report.problems)
            QCOMPARE(problem.kind, VerifyReport::Problem::Kind::Mismatch);
        QCOMPARE(report.problems[0].blobPath, std::min(weights, config));
        const auto &weightsProblem = report.problems[0].blobPath == weights ? report.problems[0] : report.problems[1];
        QCOMPARE(weightsProblem.revisions.size(), 2); // both revisions link to it
    }

    void missingAndUnreadableBlobs()
    {
        FixtureCache cache;
        const Built built = build(cache);
        const CacheScan scan = CacheScanner::scan(cache.root());
        const auto items = BlobVerifier::itemsFor(scan);
        QVERIFY(QFile::remove(cache.path(QStringLiteral("models--org--checked/blobs/") + built.config)));
        // A blob that cannot be read, whoever runs the test (root reads through permissions):
        // a folder where the file was opens but fails on read.
        const QString weights = cache.path(QStringLiteral("models--org--checked/blobs/") + built.weights);
        QVERIFY(QFile::remove(weights));
        QVERIFY(QDir().mkdir(weights));
        const VerifyReport report = BlobVerifier::verify(items);
        QCOMPARE(report.problems.size(), 2);
        QMap<QString, VerifyReport::Problem::Kind> kinds;
        for (const VerifyReport::Problem &problem : report.problems)
            kinds.insert(problem.blobPath.section(u'/', -1), problem.kind);
        QCOMPARE(kinds.value(built.config), VerifyReport::Problem::Kind::Missing);
        QCOMPARE(kinds.value(built.weights), VerifyReport::Problem::Kind::Unreadable);
    }

    void selectionByRevision()
    {
        FixtureCache cache;
        build(cache);
        const CacheScan scan = CacheScanner::scan(cache.root());
        const auto items = BlobVerifier::itemsFor(
            scan, {}, {RevisionKey{QStringLiteral("models--org--checked"), FixtureCache::commit(QStringLiteral("v2"))}});
        QCOMPARE(items.size(), 1); // v2: the weights (its copied file is skipped)
    }

    void integrityCheckRunsOneAtATime()
    {
        FixtureCache cache;
        build(cache);
        const CacheScan scan = CacheScanner::scan(cache.root());
        IntegrityCheck check;
        QSignalSpy finished(&check, &IntegrityCheck::finished);
        QCOMPARE(check.start(scan), 2);  // the weights and the config; the copied file has no hash name
        QCOMPARE(check.start(scan), -1); // one at a time
        QVERIFY(finished.wait(10000));
        const VerifyReport report = finished.first().first().value<VerifyReport>();
        QVERIFY(report.isClean());
        QCOMPARE(report.checked, 2);
        QCOMPARE(report.skipped, 1);
        QVERIFY(!check.isRunning());
        QCOMPARE(check.start(scan), 2); // and again once done
        QVERIFY(finished.wait(10000));
    }

    void asyncWithProgressAndCancel()
    {
        FixtureCache cache;
        build(cache);
        const CacheScan scan = CacheScanner::scan(cache.root());
        QFutureWatcher<VerifyReport> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcher<VerifyReport>::finished);
        watcher.setFuture(BlobVerifier::verifyAsync(BlobVerifier::itemsFor(scan)));
        QVERIFY(finished.wait(10000));
        QVERIFY(watcher.result().isClean());
        QCOMPARE(watcher.progressValue(), 3);

        auto cancel = std::make_shared<std::atomic_bool>(true);
        QFuture<VerifyReport> stopped = BlobVerifier::verifyAsync(BlobVerifier::itemsFor(scan), cancel);
        stopped.waitForFinished();
        QVERIFY(stopped.result().canceled);
        QCOMPARE(stopped.result().checked, 0);
    }

    void cliReportsAndDeletesCorruptRevisions()
    {
        FixtureCache cache;
        const Built built = build(cache);
        auto run = [&](const QStringList &arguments, QString *out) {
            QProcess process;
            process.start(qEnvironmentVariable("HUBDECK_CLI"), arguments);
            process.closeWriteChannel();
            process.waitForFinished(30000);
            *out = QString::fromUtf8(process.readAllStandardOutput());
            return process.exitCode();
        };
        QString out;
        QCOMPARE(run({QStringLiteral("cache"), QStringLiteral("verify"), QStringLiteral("--dir"), cache.root()}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("Verified 2 blob(s)")));
        {
            QFile file(cache.path(QStringLiteral("models--org--checked/blobs/") + built.config));
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.write("X");
        }
        QCOMPARE(run({QStringLiteral("cache"), QStringLiteral("verify"), QStringLiteral("--dir"), cache.root(), QStringLiteral("--format"),
                      QStringLiteral("json")},
                     &out),
                 1);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("problems")).toArray().size(), 1);
        QCOMPARE(run({QStringLiteral("cache"), QStringLiteral("verify"), QStringLiteral("--dir"), cache.root(),
                      QStringLiteral("--delete-corrupt"), QStringLiteral("--yes")},
                     &out),
                 1);
        // v1 used the bad config: it is gone; v2 stays with the shared weights.
        const CacheScan after = CacheScanner::scan(cache.root());
        QCOMPARE(after.repos.size(), 1);
        QCOMPARE(after.repos.first().revisions.size(), 1);
        QCOMPARE(after.repos.first().revisions.first().commitHash, FixtureCache::commit(QStringLiteral("v2")));
        QCOMPARE(run({QStringLiteral("cache"), QStringLiteral("verify"), QStringLiteral("--dir"), cache.root()}, &out), 0);
    }
};

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
