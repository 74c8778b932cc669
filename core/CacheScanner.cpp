// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheScanner.h"

#include "CacheLocation.h"
#include "HfHome.h"
#include "Logging.h"
#include "PosixFs.h"
#include "RepoScanner.h"
#include "SharedBlobStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent>
#include <QThreadPool>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <fcntl.h>

namespace hubdeck {

namespace {

// Root entries that are no repo's and never a corrupted entry: huggingface_hub's lock folder,
// the cache tag, desktop droppings (and the shared store's blobs/, skipped apart).
bool isIgnoredRootEntry(const QByteArray &name)
{
    return name == ".locks" || name == "CACHEDIR.TAG" || name == ".DS_Store" || name == "Thumbs.db" || name == "desktop.ini";
}

// Opens and lists the cache folder: an error message, or empty.
QString openRoot(const QString &cacheDir, UniqueFd &rootFd, QList<PosixFs::Entry> &entries)
{
    struct stat st
    {
    };
    const QByteArray encoded = FileName::encode(cacheDir);
    if (!PosixFs::statAt(AT_FDCWD, encoded, st, Links::Follow))
        return errno == ENOENT ? QStringLiteral("Cache directory not found: %1").arg(cacheDir)
                               : QStringLiteral("Cannot read the cache directory %1: %2").arg(cacheDir, PosixFs::errorString(errno));
    if (!S_ISDIR(st.st_mode))
        return QStringLiteral("Scan cache expects a directory but found a file: %1").arg(cacheDir);
    rootFd = PosixFs::openDir(AT_FDCWD, encoded, Links::Follow);
    if (!rootFd.isValid() || !PosixFs::listDir(rootFd.get(), entries))
        return QStringLiteral("Cannot read the cache directory %1: %2").arg(cacheDir, PosixFs::errorString(errno));
    return {};
}

// Why the folder is not a hub cache, or empty: an HF_HOME, or a folder none of whose entries
// is named like a repo (a home folder, a datasets or xet cache, a project). Scanned as a hub
// cache, its token and every entry would be "corrupted entries" offered for deletion. An
// empty folder is an empty cache.
QString notAHubCache(const QString &cacheDir, int rootFd, const QList<PosixFs::Entry> &entries)
{
    QList<QByteArray> rootNames;
    for (const PosixFs::Entry &entry : entries)
        rootNames.append(entry.name);
    // By its names, and by what only the libraries write there, as `home ls --dir` asks: a web
    // project's assets/ and modules/ are no home's (attack R10).
    if (CacheLocation::looksLikeHfHome(rootNames) && HfHome::mayBeHome(cacheDir)) {
        const QString hub = cacheDir + QStringLiteral("/hub");
        struct stat st
        {
        };
        const bool hasHub = PosixFs::statAt(rootFd, "hub", st, Links::Follow) && S_ISDIR(st.st_mode);
        return QStringLiteral("%1 looks like HF_HOME, not a hub cache; the hub cache is %2%3")
            .arg(cacheDir, hub, hasHub ? QString() : QStringLiteral(" (not created yet)"));
    }
    qsizetype others = 0;
    bool repoLike = false;
    for (const QByteArray &name : std::as_const(rootNames)) {
        if (isIgnoredRootEntry(name) || name == "blobs")
            continue;
        repoLike = repoLike || name.contains("--");
        ++others;
    }
    if (others > 0 && !repoLike)
        return QStringLiteral("%1 does not look like a hub cache: none of its %2 entries is a repo folder "
                              "(models--ORG--NAME, datasets--…, spaces--…); nothing in it is listed or offered for deletion")
            .arg(cacheDir)
            .arg(others);
    return {};
}

// Scans every entry in parallel; an outcome per name, empty ones when stopped.
QList<RepoScanner::Outcome> scanEntries(const RepoScanner &repoScanner, const QList<QByteArray> &names, std::atomic_bool &canceled,
                                        QPromise<CacheScan> *promise)
{
    if (promise)
        promise->setProgressRange(0, int(names.size()));
    std::atomic_int done = 0;
    QList<RepoScanner::Outcome> outcomes(names.size());
    QList<int> indexes(names.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    // A pool of its own: the scan waits on the kernel more than it computes, so it gains from
    // more threads than cores, and it must not queue behind (or starve) other background work.
    static QThreadPool pool;
    pool.setMaxThreadCount(std::max(4, QThread::idealThreadCount() * 2));
    QtConcurrent::blockingMap(&pool, indexes, [&](int index) {
        if (canceled.load(std::memory_order_relaxed))
            return;
        if (promise && promise->isCanceled()) {
            canceled = true;
            return;
        }
        outcomes[index] = repoScanner.scan(names[index]);
        if (outcomes[index].repo)
            outcomes[index].repo->compact();
        const int finished = ++done;
        if (promise)
            promise->setProgressValue(finished);
    });
    return outcomes;
}

// The outcomes into the scan, in name order, store links pointed at their payloads; returns
// the number of snapshot entries seen.
qint64 addOutcomes(QList<RepoScanner::Outcome> &outcomes, CacheScan &result)
{
    QHash<QString, int> payloadIndex;
    for (int i = 0; i < result.sharedPayloads.size(); ++i)
        payloadIndex.insert(result.sharedPayloads[i].hash, i);
    qint64 snapshotEntries = 0;
    for (RepoScanner::Outcome &outcome : outcomes) {
        snapshotEntries += outcome.snapshotEntries;
        result.incompleteFiles += outcome.incompleteFiles;
        if (outcome.corrupted) {
            result.corrupted.append(std::move(*outcome.corrupted));
        } else if (outcome.repo) {
            for (const auto &[blob, hash] : std::as_const(outcome.sharedLinks))
                outcome.repo->blobs[blob].sharedPayload = payloadIndex.value(hash, -1);
            for (const auto &[blob, hash] : std::as_const(outcome.unreferencedLinks))
                outcome.repo->unreferencedBlobs[blob].sharedPayload = payloadIndex.value(hash, -1);
            result.repos.append(std::move(*outcome.repo));
        }
    }
    return snapshotEntries;
}

} // namespace

QString CacheScanner::resolveCacheDir(const QString &cacheDir)
{
    QString path = QDir::cleanPath(QDir::isAbsolutePath(cacheDir) ? cacheDir : QDir::current().absoluteFilePath(cacheDir));
    const QString real = PosixFs::realPath(path);
    return real.isEmpty() ? path : real;
}

QFuture<CacheScan> CacheScanner::scanAsync(const QString &cacheDir)
{
    return QtConcurrent::run([cacheDir](QPromise<CacheScan> &promise) {
        CacheScan result = scan(cacheDir, &promise);
        promise.addResult(std::move(result));
    });
}

CacheScan CacheScanner::scan(const QString &cacheDir, QPromise<CacheScan> *promise)
{
    QElapsedTimer timer;
    timer.start();
    CacheScan result;
    result.cacheDir = resolveCacheDir(cacheDir);
    UniqueFd rootFd;
    QList<PosixFs::Entry> entries;
    result.error = openRoot(result.cacheDir, rootFd, entries);
    if (result.error.isEmpty())
        result.error = notAHubCache(result.cacheDir, rootFd.get(), entries);
    if (!result.error.isEmpty())
        return result;

    const SharedBlobStore store(result.cacheDir);
    result.hasSharedStore = store.isMarked();
    QList<QByteArray> names;
    for (const PosixFs::Entry &entry : std::as_const(entries))
        if (!isIgnoredRootEntry(entry.name) && !(entry.name == "blobs" && result.hasSharedStore))
            names.append(entry.name);
    std::sort(names.begin(), names.end());

    // The store is read while the repos are walked.
    QFuture<QList<SharedPayload>> payloadsFuture;
    QList<StoreLeftover> storeLeftovers;
    if (result.hasSharedStore)
        payloadsFuture = QtConcurrent::run([&store, &storeLeftovers] { return store.scanPayloads(&storeLeftovers); });
    // The promise is asked in every folder walked, so a stop reaches a repo of one huge revision.
    std::atomic_bool canceled = false;
    const RepoScanner repoScanner(rootFd.get(), result.cacheDir, result.hasSharedStore ? &store : nullptr, canceled,
                                  [promise] { return promise && promise->isCanceled(); });
    QList<RepoScanner::Outcome> outcomes = scanEntries(repoScanner, names, canceled, promise);
    if (result.hasSharedStore) {
        result.sharedPayloads = payloadsFuture.result();
        result.storeLeftovers = std::move(storeLeftovers);
    }
    if (canceled || (promise && promise->isCanceled())) {
        result.canceled = true;
        return result;
    }
    const qint64 snapshotEntries = addOutcomes(outcomes, result);
    result.sizeOnDisk = result.physicalSize();
    qCInfo(lcScan) << "scanned" << result.cacheDir << result.repos.size() << "repos," << snapshotEntries << "snapshot entries in"
                   << timer.elapsed() << "ms";
    return result;
}

} // namespace hubdeck
