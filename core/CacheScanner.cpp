// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheScanner.h"

#include "CacheLocation.h"
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

QString CacheScanner::resolveCacheDir(const QString &cacheDir)
{
    QString path = QDir::cleanPath(QDir::isAbsolutePath(cacheDir) ? cacheDir : QDir::current().absoluteFilePath(cacheDir));
    char buffer[PATH_MAX];
    if (::realpath(PosixFs::encode(path).constData(), buffer))
        return PosixFs::decode(QByteArray(buffer));
    return path;
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

    struct stat st
    {
    };
    const QByteArray encoded = PosixFs::encode(result.cacheDir);
    if (!PosixFs::statAt(AT_FDCWD, encoded, st, Links::Follow)) {
        result.error = errno == ENOENT
                           ? QStringLiteral("Cache directory not found: %1").arg(result.cacheDir)
                           : QStringLiteral("Cannot read the cache directory %1: %2").arg(result.cacheDir, PosixFs::errorString(errno));
        return result;
    }
    if (!S_ISDIR(st.st_mode)) {
        result.error = QStringLiteral("Scan cache expects a directory but found a file: %1").arg(result.cacheDir);
        return result;
    }
    UniqueFd rootFd = PosixFs::openDir(AT_FDCWD, encoded, Links::Follow);
    QList<PosixFs::Entry> entries;
    if (!rootFd.isValid() || !PosixFs::listDir(rootFd.get(), entries)) {
        result.error = QStringLiteral("Cannot read the cache directory %1: %2").arg(result.cacheDir, PosixFs::errorString(errno));
        return result;
    }

    QList<QByteArray> rootNames;
    for (const PosixFs::Entry &entry : std::as_const(entries))
        rootNames.append(entry.name);
    if (CacheLocation::looksLikeHfHome(rootNames)) {
        // Scanned as a hub cache, its token and its other caches would be offered for deletion.
        const QString hub = result.cacheDir + QStringLiteral("/hub");
        result.error =
            QStringLiteral("%1 looks like HF_HOME, not a hub cache; the hub cache is %2%3")
                .arg(result.cacheDir, hub,
                     PosixFs::statAt(rootFd.get(), "hub", st, Links::Follow) && S_ISDIR(st.st_mode) ? QString()
                                                                                                    : QStringLiteral(" (not created yet)"));
        return result;
    }

    // A folder none of whose entries is named like a repo (a home folder, a datasets or xet
    // cache, a project) is not a hub cache: scanned as one, every entry would be a "corrupted
    // entry" that `cache rm <path>` offers to delete. An empty folder is an empty cache.
    {
        qsizetype others = 0;
        bool repoLike = false;
        for (const QByteArray &name : std::as_const(rootNames)) {
            if (name == ".locks" || name == "CACHEDIR.TAG" || name == ".DS_Store" || name == "Thumbs.db" || name == "desktop.ini" ||
                name == "blobs")
                continue;
            repoLike = repoLike || name.contains("--");
            ++others;
        }
        if (others > 0 && !repoLike) {
            result.error = QStringLiteral("%1 does not look like a hub cache: none of its %2 entries is a repo folder "
                                          "(models--ORG--NAME, datasets--…, spaces--…); nothing in it is listed or offered for deletion")
                               .arg(result.cacheDir)
                               .arg(others);
            return result;
        }
    }

    const SharedBlobStore store(result.cacheDir);
    result.hasSharedStore = store.isMarked();
    QList<QByteArray> names;
    for (const PosixFs::Entry &entry : std::as_const(entries)) {
        const QByteArray &name = entry.name;
        if (name == ".locks" || name == "CACHEDIR.TAG" || name == ".DS_Store" || name == "Thumbs.db" || name == "desktop.ini")
            continue;
        if (name == "blobs" && result.hasSharedStore)
            continue;
        names.append(name);
    }
    std::sort(names.begin(), names.end());

    std::atomic_bool canceled = false;
    std::atomic_int done = 0;
    if (promise)
        promise->setProgressRange(0, int(names.size()));

    // The store is read while the repos are walked.
    QFuture<QList<SharedPayload>> payloadsFuture;
    QList<StoreLeftover> storeLeftovers;
    if (result.hasSharedStore)
        payloadsFuture = QtConcurrent::run([&store, &storeLeftovers] { return store.scanPayloads(&storeLeftovers); });

    // The promise is asked in every folder walked, so a stop reaches a repo of one huge revision.
    const RepoScanner repoScanner(rootFd.get(), result.cacheDir, result.hasSharedStore ? &store : nullptr, canceled,
                                  [promise] { return promise && promise->isCanceled(); });
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
    if (result.hasSharedStore) {
        result.sharedPayloads = payloadsFuture.result();
        result.storeLeftovers = std::move(storeLeftovers);
    }
    if (canceled || (promise && promise->isCanceled())) {
        result.canceled = true;
        return result;
    }

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

    result.sizeOnDisk = result.physicalSize();

    qCInfo(lcScan) << "scanned" << result.cacheDir << result.repos.size() << "repos," << snapshotEntries << "snapshot entries in"
                   << timer.elapsed() << "ms";
    return result;
}

} // namespace hubdeck
