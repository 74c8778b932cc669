// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheScanPatcher.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace hubdeck {

void CacheScanPatcher::removeDeletedEntries(CacheScan &scan, const DeletionReport &report)
{
    const QSet<QString> repos(report.removedRepos.cbegin(), report.removedRepos.cend());
    const QSet<QString> snapshots(report.removedSnapshots.cbegin(), report.removedSnapshots.cend());
    scan.repos.removeIf([&](const CachedRepo &repo) { return repos.contains(repo.repoPath); });
    scan.corrupted.removeIf([&](const CorruptedRepo &corrupted) { return repos.contains(corrupted.path); });
    for (CachedRepo &repo : scan.repos)
        repo.revisions.removeIf([&](const CachedRevision &revision) { return snapshots.contains(repo.snapshotPath(revision)); });
    refresh(scan, report);
}

void CacheScanPatcher::recomputeRepo(CachedRepo &repo, const QSet<QString> &removedBlobs)
{
    // Keep only the blobs a remaining revision links to, renumbered. One no revision links to
    // any more but still on disk (a deletion stopped between a snapshot and its blobs) is an
    // unreferenced blob now, as the next scan will say.
    repo.unreferencedBlobs.removeIf([&](const CachedBlob &blob) { return removedBlobs.contains(repo.blobPath(blob)); });
    QList<int> remap(repo.blobs.size(), -1);
    QList<CachedBlob> blobs;
    for (CachedRevision &revision : repo.revisions) {
        for (CachedFile &file : revision.files) {
            if (remap[file.blob] < 0) {
                remap[file.blob] = int(blobs.size());
                blobs.append(repo.blobs[file.blob]);
            }
            file.blob = remap[file.blob];
        }
    }
    for (int i = 0; i < repo.blobs.size(); ++i) {
        const CachedBlob &blob = repo.blobs[i];
        if (remap[i] < 0 && blob.location == CachedBlob::Location::RepoBlobs && !removedBlobs.contains(repo.blobPath(blob)))
            repo.unreferencedBlobs.append(blob);
    }
    std::sort(repo.unreferencedBlobs.begin(), repo.unreferencedBlobs.end(),
              [](const CachedBlob &a, const CachedBlob &b) { return a.name < b.name; });
    repo.blobs = std::move(blobs);
    repo.sizeOnDisk = repo.blobs.isEmpty() ? 0 : repo.distinctBlobsSize();
    repo.updateTimes();
}

void CacheScanPatcher::refresh(CacheScan &scan, const DeletionReport &report)
{
    const QSet<QString> refs(report.removedRefs.cbegin(), report.removedRefs.cend());
    const QSet<QString> incomplete(report.removedIncompleteFiles.cbegin(), report.removedIncompleteFiles.cend());
    const QSet<QString> removedPayloads(report.removedPayloads.cbegin(), report.removedPayloads.cend());
    const QSet<QString> removedBlobs(report.removedBlobs.cbegin(), report.removedBlobs.cend());

    // Payloads: drop the removed ones and renumber the links to the rest.
    QList<int> payloadRemap(scan.sharedPayloads.size(), -1);
    QList<SharedPayload> payloads;
    for (int i = 0; i < scan.sharedPayloads.size(); ++i) {
        if (removedPayloads.contains(scan.sharedPayloads[i].hash))
            continue;
        payloadRemap[i] = int(payloads.size());
        payloads.append(scan.sharedPayloads[i]);
    }
    scan.sharedPayloads = std::move(payloads);

    QSet<QString> liveLinks; // cache-relative repo blob links that still exist
    const qsizetype cachePrefix = scan.cacheDir.size() + 1;
    // Repos that lost single files (`cache rm hf://org/name/PATH`): their revisions' sizes change.
    const QSet<QString> removedFiles(report.removedFiles.cbegin(), report.removedFiles.cend());
    QSet<QString> reposWithFilesGone;
    for (const QString &file : report.removedFiles)
        reposWithFilesGone.insert(scan.cacheDir + u'/' + file.mid(cachePrefix).section(u'/', 0, 0));
    for (CachedRepo &repo : scan.repos) {
        const bool filesGone = reposWithFilesGone.contains(repo.repoPath);
        for (CachedRevision &revision : repo.revisions) {
            revision.refs.removeIf([&](const QString &ref) { return refs.contains(repo.repoPath + QStringLiteral("/refs/") + ref); });
            if (filesGone)
                revision.files.removeIf([&](const CachedFile &file) { return removedFiles.contains(repo.filePath(revision, file)); });
        }
        repo.incompleteFiles.removeIf([&](const IncompleteFile &file) { return incomplete.contains(file.path); });
        recomputeRepo(repo, removedBlobs);
        if (filesGone)
            for (CachedRevision &revision : repo.revisions)
                revision.sizeOnDisk = repo.distinctRevisionSize(revision);
        for (QList<CachedBlob> *list : {&repo.blobs, &repo.unreferencedBlobs}) {
            for (CachedBlob &blob : *list) {
                if (blob.sharedPayload >= 0)
                    blob.sharedPayload = payloadRemap.value(blob.sharedPayload, -1);
                if (blob.isSharedLink())
                    liveLinks.insert(repo.blobPath(blob).mid(cachePrefix));
            }
        }
    }
    // A payload's references lose the links this deletion removed.
    QSet<QString> removedLinks;
    for (const QString &repoPath : report.removedRepos)
        removedLinks.insert(repoPath.mid(cachePrefix) + u'/');
    for (SharedPayload &payload : scan.sharedPayloads) {
        payload.validReferences.removeIf([&](const QString &ref) {
            if (liveLinks.contains(ref))
                return false;
            const QString repoFolder = ref.section(u'/', 0, 0) + u'/';
            return removedLinks.contains(repoFolder) || removedBlobs.contains(scan.cacheDir + u'/' + ref);
        });
    }
    scan.incompleteFiles.removeIf([&](const IncompleteFile &file) { return incomplete.contains(file.path); });
    const QSet<QString> leftovers(report.removedStoreLeftovers.cbegin(), report.removedStoreLeftovers.cend());
    scan.storeLeftovers.removeIf([&](const StoreLeftover &leftover) { return leftovers.contains(leftover.path); });
    scan.sizeOnDisk = scan.physicalSize();
}

} // namespace hubdeck
