// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "RowFrees.h"

#include "CacheScan.h"
#include "SelectionLedger.h"

namespace hubdeck {

RowFrees RowFrees::measure(const CacheScan &scan, SelectionLedger &ledger)
{
    RowFrees frees;
    frees.m_repos.reserve(scan.repos.size());
    frees.m_revisions.reserve(scan.repos.size());
    for (int r = 0; r < scan.repos.size(); ++r) {
        frees.m_repos.append(ledger.wholeRepoFreed(r));
        QList<qint64> revisions;
        revisions.reserve(scan.repos[r].revisions.size());
        for (int v = 0; v < scan.repos[r].revisions.size(); ++v) {
            // Nothing else is ticked: what the ledger frees now is this revision's alone.
            (void)ledger.setRevisionSelected(r, v, true);
            revisions.append(ledger.freedSize());
            (void)ledger.setRevisionSelected(r, v, false);
        }
        frees.m_revisions.append(std::move(revisions));
    }
    frees.m_corrupted.reserve(scan.corrupted.size());
    for (const CorruptedRepo &corrupted : scan.corrupted)
        frees.m_corrupted.append(corrupted.deletable ? corrupted.sizeOnDisk : 0);
    return frees;
}

} // namespace hubdeck
