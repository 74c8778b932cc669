#pragma once

#include <QStringList>

namespace hubdeck {

// What a deletion will remove, in the order it will remove it, and what that frees.
// All paths are absolute and sorted. Built by DeletionPlanner, run by DeletionExecutor.
struct DeletionPlan
{
    struct RevisionItem
    {
        QString commitHash;
        QStringList refs;
        qint64 sizeOnDisk = 0;
    };
    struct RepoItem
    {
        QString cacheId; // "model/org/name"; empty for a corrupted entry
        QString repoPath;
        bool wholeRepo = false;
        bool corrupted = false;
        QString reason; // for corrupted entries
        QList<RevisionItem> revisions;
        qint64 freedSize = 0; // this repo's own bytes; shared payloads are counted in sharedFreedSize
    };

    QString cacheDir;
    qint64 expectedFreedSize = 0; // everything below, counted as the reference counts it
    qint64 sharedFreedSize = 0;   // part of expectedFreedSize from shared-store payloads
    qint64 incompleteSize = 0;    // part of expectedFreedSize from partial downloads
    qint64 unreferencedSharedSize = 0;

    QStringList repos;                // whole repo folders (corrupted entries included)
    QStringList snapshots;            // snapshot folders
    QStringList refs;                 // ref files
    QStringList blobs;                // <repo>/blobs/<name> entries
    QStringList sharedPayloads;       // payload hashes to sweep once their links are gone
    QStringList unreferencedPayloads; // payload hashes nothing links to (prune)
    QStringList incompleteFiles;
    QStringList missingTargets; // targets that matched nothing: reported, not fatal

    QList<RepoItem> items; // for display, sorted by type then id

    [[nodiscard]] bool isEmpty() const
    {
        return repos.isEmpty() && snapshots.isEmpty() && refs.isEmpty() && blobs.isEmpty() && incompleteFiles.isEmpty() &&
               unreferencedPayloads.isEmpty() && sharedPayloads.isEmpty();
    }
    [[nodiscard]] int revisionCount() const;
    [[nodiscard]] int wholeRepoCount() const;
    [[nodiscard]] int partialRevisionCount() const;
    [[nodiscard]] qsizetype stepCount() const
    {
        return repos.size() + snapshots.size() + refs.size() + blobs.size() + sharedPayloads.size() + unreferencedPayloads.size() +
               incompleteFiles.size();
    }
};

} // namespace hubdeck
