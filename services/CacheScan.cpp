#include "CacheScan.h"

namespace hubdeck {

qint64 CacheScan::incompleteSize() const
{
    qint64 total = 0;
    for (const IncompleteFile &file : incompleteFiles)
        total += file.size;
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

int CacheScan::repoIndexForCacheId(const QString &cacheId) const
{
    for (int i = 0; i < repos.size(); ++i)
        if (repos[i].cacheId().compare(cacheId, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

} // namespace hubdeck
