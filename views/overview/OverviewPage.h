// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HfHome.h"
#include "HomeDeletion.h"
#include "ProgressMessage.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace hubdeck {

class DiskUsageBar;
class HomeSession;
class HomeSortProxy;
class HomeTreeModel;
class PartsBar;

// The Overview page (issue #14): the whole Hugging Face home at a glance. At the top the
// disk that holds HF_HOME and its path, then a bar of the parts by size, then the parts and
// their entries as a tree with what each costs to delete. Deletable entries (never hub repos,
// which the Cache page deletes, credentials or files HubDeck does not know) can be ticked and
// deleted, after a confirmation, in the background with progress and Cancel on the page.
//
// Hub rows lead to the Cache page: the window listens to openInCachePage. Messages for the
// status bar come out of statusMessage.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    // Tests replace the modal confirmation with their own answer.
    // Asked before each deletion; it may narrow the plan (the dialog leaves out what its check
    // found cannot go whole).
    void setConfirmer(std::function<bool(HomeDeletion::Plan &)> confirmer) { m_confirm = std::move(confirmer); }
    // What Escape asks before it stops a running deletion (StopQuestion by default): tests
    // answer it.
    void setStopAsker(std::function<bool()> asker) { m_askStop = std::move(asker); }
    // Off: deletions start without the confirmation dialog (Settings, "Ask before deleting").
    void setConfirmDeletions(bool confirm) { m_confirmDeletions = confirm; }
    // Off: errors of a deletion are only counted in the status bar (tests).
    void setShowErrorDialogs(bool show) { m_showErrors = show; }

    [[nodiscard]] HomeSession *session() const { return m_session; }
    [[nodiscard]] HomeTreeModel *model() const { return m_model; }
    [[nodiscard]] HomeSortProxy *proxy() const { return m_proxy; }
    [[nodiscard]] QTreeView *tree() const { return m_tree; }
    [[nodiscard]] PartsBar *partsBar() const { return m_parts; }
    [[nodiscard]] DiskUsageBar *disk() const { return m_disk; }
    [[nodiscard]] QPushButton *deleteButton() const { return m_deleteButton; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancelButton; }
    // The bar beside Cancel: during a deletion, the bytes freed of the plan's bytes.
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
    [[nodiscard]] QString summaryText() const;  // the line under the tree, plain
    [[nodiscard]] QString homeText() const;     // the line atop the page, plain
    [[nodiscard]] QString selectedPath() const; // the current row's path, or ""
    // The detail area under the tree: the current row's path, what deleting it costs, and why
    // it cannot be deleted (the process using it...); plain text, "" with no current row.
    [[nodiscard]] QString detailsText() const;
    [[nodiscard]] QLabel *details() const { return m_details; }
    // The context menu of a row (a proxy index of the tree), built as a right click builds it.
    [[nodiscard]] QMenu *contextMenuFor(const QModelIndex &proxyIndex);
    // For the window's Select menu while this page is in front (the Cache page has its own):
    // Not Accessed for 30/90/180 Days, Clear Selection and Delete Ticked…, each named (objectName)
    // as its Cache page twin, which it stands in for.
    [[nodiscard]] QList<QAction *> selectActions() const { return m_selectActions; }
    // The totals line's sentence on the folders the scan could not read (HomeScan::errors, not
    // empty): one folder is placed in its entry, relative to the home; more are counted. Rich text.
    [[nodiscard]] static QString unreadableSentence(const HomeScan &scan);
    // The home's folder for the window title; "" before setHome.
    [[nodiscard]] QString homeRoot() const;
    // The page cannot list this home (HomeScanner::unusable): the line atop says why.
    [[nodiscard]] bool isHomeUnusable() const { return !m_unusable.isEmpty(); }

public Q_SLOTS:
    void setHome(const hubdeck::HfHome &home);
    void rescan();
    // Makes the part's row current, expanded and visible.
    void selectPart(const QString &kind);
    void deleteTicked();
    // Deletes what one row of the tree (a proxy index) holds, an entry or a part's deletable
    // entries, whatever is ticked: its context menu's Delete…, confirmed as the ticks are.
    void deleteRow(const QModelIndex &proxyIndex);
    // Ticks every deletable entry not accessed for that many days (HomeTreeModel::checkNotAccessedBefore).
    void selectNotAccessedFor(int days);
    void clearTicks();
    // Stops the deletion, or else the scan, that is running (Cancel, or Escape on the page).
    void cancel();

Q_SIGNALS:
    // A hub row was opened: show the Cache page on the hub cache, with this repo (or nothing).
    void openInCachePage(const QString &hubCache, const QString &repoPath);
    // timeout in milliseconds, 0 to keep the message until the next.
    void statusMessage(const QString &text, int timeout);
    void scanFinished();
    void deletionFinished();
    // setHome: another home is shown (the window names it in its title).
    void homeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // Plans these paths (the ticks when empty), confirms and starts the deletion.
    void deletePaths(const QStringList &paths);
    void buildContent();
    void buildActions();
    // The path atop the page, elided in the middle to the room the label has.
    void elideHomeLabel();
    void fitNameColumn();
    void connectSession();
    void onScanStarted();
    void onScanFinished(bool canceled);
    void onDeletionStarted(int entries);
    void showDeletionProgress(int done, qint64 freedBytes);
    void onDeletionFinished(const HomeDeletion::Report &report);
    // The parts bar and the totals line as the tree stands after removals (m_afterRemovals).
    void followRemovals();
    void showBusy(bool busy);
    void updateHeader();
    void updateSummary();
    void rememberView();
    void restoreView();
    void openRow(const QModelIndex &proxyIndex);
    void showContextMenu(const QPoint &pos);
    void updateDetails();

    HomeTreeModel *m_model;
    HomeSortProxy *m_proxy;
    HomeSession *m_session;
    QLabel *m_homeLabel = nullptr;
    DiskUsageBar *m_disk = nullptr;
    QLabel *m_totals = nullptr;
    PartsBar *m_parts = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_deleteAction = nullptr; // Select → Delete Ticked…
    QList<QAction *> m_selectActions;
    QString m_homeNote; // after the path atop the page: "(cannot be used)"..., rich text
    QString m_unusable; // HomeScanner::unusable of the home shown, "" when usable
    ProgressMessage m_progressMessage;
    int m_deletionEntries = 0;
    qint64 m_deletionBytes = 0; // the plan's, on disk
    std::function<bool(HomeDeletion::Plan &)> m_confirm;
    // While a row's deletion is confirmed: its path, which the re-measured plan is made of (the
    // ticks' otherwise).
    QStringList m_rowPaths;
    std::function<bool()> m_askStop;
    bool m_confirmDeletions = true;
    bool m_showErrors = true;
    bool m_firstScan = true;
    QSet<QString> m_expanded; // part kinds, across rescans
    QString m_current;        // the current row's path, across rescans
    QTimer m_clock;           // moves the rows' "… ago" on while the page is on screen
    QTimer m_afterRemovals;   // the bar and totals follow entries a running deletion removed
    static constexpr int kClockMs = 5000;
};

} // namespace hubdeck
