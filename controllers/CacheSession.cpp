// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheSession.h"

#include "CacheLocation.h"
#include "CacheScanner.h"
#include "CacheTreeModel.h"
#include "DeletionExecutor.h"
#include "DeletionPlanner.h"
#include "Logging.h"

#include <QSet>

#include <utility>

namespace hubdeck {

CacheSession::CacheSession(CacheTreeModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(&m_scan.watcher(), &QFutureWatcher<CacheScan>::progressRangeChanged, this,
            [this](int, int maximum) { Q_EMIT scanProgress(0, maximum); });
    connect(&m_scan.watcher(), &QFutureWatcher<CacheScan>::progressValueChanged, this,
            [this](int value) { Q_EMIT scanProgress(value, m_scan.watcher().progressMaximum()); });
    connect(&m_scan.watcher(), &QFutureWatcher<CacheScan>::finished, this, &CacheSession::onScanFinished);
    connect(&m_deletion.watcher(), &QFutureWatcher<DeletionReport>::progressTextChanged, this, [this](const QString &freed) {
        Q_EMIT deletionProgress(m_deletion.watcher().progressValue(), freed.toLongLong()); // DeletionExecutor's text: bytes freed
    });
    connect(&m_deletion.watcher(), &QFutureWatcher<DeletionReport>::finished, this, &CacheSession::onDeletionFinished);
    connect(&m_watcher, &TreeWatcher::changed, this, [this] {
        Q_EMIT changedOnDisk();
        m_keepChecks = true;
        rescan();
    });
}

CacheSession::~CacheSession() = default; // each job stops and waits for its work

void CacheSession::setCacheDir(const QString &dir)
{
    m_cacheDir = dir;
    m_keepChecks = false;
    m_watcher.clear();
    rescan();
}

void CacheSession::rescan()
{
    startRescan(false);
}

void CacheSession::startRescan(bool quiet)
{
    m_quietScan = quiet;
    if (isDeleting())
        return;
    if (isScanning()) {
        m_rescanPending = true;
        return;
    }
    Q_EMIT scanStarted();
    m_scan.start([dir = m_cacheDir](const auto &) { return CacheScanner::scanAsync(dir); });
}

void CacheSession::cancelScan()
{
    m_rescanPending = false;
    m_scan.stop();
}

void CacheSession::onScanFinished()
{
    std::optional<CacheScan> scan = m_scan.result();
    const bool canceled = !scan;
    if (!canceled) {
        const QSet<RevisionKey> keys = m_keepChecks ? m_model->ledger().selectedRevisions() : QSet<RevisionKey>();
        const QSet<QString> corrupted = m_keepChecks ? m_model->ledger().selectedCorruptedPaths() : QSet<QString>();
        m_model->setScan(std::move(*scan));
        if (!keys.isEmpty())
            m_model->checkRevisions(
                [&](const CachedRepo &repo, const CachedRevision &revision) { return keys.contains(repo.key(revision)); });
        for (int c = 0; c < m_model->scan().corrupted.size(); ++c)
            if (corrupted.contains(m_model->scan().corrupted[c].path))
                m_model->setCorruptedChecked(c, true);
    }
    watch(); // also after a scan that found no cache folder: its parent is watched for it
    m_keepChecks = false;
    Q_EMIT scanFinished(canceled);
    if (m_rescanPending) {
        m_rescanPending = false;
        m_keepChecks = true;
        startRescan(m_quietScan); // as quiet as the request that waited
    } else if (std::exchange(m_resumeWatchAfterScan, false)) {
        m_watcher.cancelPending();
        m_watcher.setSuspended(false);
    }
}

void CacheSession::watch()
{
    // The root and each repo's snapshots/: new repos and revisions show up there. One watch
    // per repo keeps large caches within the inotify budget. A cache folder that does not exist
    // yet is watched through its nearest existing parent: the first download makes it there,
    // and the page shows it without F5 (a change elsewhere in the parent costs one scan of a
    // missing folder, which ends at once).
    QStringList paths{CacheLocation::nearestExisting(m_model->scan().cacheDir.isEmpty() ? m_cacheDir : m_model->scan().cacheDir)};
    for (const CachedRepo &repo : m_model->scan().repos)
        paths.append(repo.repoPath + QStringLiteral("/snapshots"));
    m_watcher.setPaths(paths);
}

DeletionPlan CacheSession::planForChecked() const
{
    DeletionPlanner::Selection selection;
    selection.revisions = m_model->ledger().selectedRevisions();
    selection.corruptedPaths = m_model->ledger().selectedCorruptedPaths();
    return DeletionPlanner(m_model->scan()).plan(selection);
}

DeletionPlan CacheSession::planForFiles(const QHash<QString, QSet<QString>> &files) const
{
    DeletionPlanner::Selection selection;
    selection.files = files;
    return DeletionPlanner(m_model->scan()).plan(selection);
}

DeletionPlan CacheSession::planForPrune() const
{
    const DeletionPlanner planner(m_model->scan());
    return planner.plan(planner.pruneSelection());
}

void CacheSession::startDeletion(const DeletionPlan &plan)
{
    if (isDeleting() || plan.isEmpty())
        return;
    // Our own deletion changes the folders too; its result patches the model instead.
    m_watcher.setSuspended(true);
    m_resumeWatchAfterScan = false; // a scan stopped now does not turn the watch back on
    m_scan.stop();
    m_deletionPlan = plan;
    Q_EMIT deletionStarted(int(plan.stepCount()));
    m_deletion.start([&plan](std::shared_ptr<std::atomic_bool> stop) { return DeletionExecutor::executeAsync(plan, std::move(stop)); });
}

void CacheSession::cancelDeletion()
{
    m_deletion.stop();
}

void CacheSession::onDeletionFinished()
{
    DeletionReport report;
    if (auto result = m_deletion.result())
        report = std::move(*result);
    else
        report.canceled = true;
    // What was removed before a cancel is gone all the same: patch the model with it.
    m_model->applyDeletion(report);
    Q_EMIT deletionFinished(report);
    // The watch stays off until a quiet scan has measured the folders again, as the Overview
    // does: the changes this deletion made, still arriving, are not "changed on disk" news that
    // would replace its result in the status bar (GUI attack H7), and what another program
    // changed meanwhile is in that scan.
    m_resumeWatchAfterScan = true;
    m_keepChecks = true;
    startRescan(true);
}

} // namespace hubdeck
