#include "CacheScan.h"

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
    qint64 total = 0;
    QSet<QString> outsideSeen;
    for (const CachedRepo &repo : repos) {
        for (const CachedBlob &blob : repo.blobs) {
            if (blob.isSharedLink())
                continue;
            if (blob.location == CachedBlob::Location::OutsideRepo) { // linked from several repos: once
                if (outsideSeen.contains(blob.path))
                    continue;
                outsideSeen.insert(blob.path);
            }
            total += blob.size;
        }
        total += repo.unreferencedSize(); // on disk all the same, until prune removes them
    }
    for (const SharedPayload &payload : sharedPayloads)
        total += payload.size;
    return total;
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
