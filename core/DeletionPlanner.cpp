// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DeletionPlanner.h"

#include "HfHome.h"
#include "HubUri.h"
#include "internal/CredentialFiles.h"
#include "Logging.h"
#include "PosixFs.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <fcntl.h>

namespace hubdeck {

namespace {

bool isCommitHash(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-fA-F]{40}$"));
    return pattern.match(text).hasMatch();
}

// Builds one DeletionPlan repo by repo, in the order it will run (DeletionPlan.h), and counts
// what each removal gives back as it goes: a file's bytes once its last name is in the plan.
class PlanBuilder
{
public:
    PlanBuilder(const CacheScan &scan, DeletionPlan &plan)
        : m_scan(scan)
        , m_plan(plan)
        , m_cachePrefix(scan.cacheDir + u'/')
    {}

    // selected: the revisions named; whole: the repo goes whole (all its revisions, named or
    // not); refusal: why nothing of it may go, or empty.
    void addRepo(const CachedRepo &repo, const QList<const CachedRevision *> &selected, bool whole, const QString &refusal,
                 bool unreferencedBlobs)
    {
        DeletionPlan::RepoItem item;
        item.cacheId = repo.cacheId();
        item.repoPath = repo.repoPath;
        item.repoFolder = repo.folderName;
        item.wholeRepo = whole;
        item.emptyRepo = repo.isEmpty();
        item.refusal = refusal;
        item.sizeOnDisk = repo.sizeOnDisk;
        if (item.isRefused()) {
            for (const CachedRevision *revision : selected)
                item.revisions.append({revision->commitHash, revision->refs, revision->sizeOnDisk, repo.snapshotPath(*revision), {}, {}});
            m_plan.refused.append(QStringLiteral("%1: %2").arg(repo.repoPath, item.refusal));
            m_plan.items.append(std::move(item));
            return;
        }
        // Blob users among the revisions that stay on disk until their turn: a blob goes right
        // after the last snapshot (in execution order) that links to it.
        QList<int> remainingUsers(repo.blobs.size(), 0);
        for (const CachedRevision &revision : repo.revisions)
            for (int blob : distinctBlobs(revision))
                ++remainingUsers[blob];
        // A whole repo's revisions all go, also those not named (a repo target, an empty repo).
        QList<const CachedRevision *> going = selected;
        if (item.wholeRepo) {
            going.clear();
            for (const CachedRevision &revision : repo.revisions)
                going.append(&revision);
        }
        for (const CachedRevision *revision : std::as_const(going))
            item.revisions.append(revisionItem(repo, *revision, item, remainingUsers));
        // A repo being edited loses its unreferenced blobs too: they are what a stopped deletion
        // leaves, and re-running the same `cache rm` must finish it.
        if (item.wholeRepo || unreferencedBlobs || !selected.isEmpty()) {
            for (const CachedBlob &blob : repo.unreferencedBlobs) {
                const QString path = repo.blobPath(blob);
                item.unreferencedBlobs.append(path);
                m_plan.unreferencedBlobsSize += unlink(item, blob, path);
            }
        }
        addToLists(item);
        m_plan.expectedFreedSize += item.freedSize;
        m_plan.expectedFreedOnDisk += item.freedOnDisk;
        m_plan.items.append(std::move(item));
    }

    // Removes the files at `paths` from every revision of the repo that has them: the snapshot
    // entries, then the <repo>/blobs/ entries no kept entry links to any more. going: the
    // revisions that have one of them (for the refusal).
    void addFiles(const CachedRepo &repo, const QSet<QString> &paths, const QString &refusal)
    {
        DeletionPlan::RepoItem item;
        item.cacheId = repo.cacheId();
        item.repoPath = repo.repoPath;
        item.repoFolder = repo.folderName;
        item.refusal = refusal;
        item.sizeOnDisk = repo.sizeOnDisk;
        // A blob stays while any entry that is kept links to it: another path of the same
        // revision, or the same path in no revision (a file is named by its path, in all of them).
        QList<int> keptUsers(repo.blobs.size(), 0);
        QList<std::pair<const CachedRevision *, const CachedFile *>> going;
        for (const CachedRevision &revision : repo.revisions) {
            for (const CachedFile &file : revision.files) {
                if (paths.contains(file.relativePath))
                    going.append({&revision, &file});
                else if (file.blob >= 0)
                    ++keptUsers[file.blob];
            }
        }
        QSet<int> blobsGoing;
        for (const auto &[revision, file] : std::as_const(going)) {
            const CachedBlob &blob = repo.blobs[file->blob];
            DeletionPlan::FileItem entry{revision->commitHash, file->relativePath, repo.filePath(*revision, *file), blob.size, false};
            if (item.isRefused()) {
                item.files.append(entry);
                continue;
            }
            if (blob.location == CachedBlob::Location::InSnapshot && blob.path() == entry.path) {
                unlink(item, blob, entry.path); // a copied file (no symlinks): the entry is the blob
            } else if (blob.location == CachedBlob::Location::RepoBlobs && keptUsers[file->blob] == 0) {
                if (!blobsGoing.contains(file->blob)) {
                    blobsGoing.insert(file->blob);
                    const QString path = repo.blobPath(blob);
                    item.fileBlobs.append(path);
                    unlink(item, blob, path);
                }
            } else {
                // Still used, or not a blob HubDeck removes (a link elsewhere in the repo or
                // out of it): the link goes, its target stays and nothing is freed.
                entry.blobKept = true;
            }
            item.files.append(entry);
        }
        if (item.isRefused()) {
            m_plan.refused.append(QStringLiteral("%1: %2").arg(repo.repoPath, item.refusal));
            m_plan.items.append(std::move(item));
            return;
        }
        // As for revisions: what a stopped run left (blobs no snapshot links to) goes with the
        // next edit of the repo.
        for (const CachedBlob &blob : repo.unreferencedBlobs) {
            const QString path = repo.blobPath(blob);
            item.unreferencedBlobs.append(path);
            m_plan.unreferencedBlobsSize += unlink(item, blob, path);
        }
        for (const DeletionPlan::FileItem &entry : std::as_const(item.files))
            m_plan.files.append(entry.path);
        m_plan.blobs += item.fileBlobs;
        m_plan.unreferencedBlobs += item.unreferencedBlobs;
        m_plan.expectedFreedSize += item.freedSize;
        m_plan.expectedFreedOnDisk += item.freedOnDisk;
        m_plan.items.append(std::move(item));
    }

    // The shared payloads whose links go: each freed only when every live link to it goes.
    void addSharedPayloads()
    {
        for (int index : std::as_const(m_touchedPayloads)) {
            if (index < 0)
                continue;
            const SharedPayload &payload = m_scan.sharedPayloads[index];
            m_plan.sharedPayloads.append(payload.hash);
            if (payload.manifest != SharedPayload::Manifest::Readable || payload.validReferences.isEmpty())
                continue;
            const bool allGo = std::all_of(payload.validReferences.cbegin(), payload.validReferences.cend(),
                                           [&](const QString &ref) { return m_unlinkedRelative.contains(ref); });
            if (!allGo)
                continue;
            m_plan.sharedFreedSize += payload.size;
            m_plan.expectedFreedOnDisk += payload.allocated;
            m_plan.sharedPayloadsRemoved.append(payload.hash);
            const qsizetype owner = m_unlinkedRelative.value(payload.validReferences.first());
            const bool oneItem = std::all_of(payload.validReferences.cbegin(), payload.validReferences.cend(),
                                             [&](const QString &ref) { return m_unlinkedRelative.value(ref) == owner; });
            if (oneItem) {
                m_plan.items[owner].sharedFreedSize += payload.size;
                m_plan.items[owner].sharedFreedOnDisk += payload.allocated;
            }
        }
        m_plan.expectedFreedSize += m_plan.sharedFreedSize;
    }

    void addCorrupted(const QSet<QString> &paths)
    {
        for (const CorruptedRepo &corrupted : m_scan.corrupted) {
            // An HF_HOME's token or other cache is never planned, whoever selected it.
            if (!paths.contains(corrupted.path) || !corrupted.deletable)
                continue;
            m_plan.repos.append(corrupted.path);
            DeletionPlan::RepoItem item;
            item.repoPath = corrupted.path;
            item.repoFolder = corrupted.path.section(u'/', -1);
            item.wholeRepo = true;
            item.corrupted = true;
            item.reason = corrupted.message;
            item.freedSize = corrupted.sizeOnDisk;
            item.freedOnDisk = corrupted.allocated;
            item.sizeOnDisk = corrupted.sizeOnDisk;
            m_plan.expectedFreedSize += corrupted.sizeOnDisk;
            m_plan.expectedFreedOnDisk += corrupted.allocated;
            m_plan.items.append(std::move(item));
        }
    }

    // What belongs to no repo: partial downloads, unreferenced payloads, the store's leftovers.
    void addCacheLeftovers(const DeletionPlanner::Selection &selection)
    {
        if (selection.incompleteFiles) {
            for (const IncompleteFile &file : m_scan.incompleteFiles) {
                m_plan.incompleteFiles.append(file.path);
                m_plan.incompleteSize += file.size;
                m_plan.expectedFreedOnDisk += file.allocated;
            }
            m_plan.expectedFreedSize += m_plan.incompleteSize;
        }
        if (selection.unreferencedPayloads) {
            for (const SharedPayload &payload : m_scan.sharedPayloads) {
                if (!payload.isReclaimable())
                    continue;
                m_plan.unreferencedPayloads.append(payload.hash);
                m_plan.unreferencedSharedSize += payload.size;
                m_plan.expectedFreedOnDisk += payload.allocated;
            }
            m_plan.expectedFreedSize += m_plan.unreferencedSharedSize;
        }
        if (selection.storeLeftovers) {
            for (const StoreLeftover &leftover : m_scan.storeLeftovers) {
                m_plan.storeLeftovers.append(leftover.path);
                if (!m_plan.storeLeftoverHashes.contains(leftover.hash))
                    m_plan.storeLeftoverHashes.append(leftover.hash);
                m_plan.storeLeftoversSize += leftover.size;
                m_plan.expectedFreedOnDisk += leftover.allocated;
            }
            m_plan.expectedFreedSize += m_plan.storeLeftoversSize;
        }
    }

    // The empty folders in the repo's snapshots, but for revisions that go (going), whose tree
    // goes whole, and for anything reached through a link: its folders are not the cache's.
    void addEmptyFolders(const CachedRepo &repo, const QSet<RevisionKey> &going)
    {
        if (!repo.linkedFolders.isEmpty())
            return;
        for (const CachedRevision &revision : repo.revisions) {
            if (revision.isLink || going.contains(repo.key(revision)))
                continue;
            for (const QString &folder : revision.emptyFolders)
                m_plan.emptyFolders.append(repo.snapshotPath(revision) + u'/' + folder);
        }
    }

    void sortLists()
    {
        for (QStringList *list : {&m_plan.repos, &m_plan.snapshots, &m_plan.files, &m_plan.refs, &m_plan.blobs, &m_plan.unreferencedBlobs,
                                  &m_plan.sharedPayloads, &m_plan.sharedPayloadsRemoved, &m_plan.unreferencedPayloads,
                                  &m_plan.incompleteFiles, &m_plan.storeLeftovers, &m_plan.storeLeftoverHashes, &m_plan.emptyFolders}) {
            list->sort();
            list->removeDuplicates();
        }
    }

private:
    static QList<int> distinctBlobs(const CachedRevision &revision)
    {
        QSet<int> distinct;
        for (const CachedFile &file : revision.files)
            distinct.insert(file.blob);
        QList<int> blobs(distinct.cbegin(), distinct.cend());
        std::sort(blobs.begin(), blobs.end());
        return blobs;
    }

    DeletionPlan::RevisionItem revisionItem(const CachedRepo &repo, const CachedRevision &revision, DeletionPlan::RepoItem &item,
                                            QList<int> &remainingUsers)
    {
        DeletionPlan::RevisionItem entry;
        entry.commitHash = revision.commitHash;
        entry.refs = revision.refs;
        entry.sizeOnDisk = revision.sizeOnDisk;
        entry.snapshotPath = repo.snapshotPath(revision);
        for (const QString &ref : revision.refs)
            entry.refPaths.append(repo.repoPath + QStringLiteral("/refs/") + ref);
        for (int index : distinctBlobs(revision)) {
            const CachedBlob &blob = repo.blobs[index];
            --remainingUsers[index];
            if (blob.location == CachedBlob::Location::InSnapshot && blob.path().startsWith(entry.snapshotPath + u'/')) {
                unlink(item, blob, blob.path()); // goes with its folder
                continue;
            }
            if (blob.location == CachedBlob::Location::ElsewhereInRepo && item.wholeRepo && remainingUsers[index] == 0) {
                unlink(item, blob, blob.path()); // goes with the repo folder
                continue;
            }
            // Only <repo>/blobs/ entries are ever deleted as blobs.
            if (blob.location != CachedBlob::Location::RepoBlobs || remainingUsers[index] > 0)
                continue;
            const QString path = repo.blobPath(blob);
            entry.blobs.append(path);
            unlink(item, blob, path);
        }
        return entry;
    }

    // Returns the bytes this name's removal gives back (the file's, when it is its last name),
    // and adds them to the item's freedSize.
    qint64 unlink(DeletionPlan::RepoItem &item, const CachedBlob &blob, const QString &path)
    {
        if (blob.isSharedLink()) {
            m_unlinkedRelative.insert(path.mid(m_cachePrefix.size()), m_plan.items.size()); // the item being built
            if (const QString &hash = m_scan.sharedPayloads[blob.sharedPayload].hash; !item.sharedPayloads.contains(hash))
                item.sharedPayloads.append(hash);
            m_touchedPayloads.insert(blob.sharedPayload);
            return 0;
        }
        if (blob.isLink || m_goingPaths.contains(path))
            return 0; // removing a link frees nothing of what it leads to
        m_goingPaths.insert(path);
        qint64 freed = blob.freeableSize();
        qint64 allocated = blob.freeableAllocated();
        if (blob.inode != 0) {
            Names &names = m_goingFiles[std::pair(blob.device, blob.inode)];
            ++names.going;
            freed = 0;
            allocated = 0;
            if (!names.counted && names.going >= std::max<quint32>(blob.links, 1)) {
                names.counted = true;
                freed = blob.size;
                allocated = blob.allocatedSize();
            }
        }
        item.freedSize += freed;
        item.freedOnDisk += allocated;
        return freed;
    }

    void addToLists(const DeletionPlan::RepoItem &item)
    {
        if (item.wholeRepo) {
            m_plan.repos.append(item.repoPath);
            return;
        }
        for (const DeletionPlan::RevisionItem &entry : item.revisions) {
            m_plan.snapshots.append(entry.snapshotPath);
            m_plan.refs += entry.refPaths;
            m_plan.blobs += entry.blobs;
        }
        m_plan.unreferencedBlobs += item.unreferencedBlobs;
    }

    const CacheScan &m_scan;
    DeletionPlan &m_plan;
    const QString m_cachePrefix;
    // Repo blob links being removed, cache-relative, to decide which shared payloads go, with
    // the index in m_plan.items of the item removing each.
    QHash<QString, qsizetype> m_unlinkedRelative;
    QSet<int> m_touchedPayloads;
    // Files by (device, inode): the names of each that this plan removes. A file's bytes come
    // back when its last name goes, so it counts once every one of its st_nlink names is in
    // the plan: two hard links of one blob, both going, free it; one of the two frees nothing.
    struct Names
    {
        quint32 going = 0;
        bool counted = false;
    };
    QHash<std::pair<quint64, quint64>, Names> m_goingFiles;
    QSet<QString> m_goingPaths; // a name is counted once, however many items reach it
};

} // namespace

DeletionPlanner::DeletionPlanner(const CacheScan &scan)
    : m_scan(scan)
{
    auto credentials = std::make_shared<CredentialFiles>(CredentialFiles::of(HfHome::locate()));
    if (credentials->anyWithin(scan.cacheDir))
        m_credentials = std::move(credentials);
}

QString DeletionPlanner::revisionUri(const CachedRepo &repo, const QString &commitHash)
{
    const QString prefix = repo.type == RepoType::Model ? QString() : repoTypeFolderPrefix(repo.type) + u'/';
    return QStringLiteral("hf://") + prefix + repo.repoId + u'@' + commitHash;
}

DeletionPlanner::Selection DeletionPlanner::resolveTargets(const QStringList &targets) const
{
    Selection selection;
    QHash<QString, QList<RevisionKey>> revisionsByLowerHash;
    QHash<QString, int> repoByLowerId;
    for (int i = 0; i < m_scan.repos.size(); ++i) {
        const CachedRepo &repo = m_scan.repos[i];
        repoByLowerId.insert(repo.cacheId().toLower(), i);
        for (const CachedRevision &revision : repo.revisions)
            revisionsByLowerHash[revision.commitHash.toLower()].append(repo.key(revision));
    }
    // As in hf: file targets make a command of their own, never mixed with repos or revisions.
    bool anyFile = false;
    bool allFiles = true;
    for (const QString &raw : targets) {
        const QString target = raw.trimmed();
        if (target.isEmpty())
            continue;
        const std::optional<HubUri> uri = HubUri::looksLikeUri(target) ? HubUri::parse(target, nullptr) : std::nullopt;
        const bool isFile = uri && !uri->pathInRepo.isEmpty();
        anyFile = anyFile || isFile;
        allFiles = allFiles && isFile;
    }
    if (anyFile) {
        if (allFiles)
            resolveFiles(targets, repoByLowerId, selection);
        else
            selection.invalidTargets.append(QStringLiteral("File targets cannot be mixed with repository or revision targets."));
        return selection;
    }
    for (const QString &raw : targets) {
        const QString target = raw.trimmed();
        if (target.isEmpty())
            continue;
        if (isCommitHash(target)) {
            const QList<RevisionKey> matches = revisionsByLowerHash.value(target.toLower());
            if (matches.isEmpty()) {
                selection.missingTargets.append(raw);
            } else if (matches.size() == 1) {
                selection.revisions.insert(matches.first());
            } else {
                // The same commit cached under two names (a repo renamed on the Hub): guessing
                // would delete a revision the user may still use under its other name.
                QStringList uris;
                for (const RevisionKey &key : matches)
                    uris.append(revisionUri(m_scan.repos[m_scan.repoIndexForFolder(key.repoFolder)], key.commitHash));
                uris.sort();
                selection.invalidTargets.append(QStringLiteral("%1: this revision is cached in %2 repos; name the one to remove: %3")
                                                    .arg(raw)
                                                    .arg(matches.size())
                                                    .arg(uris.join(QStringLiteral(" or "))));
            }
            continue;
        }
        if (HubUri::looksLikeUri(target)) {
            resolveUri(raw, target, repoByLowerId, selection);
            continue;
        }
        if (const auto it = repoByLowerId.constFind(target.toLower()); it != repoByLowerId.cend()) {
            selectWholeRepo(*it, selection);
            continue;
        }
        if (const CorruptedRepo *leftover = corruptedForCacheId(target)) {
            selection.corruptedPaths.insert(leftover->path);
            continue;
        }
        // A corrupted entry, by absolute path or by its folder name.
        const QString asPath = QDir::cleanPath(QDir::isAbsolutePath(target) ? target : m_scan.cacheDir + u'/' + target);
        const auto corrupted =
            std::find_if(m_scan.corrupted.cbegin(), m_scan.corrupted.cend(), [&](const CorruptedRepo &c) { return c.path == asPath; });
        if (corrupted != m_scan.corrupted.cend() && !corrupted->deletable)
            selection.invalidTargets.append(
                QStringLiteral("%1: not a repo but part of an HF_HOME (credentials or another cache); it is never deleted").arg(raw));
        else if (corrupted != m_scan.corrupted.cend())
            selection.corruptedPaths.insert(corrupted->path);
        else
            selection.missingTargets.append(raw);
    }
    return selection;
}

void DeletionPlanner::resolveFiles(const QStringList &targets, const QHash<QString, int> &repoByLowerId, Selection &selection) const
{
    for (const QString &raw : targets) {
        const QString target = raw.trimmed();
        if (target.isEmpty())
            continue;
        const HubUri uri = *HubUri::parse(target, nullptr); // resolveTargets parsed each already
        const QString &path = uri.pathInRepo;
        if (uri.revision) {
            selection.invalidTargets.append(QStringLiteral("%1: revisions in hf:// file URIs are not supported; drop '@%2' to delete the "
                                                           "file from all cached revisions")
                                                .arg(raw, *uri.revision));
            continue;
        }
        const auto it = repoByLowerId.constFind(uri.cacheId().toLower());
        if (it == repoByLowerId.cend()) {
            const CorruptedRepo *corrupted = corruptedForCacheId(uri.cacheId());
            if (!corrupted) {
                selection.missingTargets.append(raw);
                continue;
            }
            const auto broken =
                std::find_if(corrupted->missingBlobs.cbegin(), corrupted->missingBlobs.cend(), [&](const CorruptedRepo::MissingBlob &m) {
                    return m.filePath == corrupted->path + QStringLiteral("/snapshots/") + m.commitHash + u'/' + path;
                });
            if (broken != corrupted->missingBlobs.cend())
                selection.invalidTargets.append(
                    QStringLiteral("%1: is a broken link (%2 is missing), so the scan sets %3 aside as corrupted; "
                                   "download the file again, or remove the repo with `cache rm %3`")
                        .arg(raw, broken->blobPath, corrupted->cacheId));
            else
                selection.invalidTargets.append(QStringLiteral("%1: %2 is set aside as corrupted (%3); remove it with `cache rm %2`")
                                                    .arg(raw, corrupted->cacheId, corrupted->message));
            continue;
        }
        const CachedRepo &repo = m_scan.repos[*it];
        bool found = false;
        bool folder = false;
        const QString folderPrefix = path + u'/';
        for (const CachedRevision &revision : repo.revisions) {
            for (const CachedFile &file : revision.files) {
                found = found || file.relativePath == path;
                folder = folder || file.relativePath.startsWith(folderPrefix);
            }
        }
        if (found)
            selection.files[repo.folderName].insert(path);
        else if (folder)
            selection.invalidTargets.append(
                QStringLiteral("%1: is a folder of %2; name each file to remove (folders are not removed whole)").arg(raw, repo.cacheId()));
        else
            selection.missingTargets.append(raw);
    }
}

const CorruptedRepo *DeletionPlanner::corruptedForCacheId(const QString &cacheId) const
{
    // Any repo-named entry the scan set aside (a broken link, a file in snapshots/, a ref to a
    // missing commit...) is shown under its id, so it is named by it: the exact spelling
    // first, then ignoring case as repo ids are.
    const CorruptedRepo *folded = nullptr;
    for (const CorruptedRepo &corrupted : m_scan.corrupted) {
        if (corrupted.cacheId.isEmpty() || !corrupted.deletable)
            continue;
        if (corrupted.cacheId == cacheId)
            return &corrupted;
        if (!folded && corrupted.cacheId.compare(cacheId, Qt::CaseInsensitive) == 0)
            folded = &corrupted;
    }
    return folded;
}

void DeletionPlanner::selectWholeRepo(int repo, Selection &selection) const
{
    const CachedRepo &r = m_scan.repos[repo];
    selection.repoFolders.insert(r.folderName);
    for (const CachedRevision &revision : r.revisions)
        selection.revisions.insert(r.key(revision));
}

void DeletionPlanner::resolveUri(const QString &raw, const QString &target, const QHash<QString, int> &repoByLowerId,
                                 Selection &selection) const
{
    QString error;
    const std::optional<HubUri> uri = HubUri::parse(target, &error);
    if (!uri) {
        selection.invalidTargets.append(QStringLiteral("%1: %2").arg(raw, error));
        return;
    }
    const auto it = repoByLowerId.constFind(uri->cacheId().toLower());
    if (it == repoByLowerId.cend()) {
        if (const CorruptedRepo *leftover = uri->revision ? nullptr : corruptedForCacheId(uri->cacheId()))
            selection.corruptedPaths.insert(leftover->path);
        else
            selection.missingTargets.append(raw);
        return;
    }
    if (!uri->revision) {
        selectWholeRepo(*it, selection);
        return;
    }
    const CachedRepo &repo = m_scan.repos[*it];
    // huggingface_hub only takes repo-level URIs here; a revision is a commit hash or one of
    // the repo's refs ("main", "refs/pr/1": downloads keep a revision's name as its ref file).
    const auto revision = std::find_if(repo.revisions.cbegin(), repo.revisions.cend(), [&](const CachedRevision &candidate) {
        return candidate.commitHash.compare(*uri->revision, Qt::CaseInsensitive) == 0 || candidate.refs.contains(*uri->revision);
    });
    if (revision == repo.revisions.cend())
        selection.missingTargets.append(raw);
    else
        selection.revisions.insert(repo.key(*revision));
}

DeletionPlanner::Selection DeletionPlanner::pruneSelection() const
{
    Selection selection;
    for (const CachedRepo &repo : m_scan.repos)
        for (const CachedRevision &revision : repo.revisions)
            if (revision.isDetached())
                selection.revisions.insert(repo.key(revision));
    selection.incompleteFiles = true;
    selection.unreferencedPayloads = true;
    selection.unreferencedBlobs = true;
    selection.emptyRepos = true;
    selection.storeLeftovers = true;
    selection.emptyFolders = true;
    return selection;
}

QString DeletionPlanner::refusalFor(const CachedRepo &repo, const QList<const CachedRevision *> &going) const
{
    QStringList parts;
    for (const QString &part : repo.linkedFolders) {
        const QString path = part == u"." ? repo.repoPath : repo.repoPath + u'/' + part;
        const auto target = PosixFs::readLink(AT_FDCWD, FileName::encode(path));
        parts.append(QStringLiteral("%1 is a link to %2")
                         .arg(part == u"." ? QStringLiteral("the repo folder") : part + u'/',
                              target ? FileName::decode(*target) : QStringLiteral("?")));
    }
    // Found here, not when the snapshot's turn comes: the plan (dry run, confirmation) must say
    // up front what the run will refuse, and the run must do what the plan says.
    for (const CachedRevision *revision : going) {
        if (!revision->isLink)
            continue;
        const auto target = PosixFs::readLink(AT_FDCWD, FileName::encode(repo.snapshotPath(*revision)));
        parts.append(QStringLiteral("snapshots/%1 is a link to %2")
                         .arg(revision->commitHash, target ? FileName::decode(*target) : QStringLiteral("?")));
    }
    // HF_TOKEN_PATH inside a repo folder: whatever of the repo goes, the token never does.
    if (m_credentials)
        if (const QString held = m_credentials->heldBy({repo.repoPath}); !held.isEmpty())
            return QStringLiteral("not deleted: it holds your access token %1; HubDeck never deletes it").arg(held);
    if (parts.isEmpty())
        return {};
    return QStringLiteral("not deleted: %1; HubDeck never deletes through a link (removing it would free nothing and leave the "
                          "data where no scan finds it). Delete the link's target yourself, or move the repo back into the cache.")
        .arg(parts.join(QStringLiteral(", ")));
}

DeletionPlan DeletionPlanner::plan(const Selection &selection) const
{
    DeletionPlan plan;
    plan.cacheDir = m_scan.cacheDir;
    plan.missingTargets = selection.missingTargets;
    PlanBuilder builder(m_scan, plan);

    QList<const CachedRepo *> ordered;
    for (const CachedRepo &repo : m_scan.repos)
        ordered.append(&repo);
    std::sort(ordered.begin(), ordered.end(), [](const CachedRepo *a, const CachedRepo *b) {
        return std::tuple(int(a->type), a->repoId.toLower(), a->folderName) < std::tuple(int(b->type), b->repoId.toLower(), b->folderName);
    });
    if (!selection.files.isEmpty()) {
        for (const CachedRepo *repo : std::as_const(ordered)) {
            const auto files = selection.files.constFind(repo->folderName);
            if (files == selection.files.cend())
                continue;
            QList<const CachedRevision *> having;
            for (const CachedRevision &revision : repo->revisions)
                if (std::any_of(revision.files.cbegin(), revision.files.cend(),
                                [&](const CachedFile &file) { return files->contains(file.relativePath); }))
                    having.append(&revision);
            builder.addFiles(*repo, *files, refusalFor(*repo, having));
            // A stopped removal of these files may have left emptied folders in their revisions.
            builder.addEmptyFolders(*repo, {});
        }
        builder.addSharedPayloads();
        builder.sortLists();
        return plan;
    }
    for (const CachedRepo *repo : std::as_const(ordered)) {
        QList<const CachedRevision *> selected;
        QList<const CachedRevision *> all;
        for (const CachedRevision &revision : repo->revisions) {
            all.append(&revision);
            if (selection.revisions.contains(repo->key(revision)))
                selected.append(&revision);
        }
        const bool wholeByTarget = selection.repoFolders.contains(repo->folderName);
        const bool empty = repo->isEmpty() && (wholeByTarget || selection.emptyRepos);
        const bool unreferenced = selection.unreferencedBlobs && !repo->unreferencedBlobs.isEmpty();
        if (selected.isEmpty() && !empty && !unreferenced)
            continue;
        const bool whole = wholeByTarget || empty || (!selected.isEmpty() && selected.size() == repo->revisions.size());
        builder.addRepo(*repo, selected, whole, refusalFor(*repo, whole ? all : selected), selection.unreferencedBlobs);
    }
    builder.addSharedPayloads();
    builder.addCorrupted(selection.corruptedPaths);
    builder.addCacheLeftovers(selection);
    if (selection.emptyFolders)
        for (const CachedRepo *repo : std::as_const(ordered))
            builder.addEmptyFolders(*repo, selection.revisions);
    builder.sortLists();
    return plan;
}

} // namespace hubdeck
