// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "AppSettings.h"
#include "CachePage.h"
#include "HfHome.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMainWindow>

#include <functional>

class QMenu;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QToolBar;

namespace hubdeck {

class OverviewPage;
class SpacesPage;

// The window: the Overview, Cache and Spaces pages as tabs, the menus and the Cache toolbar (filled
// with the pages' actions), the status bar with the progress of what the Cache page runs,
// the Settings and About dialogs, the recent cache folders, and the window's layout kept
// across starts.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The Cache page opens cacheDir; the Overview shows the home of the environment.
    explicit MainWindow(QString cacheDir, QWidget *parent = nullptr);
    // The Overview shows `home` (HfHome::forHubCache(cacheDir) for the GUI's --dir).
    MainWindow(QString cacheDir, const HfHome &home, QWidget *parent = nullptr);

    [[nodiscard]] CachePage *cachePage() const { return m_cache; }
    [[nodiscard]] SpacesPage *spacesPage() const { return m_spaces; }
    [[nodiscard]] OverviewPage *overviewPage() const { return m_overview; }
    void showSpacesPage();
    void showCachePage();
    // Asked when the window is closed (Quit, Ctrl+Q, the close button) while a deletion runs on
    // the Overview or the Cache page: true stops it and quits once its report is in, false
    // keeps deleting and the window open. A question box unless a test answers.
    void setStopAndQuitAsker(std::function<bool()> ask) { m_askStopAndQuit = std::move(ask); }
    // A deletion runs on the Overview or the Cache page.
    [[nodiscard]] bool isDeleting() const;

public Q_SLOTS:
    void openCacheFolder(const QString &dir);
    // A folder the user chose (File → Open Cache Folder…, Open Recent), read as `hubdeck --dir`
    // reads it (HfHome::forHubCache): the Cache page opens the hub cache and the Overview the
    // home it implies, so that the two pages never show two homes (GUI attack B21). A home
    // given (a folder with hub/, or a home's marks) opens its hub/ on the Cache page. The
    // Overview keeps its home while a deletion runs there, and says so.
    void openFolder(const QString &dir);

Q_SIGNALS:
    // Relayed from the Cache page.
    void scanFinished();
    void deletionFinished();
    void verifyFinished(const hubdeck::VerifyReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildStatusBar();
    void buildWarningsDock();
    void buildMenus();
    void fillToolbar(QAction *refresh, QAction *open, QMenu *quickSelect);
    void connectCachePage();
    void connectOverviewPage();
    void openInCachePage(const QString &hubCache, const QString &repoPath);
    // The Select menu holds the Cache page's actions, each followed by its Overview twin when it
    // has one; the page in front decides which of a pair shows.
    void fillSelectMenu(QMenu *menu);
    void updateWindowTitle();
    void onDeletionEnded();
    // A page's tab says a deletion runs there, seen from the other pages (GUI attack K14: the
    // Cache page gave no sign of the Overview's).
    void markDeletion(QWidget *page, bool running);
    [[nodiscard]] QString tabLabel(const QWidget *page) const;
    void onPageChanged();
    void showWarnings();
    void showBusy(int maximum);
    void hideBusy();
    void showPageMessage(QWidget *page, const QString &text, int timeout);
    // The page in front's kept message again (after a page change or a resize).
    void showCurrentPageMessage();
    // On one line, elided with "…" to the room the status bar has: a long reason was cut
    // mid-word (GUI attack G4). Its full text stays in the page's detail line or tooltip.
    void showStatus(const QString &text, int timeout);
    void rebuildRecentMenu();
    void chooseCacheFolder();
    void openSettings();
    void applySettings();

    OverviewPage *m_overview = nullptr;
    CachePage *m_cache = nullptr;
    SpacesPage *m_spaces = nullptr;
    QTabWidget *m_tabs = nullptr;
    QToolBar *m_toolbar = nullptr;
    QAction *m_quickSelect = nullptr;     // the toolbar's menu button
    QAction *m_selectSeparator = nullptr; // the toolbar's, before it
    QMenu *m_selectMenu = nullptr;
    QList<QAction *> m_cacheViewActions; // the View menu's, all the Cache page's
    QMenu *m_recentMenu = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_warningsWereVisible = false;
    bool m_wasOnCache = true;
    // The status bar speaks for the page in front: each page's last message is kept (until its
    // timeout runs out) and shown again when the page comes back, and the Cache page's
    // progress and Cancel only stand while it is in front.
    // A passing message (a hovered row's tip, for a few seconds) gives way to the page's last
    // lasting one when it ends, so that a deletion's result or progress is not lost to the
    // first hover (GUI attack B12).
    struct PageMessage
    {
        QString text;
        QDeadlineTimer expires{QDeadlineTimer::Forever}; // Forever: lasting (timeout 0)
        QString lasting;                                 // the last lasting message
        // lasting said the progress of the Cache page's busy work (a scan, a check): it ends
        // with that work, so no tab switch brings it back (attack report 19, H7: "Scanning …"
        // stayed under an idle page).
        bool lastingWhileBusy = false;
    };
    QHash<QWidget *, PageMessage> m_pageMessages;
    bool m_cacheBusy = false;
    // A Cache page action of the Select menu and its Overview twin (OverviewPage::selectActions;
    // nullptr: none, the action has no meaning on the Overview). The keys go to the one shown,
    // so no key is ever claimed twice.
    struct SelectPair
    {
        QAction *cache = nullptr;
        QAction *overview = nullptr;
        QList<QKeySequence> keys;
    };
    QList<SelectPair> m_selectPairs;
    std::function<bool()> m_askStopAndQuit;
    bool m_quitAfterDeletion = false; // "Stop and Quit": the window closes once the deletion ends
    AppSettings m_settings;
};

} // namespace hubdeck
