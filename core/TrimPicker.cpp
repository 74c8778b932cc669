// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "TrimPicker.h"

#include "CacheScan.h"

#include <algorithm>
#include <tuple>

namespace hubdeck {

namespace {

struct Candidate
{
    double lastAccessed;
    int repo;
    int revision;
};

QList<Candidate> candidates(const CacheScan &scan, bool includeRefs)
{
    QList<Candidate> list;
    for (int r = 0; r < scan.repos.size(); ++r) {
        const CachedRepo &repo = scan.repos[r];
        if (!repo.linkedFolders.isEmpty())
            continue; // refused by the planner: deleting it would free nothing
        for (int v = 0; v < repo.revisions.size(); ++v) {
            const CachedRevision &revision = repo.revisions[v];
            if (revision.isLink || (!includeRefs && !revision.isDetached()))
                continue;
            list.append({revision.lastAccessed, r, v});
        }
    }
    std::sort(list.begin(), list.end(), [&scan](const Candidate &a, const Candidate &b) {
        if (a.lastAccessed != b.lastAccessed)
            return a.lastAccessed < b.lastAccessed;
        if (a.repo != b.repo)
            return scan.repos[a.repo].cacheId() < scan.repos[b.repo].cacheId();
        return scan.repos[a.repo].revisions[a.revision].commitHash < scan.repos[b.repo].revisions[b.revision].commitHash;
    });
    return list;
}

} // namespace

TrimPicker::Pick TrimPicker::pick(const CacheScan &scan, SelectionLedger ledger, const Goal &goal)
{
    for (int r = 0; r < scan.repos.size(); ++r)
        for (int v = 0; ledger.selectedRevisionCount(r) > 0 && v < scan.repos[r].revisions.size(); ++v)
            (void)ledger.setRevisionSelected(r, v, false);
    for (int c = 0; c < scan.corrupted.size(); ++c)
        (void)ledger.setCorruptedSelected(c, false);

    Pick pick;
    const QList<Candidate> list = candidates(scan, goal.includeRefs);
    const auto freed = [&] { return goal.onDisk ? ledger.freed().forecast() : ledger.freedSize(); };
    qsizetype next = 0;
    for (; next < list.size() && goal.bytes > 0 && freed() < goal.bytes; ++next) {
        (void)ledger.setRevisionSelected(list[next].repo, list[next].revision, true);
        pick.revisions.append({list[next].repo, list[next].revision});
    }
    pick.freed = freed();
    pick.freedSize = ledger.freedSize();
    pick.reached = goal.bytes > 0 && pick.freed >= goal.bytes;
    // What the rest would add: the same ledger, ticked through and back.
    for (qsizetype i = next; i < list.size(); ++i)
        (void)ledger.setRevisionSelected(list[i].repo, list[i].revision, true);
    pick.available = freed();
    return pick;
}

} // namespace hubdeck
