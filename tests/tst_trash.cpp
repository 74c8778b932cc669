// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheScanner.h"
#include "DeletionExecutor.h"
#include "DeletionPlanner.h"
#include "FixtureCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace hubdeck;
using hubdeck::test::FixtureCache;

// "Move whole repos to the Trash" (issue #13): a whole repo goes to the freedesktop Trash in
// one rename and frees nothing; a revision of a kept repo is deleted as always; the shared
// payloads of a trashed repo stay, so a restore works; on a second filesystem the repo goes to
// that filesystem's own Trash, never copied.
class TestTrash : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_data; // XDG_DATA_HOME: the home Trash

    // A (two revisions, a shared-store payload only it links to) goes whole; B loses one of its
    // two revisions.
    static void build(FixtureCache &cache, const QString &a)
    {
        cache.markSharedStore();
        const QString payload = FixtureCache::sha256(a + QStringLiteral("-weights"));
        cache.addBlob(a, QStringLiteral("c"), QByteArray(100, 'c'));
        cache.linkBlobToPayload(a, QStringLiteral("w"), payload);
        for (const char *seed : {"a1", "a2"}) {
            const QString commit = FixtureCache::commit(a + QLatin1String(seed));
            cache.addLink(a, commit, QStringLiteral("config.json"), QStringLiteral("c"));
            cache.addLink(a, commit, QStringLiteral("model.safetensors"), QStringLiteral("w"));
        }
        cache.addRef(a, QStringLiteral("main"), FixtureCache::commit(a + QStringLiteral("a1")));
        cache.addPayload(payload, QByteArray(7000, 'w'), {a + QStringLiteral("/blobs/w")});
        const QString b = QStringLiteral("models--org--b");
        cache.addBlob(b, QStringLiteral("b1"), QByteArray(300, '1'));
        cache.addBlob(b, QStringLiteral("b2"), QByteArray(500, '2'));
        cache.addLink(b, FixtureCache::commit(QStringLiteral("b1")), QStringLiteral("f.bin"), QStringLiteral("b1"));
        cache.addLink(b, FixtureCache::commit(QStringLiteral("b2")), QStringLiteral("f.bin"), QStringLiteral("b2"));
        cache.addRef(b, QStringLiteral("main"), FixtureCache::commit(QStringLiteral("b2")));
    }

    static DeletionPlan plan(const QString &root, const QString &a)
    {
        const CacheScan scan = CacheScanner::scan(root);
        const DeletionPlanner planner(scan);
        DeletionPlan plan = planner.plan(planner.resolveTargets(
            {QStringLiteral("model/") + a.section(QStringLiteral("--"), 1).replace(QStringLiteral("--"), QStringLiteral("/")),
             FixtureCache::commit(QStringLiteral("b1"))}));
        plan.trashWholeRepos = true;
        return plan;
    }

    // Runs the plan and checks what stays in the cache; returns the trashed folder's path.
    static QString runAndCheck(const QString &root, const QString &a, const QString &trashDir)
    {
        const DeletionPlan planned = plan(root, a);
        [&] {
            QCOMPARE(planned.trashedSize(), 100 + 7000); // config.json and the payload only A uses
            QCOMPARE(planned.freedNowSize(), 300);       // b1
        }();
        const qint64 b1 = FixtureCache::blocks({root + QStringLiteral("/models--org--b/blobs/b1")});
        const DeletionReport report = DeletionExecutor::execute(planned);
        const QString trashed = trashDir + QStringLiteral("/files/") + a;
        [&] {
            QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
            QCOMPARE(report.trashedRepos, QStringList{root + u'/' + a});
            QVERIFY(report.removedRepos.contains(root + u'/' + a));
            QCOMPARE(report.freedBytes, b1); // measured, b1's blocks: the Trash frees nothing
            QVERIFY(!QFileInfo::exists(root + u'/' + a));
            QVERIFY(QFileInfo(trashed).isDir());
            QVERIFY(QFileInfo::exists(trashDir + QStringLiteral("/info/") + a + QStringLiteral(".trashinfo")));
            // The payload stays for a restore; the next scan shows it as reclaimable.
            const CacheScan after = CacheScanner::scan(root);
            QCOMPARE(after.repos.size(), 1);
            QCOMPARE(after.repos.first().revisions.size(), 1);
            QCOMPARE(after.sharedPayloads.size(), 1);
            QVERIFY(after.sharedPayloads.first().isReclaimable());
            // Restored by hand (a file manager's Restore is the same rename): whole again.
            QVERIFY(QDir().rename(trashed, root + u'/' + a));
            const CacheScan restored = CacheScanner::scan(root);
            QCOMPARE(restored.repos.size(), 2);
            QCOMPARE(restored.corrupted.size(), 0);
            QCOMPARE(restored.revisionCount(), 3);
            QVERIFY(!restored.sharedPayloads.first().isReclaimable());
        }();
        return trashed;
    }

private Q_SLOTS:
    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        qputenv("XDG_DATA_HOME", m_data->path().toUtf8());
    }

    void wholeReposGoToTheHomeTrash()
    {
        FixtureCache cache;
        build(cache, QStringLiteral("models--org--a"));
        runAndCheck(cache.root(), QStringLiteral("models--org--a"), m_data->path() + QStringLiteral("/Trash"));
    }

    void aSecondFilesystemUsesItsOwnTrash()
    {
        struct stat shm = {}, home = {};
        if (::stat("/dev/shm", &shm) != 0 || ::stat(QFile::encodeName(m_data->path()).constData(), &home) != 0 || shm.st_dev == home.st_dev)
            QSKIP("needs /dev/shm on another filesystem than the temporary folder");
        QTemporaryDir other(QStringLiteral("/dev/shm/hubdeck-trash-XXXXXX"));
        QVERIFY(other.isValid());
        // The repo's name is unique: /dev/shm's Trash is shared with whatever else ran here.
        const QString a = QStringLiteral("models--org--a") + QFileInfo(other.path()).fileName().section(u'-', -1);
        FixtureCache cache; // built in /tmp, then moved to the other filesystem
        build(cache, a);
        const QString root = other.path() + QStringLiteral("/hub");
        QVERIFY(QProcessEnvironment::systemEnvironment().contains(QStringLiteral("XDG_DATA_HOME")));
        QCOMPARE(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), cache.root(), root}), 0);
        const QString topTrash = QStringLiteral("/dev/shm/.Trash-%1").arg(::getuid());
        const QString trashed = runAndCheck(root, a, topTrash);
        QVERIFY(!QFileInfo::exists(m_data->path() + QStringLiteral("/Trash/files/") + a)); // never copied home
        QDir(trashed).removeRecursively();
        QFile::remove(topTrash + QStringLiteral("/info/") + a + QStringLiteral(".trashinfo"));
    }

    // Qt 6.4 puts a file it cannot trash at home into files/ and info/ of the working folder:
    // HubDeck makes the home Trash's parent, and puts back whatever lands outside a Trash.
    void neverATrashOutsideATrash()
    {
        FixtureCache cache;
        build(cache, QStringLiteral("models--org--a"));
        const DeletionPlan planned = plan(cache.root(), QStringLiteral("models--org--a"));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data->path() + QStringLiteral("/not/made/yet")));
        QVERIFY(DeletionExecutor::execute(planned).errors.isEmpty()); // its parent is made
        QVERIFY(QFileInfo(m_data->path() + QStringLiteral("/not/made/yet/Trash/files/models--org--a")).isDir());

        FixtureCache again;
        build(again, QStringLiteral("models--org--a"));
        QFile blocker(m_data->path() + QStringLiteral("/a-file"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        qputenv("XDG_DATA_HOME", QFile::encodeName(blocker.fileName())); // no Trash can be made under a file
        QTemporaryDir work;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(work.path()));
        const DeletionReport report = DeletionExecutor::execute(plan(again.root(), QStringLiteral("models--org--a")));
        QVERIFY(QDir::setCurrent(before));
        QCOMPARE(report.errors.size(), 1);
        QVERIFY(report.trashedRepos.isEmpty());
        QVERIFY(QFileInfo(again.path(QStringLiteral("models--org--a/snapshots"))).isDir()); // put back
        QVERIFY(!QFileInfo::exists(work.path() + QStringLiteral("/files/models--org--a")));
    }

    // Stopped after the first repo went to the Trash: the next scan shows the other whole, and
    // the same deletion run again finishes it. (A kill cannot split a repo: each is one rename.)
    void aStopBetweenReposLeavesEachWholeAndIsFinishedByRunningAgain()
    {
        FixtureCache cache;
        build(cache, QStringLiteral("models--org--a"));
        cache.addBlob(QStringLiteral("models--org--c"), QStringLiteral("c"), QByteArray(50, 'c'));
        cache.addLink(QStringLiteral("models--org--c"), FixtureCache::commit(QStringLiteral("c")), QStringLiteral("f.bin"),
                      QStringLiteral("c"));
        const auto planFor = [&](const CacheScan &scan) {
            const DeletionPlanner planner(scan);
            DeletionPlan plan = planner.plan(planner.resolveTargets({QStringLiteral("model/org/a"), QStringLiteral("model/org/c")}));
            plan.trashWholeRepos = true;
            return plan;
        };
        const QString a = cache.path(QStringLiteral("models--org--a")), c = cache.path(QStringLiteral("models--org--c"));
        // The stop comes as soon as the first repo has gone.
        const DeletionReport stopped = DeletionExecutor::execute(planFor(CacheScanner::scan(cache.root())), nullptr,
                                                                 [&] { return !QFileInfo::exists(a) || !QFileInfo::exists(c); });
        QVERIFY(stopped.canceled);
        QCOMPARE(stopped.trashedRepos.size(), 1);
        const CacheScan between = CacheScanner::scan(cache.root());
        QCOMPARE(between.corrupted.size(), 0);
        QCOMPARE(between.repos.size(), 2); // the one left, and B
        const DeletionReport finished = DeletionExecutor::execute(planFor(between));
        QVERIFY(finished.succeeded());
        QCOMPARE(finished.trashedRepos.size(), 1);
        QVERIFY(!QFileInfo::exists(a) && !QFileInfo::exists(c));
        QCOMPARE(CacheScanner::scan(cache.root()).repos.size(), 1);
    }

    void aFailedMoveIsReportedAndTheRestGoesOn()
    {
        FixtureCache cache;
        build(cache, QStringLiteral("models--org--a"));
        const DeletionPlan planned = plan(cache.root(), QStringLiteral("models--org--a"));
        // Another program moved A away between the scan and the deletion: the move fails.
        QVERIFY(QDir().rename(cache.path(QStringLiteral("models--org--a")), m_data->path() + QStringLiteral("/elsewhere")));
        const qint64 b1 = FixtureCache::blocks({cache.path(QStringLiteral("models--org--b/blobs/b1"))});
        const DeletionReport report = DeletionExecutor::execute(planned);
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().contains(QStringLiteral("nothing of it was deleted")), qPrintable(report.errors.first()));
        QVERIFY(report.trashedRepos.isEmpty());
        QCOMPARE(report.freedBytes, b1); // B's revision still went
        QCOMPARE(CacheScanner::scan(cache.root()).revisionCount(), 1);
        QVERIFY(QFileInfo(m_data->path() + QStringLiteral("/elsewhere/snapshots")).isDir()); // untouched
    }
};

QTEST_GUILESS_MAIN(TestTrash)
#include "tst_trash.moc"
