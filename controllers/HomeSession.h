// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "BackgroundJob.h"
#include "HfHome.h"
#include "HomeDeletion.h"
#include "HomeScan.h"
#include "TreeWatcher.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace hubdeck {

class HomeTreeModel;

// What the Overview page does that is not drawing (issue #14): scans the Hugging Face home
// with HomeScanner off the GUI thread, rescans (debounced) when HF_HOME, a part root or a
// folder right below one changes on disk, and again and again while the page is on screen
// (writes deeper down reach no watch): every 15 s while an entry is being written or in use,
// every minute otherwise. It deletes the ticked entries with HomeDeletion on a worker thread,
// with progress and a cancel that keeps the report of what was done, then scans again. Ticks are kept by path across scans (HomeTreeModel).
class HomeSession : public QObject
{
    Q_OBJECT

public:
    explicit HomeSession(HomeTreeModel *model, QObject *parent = nullptr);
    ~HomeSession() override;

    [[nodiscard]] const HfHome &home() const { return m_home; }
    [[nodiscard]] HomeTreeModel *model() const { return m_model; }
    [[nodiscard]] bool isScanning() const { return m_scan.isRunning(); }
    [[nodiscard]] bool isDeleting() const { return m_deletion.isRunning(); }
    [[nodiscard]] bool hasScanned() const { return m_scanned; }
    // Whether the scan that runs (or whose result is being shown) is the one after a deletion:
    // the deletion's result line says what it left and why, and stands through it.
    [[nodiscard]] bool isScanAfterDeletion() const { return m_resumeWatchAfterScan; }
    // What the ticks delete, planned from the latest scan; HomeDeletion::run checks again,
    // entry by entry, that nothing is in use before it deletes.
    [[nodiscard]] HomeDeletion::Plan planForChecked() const;
    // What deleting these entries or parts (absolute paths, as listed) would do, planned from
    // the latest scan whatever is ticked: one row's Delete… on the Overview.
    [[nodiscard]] HomeDeletion::Plan planFor(const QStringList &paths) const;
    // What deleting the ticked entries frees besides their own bytes: the folders that hold only
    // them and go with them (an assets library, an xet endpoint's folder), in bytes on disk
    // (HomeDeletion::findEmptiedFolders). Measured off the GUI thread after each change of the
    // ticks or of the scan (checkedMeasured() then), 0 until then; the confirmation checks again.
    [[nodiscard]] qint64 checkedEmptiedBytes() const;
    // The part of it on the filesystem with this device number (st_dev).
    [[nodiscard]] qint64 checkedEmptiedBytesOn(quint64 device) const { return m_emptiedBytes.value(device); }
    [[nodiscard]] int checkedEmptiedFolders() const { return m_emptiedFolders; }
    // Whether that measure is still to come for the ticks as they are (the figure may grow).
    [[nodiscard]] bool isMeasuringChecked() const { return m_measuredGeneration != m_checksGeneration; }
    // The plan of the running (or last) deletion.
    [[nodiscard]] const HomeDeletion::Plan &deletionPlan() const { return m_deletionPlan; }
    // Milliseconds between a change on disk and the rescan (2 s unless a test shortens it).
    void setWatchDelay(int milliseconds) { m_watcher.setDelay(milliseconds); }
    [[nodiscard]] QStringList watchedPaths() const { return m_watcher.paths(); }
    // Milliseconds between the re-checks while an entry is active (15 s unless a test
    // shortens it), kQuietFactor times that while none is; 0 turns them off. A re-check is a
    // whole scan, so on a home whose scan takes long the re-checks space out
    // (recheckIntervalFor). recheckInterval() is the one in use now.
    void setRecheckInterval(int milliseconds);
    [[nodiscard]] int recheckInterval() const { return m_watcher.recheckInterval(); }
    // The interval used after a scan that took lastScanMs: at least baseMs, and long enough
    // that re-checking keeps a core busy at most a tenth of the time.
    [[nodiscard]] static int recheckIntervalFor(int baseMs, qint64 lastScanMs);
    // The page is on screen: re-checks only run then (nobody reads a hidden page).
    void setOnScreen(bool onScreen);
    // Whether the re-checks run now: while the page is on screen. They come every
    // recheckInterval while the latest scan found an entry in use or modified within the last
    // kActiveSeconds (active), kQuietFactor times less often otherwise.
    [[nodiscard]] bool isRechecking() const { return m_watcher.isRechecking(); }
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] qint64 lastScanMilliseconds() const { return m_lastScanMs; } // how long the latest finished scan took
    static constexpr double kActiveSeconds = 120;
    static constexpr int kQuietFactor = 4;

    // The status bar's sentence for a finished deletion: entries deleted, bytes freed as
    // measured, errors counted; "Stopped" when it was canceled.
    [[nodiscard]] static QString summary(const HomeDeletion::Report &report);

public Q_SLOTS:
    void setHome(const hubdeck::HfHome &home);
    void rescan();
    void cancelScan();
    void startDeletion(const hubdeck::HomeDeletion::Plan &plan);
    void cancelDeletion();

Q_SIGNALS:
    void scanStarted();
    void scanProgress(int done, int total); // entries measured, of total (0 while counting)
    void scanFinished(bool canceled);
    void deletionStarted(int entries);
    // Entries done, and bytes freed so far, measured.
    void deletionProgress(int done, qint64 freedBytes);
    void deletionFinished(const hubdeck::HomeDeletion::Report &report);
    // checkedEmptiedBytes() has been measured for the ticks as they are now.
    void checkedMeasured();
    void changedOnDisk();
    // For the status bar: timeout in milliseconds, 0 to keep it until the next message.
    void statusMessage(const QString &text, int timeout);

private:
    void onScanFinished();
    void onDeletionFinished();
    void watch();
    void updateRecheck();
    void measureChecked();
    void onCheckedMeasured();
    // Takes out of the tree the entries of the running deletion's plan that the run found gone
    // from disk (GUI attack H13).
    void takeOutDoneEntries();

    HomeTreeModel *m_model;
    HfHome m_home;
    BackgroundJob<HomeScan> m_scan{BackgroundJob<HomeScan>::Stop::Future};
    // A flag, not QFuture::cancel(): the report of what was deleted before the stop must arrive.
    BackgroundJob<HomeDeletion::Report> m_deletion{BackgroundJob<HomeDeletion::Report>::Stop::Flag};
    TreeWatcher m_watcher{2000};
    HomeDeletion::Plan m_deletionPlan;
    // The folders the ticks leave empty: measured for m_checksGeneration's ticks only.
    struct Emptied
    {
        quint64 generation = 0;
        int folders = 0;
        QHash<quint64, qint64> bytesByDevice;
    };
    BackgroundJob<Emptied> m_emptied{BackgroundJob<Emptied>::Stop::Future};
    QTimer m_measureDelay; // ticking a part ticks many rows at once: measured once it settles
    quint64 m_checksGeneration = 0;
    quint64 m_measuredGeneration = 0;
    int m_emptiedFolders = 0;
    QHash<quint64, qint64> m_emptiedBytes;
    bool m_rescanPending = false;
    bool m_resumeWatchAfterScan = false;               // the watch stays off from a deletion to the scan after it
    QStringList m_tickAfterScan;                       // what a stopped deletion left part-deleted, to tick again
    std::shared_ptr<HomeDeletion::GoneEntries> m_gone; // the running deletion's entries found gone
    bool m_scanned = false;
    bool m_onScreen = false;
    bool m_active = false; // the latest scan found an entry in use or being written
    int m_recheckBaseMs = 15000;
    QElapsedTimer m_scanClock; // since the running scan started
    qint64 m_lastScanMs = 0;   // how long the latest finished scan took
};

} // namespace hubdeck
