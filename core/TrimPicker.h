// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "SelectionLedger.h"

#include <QList>

namespace hubdeck {

struct CacheScan;

// "Free at least N bytes": picks whole revisions, least recently accessed first, until what
// they free together reaches the goal. The same picking for the GUI's Free space… and for
// `hubdeck-cli cache trim`.
//  - Order: CachedRevision::lastAccessed (its newest blob's access time) ascending, then the
//    repo's cache id and the commit hash, so equal times pick alike on every run.
//  - Only revisions the planner would delete: never one reached through a link (it frees
//    nothing), and never one with a ref unless Goal::includeRefs (a ref is what programs ask
//    for by name: "main" is the revision a model loads).
//  - Freed is counted by a SelectionLedger, so it is exactly DeletionPlanner's expectation
//    for the picked revisions together (shared blobs counted once, freed when the last
//    revision using them goes).
// Not a knapsack: the last pick may overshoot the goal by its own size, as with `du`-guided
// cleaning by hand; what is picked is the oldest, which is the point.
class TrimPicker
{
public:
    struct Goal
    {
        qint64 bytes = 0;         // free at least this much; 0 picks nothing
        bool includeRefs = false; // allow revisions a ref points to (a repo's main, a tag)
        // FreedBytes::forecast(): what the disk gets back where the files hold less than their
        // sizes (sparse, or compressed by the filesystem), as the GUI's forecasts show it.
        // Otherwise file sizes, as `cache ls` totals them (`cache trim`).
        bool onDisk = false;
    };
    struct Pick
    {
        QList<std::pair<int, int>> revisions; // (repo, revision) indexes into the scan, in picking order
        qint64 freed = 0;                     // what deleting them together frees, in the goal's unit
        qint64 available = 0;                 // what deleting every eligible revision would free, the same
        qint64 freedSize = 0;                 // freed in file sizes, whatever the goal's unit
        bool reached = false;                 // freed >= goal
        [[nodiscard]] bool isEmpty() const { return revisions.isEmpty(); }
    };

    // ledger: a ledger over `scan` (a copy of the one the tree ticks with is cheap: only the
    // repos picked from are copied); whatever is ticked in it is unticked first. Runs in the
    // time of ticking the picked revisions plus sorting the scan's revisions.
    [[nodiscard]] static Pick pick(const CacheScan &scan, SelectionLedger ledger, const Goal &goal);
};

} // namespace hubdeck
