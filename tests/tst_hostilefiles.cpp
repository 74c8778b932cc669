// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "BrokenLinks.h"
#include "CacheLocation.h"
#include "CacheScanner.h"
#include "CliRun.h"
#include "DeletionExecutor.h"
#include "DeletionPlanner.h"
#include "FixtureCache.h"
#include "PosixFs.h"
#include "RepoScanner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace hubdeck;
using hubdeck::test::FixtureCache;

namespace {

// Every CLI run must end on its own well within this; a hang fails the test instead of blocking it.
constexpr int kCliTimeoutMs = 10000;

using hubdeck::test::CliRun;

CliRun runCli(const QStringList &arguments)
{
    return CliRun::run(arguments, {}, kCliTimeoutMs);
}

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

// Creates `depth` nested folders named "d" under an existing folder with *at() calls (a path
// this deep cannot be named from the root in one go) and returns a descriptor on the deepest.
int makeNested(const QString &top, int depth)
{
    int fd = ::open(QFile::encodeName(top).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    for (int i = 0; i < depth && fd >= 0; ++i) {
        if (::mkdirat(fd, "d", 0755) != 0) {
            ::close(fd);
            return -1;
        }
        const int next = ::openat(fd, "d", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        ::close(fd);
        fd = next;
    }
    return fd;
}

bool writeAt(int dirFd, const char *name, const QByteArray &content)
{
    const int fd = ::openat(dirFd, name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, content.constData(), size_t(content.size())) == content.size();
    ::close(fd);
    return ok;
}

QString nestedPath(int depth, const QString &leaf)
{
    return QStringLiteral("d/").repeated(depth) + leaf;
}

// Lowers the descriptor limit for a scope, so a walk that kept one descriptor per level fails.
class FdLimit
{
public:
    explicit FdLimit(rlim_t soft)
    {
        ::getrlimit(RLIMIT_NOFILE, &m_saved);
        rlimit lowered = m_saved;
        lowered.rlim_cur = std::min(soft, m_saved.rlim_cur);
        ::setrlimit(RLIMIT_NOFILE, &lowered);
    }
    ~FdLimit() { ::setrlimit(RLIMIT_NOFILE, &m_saved); }
    FdLimit(const FdLimit &) = delete;
    FdLimit &operator=(const FdLimit &) = delete;

private:
    rlimit m_saved{};
};

} // namespace

// Issue #10 §5, §7 and §8: files that would hang, crash or mislead the scan, and --dir given an HF_HOME.
class TestHostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // §5: "A FIFO anywhere in refs/ must not block ls, rm, prune or verify."
    void fifoInRefsBlocksNothing()
    {
        FixtureCache cache;
        const QString good = QStringLiteral("models--org--good"), piped = QStringLiteral("models--org--piped");
        const QString c1 = FixtureCache::commit(QStringLiteral("c1")), etag = FixtureCache::sha256(QStringLiteral("weights"));
        cache.addBlob(good, etag, "weights");
        cache.addLink(good, c1, QStringLiteral("model.bin"), etag);
        cache.addRef(good, QStringLiteral("main"), c1);
        cache.addBlob(piped, etag, "weights");
        cache.addLink(piped, c1, QStringLiteral("model.bin"), etag);
        cache.addRef(piped, QStringLiteral("main"), c1);
        cache.mkdir(piped + QStringLiteral("/refs/refs/pr"));
        const QString fifo = cache.path(piped + QStringLiteral("/refs/refs/pr/7"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);

        const CacheScan scan = CacheScanner::scan(cache.root());
        QVERIFY(scan.isValid());
        QVERIFY(findRepo(scan, good));
        const CorruptedRepo *corrupted = findCorrupted(scan, cache.path(piped));
        QVERIFY(corrupted);
        QCOMPARE(corrupted->message, QStringLiteral("Ref is not a regular file: %1").arg(fifo));
        QVERIFY(corrupted->deletable);

        const QStringList dir{QStringLiteral("--dir"), cache.root()};
        CliRun run = runCli(QStringList{QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--show-warnings")} + dir);
        QVERIFY2(run.finished, "ls hung on a FIFO in refs/");
        QCOMPARE(run.code, 0);
        QVERIFY2((run.out + run.err).contains(QStringLiteral("Ref is not a regular file: %1").arg(fifo)), qPrintable(run.out + run.err));
        run = runCli(QStringList{QStringLiteral("cache"), QStringLiteral("verify")} + dir);
        QVERIFY2(run.finished, "verify hung on a FIFO in refs/");
        QCOMPARE(run.code, 0);
        run = runCli(QStringList{QStringLiteral("cache"), QStringLiteral("prune"), QStringLiteral("--dry-run")} + dir);
        QVERIFY2(run.finished, "prune hung on a FIFO in refs/");
        QCOMPARE(run.code, 0);
        run = runCli(QStringList{QStringLiteral("cache"), QStringLiteral("rm"), piped, QStringLiteral("-y")} + dir);
        QVERIFY2(run.finished, "rm hung on a FIFO in refs/");
        QCOMPARE(run.code, 0);
        QVERIFY(!QFileInfo::exists(cache.path(piped)));
        QVERIFY(QFileInfo::exists(cache.path(good)));
    }

    // A ref that is a device (a link to /dev/zero) is never read either: it would never end.
    void deviceRefIsNeverRead()
    {
        FixtureCache cache;
        const QString c1 = FixtureCache::commit(QStringLiteral("c1")), etag = FixtureCache::sha256(QStringLiteral("w"));
        const QString repo = QStringLiteral("models--org--zero");
        cache.addBlob(repo, etag, "w");
        cache.addLink(repo, c1, QStringLiteral("model.bin"), etag);
        cache.addRef(repo, QStringLiteral("main"), c1);
        cache.symlink(repo + QStringLiteral("/refs/endless"), QStringLiteral("/dev/zero"));
        QElapsedTimer timer;
        timer.start();
        const CacheScan scan = CacheScanner::scan(cache.root());
        QVERIFY(timer.elapsed() < kCliTimeoutMs);
        const CorruptedRepo *corrupted = findCorrupted(scan, cache.path(repo));
        QVERIFY(corrupted);
        QCOMPARE(corrupted->message,
                 QStringLiteral("Ref is not a regular file: %1").arg(cache.path(repo + QStringLiteral("/refs/endless"))));
    }

    // §5: "1,800 nested folders inside a snapshot (a path still under PATH_MAX) crash every
    // command today: walk iteratively." Also with a descriptor limit far below the depth.
    void deeplyNestedSnapshot()
    {
        constexpr int depth = 1800;
        FixtureCache cache;
        const QString repo = QStringLiteral("models--org--deep");
        const QString c1 = FixtureCache::commit(QStringLiteral("deep")), etag = FixtureCache::sha256(QStringLiteral("bottom"));
        cache.addBlob(repo, etag, "linked from the bottom");
        cache.addLink(repo, c1, QStringLiteral("config.json"), etag);
        cache.addRef(repo, QStringLiteral("main"), c1);
        const int bottom = makeNested(cache.path(repo + QStringLiteral("/snapshots/") + c1), depth);
        QVERIFY(bottom >= 0);
        QVERIFY(writeAt(bottom, "copied.txt", "twelve bytes"));
        // A relative link would be longer than PATH_MAX: the absolute one lands in blobs/ directly.
        const QByteArray target = QFile::encodeName(cache.path(repo + QStringLiteral("/blobs/") + etag));
        QCOMPARE(::symlinkat(target.constData(), bottom, "linked.bin"), 0);
        ::close(bottom);
        CacheScan scan;
        {
            const FdLimit limit(200); // one descriptor per level would need 1,800
            scan = CacheScanner::scan(cache.root());
        }
        QVERIFY(scan.isValid());
        const CachedRepo *deep = findRepo(scan, repo);
        QVERIFY2(deep, qPrintable(scan.corrupted.isEmpty() ? QString() : scan.corrupted.first().message));
        QCOMPARE(deep->revisions.size(), 1);
        QStringList files;
        for (const CachedFile &file : deep->revisions.first().files)
            files.append(file.relativePath);
        QCOMPARE(files, (QStringList{QStringLiteral("config.json"), nestedPath(depth, QStringLiteral("copied.txt")),
                                     nestedPath(depth, QStringLiteral("linked.bin"))}));
        QCOMPARE(deep->revisions.first().sizeOnDisk, qint64(22 + 12));
        QCOMPARE(deep->blobs.size(), 2); // the bottom link's blob is config.json's
        const CliRun run =
            runCli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--revisions"), QStringLiteral("--dir"), cache.root()});
        QVERIFY2(run.finished, "ls hung on a deep snapshot");
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QStringLiteral("org/deep")));

        // The same tree as a corrupted entry: its size is summed by the same kind of walk.
        // (Named like a repo of a bad type: a root with no repo-like entry is not a hub cache at all.)
        QVERIFY(QDir(cache.root()).rename(repo, QStringLiteral("junk--deep")));
        {
            const FdLimit limit(200);
            scan = CacheScanner::scan(cache.root());
        }
        const CorruptedRepo *junk = findCorrupted(scan, cache.path(QStringLiteral("junk--deep")));
        QVERIFY(junk);
        QCOMPARE(junk->sizeOnDisk, qint64(22 + 12 + 40)); // blob, copied file and refs/main; links not followed
    }

    // §5: "cancellable at any depth": the cancel is asked in every folder of the walk, not only
    // between repos or revisions.
    void canceledWalkStopsInsideTheRevision()
    {
        constexpr int depth = 400;
        FixtureCache cache;
        const QString repo = QStringLiteral("models--org--deep");
        const QString c1 = FixtureCache::commit(QStringLiteral("deep"));
        cache.addEmptyRevision(repo, c1);
        cache.mkdir(repo + QStringLiteral("/blobs"));
        const int bottom = makeNested(cache.path(repo + QStringLiteral("/snapshots/") + c1), depth);
        QVERIFY(bottom >= 0);
        QVERIFY(writeAt(bottom, "copied.txt", "x"));
        ::close(bottom);

        UniqueFd rootFd = PosixFs::openDir(cache.root());
        QVERIFY(rootFd.isValid());
        const std::atomic_bool never = false;
        int asked = 0;
        const RepoScanner counting(rootFd.get(), cache.root(), nullptr, never, [&asked] {
            ++asked;
            return false;
        });
        const RepoScanner::Outcome whole = counting.scan(QFile::encodeName(repo));
        QVERIFY(whole.repo);
        QVERIFY2(asked > depth, "the cancel is not asked in every folder");

        int calls = 0;
        const RepoScanner stopping(rootFd.get(), cache.root(), nullptr, never, [&calls] { return ++calls > 100; });
        const RepoScanner::Outcome stopped = stopping.scan(QFile::encodeName(repo));
        QVERIFY(!stopped.repo);
        QVERIFY(!stopped.corrupted);
        QVERIFY2(calls <= 102, qPrintable(QString::number(calls))); // it stopped where it was asked to

        // A canceled size walk stops too, with what it had summed.
        std::atomic_bool canceled = true;
        QCOMPARE(RepoScanner::treeSize(rootFd.get(), QFile::encodeName(repo), &canceled).size, qint64(0));
        canceled = false;
        QCOMPARE(RepoScanner::treeSize(rootFd.get(), QFile::encodeName(repo), &canceled).size, qint64(1));
    }

    // §5: hostile snapshot entries (not blobs): a link to a device and a FIFO are files of the
    // revision, stat'ed and never opened by ls, rm or verify.
    void deviceAndFifoInSnapshot()
    {
        FixtureCache cache;
        const QString repo = QStringLiteral("models--org--odd");
        const QString c1 = FixtureCache::commit(QStringLiteral("odd")), etag = FixtureCache::sha256(QStringLiteral("w"));
        cache.addBlob(repo, etag, "w"); // etag is its SHA-256: verify checks it
        cache.addLink(repo, c1, QStringLiteral("model.bin"), etag);
        cache.addRef(repo, QStringLiteral("main"), c1);
        cache.symlink(repo + QStringLiteral("/snapshots/") + c1 + QStringLiteral("/zero"), QStringLiteral("/dev/zero"));
        const QString fifo = cache.path(repo + QStringLiteral("/snapshots/") + c1 + QStringLiteral("/pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);

        const CacheScan scan = CacheScanner::scan(cache.root());
        const CachedRepo *odd = findRepo(scan, repo);
        QVERIFY(odd);
        QCOMPARE(odd->revisions.first().files.size(), 3);
        for (const CachedFile &file : odd->revisions.first().files) {
            const CachedBlob &blob = odd->blobs[file.blob];
            if (file.relativePath == u"zero")
                QCOMPARE(blob.location, CachedBlob::Location::OutsideRepo);
            else if (file.relativePath == u"pipe")
                QCOMPARE(blob.location, CachedBlob::Location::InSnapshot);
            else
                QCOMPARE(blob.location, CachedBlob::Location::RepoBlobs);
        }

        const QStringList dir{QStringLiteral("--dir"), cache.root()};
        for (const QStringList &command :
             {QStringList{QStringLiteral("ls"), QStringLiteral("--revisions")}, QStringList{QStringLiteral("verify")},
              QStringList{QStringLiteral("rm"), QStringLiteral("model/org/odd"), QStringLiteral("--dry-run")}}) {
            const CliRun run = runCli(QStringList{QStringLiteral("cache")} + command + dir);
            QVERIFY2(run.finished, qPrintable(command.join(u' ') + QStringLiteral(" hung")));
            QVERIFY2(run.code == 0, qPrintable(command.join(u' ') + u'\n' + run.out + run.err));
        }
        const CliRun run =
            runCli(QStringList{QStringLiteral("cache"), QStringLiteral("rm"), QStringLiteral("model/org/odd"), QStringLiteral("-y")} + dir);
        QVERIFY(run.finished);
        QCOMPARE(run.code, 0);
        QVERIFY(!QFileInfo::exists(cache.path(repo)));
        QVERIFY(QFileInfo::exists(QStringLiteral("/dev/zero")));
    }

    // §5: "A snapshot link whose blob is missing is reported by verify as missing, with exit 1."
    void missingBlobIsReportedByVerify()
    {
        FixtureCache cache;
        const QString good = QStringLiteral("models--org--good"), broken = QStringLiteral("models--org--broken");
        const QString c1 = FixtureCache::commit(QStringLiteral("c1")), c2 = FixtureCache::commit(QStringLiteral("c2"));
        const QString kept = FixtureCache::sha256(QStringLiteral("kept")), gone = FixtureCache::sha256(QStringLiteral("gone"));
        const QByteArray keptContent = "kept";
        cache.addBlob(good, kept, keptContent);
        cache.addLink(good, c1, QStringLiteral("model.bin"), kept);
        cache.addRef(good, QStringLiteral("main"), c1);
        cache.addBlob(broken, kept, keptContent);
        cache.addLink(broken, c1, QStringLiteral("a.bin"), kept);
        cache.addLink(broken, c1, QStringLiteral("b.bin"), gone);
        cache.addLink(broken, c2, QStringLiteral("sub/b.bin"), gone);
        cache.addRef(broken, QStringLiteral("main"), c2);
        const QString gonePath = cache.path(broken + QStringLiteral("/blobs/") + gone);

        const CacheScan scan = CacheScanner::scan(cache.root());
        const CorruptedRepo *corrupted = findCorrupted(scan, cache.path(broken));
        QVERIFY(corrupted);
        QCOMPARE(corrupted->reason, CorruptedRepo::Reason::BrokenLink);
        QCOMPARE(corrupted->message, QStringLiteral("Blob missing (broken symlink): %1").arg(gonePath)); // the reference's warning
        QCOMPARE(corrupted->cacheId, QStringLiteral("model/org/broken"));
        QCOMPARE(corrupted->missingBlobs.size(), 2);
        QCOMPARE(corrupted->missingBlobs[0].commitHash, c1);
        QCOMPARE(corrupted->missingBlobs[0].filePath, cache.path(broken + QStringLiteral("/snapshots/") + c1 + QStringLiteral("/b.bin")));
        QCOMPARE(corrupted->missingBlobs[0].blobPath, gonePath);
        QCOMPARE(corrupted->missingBlobs[1].commitHash, c2);
        const QList<VerifyReport::Problem> problems = BrokenLinks::problems(scan);
        QCOMPARE(problems.size(), 1); // one blob, two links
        QCOMPARE(problems.first().kind, VerifyReport::Problem::Kind::Missing);
        QCOMPARE(problems.first().blobPath, gonePath);
        // Named by the files that link to it, in each revision (a nested one with its folder).
        QCOMPARE(problems.first().files,
                 (QList<std::pair<QString, QString>>{{c1, QStringLiteral("b.bin")}, {c2, QStringLiteral("sub/b.bin")}}));

        const QStringList dir{QStringLiteral("--dir"), cache.root()};
        CliRun run = runCli(QStringList{QStringLiteral("cache"), QStringLiteral("verify")} + dir);
        QVERIFY(run.finished);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QStringLiteral("model/org/broken  %1: missing").arg(gonePath)), qPrintable(run.out));
        run = runCli(QStringList{QStringLiteral("cache"), QStringLiteral("verify"), QStringLiteral("--format"), QStringLiteral("json")} +
                     dir);
        QCOMPARE(run.code, 1);
        const QJsonArray json = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("problems")).toArray();
        QCOMPARE(json.size(), 1);
        QCOMPARE(json.first()[QStringLiteral("kind")].toString(), QStringLiteral("missing"));
        QCOMPARE(json.first()[QStringLiteral("id")].toString(), QStringLiteral("model/org/broken"));
        QCOMPARE(json.first()[QStringLiteral("blob_path")].toString(), gonePath);
        // Verifying only the good repo does not report the other one's missing blob.
        run = runCli(QStringList{QStringLiteral("cache"), QStringLiteral("verify"), QStringLiteral("model/org/good")} + dir);
        QCOMPARE(run.code, 0);
        // With the blob back, verify is clean.
        cache.addBlob(broken, gone, "gone");
        run = runCli(QStringList{QStringLiteral("cache"), QStringLiteral("verify")} + dir);
        QCOMPARE(run.code, 0);
    }

    // §7: an absolute link that reaches <repo>/blobs/<x> through another spelling of the cache
    // (here a linked folder outside it) is the repo's blob: counted, planned and freed.
    void blobReachedThroughAnotherSpelling()
    {
        FixtureCache cache;
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        const QString alias = elsewhere.path() + QStringLiteral("/cache-alias");
        QVERIFY(QFile::link(cache.root(), alias));
        const QString repo = QStringLiteral("models--org--alias");
        const QString old = FixtureCache::commit(QStringLiteral("old")), now = FixtureCache::commit(QStringLiteral("now"));
        const QString aliased = FixtureCache::sha256(QStringLiteral("aliased")), current = FixtureCache::sha256(QStringLiteral("current"));
        cache.addBlob(repo, aliased, QByteArray(300, 'a'));
        cache.addBlob(repo, current, QByteArray(50, 'c'));
        cache.symlink(repo + QStringLiteral("/snapshots/") + old + QStringLiteral("/model.bin"),
                      alias + u'/' + repo + QStringLiteral("/blobs/") + aliased);
        cache.addLink(repo, now, QStringLiteral("model.bin"), current);
        cache.addRef(repo, QStringLiteral("main"), now);
        // A link that leaves the repo stays outside it, as before.
        QTemporaryDir outside;
        const QString foreign = outside.path() + QStringLiteral("/foreign.bin");
        {
            QFile file(foreign);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(70, 'f'));
        }
        cache.symlink(repo + QStringLiteral("/snapshots/") + old + QStringLiteral("/foreign.bin"), foreign);

        const CacheScan scan = CacheScanner::scan(cache.root());
        const CachedRepo *found = findRepo(scan, repo);
        QVERIFY(found);
        const QString aliasedPath = cache.path(repo + QStringLiteral("/blobs/") + aliased);
        bool sawAliased = false, sawForeign = false;
        for (const CachedBlob &blob : found->blobs) {
            if (found->blobPath(blob) == aliasedPath) {
                sawAliased = true;
                QCOMPARE(blob.location, CachedBlob::Location::RepoBlobs);
                QCOMPARE(blob.size, qint64(300));
            } else if (blob.path() == foreign) {
                sawForeign = true;
                QCOMPARE(blob.location, CachedBlob::Location::OutsideRepo);
            }
        }
        QVERIFY(sawAliased);
        QVERIFY(sawForeign);
        QCOMPARE(found->sizeOnDisk, qint64(300 + 50 + 70));

        const DeletionPlanner planner(scan);
        const DeletionPlan plan = planner.plan(planner.resolveTargets({old}));
        QVERIFY2(plan.blobs.contains(aliasedPath), qPrintable(plan.blobs.join(u',')));
        QVERIFY(!plan.blobs.contains(foreign));
        QCOMPARE(plan.expectedFreedSize, qint64(300));
        const DeletionReport report = DeletionExecutor::execute(plan);
        Q_UNUSED(report);
        QVERIFY(!QFileInfo::exists(aliasedPath));
        QVERIFY(QFileInfo::exists(foreign));
        QVERIFY(QFileInfo::exists(cache.path(repo + QStringLiteral("/blobs/") + current)));
    }

    // §8: "--dir ~/.cache/huggingface (HF_HOME instead of its hub/)": one clear error, nothing listed.
    void hfHomeIsRecognised()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString root = home.path();
        QDir(root).mkpath(QStringLiteral("hub/models--org--name/snapshots"));
        QDir(root).mkpath(QStringLiteral("xet/logs"));
        QDir(root).mkpath(QStringLiteral("datasets/downloads"));
        QDir(root).mkpath(QStringLiteral("assets"));
        QDir(root).mkpath(QStringLiteral("modules/datasets_modules"));
        for (const QString &name : {QStringLiteral("token"), QStringLiteral("stored_tokens")}) {
            QFile file(root + u'/' + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("hf_secret");
        }
        const QString resolved = CacheScanner::resolveCacheDir(root);
        const QString expected = QStringLiteral("%1 looks like HF_HOME, not a hub cache; the hub cache is %1/hub").arg(resolved);

        const CacheScan scan = CacheScanner::scan(root);
        QCOMPARE(scan.error, expected);
        QVERIFY(scan.repos.isEmpty());
        QVERIFY(scan.corrupted.isEmpty());

        const QStringList dir{QStringLiteral("--dir"), root};
        CliRun run = runCli(QStringList{QStringLiteral("cache"), QStringLiteral("ls")} + dir);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        run = runCli(QStringList{QStringLiteral("cache"), QStringLiteral("rm"), QStringLiteral("token"), QStringLiteral("-y")} + dir);
        QCOMPARE(run.code, 1);
        run = runCli(QStringList{QStringLiteral("cache"), QStringLiteral("prune"), QStringLiteral("-y")} + dir);
        QCOMPARE(run.code, 1);
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/token")));
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/hub/models--org--name")));
        // The hub cache itself scans.
        QVERIFY(CacheScanner::scan(root + QStringLiteral("/hub")).isValid());

        // An HF_HOME with only a token, before anything was downloaded.
        QTemporaryDir fresh;
        {
            QFile file(fresh.path() + QStringLiteral("/token"));
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write("hf_fresh") > 0);
        }
        const QString freshDir = CacheScanner::resolveCacheDir(fresh.path());
        QCOMPARE(CacheScanner::scan(fresh.path()).error,
                 QStringLiteral("%1 looks like HF_HOME, not a hub cache; the hub cache is %1/hub (not created yet)").arg(freshDir));

        // An empty folder, or one with unrelated files only, is still an (empty) hub cache.
        QTemporaryDir empty;
        QVERIFY(CacheScanner::scan(empty.path()).isValid());
        QVERIFY(!CacheLocation::looksLikeHfHome({"notes.txt", ".locks"}));
        QVERIFY(!CacheLocation::looksLikeHfHome({"models--org--name", "token"}));
        QVERIFY(CacheLocation::looksLikeHfHome({"xet", ".locks"}));
    }

    // §8: "never plan the deletion of a token file or of a whole cache folder as a corrupted
    // entry", even in a hub cache that holds repos (HF_HUB_CACHE=$HF_HOME).
    void hfHomeEntriesAreNeverDeletable()
    {
        FixtureCache cache;
        const QString c1 = FixtureCache::commit(QStringLiteral("c1")), etag = FixtureCache::sha256(QStringLiteral("w"));
        cache.addBlob(QStringLiteral("models--org--name"), etag, "w");
        cache.addLink(QStringLiteral("models--org--name"), c1, QStringLiteral("model.bin"), etag);
        cache.addRef(QStringLiteral("models--org--name"), QStringLiteral("main"), c1);
        cache.writeFile(QStringLiteral("token"), "hf_secret");
        cache.writeFile(QStringLiteral("stored_tokens"), "[default]\nhf_token = hf_secret\n");
        cache.mkdir(QStringLiteral("xet/logs"));
        cache.mkdir(QStringLiteral("hub"));
        cache.mkdir(QStringLiteral("junk")); // an ordinary corrupted entry stays removable
        const QString token = cache.path(QStringLiteral("token"));

        const CacheScan scan = CacheScanner::scan(cache.root());
        QVERIFY(scan.isValid());
        QCOMPARE(scan.repos.size(), 1);
        QCOMPARE(scan.corrupted.size(), 5);
        for (const CorruptedRepo &corrupted : scan.corrupted)
            QCOMPARE(corrupted.deletable, corrupted.path.endsWith(QStringLiteral("/junk")));

        const DeletionPlanner planner(scan);
        DeletionPlanner::Selection selection = planner.resolveTargets({QStringLiteral("token"), token});
        QCOMPARE(selection.invalidTargets.size(), 2);
        QVERIFY(selection.invalidTargets.first().startsWith(QStringLiteral("token: ")));
        QVERIFY(selection.corruptedPaths.isEmpty());
        // Whatever a selection says (a GUI tick, a stale ledger), the plan leaves them alone.
        for (const CorruptedRepo &corrupted : scan.corrupted)
            selection.corruptedPaths.insert(corrupted.path);
        const DeletionPlan plan = planner.plan(selection);
        QCOMPARE(plan.repos, QStringList{cache.path(QStringLiteral("junk"))});

        const QStringList dir{QStringLiteral("--dir"), cache.root()};
        const CliRun run =
            runCli(QStringList{QStringLiteral("cache"), QStringLiteral("rm"), QStringLiteral("token"), QStringLiteral("-y")} + dir);
        QCOMPARE(run.code, 1);
        QVERIFY(QFileInfo::exists(token));
        QVERIFY(QFileInfo::exists(cache.path(QStringLiteral("xet/logs"))));
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)

#include "tst_hostilefiles.moc"
