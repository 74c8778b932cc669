// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SelectionLedger.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace hubdeck {

SelectionLedger::SelectionLedger(const CacheScan *scan)
{
    reset(scan);
}

void SelectionLedger::reset(const CacheScan *scan)
{
    m_scan = scan;
    m_repos.clear();
    m_payloads.clear();
    m_corruptedSelected.clear();
    m_selectedRevisions = 0;
    m_sharedFreed = {};
    m_corruptedFreed = {};
    m_repoFreedTotal = {};
    m_multiLinkFiles.clear();
    m_linkGoing.clear();
    m_linkFreed = {};
    if (!scan)
        return;

    m_payloads.resize(scan->sharedPayloads.size());
    m_corruptedSelected.resize(scan->corrupted.size());
    m_repos.resize(scan->repos.size());
    SharedLinks sharedLinkByRelative;
    for (int r = 0; r < scan->repos.size(); ++r)
        resetRepo(r, sharedLinkByRelative);
    for (int p = 0; p < scan->sharedPayloads.size(); ++p)
        resetPayload(p, sharedLinkByRelative);
}

void SelectionLedger::resetRepo(int r, SharedLinks &sharedLinkByRelative)
{
    const CachedRepo &repo = m_scan->repos[r];
    RepoState &state = m_repos[r];
    state.keptLinks.fill(0, repo.blobs.size());
    state.countsForPayload.fill(false, repo.blobs.size());
    state.selected.fill(false, repo.revisions.size());
    state.revisionBlobs.resize(repo.revisions.size());
    state.ownSnapshotSize.fill(FreedBytes(), repo.revisions.size());
    state.linkedParts = !repo.linkedFolders.isEmpty();
    QList<bool> linked(repo.blobs.size(), false);
    for (int v = 0; v < repo.revisions.size(); ++v) {
        const CachedRevision &revision = repo.revisions[v];
        state.linkedRevisions += revision.isLink ? 1 : 0;
        const QString snapshot = repo.snapshotPath(revision) + u'/';
        QSet<int> distinct;
        for (const CachedFile &file : revision.files)
            distinct.insert(file.blob);
        for (int blob : std::as_const(distinct)) {
            ++state.keptLinks[blob];
            linked[blob] = true;
            const CachedBlob &b = repo.blobs[blob];
            if (b.location == CachedBlob::Location::InSnapshot && b.path().startsWith(snapshot))
                state.ownSnapshotSize[v] += FreedBytes::ofName(b);
            else if (b.location == CachedBlob::Location::RepoBlobs)
                state.revisionBlobs[v].append(blob);
        }
    }
    const qsizetype cachePrefix = m_scan->cacheDir.size() + 1;
    for (int blob = 0; blob < repo.blobs.size(); ++blob) {
        const CachedBlob &b = repo.blobs[blob];
        if (linked[blob] && b.location != CachedBlob::Location::OutsideRepo && b.isSharedLink())
            sharedLinkByRelative.insert(repo.blobPath(b).mid(cachePrefix), {r, blob});
    }
    state.wholeFreed = wholeRepoFreed(repo, linked, state.multiLinkNames, m_multiLinkFiles);
}

FreedBytes SelectionLedger::wholeRepoFreed(const CachedRepo &repo, const QList<bool> &linked, QHash<LinkKey, int> &multiLinkNames,
                                           QHash<LinkKey, const CachedBlob *> &multiLinkFiles)
{
    // The whole repo frees each file with one name; the names of a file with other hard links
    // are tallied, and the file is freed once all its names go, in this repo or others (freed()).
    FreedBytes freed;
    auto wholeName = [&](const CachedBlob &b) {
        if (b.isLink || b.links <= 1 || b.inode == 0) {
            freed += FreedBytes::ofName(b);
            return;
        }
        const LinkKey key(b.device, b.inode);
        ++multiLinkNames[key];
        multiLinkFiles.insert(key, &b);
    };
    for (int blob = 0; blob < repo.blobs.size(); ++blob) {
        const CachedBlob &b = repo.blobs[blob];
        if (linked[blob] && b.location != CachedBlob::Location::OutsideRepo && !b.isSharedLink())
            wholeName(b);
    }
    for (const CachedBlob &b : repo.unreferencedBlobs) // they go with the folder
        if (!b.isSharedLink())
            wholeName(b);
    return freed;
}

void SelectionLedger::resetPayload(int p, const SharedLinks &sharedLinkByRelative)
{
    const SharedPayload &payload = m_scan->sharedPayloads[p];
    PayloadState &state = m_payloads[p];
    state.countable = payload.manifest == SharedPayload::Manifest::Readable && !payload.validReferences.isEmpty();
    for (const QString &ref : payload.validReferences) {
        const auto it = sharedLinkByRelative.constFind(ref);
        if (it == sharedLinkByRelative.cend() || m_scan->repos[it->first].blobs[it->second].sharedPayload != p) {
            state.countable = false; // a live link this scan cannot remove
            continue;
        }
        m_repos[it->first].countsForPayload[it->second] = true;
        ++state.liveLinks;
    }
    // A payload only one repo links to is freed with that repo.
    if (state.countable) {
        const auto first = sharedLinkByRelative.constFind(payload.validReferences.first());
        const bool single = std::all_of(payload.validReferences.cbegin(), payload.validReferences.cend(),
                                        [&](const QString &ref) { return sharedLinkByRelative.value(ref).first == first->first; });
        if (single)
            m_repos[first->first].exclusiveShared += FreedBytes{payload.size, payload.allocated};
    }
}

SelectionLedger::Going SelectionLedger::going(int repo) const
{
    const RepoState &state = m_repos[repo];
    if (state.selectedCount == 0)
        return Going::Nothing;
    const bool whole = state.selectedCount == state.selected.size();
    // DeletionPlanner refuses the repo then (never deletes through a link): nothing is freed.
    if (state.linkedParts || state.selectedLinks > 0 || (whole && state.linkedRevisions > 0))
        return Going::Nothing;
    return whole ? Going::Whole : Going::Partly;
}

FreedBytes SelectionLedger::repoFreed(int repo) const
{
    const Going how = going(repo);
    return how == Going::Nothing ? FreedBytes() : how == Going::Whole ? m_repos[repo].wholeFreed : m_repos[repo].partialFreed;
}

void SelectionLedger::unlinkBlob(int repo, int blob, int delta)
{
    const CachedBlob &b = m_scan->repos[repo].blobs[blob];
    if (!b.isSharedLink()) {
        unlinkName(repo, b, delta);
        return;
    }
    if (!m_repos[repo].countsForPayload[blob])
        return;
    PayloadState &payload = m_payloads[b.sharedPayload];
    const bool wasFreed = payload.countable && payload.unlinked == payload.liveLinks;
    payload.unlinked += delta;
    const bool isFreed = payload.countable && payload.unlinked == payload.liveLinks;
    if (wasFreed != isFreed) {
        const SharedPayload &shared = m_scan->sharedPayloads[b.sharedPayload];
        m_sharedFreed += FreedBytes{shared.size, shared.allocated} * (isFreed ? 1 : -1);
    }
}

void SelectionLedger::unlinkName(int repo, const CachedBlob &blob, int delta)
{
    RepoState &state = m_repos[repo];
    if (blob.isLink || blob.links <= 1 || blob.inode == 0) {
        state.partialFreed += FreedBytes::ofName(blob) * delta;
        return;
    }
    // Freed once all its names go, wherever they are: moveGoingNames counts it.
    int &going = state.multiLinkGoing[LinkKey(blob.device, blob.inode)];
    going += delta;
    if (going == 0)
        state.multiLinkGoing.remove(LinkKey(blob.device, blob.inode));
}

bool SelectionLedger::setRevisionSelected(int repo, int revision, bool selected)
{
    if (!m_scan || repo < 0 || repo >= m_repos.size())
        return false;
    RepoState &state = m_repos[repo];
    if (revision < 0 || revision >= state.selected.size() || state.selected[revision] == selected)
        return false;
    const FreedBytes before = repoFreed(repo);
    const QHash<LinkKey, int> namesBefore = goingNames(repo);
    state.selected[revision] = selected;
    state.selectedCount += selected ? 1 : -1;
    // A repo that loses a revision loses its unreferenced blobs too (DeletionPlanner).
    if (state.selectedCount == (selected ? 1 : 0))
        for (const CachedBlob &b : m_scan->repos[repo].unreferencedBlobs)
            if (!b.isSharedLink())
                unlinkName(repo, b, selected ? 1 : -1);
    if (m_scan->repos[repo].revisions[revision].isLink)
        state.selectedLinks += selected ? 1 : -1;
    m_selectedRevisions += selected ? 1 : -1;
    state.partialFreed += state.ownSnapshotSize[revision] * (selected ? 1 : -1);
    for (int blob : std::as_const(state.revisionBlobs[revision])) {
        if (selected) {
            if (--state.keptLinks[blob] == 0)
                unlinkBlob(repo, blob, +1);
        } else if (state.keptLinks[blob]++ == 0) {
            unlinkBlob(repo, blob, -1);
        }
    }
    m_repoFreedTotal += repoFreed(repo) - before;
    moveGoingNames(namesBefore, goingNames(repo));
    return true;
}

bool SelectionLedger::setCorruptedSelected(int corrupted, bool selected)
{
    if (!m_scan || corrupted < 0 || corrupted >= m_corruptedSelected.size() || m_corruptedSelected[corrupted] == selected)
        return false;
    if (selected && !m_scan->corrupted[corrupted].deletable)
        return false; // never offered for deletion, so never counted as freed
    m_corruptedSelected[corrupted] = selected;
    const CorruptedRepo &entry = m_scan->corrupted[corrupted];
    m_corruptedFreed += FreedBytes{entry.sizeOnDisk, entry.allocated} * (selected ? 1 : -1);
    return true;
}

void SelectionLedger::clear()
{
    reset(m_scan);
}

bool SelectionLedger::isRevisionSelected(int repo, int revision) const
{
    return repo >= 0 && repo < m_repos.size() && m_repos[repo].selected.value(revision);
}

int SelectionLedger::selectedRepoCount() const
{
    int count = 0;
    for (const RepoState &state : m_repos)
        count += state.selectedCount > 0 ? 1 : 0;
    return count;
}

int SelectionLedger::selectedCorruptedCount() const
{
    return int(m_corruptedSelected.count(true));
}

FreedBytes SelectionLedger::freed() const
{
    FreedBytes total = m_repoFreedTotal;
    total += m_linkFreed;
    total += m_sharedFreed;
    total += m_corruptedFreed;
    return total;
}

qint64 SelectionLedger::wholeRepoFreed(int repo) const
{
    if (repo < 0 || repo >= m_repos.size() || m_repos[repo].linkedParts || m_repos[repo].linkedRevisions > 0)
        return 0; // refused by the planner
    FreedBytes whole = m_repos[repo].wholeFreed;
    whole += m_repos[repo].exclusiveShared;
    whole += wholeFiles(m_repos[repo].multiLinkNames);
    return whole.size;
}

qint64 SelectionLedger::freedSize(int repo) const
{
    if (repo < 0 || repo >= m_repos.size())
        return 0;
    FreedBytes own = repoFreed(repo);
    own += wholeFiles(goingNames(repo)); // files all of whose names are in this repo
    return own.size;
}

QHash<SelectionLedger::LinkKey, int> SelectionLedger::goingNames(int repo) const
{
    const Going how = going(repo);
    return how == Going::Nothing ? QHash<LinkKey, int>()
           : how == Going::Whole ? m_repos[repo].multiLinkNames
                                 : m_repos[repo].multiLinkGoing;
}

void SelectionLedger::moveGoingNames(const QHash<LinkKey, int> &before, const QHash<LinkKey, int> &after)
{
    if (before.isEmpty() && after.isEmpty())
        return;
    QSet<LinkKey> keys;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        keys.insert(it.key());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        keys.insert(it.key());
    for (const LinkKey &key : std::as_const(keys)) {
        const int delta = after.value(key) - before.value(key);
        if (delta == 0)
            continue;
        const CachedBlob *file = m_multiLinkFiles.value(key);
        int &going = m_linkGoing[key];
        const bool wasFreed = file && quint32(going) >= file->links;
        going += delta;
        const bool isFreed = file && quint32(going) >= file->links;
        if (wasFreed != isFreed)
            m_linkFreed += FreedBytes::ofFile(*file) * (isFreed ? 1 : -1);
    }
}

FreedBytes SelectionLedger::wholeFiles(const QHash<LinkKey, int> &names) const
{
    FreedBytes freed;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        if (const CachedBlob *file = m_multiLinkFiles.value(it.key()); file && quint32(it.value()) >= file->links)
            freed += FreedBytes::ofFile(*file);
    return freed;
}

QSet<RevisionKey> SelectionLedger::selectedRevisions() const
{
    QSet<RevisionKey> keys;
    for (int r = 0; r < m_repos.size(); ++r)
        for (int v = 0; v < m_repos[r].selected.size(); ++v)
            if (m_repos[r].selected[v])
                keys.insert(m_scan->repos[r].key(m_scan->repos[r].revisions[v]));
    return keys;
}

QSet<QString> SelectionLedger::selectedCorruptedPaths() const
{
    QSet<QString> paths;
    for (int c = 0; c < m_corruptedSelected.size(); ++c)
        if (m_corruptedSelected[c])
            paths.insert(m_scan->corrupted[c].path);
    return paths;
}

} // namespace hubdeck
