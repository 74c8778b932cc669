// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheScan.h"

#include "DistinctSize.h"

#include <QSet>

#include <algorithm>

namespace hubdeck {

qint64 CacheScan::incompleteSize() const
{
    qint64 total = 0;
    for (const IncompleteFile &file : incompleteFiles)
        total += file.size;
    return total;
}

qint64 CacheScan::physicalSize() const
{
    // Each file once by (device, inode): a blob reached by absolute links from two repos, by two
    // spellings of a folder or by hard links takes its bytes once. Store links are counted
    // through their payload (same identity); a link of blobs/ that leads elsewhere frees nothing.
    DistinctSize size;
    for (const SharedPayload &payload : sharedPayloads)
        size.add(payload.device, payload.inode, payload.size);
    size.add(0, 0, storeLeftoversSize());
    for (const CachedRepo &repo : repos) {
        for (const CachedBlob &blob : repo.blobs)
            if (!blob.isSharedLink())
                size.add(blob);
        for (const CachedBlob &blob : repo.unreferencedBlobs) // on disk all the same, until prune removes them
            if (!blob.isSharedLink() && !blob.isLink)
                size.add(blob);
    }
    return size.total();
}

qint64 CacheScan::reclaimableSharedSize() const
{
    qint64 total = 0;
    for (const SharedPayload &payload : sharedPayloads)
        if (payload.isReclaimable())
            total += payload.size;
    return total;
}

int CacheScan::revisionCount() const
{
    int count = 0;
    for (const CachedRepo &repo : repos)
        count += int(repo.revisions.size());
    return count;
}

qint64 CacheScan::unreferencedBlobsSize() const
{
    qint64 total = 0;
    for (const CachedRepo &repo : repos)
        total += repo.unreferencedSize();
    return total;
}

int CacheScan::unreferencedBlobCount() const
{
    int count = 0;
    for (const CachedRepo &repo : repos)
        count += int(repo.unreferencedBlobs.size());
    return count;
}

qint64 CacheScan::storeLeftoversSize() const
{
    qint64 total = 0;
    for (const StoreLeftover &leftover : storeLeftovers)
        total += leftover.size;
    return total;
}

int CacheScan::emptyRepoCount() const
{
    return int(std::count_if(repos.cbegin(), repos.cend(), [](const CachedRepo &repo) { return repo.isEmpty(); }));
}

int CacheScan::repoIndexForFolder(const QString &folderName) const
{
    for (int i = 0; i < repos.size(); ++i)
        if (repos[i].folderName == folderName)
            return i;
    return -1;
}

int CacheScan::repoIndexForCacheIdExact(const QString &cacheId) const
{
    for (int i = 0; i < repos.size(); ++i)
        if (repos[i].cacheId() == cacheId)
            return i;
    return -1;
}

int CacheScan::repoIndexForCacheId(const QString &cacheId) const
{
    for (int i = 0; i < repos.size(); ++i)
        if (repos[i].cacheId().compare(cacheId, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

} // namespace hubdeck
