// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AppSettings.h"
#include "CacheFilterProxy.h"
#include "CacheScanner.h"
#include "CacheSession.h"
#include "CacheTreeModel.h"
#include "DeleteConfirmDialog.h"
#include "DeletionPlanner.h"
#include "DiskUsageBar.h"
#include "DisplayFormat.h"
#include "FixtureCache.h"
#include "FixtureHome.h"
#include "FreeSpaceDialog.h"
#include "HomeSession.h"
#include "HomeTreeModel.h"
#include "HumanFormat.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "PreviewPane.h"
#include "SelectionLedger.h"
#include "ShortcutsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStorageInfo>
#include <QStyleOptionViewItem>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>

using namespace hubdeck;
using hubdeck::test::FixtureCache;
using hubdeck::test::FixtureHome;

// The window offscreen: the pages' order, and the cache page: summary bar, quick selections,
// the deletion flow with an injected confirmation, refresh after an outside change, the empty
// state.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // HF_HOME: the Overview never measures the real one

    static void build(FixtureCache &cache)
    {
        const double now = HumanFormat::now();
        for (int r = 0; r < 3; ++r) {
            const QString folder = QStringLiteral("models--org--m%1").arg(r);
            const double accessed = now - (r == 2 ? 200 : 10) * 86400.0;
            for (int v = 0; v < 2; ++v) {
                const QString commit = FixtureCache::commit(folder + QString::number(v));
                cache.addBlob(folder, QStringLiteral("b%1").arg(v), QByteArray(1000 * (r + 1) + v, 'x'), accessed, accessed);
                cache.addLink(folder, commit, QStringLiteral("f.bin"), QStringLiteral("b%1").arg(v));
                if (v == 0)
                    cache.addRef(folder, QStringLiteral("main"), commit);
            }
        }
    }

    // On the Cache page, which most of these tests are about (the window opens on the Overview).
    static std::unique_ptr<MainWindow> open(const QString &dir)
    {
        auto window = std::make_unique<MainWindow>(dir);
        QSignalSpy scanned(window.get(), &MainWindow::scanFinished);
        window->show();
        if (!scanned.wait(10000))
            qFatal("no scan");
        window->showCachePage();
        return window;
    }

    static qint64 planned(const MainWindow &window) { return window.cachePage()->session()->planForChecked().expectedFreedSize; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HubDeckTests"));
        qputenv("HF_HOME", m_home.path().toUtf8());
    }

    // Issue #14: the Overview comes first; Delete there deletes its ticks, never the Cache
    // page's; a hub repo leads to the Cache page.
    void theOverviewComesFirst()
    {
        FixtureCache cache;
        build(cache);
        auto window = std::make_unique<MainWindow>(cache.root());
        QSignalSpy scanned(window.get(), &MainWindow::scanFinished);
        window->show();
        QVERIFY(scanned.wait(10000));
        const auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("pages"));
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->widget(0), window->overviewPage());
        QCOMPARE(tabs->widget(1), window->cachePage());
        QCOMPARE(tabs->currentWidget(), window->overviewPage());
        // The View menu's items are the Cache page's, greyed here (GUI attack K10: they looked
        // live), but for the toolbar's, which stays on every page.
        QMenu *view = nullptr;
        for (QAction *menu : window->menuBar()->actions())
            if (menu->text() == QStringLiteral("&View"))
                view = menu->menu();
        QVERIFY(view);
        QVERIFY(view->actions().size() >= 4);
        const QAction *toolbarToggle = window->findChild<QToolBar *>(QStringLiteral("mainToolbar"))->toggleViewAction();
        for (QAction *action : view->actions())
            QVERIFY2(action->isSeparator() || action->isEnabled() == (action == toolbarToggle), qPrintable(action->text()));
        window->showCachePage();
        for (QAction *action : view->actions())
            QVERIFY2(action->isSeparator() || action->isEnabled(), qPrintable(action->text()));
        window->findChild<QTabWidget *>(QStringLiteral("pages"))->setCurrentIndex(0);
        QCOMPARE(window->overviewPage()->session()->home().root(), m_home.path());
        // --dir: the Overview scans the home the hub cache implies, as the Cache page shows that cache.
        {
            FixtureHome dirHome;
            const QString hub = dirHome.path(QStringLiteral("hub"));
            MainWindow fromDir(hub, HfHome::forHubCache(hub));
            QSignalSpy dirScanned(fromDir.overviewPage(), &OverviewPage::scanFinished);
            QVERIFY(dirScanned.wait(10000));
            QCOMPARE(fromDir.overviewPage()->session()->home().root(), dirHome.root());
            QCOMPARE(fromDir.cachePage()->cacheDir(), hub);
            QVERIFY(fromDir.overviewPage()->model()->indexOfPath(dirHome.path(QStringLiteral("xet/logs"))).isValid());
        }

        FixtureHome home;
        QSignalSpy homeScanned(window->overviewPage(), &OverviewPage::scanFinished);
        window->overviewPage()->setHome(HfHome::locate(home.environment()));
        QVERIFY(homeScanned.wait(10000));
        window->cachePage()->selectDetached();
        QVERIFY(window->overviewPage()->model()->setPathChecked(home.path(QStringLiteral("xet/logs")), true));
        int cacheAsked = 0;
        int homeAsked = 0;
        window->cachePage()->setConfirmer([&](const DeletionPlan &) { return ++cacheAsked < 0; });
        window->overviewPage()->setConfirmer([&](const HomeDeletion::Plan &) { return ++homeAsked < 0; });
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->overviewPage()->tree()->setFocus();
        QTest::keyClick(window->overviewPage()->tree(), Qt::Key_Delete);
        QCOMPARE(homeAsked, 1);
        QCOMPARE(cacheAsked, 0);
        window->showCachePage();
        QVERIFY(window->findChild<QToolBar *>(QStringLiteral("mainToolbar"))->isVisible());
        QTest::keyClick(window->cachePage()->tree(), Qt::Key_Delete);
        QCOMPARE(cacheAsked, 1);
        QCOMPARE(homeAsked, 1);

        // Back to the Overview: a hub repo opens the Cache page on its hub cache, that repo current.
        window->findChild<QTabWidget *>(QStringLiteral("pages"))->setCurrentWidget(window->overviewPage());
        QSignalSpy cacheScanned(window.get(), &MainWindow::scanFinished);
        Q_EMIT window->overviewPage()->openInCachePage(home.path(QStringLiteral("hub")),
                                                       home.path(QStringLiteral("hub/models--org--model")));
        QCOMPARE(tabs->currentWidget(), window->cachePage());
        QVERIFY(cacheScanned.wait(10000));
        QCOMPARE(window->cachePage()->cacheDir(), home.path(QStringLiteral("hub")));
    }

    // A folder opened from the File menu is read as --dir reads it, on both pages: a home opens
    // as the Overview's home with its hub/ on the Cache page, a home's hub cache opens that home
    // (GUI attack B21: the Cache page changed, the Overview stayed on the home before).
    void openingAFolderOpensItsHomeOnBothPages()
    {
        FixtureHome first;
        MainWindow window(first.path(QStringLiteral("hub")), HfHome::forHubCache(first.path(QStringLiteral("hub"))));
        QSignalSpy scanned(window.overviewPage(), &OverviewPage::scanFinished);
        QVERIFY(scanned.wait(10000));
        QCOMPARE(window.overviewPage()->session()->home().root(), first.root());

        FixtureHome second;
        window.openFolder(second.root());
        QCOMPARE(window.overviewPage()->session()->home().root(), second.root());
        QCOMPARE(window.cachePage()->cacheDir(), second.path(QStringLiteral("hub")));
        QVERIFY(scanned.wait(10000));
        QVERIFY(window.overviewPage()->model()->indexOfPath(second.path(QStringLiteral("xet/logs"))).isValid());

        window.openFolder(first.path(QStringLiteral("hub")));
        QCOMPARE(window.overviewPage()->session()->home().root(), first.root());
        QCOMPARE(window.cachePage()->cacheDir(), first.path(QStringLiteral("hub")));

        // A home with no hub/ yet (its marks: a dataset cache) is that home; its hub cache is
        // where the libraries will make it.
        QTemporaryDir noHub;
        QVERIFY(QDir().mkpath(noHub.path() + QStringLiteral("/datasets/org___set/default/0.0.0/beef")));
        QFile info(noHub.path() + QStringLiteral("/datasets/org___set/default/0.0.0/beef/dataset_info.json"));
        QVERIFY(info.open(QIODevice::WriteOnly));
        info.close();
        window.openFolder(noHub.path());
        QCOMPARE(window.overviewPage()->session()->home().root(), noHub.path());
        QCOMPARE(window.cachePage()->cacheDir(), noHub.path() + QStringLiteral("/hub"));
    }

    // A hub repo opened from the Overview is shown even when a filter left from an earlier
    // search hides it: the filter is cleared, and the status bar says so (GUI attack B20).
    void aRepoOpenedFromTheOverviewIsNotHiddenByTheFilter()
    {
        FixtureHome home;
        const QString hub = home.path(QStringLiteral("hub"));
        const QString repo = home.path(QStringLiteral("hub/models--org--model"));
        // A whole repo (a ref and its snapshot), which the tree names by its id.
        home.write(QStringLiteral("hub/models--org--model/refs/main"), QByteArray(40, 'a'));
        home.write(QStringLiteral("hub/models--org--model/snapshots/") + QString(40, u'a') + QStringLiteral("/config.json"),
                   QByteArray("{}"));
        MainWindow window(hub, HfHome::forHubCache(hub));
        window.resize(1400, 800); // the status line is elided to the room it has
        window.show();
        QSignalSpy scanned(&window, &MainWindow::scanFinished);
        QVERIFY(scanned.wait(10000));
        auto *search = window.cachePage()->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(search);
        search->setText(QStringLiteral("zzz-nomatch"));
        window.cachePage()->proxy()->setSearchText(QStringLiteral("zzz-nomatch"));
        QCOMPARE(window.cachePage()->proxy()->rowCount(), 0);
        Q_EMIT window.overviewPage()->openInCachePage(hub, repo);
        QCOMPARE(window.cachePage()->tree()->currentIndex().data(CacheTreeModel::PathRole).toString(), repo);
        QVERIFY(search->text().isEmpty());
        // Named by its repo id, as the page shows it, not by its folder.
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Cleared the filter, which hid org/model.")),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    // Help → Keyboard Shortcuts lists the keys as the window binds them, each once (GUI attack B9).
    void theShortcutListIsTheWindowsKeys()
    {
        FixtureCache cache;
        build(cache);
        MainWindow window(cache.root());
        ShortcutsDialog dialog(&window);
        QMap<QString, QString> rows;
        for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = dialog.list()->topLevelItem(i);
            if (!item->text(1).isEmpty()) {
                QVERIFY2(!rows.contains(item->text(0)), qPrintable(item->text(0)));
                rows.insert(item->text(0), item->text(1));
            }
        }
        QCOMPARE(rows.value(QStringLiteral("Refresh")), QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText));
        QCOMPARE(rows.value(QStringLiteral("Open Cache Folder…")), QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
        QCOMPARE(rows.value(QStringLiteral("Free Space…")), QStringLiteral("Ctrl+Shift+F"));
        QCOMPARE(rows.value(QStringLiteral("Tick or untick the current row")), QStringLiteral("Space"));
        QVERIFY(rows.size() > 10);
    }

    // Quit (Ctrl+Q, the close button) while a deletion runs was ignored without a word (GUI
    // attack G24). It asks: Keep Deleting leaves the window and the deletion be; Stop and Quit
    // stops it and closes the window once its report is in, never with the work running.
    void quittingDuringADeletionAsksFirst()
    {
        FixtureCache cache;
        build(cache);
        FixtureHome home;
        // Enough files that the second deletion is still running when the stop comes.
        for (int i = 0; i < 3000; ++i)
            home.write(QStringLiteral("xet/%1/chunk-cache/EF/%2").arg(QString::fromLatin1(FixtureHome::kEndpoint)).arg(i), 10);
        MainWindow window(cache.root(), HfHome::locate(home.environment()));
        QSignalSpy homeScanned(window.overviewPage(), &OverviewPage::scanFinished);
        QSignalSpy cacheScanned(&window, &MainWindow::scanFinished);
        window.show();
        QVERIFY(homeScanned.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!cacheScanned.isEmpty(), 10000);
        OverviewPage *overview = window.overviewPage();
        overview->setShowErrorDialogs(false);
        overview->setConfirmer([](const HomeDeletion::Plan &) { return true; });
        window.cachePage()->setConfirmer([](const DeletionPlan &) { return true; });
        int asked = 0;
        bool stop = false;
        window.setStopAndQuitAsker([&] {
            ++asked;
            return stop;
        });
        // A deletion counts as running until its finished signal is delivered, which no event
        // loop does here before close() is called.
        QAction *quit = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text() == u"&Quit")
                quit = action;
        QVERIFY(quit);

        // Keep Deleting, with a deletion on each page: both go on, the window stays. File → Quit
        // (Ctrl+Q where the platform binds it).
        QVERIFY(overview->model()->setPathChecked(home.path(QStringLiteral("xet/logs")), true));
        window.cachePage()->selectDetached();
        QSignalSpy homeDeleted(overview->session(), &HomeSession::deletionFinished);
        QSignalSpy cacheDeleted(window.cachePage()->session(), &CacheSession::deletionFinished);
        overview->deleteTicked();
        window.cachePage()->deleteChecked();
        QVERIFY(window.isDeleting());
        // Each page's tab says its deletion runs, seen from the other (GUI attack K14).
        const auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("pages"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(tabs->indexOf(overview)), QStringLiteral("Ov&erview (deleting…)"));
        QCOMPARE(tabs->tabText(tabs->indexOf(window.cachePage())), QStringLiteral("&Cache (deleting…)"));
        QVERIFY(!tabs->tabToolTip(tabs->indexOf(overview)).isEmpty());
        quit->trigger();
        QCOMPARE(asked, 1);
        QVERIFY(window.isVisible());
        QVERIFY(homeDeleted.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!cacheDeleted.isEmpty(), 10000);
        QVERIFY(!homeDeleted.constFirst().at(0).value<HomeDeletion::Report>().canceled);
        QVERIFY(!QFileInfo::exists(home.path(QStringLiteral("xet/logs"))));
        QTest::qWait(100);
        QVERIFY(window.isVisible());
        QCOMPARE(tabs->tabText(tabs->indexOf(overview)), QStringLiteral("Ov&erview"));
        QCOMPARE(tabs->tabText(tabs->indexOf(window.cachePage())), QStringLiteral("&Cache"));
        QVERIFY(tabs->tabToolTip(tabs->indexOf(overview)).isEmpty());

        // Stop and Quit: asked once, the deletion stops, the window closes after its report.
        QTRY_VERIFY_WITH_TIMEOUT(!overview->session()->isScanning(), 10000);
        QVERIFY(overview->model()->setPathChecked(home.path(QStringLiteral("xet")), true));
        QVERIFY(overview->model()->setPathChecked(home.path(QStringLiteral("datasets")), true));
        const int ticked = overview->model()->checkedCount();
        QVERIFY(ticked >= 4);
        homeDeleted.clear();
        stop = true;
        overview->deleteTicked();
        QVERIFY(window.isDeleting());
        QVERIFY(!window.close());
        QCOMPARE(asked, 2);
        QVERIFY(window.isVisible()); // not before the deletion has stopped
        QVERIFY(!window.close());    // asked once
        QCOMPARE(asked, 2);
        QVERIFY(homeDeleted.wait(10000));
        const auto report = homeDeleted.constFirst().at(0).value<HomeDeletion::Report>();
        QVERIFY(report.canceled);
        QVERIFY(report.removed.size() < ticked);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 5000);
        QCOMPARE(asked, 2);
        QVERIFY(!window.isDeleting());

        // Nothing running: the window closes at once, unasked.
        MainWindow idle(cache.root(), HfHome::locate(home.environment()));
        idle.setStopAndQuitAsker([&] { return ++asked < 0; });
        idle.show();
        QVERIFY(idle.close());
        QCOMPARE(asked, 2);
    }

    // The Select menu acts on the page in front: on the Overview, Clear Selection, Not Accessed
    // for N Days and Delete Ticked… are the Overview's, and what has no meaning there is greyed;
    // they did nothing at all there (GUI attack G16).
    void theSelectMenuFollowsThePageInFront()
    {
        FixtureCache cache;
        build(cache);
        FixtureHome home;
        MainWindow window(cache.root(), HfHome::locate(home.environment()));
        QSignalSpy homeScanned(window.overviewPage(), &OverviewPage::scanFinished);
        QSignalSpy cacheScanned(&window, &MainWindow::scanFinished);
        window.show();
        QVERIFY(homeScanned.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!cacheScanned.isEmpty(), 10000);
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        OverviewPage *overview = window.overviewPage();
        QMenu *select = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->text() == u"&Select")
                select = menu->menu();
        QVERIFY(select);
        const auto shown = [select](const QString &name) -> QAction * {
            for (QAction *action : select->actions())
                if (action->objectName() == name && action->isVisible())
                    return action;
            return nullptr;
        };
        window.cachePage()->selectDetached(); // the Cache page's ticks: never touched from the Overview
        const int cacheTicks = window.cachePage()->model()->ledger().selectedRevisionCount();
        QVERIFY(cacheTicks > 0);

        QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("pages"))->currentWidget(), overview);
        for (const char *name : {"selectDetached", "selectMatchingFilter", "freeSpace"}) {
            QVERIFY2(shown(QString::fromLatin1(name)), name);
            QVERIFY2(!shown(QString::fromLatin1(name))->isEnabled(), name);
        }
        for (const char *name : {"selectNotAccessed30", "selectNotAccessed90", "selectNotAccessed180", "clearSelection", "deleteTicked"}) {
            QVERIFY2(shown(QString::fromLatin1(name)), name);
            QVERIFY2(shown(QString::fromLatin1(name))->parent() == overview, name);
        }
        QVERIFY(!shown(QStringLiteral("deleteTicked"))->isEnabled()); // nothing ticked yet
        QVERIFY(overview->model()->setPathChecked(home.path(QStringLiteral("xet/logs")), true));
        QVERIFY(shown(QStringLiteral("deleteTicked"))->isEnabled());
        int asked = 0;
        overview->setConfirmer([&](const HomeDeletion::Plan &) { return ++asked < 0; });
        shown(QStringLiteral("deleteTicked"))->trigger();
        QCOMPARE(asked, 1);
        QTest::keyClick(overview->tree(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier); // Clear Selection
        QCOMPARE(overview->model()->checkedCount(), 0);
        QCOMPARE(window.cachePage()->model()->ledger().selectedRevisionCount(), cacheTicks);
        // Ctrl+Shift+O, Not Accessed for 90 Days: the fixture's entries were all used just now.
        QTest::keyClick(overview->tree(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("No entry that can be deleted here")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(window.cachePage()->model()->ledger().selectedRevisionCount(), cacheTicks);

        // The Cache page: its own actions again, all enabled, and its keys.
        window.showCachePage();
        for (const char *name : {"selectDetached", "selectMatchingFilter", "freeSpace", "selectNotAccessed90", "clearSelection"}) {
            QVERIFY2(shown(QString::fromLatin1(name)), name);
            QVERIFY2(shown(QString::fromLatin1(name))->isEnabled(), name);
            QVERIFY2(shown(QString::fromLatin1(name))->parent() == window.cachePage(), name);
        }
        QVERIFY(overview->model()->setPathChecked(home.path(QStringLiteral("xet/logs")), true));
        QTest::keyClick(window.cachePage()->tree(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.cachePage()->model()->ledger().selectedRevisionCount(), 0);
        QCOMPARE(overview->model()->checkedCount(), 1);
    }

    // The title names what the page in front is about: the home on the Overview, the hub cache
    // on the Cache page (GUI attack G18).
    void theTitleNamesThePagesFolder()
    {
        FixtureCache cache;
        build(cache);
        FixtureHome home;
        MainWindow window(cache.root(), HfHome::locate(home.environment()));
        QCOMPARE(window.windowTitle(), QStringLiteral("HubDeck — %1").arg(home.root()));
        window.showCachePage();
        QCOMPARE(window.windowTitle(), QStringLiteral("HubDeck — %1").arg(cache.root()));
        window.showSpacesPage();
        QCOMPARE(window.windowTitle(), QStringLiteral("HubDeck"));
        window.findChild<QTabWidget *>(QStringLiteral("pages"))->setCurrentWidget(window.overviewPage());
        QCOMPARE(window.windowTitle(), QStringLiteral("HubDeck — %1").arg(home.root()));
        FixtureHome other;
        window.overviewPage()->setHome(HfHome::locate(other.environment()));
        QCOMPARE(window.windowTitle(), QStringLiteral("HubDeck — %1").arg(other.root()));
    }

    // A long message (a reason naming a path and an errno) is elided with "…" to the status
    // bar's room, not cut mid-word; a wider window shows more of it (GUI attack G4).
    void aLongStatusMessageIsElided()
    {
        FixtureCache cache;
        build(cache);
        MainWindow window(cache.root(), HfHome::locate(FixtureHome().environment()));
        window.resize(700, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString reason = QStringLiteral("Not deleted by HubDeck: Not all of it can be read (/tmp/gui-2/hf/datasets/org002___set-002/"
                                              "default/secret: Permission denied): its size counts only what could be, and HubDeck "
                                              "does not delete it.\nsecond line");
        Q_EMIT window.overviewPage()->statusMessage(reason, 0);
        QString shown = window.statusBar()->currentMessage();
        QVERIFY2(shown.endsWith(u'…'), qPrintable(shown));
        QVERIFY(!shown.contains(u'\n'));
        QVERIFY(reason.startsWith(shown.chopped(1)));
        QVERIFY(window.statusBar()->fontMetrics().horizontalAdvance(shown) < window.statusBar()->width());
        const qsizetype narrow = shown.size();
        window.resize(1300, 500);
        QTRY_VERIFY(window.statusBar()->currentMessage().size() > narrow);
        Q_EMIT window.overviewPage()->statusMessage(QStringLiteral("Nothing is ticked."), 0);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Nothing is ticked."));
    }

    // A passing message (a hovered row's tip, a menu's status tip) gives way to the page's
    // lasting one when it ends: a deletion's result is not lost to the first hover over the
    // list (GUI attack B12).
    void aPassingMessageGivesWayToTheLastingOne()
    {
        FixtureCache cache;
        build(cache);
        FixtureHome home;
        MainWindow window(cache.root(), HfHome::locate(home.environment()));
        QSignalSpy homeScanned(window.overviewPage(), &OverviewPage::scanFinished);
        QSignalSpy cacheScanned(&window, &MainWindow::scanFinished);
        window.resize(1200, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The pages' first scans say their own passing messages: over by now, not in the middle
        // (a loaded machine finished them during the wait below, and the result came back later).
        QVERIFY(homeScanned.size() > 0 || homeScanned.wait(10000));
        QVERIFY(cacheScanned.size() > 0 || cacheScanned.wait(10000));
        const QString result = QStringLiteral("Deleted 1 entry, 23.6 MB freed.");
        Q_EMIT window.overviewPage()->statusMessage(result, 0);
        QCOMPARE(window.statusBar()->currentMessage(), result);
        // Four seconds, as a hovered row's: the bar's coarse timer may end it before the deadline.
        Q_EMIT window.overviewPage()->statusMessage(QStringLiteral("A hovered row's tip"), 4000);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("A hovered row's tip"));
        QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(), result, 15000);
        // A menu's status tip, left: the bar is emptied, and the result comes back.
        window.statusBar()->showMessage(QStringLiteral("Refresh the list"));
        window.statusBar()->clearMessage();
        QTRY_COMPARE(window.statusBar()->currentMessage(), result);
        // A lasting message replaces it; an empty lasting one clears the bar for good.
        Q_EMIT window.overviewPage()->statusMessage(QString(), 0);
        QTest::qWait(50);
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
    }

    // A scan's progress line ends with the scan: once its passing result is over, coming back
    // to the Cache page shows no "Scanning …" under an idle page (attack report 19, H7).
    void aScansProgressLineEndsWithIt()
    {
        FixtureCache cache;
        build(cache);
        FixtureHome home;
        MainWindow window(cache.root(), HfHome::locate(home.environment()));
        QSignalSpy cacheScanned(&window, &MainWindow::scanFinished);
        window.resize(1200, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showCachePage();
        QVERIFY(cacheScanned.size() > 0 || cacheScanned.wait(10000));
        cacheScanned.clear();
        window.cachePage()->rescan();
        QVERIFY(cacheScanned.wait(10000));
        window.findChild<QTabWidget *>()->setCurrentWidget(window.overviewPage());
        // The result's five seconds, and the bar's coarse timer.
        QTest::qWait(6500);
        window.showCachePage();
        QTest::qWait(50);
        QVERIFY2(!window.statusBar()->currentMessage().startsWith(QStringLiteral("Scanning")),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    void summaryAndQuickSelections()
    {
        FixtureCache cache;
        build(cache);
        auto window = open(cache.root());
        QVERIFY(!window->cachePage()->isShowingEmptyState());
        QVERIFY(window->cachePage()->summaryText().startsWith(QStringLiteral("Nothing selected")));

        window->cachePage()->selectDetached(); // one detached revision per repo
        QCOMPARE(window->cachePage()->model()->ledger().selectedRevisionCount(), 3);
        const QString total = DisplayFormat::size(window->cachePage()->model()->scan().sizeOnDisk);
        QCOMPARE(window->cachePage()->summaryText(),
                 QStringLiteral("3 revision(s) in 3 repo(s) selected — frees %1 of %2").arg(DisplayFormat::size(planned(*window)), total));

        window->cachePage()->clearSelection();
        QCOMPARE(window->cachePage()->model()->ledger().selectedRevisionCount(), 0);
        window->cachePage()->selectNotAccessedFor(90); // only m2 was last used 200 days ago
        QCOMPARE(window->cachePage()->model()->ledger().selectedRevisionCount(), 2);
        QCOMPARE(window->cachePage()->model()->ledger().selectedRepoCount(), 1);

        window->cachePage()->clearSelection();
        window->cachePage()->selectNotAccessedFor(365); // nothing that old: the status bar says so
        QCOMPARE(window->cachePage()->model()->ledger().selectedRevisionCount(), 0);
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("No revision")));

        window->cachePage()->proxy()->setSearchText(QStringLiteral("org/m1"));
        window->cachePage()->selectMatchingFilter();
        QCOMPARE(window->cachePage()->model()->ledger().selectedRevisionCount(), 2);
        QCOMPARE(window->cachePage()->model()->ledger().freedSize(), window->cachePage()->model()->scan().repos[1].sizeOnDisk);
    }

    // Free Space…'s rows count each revision's files whole; when they add up to more than what
    // the revisions free together, the dialog says why (GUI attack H10).
    void freeSpaceSaysWhyItsRowsAddUpToMore()
    {
        FixtureCache cache;
        const QString repo = QStringLiteral("models--org--shared");
        cache.addBlob(repo, QStringLiteral("weights"), QByteArray(5000, 'w'));
        cache.addBlob(repo, QStringLiteral("cfg1"), QByteArray(100, '1'));
        cache.addBlob(repo, QStringLiteral("cfg2"), QByteArray(200, '2'));
        cache.addLink(repo, FixtureCache::commit(QStringLiteral("old")), QStringLiteral("model.bin"), QStringLiteral("weights"));
        cache.addLink(repo, FixtureCache::commit(QStringLiteral("old")), QStringLiteral("config.json"), QStringLiteral("cfg1"));
        cache.addLink(repo, FixtureCache::commit(QStringLiteral("new")), QStringLiteral("model.bin"), QStringLiteral("weights"));
        cache.addLink(repo, FixtureCache::commit(QStringLiteral("new")), QStringLiteral("config.json"), QStringLiteral("cfg2"));
        cache.addRef(repo, QStringLiteral("main"), FixtureCache::commit(QStringLiteral("new")));
        const CacheScan scan = CacheScanner::scan(cache.root());
        const SelectionLedger ledger(&scan);
        FreeSpaceDialog dialog(scan, ledger, HumanFormat::now());
        dialog.setGoal(1'000'000); // more than it can free: the detached revision alone
        const QString text = dialog.summaryText();
        QVERIFY2(text.contains(QStringLiteral("free 100 bytes together")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Their files come to 5.1 kB one by one")), qPrintable(text));
    }

    // A filter that hides every row says so beside the field, instead of a blank tree and
    // treemap (GUI attack H14); clearing it takes the line away.
    void aFilterMatchingNothingSaysSo()
    {
        FixtureCache cache;
        build(cache);
        auto window = open(cache.root());
        auto *search = window->cachePage()->findChild<QLineEdit *>(QStringLiteral("searchField"));
        auto *nothing = window->cachePage()->findChild<QLabel *>(QStringLiteral("nothingMatches"));
        QVERIFY(search && nothing);
        QVERIFY(!nothing->isVisible());
        search->setText(QStringLiteral("zzz-nothing"));
        QTRY_VERIFY(nothing->isVisible());
        QCOMPARE(window->cachePage()->proxy()->rowCount(), 0);
        search->clear();
        QTRY_VERIFY(!nothing->isVisible());
    }

    // The toolbar stays on every page, so the tabs stay where they are (they jumped by the
    // toolbar's height under the pointer); its Delete Ticked… and Quick Select are the page in
    // front's, and the Spaces page, with nothing to tick, has neither, nor the Select menu's keys.
    void theToolbarStaysAndTheTabsDoNotMove()
    {
        FixtureCache cache;
        build(cache);
        auto window = open(cache.root());
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("pages"));
        auto *toolbar = window->findChild<QToolBar *>(QStringLiteral("mainToolbar"));
        const auto tabsTop = [&] { return tabs->tabBar()->mapTo(window.get(), QPoint(0, 0)); };
        const auto shown = [&](const QString &text) {
            QObjectList found; // the pages whose actions they are
            for (QAction *action : toolbar->actions())
                if (action->isVisible() && action->text() == text)
                    found.append(action->parent());
            return found;
        };
        const QPoint onCache = tabsTop();
        QCOMPARE(shown(QStringLiteral("&Delete Ticked…")), QObjectList{window->cachePage()});
        QCOMPARE(shown(QStringLiteral("Quick Select")).size(), 1);
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        const QKeySequence allDetached(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
        QTest::keySequence(window.get(), allDetached); // on the Cache page, it ticks
        QVERIFY(window->cachePage()->session()->planForChecked().revisionCount() > 0);
        window->cachePage()->model()->clearChecks();

        tabs->setCurrentWidget(window->overviewPage());
        QVERIFY(toolbar->isVisible());
        QCOMPARE(tabsTop(), onCache);
        QCOMPARE(shown(QStringLiteral("&Delete Ticked…")), QObjectList{window->overviewPage()});

        window->showSpacesPage();
        QVERIFY(toolbar->isVisible());
        QCOMPARE(tabsTop(), onCache);
        QVERIFY(shown(QStringLiteral("&Delete Ticked…")).isEmpty());
        QVERIFY(shown(QStringLiteral("Quick Select")).isEmpty());
        // One Refresh: the toolbar's, not also the page's own button.
        QCOMPARE(shown(QStringLiteral("&Refresh")).size(), 1);
        const auto *ownRefresh = window->findChild<QPushButton *>(QStringLiteral("spacesRefresh"));
        QVERIFY(ownRefresh);
        QVERIFY(!ownRefresh->isVisibleTo(window.get()));
        QTest::keySequence(window.get(), allDetached);
        QCOMPARE(window->cachePage()->session()->planForChecked().revisionCount(), 0);
        for (QAction *menu : window->menuBar()->actions())
            if (menu->text() == QStringLiteral("&Select"))
                QVERIFY(!menu->isEnabled());

        window->close(); // on the Spaces page: the saved state keeps the toolbar
        window = open(cache.root());
        QVERIFY(window->findChild<QToolBar *>(QStringLiteral("mainToolbar"))->isVisible());
    }

    void spaceTogglesTheCurrentRow()
    {
        FixtureCache cache;
        build(cache);
        auto window = open(cache.root());
        QTreeView *tree = window->cachePage()->tree();
        tree->setFocus();
        tree->setCurrentIndex(tree->model()->index(0, 0));
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(tree->model()->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(tree->model()->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }

    void deletionFlowWithInjectedConfirmation()
    {
        FixtureCache cache;
        build(cache);
        auto window = open(cache.root());
        QSignalSpy scans(window.get(), &MainWindow::scanFinished);
        QSignalSpy deleted(window.get(), &MainWindow::deletionFinished);
        window->cachePage()->selectDetached();
        const qint64 expected = planned(*window);
        qint64 confirmedSize = -1;
        window->cachePage()->setConfirmer([&](const DeletionPlan &plan) {
            confirmedSize = plan.expectedFreedSize;
            return false;
        });
        window->cachePage()->deleteChecked();
        QCOMPARE(confirmedSize, expected);
        QTest::qWait(50);
        QCOMPARE(deleted.size(), 0); // said no: nothing happens
        QCOMPARE(CacheScanner::scan(cache.root()).revisionCount(), 6);

        // Bytes on disk of the cache's files but ref files, which count on neither side: the
        // progress figure is measured in blocks, the plan in st_size.
        const auto onDisk = [&] {
            QStringList files;
            QDirIterator it(cache.root(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
            while (it.hasNext())
                if (const QString path = it.next(); !path.contains(QStringLiteral("/refs/")))
                    files.append(path);
            return FixtureCache::blocks(files);
        };
        const qint64 before = onDisk();
        window->cachePage()->setConfirmer([](const DeletionPlan &) { return true; });
        QSignalSpy progress(window->cachePage()->session(), &CacheSession::deletionProgress);
        window->cachePage()->deleteChecked();
        QVERIFY(deleted.wait(10000));
        QCOMPARE(CacheScanner::scan(cache.root()).revisionCount(), 3);
        QVERIFY(!progress.isEmpty()); // steps and bytes freed, measured as it went
        QCOMPARE(progress.constLast().at(1).toLongLong(), before - onDisk());
        QVERIFY(window->statusBar()->currentMessage().startsWith(QStringLiteral("Deleted:")));
        QCOMPARE(window->cachePage()->model()->scan().revisionCount(), 3); // patched
        QCOMPARE(window->cachePage()->model()->ledger().selectedRevisionCount(), 0);
        // One quiet scan measures the folders again; the result stays in the status bar, and the
        // deletion's own changes bring no other.
        QVERIFY(scans.wait(10000));
        QTest::qWait(window->cachePage()->session()->watchDelay() + 500);
        QCOMPARE(scans.size(), 1);
        QVERIFY2(window->statusBar()->currentMessage().startsWith(QStringLiteral("Deleted:")),
                 qPrintable(window->statusBar()->currentMessage()));
        QCOMPARE(window->cachePage()->model()->scan().revisionCount(), 3);
        QVERIFY(window->cachePage()->summaryText().startsWith(QStringLiteral("Nothing selected")));
    }

    // Typing in the filter after a deletion and the scan that follows it (GUI attack K6: the
    // window crashed on the first characters, a few seconds after a deletion).
    void filteringAfterADeletionAndItsScan()
    {
        FixtureCache cache;
        build(cache);
        auto window = open(cache.root());
        QSignalSpy scans(window.get(), &MainWindow::scanFinished);
        QSignalSpy deleted(window.get(), &MainWindow::deletionFinished);
        window->cachePage()->selectDetached();
        window->cachePage()->setConfirmer([](const DeletionPlan &) { return true; });
        auto *search = window->cachePage()->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(search);
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("re"));
        QTest::qWait(400);
        search->clear();
        QTest::qWait(400);
        window->cachePage()->deleteChecked();
        QVERIFY(deleted.wait(10000));
        QVERIFY(scans.wait(10000));
        for (const QChar c : QStringLiteral("zzz-nomatch")) {
            QTest::keyClick(search, c.toLatin1());
            QTest::qWait(120);
        }
        QTest::qWait(600);
        search->clear();
        QTest::qWait(600);
        QCOMPARE(window->cachePage()->model()->scan().revisionCount(), 3);
    }

    // Escape during a Cache-page deletion asks before it stops it (GUI attack K17); "Keep
    // Deleting" lets the deletion run to its end.
    void escapeAsksBeforeItStopsACacheDeletion()
    {
        FixtureCache cache;
        build(cache);
        auto window = open(cache.root());
        QSignalSpy deleted(window->cachePage()->session(), &CacheSession::deletionFinished);
        window->cachePage()->selectDetached();
        window->cachePage()->setConfirmer([](const DeletionPlan &) { return true; });
        int asked = 0;
        window->cachePage()->setStopAsker([&] {
            ++asked;
            return false;
        });
        window->cachePage()->deleteChecked();
        QVERIFY(window->cachePage()->session()->isDeleting()); // its end is handled by the event loop
        QVERIFY(window->cachePage()->cancelAction()->isEnabled());
        window->cachePage()->cancelAction()->trigger();
        QCOMPARE(asked, 1);
        QVERIFY(deleted.wait(10000));
        QVERIFY(!deleted.constFirst().at(0).value<DeletionReport>().canceled);
    }

    // The disk line is never cut: beside the summary when the page is wide enough, on a line of
    // its own when not (GUI attack K11: in German at 1024 px its forecast was "→ 83…").
    void theDiskLineIsWholeAtAnyWidth()
    {
        FixtureCache cache;
        build(cache);
        auto window = open(cache.root());
        window->cachePage()->selectDetached();
        DiskUsageBar *disk = window->cachePage()->disk();
        auto *summary = window->cachePage()->findChild<QLabel *>(QStringLiteral("selectionSummary"));
        QVERIFY(disk && summary);
        QTRY_VERIFY(!disk->text().isEmpty());
        QVERIFY(disk->text().contains(QStringLiteral("→")));
        window->resize(1600, 800);
        QTRY_COMPARE(disk->shownText(), disk->text());
        QTRY_VERIFY(disk->geometry().top() < summary->geometry().bottom()); // beside it
        window->resize(640, 800);
        QTRY_VERIFY(disk->geometry().top() >= summary->geometry().bottom()); // under it
        QCOMPARE(disk->shownText(), disk->text());
        window->resize(1600, 800);
        QTRY_VERIFY(disk->geometry().top() < summary->geometry().bottom());
    }

    // A filter that hides the current row leaves no current row: the preview is cleared, never
    // filled from row -1 of the repo list (GUI attack K6: typing "zzz-nomatch" crashed the app
    // when a repo was the current row, reading repos[-1]).
    void aFilterThatHidesTheCurrentRepoClearsThePreview()
    {
        FixtureCache cache;
        build(cache);
        auto window = open(cache.root());
        CachePage *page = window->cachePage();
        QCOMPARE(page->model()->kind(QModelIndex()), CacheTreeModel::NodeKind::None);
        QCOMPARE(page->model()->repoRow(QModelIndex()), -1);
        auto *tree = page->findChild<QTreeView *>(QStringLiteral("cacheTree"));
        auto *preview = page->findChild<PreviewPane *>(QStringLiteral("preview"));
        QVERIFY(tree && preview);
        const QModelIndex first = page->proxy()->index(0, 0);
        tree->setCurrentIndex(first);
        QCOMPARE(preview->title(), first.data(CacheTreeModel::CacheIdRole).toString());
        page->proxy()->setSearchText(QStringLiteral("zzz-nomatch"));
        QCOMPARE(page->proxy()->rowCount(), 0);
        QVERIFY(!tree->currentIndex().isValid());
        QCOMPARE(preview->title(), QStringLiteral("Preview"));
        QVERIFY2(preview->contentText().startsWith(QStringLiteral("Select a file")), qPrintable(preview->contentText()));
    }

    // A status line cut to the window's width is whole in the status bar's tooltip, escaped
    // (GUI attack K4: the end of a deletion's result could not be read at all).
    void aCutStatusLineIsWholeInTheTooltip()
    {
        FixtureCache cache;
        build(cache);
        auto window = open(cache.root());
        window->resize(500, window->height());
        const QString text = QStringLiteral("Deleted: 2 repos, 86.0 kB freed; ") + QString(300, u'x') + QStringLiteral(" <the end>");
        Q_EMIT window->cachePage()->statusMessage(text, 0);
        QVERIFY(window->statusBar()->currentMessage().endsWith(QChar(0x2026)));
        QCOMPARE(window->statusBar()->toolTip(), QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()));
        Q_EMIT window->cachePage()->statusMessage(QStringLiteral("Short."), 0);
        QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Short."));
        QCOMPARE(window->statusBar()->toolTip(), QString());
    }

    // The goal is typed in the unit beside it, fractions too: "0.03 GB" is 30 MB, not 0.0 (a
    // goal of nothing, then said as "every revision has a ref"). A zero goal says so, and
    // whole values show without decimals.
    void freeSpaceTakesAFractionOfTheUnit()
    {
        FixtureCache cache;
        build(cache);
        auto window = open(cache.root());
        const CacheScan &scan = window->cachePage()->model()->scan();
        FreeSpaceDialog dialog(scan, window->cachePage()->model()->ledger(), HumanFormat::now());
        auto *goal = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("freeSpaceGoal"));
        auto *unit = dialog.findChild<QComboBox *>(QStringLiteral("freeSpaceUnit"));
        QVERIFY(goal && unit);
        unit->setCurrentIndex(1); // GB
        goal->clear();
        QTest::keyClicks(goal, QStringLiteral("0.03"));
        QCOMPARE(goal->value(), 0.03);
        QCOMPARE(dialog.goal(), 30'000'000);
        QCOMPARE(goal->text(), QStringLiteral("0.03"));
        goal->setValue(2);
        QCOMPARE(goal->text(), QStringLiteral("2"));
        goal->setValue(0);
        QTRY_VERIFY(dialog.summaryText() == QStringLiteral("Enter how much space to free."));
        QVERIFY(dialog.pickedRevisions().isEmpty());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("freeSpaceTick"))->isEnabled());
    }

    void freeSpacePicksTheOldestAndTicksOnlyThem()
    {
        FixtureCache cache;
        build(cache);
        auto window = open(cache.root());
        CachePage *page = window->cachePage();
        const CacheScan &scan = page->model()->scan();
        page->selectDetached(); // ticks that Free Space replaces
        FreeSpaceDialog dialog(scan, page->model()->ledger(), HumanFormat::now());
        dialog.setGoal(1);
        // m2's detached revision was last accessed 200 days ago, the others 10 days ago.
        QCOMPARE(dialog.pickedRevisions().size(), 1);
        QCOMPARE(dialog.pickedRevisions().first().repoFolder, QStringLiteral("models--org--m2"));
        QCOMPARE(dialog.pick().freed, 3001);
        QCOMPARE(dialog.goal(), 1);
        QVERIFY2(dialog.summaryText().startsWith(QStringLiteral("1 revision(s) in 1 repo(s) free 3.0 kB together.")),
                 qPrintable(dialog.summaryText()));
        QCOMPARE(dialog.findChild<QTreeWidget *>(QStringLiteral("freeSpaceList"))->topLevelItemCount(), 1);

        dialog.setGoal(qint64(1e9)); // more than there is: every detached revision, and it says so
        QCOMPARE(dialog.pickedRevisions().size(), 3);
        QVERIFY(dialog.summaryText().contains(QStringLiteral("without revisions that have a ref")));
        dialog.setIncludeRefs(true);
        QCOMPARE(dialog.pickedRevisions().size(), 6);
        QCOMPARE(dialog.pick().freed, scan.sizeOnDisk);

        dialog.setIncludeRefs(false);
        dialog.setGoal(1);
        page->tickOnly(dialog.pickedRevisions());
        QCOMPARE(page->model()->ledger().selectedRevisionCount(), 1);
        QCOMPARE(page->model()->ledger().freedSize(), dialog.pick().freed);
        QCOMPARE(planned(*window), dialog.pick().freed);
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Press Delete")));

        // In the Select menu, with a shortcut.
        const QList<QAction *> actions = page->selectActions();
        const auto action =
            std::find_if(actions.cbegin(), actions.cend(), [](const QAction *a) { return a->text() == QStringLiteral("F&ree Space…"); });
        QVERIFY(action != actions.cend());
        QCOMPARE((*action)->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    }

    void diskBarShowsFreeSpaceNowAndAfterDeleting()
    {
        FixtureCache cache;
        build(cache);
        auto window = open(cache.root());
        DiskUsageBar *disk = window->cachePage()->disk();
        QTRY_VERIFY(disk->freeBytes() >= 0); // read off the GUI thread
        QVERIFY(disk->isVisibleTo(window.get()));
        const QStorageInfo storage(cache.root());
        QVERIFY(std::abs(disk->freeBytes() - storage.bytesAvailable()) < (64LL << 20)); // another process may write meanwhile
        QCOMPARE(disk->totalBytes(), storage.bytesTotal());
        const QString now =
            QStringLiteral("Disk: %1 free of %2").arg(DisplayFormat::size(disk->freeBytes()), DisplayFormat::size(disk->totalBytes()));
        QCOMPARE(disk->text(), now);

        window->cachePage()->selectDetached();
        const qint64 pending = window->cachePage()->model()->ledger().freedOnDisk(); // the disk's figure
        QVERIFY(pending > 0);
        QCOMPARE(disk->text(), now + QStringLiteral(" → %1 after deleting").arg(DisplayFormat::size(disk->freeBytes() + pending)));
        // Narrower than its line: cut with an ellipsis, the whole line in the tooltip (GUI attack H11).
        const int wide = disk->width();
        disk->resize(disk->sizeHint().width() - 60, disk->height());
        QVERIFY2(disk->shownText().endsWith(QStringLiteral("…")), qPrintable(disk->shownText()));
        QVERIFY(disk->toolTip().contains(disk->text()));
        disk->resize(wide, disk->height());

        QSignalSpy deleted(window.get(), &MainWindow::deletionFinished);
        window->cachePage()->setConfirmer([](const DeletionPlan &) { return true; });
        QSignalSpy reread(disk, &DiskUsageBar::refreshed);
        window->cachePage()->deleteChecked();
        QVERIFY(deleted.wait(10000));
        QVERIFY(!disk->text().contains(QStringLiteral("after deleting"))); // nothing ticked, figures read again
        QTRY_VERIFY(!reread.isEmpty());
        QVERIFY(std::abs(disk->freeBytes() - QStorageInfo(cache.root()).bytesAvailable()) < (64LL << 20));
    }

    // The plan counts the files' sizes (as `hf cache ls`); a sparse or compressed blob frees far
    // less, which the result says instead of leaving "freed" unexplained (GUI attack H1).
    void aSparseBlobsFreedIsExplained()
    {
        FixtureCache cache;
        const QString repo = QStringLiteral("models--org--sparse");
        cache.addBlob(repo, QStringLiteral("big"), QByteArray("x"));
        QFile big(cache.path(repo + QStringLiteral("/blobs/big")));
        QVERIFY(big.open(QIODevice::ReadWrite) && big.resize(20'000'000));
        big.close();
        cache.addLink(repo, FixtureCache::commit(QStringLiteral("old")), QStringLiteral("model.bin"), QStringLiteral("big"));
        cache.addBlob(repo, QStringLiteral("cfg"), QByteArray(100, 'c'));
        cache.addLink(repo, FixtureCache::commit(QStringLiteral("new")), QStringLiteral("config.json"), QStringLiteral("cfg"));
        cache.addRef(repo, QStringLiteral("main"), FixtureCache::commit(QStringLiteral("new")));
        const qint64 held = FixtureCache::blocks({cache.path(repo + QStringLiteral("/blobs/big"))});
        QVERIFY(held < 1'000'000);
        auto window = open(cache.root());
        window->cachePage()->selectDetached();
        // Before: the forecast is what the disk gets back, and says why it is not the size.
        const QString summary = window->cachePage()->summaryText();
        QVERIFY2(
            summary.contains(QStringLiteral("frees 20.0 MB of 20.0 MB (%1 on disk: the files are sparse or compressed by the filesystem)")
                                 .arg(DisplayFormat::size(held))),
            qPrintable(summary));
        QCOMPARE(window->cachePage()->model()->ledger().freedOnDisk(), held);
        DiskUsageBar *disk = window->cachePage()->disk();
        QTRY_VERIFY(disk->freeBytes() >= 0);
        QVERIFY2(disk->text().endsWith(QStringLiteral(" → %1 after deleting").arg(DisplayFormat::size(disk->freeBytes() + held))),
                 qPrintable(disk->text()));
        const auto *button = window->cachePage()->findChild<QPushButton *>(QStringLiteral("deleteButton"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Delete (frees %1)…").arg(DisplayFormat::size(held)));
        QSignalSpy deleted(window.get(), &MainWindow::deletionFinished);
        QString headline, label, freesHeader;
        window->cachePage()->setConfirmer([&](const DeletionPlan &plan) {
            DeleteConfirmDialog dialog(plan, 20'000'100);
            for (const QLabel *l : dialog.findChildren<QLabel *>())
                if (l->text().contains(QStringLiteral("will be freed")))
                    headline = l->text();
            for (const QPushButton *b : dialog.findChildren<QPushButton *>())
                if (b->objectName() == u"confirmDelete")
                    label = b->text();
            freesHeader = dialog.findChild<QTreeWidget *>(QStringLiteral("planTree"))->headerItem()->text(DeleteConfirmDialog::FreesColumn);
            return true;
        });
        window->cachePage()->deleteChecked();
        QVERIFY(deleted.wait(10000));
        QCOMPARE(freesHeader, QStringLiteral("Frees (sizes)")); // its rows are in sizes, as the page's
        QVERIFY2(headline.startsWith(
                     QStringLiteral("<b>%1 will be freed on disk</b>: the files add up to 20.0 MB").arg(DisplayFormat::size(held))),
                 qPrintable(headline));
        QCOMPARE(label, QStringLiteral("Delete %1").arg(DisplayFormat::size(held)));
        const QString message = window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("the files held less on disk than their sizes (20.0 MB")), qPrintable(message));
    }

    // The deletion's own changes reach the watch once it is back on: they are measured again
    // quietly, and the result stays in the status bar (GUI attack H7, here on the Cache page).
    void theCacheDeletionsResultStaysInTheStatusBar()
    {
        FixtureCache cache;
        build(cache);
        auto window = open(cache.root());
        window->cachePage()->session()->setWatchDelay(100);
        window->cachePage()->selectDetached();
        QSignalSpy deleted(window.get(), &MainWindow::deletionFinished);
        window->cachePage()->setConfirmer([](const DeletionPlan &) { return true; });
        window->cachePage()->deleteChecked();
        QVERIFY(deleted.wait(10000));
        const QString result = window->statusBar()->currentMessage();
        QVERIFY2(result.startsWith(QStringLiteral("Deleted: ")), qPrintable(result));
        QTest::qWait(800); // several watch delays
        QCOMPARE(window->statusBar()->currentMessage(), result);
    }

    void shortcutsReachQuickSelectVerifyAndSettings()
    {
        FixtureCache cache;
        build(cache);
        auto window = open(cache.root());
        // No key is claimed twice in the window. A page's own key (Escape, only within that
        // page) may be claimed by another page too, never by the window or twice on one page.
        QHash<QKeySequence, QString> owners;
        QHash<QKeySequence, QSet<QObject *>> pageOwners;
        for (QAction *action : window->findChildren<QAction *>()) {
            const bool pageScoped = action->shortcutContext() == Qt::WidgetWithChildrenShortcut;
            for (const QKeySequence &keys : action->shortcuts()) {
                QVERIFY2(!owners.contains(keys), qPrintable(keys.toString() + u' ' + owners.value(keys) + u' ' + action->text()));
                if (pageScoped) {
                    QVERIFY2(!pageOwners[keys].contains(action->parent()), qPrintable(keys.toString() + u' ' + action->text()));
                    pageOwners[keys].insert(action->parent());
                } else {
                    QVERIFY2(!pageOwners.contains(keys), qPrintable(keys.toString() + u' ' + action->text()));
                    owners.insert(keys, action->text());
                }
            }
        }
        QCOMPARE(owners.value(QKeySequence(Qt::CTRL | Qt::Key_Comma)), QStringLiteral("&Settings…"));
        QCOMPARE(owners.value(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)), QStringLiteral("&Verify the Whole Cache"));
        QCOMPARE(owners.value(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)), QStringLiteral("F&ree Space…"));

        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window->cachePage()->tree(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->cachePage()->model()->ledger().selectedRevisionCount(), 3); // All Detached Revisions
        QTest::keyClick(window->cachePage()->tree(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->cachePage()->model()->ledger().selectedRevisionCount(), 0); // Clear Selection
    }

    void trashSettingMovesWholeReposToTheTrash()
    {
        // Qt's Trash in test mode is under ~/.qttest; what this test puts there, it takes away.
        const QString trash = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Trash");
        QDir(trash + QStringLiteral("/files/models--org--m0")).removeRecursively();
        QFile::remove(trash + QStringLiteral("/info/models--org--m0.trashinfo"));
        FixtureCache cache;
        build(cache);
        auto window = open(cache.root());
        CachePage *page = window->cachePage();
        page->setTrashWholeRepos(true);
        const int m0 = int(std::find_if(page->model()->scan().repos.cbegin(), page->model()->scan().repos.cend(),
                                        [](const CachedRepo &repo) { return repo.folderName == u"models--org--m0"; }) -
                           page->model()->scan().repos.cbegin());
        page->model()->setData(page->model()->index(m0, 0), Qt::Checked, Qt::CheckStateRole); // the whole repo
        DeletionPlan confirmed;
        QString button;
        page->setConfirmer([&](const DeletionPlan &plan) {
            confirmed = plan;
            DeleteConfirmDialog dialog(plan, 0);
            for (const QPushButton *b : dialog.findChildren<QPushButton *>())
                if (b->objectName() == u"confirmDelete")
                    button = b->text();
            return true;
        });
        QSignalSpy deleted(window.get(), &MainWindow::deletionFinished);
        page->deleteChecked();
        QVERIFY(deleted.wait(10000));
        QVERIFY(confirmed.trashWholeRepos);
        QCOMPARE(confirmed.trashedSize(), 1000 + 1001);
        QCOMPARE(button, QStringLiteral("Move %1 to the Trash").arg(DisplayFormat::size(2001)));
        QVERIFY(QFileInfo(trash + QStringLiteral("/files/models--org--m0")).isDir());
        QVERIFY(!QFileInfo::exists(cache.path(QStringLiteral("models--org--m0"))));
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("moved to the Trash")),
                 qPrintable(window->statusBar()->currentMessage()));
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("0 bytes freed")));
        QVERIFY(QDir(trash + QStringLiteral("/files/models--org--m0")).removeRecursively());
        QVERIFY(QFile::remove(trash + QStringLiteral("/info/models--org--m0.trashinfo")));
    }

    // Issue #13: in the dark theme a tick box on a dark row is a black square on black unless
    // its frame is drawn lighter than the row.
    void darkThemeTickBoxesShow()
    {
        AppSettings::applyTheme(AppSettings::Theme::Dark);
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 16, 16);
        option.palette = QApplication::palette();
        option.state = QStyle::State_Enabled | QStyle::State_Off;
        QImage image(16, 16, QImage::Format_RGB32);
        image.fill(option.palette.color(QPalette::Base));
        {
            QPainter painter(&image);
            QApplication::style()->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &option, &painter);
        }
        int brightest = 0;
        for (int y = 0; y < 16; ++y)
            for (int x = 0; x < 16; ++x)
                brightest = std::max(brightest, qGray(image.pixel(x, y)));
        AppSettings::applyTheme(AppSettings::Theme::System);
        // The row is about 31 of 255; the frame must stand out from it by far.
        QVERIFY2(brightest - qGray(option.palette.color(QPalette::Base).rgb()) > 60, qPrintable(QString::number(brightest)));
    }

    void freeSpaceClosesWhenTheScanChanges()
    {
        FixtureCache cache;
        build(cache);
        auto window = open(cache.root());
        CachePage *page = window->cachePage();
        bool wasOpen = false;
        bool closedByUs = false;
        QTimer::singleShot(100, window.get(), [&] {
            auto *dialog = window->findChild<FreeSpaceDialog *>();
            wasOpen = dialog && dialog->isVisible();
            page->model()->setScan(CacheScanner::scan(cache.root())); // what a rescan does meanwhile
        });
        QTimer::singleShot(5000, window.get(), [&] { // a dialog left open would hang the test
            if (auto *dialog = window->findChild<FreeSpaceDialog *>()) {
                closedByUs = true;
                dialog->reject();
            }
        });
        page->freeSpace(); // returns once the dialog has closed
        QVERIFY(wasOpen);
        QVERIFY(!closedByUs); // it closed itself: its picks pointed into the old scan
        QCOMPARE(page->model()->ledger().selectedRevisionCount(), 0);
    }

    void confirmationShowsSizeAndFrees()
    {
        // A repo whose weights are a shared-store payload only it links to: its line must claim
        // the payload (7000 bytes), not only the few bytes of its links.
        FixtureCache cache;
        build(cache);
        cache.markSharedStore();
        const QString payload = FixtureCache::sha256(QStringLiteral("weights"));
        const QString folder = QStringLiteral("models--org--xet");
        cache.linkBlobToPayload(folder, QStringLiteral("w"), payload);
        cache.addLink(folder, FixtureCache::commit(QStringLiteral("xet")), QStringLiteral("model.safetensors"), QStringLiteral("w"));
        cache.addBlob(folder, QStringLiteral("c"), QByteArray(10, 'c'));
        cache.addLink(folder, FixtureCache::commit(QStringLiteral("xet")), QStringLiteral("config.json"), QStringLiteral("c"));
        cache.addPayload(payload, QByteArray(7000, 'w'), {folder + QStringLiteral("/blobs/w")});
        const CacheScan scan = CacheScanner::scan(cache.root());
        const DeletionPlanner planner(scan);
        const DeletionPlan plan = planner.plan(planner.resolveTargets({QStringLiteral("model/org/xet"), QStringLiteral("model/org/m0")}));
        QCOMPARE(plan.sharedFreedSize, 7000);

        DeleteConfirmDialog dialog(plan, scan.sizeOnDisk, nullptr, [](const RevisionKey &) { return qint64(123); });
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("planTree"));
        QVERIFY(tree);
        QCOMPARE(tree->headerItem()->text(DeleteConfirmDialog::FreesColumn), QStringLiteral("Frees"));
        qint64 sum = 0;
        for (int row = 0; row < tree->topLevelItemCount(); ++row) {
            QTreeWidgetItem *item = tree->topLevelItem(row);
            sum += item->data(DeleteConfirmDialog::FreesColumn, Qt::UserRole).toLongLong();
            if (item->text(DeleteConfirmDialog::WhatColumn).startsWith(QStringLiteral("model/org/xet"))) {
                QCOMPARE(item->data(DeleteConfirmDialog::FreesColumn, Qt::UserRole).toLongLong(), 7000 + 10);
                QCOMPARE(item->child(0)->data(DeleteConfirmDialog::FreesColumn, Qt::UserRole).toLongLong(), 123);
            }
        }
        QCOMPARE(sum, plan.expectedFreedSize); // every byte the headline promises is on one line, once
    }

    void refreshAfterAnOutsideChangeKeepsTicks()
    {
        FixtureCache cache;
        build(cache);
        auto window = open(cache.root());
        window->cachePage()->session()->setWatchDelay(100);
        window->cachePage()->selectNotAccessedFor(90);
        const QSet<RevisionKey> ticked = window->cachePage()->model()->ledger().selectedRevisions();
        QSignalSpy scans(window.get(), &MainWindow::scanFinished);
        const QString folder = QStringLiteral("models--org--newcomer");
        cache.addBlob(folder, QStringLiteral("b"), "new");
        cache.addLink(folder, FixtureCache::commit(folder), QStringLiteral("f"), QStringLiteral("b"));
        QVERIFY(scans.wait(10000));
        QCOMPARE(window->cachePage()->model()->scan().repos.size(), 4);
        QCOMPARE(window->cachePage()->model()->ledger().selectedRevisions(), ticked);
    }

    void verifyFindsADamagedBlob()
    {
        FixtureCache cache;
        const QByteArray content(200000, 'v');
        const QString name = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const QString repo = QStringLiteral("models--org--verified");
        cache.addBlob(repo, name, content);
        cache.addLink(repo, FixtureCache::commit(QStringLiteral("v")), QStringLiteral("w.bin"), name);
        auto window = open(cache.root());
        window->cachePage()->setShowVerifyResults(false);
        QSignalSpy verified(window.get(), &MainWindow::verifyFinished);
        window->cachePage()->verify();
        QVERIFY(verified.wait(10000));
        QVERIFY(verified.last().first().value<VerifyReport>().isClean());
        {
            QFile file(cache.path(repo + QStringLiteral("/blobs/") + name));
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(1234);
            file.write("!");
        }
        window->cachePage()->verify({RevisionKey{repo, FixtureCache::commit(QStringLiteral("v"))}});
        QVERIFY(verified.wait(10000));
        const VerifyReport report = verified.last().first().value<VerifyReport>();
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().revisions, QStringList{FixtureCache::commit(QStringLiteral("v"))});
    }

    // The status bar speaks for the page in front, and Escape stops what the Cache page runs.
    void statusBarAndEscapeFollowThePageInFront()
    {
        FixtureCache cache;
        build(cache);
        // A sparse 4 GiB blob: checking it takes long enough for the key to come first.
        const QString big = QStringLiteral("models--org--big");
        const QString blob = cache.addBlob(big, FixtureCache::sha256(QStringLiteral("big")), "x");
        QVERIFY(QFile::resize(blob, qint64(4) << 30));
        cache.addLink(big, FixtureCache::commit(QStringLiteral("big")), QStringLiteral("w.bin"),
                      FixtureCache::sha256(QStringLiteral("big")));
        auto window = open(cache.root());
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("pages"));
        const QString cacheMessage = window->statusBar()->currentMessage();
        QVERIFY2(cacheMessage.contains(QStringLiteral("4 repo")), qPrintable(cacheMessage));

        tabs->setCurrentWidget(window->overviewPage());
        QVERIFY(window->statusBar()->currentMessage() != cacheMessage);
        // A lasting message of the Cache page while it is behind waits for it.
        Q_EMIT window->cachePage()->statusMessage(QStringLiteral("from behind"), 0);
        QVERIFY(window->statusBar()->currentMessage() != QStringLiteral("from behind"));
        window->showCachePage();
        QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("from behind"));

        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->cachePage()->setShowVerifyResults(false);
        QVERIFY(!window->cachePage()->cancelAction()->isEnabled());
        QSignalSpy verified(window.get(), &MainWindow::verifyFinished);
        window->cachePage()->verify();
        QVERIFY(window->cachePage()->cancelAction()->isEnabled());
        auto *cancel = window->statusBar()->findChild<QPushButton *>();
        QVERIFY(cancel && cancel->isVisible());
        tabs->setCurrentWidget(window->overviewPage()); // the Cache page's Cancel steps aside
        QVERIFY(!cancel->isVisible());
        window->showCachePage();
        QVERIFY(cancel->isVisible());
        window->cachePage()->tree()->setFocus();
        QTest::keyClick(window->cachePage()->tree(), Qt::Key_Escape);
        QVERIFY(verified.wait(20000));
        QVERIFY(verified.last().first().value<VerifyReport>().canceled);
        QVERIFY(!window->cachePage()->cancelAction()->isEnabled());
    }

    void emptyStates()
    {
        FixtureCache cache;
        auto empty = open(cache.root());
        QVERIFY(empty->cachePage()->isShowingEmptyState());
        auto missing = open(cache.path(QStringLiteral("not/yet")));
        QVERIFY(missing->cachePage()->isShowingEmptyState());
        QTRY_VERIFY(missing->cachePage()->disk()->freeBytes() > 0); // the filesystem it will be made on

        // The first download makes the folder (and its parent): the page notices without F5.
        FixtureCache later;
        build(later);
        QVERIFY(QDir().mkpath(cache.path(QStringLiteral("not"))));
        QVERIFY(QFile::rename(later.root(), cache.path(QStringLiteral("not/yet"))));
        QTRY_VERIFY_WITH_TIMEOUT(!missing->cachePage()->isShowingEmptyState(), 10000);
        QCOMPARE(missing->cachePage()->model()->scan().repos.size(), 3);
    }

    // Issue #10 §8: opening an HF_HOME says where its hub cache is, and offers nothing to delete.
    void hfHomeSaysWhereTheHubCacheIs()
    {
        FixtureCache home;
        home.mkdir(QStringLiteral("hub"));
        home.mkdir(QStringLiteral("xet"));
        home.writeFile(QStringLiteral("token"), "hf_secret");
        auto window = open(home.root());
        QVERIFY(window->cachePage()->isShowingEmptyState());
        // Wide enough for the whole line in any font: a narrower window cuts it with an ellipsis.
        window->resize(4000, window->height());
        QTRY_COMPARE(window->statusBar()->currentMessage(),
                     QStringLiteral("%1 looks like HF_HOME, not a hub cache; the hub cache is %1/hub")
                         .arg(CacheScanner::resolveCacheDir(home.root())));
    }

    // Alt+letter reaches one thing in the window: the menus and the page tabs share the
    // window's mnemonics, in every language HubDeck ships. Last: it changes the language.
    void mnemonicsAreUniqueInTheWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void mnemonicsAreUniqueInTheWindow()
    {
        QFETCH(QString, language);
        AppSettings::applyLanguage(language);
        FixtureCache cache;
        MainWindow window(cache.root());
        QStringList texts;
        for (const QAction *menu : window.menuBar()->actions())
            texts.append(menu->text());
        const auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i)
            texts.append(tabs->tabText(i));
        if (language != u"en") // the translation is loaded: the File menu is not in English
            QVERIFY2(!texts.contains(QStringLiteral("&File")), qPrintable(texts.join(u' ')));
        QHash<QChar, QString> owners;
        for (const QString &text : std::as_const(texts)) {
            const qsizetype amp = text.indexOf(u'&');
            QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text + QStringLiteral(" has no mnemonic")));
            const QChar key = text.at(amp + 1).toLower();
            QVERIFY2(!owners.contains(key), qPrintable(QStringLiteral("Alt+%1: %2 and %3").arg(key, owners.value(key), text)));
            owners.insert(key, text);
        }
        AppSettings::applyLanguage(QStringLiteral("en"));
    }
    // The Delete key on selected file rows with nothing ticked: those files from every revision,
    // as the context menu's "Delete This File from All Revisions…"; ticks, when there are any,
    // come first, and the confirmation says the selected files are not part of it.
    void deleteKeyTakesSelectedFileRowsWhenNothingIsTicked()
    {
        FixtureCache cache;
        build(cache);
        const QString g = QStringLiteral("models--org--g");
        const QString r1 = FixtureCache::commit(QStringLiteral("g1"));
        const QString r2 = FixtureCache::commit(QStringLiteral("g2"));
        cache.addBlob(g, QStringLiteral("q"), QByteArray(7000, 'q'));
        cache.addBlob(g, QStringLiteral("c"), QByteArray(30, 'c'));
        cache.addLink(g, r1, QStringLiteral("w/model.gguf"), QStringLiteral("q"));
        cache.addLink(g, r1, QStringLiteral("config.json"), QStringLiteral("c"));
        cache.addLink(g, r2, QStringLiteral("w/model.gguf"), QStringLiteral("q"));
        cache.addRef(g, QStringLiteral("main"), r2);
        auto window = open(cache.root());
        CachePage *page = window->cachePage();
        QTreeView *tree = page->tree();
        tree->expandAll();
        QAbstractItemModel *proxy = tree->model();
        QHash<QString, QModelIndex> fileRows;
        QModelIndex repoRow;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex repo = proxy->index(r, 0);
            if (repo.data(CacheTreeModel::CacheIdRole).toString() != u"model/org/g")
                continue;
            repoRow = repo;
            for (int v = 0; v < proxy->rowCount(repo); ++v)
                for (int f = 0; f < proxy->rowCount(proxy->index(v, 0, repo)); ++f) {
                    const QModelIndex file = proxy->index(f, 0, proxy->index(v, 0, repo));
                    fileRows.insert(file.data(CacheTreeModel::PathRole).toString(), file);
                }
        }
        const QString gguf1 = cache.path(g + QStringLiteral("/snapshots/") + r1 + QStringLiteral("/w/model.gguf"));
        const QString gguf2 = cache.path(g + QStringLiteral("/snapshots/") + r2 + QStringLiteral("/w/model.gguf"));
        const QString config = cache.path(g + QStringLiteral("/snapshots/") + r1 + QStringLiteral("/config.json"));
        QVERIFY(fileRows.contains(gguf1) && fileRows.contains(config));
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        tree->setFocus();
        int asked = 0;
        DeletionPlan plan;
        QString note;
        page->setConfirmer([&](const DeletionPlan &p) {
            ++asked;
            plan = p;
            note = page->confirmationNote();
            return false;
        });
        // Nothing ticked, nothing selected: nothing to delete.
        tree->selectionModel()->clearSelection();
        QVERIFY(!page->deleteAction()->isEnabled());
        // A repo row selected, nothing ticked: still nothing (a repo is deleted by ticking it).
        tree->selectionModel()->select(repoRow, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(!page->deleteAction()->isEnabled());
        // File rows selected: Delete takes them, from every revision.
        tree->selectionModel()->select(fileRows.value(gguf1), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        tree->selectionModel()->select(fileRows.value(config), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(page->deleteAction()->isEnabled());
        QCOMPARE(page->deleteAction()->text(), QStringLiteral("&Delete Selected Files from All Revisions…"));
        QTest::keyClick(tree, Qt::Key_Delete);
        QCOMPARE(asked, 1);
        QStringList three{gguf1, gguf2, config};
        three.sort();
        QCOMPARE(plan.files, three);
        QVERIFY(plan.snapshots.isEmpty() && plan.repos.isEmpty());
        QVERIFY2(note.contains(QStringLiteral("the 2 selected file")) && note.contains(QStringLiteral("go from every cached revision")),
                 qPrintable(note));
        // A mixed selection (a file and its revision) is not only files: Delete waits for ticks.
        tree->selectionModel()->select(fileRows.value(gguf1).parent(), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(!page->deleteAction()->isEnabled());
        // Ticks come first: with a revision ticked, Delete deletes it, and says the files are not included.
        tree->selectionModel()->select(fileRows.value(gguf1), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        page->selectDetached();
        QVERIFY(page->model()->ledger().selectedRevisionCount() > 0);
        QCOMPARE(page->deleteAction()->text(), QStringLiteral("&Delete Ticked…"));
        QTest::keyClick(tree, Qt::Key_Delete);
        QCOMPARE(asked, 2);
        QVERIFY(plan.files.isEmpty());
        QVERIFY(!plan.snapshots.isEmpty() || !plan.repos.isEmpty());
        QVERIFY2(note.contains(QStringLiteral("not the 1 selected file")), qPrintable(note));
        QVERIFY(page->confirmationNote().isEmpty()); // only while it is asked
        QVERIFY(QFileInfo(gguf1).isSymLink());       // every answer was no
    }

    // Issue #16: file rows of the tree, selected (files are never ticked), go from every
    // revision through the context menu, the usual confirmation and background deletion.
    void fileRowsGoFromEveryRevisionThroughTheContextMenu()
    {
        FixtureCache cache;
        build(cache);
        const QString g = QStringLiteral("models--org--g");
        const QString r1 = FixtureCache::commit(QStringLiteral("g1"));
        const QString r2 = FixtureCache::commit(QStringLiteral("g2"));
        cache.addBlob(g, QStringLiteral("q"), QByteArray(7000, 'q'));
        cache.addBlob(g, QStringLiteral("c"), QByteArray(30, 'c'));
        cache.addBlob(g, QStringLiteral("x"), QByteArray(40, 'x'));
        cache.addLink(g, r1, QStringLiteral("w/model.gguf"), QStringLiteral("q"));
        cache.addLink(g, r1, QStringLiteral("config.json"), QStringLiteral("c"));
        cache.addLink(g, r2, QStringLiteral("w/model.gguf"), QStringLiteral("q"));
        cache.addLink(g, r2, QStringLiteral("x.bin"), QStringLiteral("x"));
        cache.addRef(g, QStringLiteral("main"), r2);
        auto window = open(cache.root());
        CachePage *page = window->cachePage();
        QTreeView *tree = page->tree();
        tree->expandAll();
        QAbstractItemModel *proxy = tree->model();
        // The file rows of repo g, by their path on disk.
        QHash<QString, QModelIndex> fileRows;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex repo = proxy->index(r, 0);
            if (repo.data(CacheTreeModel::CacheIdRole).toString() != u"model/org/g")
                continue;
            for (int v = 0; v < proxy->rowCount(repo); ++v)
                for (int f = 0; f < proxy->rowCount(proxy->index(v, 0, repo)); ++f) {
                    const QModelIndex file = proxy->index(f, 0, proxy->index(v, 0, repo));
                    fileRows.insert(file.data(CacheTreeModel::PathRole).toString(), file);
                }
        }
        const QString gguf1 = cache.path(g + QStringLiteral("/snapshots/") + r1 + QStringLiteral("/w/model.gguf"));
        const QString gguf2 = cache.path(g + QStringLiteral("/snapshots/") + r2 + QStringLiteral("/w/model.gguf"));
        const QString config = cache.path(g + QStringLiteral("/snapshots/") + r1 + QStringLiteral("/config.json"));
        QVERIFY(fileRows.contains(gguf1) && fileRows.contains(gguf2) && fileRows.contains(config));

        auto runMenu = [&](const QModelIndex &at, const QString &action) {
            QString text;
            QTimer::singleShot(0, this, [&] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                QVERIFY(menu);
                if (auto *item = menu->findChild<QAction *>(action)) {
                    text = item->text();
                    item->trigger();
                }
                menu->close();
            });
            Q_EMIT tree->customContextMenuRequested(tree->visualRect(at).center());
            return text;
        };
        // No such action on a revision row.
        const QModelIndex revisionRow = fileRows.value(gguf1).parent();
        tree->selectionModel()->select(revisionRow, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(runMenu(revisionRow, QStringLiteral("deleteFilesAction")).isEmpty());

        // The same path selected in both revisions is one file; the plan shows both entries.
        tree->selectionModel()->select(fileRows.value(gguf1), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        tree->selectionModel()->select(fileRows.value(gguf2), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        DeletionPlan asked;
        page->setConfirmer([&](const DeletionPlan &plan) {
            asked = plan;
            return false;
        });
        QSignalSpy deleted(window.get(), &MainWindow::deletionFinished);
        QCOMPARE(runMenu(fileRows.value(gguf2), QStringLiteral("deleteFilesAction")),
                 QStringLiteral("Delete This File from All Revisions…"));
        QStringList both{gguf1, gguf2};
        both.sort(); // the plan's flat lists are sorted
        QCOMPARE(asked.files, both);
        QCOMPARE(asked.expectedFreedSize, 7000);
        QTest::qWait(50);
        QCOMPARE(deleted.size(), 0); // said no: nothing happens
        QVERIFY(QFileInfo(gguf1).isSymLink());

        // Two paths now (config.json with them): confirmed, deleted in the background.
        tree->selectionModel()->select(fileRows.value(config), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        page->setConfirmer([&](const DeletionPlan &plan) {
            asked = plan;
            return true;
        });
        const qint64 before = page->model()->scan().sizeOnDisk;
        QCOMPARE(runMenu(fileRows.value(config), QStringLiteral("deleteFilesAction")),
                 QStringLiteral("Delete These 2 Files from All Revisions…"));
        QVERIFY(deleted.wait(10000));
        QCOMPARE(asked.fileCount(), 3);
        QVERIFY(!QFileInfo(gguf1).isSymLink() && !QFileInfo(gguf2).isSymLink() && !QFileInfo(config).isSymLink());
        QVERIFY(!QFileInfo::exists(cache.path(g + QStringLiteral("/blobs/q"))));
        QVERIFY(QFileInfo::exists(cache.path(g + QStringLiteral("/blobs/x"))));
        QVERIFY2(window->statusBar()->currentMessage().startsWith(QStringLiteral("Deleted: 3 file")),
                 qPrintable(window->statusBar()->currentMessage()));
        // The model is patched: the rows are gone, the sizes are the disk's.
        const CacheScan &patched = page->model()->scan();
        const CacheScan fresh = CacheScanner::scan(cache.root());
        QCOMPARE(patched.sizeOnDisk, fresh.sizeOnDisk);
        QCOMPARE(patched.sizeOnDisk, before - 7030);
        const int g1 = patched.repoIndexForFolder(g);
        QVERIFY(g1 >= 0);
        QCOMPARE(patched.repos[g1].sizeOnDisk, fresh.repos[fresh.repoIndexForFolder(g)].sizeOnDisk);
        for (int v = 0; v < patched.repos[g1].revisions.size(); ++v) {
            const CachedRevision &revision = patched.repos[g1].revisions[v];
            QCOMPARE(revision.files.size(), revision.commitHash == r1 ? 0 : 1);
            QCOMPARE(revision.sizeOnDisk, revision.commitHash == r1 ? 0 : 40);
        }
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex repo = proxy->index(r, 0);
            if (repo.data(CacheTreeModel::CacheIdRole).toString() == u"model/org/g")
                for (int v = 0; v < proxy->rowCount(repo); ++v)
                    QCOMPARE(proxy->rowCount(proxy->index(v, 0, repo)),
                             proxy->index(v, 0, repo).data(CacheTreeModel::CommitHashRole) == r1 ? 0 : 1);
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
