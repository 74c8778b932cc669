// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "RevisionKey.h"

#include <QList>
#include <QStringList>

namespace hubdeck {

// What a deletion did, measured as it went: summaries (CLI text, JSON, GUI status and
// notifications) are written from this, never from the plan. Nothing is dropped silently:
// every failure is in errors (one line each, naming the entry that could not be removed),
// every path that was already gone or deliberately kept is in notes.
struct DeletionReport
{
    bool canceled = false;
    // Bytes the disk got back, st_blocks × 512 of each regular file whose last link went (swept
    // payloads included), read just before it went: a sparse 2 GB blob that held 4 KiB frees
    // 4 KiB, and a 10-byte file frees its block. The plan's sizes stay st_size (as `hf cache ls`),
    // so the two differ by design: the plan is what the files claim, this is what happened.
    qint64 freedBytes = 0;
    // Blocks of the removed files that other files share (reflinks: `cp` makes them by default
    // on btrfs and XFS; snapshots), left out of freedBytes as the disk keeps them while the
    // others stay (see SharedExtents). 0 on filesystems that do not share extents.
    qint64 sharedBytes = 0;
    // On overlayfs (a container whose image holds the cache): bytes of removed files that the
    // image's read-only layers keep, hidden but not freed. freedBytes is then what the disk's
    // free space gained over the run, at most what the removed files held (DeletionExecutor).
    qint64 hiddenBytes = 0;
    // Bytes of removed files (blobs, shared-store payloads, a symlink-less snapshot's files)
    // whose last name went while a running process held them open or had them mapped (a model
    // loaded with mmap; as a snapshot of /proc taken when the run began found them), less what
    // other files share: left out of freedBytes, as the kernel frees them only when that
    // process lets go (attack W7: "freed: 50.0M" while df gained 28 KB; Z12: a blob hard-linked
    // between two repos; Z8: blocks a reflinked copy keeps are shared, not held). heldOpenBy
    // says who, one InUseFiles::describe() line each.
    qint64 heldOpenBytes = 0;
    QStringList heldOpenBy;
    QStringList errors;
    QStringList notes;
    QStringList removedRepos;            // whole repo folders and corrupted entries (trashed ones included)
    QStringList trashedRepos;            // of those, the ones moved to the Trash: their paths in the cache
    QList<RevisionKey> removedRevisions; // snapshots removed, whole repos' included
    QStringList removedSnapshots;        // their folders
    QStringList removedFiles;            // snapshot entries of files removed from every revision
    QStringList removedRefs;
    QStringList removedBlobs; // <repo>/blobs/ entries, unreferenced ones included
    QStringList removedIncompleteFiles;
    QStringList removedPayloads;       // hashes
    QStringList removedStoreLeftovers; // files of shared payloads that were already gone
    QStringList keptDownloads;         // partial downloads kept because their download is running
    QStringList removedEmptyFolders;   // empty snapshot folders (DeletionPlan::emptyFolders) and the parents they emptied
    int plannedRevisions = 0;          // for "N revisions untouched" after a stop
    int plannedRepos = 0;              // whole repos, corrupted entries and empty repos the plan held
    // Revisions this run began but did not remove, stopped or failed part-way: a ref of theirs,
    // or some of their snapshot's entries, are gone (attack S9: "0 revisions removed … 2
    // untouched" while refs and files were gone). The cache stays valid: a revision that lost
    // its refs is detached, so the same `cache rm` or `cache prune` finishes it.
    struct PartlyRemoved
    {
        RevisionKey revision;
        QString snapshotPath;
        bool refsGone = false;  // at least one of its refs
        bool filesGone = false; // at least one entry of its snapshot folder
    };
    QList<PartlyRemoved> partlyRemovedRevisions;
    // Blobs whose every snapshot link a file plan removed before a stop came: unreferenced now,
    // left for `cache prune` (which lists and removes unreferenced blobs).
    QStringList leftUnreferencedBlobs;

    [[nodiscard]] bool succeeded() const { return !canceled && errors.isEmpty(); }
    // Neither removed nor begun.
    [[nodiscard]] int untouchedRevisions() const
    {
        return plannedRevisions - int(removedRevisions.size()) - int(partlyRemovedRevisions.size());
    }
};

} // namespace hubdeck
