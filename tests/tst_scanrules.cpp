// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AtimeProbe.h"
#include "CacheScanner.h"
#include "FixtureCache.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFutureWatcher>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace hubdeck;
using hubdeck::test::AtimeProbe;
using hubdeck::test::FixtureCache;

namespace {
const QString kRepo = QStringLiteral("models--org--model");

const CachedRepo *findRepo(const CacheScan &scan, const QString &folder)
{
    for (const CachedRepo &repo : scan.repos)
        if (repo.folderName == folder)
            return &repo;
    return nullptr;
}

const CorruptedRepo *findCorrupted(const CacheScan &scan, const QString &path)
{
    for (const CorruptedRepo &corrupted : scan.corrupted)
        if (corrupted.path == path)
            return &corrupted;
    return nullptr;
}

const CachedRevision *findRevision(const CachedRepo &repo, const QString &hash)
{
    for (const CachedRevision &revision : repo.revisions)
        if (revision.commitHash == hash)
            return &revision;
    return nullptr;
}
} // namespace

// The scan rules of huggingface_hub's scan_cache_dir, case by case (hf-reference.md §3).
class TestScanRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repoWithSharedBlobAcrossRevisions()
    {
        FixtureCache cache;
        const QString c1 = FixtureCache::commit(QStringLiteral("one")), c2 = FixtureCache::commit(QStringLiteral("two"));
        const QString shared = FixtureCache::sha256(QStringLiteral("weights")), cfg1 = FixtureCache::commit(QStringLiteral("cfg1")),
                      cfg2 = FixtureCache::commit(QStringLiteral("cfg2"));
        cache.addBlob(kRepo, shared, QByteArray(5000, 'w'), 1700000100, 1700000050);
        cache.addBlob(kRepo, cfg1, QByteArray(100, 'a'), 1700000200, 1700000010);
        cache.addBlob(kRepo, cfg2, QByteArray(120, 'b'), 1700000300, 1700000020);
        cache.addLink(kRepo, c1, QStringLiteral("model.safetensors"), shared);
        cache.addLink(kRepo, c1, QStringLiteral("config.json"), cfg1);
        cache.addLink(kRepo, c2, QStringLiteral("model.safetensors"), shared);
        cache.addLink(kRepo, c2, QStringLiteral("config.json"), cfg2);
        cache.addRef(kRepo, QStringLiteral("main"), c2);
        cache.addRef(kRepo, QStringLiteral("refs/pr/1"), c1);

        const CacheScan scan = CacheScanner::scan(cache.root());
        QVERIFY(scan.isValid());
        QCOMPARE(scan.corrupted.size(), 0);
        const CachedRepo *repo = findRepo(scan, kRepo);
        QVERIFY(repo);
        QCOMPARE(repo->repoId, QStringLiteral("org/model"));
        QCOMPARE(repo->type, RepoType::Model);
        QCOMPARE(repo->repoPath, cache.path(kRepo));
        QCOMPARE(repo->sizeOnDisk, 5000 + 100 + 120); // the shared blob once
        QCOMPARE(repo->nbFiles(), 3);
        QCOMPARE(repo->lastAccessed, 1700000300.0);
        QCOMPARE(repo->lastModified, 1700000050.0);
        QCOMPARE(repo->refs(), (QStringList{QStringLiteral("main"), QStringLiteral("refs/pr/1")}));
        const CachedRevision *one = findRevision(*repo, c1);
        QVERIFY(one);
        QCOMPARE(one->sizeOnDisk, 5100);
        QCOMPARE(one->nbFiles(), 2);
        QCOMPARE(one->refs, QStringList{QStringLiteral("refs/pr/1")});
        QCOMPARE(one->lastModified, 1700000050.0);
        QCOMPARE(findRevision(*repo, c2)->sizeOnDisk, 5120);
        const CachedFile &file = one->files.first(); // sorted: config.json first
        QCOMPARE(file.relativePath, QStringLiteral("config.json"));
        QCOMPARE(file.fileName().toString(), QStringLiteral("config.json"));
        QCOMPARE(repo->blobPath(file.blob), cache.path(kRepo + QStringLiteral("/blobs/") + cfg1));
        QCOMPARE(repo->blobs[file.blob].size, 100);
        QCOMPARE(repo->blobs[file.blob].lastAccessed, 1700000200.0);
        QCOMPARE(scan.sizeOnDisk, 5220);
    }

    // A scan records no access on the cache's folders (O_NOATIME where allowed): cleaners
    // that age folders by atime must not see the cache as just used (attack P2).
    void scanLeavesFolderAccessTimes()
    {
        FixtureCache cache;
        const QString commit = FixtureCache::commit(QStringLiteral("one"));
        const QString blob = FixtureCache::sha256(QStringLiteral("weights"));
        cache.addBlob(kRepo, blob, QByteArray(100, 'w'), 1700000100, 1700000050);
        cache.addLink(kRepo, commit, QStringLiteral("sub/model.safetensors"), blob);
        cache.addRef(kRepo, QStringLiteral("main"), commit);
        const QHash<QString, timespec> before = AtimeProbe::agedFolders(cache.root());
        if (before.isEmpty())
            QSKIP("This file system records no access for a folder listed (noatime)");
        const CacheScan scan = CacheScanner::scan(cache.root());
        QVERIFY(scan.isValid());
        QCOMPARE(scan.repos.size(), 1);
        const QStringList touched = AtimeProbe::touchedFolders(before);
        QVERIFY2(touched.isEmpty(), qPrintable(touched.join(u'\n')));
    }

    void repoIdsAndTypes()
    {
        FixtureCache cache;
        const QString c = FixtureCache::commit(QStringLiteral("c"));
        for (const QString &folder :
             {QStringLiteral("models--gpt2"), QStringLiteral("datasets--org--data"), QStringLiteral("spaces--org--app--x")}) {
            cache.addBlob(folder, QStringLiteral("b"), "x");
            cache.addLink(folder, c, QStringLiteral("f"), QStringLiteral("b"));
        }
        const CacheScan scan = CacheScanner::scan(cache.root());
        QCOMPARE(scan.repos.size(), 3);
        QCOMPARE(findRepo(scan, QStringLiteral("models--gpt2"))->repoId, QStringLiteral("gpt2"));
        QCOMPARE(findRepo(scan, QStringLiteral("datasets--org--data"))->type, RepoType::Dataset);
        QCOMPARE(findRepo(scan, QStringLiteral("spaces--org--app--x"))->repoId, QStringLiteral("org/app/x"));
        QCOMPARE(findRepo(scan, QStringLiteral("spaces--org--app--x"))->cacheId(), QStringLiteral("space/org/app/x"));
    }

    void nestedFilesAndOddNames()
    {
        FixtureCache cache;
        const QString repoFolder = QStringLiteral("models--org--Ünïcode name");
        const QString c = FixtureCache::commit(QStringLiteral("c"));
        cache.addBlob(repoFolder, QStringLiteral("b1"), QByteArray(10, 'x'));
        cache.addLink(repoFolder, c, QStringLiteral("dossier été/sous dossier/fichier 1.json"), QStringLiteral("b1"));
        cache.addRef(repoFolder, QStringLiteral("main"), c);
        const CacheScan scan = CacheScanner::scan(cache.root());
        QCOMPARE(scan.corrupted.size(), 0);
        const CachedRepo *repo = findRepo(scan, repoFolder);
        QVERIFY(repo);
        QCOMPARE(repo->repoId, QStringLiteral("org/Ünïcode name"));
        const CachedFile &file = repo->revisions.first().files.first();
        QCOMPARE(file.relativePath, QStringLiteral("dossier été/sous dossier/fichier 1.json"));
        QCOMPARE(file.fileName().toString(), QStringLiteral("fichier 1.json"));
        QCOMPARE(repo->blobPath(file.blob), cache.path(repoFolder + QStringLiteral("/blobs/b1")));
    }

    void symlinkLessCache()
    {
        FixtureCache cache;
        const QString c = FixtureCache::commit(QStringLiteral("win"));
        cache.addCopiedFile(kRepo, c, QStringLiteral("config.json"), QByteArray(300, 'c'), 1700000000, 1700000500);
        cache.addCopiedFile(kRepo, c, QStringLiteral("sub/model.bin"), QByteArray(700, 'm'), 1700000900, 1700000400);
        cache.mkdir(kRepo + QStringLiteral("/blobs"));
        cache.addRef(kRepo, QStringLiteral("main"), c);
        const CacheScan scan = CacheScanner::scan(cache.root());
        const CachedRepo *repo = findRepo(scan, kRepo);
        QVERIFY(repo);
        QCOMPARE(repo->sizeOnDisk, 1000);
        QCOMPARE(repo->nbFiles(), 2);
        QCOMPARE(repo->lastAccessed, 1700000900.0);
        const CachedFile &file = repo->revisions.first().files.at(1);
        QCOMPARE(repo->blobPath(file.blob), cache.path(kRepo + QStringLiteral("/snapshots/") + c + QStringLiteral("/sub/model.bin")));
        QCOMPARE(repo->blobs[file.blob].location, CachedBlob::Location::InSnapshot);
    }

    void emptyRevisionAndRepoWithoutBlobs()
    {
        FixtureCache cache;
        const QString c = FixtureCache::commit(QStringLiteral("empty"));
        cache.addEmptyRevision(kRepo, c, 1600000000);
        FixtureCache::setTimes(cache.path(kRepo), 1650000000, 1660000000);
        const CacheScan scan = CacheScanner::scan(cache.root());
        const CachedRepo *repo = findRepo(scan, kRepo);
        QVERIFY(repo);
        QCOMPARE(repo->revisions.size(), 1);
        QCOMPARE(repo->revisions.first().nbFiles(), 0);
        QCOMPARE(repo->revisions.first().lastModified, 1600000000.0);
        QCOMPARE(repo->revisions.first().isDetached(), true);
        QCOMPARE(repo->sizeOnDisk, 0);
        QCOMPARE(repo->lastAccessed, 1650000000.0);
        QCOMPARE(repo->lastModified, 1660000000.0);
    }

    void incompleteDownloads()
    {
        FixtureCache cache;
        const QString c = FixtureCache::commit(QStringLiteral("c"));
        cache.addBlob(kRepo, QStringLiteral("b"), "x");
        cache.addLink(kRepo, c, QStringLiteral("f"), QStringLiteral("b"));
        cache.writeFile(kRepo + QStringLiteral("/blobs/abc.0123abcd.incomplete"), QByteArray(4096, 'p'));
        cache.writeFile(QStringLiteral("models--org--broken/blobs/def.incomplete"), QByteArray(10, 'p')); // in a corrupted entry
        const CacheScan scan = CacheScanner::scan(cache.root());
        QCOMPARE(scan.incompleteFiles.size(), 2);
        QCOMPARE(scan.incompleteSize(), 4106);
        const CachedRepo *repo = findRepo(scan, kRepo);
        QCOMPARE(repo->incompleteFiles.size(), 1);
        QCOMPARE(repo->incompleteFiles.first().path, cache.path(kRepo + QStringLiteral("/blobs/abc.0123abcd.incomplete")));
        QCOMPARE(repo->incompleteFiles.first().etag(), QStringLiteral("abc"));
        QCOMPARE(repo->sizeOnDisk, 1); // not counted in the repo
    }

    void skippedRootEntries()
    {
        FixtureCache cache;
        cache.mkdir(QStringLiteral(".locks/models--org--model"));
        cache.writeFile(QStringLiteral("CACHEDIR.TAG"), "Signature: 8a477f597d28d172789f06886806bc55\n");
        cache.writeFile(QStringLiteral(".DS_Store"), "x");
        cache.writeFile(QStringLiteral("Thumbs.db"), "x");
        cache.writeFile(QStringLiteral("desktop.ini"), "x");
        const CacheScan scan = CacheScanner::scan(cache.root());
        QVERIFY(scan.isValid());
        QCOMPARE(scan.repos.size(), 0);
        QCOMPARE(scan.corrupted.size(), 0);
    }

    void warnings_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("message"); // @ stands for the cache root
        QTest::newRow("not a directory") << "file"
                                         << "not-a-repo.txt" << int(CorruptedRepo::Reason::NotADirectory)
                                         << "Repo path is not a directory: @/not-a-repo.txt";
        QTest::newRow("no --") << "dir"
                               << "no_double_dash" << int(CorruptedRepo::Reason::BadFolderName)
                               << "Repo path is not a valid HuggingFace cache directory: @/no_double_dash";
        QTest::newRow("bad type") << "dir"
                                  << "widgets--org--thing" << int(CorruptedRepo::Reason::BadRepoType)
                                  << "Repo type must be `dataset`, `model` or `space`, found `widget` (@/widgets--org--thing).";
        QTest::newRow("no snapshots") << "nosnapshots"
                                      << "models--org--x" << int(CorruptedRepo::Reason::NoSnapshotsFolder)
                                      << "Snapshots dir doesn't exist in cached repo: @/models--org--x/snapshots";
        QTest::newRow("refs is a file") << "refsfile"
                                        << "models--org--x" << int(CorruptedRepo::Reason::RefsIsAFile)
                                        << "Refs directory cannot be a file: @/models--org--x/refs";
        QTest::newRow("file in snapshots") << "stray"
                                           << "models--org--x" << int(CorruptedRepo::Reason::FileInSnapshots)
                                           << "Snapshots folder corrupted. Found a file: @/models--org--x/snapshots/stray";
        QTest::newRow("broken link") << "broken"
                                     << "models--org--x" << int(CorruptedRepo::Reason::BrokenLink)
                                     << "Blob missing (broken symlink): @/models--org--x/blobs/gone";
        QTest::newRow("dangling ref") << "dangling"
                                      << "models--org--x" << int(CorruptedRepo::Reason::RefToMissingCommit)
                                      << QStringLiteral("Reference(s) refer to missing commit hashes: {'") +
                                             FixtureCache::commit(QStringLiteral("missing")) +
                                             QStringLiteral("': {'main', 'v1'}} (@/models--org--x).");
    }

    void warnings()
    {
        QFETCH(QString, setup);
        QFETCH(QString, entry);
        QFETCH(int, reason);
        QFETCH(QString, message);
        FixtureCache cache;
        // A healthy repo beside it must not be affected.
        const QString c = FixtureCache::commit(QStringLiteral("ok"));
        cache.addBlob(kRepo, QStringLiteral("b"), "ok");
        cache.addLink(kRepo, c, QStringLiteral("f"), QStringLiteral("b"));
        if (setup == u"file") {
            cache.writeFile(entry, "not a repo");
        } else if (setup == u"dir") {
            cache.writeFile(entry + QStringLiteral("/something"), "12345");
        } else if (setup == u"nosnapshots") {
            cache.writeFile(entry + QStringLiteral("/blobs/b"), "x");
        } else if (setup == u"refsfile") {
            cache.mkdir(entry + QStringLiteral("/snapshots"));
            cache.writeFile(entry + QStringLiteral("/refs"), "main");
        } else if (setup == u"stray") {
            cache.writeFile(entry + QStringLiteral("/snapshots/stray"), "x");
        } else if (setup == u"broken") {
            cache.addLink(entry, c, QStringLiteral("f"), QStringLiteral("gone"));
        } else if (setup == u"dangling") {
            cache.addEmptyRevision(entry, c);
            cache.addRef(entry, QStringLiteral("main"), FixtureCache::commit(QStringLiteral("missing")));
            cache.addRef(entry, QStringLiteral("v1"), FixtureCache::commit(QStringLiteral("missing")));
        }
        const CacheScan scan = CacheScanner::scan(cache.root());
        QVERIFY(scan.isValid());
        QCOMPARE(scan.repos.size(), 1); // only the healthy one
        QVERIFY(findRepo(scan, kRepo));
        QCOMPARE(scan.corrupted.size(), 1);
        const CorruptedRepo *corrupted = findCorrupted(scan, cache.path(entry));
        QVERIFY(corrupted);
        QCOMPARE(int(corrupted->reason), reason);
        QCOMPARE(corrupted->message, QString(message).replace(u'@', cache.root()));
    }

    void corruptedEntryKeepsItsSize()
    {
        FixtureCache cache;
        cache.writeFile(QStringLiteral("models--org--x/blobs/a"), QByteArray(1000, 'a'));
        cache.writeFile(QStringLiteral("models--org--x/blobs/b"), QByteArray(234, 'b'));
        const CacheScan scan = CacheScanner::scan(cache.root());
        QCOMPARE(scan.corrupted.size(), 1);
        QCOMPARE(scan.corrupted.first().sizeOnDisk, 1234);
    }

    void unreadableFolderBecomesAWarning()
    {
        if (::geteuid() == 0) {
            // Root reads through permissions (CI runs as root): check this as an ordinary user.
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root, and no setpriv to run as another user");
            QProcess child;
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(setpriv,
                        {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                         QStringLiteral("--"), QCoreApplication::applicationFilePath(), QStringLiteral("unreadableFolderBecomesAWarning")});
            QVERIFY(child.waitForFinished(60000));
            const QByteArray output = child.readAll();
            QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
            QVERIFY2(output.contains("PASS   : TestScanRules::unreadableFolderBecomesAWarning()"), output.constData());
            return;
        }
        FixtureCache cache;
        const QString c = FixtureCache::commit(QStringLiteral("c"));
        cache.addBlob(kRepo, QStringLiteral("b"), "x");
        cache.addLink(kRepo, c, QStringLiteral("sub/f"), QStringLiteral("b"));
        const QString locked = cache.path(kRepo + QStringLiteral("/snapshots/") + c + QStringLiteral("/sub"));
        QVERIFY(::chmod(QFile::encodeName(locked).constData(), 0) == 0);
        QVERIFY(::access(QFile::encodeName(locked).constData(), R_OK) != 0);
        const CacheScan scan = CacheScanner::scan(cache.root());
        ::chmod(QFile::encodeName(locked).constData(), 0755);
        QVERIFY(scan.isValid());
        QCOMPARE(scan.corrupted.size(), 1);
        QCOMPARE(scan.corrupted.first().reason, CorruptedRepo::Reason::Unreadable);
        QVERIFY(scan.corrupted.first().message.contains(QStringLiteral("Permission denied")));
    }

    void escapingLinkIsReportedAsTheReferenceDoes()
    {
        FixtureCache cache;
        QTemporaryDir outside;
        const QString target = outside.path() + QStringLiteral("/precious.bin");
        {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(777, 'p'));
        }
        const QString c = FixtureCache::commit(QStringLiteral("c"));
        cache.mkdir(kRepo + QStringLiteral("/snapshots/") + c);
        cache.symlink(kRepo + QStringLiteral("/snapshots/") + c + QStringLiteral("/escape.bin"), target);
        const CacheScan scan = CacheScanner::scan(cache.root());
        const CachedRepo *repo = findRepo(scan, kRepo);
        QVERIFY(repo);
        const CachedBlob &blob = repo->blobs.first();
        QCOMPARE(blob.location, CachedBlob::Location::OutsideRepo);
        QCOMPARE(repo->blobPath(blob), QDir(outside.path()).canonicalPath() + QStringLiteral("/precious.bin"));
        QCOMPARE(repo->sizeOnDisk, 777);
    }

    void oddBytesInNamesDoNotBreakTheScan()
    {
        FixtureCache cache;
        const QString c = FixtureCache::commit(QStringLiteral("c"));
        cache.addBlob(kRepo, QStringLiteral("b"), "x");
        cache.addLink(kRepo, c, QStringLiteral("normal"), QStringLiteral("b"));
        const QByteArray dir = QFile::encodeName(cache.path(kRepo + QStringLiteral("/snapshots/") + c));
        QVERIFY(::symlink("../../blobs/b", (dir + "/bad\xff\xfe name").constData()) == 0);
        QVERIFY(::symlink("../../blobs/b", (dir + "/new\nline").constData()) == 0);
        const CacheScan scan = CacheScanner::scan(cache.root());
        // QTemporaryDir cannot remove names that are not valid UTF-8: do it here.
        ::unlink((dir + "/bad\xff\xfe name").constData());
        ::unlink((dir + "/new\nline").constData());
        QVERIFY(scan.isValid());
        QCOMPARE(findRepo(scan, kRepo)->revisions.first().nbFiles(), 3);
    }

    void missingCacheAndFileInsteadOfCache()
    {
        FixtureCache cache;
        CacheScan scan = CacheScanner::scan(cache.path(QStringLiteral("does-not-exist")));
        QVERIFY(scan.error.startsWith(QStringLiteral("Cache directory not found: ")));
        cache.writeFile(QStringLiteral("a-file"), "x");
        scan = CacheScanner::scan(cache.path(QStringLiteral("a-file")));
        QVERIFY(scan.error.startsWith(QStringLiteral("Scan cache expects a directory but found a file")));
    }

    void asyncScanReportsProgressAndCanBeCanceled()
    {
        FixtureCache cache;
        for (int r = 0; r < 60; ++r) {
            const QString folder = QStringLiteral("models--org--m%1").arg(r);
            cache.addBlob(folder, QStringLiteral("b"), "x");
            for (int v = 0; v < 3; ++v)
                cache.addLink(folder, FixtureCache::commit(folder + QString::number(v)), QStringLiteral("f"), QStringLiteral("b"));
        }
        QFutureWatcher<CacheScan> watcher;
        QSignalSpy progress(&watcher, &QFutureWatcher<CacheScan>::progressValueChanged);
        QSignalSpy finished(&watcher, &QFutureWatcher<CacheScan>::finished);
        watcher.setFuture(CacheScanner::scanAsync(cache.root()));
        QVERIFY(finished.wait(10000));
        QCOMPARE(watcher.result().repos.size(), 60);
        QCOMPARE(watcher.progressMaximum(), 60);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first().toInt(), 60);

        QFuture<CacheScan> canceled = CacheScanner::scanAsync(cache.root());
        canceled.cancel();
        canceled.waitForFinished();
        // Either it stopped (and reports nothing) or it had already finished whole.
        QVERIFY(canceled.isCanceled());
        if (canceled.resultCount() > 0)
            QVERIFY(canceled.result().canceled || canceled.result().repos.size() == 60);
    }
};

QTEST_GUILESS_MAIN(TestScanRules)
#include "tst_scanrules.moc"
