// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "AppSettings.h"
#include "CachePage.h"
#include "HfHome.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMainWindow>

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

public Q_SLOTS:
    void openCacheFolder(const QString &dir);

Q_SIGNALS:
    // Relayed from the Cache page.
    void scanFinished();
    void deletionFinished();
    void verifyFinished(const hubdeck::VerifyReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildStatusBar();
    void buildWarningsDock();
    void buildMenus();
    void fillToolbar(QAction *refresh, QAction *open, QMenu *quickSelect);
    void connectCachePage();
    void connectOverviewPage();
    void openInCachePage(const QString &hubCache, const QString &repoPath);
    void onPageChanged();
    void showWarnings();
    void showBusy(int maximum);
    void hideBusy();
    void showPageMessage(QWidget *page, const QString &text, int timeout);
    void rebuildRecentMenu();
    void chooseCacheFolder();
    void openSettings();
    void applySettings();

    OverviewPage *m_overview = nullptr;
    CachePage *m_cache = nullptr;
    SpacesPage *m_spaces = nullptr;
    QTabWidget *m_tabs = nullptr;
    QToolBar *m_cacheToolbar = nullptr;
    QMenu *m_recentMenu = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_warningsWereVisible = false;
    bool m_wasOnCache = true;
    // The status bar speaks for the page in front: each page's last message is kept (until its
    // timeout runs out) and shown again when the page comes back, and the Cache page's
    // progress and Cancel only stand while it is in front.
    struct PageMessage
    {
        QString text;
        QDeadlineTimer expires{QDeadlineTimer::Forever}; // Forever: lasting (timeout 0)
    };
    QHash<QWidget *, PageMessage> m_pageMessages;
    bool m_cacheBusy = false;
    AppSettings m_settings;
};

} // namespace hubdeck
