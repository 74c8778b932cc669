// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "BackgroundJob.h"
#include "CacheScan.h"
#include "DeletionPlan.h"
#include "DeletionReport.h"
#include "TreeWatcher.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>

namespace hubdeck {

class CacheTreeModel;

// Everything the cache page does that is not drawing: scans and deletions off the GUI
// thread with progress and cancel, the model patched after a deletion, and a debounced
// rescan when the cache changes on disk (ticks are kept by repo and commit).
class CacheSession : public QObject
{
    Q_OBJECT

public:
    explicit CacheSession(CacheTreeModel *model, QObject *parent = nullptr);
    ~CacheSession() override;

    [[nodiscard]] QString cacheDir() const { return m_cacheDir; }
    [[nodiscard]] bool isScanning() const { return m_scan.isRunning(); }
    [[nodiscard]] bool isDeleting() const { return m_deletion.isRunning(); }
    [[nodiscard]] CacheTreeModel *model() const { return m_model; }
    // The plan for what is ticked now.
    [[nodiscard]] DeletionPlan planForChecked() const;
    // What `cache prune` would remove now: detached revisions, unreferenced blobs, empty repos,
    // partial downloads, unreferenced shared blobs.
    [[nodiscard]] DeletionPlan planForPrune() const;
    // The plan that removes files from every revision of their repo: repo folder -> paths inside
    // the snapshot folders (CachedFile::relativePath), as DeletionPlanner::Selection::files.
    [[nodiscard]] DeletionPlan planForFiles(const QHash<QString, QSet<QString>> &files) const;
    // The plan of the running (or last) deletion: with its report, what the summary counts.
    [[nodiscard]] const DeletionPlan &deletionPlan() const { return m_deletionPlan; }
    void setWatchDelay(int milliseconds) { m_watcher.setDelay(milliseconds); }
    [[nodiscard]] int watchDelay() const { return m_watcher.delay(); }
    [[nodiscard]] QStringList watchedPaths() const { return m_watcher.paths(); }
    // The running (or last) scan is the one after our own deletion, which measures its changes
    // again: a page says nothing of it, so that the deletion's result stays in view.
    [[nodiscard]] bool isQuietScan() const { return m_quietScan; }

public Q_SLOTS:
    void setCacheDir(const QString &dir);
    void rescan();
    void cancelScan();
    void startDeletion(const DeletionPlan &plan);
    void cancelDeletion();

Q_SIGNALS:
    void scanStarted();
    void scanProgress(int done, int total);
    void scanFinished(bool canceled);
    void deletionStarted(int steps);
    // Steps done (of the plan's stepCount()) and bytes freed so far, measured.
    void deletionProgress(int done, qint64 freedBytes);
    void deletionFinished(const hubdeck::DeletionReport &report);
    void changedOnDisk();

private:
    // rescan(), quiet when it re-measures our own deletion's changes (isQuietScan()).
    void startRescan(bool quiet);
    void onScanFinished();
    void onDeletionFinished();
    void watch();

    CacheTreeModel *m_model;
    QString m_cacheDir;
    BackgroundJob<CacheScan> m_scan{BackgroundJob<CacheScan>::Stop::Future};
    // A flag rather than QFuture::cancel(): a canceled future drops its result, and the report
    // of what was removed before the stop is needed to patch the model.
    BackgroundJob<DeletionReport> m_deletion{BackgroundJob<DeletionReport>::Stop::Flag};
    TreeWatcher m_watcher{1500};
    DeletionPlan m_deletionPlan;
    bool m_rescanPending = false;
    bool m_keepChecks = false;
    bool m_quietScan = false;
    bool m_resumeWatchAfterScan = false; // the watch comes back on once the scan after a deletion is done
};

} // namespace hubdeck
