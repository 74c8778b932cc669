// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CacheScan.h"
#include "DeletionPlan.h"
#include "RevisionKey.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace hubdeck {

class CredentialFiles;

// Turns a selection into a DeletionPlan following huggingface_hub's delete_revisions, with
// HubDeck's extra rules:
//  - a revision is (repo folder, commit hash), never a bare hash (RevisionKey);
//  - nothing outside <repo>/ is ever planned, and an escaping link's target is neither
//    deleted nor counted as freed;
//  - a repo reached through a symlinked folder (the repo itself, blobs/, snapshots/, refs/)
//    is refused with a reason: removing the link would free nothing and strand its data;
//  - a blob with other hard links is planned but counts 0 towards what will be freed;
//  - unreferenced blobs and empty repos, which the reference never sees, are planned by
//    prune and with their repo.
class DeletionPlanner
{
public:
    struct Selection
    {
        QSet<RevisionKey> revisions;
        QSet<QString> repoFolders;    // whole repos by folder name: all revisions and the folder, even when it has none
        QSet<QString> corruptedPaths; // absolute paths of corrupted root entries
        bool incompleteFiles = false;
        bool unreferencedPayloads = false;
        bool unreferencedBlobs = false; // of every repo (prune)
        bool emptyRepos = false;        // repos with no revision left (prune)
        bool storeLeftovers = false;    // files of shared payloads that are gone (prune)
        bool emptyFolders = false;      // empty folders in the snapshots of revisions that stay (prune)
        // Files to remove from every revision that has them, by repo folder: paths inside the
        // snapshot folders, as CachedFile::relativePath holds them (bytes, through FileName).
        // Planned alone: plan() ignores every other field when this one is set.
        QHash<QString, QSet<QString>> files;
        QStringList missingTargets;
        QStringList invalidTargets; // "target: why", for targets that must stop the command
    };

    explicit DeletionPlanner(const CacheScan &scan);

    // "model/org/name", "hf://models/org/name" (also "…@main" or "…@<hash>" for one revision),
    // a 40-hex commit hash, or a corrupted entry's path or folder name. Unknown targets land in
    // Selection::missingTargets; malformed URIs, and a bare hash cached in several repos (a
    // renamed repo cached under both names), in Selection::invalidTargets.
    // "hf://[TYPE/]ORG/NAME/PATH" names one file of every revision (Selection::files), exactly
    // and case-sensitively; as in hf, file targets cannot be mixed with others, and '@REV' is
    // refused in them. A PATH that names a folder, or a broken link (its repo is set aside as
    // corrupted), is an invalid target with the reason; a PATH no revision has is missing.
    [[nodiscard]] Selection resolveTargets(const QStringList &targets) const;
    // What `prune` removes: detached revisions, partial downloads, unreferenced payloads and
    // blobs, and empty repos.
    [[nodiscard]] Selection pruneSelection() const;
    [[nodiscard]] DeletionPlan plan(const Selection &selection) const;

    // "hf://org/name@hash", "hf://datasets/org/name@hash": the unambiguous spelling of a revision.
    [[nodiscard]] static QString revisionUri(const CachedRepo &repo, const QString &commitHash);

private:
    void selectWholeRepo(int repo, Selection &selection) const;
    // The file targets, once resolveTargets knows every target is one.
    void resolveFiles(const QStringList &targets, const QHash<QString, int> &repoByLowerId, Selection &selection) const;
    // raw: as the user wrote it, for messages; target: trimmed.
    void resolveUri(const QString &raw, const QString &target, const QHash<QString, int> &repoByLowerId, Selection &selection) const;
    // A corrupted entry shown under a repo's id (a repo with a broken link, a file in snapshots/...).
    [[nodiscard]] const CorruptedRepo *corruptedForCacheId(const QString &cacheId) const;
    // Why nothing of the repo is planned, or empty: a linked repo part (repo folder, blobs/,
    // refs/, snapshots/), one of the revisions that would go being a link to a folder, or an
    // access token inside the repo folder (HF_TOKEN_PATH put there: CredentialFiles).
    [[nodiscard]] QString refusalFor(const CachedRepo &repo, const QList<const CachedRevision *> &going) const;

    const CacheScan &m_scan;
    // The credential files of the home the environment names, when any lies in this cache
    // (resolved): only then is each repo asked about them.
    std::shared_ptr<const CredentialFiles> m_credentials;
};

} // namespace hubdeck
