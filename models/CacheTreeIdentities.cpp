// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheTreeIdentities.h"

#include "CacheScan.h"

namespace hubdeck {

void CacheTreeIdentities::reset(const CacheScan &scan)
{
    m_repoRows.clear();
    m_revisions.clear();
    m_repoIds.clear();
    m_revisionIds.clear();
    m_repoRows.reserve(scan.repos.size());
    m_repoIds.reserve(scan.repos.size());
    m_revisionIds.reserve(scan.repos.size());
    m_revisions.reserve(scan.revisionCount());
    for (int r = 0; r < scan.repos.size(); ++r) {
        const auto repo = quint32(m_repoRows.size());
        m_repoRows.append(r);
        m_repoIds.append(repo);
        QList<quint32> revisions;
        revisions.reserve(scan.repos[r].revisions.size());
        for (int v = 0; v < scan.repos[r].revisions.size(); ++v) {
            revisions.append(quint32(m_revisions.size()));
            m_revisions.append({repo, v});
        }
        m_revisionIds.append(std::move(revisions));
    }
}

void CacheTreeIdentities::removeRepos(int first, int count)
{
    for (int r = first; r < first + count; ++r) {
        m_repoRows[m_repoIds[r]] = kGone;
        for (const quint32 revision : std::as_const(m_revisionIds[r]))
            m_revisions[revision].row = kGone;
    }
    m_repoIds.remove(first, count);
    m_revisionIds.remove(first, count);
    for (int r = first; r < m_repoIds.size(); ++r)
        m_repoRows[m_repoIds[r]] = r;
}

void CacheTreeIdentities::removeRevisions(int repoRow, int first, int count)
{
    QList<quint32> &ids = m_revisionIds[repoRow];
    for (int v = first; v < first + count; ++v)
        m_revisions[ids[v]].row = kGone;
    ids.remove(first, count);
    for (int v = first; v < ids.size(); ++v)
        m_revisions[ids[v]].row = v;
}

} // namespace hubdeck
