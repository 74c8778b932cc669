// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DeletionTally.h"

#include <QSet>

namespace hubdeck {

DeletionTally DeletionTally::of(const DeletionPlan &plan, const DeletionReport &report)
{
    DeletionTally tally;
    const QSet<QString> removedRepos(report.removedRepos.cbegin(), report.removedRepos.cend());
    const QSet<QString> removedBlobs(report.removedBlobs.cbegin(), report.removedBlobs.cend());
    for (const DeletionPlan::RepoItem &item : plan.items) {
        for (const QString &blob : item.unreferencedBlobs)
            tally.unreferencedBlobsRemoved += removedBlobs.contains(blob) ? 1 : 0;
        if (!item.wholeRepo || !removedRepos.contains(item.repoPath))
            continue;
        if (item.corrupted && !item.emptyRepo) {
            ++tally.corruptedRemoved;
            continue;
        }
        ++tally.reposRemoved;
        tally.emptyReposRemoved += item.emptyRepo ? 1 : 0;
    }
    tally.revisionsRemoved = int(report.removedRevisions.size());
    tally.revisionsUntouched = report.untouchedRevisions();
    tally.revisionsPartlyRemoved = int(report.partlyRemovedRevisions.size());
    tally.filesRemoved = int(report.removedFiles.size());
    tally.filesUntouched = plan.fileCount() - tally.filesRemoved;
    tally.incompleteRemoved = int(report.removedIncompleteFiles.size());
    tally.payloadsRemoved = int(report.removedPayloads.size());
    tally.storeLeftoversRemoved = int(report.removedStoreLeftovers.size());
    tally.emptyFoldersRemoved = int(report.removedEmptyFolders.size());
    tally.downloadsKept = int(report.keptDownloads.size());
    tally.freedBytes = report.freedBytes;
    tally.canceled = report.canceled;
    tally.errors = int(report.errors.size());
    return tally;
}

} // namespace hubdeck
