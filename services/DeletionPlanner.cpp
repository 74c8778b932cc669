#include "DeletionPlanner.h"

#include "HubUri.h"
#include "Logging.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace hubdeck {

namespace {

bool isCommitHash(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-fA-F]{40}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

DeletionPlanner::DeletionPlanner(const CacheScan &scan)
    : m_scan(scan)
{}

DeletionPlanner::Selection DeletionPlanner::resolveTargets(const QStringList &targets) const
{
    Selection selection;
    QHash<QString, QString> revisionByLowerHash;
    QHash<QString, int> repoByLowerId;
    for (int i = 0; i < m_scan.repos.size(); ++i) {
        const CachedRepo &repo = m_scan.repos[i];
        repoByLowerId.insert(repo.cacheId().toLower(), i);
        for (const CachedRevision &revision : repo.revisions)
            revisionByLowerHash.insert(revision.commitHash.toLower(), revision.commitHash);
    }
    for (const QString &raw : targets) {
        const QString target = raw.trimmed();
        if (target.isEmpty())
            continue;
        if (isCommitHash(target)) {
            if (const auto it = revisionByLowerHash.constFind(target.toLower()); it != revisionByLowerHash.cend())
                selection.revisions.insert(*it);
            else
                selection.missingTargets.append(raw);
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

void DeletionPlanner::selectWholeRepo(int repo, Selection &selection) const
{
    for (const CachedRevision &revision : m_scan.repos[repo].revisions)
        selection.revisions.insert(revision.commitHash);
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
    if (!uri->pathInRepo.isEmpty()) {
        selection.invalidTargets.append(
            QStringLiteral("%1: points at a file inside the repo; only a repo or one of its revisions can be removed").arg(raw));
        return;
    }
    const auto it = repoByLowerId.constFind(uri->cacheId().toLower());
    if (it == repoByLowerId.cend()) {
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
        selection.revisions.insert(revision->commitHash);
}

DeletionPlanner::Selection DeletionPlanner::pruneSelection() const
{
    Selection selection;
    for (const CachedRepo &repo : m_scan.repos)
        for (const CachedRevision &revision : repo.revisions)
            if (revision.isDetached())
                selection.revisions.insert(revision.commitHash);
    selection.incompleteFiles = true;
    selection.unreferencedPayloads = true;
    return selection;
}

DeletionPlan DeletionPlanner::plan(const Selection &selection) const
{
    DeletionPlan plan;
    plan.cacheDir = m_scan.cacheDir;
    plan.missingTargets = selection.missingTargets;

    // Repo blob links being removed, cache-relative, to decide which shared payloads go.
    QSet<QString> unlinkedRelative;
    QSet<int> touchedPayloads;
    const QString cachePrefix = m_scan.cacheDir + u'/';

    QList<const CachedRepo *> ordered;
    for (const CachedRepo &repo : m_scan.repos)
        ordered.append(&repo);
    std::sort(ordered.begin(), ordered.end(), [](const CachedRepo *a, const CachedRepo *b) {
        return std::pair(int(a->type), a->repoId.toLower()) < std::pair(int(b->type), b->repoId.toLower());
    });

    for (const CachedRepo *repoPtr : std::as_const(ordered)) {
        const CachedRepo &repo = *repoPtr;
        QList<const CachedRevision *> selected;
        for (const CachedRevision &revision : repo.revisions)
            if (selection.revisions.contains(revision.commitHash))
                selected.append(&revision);
        if (selected.isEmpty())
            continue;

        DeletionPlan::RepoItem item;
        item.cacheId = repo.cacheId();
        item.repoPath = repo.repoPath;
        item.wholeRepo = selected.size() == repo.revisions.size();
        for (const CachedRevision *revision : std::as_const(selected))
            item.revisions.append({revision->commitHash, revision->refs, revision->sizeOnDisk});

        auto unlink = [&](const CachedBlob &blob) {
            if (blob.isSharedLink()) {
                unlinkedRelative.insert(repo.blobPath(blob).mid(cachePrefix.size()));
                touchedPayloads.insert(blob.sharedPayload);
            } else {
                item.freedSize += blob.size;
            }
        };

        if (item.wholeRepo) {
            plan.repos.append(repo.repoPath);
            // The folder goes with everything in it, but a link's target outside the repo stays.
            QSet<int> linked;
            for (const CachedRevision &revision : repo.revisions)
                for (const CachedFile &file : revision.files)
                    linked.insert(file.blob);
            for (int index : std::as_const(linked))
                if (repo.blobs[index].location != CachedBlob::Location::OutsideRepo)
                    unlink(repo.blobs[index]);
        } else {
            QSet<int> kept;
            for (const CachedRevision &revision : repo.revisions)
                if (!selection.revisions.contains(revision.commitHash))
                    for (const CachedFile &file : revision.files)
                        kept.insert(file.blob);
            QSet<int> planned;
            for (const CachedRevision *revision : std::as_const(selected)) {
                const QString snapshot = repo.snapshotPath(*revision);
                plan.snapshots.append(snapshot);
                for (const QString &ref : revision->refs)
                    plan.refs.append(repo.repoPath + QStringLiteral("/refs/") + ref);
                for (const CachedFile &file : revision->files) {
                    const CachedBlob &blob = repo.blobs[file.blob];
                    if (blob.location == CachedBlob::Location::InSnapshot && blob.path.startsWith(snapshot + u'/')) {
                        if (!planned.contains(file.blob)) {
                            planned.insert(file.blob);
                            unlink(blob); // goes with its folder
                        }
                        continue;
                    }
                    // Only <repo>/blobs/ entries are ever deleted as blobs.
                    if (blob.location != CachedBlob::Location::RepoBlobs || kept.contains(file.blob) || planned.contains(file.blob))
                        continue;
                    planned.insert(file.blob);
                    plan.blobs.append(repo.blobPath(blob));
                    unlink(blob);
                }
            }
        }
        plan.expectedFreedSize += item.freedSize;
        plan.items.append(std::move(item));
    }

    for (int index : std::as_const(touchedPayloads)) {
        const SharedPayload &payload = m_scan.sharedPayloads[index];
        plan.sharedPayloads.append(payload.hash);
        // Freed only when every live link to it is in this plan.
        if (payload.manifest != SharedPayload::Manifest::Readable || payload.validReferences.isEmpty())
            continue;
        const bool allGo = std::all_of(payload.validReferences.cbegin(), payload.validReferences.cend(),
                                       [&](const QString &ref) { return unlinkedRelative.contains(ref); });
        if (allGo)
            plan.sharedFreedSize += payload.size;
    }
    plan.expectedFreedSize += plan.sharedFreedSize;

    for (const CorruptedRepo &corrupted : m_scan.corrupted) {
        // An HF_HOME's token or other cache is never planned, whoever selected it.
        if (!selection.corruptedPaths.contains(corrupted.path) || !corrupted.deletable)
            continue;
        plan.repos.append(corrupted.path);
        DeletionPlan::RepoItem item;
        item.repoPath = corrupted.path;
        item.wholeRepo = true;
        item.corrupted = true;
        item.reason = corrupted.message;
        item.freedSize = corrupted.sizeOnDisk;
        plan.expectedFreedSize += corrupted.sizeOnDisk;
        plan.items.append(std::move(item));
    }

    if (selection.incompleteFiles) {
        for (const IncompleteFile &file : m_scan.incompleteFiles) {
            plan.incompleteFiles.append(file.path);
            plan.incompleteSize += file.size;
        }
        plan.expectedFreedSize += plan.incompleteSize;
    }
    if (selection.unreferencedPayloads) {
        for (const SharedPayload &payload : m_scan.sharedPayloads) {
            if (!payload.isReclaimable())
                continue;
            plan.unreferencedPayloads.append(payload.hash);
            plan.unreferencedSharedSize += payload.size;
        }
        plan.expectedFreedSize += plan.unreferencedSharedSize;
    }

    for (QStringList *list :
         {&plan.repos, &plan.snapshots, &plan.refs, &plan.blobs, &plan.sharedPayloads, &plan.unreferencedPayloads, &plan.incompleteFiles}) {
        list->sort();
        list->removeDuplicates();
    }
    return plan;
}

} // namespace hubdeck
