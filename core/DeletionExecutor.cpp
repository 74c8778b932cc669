// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DeletionExecutor.h"

#include "Logging.h"
#include "PosixFs.h"
#include "SafeRemover.h"
#include "SharedBlobStore.h"

#include <QHash>
#include <QSet>
#include <QtConcurrent>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>

namespace hubdeck {

namespace {

// A partial download whose lock (".locks/<repo folder>/<etag>.lock") another process holds
// is still being written.
bool isDownloadRunning(const QString &cacheDir, const QString &incompletePath)
{
    const QString relative = incompletePath.mid(cacheDir.size() + 1);
    const QString repoFolder = relative.section(u'/', 0, 0);
    const QString etag = relative.section(u'/', -1).section(u'.', 0, 0);
    const QByteArray lockPath = PosixFs::encode(cacheDir + QStringLiteral("/.locks/") + repoFolder + u'/' + etag + QStringLiteral(".lock"));
    UniqueFd fd(::open(lockPath.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd.isValid())
        return false;
    if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0)
        return errno == EWOULDBLOCK;
    ::flock(fd.get(), LOCK_UN);
    return false;
}

// A partial download in <repo>/blobs/ whose download is running, or an empty string. Read
// when the folder is about to go, not taken from the scan: a download may have started since.
QString runningDownloadIn(const QString &cacheDir, const QString &repoPath)
{
    const QString blobsDir = repoPath + QStringLiteral("/blobs");
    UniqueFd blobs = PosixFs::openDir(AT_FDCWD, PosixFs::encode(blobsDir), Links::NoFollow);
    QList<PosixFs::Entry> entries;
    if (!blobs.isValid() || !PosixFs::listDir(blobs.get(), entries))
        return {};
    for (const PosixFs::Entry &entry : std::as_const(entries)) {
        if (!entry.name.endsWith(".incomplete"))
            continue;
        const QString path = blobsDir + u'/' + PosixFs::decode(entry.name);
        if (isDownloadRunning(cacheDir, path))
            return path;
    }
    return {};
}

// Payload hashes of the store links inside a repo's blobs/ folder, read before it goes:
// links no snapshot uses count too.
QSet<QString> sharedLinksIn(const SharedBlobStore &store, const QString &repoPath)
{
    QSet<QString> hashes;
    const QString blobsDir = repoPath + QStringLiteral("/blobs");
    UniqueFd blobs = PosixFs::openDir(AT_FDCWD, PosixFs::encode(blobsDir), Links::NoFollow);
    QList<PosixFs::Entry> entries;
    if (!blobs.isValid() || !PosixFs::listDir(blobs.get(), entries))
        return hashes;
    for (const PosixFs::Entry &entry : std::as_const(entries)) {
        if (const auto target = PosixFs::readLink(blobs.get(), entry.name))
            if (const auto hash = store.payloadForLink(blobsDir, *target))
                hashes.insert(*hash);
    }
    return hashes;
}

} // namespace

QFuture<DeletionReport> DeletionExecutor::executeAsync(const DeletionPlan &plan, std::shared_ptr<std::atomic_bool> cancel)
{
    return QtConcurrent::run([plan, cancel](QPromise<DeletionReport> &promise) {
        DeletionReport report = execute(plan, &promise, [cancel] { return cancel && cancel->load(); });
        promise.addResult(std::move(report));
    });
}

DeletionReport DeletionExecutor::execute(const DeletionPlan &plan, QPromise<DeletionReport> *promise,
                                         const std::function<bool()> &isCanceled)
{
    DeletionReport report;
    report.plannedRevisions = plan.revisionCount();
    report.plannedRepos = int(std::count_if(plan.items.cbegin(), plan.items.cend(),
                                            [](const DeletionPlan::RepoItem &item) { return item.wholeRepo && !item.isRefused(); }));
    auto canceled = [&] { return (promise && promise->isCanceled()) || (isCanceled && isCanceled()); };
    SafeRemover remover(plan.cacheDir, canceled);
    if (!remover.isOpen()) {
        report.errors.append(QStringLiteral("Cannot open the cache directory %1: %2").arg(plan.cacheDir, PosixFs::errorString(errno)));
        return report;
    }
    const SharedBlobStore store(plan.cacheDir);
    const bool hasStore = store.isMarked();
    for (const QString &refused : plan.refused)
        report.notes.append(refused);

    int step = 0;
    if (promise)
        promise->setProgressRange(0, int(plan.stepCount()));
    auto advance = [&] {
        if (promise)
            promise->setProgressValue(++step);
    };
    // Removes one path; false when it is not gone (failed, refused or canceled). countFreed:
    // false for ref files, whose bytes neither the plan nor "freed" count (DeletionPlan.h).
    auto run = [&](const QString &path, SafeRemover::Kind kind, QStringList *removed, bool countFreed = true) {
        const SafeRemover::Result result = remover.remove(path, kind);
        if (countFreed)
            report.freedBytes += result.freedBytes;
        bool gone = false;
        switch (result.status) {
        case SafeRemover::Status::Removed:
            if (removed)
                removed->append(path);
            gone = true;
            break;
        case SafeRemover::Status::AlreadyGone:
            report.notes.append(QStringLiteral("Already gone: %1").arg(path));
            gone = true;
            break;
        case SafeRemover::Status::Canceled:
            report.canceled = true;
            break;
        case SafeRemover::Status::Refused:
        case SafeRemover::Status::Failed:
            qCInfo(lcDelete) << result.message; // the report carries it to the user, once
            report.errors.append(result.message);
            break;
        }
        advance();
        return gone;
    };
    auto stop = [&] {
        if (!report.canceled && canceled())
            report.canceled = true;
        return report.canceled;
    };

    // Payloads whose links this plan removes, gathered before the links go: a whole repo's
    // blobs/ may hold store links that no snapshot uses.
    QSet<QString> payloadsToSweep(plan.sharedPayloads.cbegin(), plan.sharedPayloads.cend());
    if (hasStore)
        for (const DeletionPlan::RepoItem &item : plan.items)
            if (item.wholeRepo && !item.isRefused())
                payloadsToSweep.unite(sharedLinksIn(store, item.repoPath));

    auto finish = [&] {
        qCInfo(lcDelete) << "deletion" << (report.canceled ? "stopped:" : "done:") << report.freedBytes << "bytes freed,"
                         << report.removedRevisions.size() << "of" << report.plannedRevisions << "revisions removed,"
                         << report.errors.size() << "errors";
        return report;
    };

    for (const DeletionPlan::RepoItem &item : plan.items) {
        if (item.isRefused())
            continue;
        if (item.corrupted) {
            if (stop())
                return finish();
            run(item.repoPath, SafeRemover::Kind::Repo, &report.removedRepos);
            continue;
        }
        // A whole repo loses all its refs first: a stop then leaves detached revisions, which
        // `cache rm` of the repo and `prune` both finish.
        QSet<QString> refsLeft; // refs that could not be removed: their snapshot must stay
        auto removeRefs = [&](const DeletionPlan::RevisionItem &revision) {
            for (const QString &ref : revision.refPaths) {
                if (stop())
                    return false;
                if (!run(ref, SafeRemover::Kind::File, &report.removedRefs, false))
                    refsLeft.insert(ref);
            }
            return !stop();
        };
        if (item.wholeRepo)
            for (const DeletionPlan::RevisionItem &revision : item.revisions)
                if (!removeRefs(revision))
                    return finish();
        bool snapshotKept = false; // once one stays, no blob of this repo may go
        bool blobKept = false;     // a removal failed and was reported: the folder stays, said once
        for (const DeletionPlan::RevisionItem &revision : item.revisions) {
            if (!item.wholeRepo && !removeRefs(revision))
                return finish();
            const bool refKept = std::any_of(revision.refPaths.cbegin(), revision.refPaths.cend(),
                                             [&](const QString &ref) { return refsLeft.contains(ref); });
            if (refKept) {
                // Removing the snapshot now would leave a ref pointing at nothing.
                report.notes.append(QStringLiteral("Kept %1: one of its refs could not be removed").arg(revision.snapshotPath));
                snapshotKept = true;
                for (qsizetype i = 0; i < revision.blobs.size() + 2; ++i)
                    advance();
                continue;
            }
            // The snapshot's links, then the blobs only they used, then the emptied folder: a
            // stop anywhere leaves a revision `cache rm` still finds by its hash, whose
            // leftover blobs it removes with it, and no link without its blob.
            if (!run(revision.snapshotPath, SafeRemover::Kind::Contents, nullptr)) {
                if (report.canceled)
                    return finish();
                snapshotKept = true;
            }
            for (const QString &blob : revision.blobs) {
                if (stop())
                    return finish();
                if (snapshotKept) {
                    report.notes.append(QStringLiteral("Kept %1: a snapshot of its repo could not be removed").arg(blob));
                    advance();
                    continue;
                }
                if (!run(blob, SafeRemover::Kind::File, &report.removedBlobs))
                    blobKept = true;
            }
            if (stop())
                return finish();
            if (snapshotKept) {
                advance();
                continue;
            }
            if (run(revision.snapshotPath, SafeRemover::Kind::Tree, &report.removedSnapshots) &&
                report.removedSnapshots.endsWith(revision.snapshotPath))
                report.removedRevisions.append({item.repoFolder, revision.commitHash});
            else if (report.canceled)
                return finish();
        }
        for (const QString &blob : item.unreferencedBlobs) {
            if (stop())
                return finish();
            if (isDownloadRunning(plan.cacheDir, blob)) {
                // Renamed into blobs/ a moment before its snapshot link appears.
                report.notes.append(QStringLiteral("Kept %1: its download is still running").arg(blob));
                report.keptDownloads.append(blob);
                advance();
                continue;
            }
            if (!run(blob, SafeRemover::Kind::File, &report.removedBlobs))
                blobKept = true;
        }
        if (item.wholeRepo) {
            if (stop())
                return finish();
            if (snapshotKept || blobKept || !refsLeft.isEmpty()) {
                report.notes.append(QStringLiteral("Kept %1: part of it could not be removed").arg(item.repoPath));
                advance();
                continue;
            }
            if (const QString running = runningDownloadIn(plan.cacheDir, item.repoPath); !running.isEmpty()) {
                report.notes.append(QStringLiteral("Kept %1: a download into it is running (%2)").arg(item.repoPath, running));
                report.keptDownloads.append(running);
                advance();
                continue;
            }
            run(item.repoPath, SafeRemover::Kind::Repo, &report.removedRepos);
        }
    }

    auto sweep = [&](const QString &hash) {
        const auto result = store.sweep(hash, canceled);
        using Outcome = SharedBlobStore::SweepResult::Outcome;
        switch (result.outcome) {
        case Outcome::Removed:
            report.removedPayloads.append(hash);
            report.freedBytes += result.freedBytes;
            break;
        case Outcome::Kept:
        case Outcome::NotAPayload:
            break;
        case Outcome::KeptUnknownManifest:
            report.notes.append(QStringLiteral("Kept shared blob %1: its manifest is missing or unreadable").arg(store.payloadPath(hash)));
            break;
        case Outcome::LockBusy:
            report.notes.append(result.message);
            break;
        case Outcome::Failed:
            report.errors.append(result.message);
            break;
        }
        advance();
    };
    if (hasStore) {
        QStringList sorted(payloadsToSweep.cbegin(), payloadsToSweep.cend());
        sorted.sort();
        for (const QString &hash : std::as_const(sorted)) {
            if (stop())
                return finish();
            sweep(hash);
        }
        for (const QString &hash : plan.unreferencedPayloads) {
            if (stop())
                return finish();
            if (!payloadsToSweep.contains(hash))
                sweep(hash);
        }
    }

    if (hasStore) {
        for (const QString &hash : plan.storeLeftoverHashes) {
            if (stop())
                return finish();
            const auto result = store.removeLeftovers(hash, &report.removedStoreLeftovers, canceled);
            report.freedBytes += result.freedBytes;
            using Outcome = SharedBlobStore::SweepResult::Outcome;
            if (result.outcome == Outcome::LockBusy)
                report.notes.append(result.message);
            else if (result.outcome == Outcome::Failed)
                report.errors.append(result.message);
            advance();
        }
    }

    for (const QString &file : plan.incompleteFiles) {
        if (stop())
            return finish();
        if (isDownloadRunning(plan.cacheDir, file)) {
            report.notes.append(QStringLiteral("Kept %1: its download is still running").arg(file));
            report.keptDownloads.append(file);
            advance();
            continue;
        }
        run(file, SafeRemover::Kind::File, &report.removedIncompleteFiles);
    }
    return finish();
}

} // namespace hubdeck
