// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheScanner.h"
#include "CliRun.h"
#include "DeletionExecutor.h"
#include "DeletionPlanner.h"
#include "DeletionTally.h"
#include "FileName.h"
#include "FixtureCache.h"
#include "HumanFormat.h"
#include "PrintableText.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace hubdeck;
using hubdeck::test::CliRun;
using hubdeck::test::FixtureCache;

// Issue #16: `cache rm hf://[TYPE/]ORG/NAME/PATH` removes one file from every cached revision.
namespace {
const QString kA = QStringLiteral("models--org--a");
const QString kB = QStringLiteral("models--org--b");

QString hash(const char *seed)
{
    return FixtureCache::commit(QString::fromLatin1(seed));
}

// A: r1 (main) {model.gguf -> q4, model.bin -> bin1, sub/dir/tok.json -> tok},
//    r2 (refs/pr/1) {model.gguf -> q4, model.bin -> bin2, config.json -> cfg},
//    r3 (v1) {other.gguf -> q4}: the Q4 blob under another path.
void buildA(FixtureCache &cache)
{
    cache.addBlob(kA, QStringLiteral("q4"), QByteArray(4000, 'q'));
    cache.addBlob(kA, QStringLiteral("bin1"), QByteArray(3000, '1'));
    cache.addBlob(kA, QStringLiteral("bin2"), QByteArray(3100, '2'));
    cache.addBlob(kA, QStringLiteral("tok"), QByteArray(70, 't'));
    cache.addBlob(kA, QStringLiteral("cfg"), QByteArray(20, 'c'));
    cache.addLink(kA, hash("r1"), QStringLiteral("model.gguf"), QStringLiteral("q4"));
    cache.addLink(kA, hash("r1"), QStringLiteral("model.bin"), QStringLiteral("bin1"));
    cache.addLink(kA, hash("r1"), QStringLiteral("sub/dir/tok.json"), QStringLiteral("tok"));
    cache.addLink(kA, hash("r2"), QStringLiteral("model.gguf"), QStringLiteral("q4"));
    cache.addLink(kA, hash("r2"), QStringLiteral("model.bin"), QStringLiteral("bin2"));
    cache.addLink(kA, hash("r2"), QStringLiteral("config.json"), QStringLiteral("cfg"));
    cache.addLink(kA, hash("r3"), QStringLiteral("other.gguf"), QStringLiteral("q4"));
    cache.addRef(kA, QStringLiteral("main"), hash("r1"));
    cache.addRef(kA, QStringLiteral("refs/pr/1"), hash("r2"));
    cache.addRef(kA, QStringLiteral("v1"), hash("r3"));
}

QString snapshot(const FixtureCache &cache, const QString &repo, const char *commit, const QString &file = {})
{
    return cache.path(repo + QStringLiteral("/snapshots/") + hash(commit) + (file.isEmpty() ? QString() : u'/' + file));
}

bool exists(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(FileName::encode(path).constData(), &st) == 0;
}

// Bytes of the regular files under root, as `du` counts them (st_blocks × 512, each inode
// once): what the disk gets back. Ref files and the shared store's manifests (<hash>.refs,
// rewritten shorter when a link goes) aside: bookkeeping that neither the plan nor the run
// counts (DeletionPlan.h). apparent: st_size summed likewise, the plan's unit.
qint64 diskBytes(const QString &root, qint64 *apparent = nullptr)
{
    qint64 total = 0;
    if (apparent)
        *apparent = 0;
    QSet<QPair<quint64, quint64>> seen;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString relative = it.filePath().mid(root.size() + 1);
        struct stat st
        {
        };
        if (relative.contains(QStringLiteral("/refs/")) ||
            (relative.startsWith(QStringLiteral("blobs/")) && relative.endsWith(QStringLiteral(".refs"))) ||
            ::lstat(FileName::encode(it.filePath()).constData(), &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        const QPair<quint64, quint64> inode{quint64(st.st_dev), quint64(st.st_ino)};
        if (seen.contains(inode))
            continue;
        seen.insert(inode);
        total += qint64(st.st_blocks) * 512;
        if (apparent)
            *apparent += qint64(st.st_size);
    }
    return total;
}

// What a file of `size` bytes written whole holds on this filesystem (a temporary file, as
// the fixtures are): st_blocks × 512.
qint64 blocksOf(qint64 size)
{
    QTemporaryFile file;
    if (!file.open() || file.write(QByteArray(size, 'x')) != size || !file.flush())
        return -1;
    struct stat st
    {
    };
    return ::stat(FileName::encode(file.fileName()).constData(), &st) == 0 ? qint64(st.st_blocks) * 512 : -1;
}

DeletionPlan planFor(const CacheScan &scan, const QStringList &targets, DeletionPlanner::Selection *out = nullptr)
{
    const DeletionPlanner planner(scan);
    const DeletionPlanner::Selection selection = planner.resolveTargets(targets);
    if (out)
        *out = selection;
    return planner.plan(selection);
}

const CachedRepo *findRepo(const CacheScan &scan, const QString &folder)
{
    const int index = scan.repoIndexForFolder(folder);
    return index < 0 ? nullptr : &scan.repos[index];
}

QStringList filesOf(const CacheScan &scan, const QString &folder, const QString &commit)
{
    QStringList files;
    if (const CachedRepo *repo = findRepo(scan, folder))
        for (const CachedRevision &revision : repo->revisions)
            if (revision.commitHash == commit)
                for (const CachedFile &file : revision.files)
                    files.append(file.relativePath);
    files.sort();
    return files;
}

// Runs the plan and checks what every file removal must leave: a scan without warnings,
// the measured freed figure equal to the disk's difference in blocks, the plan's to its
// difference in st_size.
DeletionReport runAndCheck(const FixtureCache &cache, const DeletionPlan &plan)
{
    qint64 apparentBefore = 0;
    qint64 apparentAfter = 0;
    const qint64 before = diskBytes(cache.root(), &apparentBefore);
    const DeletionReport report = DeletionExecutor::execute(plan);
    const qint64 after = diskBytes(cache.root(), &apparentAfter);
    [&] {
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
        // Measured in blocks, what the disk got back; the plan in st_size, as hf shows it.
        QCOMPARE(report.freedBytes, before - after);
        QCOMPARE(plan.expectedFreedSize, apparentBefore - apparentAfter);
        const CacheScan scan = CacheScanner::scan(cache.root());
        QVERIFY(scan.isValid());
        for (const CorruptedRepo &corrupted : scan.corrupted)
            QFAIL(qPrintable(QStringLiteral("new warning: ") + corrupted.message));
    }();
    return report;
}
} // namespace

class TestRemoveFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileGoesFromEveryRevisionButItsBlobStaysWhileAKeptFileUsesIt()
    {
        FixtureCache cache;
        buildA(cache);
        const DeletionPlan plan = planFor(CacheScanner::scan(cache.root()), {QStringLiteral("hf://org/a/model.gguf")});
        QCOMPARE(plan.files, (QStringList{snapshot(cache, kA, "r1", QStringLiteral("model.gguf")),
                                          snapshot(cache, kA, "r2", QStringLiteral("model.gguf"))}));
        QVERIFY(plan.blobs.isEmpty()); // r3's other.gguf still links to q4
        QCOMPARE(plan.expectedFreedSize, 0);
        QCOMPARE(plan.fileCount(), 2);
        QCOMPARE(plan.revisionCount(), 0);
        QVERIFY(plan.snapshots.isEmpty() && plan.refs.isEmpty() && plan.repos.isEmpty());
        QVERIFY(plan.items.first().files.first().blobKept);

        const DeletionReport report = runAndCheck(cache, plan);
        QCOMPARE(report.removedFiles.size(), 2);
        QVERIFY(exists(cache.path(kA + QStringLiteral("/blobs/q4"))));
        QVERIFY(exists(snapshot(cache, kA, "r3", QStringLiteral("other.gguf"))));
        // Refs and snapshot folders stay: every revision is still there, with its other files.
        const CacheScan after = CacheScanner::scan(cache.root());
        QCOMPARE(findRepo(after, kA)->revisions.size(), 3);
        QCOMPARE(filesOf(after, kA, hash("r1")), (QStringList{QStringLiteral("model.bin"), QStringLiteral("sub/dir/tok.json")}));
        QCOMPARE(DeletionTally::of(plan, report).filesRemoved, 2);
    }

    void blobGoesWithItsLastUser()
    {
        FixtureCache cache;
        buildA(cache);
        // Both paths that link to q4, named together: now nothing kept uses it.
        const DeletionPlan plan = planFor(CacheScanner::scan(cache.root()),
                                          {QStringLiteral("hf://org/a/model.gguf"), QStringLiteral("hf://models/org/a/other.gguf")});
        QCOMPARE(plan.fileCount(), 3);
        QCOMPARE(plan.blobs, QStringList{cache.path(kA + QStringLiteral("/blobs/q4"))});
        QCOMPARE(plan.expectedFreedSize, 4000);
        runAndCheck(cache, plan);
        QVERIFY(!exists(cache.path(kA + QStringLiteral("/blobs/q4"))));
        // r3 had only that file: an empty revision stays, its ref still valid.
        const CacheScan after = CacheScanner::scan(cache.root());
        QCOMPARE(findRepo(after, kA)->revisions.size(), 3);
        QVERIFY(filesOf(after, kA, hash("r3")).isEmpty());
        QVERIFY(exists(snapshot(cache, kA, "r3")));
    }

    void distinctBlobsOfOnePathAllGo()
    {
        FixtureCache cache;
        buildA(cache);
        const DeletionPlan plan = planFor(CacheScanner::scan(cache.root()), {QStringLiteral("hf://org/a/model.bin")});
        QCOMPARE(plan.blobs, (QStringList{cache.path(kA + QStringLiteral("/blobs/bin1")), cache.path(kA + QStringLiteral("/blobs/bin2"))}));
        QCOMPARE(plan.expectedFreedSize, 6100);
        runAndCheck(cache, plan);
    }

    void nestedFileTakesItsEmptiedFoldersButNotTheSnapshot()
    {
        FixtureCache cache;
        buildA(cache);
        cache.addLink(kA, hash("r2"), QStringLiteral("sub/keep.txt"), QStringLiteral("cfg"));
        const DeletionPlan plan = planFor(CacheScanner::scan(cache.root()), {QStringLiteral("hf://org/a/sub/dir/tok.json")});
        QCOMPARE(plan.expectedFreedSize, 70);
        runAndCheck(cache, plan);
        QVERIFY(!exists(snapshot(cache, kA, "r1", QStringLiteral("sub"))));
        QVERIFY(exists(snapshot(cache, kA, "r1")));
        QVERIFY(exists(snapshot(cache, kA, "r2", QStringLiteral("sub/keep.txt"))));
    }

    void folderAbsentBrokenMixedAndRevisionTargetsSayWhy()
    {
        FixtureCache cache;
        buildA(cache);
        cache.addBlob(kB, QStringLiteral("x"), QByteArray(10, 'x'));
        cache.addLink(kB, hash("b1"), QStringLiteral("ok.txt"), QStringLiteral("x"));
        cache.addLink(kB, hash("b1"), QStringLiteral("gone.bin"), QStringLiteral("missing"));
        cache.addRef(kB, QStringLiteral("main"), hash("b1"));
        const CacheScan scan = CacheScanner::scan(cache.root());
        DeletionPlanner::Selection selection;

        QVERIFY(planFor(scan, {QStringLiteral("hf://org/a/sub/dir")}, &selection).isEmpty());
        QCOMPARE(selection.invalidTargets.size(), 1);
        QVERIFY2(selection.invalidTargets.first().contains(QStringLiteral("is a folder of model/org/a")),
                 qPrintable(selection.invalidTargets.first()));

        QVERIFY(planFor(scan, {QStringLiteral("hf://org/a/nope.gguf"), QStringLiteral("hf://org/zzz/model.gguf")}, &selection).isEmpty());
        QVERIFY(selection.invalidTargets.isEmpty());
        QCOMPARE(selection.missingTargets,
                 (QStringList{QStringLiteral("hf://org/a/nope.gguf"), QStringLiteral("hf://org/zzz/model.gguf")}));
        // Case-sensitive, as paths on the Hub are.
        QVERIFY(planFor(scan, {QStringLiteral("hf://org/a/MODEL.gguf")}, &selection).isEmpty());
        QCOMPARE(selection.missingTargets.size(), 1);

        QVERIFY(planFor(scan, {QStringLiteral("hf://org/b/gone.bin")}, &selection).isEmpty());
        QCOMPARE(selection.invalidTargets.size(), 1);
        QVERIFY2(selection.invalidTargets.first().contains(QStringLiteral("is a broken link")),
                 qPrintable(selection.invalidTargets.first()));

        for (const QString &other : {QStringLiteral("model/org/a"), hash("r1"), QStringLiteral("hf://org/a")}) {
            QVERIFY(planFor(scan, {QStringLiteral("hf://org/a/model.gguf"), other}, &selection).isEmpty());
            QCOMPARE(selection.invalidTargets,
                     QStringList{QStringLiteral("File targets cannot be mixed with repository or revision targets.")});
        }
        QVERIFY(planFor(scan, {QStringLiteral("hf://org/a@main/model.gguf")}, &selection).isEmpty());
        QCOMPARE(selection.invalidTargets.size(), 1);
        QVERIFY(selection.invalidTargets.first().contains(QStringLiteral("drop '@main'")));
    }

    void copiedFilesOfASymlinklessCacheEachFreeTheirBytes()
    {
        FixtureCache cache;
        cache.addCopiedFile(kA, hash("r1"), QStringLiteral("w/model.gguf"), QByteArray(900, 'g'));
        cache.addCopiedFile(kA, hash("r1"), QStringLiteral("config.json"), QByteArray(10, 'c'));
        cache.addCopiedFile(kA, hash("r2"), QStringLiteral("w/model.gguf"), QByteArray(900, 'g'));
        cache.addRef(kA, QStringLiteral("main"), hash("r2"));
        const DeletionPlan plan = planFor(CacheScanner::scan(cache.root()), {QStringLiteral("hf://org/a/w/model.gguf")});
        QCOMPARE(plan.fileCount(), 2);
        QVERIFY(plan.blobs.isEmpty()); // no blobs/ folder: the entries are the files
        QCOMPARE(plan.expectedFreedSize, 1800);
        runAndCheck(cache, plan);
        QVERIFY(!exists(snapshot(cache, kA, "r1", QStringLiteral("w"))));
        QVERIFY(exists(snapshot(cache, kA, "r1", QStringLiteral("config.json"))));
    }

    void sharedPayloadGoesOnlyWithItsLastLinkAcrossRepos()
    {
        FixtureCache cache;
        cache.markSharedStore();
        const QString payloadHash = FixtureCache::sha256(QStringLiteral("gguf"));
        const QString payload =
            cache.addPayload(payloadHash, QByteArray(8000, 'p'), {kA + QStringLiteral("/blobs/e"), kB + QStringLiteral("/blobs/e")});
        for (const QString &repo : {kA, kB}) {
            cache.mkdir(repo + QStringLiteral("/blobs"));
            cache.linkBlobToPayload(repo, QStringLiteral("e"), payloadHash);
            cache.addLink(repo, hash("s1"), QStringLiteral("model.gguf"), QStringLiteral("e"));
            cache.addRef(repo, QStringLiteral("main"), hash("s1"));
        }
        cache.addBlob(kA, QStringLiteral("c"), QByteArray(5, 'c'));
        cache.addLink(kA, hash("s1"), QStringLiteral("config.json"), QStringLiteral("c"));

        // A's file alone: A's blob link goes, the payload stays for B.
        DeletionPlan plan = planFor(CacheScanner::scan(cache.root()), {QStringLiteral("hf://org/a/model.gguf")});
        QCOMPARE(plan.blobs, QStringList{cache.path(kA + QStringLiteral("/blobs/e"))});
        QCOMPARE(plan.expectedFreedSize, 0);
        runAndCheck(cache, plan);
        QVERIFY(QFileInfo::exists(payload));

        // B's now: its last link, so the payload goes, measured.
        plan = planFor(CacheScanner::scan(cache.root()), {QStringLiteral("hf://org/b/model.gguf")});
        QCOMPARE(plan.expectedFreedSize, 8000);
        const DeletionReport report = runAndCheck(cache, plan);
        QCOMPARE(report.removedPayloads, QStringList{payloadHash});
        QVERIFY(!QFileInfo::exists(payload));
    }

    // "Freed" is what the disk got back, on both removal paths: a sparse blob frees the blocks
    // it held, not its st_size (which the plan still shows, as hf does); a small file frees
    // its whole block.
    void freedIsWhatTheDiskGotBack()
    {
        FixtureCache cache;
        const qint64 claimed = qint64(2) << 30;
        const auto blocks = [](const QString &path) {
            struct stat st
            {
            };
            return ::lstat(FileName::encode(path).constData(), &st) == 0 ? qint64(st.st_blocks) * 512 : -1;
        };
        QStringList sparse;
        for (const QString &etag : {QStringLiteral("sparse"), QStringLiteral("rsparse")}) {
            sparse.append(cache.addBlob(kA, etag, QByteArray(10, 's')));
            QCOMPARE(::truncate(FileName::encode(sparse.last()).constData(), claimed), 0);
        }
        const QString small = cache.addBlob(kA, QStringLiteral("small"), QByteArray(100, 'm'));
        cache.addLink(kA, hash("r1"), QStringLiteral("big.gguf"), QStringLiteral("sparse"));
        cache.addLink(kA, hash("r1"), QStringLiteral("small.json"), QStringLiteral("small"));
        cache.addLink(kA, hash("r2"), QStringLiteral("rev.gguf"), QStringLiteral("rsparse"));
        cache.addRef(kA, QStringLiteral("main"), hash("r1"));
        const qint64 sparseBlocks = blocks(sparse.first());
        const qint64 revisionBlocks = blocks(sparse.last());
        const qint64 smallBlocks = blocks(small);
        QVERIFY(sparseBlocks >= 0 && sparseBlocks < (1 << 20));
        QVERIFY(smallBlocks > 100); // a whole block for 100 bytes

        DeletionPlan plan = planFor(CacheScanner::scan(cache.root()), {QStringLiteral("hf://org/a/big.gguf")});
        QCOMPARE(plan.expectedFreedSize, claimed);
        DeletionReport report = runAndCheck(cache, plan);
        QCOMPARE(report.freedBytes, sparseBlocks);

        plan = planFor(CacheScanner::scan(cache.root()), {QStringLiteral("hf://org/a/small.json")});
        QCOMPARE(plan.expectedFreedSize, 100);
        report = runAndCheck(cache, plan);
        QCOMPARE(report.freedBytes, smallBlocks);

        // The revision path measures the same way.
        plan = planFor(CacheScanner::scan(cache.root()), {hash("r2")});
        QCOMPARE(plan.revisionCount(), 1);
        QCOMPARE(plan.expectedFreedSize, claimed);
        report = runAndCheck(cache, plan);
        QCOMPARE(report.freedBytes, revisionBlocks);
        QVERIFY(!exists(sparse.last()));
    }

    // --dry-run's JSON: "shared_blobs" lists only payloads that go; those only checked (still
    // linked from another repo) are "shared_blobs_kept". File and revision removals alike.
    void sharedBlobsSplitRemovedFromKept()
    {
        FixtureCache cache;
        cache.markSharedStore();
        const QString keptHash = FixtureCache::sha256(QStringLiteral("kept"));
        const QString goneHash = FixtureCache::sha256(QStringLiteral("gone"));
        const QString kept =
            cache.addPayload(keptHash, QByteArray(800, 'k'), {kA + QStringLiteral("/blobs/k"), kB + QStringLiteral("/blobs/k")});
        const QString gone = cache.addPayload(goneHash, QByteArray(900, 'g'), {kA + QStringLiteral("/blobs/g")});
        const QString keptHash2 = FixtureCache::sha256(QStringLiteral("kept2"));
        const QString kept2 =
            cache.addPayload(keptHash2, QByteArray(700, 'K'), {kA + QStringLiteral("/blobs/k2"), kB + QStringLiteral("/blobs/k2")});
        for (const QString &repo : {kA, kB})
            cache.linkBlobToPayload(repo, QStringLiteral("k2"), keptHash2);
        cache.addLink(kA, hash("s2"), QStringLiteral("two.gguf"), QStringLiteral("k2"));
        cache.addLink(kB, hash("s1"), QStringLiteral("two.gguf"), QStringLiteral("k2"));
        for (const QString &repo : {kA, kB}) {
            cache.mkdir(repo + QStringLiteral("/blobs"));
            cache.linkBlobToPayload(repo, QStringLiteral("k"), keptHash);
            cache.addLink(repo, hash("s1"), QStringLiteral("shared.gguf"), QStringLiteral("k"));
            cache.addRef(repo, QStringLiteral("main"), hash("s1"));
        }
        cache.linkBlobToPayload(kA, QStringLiteral("g"), goneHash);
        cache.addLink(kA, hash("s1"), QStringLiteral("own.gguf"), QStringLiteral("g"));
        cache.addLink(kA, hash("s2"), QStringLiteral("own.gguf"), QStringLiteral("g"));
        cache.addLink(kA, hash("s2"), QStringLiteral("shared.gguf"), QStringLiteral("k"));

        const auto dryRun = [&](const QString &target) {
            const CliRun run = CliRun::cache(QStringLiteral("rm"), cache.root(),
                                             {target, QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
            [&] { QVERIFY2(run.code == 0, qPrintable(run.err)); }();
            return QJsonDocument::fromJson(run.outBytes).object();
        };
        const auto paths = [](const QJsonObject &doc, const char *key) {
            QStringList list;
            for (const QJsonValue &value : doc.value(QLatin1String(key)).toArray())
                list.append(value.toString());
            return list;
        };
        const auto sorted = [](QStringList list) {
            list.sort(); // the JSON lists payloads by hash, which their paths sort by
            return list;
        };
        // The file's blob link goes from A; B still links to the payload: checked, kept.
        QJsonObject doc = dryRun(QStringLiteral("hf://org/a/shared.gguf"));
        QCOMPARE(paths(doc, "shared_blobs_kept"), QStringList{kept});
        QCOMPARE(paths(doc, "shared_blobs_removed"), QStringList());
        QCOMPARE(paths(doc, "shared_blobs"), QStringList());
        // A file whose payload only A links to, from both revisions: removed.
        doc = dryRun(QStringLiteral("hf://org/a/own.gguf"));
        QCOMPARE(paths(doc, "shared_blobs"), QStringList{gone});
        QCOMPARE(paths(doc, "shared_blobs_removed"), QStringList{gone});
        QCOMPARE(paths(doc, "shared_blobs_kept"), QStringList());
        // One revision: its own blob's payload stays for B.
        doc = dryRun(hash("s2"));
        QCOMPARE(paths(doc, "shared_blobs"), QStringList());
        QCOMPARE(paths(doc, "shared_blobs_kept"), QStringList{kept2});
        // The whole repo: its own payload goes, the two B shares stay.
        doc = dryRun(QStringLiteral("model/org/a"));
        QCOMPARE(paths(doc, "shared_blobs"), QStringList{gone});
        QCOMPARE(paths(doc, "shared_blobs_removed"), QStringList{gone});
        QCOMPARE(paths(doc, "shared_blobs_kept"), sorted({kept, kept2}));

        // And the run does what the dry run said.
        const CliRun run = CliRun::cache(QStringLiteral("rm"), cache.root(), {QStringLiteral("model/org/a"), QStringLiteral("-y")});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY(!QFileInfo::exists(gone));
        QVERIFY(QFileInfo::exists(kept) && QFileInfo::exists(kept2));
    }

    // A stop between a file and its emptied folder leaves an empty folder in the snapshot,
    // which no figure counts: prune, and the next file removal in that repo, take it away;
    // never a folder that is no longer empty, never through a link.
    void emptyFoldersLeftInSnapshotsGo()
    {
        FixtureCache cache;
        buildA(cache);
        // As the kill left it: tok.json gone, sub/dir/ still there, empty.
        QCOMPARE(::unlink(FileName::encode(snapshot(cache, kA, "r1", QStringLiteral("sub/dir/tok.json"))).constData()), 0);
        cache.mkdir(kA + QStringLiteral("/snapshots/") + hash("r2") + QStringLiteral("/filled"));
        CacheScan scan = CacheScanner::scan(cache.root());
        const CachedRepo *repo = findRepo(scan, kA);
        QVERIFY(repo);
        for (const CachedRevision &revision : repo->revisions)
            QCOMPARE(revision.emptyFolders, revision.commitHash == hash("r1")   ? QStringList{QStringLiteral("sub/dir")}
                                            : revision.commitHash == hash("r2") ? QStringList{QStringLiteral("filled")}
                                                                                : QStringList());

        // prune's dry run lists them, and says so in its first line.
        CliRun run = CliRun::cache(QStringLiteral("prune"), cache.root(),
                                   {QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray listed = QJsonDocument::fromJson(run.outBytes).object().value(QStringLiteral("empty_folders")).toArray();
        QCOMPARE(listed.size(), 2);
        QVERIFY(listed.contains(snapshot(cache, kA, "r1", QStringLiteral("sub/dir"))));
        run = CliRun::cache(QStringLiteral("prune"), cache.root(), {QStringLiteral("--dry-run")});
        QVERIFY2(run.out.contains(QStringLiteral("2 empty folder(s) in snapshots")), qPrintable(run.out));

        // Between plan and run, one is filled again: it stays, with what it holds.
        const DeletionPlanner planner(scan);
        const DeletionPlan plan = planner.plan(planner.pruneSelection());
        QCOMPARE(plan.emptyFolders.size(), 2);
        cache.writeFile(kA + QStringLiteral("/snapshots/") + hash("r2") + QStringLiteral("/filled/new.txt"), "x");
        // And an outside folder put in the other's place through a link is never touched.
        QTemporaryDir outside;
        QVERIFY(QDir().mkdir(outside.path() + QStringLiteral("/empty")));
        const QString dir = snapshot(cache, kA, "r1", QStringLiteral("sub/dir"));
        const QString sub = snapshot(cache, kA, "r1", QStringLiteral("sub"));
        QVERIFY(QDir().rmdir(dir));
        QCOMPARE(::symlink(FileName::encode(outside.path() + QStringLiteral("/empty")).constData(), FileName::encode(dir).constData()), 0);
        DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY(QFileInfo(outside.path() + QStringLiteral("/empty")).isDir());
        QVERIFY(QFileInfo(dir).isSymLink());
        QVERIFY(exists(cache.path(kA + QStringLiteral("/snapshots/") + hash("r2") + QStringLiteral("/filled/new.txt"))));
        QVERIFY(report.removedEmptyFolders.isEmpty());

        // Once it really is the empty folder again, prune removes it and the parent it empties,
        // never the snapshot folder itself.
        QCOMPARE(::unlink(FileName::encode(dir).constData()), 0);
        QVERIFY(QDir().mkdir(dir));
        QCOMPARE(DeletionPlanner(CacheScanner::scan(cache.root())).plan(planner.pruneSelection()).emptyFolders, QStringList{dir});
        run = CliRun::cache(QStringLiteral("prune"), cache.root(), {QStringLiteral("-y")});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("1 empty folder(s) in snapshots")) ||
                     run.out.contains(QStringLiteral("2 empty folder(s) in snapshots")),
                 qPrintable(run.out));
        QVERIFY(!exists(dir) && !exists(sub));
        QVERIFY(exists(snapshot(cache, kA, "r1", QStringLiteral("model.bin"))));

        // A file removal in the repo takes those its repo holds too.
        cache.mkdir(kA + QStringLiteral("/snapshots/") + hash("r3") + QStringLiteral("/left/over"));
        const DeletionPlan files = planFor(CacheScanner::scan(cache.root()), {QStringLiteral("hf://org/a/config.json")});
        QCOMPARE(files.emptyFolders, QStringList{snapshot(cache, kA, "r3", QStringLiteral("left/over"))});
        report = runAndCheck(cache, files);
        QCOMPARE(report.removedEmptyFolders.size(), 2);
        QVERIFY(!exists(snapshot(cache, kA, "r3", QStringLiteral("left"))));
        QVERIFY(exists(snapshot(cache, kA, "r3")));
    }

    void hostileNameIsRemovedByItsBytes()
    {
        FixtureCache cache;
        buildA(cache);
        // Not UTF-8, with a newline and a quote: made through the raw bytes.
        const QByteArray raw("we\xff\nird\".gguf");
        cache.addBlob(kA, QStringLiteral("odd"), QByteArray(123, 'o'));
        const QByteArray link = FileName::encode(snapshot(cache, kA, "r2")) + '/' + raw;
        QCOMPARE(::symlink("../../blobs/odd", link.constData()), 0);
        const QString name = FileName::decode(raw);
        const DeletionPlan plan = planFor(CacheScanner::scan(cache.root()), {QStringLiteral("hf://org/a/") + name});
        QCOMPARE(plan.fileCount(), 1);
        QCOMPARE(plan.expectedFreedSize, 123);
        runAndCheck(cache, plan);
        struct stat st
        {
        };
        QCOMPARE(::lstat(link.constData(), &st), -1);

        // The CLI takes the name in the form it prints it.
        FixtureCache again;
        buildA(again);
        again.addBlob(kA, QStringLiteral("odd"), QByteArray(123, 'o'));
        const QByteArray link2 = FileName::encode(snapshot(again, kA, "r2")) + '/' + raw;
        QCOMPARE(::symlink("../../blobs/odd", link2.constData()), 0);
        const CliRun run = CliRun::cache(QStringLiteral("rm"), again.root(),
                                         {QStringLiteral("hf://org/a/") + PrintableText::name(name), QStringLiteral("--yes")});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Deleted 1 file(s); freed %1").arg(HumanFormat::sizeInText(blocksOf(123)))),
                 qPrintable(run.out));
        QCOMPARE(::lstat(link2.constData(), &st), -1);
    }

    // A script's "hf://org/a/$FILE" with an empty FILE (or "…@main/") is refused, never read
    // as the whole repo or revision; nothing is touched.
    void anEmptyFileNameNeverMeansTheRepo()
    {
        FixtureCache cache;
        buildA(cache);
        const CacheScan before = CacheScanner::scan(cache.root());
        for (const QString &target :
             {QStringLiteral("hf://org/a/"), QStringLiteral("hf://models/org/a/"), QStringLiteral("hf://org/a@main/")}) {
            const CliRun run = CliRun::cache(QStringLiteral("rm"), cache.root(), {target, QStringLiteral("--yes")});
            QVERIFY2(run.code != 0, qPrintable(target + u' ' + run.out + run.err));
            QVERIFY2(run.err.contains(QStringLiteral("ends with '/'")), qPrintable(run.err));
            QVERIFY(!run.out.contains(QStringLiteral("Deleted")));
        }
        const CacheScan after = CacheScanner::scan(cache.root());
        QCOMPARE(after.sizeOnDisk, before.sizeOnDisk);
        QCOMPARE(after.repos.size(), before.repos.size());
    }

    void linkedSnapshotFolderIsRefused()
    {
        FixtureCache cache;
        buildA(cache);
        cache.mkdir(QStringLiteral("elsewhere"));
        cache.symlink(kA + QStringLiteral("/snapshots/") + hash("r4"), QStringLiteral("../../elsewhere"));
        cache.writeFile(QStringLiteral("elsewhere/model.gguf"), QByteArray(10, 'e'));
        const DeletionPlan plan = planFor(CacheScanner::scan(cache.root()), {QStringLiteral("hf://org/a/model.gguf")});
        QCOMPARE(plan.refused.size(), 1);
        QVERIFY(plan.files.isEmpty());
        QVERIFY(plan.isEmpty());
        const DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY(report.removedFiles.isEmpty());
        QVERIFY(exists(snapshot(cache, kA, "r1", QStringLiteral("model.gguf"))));
    }

    // A stop after any removal leaves a cache that scans without a warning and shows the
    // truth; the same rm (while a revision still has the file) and prune finish it.
    void canceledAtEveryStepIsFinishedByRmAndPrune()
    {
        const QStringList targets{QStringLiteral("hf://org/a/model.gguf"), QStringLiteral("hf://org/a/other.gguf"),
                                  QStringLiteral("hf://org/a/model.bin"), QStringLiteral("hf://org/a/sub/dir/tok.json")};
        FixtureCache reference;
        buildA(reference);
        runAndCheck(reference, planFor(CacheScanner::scan(reference.root()), targets));
        const CacheScan expected = CacheScanner::scan(reference.root());
        const qint64 expectedBytes = diskBytes(reference.root());

        int stops = 0;
        for (int n = 1; n < 40; ++n) {
            FixtureCache cache;
            buildA(cache);
            const DeletionPlan plan = planFor(CacheScanner::scan(cache.root()), targets);
            int checks = 0;
            const qint64 before = diskBytes(cache.root());
            const DeletionReport stopped = DeletionExecutor::execute(plan, nullptr, [&] { return ++checks > n; });
            if (!stopped.canceled)
                break;
            ++stops;
            const CacheScan between = CacheScanner::scan(cache.root());
            QVERIFY2(between.corrupted.isEmpty(), qPrintable(QStringLiteral("stop %1: %2").arg(n).arg(between.corrupted.value(0).message)));
            // Truthful: what is gone from the disk is what the report says it freed.
            QCOMPARE(stopped.freedBytes, before - diskBytes(cache.root()));

            const DeletionPlan rest = planFor(between, targets);
            if (!rest.isEmpty())
                QVERIFY(DeletionExecutor::execute(rest).succeeded());
            const CacheScan forPrune = CacheScanner::scan(cache.root());
            const DeletionPlanner planner(forPrune);
            QVERIFY(DeletionExecutor::execute(planner.plan(planner.pruneSelection())).succeeded());
            const CacheScan after = CacheScanner::scan(cache.root());
            QCOMPARE(diskBytes(cache.root()), expectedBytes);
            for (const char *commit : {"r1", "r2", "r3"})
                QCOMPARE(filesOf(after, kA, hash(commit)), filesOf(expected, kA, hash(commit)));
            QVERIFY(findRepo(after, kA)->unreferencedBlobs.isEmpty());
        }
        QVERIFY2(stops >= 8, qPrintable(QString::number(stops)));
    }

    void cliDryRunJsonAndMessages()
    {
        FixtureCache cache;
        buildA(cache);
        CliRun run =
            CliRun::cache(QStringLiteral("rm"), cache.root(), {QStringLiteral("hf://org/a/model.bin"), QStringLiteral("--dry-run")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("About to delete 2 file(s) totalling 6.1K.")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("  - model/org/a@%1/model.bin 3.0K").arg(hash("r1"))), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Dry run: no files were deleted.")));
        QVERIFY(run.out.contains(QStringLiteral("  files: 2\n  size: 6.1K")));
        QVERIFY(exists(snapshot(cache, kA, "r1", QStringLiteral("model.bin"))));

        // A kept blob is said so on its line.
        run = CliRun::cache(QStringLiteral("rm"), cache.root(), {QStringLiteral("hf://org/a/model.gguf"), QStringLiteral("--dry-run")});
        QVERIFY2(run.out.contains(QStringLiteral("model.gguf 4.0K (its blob stays: a kept file uses it)")), qPrintable(run.out));

        run = CliRun::cache(
            QStringLiteral("rm"), cache.root(),
            {QStringLiteral("hf://org/a/model.bin"), QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        QJsonObject doc = QJsonDocument::fromJson(run.outBytes).object();
        QCOMPARE(doc.value(QStringLiteral("files")).toArray().size(), 2);
        QCOMPARE(doc.value(QStringLiteral("blobs")).toArray().size(), 2);
        QCOMPARE(doc.value(QStringLiteral("expected_freed_size")).toInteger(), 6100);
        QVERIFY(doc.value(QStringLiteral("snapshots")).toArray().isEmpty());

        const qint64 before = diskBytes(cache.root());
        run = CliRun::cache(
            QStringLiteral("rm"), cache.root(),
            {QStringLiteral("hf://org/a/model.bin"), QStringLiteral("-y"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        doc = QJsonDocument::fromJson(run.outBytes).object();
        QCOMPARE(doc.value(QStringLiteral("expected_freed_size")).toInteger(), 6100);
        QCOMPARE(doc.value(QStringLiteral("freed_size")).toInteger(), before - diskBytes(cache.root()));
        QCOMPARE(doc.value(QStringLiteral("expected_freed_on_disk")).toInteger(), doc.value(QStringLiteral("freed_size")).toInteger());
        QCOMPARE(doc.value(QStringLiteral("removed")).toObject().value(QStringLiteral("files")).toInt(), 2);
        QCOMPARE(doc.value(QStringLiteral("removed_paths")).toObject().value(QStringLiteral("files")).toArray().size(), 2);
        QVERIFY(!exists(cache.path(kA + QStringLiteral("/blobs/bin1"))));

        // Without --yes and no terminal: nothing happens.
        run = CliRun::cache(QStringLiteral("rm"), cache.root(), {QStringLiteral("hf://org/a/config.json")});
        QCOMPARE(run.code, 1);
        QVERIFY(exists(snapshot(cache, kA, "r2", QStringLiteral("config.json"))));

        // Mixing, as hf: one line, exit code 1, nothing removed.
        run = CliRun::cache(QStringLiteral("rm"), cache.root(),
                            {QStringLiteral("hf://org/a/config.json"), QStringLiteral("model/org/a"), QStringLiteral("-y")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("File targets cannot be mixed with repository or revision targets.")),
                 qPrintable(run.err));
        QVERIFY(exists(snapshot(cache, kA, "r2", QStringLiteral("config.json"))));

        run = CliRun::cache(QStringLiteral("rm"), cache.root(), {QStringLiteral("hf://org/a/sub"), QStringLiteral("-y")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is a folder of model/org/a")), qPrintable(run.err));

        run = CliRun::cache(QStringLiteral("rm"), cache.root(), {QStringLiteral("hf://org/a/absent.gguf"), QStringLiteral("-y")});
        QCOMPARE(run.code, 0);
        QVERIFY2((run.out + run.err).contains(QStringLiteral("hf://org/a/absent.gguf")), qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("Nothing to delete.")));

        run = CliRun::cache(QStringLiteral("rm"), cache.root(), {QStringLiteral("hf://org/a/config.json"), QStringLiteral("-y")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Deleted 1 file(s); freed %1.").arg(HumanFormat::sizeInText(blocksOf(20)))),
                 qPrintable(run.out));
        QVERIFY(!exists(snapshot(cache, kA, "r2", QStringLiteral("config.json"))));
    }
};

QTEST_GUILESS_MAIN(TestRemoveFile)
#include "tst_removefile.moc"
