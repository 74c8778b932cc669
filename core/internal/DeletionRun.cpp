// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DeletionRun.h"

#include "HfHome.h"
#include "Logging.h"
#include "PosixFs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

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
    const QByteArray lockPath =
        FileName::encode(cacheDir + QStringLiteral("/.locks/") + repoFolder + u'/' + etag + QStringLiteral(".lock"));
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
    UniqueFd blobs = PosixFs::openDir(AT_FDCWD, FileName::encode(blobsDir), Links::NoFollow);
    QList<PosixFs::Entry> entries;
    if (!blobs.isValid() || !PosixFs::listDir(blobs.get(), entries))
        return {};
    for (const PosixFs::Entry &entry : std::as_const(entries)) {
        if (!entry.name.endsWith(".incomplete"))
            continue;
        const QString path = blobsDir + u'/' + FileName::decode(entry.name);
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
    UniqueFd blobs = PosixFs::openDir(AT_FDCWD, FileName::encode(blobsDir), Links::NoFollow);
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

DeletionRun::DeletionRun(const DeletionPlan &plan, QPromise<DeletionReport> *promise, std::function<bool()> isCanceled)
    : m_plan(plan)
    , m_promise(promise)
    , m_isCanceled(std::move(isCanceled))
    , m_remover(plan.cacheDir, [this] { return canceledNow(); })
    , m_store(plan.cacheDir)
{
    m_remover.setLedger(&m_sharedExtents);
    m_inUse = InUseFiles::snapshot();
    if (!m_inUse.isEmpty())
        m_remover.setHeldFiles(&m_inUse);
}

DeletionReport DeletionRun::run()
{
    m_report.plannedRevisions = m_plan.revisionCount();
    m_report.plannedRepos = int(std::count_if(m_plan.items.cbegin(), m_plan.items.cend(),
                                              [](const DeletionPlan::RepoItem &item) { return item.wholeRepo && !item.isRefused(); }));
    if (!m_remover.isOpen()) {
        m_report.errors.append(QStringLiteral("Cannot open the cache directory %1: %2").arg(m_plan.cacheDir, PosixFs::errorString(errno)));
        return m_report;
    }
    if (CredentialFiles credentials = CredentialFiles::of(HfHome::locate()); credentials.anyWithin(m_plan.cacheDir))
        m_credentials = std::move(credentials);
    m_hasStore = m_store.isMarked();
    for (const QString &refused : m_plan.refused)
        m_report.notes.append(refused);
    if (m_promise)
        m_promise->setProgressRange(0, int(m_plan.stepCount()));

    // Payloads whose links this plan removes, gathered before the links go: a whole repo's
    // blobs/ may hold store links that no snapshot uses.
    m_payloadsToSweep = QSet<QString>(m_plan.sharedPayloads.cbegin(), m_plan.sharedPayloads.cend());
    if (m_hasStore) {
        for (const DeletionPlan::RepoItem &item : m_plan.items)
            if (item.wholeRepo && !item.isRefused() && !DeletionPlan::goesToTrash(item, m_plan.trashWholeRepos))
                m_payloadsToSweep.unite(sharedLinksIn(m_store, item.repoPath));
    }
    // A trashed repo's payloads stay: restoring it must bring back links that work. Those the
    // scan saw, and those its folder links to now.
    for (const DeletionPlan::RepoItem &item : m_plan.items) {
        if (!DeletionPlan::goesToTrash(item, m_plan.trashWholeRepos))
            continue;
        for (const QString &hash : item.sharedPayloads)
            m_payloadsToSweep.remove(hash);
        if (m_hasStore)
            m_payloadsToSweep.subtract(sharedLinksIn(m_store, item.repoPath));
    }

    const bool done =
        std::all_of(m_plan.items.cbegin(), m_plan.items.cend(), [this](const DeletionPlan::RepoItem &item) { return removeItem(item); }) &&
        sweepPayloads() && removeStoreLeftovers() && removeIncompleteFiles() && removeEmptyFolders();
    Q_UNUSED(done); // stopped or not, the report says what was removed
    return finish();
}

void DeletionRun::heldOpen(qint64 bytes, const QStringList &by)
{
    m_report.heldOpenBytes += bytes;
    for (const QString &holder : by)
        if (!m_report.heldOpenBy.contains(holder))
            m_report.heldOpenBy.append(holder);
}

bool DeletionRun::canceledNow() const
{
    return (m_promise && m_promise->isCanceled()) || (m_isCanceled && m_isCanceled());
}

bool DeletionRun::stopped()
{
    if (!m_report.canceled && canceledNow())
        m_report.canceled = true;
    return m_report.canceled;
}

bool DeletionRun::remove(const QString &path, SafeRemover::Kind kind, QStringList *removed, Freed freed, bool *changed)
{
    const SafeRemover::Result result = m_remover.remove(path, kind);
    if (changed)
        *changed = result.status == SafeRemover::Status::Removed || result.removedSome;
    // Blocks, not st_size: a sparse blob's apparent size was never on disk to give back.
    if (freed == Freed::Counted) {
        m_report.freedBytes += result.freedOnDisk;
        // Blocks counted as kept by an earlier removal that went with this one are freed, and
        // already in freedOnDisk (two reflinked blobs both deleted: attack S1).
        m_report.sharedBytes = std::max<qint64>(0, m_report.sharedBytes + result.sharedOnDisk - result.releasedShared);
        heldOpen(result.heldOnDisk, result.heldBy);
    }
    bool gone = false;
    switch (result.status) {
    case SafeRemover::Status::Removed:
        if (removed)
            removed->append(path);
        gone = true;
        break;
    case SafeRemover::Status::AlreadyGone:
        m_report.notes.append(QStringLiteral("Already gone: %1").arg(path));
        gone = true;
        break;
    case SafeRemover::Status::Canceled:
        m_report.canceled = true;
        break;
    case SafeRemover::Status::Refused:
    case SafeRemover::Status::Failed:
        qCInfo(lcDelete) << result.message; // the report carries it to the user, once
        m_report.errors.append(result.message);
        break;
    }
    advance();
    return gone;
}

void DeletionRun::advance(qsizetype steps)
{
    m_step += int(steps);
    if (m_promise)
        m_promise->setProgressValueAndText(m_step, QString::number(m_report.freedBytes));
}

bool DeletionRun::removeItem(const DeletionPlan::RepoItem &item)
{
    if (item.isRefused())
        return true;
    if (m_credentials)
        if (const QString held = m_credentials->heldBy({item.repoPath}); !held.isEmpty()) {
            m_report.errors.append(QStringLiteral("Not deleted: %1 holds your access token %2.").arg(item.repoPath, held));
            advance(item.stepCount());
            return true;
        }
    if (item.corrupted) {
        if (stopped())
            return false;
        remove(item.repoPath, SafeRemover::Kind::Repo, &m_report.removedRepos);
        return true;
    }
    if (DeletionPlan::goesToTrash(item, m_plan.trashWholeRepos))
        return trashItem(item);
    RepoState state;
    // A whole repo loses all its refs first: a stop then leaves detached revisions, which
    // `cache rm` of the repo and `prune` both finish.
    if (item.wholeRepo)
        for (const DeletionPlan::RevisionItem &revision : item.revisions)
            if (!removeRefs(item, revision, state))
                return false;
    for (const DeletionPlan::RevisionItem &revision : item.revisions) {
        if (!item.wholeRepo && !removeRefs(item, revision, state))
            return false;
        if (!removeRevision(item, revision, state))
            return false;
    }
    if (item.isFileItem() && !removeFiles(item, state))
        return false;
    return removeUnreferencedBlobs(item, state) && removeRepoFolder(item, state);
}

bool DeletionRun::removeFiles(const DeletionPlan::RepoItem &item, RepoState &state)
{
    // Every entry before any blob: a stop in between leaves blobs no snapshot links to, which
    // the next scan lists as such, never a link without its blob.
    for (const DeletionPlan::FileItem &file : item.files) {
        if (stopped())
            return false;
        if (!remove(file.path, SafeRemover::Kind::File, &m_report.removedFiles)) {
            if (m_report.canceled)
                return false;
            state.snapshotKept = true;
            continue;
        }
        removeEmptiedFolders(item.repoPath, file);
    }
    for (qsizetype i = 0; i < item.fileBlobs.size(); ++i) {
        const QString &blob = item.fileBlobs.at(i);
        if (stopped()) {
            // Every file linking to these went: they are unreferenced now, which the report
            // says with the command that removes them (attack T10).
            if (!state.snapshotKept)
                m_report.leftUnreferencedBlobs += item.fileBlobs.mid(i);
            return false;
        }
        if (state.snapshotKept) {
            m_report.notes.append(QStringLiteral("Kept %1: a file linking to it could not be removed").arg(blob));
            advance();
            continue;
        }
        if (!remove(blob, SafeRemover::Kind::File, &m_report.removedBlobs))
            state.blobKept = true;
    }
    return !stopped();
}

void DeletionRun::removeEmptiedFolders(const QString &repoPath, const DeletionPlan::FileItem &file)
{
    const QString snapshot = repoPath + QStringLiteral("/snapshots/") + file.commitHash;
    QString folder = file.path.section(u'/', 0, -2);
    while (folder.size() > snapshot.size() && folder.startsWith(snapshot + u'/')) {
        const SafeRemover::Result result = m_remover.removeEmptyFolder(folder);
        if (result.status == SafeRemover::Status::Failed) {
            // An empty folder left behind is no file to the scan; say so, but it is no failure.
            m_report.notes.append(result.message);
            return;
        }
        if (result.status != SafeRemover::Status::Removed)
            return;
        folder = folder.section(u'/', 0, -2);
    }
}

bool DeletionRun::trashItem(const DeletionPlan::RepoItem &item)
{
    if (stopped())
        return false;
    const qsizetype steps = item.stepCount(); // the rename stands for all of them
    // One rename, so a stop or a crash leaves the repo either whole in the cache or whole in
    // the Trash; QFile never copies across filesystems: it uses the Trash of the repo's own
    // filesystem ($topdir/.Trash-$uid) or fails.
    // Qt 6.4 puts files/ and info/ in the working directory when it cannot make the home Trash
    // (its parent folder missing): make the parent, and check where the folder went.
    QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    QFile folder(item.repoPath);
    const bool moved = folder.moveToTrash();
    const QFileInfo where(folder.fileName());
    const QString trashName = where.dir().absolutePath().section(u'/', -2, -2); // "Trash", ".Trash-1000", or a uid under .Trash
    const bool inTrash = moved && where.isAbsolute() && where.dir().dirName() == u"files" &&
                         (trashName == u"Trash" || trashName.startsWith(QStringLiteral(".Trash")) ||
                          where.dir().absolutePath().section(u'/', -3, -3) == u".Trash");
    if (moved && !inTrash && QDir().rename(folder.fileName(), item.repoPath))
        QFile::remove(where.dir().absolutePath() + QStringLiteral("/../info/") + where.fileName() + QStringLiteral(".trashinfo"));
    if (!inTrash) {
        m_report.errors.append(QStringLiteral("Could not move %1 to the Trash (%2); nothing of it was deleted.")
                                   .arg(item.repoPath, moved ? QStringLiteral("no Trash folder could be made") : folder.errorString()));
        advance(steps);
        return true;
    }
    qCInfo(lcDelete) << "moved to the Trash:" << item.repoPath << "->" << folder.fileName();
    m_report.removedRepos.append(item.repoPath);
    m_report.trashedRepos.append(item.repoPath);
    for (const DeletionPlan::RevisionItem &revision : item.revisions)
        m_report.removedRevisions.append({item.repoFolder, revision.commitHash});
    advance(steps);
    return true;
}

bool DeletionRun::removeRefs(const DeletionPlan::RepoItem &item, const DeletionPlan::RevisionItem &revision, RepoState &state)
{
    for (const QString &ref : revision.refPaths) {
        if (stopped())
            return false;
        bool changed = false;
        if (!remove(ref, SafeRemover::Kind::File, &m_report.removedRefs, Freed::NotCounted, &changed))
            state.refsLeft.insert(ref);
        else if (changed)
            begun(item, revision, true);
    }
    return !stopped();
}

void DeletionRun::begun(const DeletionPlan::RepoItem &item, const DeletionPlan::RevisionItem &revision, bool refs)
{
    auto at = m_begunAt.constFind(revision.snapshotPath);
    if (at == m_begunAt.cend()) {
        at = m_begunAt.insert(revision.snapshotPath, m_begun.size());
        m_begun.append({{item.repoFolder, revision.commitHash}, revision.snapshotPath, false, false});
    }
    DeletionReport::PartlyRemoved &partly = m_begun[*at];
    (refs ? partly.refsGone : partly.filesGone) = true;
}

bool DeletionRun::removeRevision(const DeletionPlan::RepoItem &item, const DeletionPlan::RevisionItem &revision, RepoState &state)
{
    const bool refKept =
        std::any_of(revision.refPaths.cbegin(), revision.refPaths.cend(), [&](const QString &ref) { return state.refsLeft.contains(ref); });
    if (refKept) {
        // Removing the snapshot now would leave a ref pointing at nothing.
        m_report.notes.append(QStringLiteral("Kept %1: one of its refs could not be removed").arg(revision.snapshotPath));
        state.snapshotKept = true;
        advance(revision.blobs.size() + 2);
        return true;
    }
    // The snapshot's links, then the blobs only they used, then the emptied folder: a stop
    // anywhere leaves a revision `cache rm` still finds by its hash, whose leftover blobs it
    // removes with it, and no link without its blob.
    // Heard before the snapshot is begun: SafeRemover hears a stop only after its first removal.
    if (stopped())
        return false;
    bool changed = false;
    const bool contentsGone = remove(revision.snapshotPath, SafeRemover::Kind::Contents, nullptr, Freed::Counted, &changed);
    if (changed)
        begun(item, revision, false);
    if (!contentsGone) {
        if (m_report.canceled)
            return false;
        state.snapshotKept = true;
    }
    for (const QString &blob : revision.blobs) {
        if (stopped())
            return false;
        if (state.snapshotKept) {
            m_report.notes.append(QStringLiteral("Kept %1: a snapshot of its repo could not be removed").arg(blob));
            advance();
            continue;
        }
        if (!remove(blob, SafeRemover::Kind::File, &m_report.removedBlobs))
            state.blobKept = true;
    }
    if (stopped())
        return false;
    if (state.snapshotKept) {
        advance();
        return true;
    }
    if (remove(revision.snapshotPath, SafeRemover::Kind::Tree, &m_report.removedSnapshots) &&
        m_report.removedSnapshots.endsWith(revision.snapshotPath))
        m_report.removedRevisions.append({item.repoFolder, revision.commitHash});
    else if (m_report.canceled)
        return false;
    return true;
}

bool DeletionRun::removeUnreferencedBlobs(const DeletionPlan::RepoItem &item, RepoState &state)
{
    for (const QString &blob : item.unreferencedBlobs) {
        if (stopped())
            return false;
        if (isDownloadRunning(m_plan.cacheDir, blob)) {
            // Renamed into blobs/ a moment before its snapshot link appears.
            m_report.notes.append(QStringLiteral("Kept %1: its download is still running").arg(blob));
            m_report.keptDownloads.append(blob);
            advance();
            continue;
        }
        if (!remove(blob, SafeRemover::Kind::File, &m_report.removedBlobs))
            state.blobKept = true;
    }
    return true;
}

bool DeletionRun::removeRepoFolder(const DeletionPlan::RepoItem &item, const RepoState &state)
{
    if (!item.wholeRepo)
        return true;
    if (stopped())
        return false;
    if (state.snapshotKept || state.blobKept || !state.refsLeft.isEmpty()) {
        m_report.notes.append(QStringLiteral("Kept %1: part of it could not be removed").arg(item.repoPath));
        advance();
        return true;
    }
    if (const QString running = runningDownloadIn(m_plan.cacheDir, item.repoPath); !running.isEmpty()) {
        m_report.notes.append(QStringLiteral("Kept %1: a download into it is running (%2)").arg(item.repoPath, running));
        m_report.keptDownloads.append(running);
        advance();
        return true;
    }
    remove(item.repoPath, SafeRemover::Kind::Repo, &m_report.removedRepos);
    return true;
}

bool DeletionRun::sweepPayloads()
{
    if (!m_hasStore)
        return true;
    QStringList sorted(m_payloadsToSweep.cbegin(), m_payloadsToSweep.cend());
    sorted.sort();
    for (const QString &hash : std::as_const(sorted)) {
        if (stopped())
            return false;
        sweep(hash);
    }
    for (const QString &hash : m_plan.unreferencedPayloads) {
        if (stopped())
            return false;
        if (!m_payloadsToSweep.contains(hash))
            sweep(hash);
    }
    return true;
}

void DeletionRun::sweep(const QString &hash)
{
    const auto result = m_store.sweep(
        hash, [this] { return canceledNow(); }, m_inUse.isEmpty() ? nullptr : &m_inUse);
    using Outcome = SharedBlobStore::SweepResult::Outcome;
    switch (result.outcome) {
    case Outcome::Removed:
        m_report.removedPayloads.append(hash);
        m_report.freedBytes += result.freedBytes;
        m_report.sharedBytes += result.sharedBytes;
        heldOpen(result.heldBytes, result.heldBy);
        break;
    case Outcome::Kept:
    case Outcome::NotAPayload:
        break;
    case Outcome::KeptUnknownManifest:
        m_report.notes.append(QStringLiteral("Kept shared blob %1: its manifest is missing or unreadable").arg(m_store.payloadPath(hash)));
        break;
    case Outcome::LockBusy:
        m_report.notes.append(result.message);
        break;
    case Outcome::Failed:
        m_report.errors.append(result.message);
        break;
    }
    advance();
}

bool DeletionRun::removeStoreLeftovers()
{
    if (!m_hasStore)
        return true;
    for (const QString &hash : m_plan.storeLeftoverHashes) {
        if (stopped())
            return false;
        const auto result = m_store.removeLeftovers(hash, &m_report.removedStoreLeftovers, [this] { return canceledNow(); });
        m_report.freedBytes += result.freedBytes;
        m_report.sharedBytes += result.sharedBytes;
        using Outcome = SharedBlobStore::SweepResult::Outcome;
        if (result.outcome == Outcome::LockBusy)
            m_report.notes.append(result.message);
        else if (result.outcome == Outcome::Failed)
            m_report.errors.append(result.message);
        advance();
    }
    return true;
}

bool DeletionRun::removeIncompleteFiles()
{
    for (const QString &file : m_plan.incompleteFiles) {
        if (stopped())
            return false;
        if (isDownloadRunning(m_plan.cacheDir, file)) {
            m_report.notes.append(QStringLiteral("Kept %1: its download is still running").arg(file));
            m_report.keptDownloads.append(file);
            advance();
            continue;
        }
        remove(file, SafeRemover::Kind::File, &m_report.removedIncompleteFiles);
    }
    return true;
}

bool DeletionRun::removeEmptyFolders()
{
    for (const QString &folder : m_plan.emptyFolders) {
        if (stopped())
            return false;
        removeEmptyFolderAndParents(folder);
        advance();
    }
    return true;
}

void DeletionRun::removeEmptyFolderAndParents(QString folder)
{
    // "<repo>/snapshots/<hash>/a/b": only what lies below a snapshot folder of this cache.
    const auto insideSnapshot = [this](const QString &path) {
        if (!path.startsWith(m_plan.cacheDir + u'/'))
            return false;
        const QStringList parts = path.mid(m_plan.cacheDir.size() + 1).split(u'/');
        return parts.size() > 3 && parts.at(1) == u"snapshots" && !parts.contains(QStringLiteral("..")) && !parts.contains(u".") &&
               !parts.contains(QString());
    };
    while (insideSnapshot(folder)) {
        const SafeRemover::Result result = m_remover.removeEmptyFolder(folder);
        if (result.status == SafeRemover::Status::Failed) {
            m_report.notes.append(result.message);
            return;
        }
        if (result.status != SafeRemover::Status::Removed)
            return; // not empty (a file came back), not a folder, or already gone
        m_report.removedEmptyFolders.append(folder);
        folder = folder.section(u'/', 0, -2);
    }
}

DeletionReport DeletionRun::finish()
{
    const QSet<RevisionKey> removed(m_report.removedRevisions.cbegin(), m_report.removedRevisions.cend());
    for (const DeletionReport::PartlyRemoved &partly : std::as_const(m_begun))
        if (!removed.contains(partly.revision))
            m_report.partlyRemovedRevisions.append(partly);
    qCInfo(lcDelete) << "deletion" << (m_report.canceled ? "stopped:" : "done:") << m_report.freedBytes << "bytes freed,"
                     << m_report.removedRevisions.size() << "of" << m_report.plannedRevisions << "revisions removed,"
                     << m_report.errors.size() << "errors";
    return m_report;
}

} // namespace hubdeck
