// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>

namespace hubdeck {

struct CacheScan;
class SelectionLedger;

// What deleting one row of the cache *alone* would free, in bytes, for every repo, revision
// and corrupted entry of a scan: the "Frees" column. It differs from the row's size (what the
// row holds) by the blobs it shares: a revision frees only the blobs no other revision of its
// repo links to, plus the shared-store payloads that no other link uses; a repo frees its
// folder's files plus the payloads only it links to. Counted by a SelectionLedger, so each
// figure is what DeletionPlanner would expect for that row alone (0 for a row the planner
// refuses: one reached through a link). Deleting several rows together can free more than
// the sum of their figures, when they share blobs.
class RowFrees
{
public:
    RowFrees() = default;
    // ledger: over `scan`, with nothing selected. Each revision is ticked and unticked once
    // in it (a revision's distinct blobs each way, never a new ledger), so it is left as it
    // was. Costs about as much as filling the ledger did.
    [[nodiscard]] static RowFrees measure(const CacheScan &scan, SelectionLedger &ledger);

    // Indexes into the scan's lists; 0 for an index out of range.
    [[nodiscard]] qint64 repo(int repo) const { return m_repos.value(repo); }
    [[nodiscard]] qint64 revision(int repo, int revision) const { return m_revisions.value(repo).value(revision); }
    [[nodiscard]] qint64 corrupted(int corrupted) const { return m_corrupted.value(corrupted); }

private:
    QList<qint64> m_repos;
    QList<QList<qint64>> m_revisions;
    QList<qint64> m_corrupted;
};

} // namespace hubdeck
