#include "DeletionExecutor.h"

#include "Logging.h"
#include "PosixFs.h"
#include "SafeRemover.h"
#include "SharedBlobStore.h"

#include <QHash>
#include <QSet>
#include <QtConcurrent>

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

// Payload hashes of the store links inside a repo's blobs/ folder, read before it goes:
// links no snapshot uses count too.
QSet<QString> sharedLinksIn(const SharedBlobStore &store, const QString &repoPath)
{
    QSet<QString> hashes;
    const QString blobsDir = repoPath + QStringLiteral("/blobs");
    UniqueFd blobs = PosixFs::openDir(AT_FDCWD, PosixFs::encode(blobsDir), false);
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
    auto canceled = [&] { return (promise && promise->isCanceled()) || (isCanceled && isCanceled()); };
    SafeRemover remover(plan.cacheDir, canceled);
    if (!remover.isOpen()) {
        report.errors.append(QStringLiteral("Cannot open the cache directory %1: %2").arg(plan.cacheDir, PosixFs::errorString(errno)));
        return report;
    }
    const SharedBlobStore store(plan.cacheDir);
    const bool hasStore = store.isMarked();

    int step = 0;
    if (promise)
        promise->setProgressRange(0, int(plan.stepCount()));
    auto advance = [&] {
        if (promise)
            promise->setProgressValue(++step);
    };
    // Returns false when the run must stop.
    auto run = [&](const QString &path, SafeRemover::Kind kind, QStringList &removed) {
        const SafeRemover::Result result = remover.remove(path, kind);
        report.freedBytes += result.freedBytes;
        switch (result.status) {
        case SafeRemover::Status::Removed:
            removed.append(path);
            break;
        case SafeRemover::Status::AlreadyGone:
            report.notes.append(QStringLiteral("Already gone: %1").arg(path));
            break;
        case SafeRemover::Status::Canceled:
            report.canceled = true;
            return false;
        case SafeRemover::Status::Refused:
        case SafeRemover::Status::Failed:
            qCWarning(lcDelete) << result.message;
            report.errors.append(result.message);
            break;
        }
        advance();
        return true;
    };

    // Payloads whose links this plan removes, gathered before the links go.
    QSet<QString> payloadsToSweep(plan.sharedPayloads.cbegin(), plan.sharedPayloads.cend());
    if (hasStore)
        for (const QString &repo : plan.repos)
            payloadsToSweep.unite(sharedLinksIn(store, repo));

    for (const QString &repo : plan.repos) {
        if (canceled() || !run(repo, SafeRemover::Kind::Repo, report.removedRepos)) {
            report.canceled = true;
            return report;
        }
    }

    QHash<QString, QStringList> refsBySnapshot;
    for (const DeletionPlan::RepoItem &item : plan.items)
        for (const DeletionPlan::RevisionItem &revision : item.revisions)
            for (const QString &ref : revision.refs)
                refsBySnapshot[item.repoPath + QStringLiteral("/snapshots/") + revision.commitHash].append(item.repoPath +
                                                                                                           QStringLiteral("/refs/") + ref);
    QSet<QString> refsDone;
    for (const QString &snapshot : plan.snapshots) {
        if (canceled()) {
            report.canceled = true;
            return report;
        }
        bool refsOk = true;
        for (const QString &ref : refsBySnapshot.value(snapshot)) {
            if (!plan.refs.contains(ref))
                continue;
            refsDone.insert(ref);
            const qsizetype errorsBefore = report.errors.size();
            run(ref, SafeRemover::Kind::File, report.removedRefs);
            refsOk = refsOk && report.errors.size() == errorsBefore;
        }
        if (!refsOk) {
            // Removing the snapshot now would leave a ref pointing at nothing.
            report.errors.append(QStringLiteral("Kept %1 because one of its refs could not be removed").arg(snapshot));
            advance();
            continue;
        }
        if (!run(snapshot, SafeRemover::Kind::Tree, report.removedSnapshots))
            return report;
    }
    for (const QString &ref : plan.refs) {
        if (refsDone.contains(ref))
            continue;
        if (canceled()) {
            report.canceled = true;
            return report;
        }
        run(ref, SafeRemover::Kind::File, report.removedRefs);
    }

    // A blob goes only if no kept snapshot links to it any more (the plan ensured it).
    const QSet<QString> failedSnapshots = [&] {
        QSet<QString> failed(plan.snapshots.cbegin(), plan.snapshots.cend());
        for (const QString &done : std::as_const(report.removedSnapshots))
            failed.remove(done);
        return failed;
    }();
    for (const QString &blob : plan.blobs) {
        if (canceled()) {
            report.canceled = true;
            return report;
        }
        if (!failedSnapshots.isEmpty()) {
            const QString repoPath = blob.section(u'/', 0, -3);
            const bool repoHasFailure = std::any_of(failedSnapshots.cbegin(), failedSnapshots.cend(),
                                                    [&](const QString &s) { return s.startsWith(repoPath + u'/'); });
            if (repoHasFailure) {
                report.notes.append(QStringLiteral("Kept %1: a snapshot of its repo could not be removed").arg(blob));
                advance();
                continue;
            }
        }
        run(blob, SafeRemover::Kind::File, report.removedBlobs);
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
            if (canceled()) {
                report.canceled = true;
                return report;
            }
            sweep(hash);
        }
        for (const QString &hash : plan.unreferencedPayloads) {
            if (canceled()) {
                report.canceled = true;
                return report;
            }
            if (!payloadsToSweep.contains(hash))
                sweep(hash);
        }
    }

    for (const QString &file : plan.incompleteFiles) {
        if (canceled()) {
            report.canceled = true;
            return report;
        }
        if (isDownloadRunning(plan.cacheDir, file)) {
            report.notes.append(QStringLiteral("Kept %1: its download is still running").arg(file));
            advance();
            continue;
        }
        run(file, SafeRemover::Kind::File, report.removedIncompleteFiles);
    }
    qCInfo(lcDelete) << "deletion done:" << report.freedBytes << "bytes freed," << report.errors.size() << "errors";
    return report;
}

} // namespace hubdeck
