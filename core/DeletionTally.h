// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "DeletionPlan.h"
#include "DeletionReport.h"

namespace hubdeck {

// What a deletion did, counted from its report (never from the plan, which only says what
// was meant to happen): the figures every summary prints, in the CLI text and JSON, the GUI
// status bar and notifications.
struct DeletionTally
{
    int reposRemoved = 0;      // valid repos whose folder is gone (empty repos included)
    int emptyReposRemoved = 0; // of those, repos that had no revision left (and empty leftovers)
    int revisionsRemoved = 0;  // snapshots removed, whole repos' included
    int revisionsUntouched = 0;
    int revisionsPartlyRemoved = 0; // DeletionReport::partlyRemovedRevisions
    int filesRemoved = 0;           // snapshot entries of files removed from every revision
    int filesUntouched = 0;
    int corruptedRemoved = 0;
    int incompleteRemoved = 0;
    int unreferencedBlobsRemoved = 0;
    int payloadsRemoved = 0;       // shared-store payloads swept
    int storeLeftoversRemoved = 0; // files of shared payloads already gone (manifests, locks)
    int emptyFoldersRemoved = 0;   // empty snapshot folders (DeletionReport::removedEmptyFolders)
    int downloadsKept = 0;         // partial or fresh blobs kept because their download is running
    qint64 freedBytes = 0;
    bool canceled = false;
    int errors = 0;

    [[nodiscard]] static DeletionTally of(const DeletionPlan &plan, const DeletionReport &report);
};

} // namespace hubdeck
