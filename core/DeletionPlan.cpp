// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DeletionPlan.h"

#include <algorithm>

namespace hubdeck {

int DeletionPlan::revisionCount() const
{
    int count = 0;
    for (const RepoItem &item : items)
        count += int(item.revisions.size());
    return count;
}

QStringList DeletionPlan::sharedPayloadsKept() const
{
    QStringList kept;
    for (const QString &hash : sharedPayloads)
        if (!sharedPayloadsRemoved.contains(hash))
            kept.append(hash);
    return kept;
}

int DeletionPlan::wholeRepoCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const RepoItem &item) { return item.wholeRepo && !item.corrupted && !item.isRefused(); }));
}

int DeletionPlan::partialRevisionCount() const
{
    int count = 0;
    for (const RepoItem &item : items)
        count += item.wholeRepo ? 0 : int(item.revisions.size());
    return count;
}

int DeletionPlan::emptyRepoCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const RepoItem &item) { return item.emptyRepo && !item.isRefused(); }));
}

int DeletionPlan::corruptedCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const RepoItem &item) { return item.corrupted && !item.isRefused(); }));
}

int DeletionPlan::fileCount() const
{
    return int(files.size());
}

qsizetype DeletionPlan::stepCount() const
{
    qsizetype steps =
        sharedPayloads.size() + unreferencedPayloads.size() + incompleteFiles.size() + storeLeftoverHashes.size() + emptyFolders.size();
    for (const RepoItem &item : items)
        if (!item.isRefused())
            steps += item.stepCount();
    return steps;
}

qsizetype DeletionPlan::RepoItem::stepCount() const
{
    qsizetype steps = unreferencedBlobs.size() + files.size() + fileBlobs.size() + (wholeRepo ? 1 : 0);
    for (const RevisionItem &revision : revisions)
        steps += 2 + revision.refPaths.size() + revision.blobs.size(); // contents, blobs, folder
    return steps;
}

bool DeletionPlan::trashesRepos() const
{
    return std::any_of(items.cbegin(), items.cend(), [this](const RepoItem &item) { return goesToTrash(item, trashWholeRepos); });
}

FreedBytes DeletionPlan::trashed() const
{
    FreedBytes bytes;
    for (const RepoItem &item : items)
        if (goesToTrash(item, trashWholeRepos))
            bytes += FreedBytes{item.freedSize + item.sharedFreedSize, item.freedOnDisk + item.sharedFreedOnDisk};
    return bytes;
}

} // namespace hubdeck
