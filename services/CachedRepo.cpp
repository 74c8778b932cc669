#include "CachedRepo.h"

namespace hubdeck {

QStringList CachedRepo::refs() const
{
    QStringList all;
    for (const CachedRevision &revision : revisions)
        all += revision.refs;
    all.sort();
    all.removeDuplicates();
    return all;
}

qint64 CachedRepo::unreferencedSize() const
{
    qint64 total = 0;
    for (const CachedBlob &blob : unreferencedBlobs)
        if (!blob.isSharedLink() && !blob.isLink)
            total += blob.size;
    return total;
}

} // namespace hubdeck
