// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>

namespace hubdeck {

struct CacheScan;

// Stable identities for the rows of CacheTreeModel that have children: repos and revisions.
// A model index's internalId names its parent, and it must name it by identity, not by row:
// Qt keeps the internalId of persistent indexes (and QSortFilterProxyModel keys its mappings
// by source index) when rows above an ancestor are removed, so an id built from rows would
// then point at a neighbour. Identities are numbers handed out by reset() and never reused
// until the next reset; a removed repo or revision keeps its number, marked gone.
// Files and partial downloads have no identity: they are leaves, so nothing names them as a
// parent, and a million file rows cost nothing here (12 bytes per revision, a few dozen per repo).
class CacheTreeIdentities
{
public:
    static constexpr int kGone = -1; // row of a removed repo or revision

    // One identity per repo and revision of scan, in order.
    void reset(const CacheScan &scan);

    [[nodiscard]] quint32 repoId(int repoRow) const { return m_repoIds[repoRow]; }
    [[nodiscard]] quint32 revisionId(int repoRow, int revisionRow) const { return m_revisionIds[repoRow][revisionRow]; }
    // Current rows, kGone once removed.
    [[nodiscard]] int repoRow(quint32 repoId) const { return m_repoRows[repoId]; }
    [[nodiscard]] quint32 repoOfRevision(quint32 revisionId) const { return m_revisions[revisionId].repo; }
    [[nodiscard]] int revisionRow(quint32 revisionId) const { return m_revisions[revisionId].row; }
    [[nodiscard]] bool isValidRepoId(quint32 id) const { return id < quint32(m_repoRows.size()) && m_repoRows[id] != kGone; }
    [[nodiscard]] bool isValidRevisionId(quint32 id) const
    {
        return id < quint32(m_revisions.size()) && m_revisions[id].row != kGone && isValidRepoId(m_revisions[id].repo);
    }

    // Follow the removal of rows [first, first + count) from scan.repos, or from one repo's
    // revisions: the rows after them move up, their identities stay.
    void removeRepos(int first, int count);
    void removeRevisions(int repoRow, int first, int count);

private:
    struct Revision
    {
        quint32 repo; // identity of its repo
        int row;      // in the repo's revisions, kGone once removed
    };

    QList<int> m_repoRows;               // per repo identity
    QList<Revision> m_revisions;         // per revision identity
    QList<quint32> m_repoIds;            // per repo row
    QList<QList<quint32>> m_revisionIds; // per repo row, per revision row
};

} // namespace hubdeck
