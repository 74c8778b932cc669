// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "MainWindow.h"

#include "AboutDialog.h"
#include "CacheLocation.h"
#include "CacheSession.h"
#include "HfHome.h"
#include "HomeSession.h"
#include "OverviewPage.h"
#include "PrintableText.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "SpaceDetailPanel.h"
#include "SpacesController.h"
#include "SpacesPage.h"
#include "WarningsPanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLayout>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <utility>

namespace hubdeck {

MainWindow::MainWindow(QString cacheDir, QWidget *parent)
    : MainWindow(std::move(cacheDir), HfHome::locate(), parent)
{}

MainWindow::MainWindow(QString cacheDir, const HfHome &home, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("HubDeck"));
    setObjectName(QStringLiteral("mainWindow"));
    // Until the user sizes it (a saved geometry wins): most of the screen, centred, so the tree
    // gets the room on a large monitor and nothing is cut off on a 1366×768 laptop.
    const QRect available = screen()->availableGeometry();
    resize(available.size() * 0.8);
    move(available.center() - rect().center());

    m_cache = new CachePage(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    m_overview = new OverviewPage(m_tabs);
    m_spaces = new SpacesPage(m_tabs);
    m_spaces->setRefreshButtonShown(false); // the toolbar's Refresh (F5) refreshes the page in front
    for (QWidget *page : {static_cast<QWidget *>(m_overview), static_cast<QWidget *>(m_cache), static_cast<QWidget *>(m_spaces)})
        m_tabs->addTab(page, tabLabel(page));
    setCentralWidget(m_tabs);

    m_askStopAndQuit = [this] {
        QMessageBox box(QMessageBox::Question, tr("Quit HubDeck"), tr("A deletion is running. Stop it and quit?"), QMessageBox::NoButton,
                        this);
        box.setInformativeText(tr("What was already deleted stays deleted. The deletion stops between two files, and HubDeck quits "
                                  "once it has stopped."));
        QPushButton *stop = box.addButton(tr("Stop and Quit"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("Keep Deleting"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        return box.clickedButton() == stop;
    };

    buildStatusBar();
    buildWarningsDock();
    buildMenus();
    connectCachePage();
    connectOverviewPage();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onPageChanged);

    m_settings = AppSettings::load();
    applySettings();
    const AppSettings::WindowLayout layout = AppSettings::loadLayout();
    restoreGeometry(layout.geometry);
    restoreState(layout.state);
    m_cache->restoreLayout(layout);
    onPageChanged(); // the window opens on the Overview: the Cache toolbar steps aside
    openCacheFolder(cacheDir);
    m_overview->setHome(home);
}

void MainWindow::buildStatusBar()
{
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop the scan, deletion or check that is running"));
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    // A passing message that ends (its timeout, a menu's status tip left behind) gives the bar
    // back to the page's lasting one (GUI attack B12: a deletion's result went for good on the
    // first hover over the list).
    // The bar's own timer is coarse and may end a passing message a little before its
    // deadline: an emptied bar means that message is over, whatever the clock says.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &text) {
        if (!text.isEmpty() || !m_tabs)
            return;
        QMetaObject::invokeMethod(
            this,
            [this] {
                const auto it = m_pageMessages.find(m_tabs->currentWidget());
                if (it == m_pageMessages.end() || it->lasting.isEmpty() || !statusBar()->currentMessage().isEmpty())
                    return;
                it->text = it->lasting;
                it->expires = QDeadlineTimer(QDeadlineTimer::Forever);
                showStatus(it->lasting, 0);
            },
            Qt::QueuedConnection);
    });
    connect(m_cancel, &QPushButton::clicked, m_cache, &CachePage::cancel);
}

void MainWindow::buildWarningsDock()
{
    WarningsPanel *warnings = m_cache->warnings();
    addDockWidget(Qt::BottomDockWidgetArea, warnings);
    resizeDocks({warnings}, {150}, Qt::Vertical); // the tree keeps the room; a saved layout wins
    warnings->hide();
}

void MainWindow::buildMenus()
{
    m_toolbar = addToolBar(tr("Main Toolbar"));
    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *open =
        fileMenu->addAction(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("&Open Cache Folder…"), this, &MainWindow::chooseCacheFolder);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    // F5 refreshes the page in front: the cache, or the Spaces.
    auto *refresh = fileMenu->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this, [this] {
        if (m_tabs->currentWidget() == m_spaces)
            m_spaces->refresh();
        else if (m_tabs->currentWidget() == m_overview)
            m_overview->rescan();
        else
            m_cache->rescan();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    auto *preferences = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    // The platform's Preferences key where it has one, and Ctrl+, everywhere (Linux desktops
    // often define none).
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferenceKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferenceKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcuts(preferenceKeys);
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_selectMenu = menuBar()->addMenu(tr("&Select"));
    fillSelectMenu(m_selectMenu);
    menuBar()->addMenu(tr("&Tools"))->addActions(m_cache->toolActions());
    addAction(m_cache->findAction()); // Ctrl+F works wherever the focus is in the window

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addActions(m_cache->viewActions());
    viewMenu->addSeparator();
    viewMenu->addAction(m_cache->warnings()->toggleViewAction());
    // All of them are the Cache page's: greyed on the other pages, as the Select menu's are
    // (GUI attack K10: the Treemap and Preview toggles looked live on the Overview).
    m_cacheViewActions = viewMenu->actions();
    viewMenu->addAction(m_toolbar->toggleViewAction());

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    // The keys the README lists, read from the window as bound (GUI attack B9: Help held only About).
    helpMenu->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    helpMenu->addAction(tr("&About HubDeck"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });

    // The toolbar's Quick Select has a menu of its own: a menu given to a tool button stands for
    // that button, and the Select menu's keys then followed the toolbar (Ctrl+Shift+A did
    // nothing on the Overview: GUI attack G16). It holds the Select menu's actions, so it shows
    // the page in front's as that menu does.
    auto *quickSelect = new QMenu(this);
    quickSelect->addActions(m_selectMenu->actions());
    fillToolbar(refresh, open, quickSelect);
}

void MainWindow::fillSelectMenu(QMenu *menu)
{
    const QList<QAction *> twins = m_overview->selectActions();
    for (QAction *action : m_cache->selectActions()) {
        menu->addAction(action);
        if (action->isSeparator())
            continue;
        const auto twin =
            std::find_if(twins.cbegin(), twins.cend(), [action](const QAction *t) { return t->objectName() == action->objectName(); });
        // Delete is the pages' own key (onPageChanged), not the menu's.
        m_selectPairs.append({action, twin == twins.cend() ? nullptr : *twin,
                              action == m_cache->deleteAction() ? QList<QKeySequence>() : action->shortcuts()});
        if (twin != twins.cend())
            menu->addAction(*twin);
    }
}

void MainWindow::fillToolbar(QAction *refresh, QAction *open, QMenu *quickSelect)
{
    m_toolbar->addAction(refresh);
    m_toolbar->addAction(open);
    m_selectSeparator = m_toolbar->addSeparator();
    m_quickSelect = m_toolbar->addAction(tr("Quick Select"));
    m_quickSelect->setMenu(quickSelect);
    // Both pages' Delete Ticked…: onPageChanged shows the one of the page in front.
    for (const SelectPair &pair : std::as_const(m_selectPairs))
        if (pair.cache == m_cache->deleteAction()) {
            m_toolbar->addAction(pair.cache);
            if (pair.overview)
                m_toolbar->addAction(pair.overview);
        }
}

void MainWindow::connectCachePage()
{
    connect(m_cache, &CachePage::statusMessage, this,
            [this](const QString &text, int timeout) { showPageMessage(m_cache, text, timeout); });
    connect(m_cache, &CachePage::busyStarted, this, &MainWindow::showBusy);
    connect(m_cache, &CachePage::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_cache, &CachePage::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_cache, &CachePage::busyFinished, this, &MainWindow::hideBusy);
    connect(m_cache, &CachePage::warningsFound, this, &MainWindow::showWarnings);
    connect(m_cache, &CachePage::scanFinished, this, &MainWindow::scanFinished);
    connect(m_cache, &CachePage::deletionFinished, this, &MainWindow::deletionFinished);
    connect(m_cache, &CachePage::deletionFinished, this, &MainWindow::onDeletionEnded);
    connect(m_cache->session(), &CacheSession::deletionStarted, this, [this] { markDeletion(m_cache, true); });
    connect(m_cache->session(), &CacheSession::deletionFinished, this, [this] { markDeletion(m_cache, false); });
    connect(m_cache, &CachePage::verifyFinished, this, &MainWindow::verifyFinished);
}

void MainWindow::connectOverviewPage()
{
    connect(m_overview, &OverviewPage::statusMessage, this,
            [this](const QString &text, int timeout) { showPageMessage(m_overview, text, timeout); });
    connect(m_overview, &OverviewPage::openInCachePage, this, &MainWindow::openInCachePage);
    connect(m_overview, &OverviewPage::deletionFinished, this, &MainWindow::onDeletionEnded);
    connect(m_overview->session(), &HomeSession::deletionStarted, this, [this] { markDeletion(m_overview, true); });
    connect(m_overview->session(), &HomeSession::deletionFinished, this, [this] { markDeletion(m_overview, false); });
    connect(m_overview, &OverviewPage::homeChanged, this, &MainWindow::updateWindowTitle);
}

void MainWindow::openInCachePage(const QString &hubCache, const QString &repoPath)
{
    if (QDir::cleanPath(hubCache) != QDir::cleanPath(m_cache->cacheDir()))
        openCacheFolder(hubCache);
    showCachePage();
    if (!repoPath.isEmpty())
        m_cache->showPath(repoPath);
}

void MainWindow::onPageChanged()
{
    // The toolbar stays on every page, so that the tabs never move under the pointer (they
    // jumped by its height); what it has of the Cache page's steps aside with the Select menu's.
    const bool onCache = m_tabs->currentWidget() == m_cache;
    // Delete deletes what the page in front has ticked: the Overview handles the key itself.
    m_cache->deleteAction()->setShortcut(onCache ? QKeySequence(QKeySequence::Delete) : QKeySequence());
    // The Select menu acts on the page in front: on the Overview its own ticks, and what has no
    // meaning there (detached revisions, the filter, Free Space…) stays greyed (GUI attack G16).
    // The Spaces page has nothing to tick: the menu is greyed there, and its keys do nothing
    // (Ctrl+A on the Spaces page ticked every revision of the hidden Cache page).
    const bool onOverview = m_tabs->currentWidget() == m_overview;
    for (const SelectPair &pair : std::as_const(m_selectPairs)) {
        if (!pair.overview) {
            pair.cache->setEnabled(onCache);
            continue;
        }
        pair.cache->setVisible(onCache);
        pair.overview->setVisible(onOverview);
        if (!pair.keys.isEmpty()) {
            pair.cache->setShortcuts(onCache ? pair.keys : QList<QKeySequence>());
            pair.overview->setShortcuts(onOverview ? pair.keys : QList<QKeySequence>());
        }
    }
    m_selectMenu->menuAction()->setEnabled(onCache || onOverview);
    m_quickSelect->setVisible(onCache || onOverview);
    m_selectSeparator->setVisible(onCache || onOverview);
    updateWindowTitle();
    if (!onCache) {
        if (m_wasOnCache) // isHidden, not isVisible: the window may not be shown yet
            m_warningsWereVisible = !m_cache->warnings()->isHidden();
        m_cache->warnings()->hide();
    } else if (m_warningsWereVisible) {
        m_cache->warnings()->show();
    }
    for (QAction *action : std::as_const(m_cacheViewActions))
        action->setEnabled(onCache);
    m_wasOnCache = onCache;
    m_progress->setVisible(onCache && m_cacheBusy);
    m_cancel->setVisible(onCache && m_cacheBusy);
    showCurrentPageMessage();
}

void MainWindow::showPageMessage(QWidget *page, const QString &text, int timeout)
{
    // A page behind must not cover what the page in front says (the Cache page's scan ends
    // while the Overview is shown at start).
    PageMessage &message = m_pageMessages[page];
    message.text = text;
    message.expires = timeout > 0 ? QDeadlineTimer(timeout) : QDeadlineTimer(QDeadlineTimer::Forever);
    if (timeout <= 0) {
        message.lasting = text;
        message.lastingWhileBusy = page == m_cache && m_cacheBusy;
    }
    if (m_tabs->currentWidget() == page)
        showStatus(text, timeout);
}

void MainWindow::showCurrentPageMessage()
{
    const PageMessage message = m_pageMessages.value(m_tabs->currentWidget());
    if (message.expires.isForever())
        showStatus(message.text, 0);
    else if (!message.expires.hasExpired())
        showStatus(message.text, int(message.expires.remainingTime()));
    else if (!message.lasting.isEmpty())
        showStatus(message.lasting, 0);
    else
        statusBar()->clearMessage();
}

void MainWindow::showStatus(const QString &text, int timeout)
{
    QStatusBar *bar = statusBar();
    // The message is drawn left of the permanent widgets (the Cache page's progress and Cancel).
    int room = bar->width() - 2 * bar->fontMetrics().averageCharWidth() - bar->style()->pixelMetric(QStyle::PM_SizeGripSize);
    for (const QWidget *widget : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancel)})
        if (!widget->isHidden())
            room -= widget->sizeHint().width() + bar->layout()->spacing();
    const QString line = QString(text).replace(u'\n', u' ');
    const QString shown = room > 0 ? bar->fontMetrics().elidedText(line, Qt::ElideRight, room) : line;
    bar->showMessage(shown, timeout);
    // A line cut to the window's width is whole in the tooltip (GUI attack K4: the end of a
    // deletion's result could not be read at all).
    // Rich text, so that it wraps and a name's '<' is shown as it is.
    bar->setToolTip(shown == line ? QString() : QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped()));
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_tabs && !statusBar()->currentMessage().isEmpty())
        showCurrentPageMessage(); // elided again to the new width
}

void MainWindow::showWarnings()
{
    if (m_tabs->currentWidget() != m_cache)
        m_warningsWereVisible = true; // shown when the user comes to the Cache page
    else
        m_cache->warnings()->show();
}

void MainWindow::showBusy(int maximum)
{
    m_cacheBusy = true;
    m_progress->setRange(0, maximum);
    m_progress->setValue(0);
    const bool onCache = m_tabs->currentWidget() == m_cache;
    m_progress->setVisible(onCache);
    m_cancel->setVisible(onCache);
}

void MainWindow::hideBusy()
{
    m_cacheBusy = false;
    m_progress->hide();
    m_cancel->hide();
    // The page says its result next ("N repos scanned", passing): the progress line is over.
    if (const auto it = m_pageMessages.find(m_cache); it != m_pageMessages.end() && it->lastingWhileBusy) {
        if (it->text == it->lasting && it->expires.isForever())
            it->text.clear();
        it->lasting.clear();
        it->lastingWhileBusy = false;
        if (m_tabs->currentWidget() == m_cache)
            showCurrentPageMessage();
    }
}

void MainWindow::openCacheFolder(const QString &dir)
{
    AppSettings::rememberCache(dir);
    rebuildRecentMenu();
    m_cache->openCacheFolder(dir);
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    // What the page in front is about: the home on the Overview, the hub cache on the Cache
    // page (GUI attack G18); the Spaces are not a folder.
    QString folder;
    if (m_tabs->currentWidget() == m_overview)
        folder = m_overview->homeRoot();
    else if (m_tabs->currentWidget() == m_cache)
        folder = m_cache->cacheDir();
    setWindowTitle(folder.isEmpty() ? tr("HubDeck") : tr("HubDeck — %1").arg(PrintableText::name(folder)));
}

bool MainWindow::isDeleting() const
{
    return m_overview->session()->isDeleting() || m_cache->session()->isDeleting();
}

QString MainWindow::tabLabel(const QWidget *page) const
{
    if (page == m_overview)
        return tr("Ov&erview"); // Alt+O is taken by a menu in French
    if (page == m_cache)
        return tr("&Cache");
    return tr("S&paces"); // Alt+S is the Select menu
}

void MainWindow::markDeletion(QWidget *page, bool running)
{
    const int index = m_tabs->indexOf(page);
    m_tabs->setTabText(index, running ? tr("%1 (deleting…)").arg(tabLabel(page)) : tabLabel(page));
    m_tabs->setTabToolTip(index, running ? tr("A deletion is running on this page; its progress and Cancel are there.") : QString());
}

void MainWindow::onDeletionEnded()
{
    // Closed again once the report is handled (the page has said what was done); a deletion
    // still running on the other page keeps the window until it ends too.
    if (m_quitAfterDeletion && !isDeleting())
        QTimer::singleShot(0, this, &QWidget::close);
}

void MainWindow::chooseCacheFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a Hugging Face Home or Hub Cache"), m_cache->cacheDir());
    if (!dir.isEmpty())
        openFolder(dir);
}

void MainWindow::openFolder(const QString &dir)
{
    const QString cacheDir = QDir::cleanPath(QDir::current().absoluteFilePath(CacheLocation::hubCache(dir)));
    const HfHome home = HfHome::forHubCache(cacheDir);
    // The folder is the home itself: its hub cache is the Cache page's (the page said "looks like
    // HF_HOME, not a hub cache" of what the user had just chosen).
    openCacheFolder(home.root() == cacheDir ? home.path(HfHome::Kind::Hub) : cacheDir);
    const HfHome &shown = m_overview->session()->home();
    const auto partPaths = [](const HfHome &h) {
        QStringList paths{h.root()};
        for (const HfHome::Part &part : h.parts())
            paths.append(part.path);
        return paths;
    };
    if (partPaths(home) == partPaths(shown))
        return;
    if (m_overview->session()->isDeleting()) {
        showPageMessage(m_overview,
                        tr("The Overview stays on %1 while its deletion runs; it shows %2 when you open that folder again.")
                            .arg(PrintableText::name(shown.root()), PrintableText::name(home.root())),
                        0);
        return;
    }
    m_overview->setHome(home);
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = AppSettings::loadRecentCaches();
    for (const QString &dir : recent)
        m_recentMenu->addAction(dir, this, [this, dir] { openFolder(dir); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::applySettings()
{
    m_cache->setConfirmDeletions(m_settings.confirmDeletions);
    m_overview->setConfirmDeletions(m_settings.confirmDeletions);
    m_cache->setTrashWholeRepos(m_settings.trashWholeRepos);
    m_spaces->controller()->setTiming(m_settings.fastRefreshSeconds * 1000, m_settings.slowRefreshSeconds * 1000);
    m_spaces->detail()->setConfirmCostlyActions(m_settings.confirmCostlyActions);
}

void MainWindow::openSettings()
{
    m_settings = AppSettings::load(); // the recent folders may have changed since
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings chosen = dialog.settings();
    const bool themeChanged = chosen.theme != m_settings.theme;
    m_settings = chosen;
    m_settings.save();
    if (themeChanged)
        AppSettings::applyTheme(m_settings.theme);
    applySettings();
    rebuildRecentMenu();
}

void MainWindow::showSpacesPage()
{
    m_tabs->setCurrentWidget(m_spaces);
}

void MainWindow::showCachePage()
{
    m_tabs->setCurrentWidget(m_cache);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A deletion is never left running behind a closing window: Quit during one was ignored
    // without a word (GUI attack G24). Stopped, it ends between two files and reports, and
    // onDeletionEnded closes the window then.
    if (isDeleting()) {
        event->ignore();
        if (m_quitAfterDeletion || !m_askStopAndQuit())
            return;
        if (isDeleting()) { // it may have ended while the question was open
            m_quitAfterDeletion = true;
            if (m_overview->session()->isDeleting())
                m_overview->session()->cancelDeletion();
            if (m_cache->session()->isDeleting())
                m_cache->session()->cancelDeletion();
            showStatus(tr("Stopping the deletion; HubDeck quits once it has stopped…"), 0);
            return;
        }
        event->accept();
    }
    // The warnings step aside on the other pages; the saved state must not keep them hidden
    // for the Cache page.
    if (m_tabs->currentWidget() != m_cache && m_warningsWereVisible)
        m_cache->warnings()->show();
    AppSettings::WindowLayout layout{saveGeometry(), saveState(), {}, {}, {}};
    m_cache->saveLayout(layout);
    AppSettings::saveLayout(layout);
    QMainWindow::closeEvent(event);
}

} // namespace hubdeck
