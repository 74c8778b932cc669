// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheScanner.h"
#include "DeletionExecutor.h"
#include "DeletionPlanner.h"
#include "FixtureCache.h"
#include "HoldingProcess.h"
#include "HubUri.h"
#include "SafeRemover.h"
#include "ScratchMount.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace hubdeck;
using hubdeck::test::FixtureCache;
using hubdeck::test::ScratchMount;

namespace {
const QString kA = QStringLiteral("models--org--a");
const QString kB = QStringLiteral("models--org--b");

QString hash(const char *seed)
{
    return FixtureCache::commit(QString::fromLatin1(seed));
}

// Every ref names an existing snapshot and every snapshot link resolves: what a stopped
// deletion must never break.
void checkConsistent(const QString &root)
{
    const CacheScan scan = CacheScanner::scan(root);
    QVERIFY(scan.isValid());
    for (const CorruptedRepo &corrupted : scan.corrupted)
        QFAIL(qPrintable(QStringLiteral("new warning: ") + corrupted.message));
}

bool exists(const QString &path)
{
    return QFileInfo(path).exists() || QFileInfo(path).isSymLink();
}
} // namespace

class TestDeletionSafety : public QObject
{
    Q_OBJECT

    // Repo A: rev1 {weights(shared with rev2), cfg1}, rev2 {weights, cfg2}, rev3 {own}; refs main->rev2, refs/pr/1->rev1.
    static void buildA(FixtureCache &cache)
    {
        cache.addBlob(kA, QStringLiteral("weights"), QByteArray(5000, 'w'));
        cache.addBlob(kA, QStringLiteral("cfg1"), QByteArray(100, '1'));
        cache.addBlob(kA, QStringLiteral("cfg2"), QByteArray(200, '2'));
        cache.addBlob(kA, QStringLiteral("own"), QByteArray(300, '3'));
        cache.addLink(kA, hash("rev1"), QStringLiteral("model.bin"), QStringLiteral("weights"));
        cache.addLink(kA, hash("rev1"), QStringLiteral("config.json"), QStringLiteral("cfg1"));
        cache.addLink(kA, hash("rev2"), QStringLiteral("model.bin"), QStringLiteral("weights"));
        cache.addLink(kA, hash("rev2"), QStringLiteral("config.json"), QStringLiteral("cfg2"));
        cache.addLink(kA, hash("rev3"), QStringLiteral("x/own.bin"), QStringLiteral("own"));
        cache.addRef(kA, QStringLiteral("main"), hash("rev2"));
        cache.addRef(kA, QStringLiteral("refs/pr/1"), hash("rev1"));
    }

private Q_SLOTS:
    void planKeepsABlobAKeptRevisionUses()
    {
        FixtureCache cache;
        buildA(cache);
        const CacheScan scan = CacheScanner::scan(cache.root());
        const DeletionPlanner planner(scan);
        const DeletionPlan plan = planner.plan(planner.resolveTargets({hash("rev1")}));
        QCOMPARE(plan.expectedFreedSize, 100); // cfg1 only: weights stays for rev2
        QCOMPARE(plan.snapshots, QStringList{cache.path(kA + QStringLiteral("/snapshots/") + hash("rev1"))});
        QCOMPARE(plan.refs, QStringList{cache.path(kA + QStringLiteral("/refs/refs/pr/1"))});
        QCOMPARE(plan.blobs, QStringList{cache.path(kA + QStringLiteral("/blobs/cfg1"))});
        QVERIFY(plan.repos.isEmpty());
        // Both revisions that use the shared blob: it goes, once.
        const DeletionPlan both = planner.plan(planner.resolveTargets({hash("rev1"), hash("rev2").toUpper()}));
        QCOMPARE(both.expectedFreedSize, 5300);
        QCOMPARE(both.blobs.size(), 3);
    }

    // HF_TOKEN_PATH may put the access token inside a repo folder of the hub cache: nothing of
    // that repo is planned (whole or a revision), and a plan made before the token was there
    // is refused by the run. Before, `cache rm` of the repo deleted the token with it.
    void tokenInsideARepoFolderIsNeverDeleted()
    {
        FixtureCache cache;
        buildA(cache);
        const QString token = cache.path(kA + QStringLiteral("/token"));
        const QByteArray saved = qgetenv("HF_TOKEN_PATH");
        const bool had = qEnvironmentVariableIsSet("HF_TOKEN_PATH");
        qputenv("HF_TOKEN_PATH", QFile::encodeName(token));
        const auto restore = qScopeGuard([&] {
            if (had)
                qputenv("HF_TOKEN_PATH", saved);
            else
                qunsetenv("HF_TOKEN_PATH");
        });
        const CacheScan before = CacheScanner::scan(cache.root());
        const DeletionPlanner early(before);
        const DeletionPlan stale = early.plan(early.resolveTargets({QStringLiteral("model/org/a")}));
        QCOMPARE(stale.repos, QStringList{cache.path(kA)});
        {
            QFile file(token);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("hf_secret");
        }
        const CacheScan scan = CacheScanner::scan(cache.root());
        const DeletionPlanner planner(scan);
        for (const QStringList &targets : {QStringList{QStringLiteral("model/org/a")}, QStringList{hash("rev3")}}) {
            const DeletionPlan plan = planner.plan(planner.resolveTargets(targets));
            QVERIFY(plan.repos.isEmpty() && plan.snapshots.isEmpty() && plan.blobs.isEmpty());
            QCOMPARE(plan.expectedFreedSize, 0);
            QCOMPARE(plan.refused.size(), 1);
            QVERIFY2(plan.refused.first().contains(QStringLiteral("access token")), qPrintable(plan.refused.first()));
        }
        const DeletionReport report = DeletionExecutor::execute(stale);
        QVERIFY(report.removedRepos.isEmpty());
        QCOMPARE(report.freedBytes, 0);
        QVERIFY2(report.errors.size() == 1 && report.errors.first().contains(QStringLiteral("access token")),
                 qPrintable(report.errors.join(u'\n')));
        QVERIFY(QFileInfo::exists(token));
        QVERIFY(QFileInfo::exists(cache.path(kA + QStringLiteral("/refs/main"))));
    }

    void wholeRepoAndUnknownTargets()
    {
        FixtureCache cache;
        buildA(cache);
        const CacheScan scan = CacheScanner::scan(cache.root());
        const DeletionPlanner planner(scan);
        const auto selection = planner.resolveTargets(
            {QStringLiteral("MODEL/org/A"), QStringLiteral("model/org/unknown"), hash("nothing"), QStringLiteral("hf://models/org/a")});
        QCOMPARE(selection.missingTargets, (QStringList{QStringLiteral("model/org/unknown"), hash("nothing")}));
        const DeletionPlan plan = planner.plan(selection);
        QCOMPARE(plan.repos, QStringList{cache.path(kA)});
        QVERIFY(plan.snapshots.isEmpty() && plan.refs.isEmpty() && plan.blobs.isEmpty());
        QCOMPARE(plan.expectedFreedSize, 5600);
        QCOMPARE(plan.wholeRepoCount(), 1);
        QCOMPARE(plan.missingTargets.size(), 2);
    }

    void hubUrisNameARepoOrOneRevision()
    {
        FixtureCache cache;
        buildA(cache);
        const CacheScan scan = CacheScanner::scan(cache.root());
        const DeletionPlanner planner(scan);
        const auto selection =
            planner.resolveTargets({QStringLiteral("hf://org/a@main"), QStringLiteral("hf://models/org/a@refs%2Fpr%2F1"),
                                    QStringLiteral("hf://models/org/a@") + hash("rev3").toUpper(), QStringLiteral("hf://models/org/a@v9"),
                                    QStringLiteral("hf://datasets/org/a"), QStringLiteral("hf://model/org/a"), QStringLiteral("hf://")});
        QCOMPARE(selection.revisions, (QSet<RevisionKey>{{kA, hash("rev1")}, {kA, hash("rev2")}, {kA, hash("rev3")}}));
        QCOMPARE(selection.missingTargets, (QStringList{QStringLiteral("hf://models/org/a@v9"), QStringLiteral("hf://datasets/org/a")}));
        QCOMPARE(selection.invalidTargets.size(), 2);
        QVERIFY(selection.invalidTargets[0].contains(QStringLiteral("plural")));
        QVERIFY(selection.invalidTargets[1].contains(QStringLiteral("repo id is missing")));
        // A file URI among them makes the command a file removal, which takes nothing else (as hf).
        const auto mixed = planner.resolveTargets({QStringLiteral("hf://org/a@main"), QStringLiteral("hf://models/org/a/config.json")});
        QCOMPARE(mixed.invalidTargets, QStringList{QStringLiteral("File targets cannot be mixed with repository or revision targets.")});
        QVERIFY(mixed.revisions.isEmpty() && mixed.files.isEmpty());
    }

    void hubUriGrammar_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cacheId");
        QTest::addColumn<QString>("revision"); // "-" for none
        QTest::addColumn<QString>("path");
        QTest::newRow("model by default") << "hf://org/name"
                                          << "model/org/name"
                                          << "-"
                                          << "";
        QTest::newRow("typed") << "hf://datasets/org/name"
                               << "dataset/org/name"
                               << "-"
                               << "";
        QTest::newRow("revision and path") << "hf://spaces/org/name@main/app.py"
                                           << "space/org/name"
                                           << "main"
                                           << "app.py";
        QTest::newRow("pr ref keeps slashes") << "hf://org/name@refs/pr/3/x.json"
                                              << "model/org/name"
                                              << "refs/pr/3"
                                              << "x.json";
        QTest::newRow("encoded revision") << "hf://org/name@v1%2E0"
                                          << "model/org/name"
                                          << "v1.0"
                                          << "";
        QTest::newRow("@ in a file name") << "hf://org/name/file@1.txt"
                                          << "model/org/name"
                                          << "-"
                                          << "file@1.txt";
        QTest::newRow("bare old name") << "hf://gpt2"
                                       << "model/gpt2"
                                       << "-"
                                       << "";
        QTest::newRow("empty revision") << "hf://org/name@"
                                        << ""
                                        << ""
                                        << "";
        QTest::newRow("bucket") << "hf://buckets/org/b"
                                << ""
                                << ""
                                << "";
        // An empty file name (a script's "hf://org/name/$FILE") never widens to the repo.
        QTest::newRow("trailing slash") << "hf://org/name/"
                                        << ""
                                        << ""
                                        << "";
        QTest::newRow("trailing slash, typed") << "hf://models/org/name/"
                                               << ""
                                               << ""
                                               << "";
        QTest::newRow("trailing slash after a revision") << "hf://org/name@main/"
                                                         << ""
                                                         << ""
                                                         << "";
        QTest::newRow("double slash") << "hf://org//name"
                                      << ""
                                      << ""
                                      << "";
    }

    void hubUriGrammar()
    {
        QFETCH(QString, text);
        QFETCH(QString, cacheId);
        QFETCH(QString, revision);
        QFETCH(QString, path);
        QString error;
        const std::optional<HubUri> uri = HubUri::parse(text, &error);
        if (cacheId.isEmpty()) {
            QVERIFY(!uri);
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(uri, qPrintable(error));
        QCOMPARE(uri->cacheId(), cacheId);
        QCOMPARE(uri->revision.value_or(QStringLiteral("-")), revision);
        QCOMPARE(uri->pathInRepo, path);
    }

    // On overlayfs (a container whose image holds the cache) removing the image's files only
    // hides them: "freed" is what the disk gained, the rest said as hidden (attack U1: "freed:
    // 8.4M" where not a byte was).
    void anOverlayKeepsWhatItsImageHolds()
    {
        ScratchMount base("size=64m");
        if (!base.isMounted())
            QSKIP(qPrintable(base.whyNot()));
        QVERIFY(QDir().mkpath(base.path(QStringLiteral("lower/hub"))));
        // A repo with one file: its blob, the snapshot's link to it and main.
        const auto addRepo = [&](const QString &hub, const QString &name, const QString &seed, qint64 size) {
            const QString repo = hub + QStringLiteral("/models--org--") + name;
            const QString etag = FixtureCache::sha256(seed);
            const QString commit = FixtureCache::commit(seed);
            QVERIFY(QDir().mkpath(repo + QStringLiteral("/blobs")) && QDir().mkpath(repo + QStringLiteral("/snapshots/") + commit) &&
                    QDir().mkpath(repo + QStringLiteral("/refs")));
            QFile blob(repo + QStringLiteral("/blobs/") + etag);
            QVERIFY(blob.open(QIODevice::WriteOnly) && blob.write(QByteArray(size, 'w')) == size);
            blob.close();
            QVERIFY(QFile::link(QStringLiteral("../../blobs/") + etag,
                                repo + QStringLiteral("/snapshots/") + commit + QStringLiteral("/model.bin")));
            QFile ref(repo + QStringLiteral("/refs/main"));
            QVERIFY(ref.open(QIODevice::WriteOnly) && ref.write(commit.toLatin1()) == commit.size());
        };
        addRepo(base.path(QStringLiteral("lower/hub")), QStringLiteral("image"), QStringLiteral("image"), 200000);
        if (!base.mountOverlay())
            QSKIP(qPrintable(base.whyNot()));
        const QString hub = base.path(QStringLiteral("merged/hub"));
        addRepo(hub, QStringLiteral("mine"), QStringLiteral("mine"), 300000); // written in the container
        // Everything the container wrote of it: blob, link, ref (the disk's figure counts them all).
        QStringList upper;
        QDirIterator files(base.path(QStringLiteral("upper/hub/models--org--mine")), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System,
                           QDirIterator::Subdirectories);
        while (files.hasNext())
            upper.append(files.next());
        const qint64 written = FixtureCache::blocks(upper);
        QVERIFY(written >= 300000);
        const CacheScan scan = CacheScanner::scan(hub);
        const DeletionPlanner planner(scan);
        const DeletionPlan plan = planner.plan(
            planner.resolveTargets({FixtureCache::commit(QStringLiteral("image")), FixtureCache::commit(QStringLiteral("mine"))}));
        const DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!exists(hub + QStringLiteral("/models--org--image")) && !exists(hub + QStringLiteral("/models--org--mine")));
        QCOMPARE(report.freedBytes, written); // what the writable layer gave back
        // The image's blob, kept below, less the small files (a ref) the run's own figure leaves out.
        QVERIFY2(report.hiddenBytes >= 150000 && report.hiddenBytes <= 204800, qPrintable(QString::number(report.hiddenBytes)));
        QVERIFY(exists(base.path(QStringLiteral("lower/hub/models--org--image/blobs/")) + FixtureCache::sha256(QStringLiteral("image"))));
    }

    // A blob a running process holds open or has mapped (a model loaded with mmap) is removed,
    // as hf does, but its blocks stay allocated until that process lets go: not "freed", said
    // with the process (attack W7: "freed: 50.0M" while df gained 28 KB).
    void aBlobHeldOpenIsNotCountedAsFreed()
    {
        FixtureCache cache;
        buildA(cache);
        const QString own = cache.path(kA + QStringLiteral("/blobs/own"));
        const QString cfg1 = cache.path(kA + QStringLiteral("/blobs/cfg1"));
        const test::HoldingProcess holder({own, {}}); // reads the blob as its stdin: open until killed
        QVERIFY(holder.ok());
        const qint64 held = FixtureCache::blocks({own});
        const qint64 free = FixtureCache::blocks({cfg1});
        QVERIFY(held > 0 && free > 0);
        const CacheScan scan = CacheScanner::scan(cache.root());
        const DeletionPlanner planner(scan);
        const DeletionPlan plan = planner.plan(planner.resolveTargets({hash("rev1"), hash("rev3")}));
        const DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!exists(own) && !exists(cfg1));
        QCOMPARE(report.heldOpenBytes, held);
        QCOMPARE(report.heldOpenBy, QStringList{QStringLiteral("held open by sleep (pid %1)").arg(holder.pid())});
        QVERIFY2(report.freedBytes >= free && report.freedBytes < free + held, qPrintable(QString::number(report.freedBytes)));
    }

    // The same when the held blob's last name goes through another repo: blobs deduplicated with
    // hard links between two repos, both deleted (attack Z12: "freed 8.4M", nothing said, while
    // the disk got 9K back), and a shared-store payload a process has open (a model loaded
    // through a snapshot's link), which the old check never looked at.
    void aHeldBlobIsNotFreedWhicheverNameGoesLast_data()
    {
        QTest::addColumn<bool>("sharedStore");
        QTest::newRow("hard-linked between two repos") << false;
        QTest::newRow("shared-store payload") << true;
    }
    void aHeldBlobIsNotFreedWhicheverNameGoesLast()
    {
        QFETCH(bool, sharedStore);
        FixtureCache cache;
        const QByteArray weights(300000, 'w');
        QString heldPath;
        if (sharedStore) {
            cache.markSharedStore();
            const QString payload = FixtureCache::sha256(QStringLiteral("weights"));
            heldPath = cache.addPayload(payload, weights, {kA + QStringLiteral("/blobs/ea"), kB + QStringLiteral("/blobs/eb")});
            for (const auto &[repo, etag] : {std::pair{kA, QStringLiteral("ea")}, std::pair{kB, QStringLiteral("eb")}}) {
                cache.mkdir(repo + QStringLiteral("/blobs"));
                cache.linkBlobToPayload(repo, etag, payload);
                cache.addLink(repo, hash(qPrintable(repo)), QStringLiteral("model.safetensors"), etag);
            }
        } else {
            heldPath = cache.addBlob(kA, QStringLiteral("weights"), weights);
            cache.addLink(kA, hash("a"), QStringLiteral("model.bin"), QStringLiteral("weights"));
            cache.mkdir(kB + QStringLiteral("/blobs"));
            QCOMPARE(::link(QFile::encodeName(heldPath).constData(),
                            QFile::encodeName(cache.path(kB + QStringLiteral("/blobs/weights"))).constData()),
                     0);
            cache.addLink(kB, hash("b"), QStringLiteral("model.bin"), QStringLiteral("weights"));
        }
        const QString small = cache.addBlob(kA, QStringLiteral("cfg"), QByteArray(100, 'c'));
        cache.addLink(kA, hash(sharedStore ? qPrintable(kA) : "a"), QStringLiteral("config.json"), QStringLiteral("cfg"));
        const test::HoldingProcess holder({heldPath, {}});
        QVERIFY(holder.ok());
        const qint64 held = FixtureCache::blocks({heldPath});
        const qint64 free = FixtureCache::blocks({small});
        const CacheScan scan = CacheScanner::scan(cache.root());
        const DeletionPlanner planner(scan);
        const DeletionPlan plan = planner.plan(planner.resolveTargets({QStringLiteral("model/org/a"), QStringLiteral("model/org/b")}));
        const DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!exists(heldPath));
        QCOMPARE(report.heldOpenBytes, held);
        QCOMPARE(report.heldOpenBy, QStringList{QStringLiteral("held open by sleep (pid %1)").arg(holder.pid())});
        QVERIFY2(report.freedBytes >= free && report.freedBytes < held, qPrintable(QString::number(report.freedBytes)));
    }

    // The same for a file a symlink-less cache keeps in its snapshot (attack X4).
    void aSnapshotFileHeldOpenIsNotCountedAsFreed()
    {
        FixtureCache cache;
        cache.addCopiedFile(kB, hash("w1"), QStringLiteral("model.bin"), QByteArray(9000, 'm'));
        cache.addCopiedFile(kB, hash("w2"), QStringLiteral("model.bin"), QByteArray(800, 'm'));
        cache.addRef(kB, QStringLiteral("main"), hash("w2"));
        const QString file = cache.path(kB + QStringLiteral("/snapshots/") + hash("w1") + QStringLiteral("/model.bin"));
        const test::HoldingProcess holder({file, {}});
        QVERIFY(holder.ok());
        const qint64 held = FixtureCache::blocks({file});
        const CacheScan scan = CacheScanner::scan(cache.root());
        const DeletionPlanner planner(scan);
        const DeletionReport report = DeletionExecutor::execute(planner.plan(planner.resolveTargets({hash("w1")})));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!exists(file));
        QCOMPARE(report.heldOpenBytes, held);
        QCOMPARE(report.freedBytes, 0);
    }

    void fileStoredInsideASnapshotGoesWithItsFolder()
    {
        FixtureCache cache;
        cache.addCopiedFile(kB, hash("w1"), QStringLiteral("model.bin"), QByteArray(900, 'm'));
        cache.addCopiedFile(kB, hash("w2"), QStringLiteral("model.bin"), QByteArray(800, 'm'));
        cache.addRef(kB, QStringLiteral("main"), hash("w2"));
        const CacheScan scan = CacheScanner::scan(cache.root());
        const DeletionPlanner planner(scan);
        const DeletionPlan plan = planner.plan(planner.resolveTargets({hash("w1")}));
        QCOMPARE(plan.expectedFreedSize, 900);
        QVERIFY(plan.blobs.isEmpty());
        const qint64 held =
            FixtureCache::blocks({cache.path(kB + QStringLiteral("/snapshots/") + hash("w1") + QStringLiteral("/model.bin"))});
        const DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY(report.succeeded());
        QCOMPARE(report.freedBytes, held); // measured on disk: the file's blocks
        QVERIFY(!exists(cache.path(kB + QStringLiteral("/snapshots/") + hash("w1"))));
        checkConsistent(cache.root());
    }

    void partialDeletionRemovesExactlyThePlan()
    {
        FixtureCache cache;
        buildA(cache);
        const CacheScan scan = CacheScanner::scan(cache.root());
        const DeletionPlanner planner(scan);
        const DeletionPlan plan = planner.plan(planner.resolveTargets({hash("rev1"), hash("rev3")}));
        QCOMPARE(plan.expectedFreedSize, 400);
        const qint64 held =
            FixtureCache::blocks({cache.path(kA + QStringLiteral("/blobs/cfg1")), cache.path(kA + QStringLiteral("/blobs/own"))});
        const DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        // Measured: the blobs' blocks, the files the plan counts; ref files count on neither
        // side (DeletionPlan.h).
        QCOMPARE(report.freedBytes, held);
        QVERIFY(exists(cache.path(kA + QStringLiteral("/blobs/weights"))));
        QVERIFY(!exists(cache.path(kA + QStringLiteral("/blobs/cfg1"))));
        QVERIFY(!exists(cache.path(kA + QStringLiteral("/refs/refs/pr/1"))));
        QVERIFY(exists(cache.path(kA + QStringLiteral("/refs/main"))));
        const CacheScan after = CacheScanner::scan(cache.root());
        QCOMPARE(after.corrupted.size(), 0);
        QCOMPARE(after.repos.first().revisions.size(), 1);
        QCOMPARE(after.repos.first().sizeOnDisk, 5200);
    }

    void escapingLinkTargetSurvives()
    {
        QTemporaryDir outside;
        const QString precious = outside.path() + QStringLiteral("/precious.bin");
        {
            QFile file(precious);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(777, 'p'));
        }
        for (const bool whole : {false, true}) {
            FixtureCache cache;
            cache.addBlob(kA, QStringLiteral("own"), QByteArray(10, 'o'));
            cache.addLink(kA, hash("e1"), QStringLiteral("own.bin"), QStringLiteral("own"));
            cache.mkdir(kA + QStringLiteral("/snapshots/") + hash("e1"));
            cache.symlink(kA + QStringLiteral("/snapshots/") + hash("e1") + QStringLiteral("/escape.bin"), precious);
            cache.addLink(kA, hash("e2"), QStringLiteral("own.bin"), QStringLiteral("own"));
            const CacheScan scan = CacheScanner::scan(cache.root());
            const DeletionPlanner planner(scan);
            const DeletionPlan plan =
                planner.plan(planner.resolveTargets(whole ? QStringList{QStringLiteral("model/org/a")} : QStringList{hash("e1")}));
            QVERIFY(!plan.blobs.contains(precious));
            QCOMPARE(plan.expectedFreedSize, whole ? 10 : 0); // the outside file is never counted
            const DeletionReport report = DeletionExecutor::execute(plan);
            QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
            QVERIFY(QFile::exists(precious));
            QCOMPARE(QFileInfo(precious).size(), 777);
        }
    }

    void linkedFoldersAreNeverFollowed()
    {
        QTemporaryDir outside;
        QVERIFY(QDir().mkpath(outside.path() + QStringLiteral("/blobs")));
        for (const char *name : {"own", "other"}) {
            QFile file(outside.path() + QStringLiteral("/blobs/") + QLatin1StringView(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("outside data");
        }
        // A repo whose blobs/ folder is a link to a folder outside the cache.
        FixtureCache cache;
        cache.symlink(kA + QStringLiteral("/blobs"), outside.path() + QStringLiteral("/blobs"));
        cache.addLink(kA, hash("l1"), QStringLiteral("f"), QStringLiteral("own"));
        cache.addLink(kA, hash("l2"), QStringLiteral("f"), QStringLiteral("other"));
        CacheScan scan = CacheScanner::scan(cache.root());
        QCOMPARE(scan.repos.size(), 1);
        const DeletionPlanner planner(scan);
        // Refused up front, with the reason, rather than failing half-way (issue #10 item 3).
        const DeletionPlan plan = planner.plan(planner.resolveTargets({hash("l1")}));
        QVERIFY(plan.isEmpty());
        QCOMPARE(plan.refused.size(), 1);
        QVERIFY(plan.refused.first().contains(QStringLiteral("blobs/ is a link to ") + outside.path() + QStringLiteral("/blobs")));
        const DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY(report.errors.isEmpty());
        QVERIFY(report.notes.join(u'\n').contains(QStringLiteral("never deletes through a link")));
        QVERIFY(QFile::exists(outside.path() + QStringLiteral("/blobs/own")));
        QVERIFY(QFileInfo::exists(cache.path(kA + QStringLiteral("/snapshots/") + hash("l1") + QStringLiteral("/f"))));

        // A whole repo folder that is a link: refused too; removing the link would free
        // nothing and strand the data where no scan finds it.
        FixtureCache second;
        QTemporaryDir elsewhere;
        const QString repoTarget = elsewhere.path() + QStringLiteral("/repo");
        QVERIFY(QDir().mkpath(repoTarget + QStringLiteral("/snapshots/") + hash("x")));
        QVERIFY(QDir().mkpath(repoTarget + QStringLiteral("/blobs")));
        {
            QFile file(repoTarget + QStringLiteral("/blobs/b"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me");
        }
        QVERIFY(
            QFile::link(QStringLiteral("../../blobs/b"), repoTarget + QStringLiteral("/snapshots/") + hash("x") + QStringLiteral("/f")));
        second.symlink(kB, repoTarget);
        scan = CacheScanner::scan(second.root());
        QCOMPARE(scan.repos.size(), 1);
        const DeletionPlanner planner2(scan);
        const DeletionPlan plan2 = planner2.plan(planner2.resolveTargets({QStringLiteral("model/org/b")}));
        QCOMPARE(plan2.refused.size(), 1);
        QCOMPARE(plan2.expectedFreedSize, 0);
        const DeletionReport report2 = DeletionExecutor::execute(plan2);
        QVERIFY2(report2.errors.isEmpty(), qPrintable(report2.errors.join(u'\n')));
        QCOMPARE(report2.freedBytes, 0);
        QVERIFY(QFileInfo(second.path(kB)).isSymLink());
        QVERIFY(QFile::exists(repoTarget + QStringLiteral("/blobs/b")));
    }

    void safeRemoverRefusesPathsOutsideTheCache()
    {
        FixtureCache cache;
        cache.writeFile(QStringLiteral("inside"), "x");
        SafeRemover remover(cache.root());
        QCOMPARE(remover.remove(cache.root() + QStringLiteral("/../hub-sibling"), SafeRemover::Kind::File).status,
                 SafeRemover::Status::Refused);
        QCOMPARE(remover.remove(QStringLiteral("/etc/passwd"), SafeRemover::Kind::File).status, SafeRemover::Status::Refused);
        QCOMPARE(remover.remove(cache.root(), SafeRemover::Kind::Tree).status, SafeRemover::Status::Refused);
        QCOMPARE(remover.remove(cache.path(QStringLiteral("missing")), SafeRemover::Kind::File).status, SafeRemover::Status::AlreadyGone);
        QCOMPARE(remover.remove(cache.path(QStringLiteral("inside")), SafeRemover::Kind::File).status, SafeRemover::Status::Removed);
    }

    // A stop is heard before each removal inside a tree, not every 256: a Ctrl+C on a chunk
    // cache of 200 files removed all of it and said "✓ deleted" (attack R3).
    void stopIsHeardBetweenTwoFilesOfATree()
    {
        FixtureCache cache;
        for (int i = 0; i < 200; ++i)
            cache.writeFile(QStringLiteral("tree/ab/c%1").arg(i), "x");
        int asked = 0;
        SafeRemover remover(cache.root(), [&] { return ++asked > 5; });
        const SafeRemover::Result result = remover.remove(cache.path(QStringLiteral("tree")), SafeRemover::Kind::Tree);
        QCOMPARE(result.status, SafeRemover::Status::Canceled);
        const int left = int(QDir(cache.path(QStringLiteral("tree/ab"))).entryList(QDir::Files).size());
        QVERIFY2(left >= 194, qPrintable(QString::number(left)));
    }

    // And between two folders: a tree of empty folders (a chunk cache whose chunks went)
    // stops within one removal too (attack S13: ~1,340 more after a Ctrl+C in 3,000).
    void stopIsHeardBetweenTwoFoldersOfATree()
    {
        FixtureCache cache;
        for (int i = 0; i < 300; ++i)
            QVERIFY(QDir().mkpath(cache.path(QStringLiteral("tree/f%1").arg(i))));
        int asked = 0;
        SafeRemover remover(cache.root(), [&] { return ++asked > 5; });
        const SafeRemover::Result result = remover.remove(cache.path(QStringLiteral("tree")), SafeRemover::Kind::Tree);
        QCOMPARE(result.status, SafeRemover::Status::Canceled);
        QVERIFY(result.removedSome);
        const int left = int(QDir(cache.path(QStringLiteral("tree"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
        QVERIFY2(left >= 294, qPrintable(QString::number(left)));
    }

    // SafeRemover keeps the folders it walked down open for the next removals; a folder it
    // removed must never be reused for a folder of the same name made afterwards, and a
    // folder swapped for a link meanwhile is refused however many descriptors are kept.
    // A removal never walks into another filesystem mounted inside what it removes (as rm
    // --one-file-system): it stops there, says so, and what is mounted stays. Before, the
    // mounted files were removed too; and a bind mount of a folder of the same filesystem,
    // which keeps its device number, was crossed until the mount-root check (attack N23: a
    // mount made while a deletion ran emptied the bound folder).
    void safeRemoverNeverCrossesIntoAMount_data()
    {
        QTest::addColumn<bool>("bind");
        QTest::newRow("tmpfs") << false;
        QTest::newRow("bind mount, same device") << true;
    }
    void safeRemoverNeverCrossesIntoAMount()
    {
        QFETCH(bool, bind);
        if (::geteuid() != 0)
            QSKIP("mounting needs root");
        FixtureCache cache;
        QTemporaryDir victim;
        cache.writeFile(QStringLiteral("repo/snapshots/s/file"), "1");
        const QString mountPoint = cache.path(QStringLiteral("repo/snapshots/s/mnt"));
        QVERIFY(QDir().mkpath(mountPoint));
        const QByteArray point = QFile::encodeName(mountPoint);
        const int mountedOk = bind ? ::mount(QFile::encodeName(victim.path()).constData(), point.constData(), nullptr, MS_BIND, nullptr)
                                   : ::mount("none", point.constData(), "tmpfs", 0, nullptr);
        if (mountedOk != 0)
            QSKIP("cannot mount here (no CAP_SYS_ADMIN in this namespace)");
        QFile mounted(mountPoint + QStringLiteral("/precious"));
        QVERIFY(mounted.open(QIODevice::WriteOnly));
        mounted.write("keep");
        mounted.close();
        SafeRemover remover(cache.root());
        const SafeRemover::Result result = remover.remove(cache.path(QStringLiteral("repo/snapshots/s")), SafeRemover::Kind::Tree);
        const bool kept = QFileInfo::exists(mountPoint + QStringLiteral("/precious"));
        ::umount2(point.constData(), MNT_DETACH);
        QCOMPARE(result.status, SafeRemover::Status::Failed);
        QCOMPARE(
            result.message,
            QStringLiteral("Cannot remove %1: another filesystem is mounted there, and HubDeck does not delete across it").arg(mountPoint));
        QVERIFY(kept);
        if (bind)
            QVERIFY(QFileInfo::exists(victim.filePath(QStringLiteral("precious"))));
    }

    // A file removed by its path is never reached through a folder that has a filesystem, or a
    // bind mount of a folder elsewhere, mounted on it: walking down stops there. Before, a bind
    // mount put over datasets/downloads after the plan had its files deleted (attack P10).
    void safeRemoverNeverWalksDownIntoAMount()
    {
        if (::geteuid() != 0)
            QSKIP("mounting needs root");
        FixtureCache cache;
        QTemporaryDir victim;
        QFile precious(victim.filePath(QStringLiteral("precious")));
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.write("keep");
        precious.close();
        const QString folder = cache.path(QStringLiteral("downloads"));
        QVERIFY(QDir().mkpath(folder));
        const QByteArray point = QFile::encodeName(folder);
        if (::mount(QFile::encodeName(victim.path()).constData(), point.constData(), nullptr, MS_BIND, nullptr) != 0)
            QSKIP("cannot mount here (no CAP_SYS_ADMIN in this namespace)");
        SafeRemover remover(cache.root());
        const SafeRemover::Result result = remover.remove(folder + QStringLiteral("/precious"), SafeRemover::Kind::File);
        ::umount2(point.constData(), MNT_DETACH);
        QVERIFY(result.status != SafeRemover::Status::Removed);
        QVERIFY2(result.message.contains(QStringLiteral("another filesystem is mounted on")), qPrintable(result.message));
        QVERIFY(QFileInfo::exists(victim.filePath(QStringLiteral("precious"))));
    }

    void safeRemoverNeverReusesARemovedFolder()
    {
        FixtureCache cache;
        cache.writeFile(QStringLiteral("repo/blobs/one"), "1");
        cache.writeFile(QStringLiteral("repo/blobs/two"), "22");
        cache.writeFile(QStringLiteral("repo/snapshots/s/file"), "333");
        SafeRemover remover(cache.root());
        QCOMPARE(remover.remove(cache.path(QStringLiteral("repo/blobs/one")), SafeRemover::Kind::File).status,
                 SafeRemover::Status::Removed);
        QCOMPARE(remover.remove(cache.path(QStringLiteral("repo")), SafeRemover::Kind::Repo).status, SafeRemover::Status::Removed);
        QVERIFY(!QFileInfo::exists(cache.path(QStringLiteral("repo"))));
        cache.writeFile(QStringLiteral("repo/blobs/two"), "22");
        const qint64 twoHeld = FixtureCache::blocks({cache.path(QStringLiteral("repo/blobs/two"))});
        QVERIFY(twoHeld > 0);
        const SafeRemover::Result again = remover.remove(cache.path(QStringLiteral("repo/blobs/two")), SafeRemover::Kind::File);
        QCOMPARE(again.status, SafeRemover::Status::Removed);
        QCOMPARE(again.freedOnDisk, twoHeld);
        QVERIFY(!QFileInfo::exists(cache.path(QStringLiteral("repo/blobs/two"))));

        // An emptied snapshot folder goes without being listed again; one that is not empty
        // is emptied first.
        cache.writeFile(QStringLiteral("repo/snapshots/s/file"), "333");
        QCOMPARE(remover.remove(cache.path(QStringLiteral("repo/snapshots/s")), SafeRemover::Kind::Contents).status,
                 SafeRemover::Status::Removed);
        QVERIFY(QFileInfo(cache.path(QStringLiteral("repo/snapshots/s"))).isDir());
        QCOMPARE(remover.remove(cache.path(QStringLiteral("repo/snapshots/s")), SafeRemover::Kind::Tree).status,
                 SafeRemover::Status::Removed);
        cache.writeFile(QStringLiteral("repo/snapshots/t/sub/file"), "4444");
        const qint64 treeHeld = FixtureCache::blocks({cache.path(QStringLiteral("repo/snapshots/t/sub/file"))});
        QVERIFY(treeHeld > 0);
        const SafeRemover::Result tree = remover.remove(cache.path(QStringLiteral("repo/snapshots/t")), SafeRemover::Kind::Tree);
        QCOMPARE(tree.status, SafeRemover::Status::Removed);
        QCOMPARE(tree.freedOnDisk, treeHeld);
        QVERIFY(!QFileInfo::exists(cache.path(QStringLiteral("repo/snapshots/t"))));

        // blobs/ moved away and replaced by a link to a folder outside while its descriptor is
        // kept: the kept descriptor still names the moved folder inside the cache, never the
        // link's target; a walk down from the root refuses the link.
        cache.writeFile(QStringLiteral("repo/blobs/three"), "333");
        QCOMPARE(remover.remove(cache.path(QStringLiteral("repo/blobs/missing")), SafeRemover::Kind::File).status,
                 SafeRemover::Status::AlreadyGone);
        QTemporaryDir outside;
        QVERIFY(outside.isValid());
        QFile victim(outside.path() + QStringLiteral("/three"));
        QVERIFY(victim.open(QIODevice::WriteOnly));
        victim.write("victim");
        victim.close();
        QVERIFY(QDir(cache.root()).rename(QStringLiteral("repo/blobs"), QStringLiteral("repo/moved")));
        QVERIFY(QFile::link(outside.path(), cache.path(QStringLiteral("repo/blobs"))));
        QCOMPARE(remover.remove(cache.path(QStringLiteral("repo/blobs/three")), SafeRemover::Kind::File).status,
                 SafeRemover::Status::Removed);
        QVERIFY(!QFileInfo::exists(cache.path(QStringLiteral("repo/moved/three"))));
        QVERIFY(QFileInfo::exists(outside.path() + QStringLiteral("/three")));
        SafeRemover fresh(cache.root());
        QCOMPARE(fresh.remove(cache.path(QStringLiteral("repo/blobs/three")), SafeRemover::Kind::File).status,
                 SafeRemover::Status::Refused);
        QVERIFY(QFileInfo::exists(outside.path() + QStringLiteral("/three")));
    }

    void alreadyGoneIsANoteNotAnError()
    {
        FixtureCache cache;
        buildA(cache);
        const CacheScan scan = CacheScanner::scan(cache.root());
        const DeletionPlanner planner(scan);
        const DeletionPlan plan = planner.plan(planner.resolveTargets({hash("rev3")}));
        QVERIFY(QFile::remove(cache.path(kA + QStringLiteral("/blobs/own"))));
        const DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY(report.errors.isEmpty());
        QVERIFY(report.notes.join(u'\n').contains(QStringLiteral("Already gone")));
    }

    void canceledHalfWayLeavesAConsistentCache()
    {
        // Stop after every possible number of steps: no stop may leave a dangling ref or link.
        for (int stopAfter = 0; stopAfter < 40; stopAfter += 3) {
            FixtureCache cache;
            for (int r = 0; r < 6; ++r) {
                const QString folder = QStringLiteral("models--org--r%1").arg(r);
                cache.addBlob(folder, QStringLiteral("shared"), QByteArray(100, 's'));
                for (int v = 0; v < 3; ++v) {
                    const QString commit = FixtureCache::commit(folder + QString::number(v));
                    cache.addBlob(folder, QStringLiteral("own%1").arg(v), QByteArray(10, 'o'));
                    cache.addLink(folder, commit, QStringLiteral("shared.bin"), QStringLiteral("shared"));
                    cache.addLink(folder, commit, QStringLiteral("own.bin"), QStringLiteral("own%1").arg(v));
                    cache.addRef(folder, QStringLiteral("v%1").arg(v), commit);
                }
            }
            const CacheScan scan = CacheScanner::scan(cache.root());
            const DeletionPlanner planner(scan);
            QStringList targets{QStringLiteral("model/org/r0"), QStringLiteral("model/org/r1")};
            for (int r = 2; r < 6; ++r)
                targets << FixtureCache::commit(QStringLiteral("models--org--r%1").arg(r) + u'0')
                        << FixtureCache::commit(QStringLiteral("models--org--r%1").arg(r) + u'1');
            const DeletionPlan plan = planner.plan(planner.resolveTargets(targets));
            int calls = 0;
            const DeletionReport report = DeletionExecutor::execute(plan, nullptr, [&] { return ++calls > stopAfter; });
            QVERIFY(report.errors.isEmpty());
            checkConsistent(cache.root());
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("after stopping at %1").arg(stopAfter)));
        }
    }

    void sharedStorePayloadSharedByTwoRepos()
    {
        FixtureCache cache;
        cache.markSharedStore();
        const QString payload = FixtureCache::sha256(QStringLiteral("xet"));
        const QString payloadPath =
            cache.addPayload(payload, QByteArray(4000, 'x'), {kA + QStringLiteral("/blobs/ea"), kB + QStringLiteral("/blobs/eb")});
        for (const auto &[repo, etag] : {std::pair{kA, QStringLiteral("ea")}, std::pair{kB, QStringLiteral("eb")}}) {
            cache.mkdir(repo + QStringLiteral("/blobs"));
            cache.linkBlobToPayload(repo, etag, payload);
            cache.addLink(repo, hash(qPrintable(repo)), QStringLiteral("model.safetensors"), etag);
        }
        const CacheScan scan = CacheScanner::scan(cache.root());
        QCOMPARE(scan.repos.size(), 2);
        QCOMPARE(scan.repos[0].sizeOnDisk, 4000); // logical, per repo
        QCOMPARE(scan.repos[1].sizeOnDisk, 4000);
        QCOMPARE(scan.sizeOnDisk, 4000); // physical, once

        const DeletionPlanner planner(scan);
        DeletionPlan plan = planner.plan(planner.resolveTargets({QStringLiteral("model/org/a")}));
        QCOMPARE(plan.expectedFreedSize, 0); // B still uses it
        DeletionPlan both = planner.plan(planner.resolveTargets({QStringLiteral("model/org/a"), QStringLiteral("model/org/b")}));
        QCOMPARE(both.expectedFreedSize, 4000); // once

        DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY(report.succeeded());
        QVERIFY(QFile::exists(payloadPath));
        QFile manifest(payloadPath + QStringLiteral(".refs"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QCOMPARE(manifest.readAll(), (kB + QStringLiteral("/blobs/eb\n")).toUtf8()); // rewritten without A
        manifest.close();

        const CacheScan rescanned = CacheScanner::scan(cache.root());
        const DeletionPlanner again(rescanned);
        plan = again.plan(again.resolveTargets({QStringLiteral("model/org/b")}));
        QCOMPARE(plan.expectedFreedSize, 4000);
        const qint64 held = FixtureCache::blocks({payloadPath});
        report = DeletionExecutor::execute(plan);
        QVERIFY(report.succeeded());
        QVERIFY(!QFile::exists(payloadPath));
        QVERIFY(!QFile::exists(payloadPath + QStringLiteral(".refs")));
        QCOMPARE(report.freedBytes, held);
        checkConsistent(cache.root());
    }

    void orphanPayloadIsPrunedButAMissingManifestIsNeverDeleted()
    {
        FixtureCache cache;
        cache.markSharedStore();
        const QString orphan =
            cache.addPayload(FixtureCache::sha256(QStringLiteral("orphan")), QByteArray(1500, 'o'), {kA + QStringLiteral("/blobs/gone")});
        const QString unknown = cache.addPayload(FixtureCache::sha256(QStringLiteral("unknown")), QByteArray(2500, 'u'), {}, false);
        const CacheScan scan = CacheScanner::scan(cache.root());
        QCOMPARE(scan.sharedPayloads.size(), 2);
        QCOMPARE(scan.sizeOnDisk, 4000);
        QCOMPARE(scan.reclaimableSharedSize(), 1500);
        const DeletionPlanner planner(scan);
        const DeletionPlan plan = planner.plan(planner.pruneSelection());
        QCOMPARE(plan.unreferencedPayloads.size(), 1);
        QCOMPARE(plan.expectedFreedSize, 1500);
        const DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY(report.succeeded());
        QVERIFY(!QFile::exists(orphan));
        QVERIFY(QFile::exists(unknown));
    }

    void pruneSparesARunningDownload()
    {
        FixtureCache cache;
        buildA(cache);
        const QString partial = kA + QStringLiteral("/blobs/abcdef.12345678.incomplete");
        cache.writeFile(partial, QByteArray(64, 'p'));
        cache.writeFile(QStringLiteral(".locks/") + kA + QStringLiteral("/abcdef.lock"), "");
        const int lockFd =
            ::open(QFile::encodeName(cache.path(QStringLiteral(".locks/") + kA + QStringLiteral("/abcdef.lock"))).constData(), O_RDWR);
        QVERIFY(lockFd >= 0);
        QCOMPARE(::flock(lockFd, LOCK_EX), 0);
        const CacheScan scan = CacheScanner::scan(cache.root());
        const DeletionPlanner planner(scan);
        const DeletionPlan plan = planner.plan(planner.pruneSelection());
        QCOMPARE(plan.incompleteFiles.size(), 1);
        QCOMPARE(plan.revisionCount(), 1); // rev3 is detached
        DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY(QFile::exists(cache.path(partial)));
        QVERIFY(report.notes.join(u'\n').contains(QStringLiteral("still running")));
        ::flock(lockFd, LOCK_UN);
        ::close(lockFd);
        const CacheScan rescanned = CacheScanner::scan(cache.root());
        const DeletionPlanner again(rescanned);
        report = DeletionExecutor::execute(again.plan(again.pruneSelection()));
        QVERIFY(report.succeeded());
        QVERIFY(!QFile::exists(cache.path(partial)));
    }

    void deletingCorruptedEntries()
    {
        FixtureCache cache;
        cache.writeFile(QStringLiteral("widgets--org--thing/blobs/b"), QByteArray(50, 'b'));
        cache.writeFile(QStringLiteral("stray.txt"), QByteArray(7, 's'));
        const CacheScan scan = CacheScanner::scan(cache.root());
        const DeletionPlanner planner(scan);
        const auto selection = planner.resolveTargets({cache.path(QStringLiteral("widgets--org--thing")), QStringLiteral("stray.txt")});
        QCOMPARE(selection.corruptedPaths.size(), 2);
        const DeletionPlan plan = planner.plan(selection);
        QCOMPARE(plan.expectedFreedSize, 57);
        const DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY(report.succeeded());
        QVERIFY(!exists(cache.path(QStringLiteral("widgets--org--thing"))));
        QVERIFY(!exists(cache.path(QStringLiteral("stray.txt"))));
    }
};

QTEST_GUILESS_MAIN(TestDeletionSafety)
#include "tst_deletionsafety.moc"
