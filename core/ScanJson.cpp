// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "ScanJson.h"

#include "DeletionTally.h"
#include "PrintableText.h"

#include <QJsonArray>

namespace hubdeck {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject revisionJson(const CachedRepo &repo, const CachedRevision &revision)
{
    QJsonArray files;
    for (const CachedFile &file : revision.files) {
        const CachedBlob &blob = repo.blobs[file.blob];
        files.append(QJsonObject{
            {QStringLiteral("file_name"), file.fileName().toString()},
            {QStringLiteral("file_path"), repo.filePath(revision, file)},
            {QStringLiteral("blob_path"), repo.blobPath(blob)},
            {QStringLiteral("size_on_disk"), blob.size},
            {QStringLiteral("blob_last_accessed"), blob.lastAccessed},
            {QStringLiteral("blob_last_modified"), blob.lastModified},
        });
    }
    return QJsonObject{
        {QStringLiteral("commit_hash"), revision.commitHash},
        {QStringLiteral("snapshot_path"), repo.snapshotPath(revision)},
        {QStringLiteral("size_on_disk"), revision.sizeOnDisk},
        {QStringLiteral("nb_files"), revision.nbFiles()},
        {QStringLiteral("last_modified"), revision.lastModified},
        {QStringLiteral("refs"), strings(revision.refs)},
        {QStringLiteral("files"), files},
    };
}

QJsonObject repoJson(const CachedRepo &repo, const QList<const CachedRevision *> &revisions)
{
    QJsonArray revisionArray;
    for (const CachedRevision *revision : revisions)
        revisionArray.append(revisionJson(repo, *revision));
    QJsonArray incomplete;
    for (const IncompleteFile &file : repo.incompleteFiles)
        incomplete.append(QJsonObject{{QStringLiteral("file_path"), file.path}, {QStringLiteral("size_on_disk"), file.size}});
    return QJsonObject{
        {QStringLiteral("id"), repo.cacheId()},
        {QStringLiteral("repo_id"), repo.repoId},
        {QStringLiteral("repo_type"), repoTypeName(repo.type)},
        {QStringLiteral("repo_path"), repo.repoPath},
        {QStringLiteral("size_on_disk"), repo.sizeOnDisk},
        {QStringLiteral("nb_files"), repo.nbFiles()},
        {QStringLiteral("last_accessed"), repo.lastAccessed},
        {QStringLiteral("last_modified"), repo.lastModified},
        {QStringLiteral("refs"), strings(repo.refs())},
        {QStringLiteral("revisions"), revisionArray},
        {QStringLiteral("incomplete_files"), incomplete},
    };
}

// Every string in the display form (PrintableText::json): names may hold bytes that are not
// UTF-8, which JSON cannot carry faithfully.
QJsonObject shown(const QJsonObject &raw)
{
    return PrintableText::json(raw).toObject();
}

QJsonObject rawPlan(const DeletionPlan &plan)
{
    QStringList payloadPaths;
    for (const QString &hash : plan.sharedPayloads)
        payloadPaths.append(plan.cacheDir + QStringLiteral("/blobs/") + hash.left(2) + u'/' + hash);
    QStringList unreferencedPaths;
    for (const QString &hash : plan.unreferencedPayloads)
        unreferencedPaths.append(plan.cacheDir + QStringLiteral("/blobs/") + hash.left(2) + u'/' + hash);
    return QJsonObject{
        {QStringLiteral("expected_freed_size"), plan.expectedFreedSize},
        {QStringLiteral("repos"), strings(plan.repos)},
        {QStringLiteral("snapshots"), strings(plan.snapshots)},
        {QStringLiteral("refs"), strings(plan.refs)},
        {QStringLiteral("blobs"), strings(plan.blobs)},
        {QStringLiteral("shared_blobs"), strings(payloadPaths)},
        {QStringLiteral("unreferenced_shared_blobs"), strings(unreferencedPaths)},
        {QStringLiteral("incomplete_files"), strings(plan.incompleteFiles)},
        {QStringLiteral("unreferenced_blobs"), strings(plan.unreferencedBlobs)},
        {QStringLiteral("shared_store_leftovers"), strings(plan.storeLeftovers)},
        {QStringLiteral("missing"), strings(plan.missingTargets)},
        {QStringLiteral("refused"), strings(plan.refused)},
    };
}

} // namespace

QJsonObject ScanJson::scan(const CacheScan &scan, const QList<CacheListQuery::Entry> &entries)
{
    // Entries keep their order; with --revisions, a repo lists only its matching revisions.
    QJsonArray repos;
    for (qsizetype i = 0; i < entries.size();) {
        const CachedRepo *repo = entries[i].repo;
        QList<const CachedRevision *> revisions;
        if (!entries[i].revision) {
            for (const CachedRevision &revision : repo->revisions)
                revisions.append(&revision);
            ++i;
        } else {
            for (; i < entries.size() && entries[i].repo == repo; ++i)
                revisions.append(entries[i].revision);
        }
        repos.append(repoJson(*repo, revisions));
    }
    QJsonArray incomplete;
    for (const IncompleteFile &file : scan.incompleteFiles)
        incomplete.append(QJsonObject{{QStringLiteral("file_path"), file.path}, {QStringLiteral("size_on_disk"), file.size}});
    QJsonArray warnings;
    for (const CorruptedRepo &corrupted : scan.corrupted) {
        QJsonObject warning{{QStringLiteral("path"), corrupted.path},
                            {QStringLiteral("message"), corrupted.message},
                            {QStringLiteral("size_on_disk"), corrupted.sizeOnDisk},
                            {QStringLiteral("deletable"), corrupted.deletable}};
        // The id `cache rm` and `cache verify` take for it (a repo-named entry the scan set aside).
        if (!corrupted.cacheId.isEmpty())
            warning.insert(QStringLiteral("id"), corrupted.cacheId);
        warnings.append(warning);
    }
    QJsonArray unreferenced;
    for (const SharedPayload &payload : scan.sharedPayloads)
        if (payload.isReclaimable())
            unreferenced.append(QJsonObject{{QStringLiteral("path"), payload.path}, {QStringLiteral("size_on_disk"), payload.size}});
    // Beyond the reference: what it does not see, but takes disk space and prune removes.
    QJsonArray leftovers;
    for (const StoreLeftover &leftover : scan.storeLeftovers)
        leftovers.append(QJsonObject{{QStringLiteral("path"), leftover.path}, {QStringLiteral("size_on_disk"), leftover.size}});
    QJsonArray unreferencedBlobs;
    QJsonArray emptyRepos;
    for (const CachedRepo &repo : scan.repos) {
        for (const CachedBlob &blob : repo.unreferencedBlobs)
            unreferencedBlobs.append(QJsonObject{{QStringLiteral("blob_path"), repo.blobPath(blob)},
                                                 {QStringLiteral("repo_path"), repo.repoPath},
                                                 {QStringLiteral("size_on_disk"), blob.isSharedLink() ? 0 : blob.size},
                                                 {QStringLiteral("blob_last_accessed"), blob.lastAccessed},
                                                 {QStringLiteral("blob_last_modified"), blob.lastModified}});
        if (repo.isEmpty())
            emptyRepos.append(QJsonObject{{QStringLiteral("repo_id"), repo.repoId},
                                          {QStringLiteral("repo_type"), repoTypeName(repo.type)},
                                          {QStringLiteral("repo_path"), repo.repoPath}});
    }
    return shown(QJsonObject{
        {QStringLiteral("cache_dir"), scan.cacheDir},
        {QStringLiteral("unreferenced_blobs"), unreferencedBlobs},
        {QStringLiteral("empty_repos"), emptyRepos},
        {QStringLiteral("size_on_disk"), scan.sizeOnDisk},
        {QStringLiteral("repos"), repos},
        {QStringLiteral("incomplete_files"), incomplete},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("shared_store"), QJsonObject{{QStringLiteral("present"), scan.hasSharedStore},
                                                     {QStringLiteral("payloads"), scan.sharedPayloads.size()},
                                                     {QStringLiteral("unreferenced"), unreferenced},
                                                     {QStringLiteral("leftovers"), leftovers}}},
    });
}

QJsonObject ScanJson::plan(const DeletionPlan &plan)
{
    return shown(rawPlan(plan));
}

QJsonObject ScanJson::report(const DeletionPlan &plan, const DeletionReport &report)
{
    QJsonObject object = rawPlan(plan);
    // What happened, measured; the plan's figures above are what was expected.
    const DeletionTally tally = DeletionTally::of(plan, report);
    object.insert(QStringLiteral("freed_size"), report.freedBytes);
    object.insert(QStringLiteral("canceled"), report.canceled);
    object.insert(QStringLiteral("removed"), QJsonObject{{QStringLiteral("repos"), tally.reposRemoved},
                                                         {QStringLiteral("revisions"), tally.revisionsRemoved},
                                                         {QStringLiteral("corrupted_entries"), tally.corruptedRemoved},
                                                         {QStringLiteral("empty_repos"), tally.emptyReposRemoved},
                                                         {QStringLiteral("unreferenced_blobs"), tally.unreferencedBlobsRemoved},
                                                         {QStringLiteral("incomplete_files"), tally.incompleteRemoved},
                                                         {QStringLiteral("shared_blobs"), tally.payloadsRemoved},
                                                         {QStringLiteral("shared_store_leftovers"), tally.storeLeftoversRemoved}});
    object.insert(QStringLiteral("revisions_untouched"), tally.revisionsUntouched);
    // The lists above are the plan; these are what is gone (after a stop, a part of them).
    object.insert(QStringLiteral("removed_paths"),
                  QJsonObject{{QStringLiteral("repos"), strings(report.removedRepos)},
                              {QStringLiteral("snapshots"), strings(report.removedSnapshots)},
                              {QStringLiteral("refs"), strings(report.removedRefs)},
                              {QStringLiteral("blobs"), strings(report.removedBlobs)},
                              {QStringLiteral("incomplete_files"), strings(report.removedIncompleteFiles)},
                              {QStringLiteral("shared_store_leftovers"), strings(report.removedStoreLeftovers)}});
    object.insert(QStringLiteral("kept_downloads"), strings(report.keptDownloads));
    object.insert(QStringLiteral("errors"), strings(report.errors));
    object.insert(QStringLiteral("notes"), strings(report.notes));
    return shown(object);
}

} // namespace hubdeck
