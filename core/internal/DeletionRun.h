// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CredentialFiles.h"
#include "DeletionPlan.h"
#include "DeletionReport.h"
#include "InUseFiles.h"
#include "SafeRemover.h"
#include "SharedBlobStore.h"
#include "SharedExtentLedger.h"

#include <QHash>
#include <QPromise>
#include <QSet>

#include <functional>
#include <optional>

namespace hubdeck {

// One run of a DeletionPlan, for DeletionExecutor: the report as it grows, the remover, the
// progress step and the one decision whether to stop. Each phase returns false once the run
// is stopped, and run() then ends with what was removed so far.
//
// The order of removals is a safety guarantee (README, "How deletion stays safe"), phase by
// phase: per repo item its refs (all of a whole repo's first), then per revision the
// snapshot's links, the blobs only it used and the emptied folder, then the repo's
// unreferenced blobs and the repo folder; then the shared store's payloads, the store's
// leftovers and the partial downloads.
class DeletionRun
{
public:
    DeletionRun(const DeletionPlan &plan, QPromise<DeletionReport> *promise, std::function<bool()> isCanceled);
    DeletionRun(const DeletionRun &) = delete; // the remover's cancel check points at this run
    DeletionRun &operator=(const DeletionRun &) = delete;

    [[nodiscard]] DeletionReport run();

private:
    // Whether a removed path's bytes count in the report's freedBytes: not for ref files,
    // whose bytes neither the plan nor "freed" count (DeletionPlan.h).
    enum class Freed {
        Counted,
        NotCounted,
    };

    // What a repo item's removals have left so far: what must stay because of it.
    struct RepoState
    {
        QSet<QString> refsLeft;    // refs that could not be removed: their snapshot must stay
        bool snapshotKept = false; // once one stays, no blob of this repo may go
        bool blobKept = false;     // a removal failed and was reported: the folder stays, said once
    };

    [[nodiscard]] bool canceledNow() const;
    // Adds what removed files still hold because processes have them open (bytes on disk) and
    // who, each once.
    void heldOpen(qint64 bytes, const QStringList &by);
    // The one place that decides: canceled through the promise or the callback, or a removal
    // that saw the cancel. Sets report.canceled.
    [[nodiscard]] bool stopped();
    // Removes one path; false when it is not gone (failed, refused or canceled).
    // changed: set to whether anything of the path was removed (all of it, or part of a tree
    // before a stop or failure), for what a stop leaves begun.
    bool remove(const QString &path, SafeRemover::Kind kind, QStringList *removed, Freed freed = Freed::Counted, bool *changed = nullptr);
    void advance(qsizetype steps = 1);

    [[nodiscard]] bool removeItem(const DeletionPlan::RepoItem &item);
    // One rename into the freedesktop Trash; a failure is reported and nothing of the repo goes.
    [[nodiscard]] bool trashItem(const DeletionPlan::RepoItem &item);
    [[nodiscard]] bool removeRefs(const DeletionPlan::RepoItem &item, const DeletionPlan::RevisionItem &revision, RepoState &state);
    // Records that something of this revision is gone (a ref, an entry of its snapshot): unless
    // it is removed whole by the end, the report lists it as partly removed.
    void begun(const DeletionPlan::RepoItem &item, const DeletionPlan::RevisionItem &revision, bool refs);
    [[nodiscard]] bool removeRevision(const DeletionPlan::RepoItem &item, const DeletionPlan::RevisionItem &revision, RepoState &state);
    // A file item's snapshot entries, the folders they leave empty, then the blobs only they used.
    [[nodiscard]] bool removeFiles(const DeletionPlan::RepoItem &item, RepoState &state);
    // The subfolders of the snapshot that removing `file` emptied, deepest first; the snapshot
    // folder itself stays (its refs still name it).
    void removeEmptiedFolders(const QString &repoPath, const DeletionPlan::FileItem &file);
    [[nodiscard]] bool removeUnreferencedBlobs(const DeletionPlan::RepoItem &item, RepoState &state);
    [[nodiscard]] bool removeRepoFolder(const DeletionPlan::RepoItem &item, const RepoState &state);
    [[nodiscard]] bool sweepPayloads();
    void sweep(const QString &hash);
    [[nodiscard]] bool removeStoreLeftovers();
    [[nodiscard]] bool removeIncompleteFiles();
    [[nodiscard]] bool removeEmptyFolders();
    // Removes `folder` if it is empty, then its parents while they are emptied, never the
    // snapshot folder (<repo>/snapshots/<hash>) or anything above it.
    void removeEmptyFolderAndParents(QString folder);
    DeletionReport finish();

    const DeletionPlan &m_plan;
    QPromise<DeletionReport> *m_promise;
    std::function<bool()> m_isCanceled;
    DeletionReport m_report;
    SharedExtentLedger m_sharedExtents; // declared before m_remover, which is given it
    // What running processes hold open or have mapped when the run begins: a file of them whose
    // last name goes is held, not freed (SafeRemover::setHeldFiles).
    InUseFiles m_inUse;
    SafeRemover m_remover;
    // The home's credential files when one lies in this cache (CredentialFiles::anyWithin):
    // each repo is asked again before anything of it goes, as the plan may be older.
    std::optional<CredentialFiles> m_credentials;
    SharedBlobStore m_store;
    bool m_hasStore = false; // read once: a store made during the run is not this plan's
    QSet<QString> m_payloadsToSweep;
    int m_step = 0;
    QList<DeletionReport::PartlyRemoved> m_begun;
    QHash<QString, qsizetype> m_begunAt; // by snapshot path
};

} // namespace hubdeck
