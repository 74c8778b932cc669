#include "DeletionPlan.h"

namespace hubdeck {

int DeletionPlan::revisionCount() const
{
    int count = 0;
    for (const RepoItem &item : items)
        count += int(item.revisions.size());
    return count;
}

int DeletionPlan::wholeRepoCount() const
{
    int count = 0;
    for (const RepoItem &item : items)
        count += item.wholeRepo && !item.corrupted ? 1 : 0;
    return count;
}

int DeletionPlan::partialRevisionCount() const
{
    int count = 0;
    for (const RepoItem &item : items)
        count += item.wholeRepo ? 0 : int(item.revisions.size());
    return count;
}

} // namespace hubdeck
