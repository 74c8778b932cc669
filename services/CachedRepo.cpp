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

} // namespace hubdeck
