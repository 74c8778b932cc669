// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AtimeProbe.h"
#include "BlobVerifier.h"
#include "CacheScanner.h"
#include "CliRun.h"
#include "FixtureCache.h"
#include "IntegrityCheck.h"
#include "VerifyResultsDialog.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTreeWidget>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace hubdeck;
using hubdeck::test::AtimeProbe;
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

    // Replaces a file by a FIFO, a link to /dev/zero or a folder.
    static void plant(const QString &path, const QString &kind)
    {
        QFile::remove(path);
        if (kind == u"fifo")
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (kind == u"device")
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        else
            QVERIFY(QDir().mkdir(path));
    }

    // Waits for a check that must not hang; if it does, a writer is opened and closed on the
    // FIFO so that the stuck read ends, and the test fails instead of hanging.
    static bool finishesPromptly(QFuture<VerifyReport> &future, const QString &fifo)
    {
        QDeadlineTimer deadline(5000);
        while (!future.isFinished() && !deadline.hasExpired())
            QThread::msleep(5);
        if (future.isFinished())
            return true;
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
        future.waitForFinished();
        return false;
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
        // Named as a person knows it: the files, by revision and path, not only the blob's hash.
        using File = std::pair<QString, QString>;
        QList<File> files = weightsProblem.files;
        std::sort(files.begin(), files.end());
        QList<File> expected{{FixtureCache::commit(QStringLiteral("v1")), QStringLiteral("model.bin")},
                             {FixtureCache::commit(QStringLiteral("v2")), QStringLiteral("model.bin")}};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(files, expected);
        const auto &configProblem = report.problems[0].blobPath == config ? report.problems[0] : report.problems[1];
        QCOMPARE(configProblem.files, (QList<File>{{FixtureCache::commit(QStringLiteral("v1")), QStringLiteral("config.json")}}));

        VerifyResultsDialog dialog(report);
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("verifyProblems"));
        QVERIFY(list);
        QStringList shown;
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            shown.append(list->topLevelItem(row)->text(1));
        QVERIFY2(shown.contains(QStringLiteral("config.json in %1").arg(FixtureCache::commit(QStringLiteral("v1")).left(12))),
                 qPrintable(shown.join(u'|')));
        QVERIFY(shown.contains(QStringLiteral("model.bin in %1 (+1 more)").arg(files.first().first.left(12))) ||
                shown.contains(QStringLiteral("model.bin in %1 (+1 more)").arg(weightsProblem.files.first().first.left(12))));
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
        for (const VerifyReport::Problem &problem : report.problems)
            if (problem.kind == VerifyReport::Problem::Kind::Unreadable)
                QCOMPARE(problem.message, QStringLiteral("not a regular file (a directory)"));
    }

    void notRegularBlobsNeverHang_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("not a regular file (a FIFO)");
        QTest::newRow("link to /dev/zero") << QStringLiteral("device") << QStringLiteral("not a regular file (a character device)");
        QTest::newRow("directory") << QStringLiteral("directory") << QStringLiteral("not a regular file (a directory)");
    }
    void notRegularBlobsNeverHang()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        FixtureCache cache;
        const Built built = build(cache);
        const QString config = cache.path(QStringLiteral("models--org--checked/blobs/") + built.config);
        // The items of the healthy cache: the snapshot entry config.json links to blobs/<config>.
        const auto items = BlobVerifier::itemsFor(CacheScanner::scan(cache.root()));
        QCOMPARE(items.size(), 2);
        plant(config, kind);
        QElapsedTimer timer;
        timer.start();
        QFuture<VerifyReport> future = BlobVerifier::verifyAsync(items);
        QVERIFY2(finishesPromptly(future, config), "verify hung on the blob");
        QVERIFY(timer.elapsed() < 5000);
        const VerifyReport report = future.result();
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().blobPath, config);
        QCOMPARE(report.problems.first().kind, VerifyReport::Problem::Kind::Unreadable);
        QCOMPARE(report.problems.first().message, message);
        QCOMPARE(report.problems.first().revisions, QStringList{FixtureCache::commit(QStringLiteral("v1"))});
        QCOMPARE(report.checked, 1);                      // the weights still are checked
        QCOMPARE(report.bytesRead, 3 * 1024 * 1024 + 17); // and nothing is read from /dev/zero
    }

    void cliReportsAFifoBlobAndReturns()
    {
        FixtureCache cache;
        const Built built = build(cache);
        const QString config = cache.path(QStringLiteral("models--org--checked/blobs/") + built.config);
        plant(config, QStringLiteral("fifo"));
        QProcess process;
        process.start(qEnvironmentVariable("HUBDECK_CLI"),
                      {QStringLiteral("cache"), QStringLiteral("verify"), QStringLiteral("--dir"), cache.root()});
        process.closeWriteChannel();
        const bool finished = process.waitForFinished(10000);
        if (!finished) {
            const int fd = ::open(QFile::encodeName(config).constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
            process.waitForFinished(5000);
        }
        QVERIFY2(finished, "hubdeck-cli cache verify hung on a FIFO");
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(out.contains(QStringLiteral("not a regular file (a FIFO)")), qPrintable(out));
    }

    void sizeDiffersFromTrees()
    {
        FixtureCache cache;
        const Built built = build(cache);
        const QString c1 = FixtureCache::commit(QStringLiteral("v1")), c2 = FixtureCache::commit(QStringLiteral("v2"));
        // v1's record says model.bin is 999 bytes (lfs_size; 134 is its pointer's size); the
        // config's 23 bytes are right.
        cache.writeFile(QStringLiteral("models--org--checked/trees/%1.json").arg(c1),
                        QStringLiteral(R"({"format_version": 1, "files": {"config.json": {"size": 23, "blob_id": "%1"},)"
                                       R"( "model.bin": {"size": 134, "blob_id": "x", "lfs_sha256": "%2", "lfs_size": 999}}})")
                            .arg(built.config, built.weights)
                            .toUtf8());
        // v2's record is a FIFO: never read, never waited for.
        QCOMPARE(::mkfifo(QFile::encodeName(cache.path(QStringLiteral("models--org--checked/trees/%1.json").arg(c2))).constData(), 0600),
                 0);
        const auto items = BlobVerifier::itemsFor(CacheScanner::scan(cache.root()));
        QFuture<VerifyReport> future = BlobVerifier::verifyAsync(items);
        QVERIFY2(finishesPromptly(future, cache.path(QStringLiteral("models--org--checked/trees/%1.json").arg(c2))),
                 "verify hung on trees/");
        const VerifyReport report = future.result();
        QCOMPARE(report.checked, 2);
        QCOMPARE(report.problems.size(), 1);
        const VerifyReport::Problem &problem = report.problems.first();
        QCOMPARE(problem.kind, VerifyReport::Problem::Kind::Mismatch);
        QVERIFY(problem.blobPath.endsWith(built.weights));
        QCOMPARE(problem.message,
                 QStringLiteral("size %1 bytes, but trees/%2.json records 999 bytes for model.bin").arg(3 * 1024 * 1024 + 17).arg(c1));
        QCOMPARE(problem.revisions, QStringList{c1}); // v2 links to the same bytes but records nothing against them

        const auto sizes = BlobVerifier::treeSizes(cache.path(QStringLiteral("models--org--checked")), c1);
        QVERIFY(sizes);
        QCOMPARE(sizes->value(QStringLiteral("config.json")), 23);
        QCOMPARE(sizes->size(), 2);
    }

    void malformedTreesAreIgnored_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("{\"files\": {\"model.bin\": {\"size\": 5");
        QTest::newRow("files not an object") << QByteArray(R"({"format_version": 1, "files": [1, 2]})");
        QTest::newRow("size not a number") << QByteArray(R"({"files": {"model.bin": {"size": "5"}, "config.json": 7}})");
        QTest::newRow("negative size") << QByteArray(R"({"files": {"model.bin": {"size": -1}}})");
        QTest::newRow("empty") << QByteArray();
    }
    void malformedTreesAreIgnored()
    {
        QFETCH(QByteArray, content);
        FixtureCache cache;
        build(cache);
        cache.writeFile(QStringLiteral("models--org--checked/trees/%1.json").arg(FixtureCache::commit(QStringLiteral("v1"))), content);
        const VerifyReport report = BlobVerifier::verify(BlobVerifier::itemsFor(CacheScanner::scan(cache.root())));
        QVERIFY(report.isClean());
        QCOMPARE(report.checked, 2);
    }

    void verifyKeepsAccessTimes()
    {
        FixtureCache cache;
        HUBDECK_REQUIRE_ATIME_UPDATES(cache.root());
        const Built built = build(cache); // blobs accessed in 2023, long before the 24 h relatime window
        const QString weights = cache.path(QStringLiteral("models--org--checked/blobs/") + built.weights);
        const QString config = cache.path(QStringLiteral("models--org--checked/blobs/") + built.config);
        FixtureCache::setTimes(weights, 1600000000.123456, 1600000000);
        const timespec weightsBefore = AtimeProbe::atime(weights), configBefore = AtimeProbe::atime(config);
        const VerifyReport report = BlobVerifier::verify(BlobVerifier::itemsFor(CacheScanner::scan(cache.root())));
        QVERIFY(report.isClean());
        QCOMPARE(report.checked, 2);
        HUBDECK_COMPARE_ATIME(weightsBefore, weights);
        HUBDECK_COMPARE_ATIME(configBefore, config);
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
        QSignalSpy progressed(&check, &IntegrityCheck::progressed);
        QCOMPARE(check.start(scan), 2);  // the weights and the config; the copied file has no hash name
        QCOMPARE(check.start(scan), -1); // one at a time
        QVERIFY(finished.wait(10000));
        const VerifyReport report = finished.first().first().value<VerifyReport>();
        QVERIFY(report.isClean());
        QCOMPARE(report.checked, 2);
        QCOMPARE(report.skipped, 1);
        QVERIFY(!progressed.isEmpty()); // bytes and blobs, as the status bar shows them
        QCOMPARE(progressed.constLast().at(0).toLongLong(), report.bytesRead);
        QCOMPARE(progressed.constLast().at(1).toLongLong(), report.bytesRead);
        QCOMPARE(progressed.constLast().at(2).toInt(), 2);
        QCOMPARE(progressed.constLast().at(3).toInt(), 2);
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
        qint64 total = 0;
        for (const BlobVerifier::Item &item : BlobVerifier::itemsFor(scan))
            total += item.size;
        QCOMPARE(watcher.progressValue(), int(total >> 10)); // KiB
        QCOMPARE(watcher.progressText(), QStringLiteral("%1 %1 %2 %2").arg(total).arg(BlobVerifier::itemsFor(scan).size()));

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
            const hubdeck::test::CliRun result = hubdeck::test::CliRun::run(arguments);
            *out = result.out;
            return result.code;
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
        const QJsonArray problems = QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        const QJsonArray files = problems.first().toObject().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().toObject().value(QStringLiteral("path")).toString(), QStringLiteral("config.json"));
        QCOMPARE(files.first().toObject().value(QStringLiteral("revision")).toString(), FixtureCache::commit(QStringLiteral("v1")));
        QCOMPARE(run({QStringLiteral("cache"), QStringLiteral("verify"), QStringLiteral("--dir"), cache.root()}, &out), 1);
        QVERIFY2(out.contains(QStringLiteral("    config.json in %1").arg(FixtureCache::commit(QStringLiteral("v1")))), qPrintable(out));
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

QTEST_MAIN(TestVerify)
#include "tst_verify.moc"
