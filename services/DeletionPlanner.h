#pragma once

#include "CacheScan.h"
#include "DeletionPlan.h"

#include <QHash>
#include <QSet>

namespace hubdeck {

// Turns a selection into a DeletionPlan following huggingface_hub's delete_revisions, with
// HubDeck's extra rule: nothing outside <repo>/ is ever planned, and an escaping link's
// target is neither deleted nor counted as freed.
class DeletionPlanner
{
public:
    struct Selection
    {
        QSet<QString> revisions;      // commit hashes
        QSet<QString> corruptedPaths; // absolute paths of corrupted root entries
        bool incompleteFiles = false;
        bool unreferencedPayloads = false;
        QStringList missingTargets;
        QStringList invalidTargets; // "target: why", for hf:// URIs that name no repo or revision
    };

    explicit DeletionPlanner(const CacheScan &scan);

    // "model/org/name", "hf://models/org/name" (also "…@main" or "…@<hash>" for one revision),
    // a 40-hex commit hash, or a corrupted entry's path or folder name. Unknown targets land in
    // Selection::missingTargets, malformed URIs in Selection::invalidTargets.
    [[nodiscard]] Selection resolveTargets(const QStringList &targets) const;
    // What `prune` removes: detached revisions, partial downloads, unreferenced payloads.
    [[nodiscard]] Selection pruneSelection() const;
    [[nodiscard]] DeletionPlan plan(const Selection &selection) const;

private:
    void selectWholeRepo(int repo, Selection &selection) const;
    // raw: as the user wrote it, for messages; target: trimmed.
    void resolveUri(const QString &raw, const QString &target, const QHash<QString, int> &repoByLowerId, Selection &selection) const;

    const CacheScan &m_scan;
};

} // namespace hubdeck
