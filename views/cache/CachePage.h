// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "AppSettings.h"
#include "DeletionPlan.h"
#include "ProgressMessage.h"
#include "RevisionKey.h"
#include "VerifyReport.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>

#include <functional>

class QAction;
class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace hubdeck {

class CacheBrowser;
class CacheFilterBar;
class CacheFilterProxy;
class CacheSession;
class CacheTreeModel;
class DiskUsageBar;
class IntegrityCheck;
class PreviewPane;
class TreemapView;
class WarningsPanel;
struct DeletionReport;

// The Cache page: the filter bar, the tree with its treemap and preview (or a note when there
// is no cache to show), the "frees" summary with the Delete button, and the warnings; quick
// selections, deletion, prune and verify, all driven by a CacheSession.
//
// The page has no window furniture of its own. The window around it puts the page's actions
// in its menus and toolbar, docks its warnings panel, and shows what the page reports in the
// status bar: messages, and the progress of the scan, deletion or check that runs (which
// cancel() stops).
class CachePage : public QWidget
{
    Q_OBJECT

public:
    explicit CachePage(QWidget *parent = nullptr);
    ~CachePage() override;

    // Tests replace the modal confirmation with their own answer.
    void setConfirmer(std::function<bool(const DeletionPlan &)> confirmer) { m_confirm = std::move(confirmer); }
    // What Escape asks before it stops a running deletion (StopQuestion by default): tests
    // answer it.
    void setStopAsker(std::function<bool()> asker) { m_askStop = std::move(asker); }
    // What the confirmation says besides the plan, while it is asked: which of the ticks and the
    // selected file rows Delete acts on. Empty when there is nothing to add.
    [[nodiscard]] QString confirmationNote() const { return m_confirmNote; }
    // Off: deletions start without the confirmation dialog (Settings, "Ask before deleting").
    void setConfirmDeletions(bool confirm) { m_confirmDeletions = confirm; }
    void setShowVerifyResults(bool show) { m_showVerifyResults = show; }
    // Settings, "Deleting": whole repos go to the Trash (DeletionPlan::trashWholeRepos).
    void setTrashWholeRepos(bool trash) { m_trashWholeRepos = trash; }

    [[nodiscard]] CacheSession *session() const { return m_session; }
    [[nodiscard]] CacheTreeModel *model() const { return m_model; }
    [[nodiscard]] CacheFilterProxy *proxy() const { return m_proxy; }
    [[nodiscard]] QTreeView *tree() const;
    [[nodiscard]] TreemapView *treemap() const;
    [[nodiscard]] PreviewPane *preview() const;
    [[nodiscard]] QString cacheDir() const;
    [[nodiscard]] QString summaryText() const; // plain text, without the emphasis
    // What a revision frees alone (the tree's Frees column), by identity; -1 when it is not in
    // the scan. For DeleteConfirmDialog: the figures of the scan as it is now.
    [[nodiscard]] std::function<qint64(const hubdeck::RevisionKey &)> revisionFrees() const;
    [[nodiscard]] bool isShowingEmptyState() const;
    [[nodiscard]] DiskUsageBar *disk() const { return m_disk; }

    // For the window to place. The panel is a dock widget; the action lists hold separators
    // where the menu should have them.
    [[nodiscard]] WarningsPanel *warnings() const { return m_warnings; }
    [[nodiscard]] QList<QAction *> selectActions() const { return m_selectActions; } // quick selections, Delete Ticked…
    [[nodiscard]] QList<QAction *> toolActions() const { return m_toolActions; }     // Prune…, Verify the Whole Cache
    [[nodiscard]] QList<QAction *> viewActions() const { return m_viewActions; }     // treemap shown, treemap colouring
    [[nodiscard]] QAction *deleteAction() const { return m_deleteAction; }
    [[nodiscard]] QAction *findAction() const { return m_findAction; }     // focuses the search field (Ctrl+F)
    [[nodiscard]] QAction *cancelAction() const { return m_cancelAction; } // Escape; enabled while busy

    // The column widths and splitter positions, kept across starts.
    void saveLayout(AppSettings::WindowLayout &layout) const;
    void restoreLayout(const AppSettings::WindowLayout &layout);

public Q_SLOTS:
    void openCacheFolder(const QString &dir);
    void rescan();
    // Makes this repo (its folder's absolute path) the current row, once the scan running now
    // (if any) has ended; the Overview page leads here from a hub repo.
    void showPath(const QString &path);
    void selectDetached();
    void selectNotAccessedFor(int days);
    void selectMatchingFilter();
    // Select → Free Space…: FreeSpaceDialog, then tickOnly() with what it picked.
    void freeSpace();
    // Replaces the ticks with exactly these revisions, and says in the status bar what they free.
    void tickOnly(const QList<hubdeck::RevisionKey> &revisions);
    void clearSelection();
    // Tools → Prune…: the plan of `cache prune`, the usual confirmation, a background deletion.
    void prune();
    // The Delete key and Select → Delete Ticked…: the ticked repos and revisions; with none
    // ticked and only file rows selected, those files from all revisions (as deleteFiles).
    void deleteChecked();
    // The tree's "Delete … from All Revisions…": the files (repo folder -> paths inside the
    // snapshot folders) from every revision, through the usual confirmation and background deletion.
    void deleteFiles(const QHash<QString, QSet<QString>> &files);
    // Checks blobs against the hashes in their names: of these revisions, or of the whole cache.
    void verify(const QSet<hubdeck::RevisionKey> &revisions = {});
    // Stops the check, deletion or scan that is running, in that order of precedence.
    void cancel();

Q_SIGNALS:
    void scanFinished();
    void deletionFinished();
    void verifyFinished(const hubdeck::VerifyReport &report);
    // For the status bar: timeout in milliseconds, 0 to keep the message until the next.
    void statusMessage(const QString &text, int timeout);
    // A scan, deletion or check started (maximum 0: no count known yet) and ended; in between,
    // its progress as QProgressBar takes it.
    void busyStarted(int maximum);
    void progressRangeChanged(int minimum, int maximum);
    void progressValueChanged(int value);
    void busyFinished();
    // The first scan of a folder found entries huggingface_hub would skip: the window shows the
    // warnings panel, now or when the user comes to the page.
    void warningsFound();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Makes path's row current; when the filter hides it, clears the filter and says so.
    void showPathClearingTheFilter(const QString &path);
    // The disk line beside the summary when the page is wide enough for both, else on a line of
    // its own under it: never cut (GUI attack K11: in German at 1024 px its forecast was "…").
    void placeDiskBar();
    void buildContent();
    void buildActions();
    void connectSession();
    void updateSummary();
    void showBusy(const QString &message, int maximum);
    // The status bar's line for a running check or deletion: bytes, items and time left.
    void showVerifyProgress(qint64 bytesRead, qint64 bytesTotal, int blobsDone, int blobsTotal);
    void showDeletionProgress(int done, qint64 freedBytes);
    void hideBusy();
    void showEmptyState(const QString &html, const QString &status);
    void onScanStarted();
    void onScanFinished(bool canceled);
    void onDeletionFinished(const DeletionReport &report);
    void reportDeletionErrors(const DeletionReport &report);
    void onVerifyFinished(const VerifyReport &report);
    void confirmAndDelete(const DeletionPlan &plan, const QString &note = {});
    void planFilesAndDelete(const QHash<QString, QSet<QString>> &files, const QString &note);
    // Delete is enabled for ticks, or for selected file rows when nothing is ticked.
    void updateDeleteAction();

    CacheTreeModel *m_model;
    CacheFilterProxy *m_proxy;
    CacheSession *m_session;
    IntegrityCheck *m_check = nullptr;
    CacheFilterBar *m_filterBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    CacheBrowser *m_browser = nullptr;
    QLabel *m_emptyState = nullptr;
    QLabel *m_summary = nullptr;
    DiskUsageBar *m_disk = nullptr;
    QGridLayout *m_summaryRow = nullptr;
    QPushButton *m_deleteButton = nullptr;
    WarningsPanel *m_warnings = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_cancelAction = nullptr; // Escape, while something runs
    QList<QAction *> m_selectActions;
    QList<QAction *> m_toolActions;
    QList<QAction *> m_viewActions;
    std::function<bool(const DeletionPlan &)> m_confirm;
    std::function<bool()> m_askStop;
    QString m_confirmNote; // confirmationNote()
    bool m_confirmDeletions = true;
    bool m_trashWholeRepos = false;
    bool m_showVerifyResults = true;
    bool m_firstScan = true;
    ProgressMessage m_progressMessage;
    int m_deletionSteps = 0;
    QString m_pendingPath; // showPath() during a scan
};

} // namespace hubdeck
