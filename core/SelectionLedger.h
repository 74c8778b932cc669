// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CacheScan.h"
#include "FreedBytes.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace hubdeck {

// Keeps what a selection of revisions (and corrupted entries) frees, updated one tick at a
// time: per blob, the number of unselected revisions still linking it; per shared payload,
// the number of its live links being removed. A tick costs the distinct blobs of one
// revision, never a new plan. Gives exactly DeletionPlanner's expected freed size.
class SelectionLedger
{
public:
    SelectionLedger() = default;
    explicit SelectionLedger(const CacheScan *scan);

    void reset(const CacheScan *scan);
    // Returns true when the state changed.
    bool setRevisionSelected(int repo, int revision, bool selected);
    bool setCorruptedSelected(int corrupted, bool selected);
    void clear();

    [[nodiscard]] bool isRevisionSelected(int repo, int revision) const;
    [[nodiscard]] bool isCorruptedSelected(int corrupted) const { return m_corruptedSelected.value(corrupted); }
    [[nodiscard]] int selectedRevisionCount(int repo) const { return m_repos.value(repo).selectedCount; }
    [[nodiscard]] int selectedRevisionCount() const { return m_selectedRevisions; }
    [[nodiscard]] int selectedRepoCount() const; // repos with at least one selected revision
    [[nodiscard]] int selectedCorruptedCount() const;
    [[nodiscard]] qint64 freedSize() const { return freed().size; }
    // What the disk gets back (allocated bytes, st_blocks × 512): DeletionPlan::expectedFreedOnDisk.
    [[nodiscard]] qint64 freedOnDisk() const { return freed().onDisk; }
    [[nodiscard]] FreedBytes freed() const;
    [[nodiscard]] qint64 freedSize(int repo) const; // this repo's own bytes, shared payloads excluded
    // What deleting the whole repo would free, shared payloads only it uses included.
    [[nodiscard]] qint64 wholeRepoFreed(int repo) const;
    // (repo folder, commit): a bare hash would also name the same commit cached under a repo's old name.
    [[nodiscard]] QSet<RevisionKey> selectedRevisions() const;
    [[nodiscard]] QSet<QString> selectedCorruptedPaths() const;

private:
    using LinkKey = std::pair<quint64, quint64>; // (device, inode)
    struct RepoState
    {
        QList<int> keptLinks;              // per blob: unselected revisions linking it
        QList<bool> countsForPayload;      // per blob: a live reference of its shared payload
        QList<QList<int>> revisionBlobs;   // per revision: its distinct <repo>/blobs/ entries
        QList<FreedBytes> ownSnapshotSize; // per revision: real files inside its own snapshot folder
        QList<bool> selected;
        int selectedCount = 0;
        int selectedLinks = 0;    // selected revisions whose snapshot folder is a link
        int linkedRevisions = 0;  // all such revisions of the repo
        bool linkedParts = false; // the repo folder, blobs/, refs/ or snapshots/ is a link
        FreedBytes partialFreed;
        FreedBytes wholeFreed;      // what the repo frees when every revision goes
        FreedBytes exclusiveShared; // shared payloads whose every live link is in this repo
        // Files of this repo with other hard links (st_nlink > 1), by (device, inode): how many
        // of their names in the repo a partial selection removes, and how many names the repo
        // holds (what goes when it goes whole). Freed once all names go, in whichever repos
        // they are, as DeletionPlanner counts them: m_linkGoing sums them over the repos.
        QHash<LinkKey, int> multiLinkGoing;
        QHash<LinkKey, int> multiLinkNames;
    };
    struct PayloadState
    {
        int liveLinks = 0;      // valid manifest references that a scanned file links through
        int unlinked = 0;       // of those, how many this selection removes
        bool countable = false; // readable manifest, every valid reference known to the scan
    };

    // How the repo's current selection goes: not at all (nothing ticked, or the planner refuses
    // it), whole, or some revisions.
    enum class Going { Nothing, Whole, Partly };
    [[nodiscard]] Going going(int repo) const;
    // The names of multi-link files the repo's current selection removes (none when the planner
    // refuses it), and applying a change of them to m_linkGoing.
    [[nodiscard]] QHash<LinkKey, int> goingNames(int repo) const;
    void moveGoingNames(const QHash<LinkKey, int> &before, const QHash<LinkKey, int> &after);
    // Multi-link files whose every name is among `names`: what they free.
    [[nodiscard]] FreedBytes wholeFiles(const QHash<LinkKey, int> &names) const;

    // Cache-relative path of each store link a scanned snapshot uses -> (repo, blob).
    using SharedLinks = QHash<QString, std::pair<int, int>>;
    void resetRepo(int repo, SharedLinks &sharedLinkByRelative);
    // What removing the repo folder frees, blobs no snapshot links to included.
    [[nodiscard]] static FreedBytes wholeRepoFreed(const CachedRepo &repo, const QList<bool> &linked, QHash<LinkKey, int> &multiLinkNames,
                                                   QHash<LinkKey, const CachedBlob *> &multiLinkFiles);
    void resetPayload(int payload, const SharedLinks &sharedLinkByRelative);

    void unlinkBlob(int repo, int blob, int delta);
    // A name of a file that is not a store link going (+1) or staying (-1) in a partial selection.
    void unlinkName(int repo, const CachedBlob &blob, int delta);
    [[nodiscard]] FreedBytes repoFreed(int repo) const;

    const CacheScan *m_scan = nullptr;
    QList<RepoState> m_repos;
    QList<PayloadState> m_payloads;
    QList<bool> m_corruptedSelected;
    int m_selectedRevisions = 0;
    FreedBytes m_sharedFreed;
    FreedBytes m_corruptedFreed;
    FreedBytes m_repoFreedTotal;
    QHash<LinkKey, const CachedBlob *> m_multiLinkFiles; // one name of each, for its size and links
    QHash<LinkKey, int> m_linkGoing;                     // names going, over all repos
    FreedBytes m_linkFreed;                              // the files all of whose names go
};

} // namespace hubdeck
