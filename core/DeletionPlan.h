// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FreedBytes.h"

#include <QStringList>

namespace hubdeck {

// What a deletion will remove, in the order it will remove it, and what that should free.
// All paths are absolute. Built by DeletionPlanner, run by DeletionExecutor, which reports
// what really happened (DeletionReport): the figures here are expectations, for the
// confirmation only, never for a summary of what was done.
//
// Execution order, chosen so that a stop at any point (cancel, kill, power cut) leaves a cache
// that scans truthfully and that one more `cache rm` or `cache prune` finishes:
//  - per repo item, in `items` order: a revision's refs, then what its snapshot folder holds,
//    then the blobs that no revision still on disk uses any more (never a blob before every
//    snapshot link to it), then the emptied snapshot folder; for a whole repo all its refs
//    come first, and the folder itself (unreferenced blobs, .no_exist, empty folders) last;
//  - a repo that loses revisions also loses its unreferenced blobs, so that re-running a
//    stopped `cache rm` with the same targets finishes it;
//  - a file removed from every revision (RepoItem::files): all its snapshot entries first,
//    each followed by the subfolders it leaves empty (never the snapshot folder itself, which
//    refs still name), then the blobs no kept entry uses any more; a stop between the two
//    leaves blobs no snapshot links to, which the scan lists and `cache prune` (or `cache rm`
//    of a file the repo still holds) removes;
//  - then unreferenced blobs of kept repos, empty repos, shared-store payloads under their
//    locks, partial downloads whose download is not running, the files of shared payloads
//    that are gone (under each payload's lock).
//
// What counts as freed, the same files for the plan's expectation and the measured figure
// (DeletionReport::freedBytes), in two units: the plan counts st_size, the size `hf cache ls`
// shows; the run measures st_blocks × 512, what the disk got back (a sparse blob frees what it
// held, a small file its whole block), so the two differ by design. A regular file counts
// when its last name goes, once per file (device, inode): a blob with a hard link outside the
// plan frees nothing, and one whose every st_nlink name is in the plan frees its size once.
// Removing a symlink frees nothing of its target. Ref files (refs/<name>, a 40-byte commit hash
// each) of a repo count on neither side: the scan does not stat them, so the run does not add
// them. A corrupted entry goes as one tree, and every regular file in it counts on both sides
// (DeletionPlanner takes the scan's treeSize). Folders count nothing.
// Measured may still exceed the plan by files the scan does not list inside a whole repo's
// folder (trees/*.json, .no_exist/ markers), which go with the folder.
struct DeletionPlan
{
    struct RevisionItem
    {
        QString commitHash;
        QStringList refs; // ref names, "main", "refs/pr/1"
        qint64 sizeOnDisk = 0;
        QString snapshotPath;
        QStringList refPaths; // the ref files, removed just before the snapshot
        QStringList blobs;    // <repo>/blobs/ entries removed right after the snapshot
    };
    // One snapshot entry of a file removed from every revision (`cache rm hf://org/name/PATH`).
    struct FileItem
    {
        QString commitHash;
        QString relativePath; // inside the snapshot folder, '/'-separated (CachedFile::relativePath)
        QString path;         // the snapshot entry, absolute
        qint64 size = 0;      // the file's size (its blob's), whatever removing it frees
        // Its blob stays: another entry that is kept (another path, or another revision's file
        // not named) links to it, or it is not a <repo>/blobs/ entry this plan may remove.
        bool blobKept = false;
    };
    struct RepoItem
    {
        QString cacheId; // "model/org/name"; empty for a corrupted entry
        QString repoPath;
        QString repoFolder; // the root entry's name: with commitHash, a revision's identity
        bool wholeRepo = false;
        bool corrupted = false;
        bool emptyRepo = false; // no revision left (prune's, or a whole-repo target)
        QString reason;         // for corrupted entries: huggingface_hub's warning
        QString refusal;        // set when nothing of this repo is planned, and why
        QList<RevisionItem> revisions;
        QList<FileItem> files;         // a file item: no revision goes, these entries do
        QStringList fileBlobs;         // <repo>/blobs/ entries only the files above used, removed after all of them
        QStringList unreferencedBlobs; // <repo>/blobs/ entries no snapshot links to
        qint64 freedSize = 0;          // this repo's own bytes; shared payloads are counted in sharedFreedSize
        // Of the plan's sharedFreedSize, the payloads whose every live link is in this item: what
        // the repo's line can claim ("frees 7 GB", not the 1.5 kB of its links). Payloads freed
        // by links in several items are claimed by none of them.
        qint64 sharedFreedSize = 0;
        // The same two in allocated bytes (st_blocks × 512): what the disk gets back.
        qint64 freedOnDisk = 0;
        qint64 sharedFreedOnDisk = 0;
        qint64 sizeOnDisk = 0;      // the repo's size (CachedRepo::sizeOnDisk); a corrupted entry's tree size
        QStringList sharedPayloads; // hashes of the shared-store payloads its removed links reach (kept when it goes to the Trash)

        [[nodiscard]] bool isRefused() const { return !refusal.isEmpty(); }
        [[nodiscard]] bool isFileItem() const { return !files.isEmpty(); }
        // Its part of DeletionPlan::stepCount(): refs, contents, blobs and folder of each
        // revision, its files and their blobs, its unreferenced blobs, and the repo folder when
        // it goes whole.
        [[nodiscard]] qsizetype stepCount() const;
    };

    QString cacheDir;
    // Beyond huggingface_hub, set by the caller (the GUI's "move whole repos to the Trash"):
    // each whole repo that is not a corrupted or empty entry moves to the freedesktop Trash in
    // one rename (QFile::moveToTrash) instead of being removed; nothing of it counts as freed,
    // and the shared-store payloads it links to stay, so restoring it brings back working
    // links (a later prune removes them once the Trash is emptied). Revisions of kept repos
    // are always deleted: half a repo in the Trash would restore dangling links.
    bool trashWholeRepos = false;
    qint64 expectedFreedSize = 0; // everything below; a file counts once all its hard links are planned
    qint64 sharedFreedSize = 0;   // part of expectedFreedSize from shared-store payloads
    qint64 incompleteSize = 0;    // part of expectedFreedSize from partial downloads
    qint64 unreferencedSharedSize = 0;
    qint64 unreferencedBlobsSize = 0; // part of expectedFreedSize from unreferenced repo blobs
    qint64 storeLeftoversSize = 0;    // part of expectedFreedSize from storeLeftovers
    // expectedFreedSize in allocated bytes (st_blocks × 512, each file once): what the disk gets
    // back, less than expectedFreedSize for sparse files and on compressing filesystems. The sizes
    // above are st_size, as huggingface_hub's `expected_freed_size` is; this is the GUI's forecast.
    qint64 expectedFreedOnDisk = 0;

    // Flat, sorted views of the items below (for JSON and tests).
    QStringList repos;             // whole repo folders (corrupted entries and empty repos included)
    QStringList snapshots;         // snapshot folders of partially deleted repos
    QStringList files;             // snapshot entries of files removed from every revision
    QStringList refs;              // their ref files
    QStringList blobs;             // their <repo>/blobs/<name> entries
    QStringList unreferencedBlobs; // unreferenced <repo>/blobs/<name> entries of kept repos
    QStringList sharedPayloads;    // payload hashes to sweep once their links are gone
    // Of sharedPayloads, those whose every live link goes with this plan: the sweep removes
    // them. The others are only checked: their manifest loses this plan's links and they stay
    // for the repos that still link to them.
    QStringList sharedPayloadsRemoved;
    QStringList unreferencedPayloads; // payload hashes nothing links to (prune)
    QStringList incompleteFiles;
    QStringList storeLeftovers;      // files of shared payloads that are gone (prune), absolute
    QStringList storeLeftoverHashes; // their payload hashes: each is cleared under its lock
    // Empty folders in snapshots of revisions that stay (CachedRevision::emptyFolders), absolute:
    // each is removed if it is still empty (rmdir, no link followed), then its parents up to the
    // snapshot folder while they are emptied. Nothing counts as freed.
    QStringList emptyFolders;
    QStringList missingTargets; // targets that matched nothing: reported, not fatal
    QStringList refused;        // "path: why", entries the plan will not touch

    QList<RepoItem> items; // sorted by type then id; corrupted entries last

    [[nodiscard]] bool isEmpty() const
    {
        return repos.isEmpty() && snapshots.isEmpty() && files.isEmpty() && refs.isEmpty() && blobs.isEmpty() &&
               incompleteFiles.isEmpty() && unreferencedPayloads.isEmpty() && sharedPayloads.isEmpty() && unreferencedBlobs.isEmpty() &&
               storeLeftovers.isEmpty() && emptyFolders.isEmpty();
    }
    [[nodiscard]] int revisionCount() const; // revisions that go, whole repos' included
    // sharedPayloads less sharedPayloadsRemoved: payloads that stay, still linked from elsewhere.
    [[nodiscard]] QStringList sharedPayloadsKept() const;
    [[nodiscard]] static bool goesToTrash(const RepoItem &item, bool trashWholeRepos)
    {
        return trashWholeRepos && item.wholeRepo && !item.corrupted && !item.emptyRepo && !item.isRefused();
    }
    [[nodiscard]] bool trashesRepos() const; // some item goes to the Trash
    // What the Trash would receive (the trashed items' expected bytes), and what is freed now.
    // In both units: file sizes and allocated bytes.
    [[nodiscard]] FreedBytes trashed() const;
    [[nodiscard]] qint64 trashedSize() const { return trashed().size; }
    [[nodiscard]] qint64 freedNowSize() const { return expectedFreedSize - trashedSize(); }
    [[nodiscard]] qint64 freedNowOnDisk() const { return expectedFreedOnDisk - trashed().onDisk; }
    [[nodiscard]] int wholeRepoCount() const;
    [[nodiscard]] int partialRevisionCount() const;
    [[nodiscard]] int emptyRepoCount() const;
    [[nodiscard]] int corruptedCount() const;
    [[nodiscard]] int fileCount() const; // snapshot entries of files that go (DeletionPlan::files)
    [[nodiscard]] qsizetype stepCount() const;
};

} // namespace hubdeck
