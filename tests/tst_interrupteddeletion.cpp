// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheScanner.h"
#include "CliRun.h"
#include "DeletionExecutor.h"
#include "DeletionPlanner.h"
#include "DeletionTally.h"
#include "FixtureCache.h"
#include "HumanFormat.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace hubdeck;
using hubdeck::test::FixtureCache;

// Issue #10, items 2, 3 and 10: an interrupted deletion can always be finished, nothing is
// left unseen, "freed" is what the disk gets back, and errors name what failed.
namespace {
const QString kA = QStringLiteral("models--org--a");
const QString kB = QStringLiteral("models--org--b");
const QString kC = QStringLiteral("datasets--org--c");

QString hash(const char *seed)
{
    return FixtureCache::commit(QString::fromLatin1(seed));
}

// The plan `cache rm TARGETS` makes of the cache as it is now.
DeletionPlan planOf(const FixtureCache &cache, const QStringList &targets)
{
    const CacheScan scan = CacheScanner::scan(cache.root());
    DeletionPlanner planner(scan);
    return planner.plan(planner.resolveTargets(targets));
}

// A: r1 {w (shared with r2), c1}, r2 {w, c2} on main, r3 {x/own} detached.
// B: b1 {a, b} on main, b2 {c} detached.  C: c1 {data} on main.
void buildCache(FixtureCache &cache)
{
    cache.addBlob(kA, QStringLiteral("w"), QByteArray(5000, 'w'));
    cache.addBlob(kA, QStringLiteral("c1"), QByteArray(100, '1'));
    cache.addBlob(kA, QStringLiteral("c2"), QByteArray(200, '2'));
    cache.addBlob(kA, QStringLiteral("own"), QByteArray(300, '3'));
    cache.addLink(kA, hash("r1"), QStringLiteral("model.bin"), QStringLiteral("w"));
    cache.addLink(kA, hash("r1"), QStringLiteral("config.json"), QStringLiteral("c1"));
    cache.addLink(kA, hash("r2"), QStringLiteral("model.bin"), QStringLiteral("w"));
    cache.addLink(kA, hash("r2"), QStringLiteral("config.json"), QStringLiteral("c2"));
    cache.addLink(kA, hash("r3"), QStringLiteral("x/own.bin"), QStringLiteral("own"));
    cache.addRef(kA, QStringLiteral("main"), hash("r2"));
    cache.addRef(kA, QStringLiteral("refs/pr/1"), hash("r1"));
    cache.addBlob(kB, QStringLiteral("a"), QByteArray(400, 'a'));
    cache.addBlob(kB, QStringLiteral("b"), QByteArray(500, 'b'));
    cache.addBlob(kB, QStringLiteral("c"), QByteArray(600, 'c'));
    cache.addLink(kB, hash("b1"), QStringLiteral("a.txt"), QStringLiteral("a"));
    cache.addLink(kB, hash("b1"), QStringLiteral("sub/b.txt"), QStringLiteral("b"));
    cache.addLink(kB, hash("b2"), QStringLiteral("c.txt"), QStringLiteral("c"));
    cache.addRef(kB, QStringLiteral("main"), hash("b1"));
    cache.addBlob(kC, QStringLiteral("data"), QByteArray(700, 'd'));
    cache.addLink(kC, hash("c1"), QStringLiteral("data.arrow"), QStringLiteral("data"));
    cache.addRef(kC, QStringLiteral("main"), hash("c1"));
    cache.mkdir(QStringLiteral(".locks/") + kA);
}

// The same, plus a shared blob store: a detached revision of repo D is the only user of a
// payload, so prune sweeps it (payload, manifest, lock) once the revision's link is gone.
void buildStoreCache(FixtureCache &cache)
{
    buildCache(cache);
    cache.markSharedStore();
    const QString kD = QStringLiteral("models--org--d");
    const QString payload = FixtureCache::sha256(QStringLiteral("payload"));
    cache.addPayload(payload, QByteArray(900, 'p'), {kD + QStringLiteral("/blobs/e")});
    cache.writeFile(QStringLiteral("blobs/") + payload.left(2) + u'/' + payload + QStringLiteral(".lock"), QByteArray());
    cache.mkdir(kD + QStringLiteral("/blobs"));
    cache.linkBlobToPayload(kD, QStringLiteral("e"), payload);
    cache.addLink(kD, hash("d1"), QStringLiteral("model.bin"), QStringLiteral("e"));
    cache.addBlob(kD, QStringLiteral("m"), QByteArray(20, 'm'));
    cache.addLink(kD, hash("d2"), QStringLiteral("config.json"), QStringLiteral("m"));
    cache.addRef(kD, QStringLiteral("main"), hash("d2"));
}

// Every entry under the cache: type, size, link target. Two caches with the same listing
// hold the same things.
QStringList listing(const QString &root)
{
    QStringList lines;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = info.filePath().mid(root.size() + 1);
        if (info.isSymLink())
            lines.append(relative + QStringLiteral(" -> ") + info.symLinkTarget().section(u'/', -2));
        else if (info.isDir())
            lines.append(relative + u'/');
        else
            lines.append(relative + QStringLiteral(" ") + QString::number(info.size()));
    }
    lines.sort();
    return lines;
}

// Bytes on disk (st_blocks × 512) of the regular files under root that a deletion counts as
// freed: links, folders and ref files aside (DeletionPlan.h: ref files count on neither side).
qint64 diskBytes(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!it.filePath().contains(QStringLiteral("/refs/")))
            files.append(it.filePath());
    }
    return FixtureCache::blocks(files);
}

struct Run
{
    int code = -1;
    bool killed = false;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, const QStringList &env = {})
{
    // The shim is not built with the sanitizers: let an ASan build accept it first in line.
    const hubdeck::test::CliRun result =
        hubdeck::test::CliRun::run(arguments, env + QStringList{QStringLiteral("ASAN_OPTIONS=detect_leaks=0:verify_asan_link_order=0")});
    if (!result.finished)
        qFatal("hubdeck-cli did not finish");
    Run run;
    run.killed = result.crashed;
    run.code = result.code;
    run.out = result.out;
    run.err = result.err;
    return run;
}

QStringList cacheArgs(const QString &command, const QString &root, const QStringList &more)
{
    return QStringList{QStringLiteral("cache"), command, QStringLiteral("--dir"), root, QStringLiteral("-y")} + more;
}

QStringList warningsOf(const QString &root)
{
    QStringList messages;
    for (const CorruptedRepo &corrupted : CacheScanner::scan(root).corrupted)
        messages.append(corrupted.message); // the empty folder of a whole repo's last step is an empty repo, not a warning
    return messages;
}
} // namespace

class TestInterruptedDeletion : public QObject
{
    Q_OBJECT

    // Kills `command targets` after each removal in turn; one more run of the same command
    // must leave exactly what an uninterrupted run leaves, and no stop may leave a dangling
    // ref or link (a new warning).
    void killAtEveryStep(const QString &command, const QStringList &targets, int minimumStops, void (*build)(FixtureCache &) = buildCache)
    {
        FixtureCache reference;
        build(reference);
        const Run clean = cli(cacheArgs(command, reference.root(), targets));
        QVERIFY2(clean.code == 0, qPrintable(clean.out + clean.err));
        const QStringList expected = listing(reference.root());

        int stops = 0;
        for (int n = 1; n < 200; ++n) {
            FixtureCache cache;
            build(cache);
            const Run stopped =
                cli(cacheArgs(command, cache.root(), targets), {QStringLiteral("LD_PRELOAD=") + qEnvironmentVariable("HUBDECK_FAULT_SHIM"),
                                                                QStringLiteral("HUBDECK_KILL_AFTER=%1").arg(n)});
            if (!stopped.killed) {
                QVERIFY2(stopped.code == 0, qPrintable(stopped.err));
                QCOMPARE(listing(cache.root()), expected);
                break;
            }
            ++stops;
            const QStringList warnings = warningsOf(cache.root());
            QVERIFY2(warnings.isEmpty(), qPrintable(QStringLiteral("after removal %1: %2").arg(n).arg(warnings.join(u'\n'))));
            const Run again = cli(cacheArgs(command, cache.root(), targets));
            QVERIFY2(again.code == 0, qPrintable(QStringLiteral("after removal %1: %2").arg(n).arg(again.out + again.err)));
            QVERIFY2(listing(cache.root()) == expected,
                     qPrintable(QStringLiteral("after removal %1, one more `%2` left:\n%3\nexpected:\n%4")
                                    .arg(n)
                                    .arg(command, listing(cache.root()).join(u'\n'), expected.join(u'\n'))));
        }
        QVERIFY2(stops >= minimumStops, qPrintable(QString::number(stops))); // the shim did stop it, at every removal
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(QFileInfo::exists(qEnvironmentVariable("HUBDECK_FAULT_SHIM"))); }

    void killedRmIsFinishedByTheSameRm()
    {
        killAtEveryStep(QStringLiteral("rm"), {QStringLiteral("model/org/b"), hash("r1"), hash("r3"), QStringLiteral("dataset/org/c")}, 25);
    }

    void killedPruneIsFinishedByPrune() { killAtEveryStep(QStringLiteral("prune"), {}, 6); }

    // Issue #16: `cache rm hf://.../PATH` killed after any removal leaves no dangling link and
    // no warning; the same rm (while a revision still has a file) and prune finish it. An empty
    // subfolder a kill leaves in a snapshot is no file to the scan, so it is not compared.
    void killedFileRmIsFinishedByRmAndPrune()
    {
        const QStringList targets{QStringLiteral("hf://org/a/model.bin"), QStringLiteral("hf://org/b/sub/b.txt"),
                                  QStringLiteral("hf://datasets/org/c/data.arrow")};
        auto filesOnly = [](const QStringList &lines) {
            QStringList kept;
            for (const QString &line : lines)
                if (!line.endsWith(u'/') || std::any_of(lines.cbegin(), lines.cend(),
                                                        [&](const QString &other) { return other != line && other.startsWith(line); }))
                    kept.append(line);
            return kept;
        };
        FixtureCache reference;
        buildCache(reference);
        QCOMPARE(cli(cacheArgs(QStringLiteral("rm"), reference.root(), targets)).code, 0);
        QCOMPARE(cli(cacheArgs(QStringLiteral("prune"), reference.root(), {})).code, 0);
        const QStringList expected = filesOnly(listing(reference.root()));
        QVERIFY(!expected.contains(kB + QStringLiteral("/blobs/b 500")));

        int stops = 0;
        for (int n = 1; n < 60; ++n) {
            FixtureCache cache;
            buildCache(cache);
            const Run stopped = cli(cacheArgs(QStringLiteral("rm"), cache.root(), targets),
                                    {QStringLiteral("LD_PRELOAD=") + qEnvironmentVariable("HUBDECK_FAULT_SHIM"),
                                     QStringLiteral("HUBDECK_KILL_AFTER=%1").arg(n)});
            if (stopped.killed) {
                ++stops;
                const QStringList warnings = warningsOf(cache.root());
                QVERIFY2(warnings.isEmpty(), qPrintable(QStringLiteral("after removal %1: %2").arg(n).arg(warnings.join(u'\n'))));
                const Run again = cli(cacheArgs(QStringLiteral("rm"), cache.root(), targets));
                QVERIFY2(again.code == 0, qPrintable(again.out + again.err));
            } else {
                QVERIFY2(stopped.code == 0, qPrintable(stopped.err));
            }
            QCOMPARE(cli(cacheArgs(QStringLiteral("prune"), cache.root(), {})).code, 0);
            QVERIFY2(filesOnly(listing(cache.root())) == expected,
                     qPrintable(QStringLiteral("after removal %1:\n%2\nexpected:\n%3")
                                    .arg(n)
                                    .arg(filesOnly(listing(cache.root())).join(u'\n'), expected.join(u'\n'))));
            if (!stopped.killed)
                break;
        }
        QVERIFY2(stops >= 5, qPrintable(QString::number(stops)));
    }

    void stoppedCliSaysWhatWasRemoved()
    {
        // SIGTERM (as Ctrl+C would) after the n-th removal: the CLI stops cleanly and says what
        // it removed and freed, measured, what it began and did not finish (a revision that lost
        // refs or files: attack S9 called those "untouched") and what it left untouched; the
        // disk agrees.
        QHash<QString, std::pair<QStringList, qsizetype>> whole; // by commit: refs and files before
        {
            FixtureCache reference;
            buildCache(reference);
            for (const CachedRepo &repo : CacheScanner::scan(reference.root()).repos)
                for (const CachedRevision &revision : repo.revisions)
                    whole.insert(revision.commitHash, {revision.refs, revision.files.size()});
        }
        int inTheMiddle = 0;
        int partlySeen = 0;
        for (int n = 1; n <= 40; ++n) {
            FixtureCache cache;
            buildCache(cache);
            const qint64 before = diskBytes(cache.root());
            const Run stopped =
                cli(cacheArgs(QStringLiteral("rm"), cache.root(), {QStringLiteral("model/org/a"), QStringLiteral("model/org/b")}),
                    {QStringLiteral("LD_PRELOAD=") + qEnvironmentVariable("HUBDECK_FAULT_SHIM"),
                     QStringLiteral("HUBDECK_KILL_AFTER=%1").arg(n), QStringLiteral("HUBDECK_KILL_SIGNAL=%1").arg(SIGTERM)});
            QVERIFY2(!stopped.killed, qPrintable(stopped.err));
            if (stopped.code == 0)
                break; // finished before the n-th removal
            QCOMPARE(stopped.code, 128 + SIGTERM);
            const QRegularExpression summary(QStringLiteral(R"(^Stopped: (\d+) revisions? removed, ([^;]+) freed(?:; (\d+) revisions? )"
                                                            R"(partly removed)?(?:; (\d+) revisions? untouched)?\.$)"),
                                             QRegularExpression::MultilineOption);
            const QRegularExpressionMatch match = summary.match(stopped.err);
            QVERIFY2(match.hasMatch(), qPrintable(stopped.err));
            QVERIFY(!stopped.err.contains(QStringLiteral("Error: Stopped")));
            int left = 0;
            int changed = 0;
            for (const CachedRepo &repo : CacheScanner::scan(cache.root()).repos)
                if (repo.repoId == u"org/a" || repo.repoId == u"org/b") {
                    left += int(repo.revisions.size());
                    for (const CachedRevision &revision : repo.revisions)
                        if (whole.value(revision.commitHash) != std::pair{revision.refs, revision.files.size()})
                            ++changed;
                }
            const int partly = match.captured(3).toInt();
            QCOMPARE(partly, changed);
            QCOMPARE(partly + match.captured(4).toInt(), left);
            QCOMPARE(stopped.err.count(QStringLiteral("Partly removed: ")), partly);
            partlySeen += partly > 0 ? 1 : 0;
            QCOMPARE(match.captured(1).toInt() + left, 5);
            QCOMPARE(match.captured(2), HumanFormat::sizeInText(before - diskBytes(cache.root())));
            if (match.captured(1).toInt() > 0 && left > 0)
                ++inTheMiddle;
        }
        QVERIFY(inTheMiddle > 0); // some stops did land between revisions
        QVERIFY(partlySeen > 0);  // and some inside one
    }

    // A stop in the shared-store sweep (after the payload, after its manifest) leaves files that
    // only the leftovers listing reaches: one more prune must leave what an uninterrupted one does.
    void killedPruneOfASharedBlobIsFinishedByPrune() { killAtEveryStep(QStringLiteral("prune"), {}, 8, buildStoreCache); }

    void canceledDeletionSaysWhatWasRemoved()
    {
        FixtureCache cache;
        buildCache(cache);
        const CacheScan scan = CacheScanner::scan(cache.root());
        DeletionPlanner planner(scan);
        const DeletionPlan plan = planner.plan(planner.resolveTargets({QStringLiteral("model/org/a"), QStringLiteral("model/org/b")}));
        QCOMPARE(plan.revisionCount(), 5);
        QStringList goingBlobs;
        for (const char *blob : {"c1", "w", "c2"})
            goingBlobs.append(cache.path(kA + QStringLiteral("/blobs/") + QLatin1String(blob)));
        const qint64 held = FixtureCache::blocks(goingBlobs);
        // Stop once the second revision's snapshot folder is gone.
        int checks = 0;
        const DeletionReport report = DeletionExecutor::execute(
            plan, nullptr, [&] { return ++checks > 0 && !QFileInfo::exists(cache.path(kA + QStringLiteral("/snapshots/") + hash("r2"))); });
        QVERIFY(report.canceled);
        const DeletionTally tally = DeletionTally::of(plan, report);
        QCOMPARE(tally.revisionsRemoved, 2);
        QCOMPARE(tally.revisionsUntouched, 3);
        QCOMPARE(tally.reposRemoved, 0);
        // Measured: r1's c1 and r2's w + c2 went with their snapshots, their blocks; nothing
        // else (ref files count on neither side, DeletionPlan.h).
        QCOMPARE(tally.freedBytes, held);
        // What is left scans without a warning and the same rm finishes it.
        QVERIFY(warningsOf(cache.root()).isEmpty());
        const CacheScan after = CacheScanner::scan(cache.root());
        DeletionPlanner again(after);
        QVERIFY(DeletionExecutor::execute(again.plan(again.resolveTargets({QStringLiteral("model/org/a"), QStringLiteral("model/org/b")})))
                    .succeeded());
        QVERIFY(!QFileInfo::exists(cache.path(kA)));
        QVERIFY(!QFileInfo::exists(cache.path(kB)));
    }

    // A stop after a whole repo's refs went leaves its revisions detached, with their files:
    // partly removed, never "untouched", and the report says which and what they lost (S9).
    void aStopAfterTheRefsSaysPartlyRemoved()
    {
        FixtureCache cache;
        buildCache(cache);
        const DeletionPlan plan = planOf(cache, {QStringLiteral("model/org/b")});
        QCOMPARE(plan.revisionCount(), 2);
        const QString ref = cache.path(kB + QStringLiteral("/refs/main"));
        const DeletionReport report = DeletionExecutor::execute(plan, nullptr, [&] { return !QFileInfo::exists(ref); });
        QVERIFY(report.canceled);
        QCOMPARE(report.partlyRemovedRevisions.size(), 1);
        const DeletionReport::PartlyRemoved &partly = report.partlyRemovedRevisions.first();
        QCOMPARE(partly.revision.commitHash, hash("b1"));
        QVERIFY(partly.refsGone);
        QVERIFY(!partly.filesGone);
        QCOMPARE(partly.snapshotPath, cache.path(kB + QStringLiteral("/snapshots/") + hash("b1")));
        const DeletionTally tally = DeletionTally::of(plan, report);
        QCOMPARE(tally.revisionsRemoved, 0);
        QCOMPARE(tally.revisionsPartlyRemoved, 1);
        QCOMPARE(tally.revisionsUntouched, 1); // b2: nothing of it went
        QVERIFY(warningsOf(cache.root()).isEmpty());
    }

    // A file plan stopped after the last link to a blob went, before the blob: the blob is
    // unreferenced now, and the report says so, for prune (attack T10: "3 files removed", no
    // word of the blob left).
    void aStopBeforeAFilesBlobSaysItIsLeft()
    {
        FixtureCache cache;
        buildCache(cache);
        const DeletionPlan plan = planOf(cache, {QStringLiteral("hf://datasets/org/c/data.arrow")});
        QCOMPARE(plan.fileCount(), 1);
        const QString link = cache.path(kC + QStringLiteral("/snapshots/") + hash("c1") + QStringLiteral("/data.arrow"));
        const QString blob = cache.path(kC + QStringLiteral("/blobs/data"));
        const DeletionReport report = DeletionExecutor::execute(plan, nullptr, [&] { return !QFileInfo::exists(link); });
        QVERIFY(report.canceled);
        QCOMPARE(report.removedFiles, QStringList{link});
        QCOMPARE(report.leftUnreferencedBlobs, QStringList{blob});
        QVERIFY(QFileInfo::exists(blob));
        QVERIFY(warningsOf(cache.root()).isEmpty());
    }

    void unreferencedBlobsAndEmptyReposAreSeenAndPruned()
    {
        FixtureCache cache;
        buildCache(cache);
        cache.addBlob(kB, QStringLiteral("orphan"), QByteArray(1234, 'o'));           // no snapshot links to it
        cache.writeFile(kB + QStringLiteral("/blobs/.e.0123abcd.shared"), "tmp");     // a store temporary: not ours
        cache.writeFile(kB + QStringLiteral("/blobs/x.0123abcd.incomplete"), "part"); // a partial download: listed apart
        cache.mkdir(QStringLiteral("models--org--empty/snapshots"));
        cache.mkdir(QStringLiteral("models--org--empty/blobs"));
        cache.addBlob(QStringLiteral("models--org--empty"), QStringLiteral("left"), QByteArray(50, 'l'));

        const CacheScan scan = CacheScanner::scan(cache.root());
        const int b = scan.repoIndexForFolder(kB);
        const int empty = scan.repoIndexForFolder(QStringLiteral("models--org--empty"));
        QVERIFY(b >= 0 && empty >= 0);
        QCOMPARE(scan.repos[b].unreferencedBlobs.size(), 1);
        QCOMPARE(scan.repos[b].unreferencedBlobs.first().name.bytes(), QByteArray("orphan"));
        QVERIFY(scan.repos[empty].isEmpty());
        QCOMPARE(scan.emptyRepoCount(), 1);
        QCOMPARE(scan.unreferencedBlobsSize(), 1234 + 50);
        qint64 linked = 0;
        for (const CachedRepo &repo : scan.repos)
            for (const CachedBlob &blob : repo.blobs)
                linked += blob.size;
        QCOMPARE(scan.physicalSize(), linked + 1234 + 50);   // on disk: counted
        QCOMPARE(scan.repos[b].sizeOnDisk, 400 + 500 + 600); // the reference's figure: unchanged

        // Listed by the CLI, in the text and the JSON.
        const Run ls = cli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--dir"), cache.root()});
        QVERIFY2(ls.err.contains(QStringLiteral("2 unreferenced blob(s)")), qPrintable(ls.out + ls.err));
        QVERIFY2(ls.err.contains(QStringLiteral("1 empty repo(s)")), qPrintable(ls.out + ls.err));
        const Run json = cli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--dir"), cache.root(),
                              QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject document = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(document.value(QStringLiteral("unreferenced_blobs")).toArray().size(), 2);
        QCOMPARE(document.value(QStringLiteral("empty_repos")).toArray().size(), 1);

        const Run prune = cli(cacheArgs(QStringLiteral("prune"), cache.root(), {}));
        QVERIFY2(prune.code == 0, qPrintable(prune.out + prune.err));
        QVERIFY2(prune.out.contains(QStringLiteral("2 unreferenced blob(s)")), qPrintable(prune.out));
        QVERIFY(!QFileInfo::exists(cache.path(kB + QStringLiteral("/blobs/orphan"))));
        QVERIFY(!QFileInfo::exists(cache.path(QStringLiteral("models--org--empty"))));
        QVERIFY(QFileInfo::exists(cache.path(kB + QStringLiteral("/blobs/.e.0123abcd.shared"))));
        QVERIFY(QFileInfo::exists(cache.path(kB + QStringLiteral("/blobs/a"))));
    }

    void rmOfARepoWithNoRevisionRemovesIt()
    {
        FixtureCache cache;
        cache.mkdir(QStringLiteral("models--org--gone/snapshots"));
        cache.mkdir(QStringLiteral("models--org--gone/refs"));
        cache.addBlob(QStringLiteral("models--org--gone"), QStringLiteral("x"), QByteArray(10, 'x'));
        const Run run = cli(cacheArgs(QStringLiteral("rm"), cache.root(), {QStringLiteral("model/org/gone")}));
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(!run.out.contains(QStringLiteral("Nothing to delete")), qPrintable(run.out));
        QVERIFY(!QFileInfo::exists(cache.path(QStringLiteral("models--org--gone"))));

        // The folder a stop in a whole repo's last step leaves: rm of its id and prune finish it.
        cache.mkdir(QStringLiteral("models--org--left/refs"));
        const Run left = cli(cacheArgs(QStringLiteral("rm"), cache.root(), {QStringLiteral("model/org/left")}));
        QVERIFY2(left.code == 0, qPrintable(left.out + left.err));
        QVERIFY(!QFileInfo::exists(cache.path(QStringLiteral("models--org--left"))));
    }

    void hardLinkedBlobsFreeNothing()
    {
        FixtureCache cache;
        buildCache(cache);
        // b2's blob has a second name outside the cache (a user's hard-linked copy).
        QTemporaryDir elsewhere;
        QVERIFY(::link(QFile::encodeName(cache.path(kB + QStringLiteral("/blobs/c"))).constData(),
                       QFile::encodeName(elsewhere.filePath(QStringLiteral("copy"))).constData()) == 0);
        const CacheScan scan = CacheScanner::scan(cache.root());
        DeletionPlanner planner(scan);
        const DeletionPlan plan = planner.plan(planner.resolveTargets({hash("b2")}));
        QCOMPARE(plan.blobs, QStringList{cache.path(kB + QStringLiteral("/blobs/c"))});
        QCOMPARE(plan.expectedFreedSize, 0); // planned, but the disk gets nothing back
        const DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY(report.succeeded());
        QCOMPARE(report.freedBytes, 0);
        QCOMPARE(QFileInfo(elsewhere.filePath(QStringLiteral("copy"))).size(), 600);
    }

    void linkedRepoFoldersAreRefusedWithAReason()
    {
        FixtureCache cache;
        buildCache(cache);
        // B's blobs/ lives on "another disk": a folder outside the cache, linked in.
        QTemporaryDir other;
        QVERIFY(QDir().rename(cache.path(kB + QStringLiteral("/blobs")), other.filePath(QStringLiteral("blobs"))));
        QVERIFY(QFile::link(other.filePath(QStringLiteral("blobs")), cache.path(kB + QStringLiteral("/blobs"))));
        // C's whole folder too.
        QVERIFY(QDir().rename(cache.path(kC), other.filePath(kC)));
        QVERIFY(QFile::link(other.filePath(kC), cache.path(kC)));

        const Run run =
            cli(cacheArgs(QStringLiteral("rm"), cache.root(), {QStringLiteral("model/org/b"), QStringLiteral("dataset/org/c")}));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QStringLiteral("blobs/ is a link to ") + other.filePath(QStringLiteral("blobs"))), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("the repo folder is a link to ") + other.filePath(kC)), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Nothing to delete.")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QStringLiteral("freed")));
        QVERIFY(QFileInfo(cache.path(kB + QStringLiteral("/blobs"))).isSymLink());
        QVERIFY(QFileInfo::exists(other.filePath(QStringLiteral("blobs/a"))));
        QVERIFY(QFileInfo(cache.path(kC)).isSymLink());
        QVERIFY(QFileInfo::exists(cache.path(kB + QStringLiteral("/snapshots/") + hash("b1"))));
        QVERIFY(QFileInfo::exists(other.filePath(kC + QStringLiteral("/snapshots/") + hash("c1") + QStringLiteral("/data.arrow"))));

        // The planner says so up front, in the plan's refusals.
        const CacheScan scan = CacheScanner::scan(cache.root());
        DeletionPlanner planner(scan);
        const DeletionPlan plan = planner.plan(planner.resolveTargets({QStringLiteral("model/org/b")}));
        QVERIFY(plan.isEmpty());
        QCOMPARE(plan.refused.size(), 1);
        QCOMPARE(plan.expectedFreedSize, 0);
    }

    void runningDownloadIsKeptAndNotCounted()
    {
        FixtureCache cache;
        buildCache(cache);
        cache.writeFile(kA + QStringLiteral("/blobs/partial.0a1b2c3d.incomplete"), QByteArray(999, 'p'));
        cache.writeFile(QStringLiteral(".locks/") + kA + QStringLiteral("/partial.lock"), "");
        const int lock = ::open(QFile::encodeName(cache.path(QStringLiteral(".locks/") + kA + QStringLiteral("/partial.lock"))).constData(),
                                O_RDONLY | O_CLOEXEC);
        QVERIFY(lock >= 0);
        QCOMPARE(::flock(lock, LOCK_EX), 0);
        const qint64 held =
            FixtureCache::blocks({cache.path(kA + QStringLiteral("/blobs/own")), cache.path(kB + QStringLiteral("/blobs/c"))});
        const Run run = cli(cacheArgs(QStringLiteral("prune"), cache.root(), {}));
        // A whole repo with a running download keeps its folder (and that download).
        const Run whole = cli(cacheArgs(QStringLiteral("rm"), cache.root(), {QStringLiteral("model/org/a")}));
        ::close(lock);
        QVERIFY2(whole.err.contains(QStringLiteral("a download into it is running")), qPrintable(whole.err));
        QVERIFY(QFileInfo::exists(cache.path(kA + QStringLiteral("/blobs/partial.0a1b2c3d.incomplete"))));
        QVERIFY(!QFileInfo::exists(cache.path(kA + QStringLiteral("/snapshots/") + hash("r2"))));
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(QStringLiteral("its download is still running")), qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("incomplete_deleted: 0")), qPrintable(run.out)); // planned, but none was deleted
        // In JSON too: the plan's lists, then what is gone and what was kept.
        FixtureCache second;
        buildCache(second);
        second.writeFile(kA + QStringLiteral("/blobs/partial.0a1b2c3d.incomplete"), QByteArray(10, 'p'));
        second.writeFile(QStringLiteral(".locks/") + kA + QStringLiteral("/partial.lock"), "");
        const int lock2 =
            ::open(QFile::encodeName(second.path(QStringLiteral(".locks/") + kA + QStringLiteral("/partial.lock"))).constData(),
                   O_RDONLY | O_CLOEXEC);
        QCOMPARE(::flock(lock2, LOCK_EX), 0);
        const Run json = cli(cacheArgs(QStringLiteral("prune"), second.root(), {QStringLiteral("--format"), QStringLiteral("json")}));
        ::close(lock2);
        const QJsonObject document = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(document.value(QStringLiteral("incomplete_files")).toArray().size(), 1); // planned
        QCOMPARE(document.value(QStringLiteral("removed_paths")).toObject().value(QStringLiteral("incomplete_files")).toArray().size(), 0);
        QCOMPARE(document.value(QStringLiteral("kept_downloads")).toArray().size(), 1);
        QCOMPARE(document.value(QStringLiteral("removed_paths")).toObject().value(QStringLiteral("snapshots")).toArray().size(), 2);
        QVERIFY(QFileInfo::exists(cache.path(kA + QStringLiteral("/blobs/partial.0a1b2c3d.incomplete"))));
        // r3's blob and b2's went (their blocks, measured); their two snapshots hold only links.
        QVERIFY2(run.out.contains(QStringLiteral("Deleted 2 unreferenced revision(s); freed %1.").arg(HumanFormat::sizeInText(held))),
                 qPrintable(run.out));
    }

    void permissionErrorNamesTheEntryOnce()
    {
        FixtureCache cache;
        buildCache(cache);
        // own.bin sits in r3's x/ folder: the removal of that link fails.
        const Run run =
            cli(cacheArgs(QStringLiteral("rm"), cache.root(), {hash("r3")}),
                {QStringLiteral("LD_PRELOAD=") + qEnvironmentVariable("HUBDECK_FAULT_SHIM"), QStringLiteral("HUBDECK_FAIL_NAME=own.bin")});
        QCOMPARE(run.code, 1);
        const QString failing = cache.path(kA + QStringLiteral("/snapshots/") + hash("r3") + QStringLiteral("/x/own.bin"));
        QVERIFY2(run.err.contains(QStringLiteral("Cannot remove ") + failing + QStringLiteral(": Permission denied")), qPrintable(run.err));
        QVERIFY2(run.err.count(failing) == 1, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("1 path could not be removed")), qPrintable(run.err));
        // The blob it links to stays: no link may outlive its blob.
        QVERIFY(QFileInfo::exists(cache.path(kA + QStringLiteral("/blobs/own"))));
        QVERIFY(warningsOf(cache.root()).isEmpty());
    }

    void failedBlobOfAWholeRepoIsReportedOnce()
    {
        FixtureCache cache;
        buildCache(cache);
        // B's blob "a" cannot be removed: the repo folder stays, and the error is said once.
        const Run run =
            cli(cacheArgs(QStringLiteral("rm"), cache.root(), {QStringLiteral("model/org/b")}),
                {QStringLiteral("LD_PRELOAD=") + qEnvironmentVariable("HUBDECK_FAULT_SHIM"), QStringLiteral("HUBDECK_FAIL_NAME=a")});
        QCOMPARE(run.code, 1);
        const QString failing = cache.path(kB + QStringLiteral("/blobs/a"));
        QVERIFY2(run.err.count(QStringLiteral("Cannot remove ") + failing) == 1, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("1 path could not be removed")), qPrintable(run.err));
        QVERIFY(QFileInfo::exists(failing));
        QVERIFY(warningsOf(cache.root()).isEmpty());
        // What is left is an empty repo with one unreferenced blob; the same rm finishes it.
        const Run again = cli(cacheArgs(QStringLiteral("rm"), cache.root(), {QStringLiteral("model/org/b")}));
        QVERIFY2(again.code == 0, qPrintable(again.out + again.err));
        QVERIFY(!QFileInfo::exists(cache.path(kB)));
    }

    void blobThatIsALinkFreesNothing()
    {
        FixtureCache cache;
        buildCache(cache);
        // C's blob is a link to a big file outside the cache: removing the link frees nothing.
        QTemporaryDir elsewhere;
        QVERIFY(QFile::rename(cache.path(kC + QStringLiteral("/blobs/data")), elsewhere.filePath(QStringLiteral("data"))));
        QVERIFY(QFile::link(elsewhere.filePath(QStringLiteral("data")), cache.path(kC + QStringLiteral("/blobs/data"))));
        const CacheScan scan = CacheScanner::scan(cache.root());
        DeletionPlanner planner(scan);
        const DeletionPlan plan = planner.plan(planner.resolveTargets({QStringLiteral("dataset/org/c")}));
        QCOMPARE(plan.expectedFreedSize, 0);
        const DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY(report.succeeded());
        // Not the link, nor its target's 700 bytes; nor the ref file, which neither plan nor
        // measure counts (DeletionPlan.h): the plan said 0, and 0 it is.
        QCOMPARE(report.freedBytes, plan.expectedFreedSize);
        QCOMPARE(report.freedBytes, 0);
        QCOMPARE(QFileInfo(elsewhere.filePath(QStringLiteral("data"))).size(), 700);
    }

    void notAHubCacheIsRefused()
    {
        // --dir given a home folder, a datasets cache or a project: nothing is offered for deletion.
        QTemporaryDir home;
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral(".ssh"))));
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("Documents"))));
        QFile key(home.filePath(QStringLiteral(".ssh/id_rsa")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("secret");
        key.close();
        const Run ls = cli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--dir"), home.path()});
        QCOMPARE(ls.code, 1);
        QVERIFY2(ls.err.contains(QStringLiteral("does not look like a hub cache")), qPrintable(ls.err));
        const Run rm = cli(cacheArgs(QStringLiteral("rm"), home.path(), {home.filePath(QStringLiteral(".ssh"))}));
        QCOMPARE(rm.code, 1);
        QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral(".ssh/id_rsa"))));
        // An empty folder is an empty cache, and stray files beside repos stay removable.
        QTemporaryDir empty;
        QCOMPARE(cli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--dir"), empty.path()}).code, 0);
    }

    void blobThatIsAFolderIsReportedByVerify()
    {
        // Item 5: a blob that is a directory is "not a regular file" for verify, with exit 1,
        // even though the scan (as huggingface_hub's) does not list the link as a file.
        FixtureCache cache;
        const QString repo = QStringLiteral("models--t--d");
        const QByteArray good = "b\n";
        const QString goodName = QString::fromLatin1(
            QCryptographicHash::hash("blob " + QByteArray::number(good.size()) + '\0' + good, QCryptographicHash::Sha1).toHex());
        cache.addBlob(repo, goodName, good);
        cache.mkdir(repo + QStringLiteral("/blobs/3f786850e387550fdab836ed7e6dc881de23001b"));
        cache.addLink(repo, hash("d1"), QStringLiteral("a.txt"), QStringLiteral("3f786850e387550fdab836ed7e6dc881de23001b"));
        cache.addLink(repo, hash("d1"), QStringLiteral("b.txt"), goodName);
        cache.addRef(repo, QStringLiteral("main"), hash("d1"));
        const Run run = cli({QStringLiteral("cache"), QStringLiteral("verify"), QStringLiteral("--dir"), cache.root()});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QStringLiteral("not a regular file (a directory)")), qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("1 problem(s)")), qPrintable(run.out));
    }

    void concurrentRemovalIsAlreadyGoneNotAnError()
    {
        FixtureCache cache;
        buildCache(cache);
        const CacheScan scan = CacheScanner::scan(cache.root());
        DeletionPlanner planner(scan);
        const DeletionPlan plan = planner.plan(planner.resolveTargets({hash("b2"), hash("r3")}));
        // Another `rm` got to b2 first, and to part of r3.
        QVERIFY(QDir(cache.path(kB + QStringLiteral("/snapshots/") + hash("b2"))).removeRecursively());
        QVERIFY(QFile::remove(cache.path(kB + QStringLiteral("/blobs/c"))));
        QVERIFY(QFile::remove(cache.path(kA + QStringLiteral("/snapshots/") + hash("r3") + QStringLiteral("/x/own.bin"))));
        const qint64 own = FixtureCache::blocks({cache.path(kA + QStringLiteral("/blobs/own"))});
        const DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(report.notes.join(u'\n').contains(QStringLiteral("Already gone: ") + cache.path(kB + QStringLiteral("/blobs/c"))));
        QVERIFY(!QFileInfo::exists(cache.path(kA + QStringLiteral("/snapshots/") + hash("r3"))));
        QCOMPARE(report.freedBytes, own); // own: what this run removed, not what the plan expected
    }
};

QTEST_GUILESS_MAIN(TestInterruptedDeletion)
#include "tst_interrupteddeletion.moc"
