// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheBrowser.h"
#include "CacheFilterProxy.h"
#include "CacheScanner.h"
#include "CacheTreeModel.h"
#include "DeletionReport.h"
#include "DisplayFormat.h"
#include "FixtureCache.h"
#include "HumanFormat.h"
#include "PreviewPane.h"
#include "TreemapLegend.h"
#include "TreemapView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace hubdeck;
using hubdeck::test::FixtureCache;

// The treemap inside the cache browser: it follows the tree both ways, respects the filter,
// zooms into a repo; and the tree's context menu ticks, unticks and deletes the selected rows.
class TestTreemapBrowser : public QObject
{
    Q_OBJECT

    struct Setup
    {
        FixtureCache cache;
        CacheTreeModel model;
        CacheFilterProxy proxy;
        std::unique_ptr<QAbstractItemModelTester> tester;
        std::unique_ptr<CacheBrowser> browser;

        // Three model repos of growing size (t0 < t1 < t2), two revisions each; t0 is the only
        // one accessed recently, and one dataset.
        Setup()
        {
            const double now = HumanFormat::now();
            for (int r = 0; r < 3; ++r) {
                const QString folder = QStringLiteral("models--org--t%1").arg(r);
                for (int v = 0; v < 2; ++v) {
                    cache.addBlob(folder, QStringLiteral("b%1").arg(v), QByteArray(20000 * (r + 1) * (v + 1), 'x'),
                                  r == 0 ? now - 3600 : FixtureCache::kDefaultTime);
                    cache.addLink(folder, FixtureCache::commit(folder + QString::number(v)), QStringLiteral("f%1.bin").arg(v),
                                  QStringLiteral("b%1").arg(v));
                }
            }
            const QString dataset = QStringLiteral("datasets--org--d");
            cache.addBlob(dataset, QStringLiteral("d"), QByteArray(30000, 'y'));
            cache.addLink(dataset, FixtureCache::commit(QStringLiteral("d")), QStringLiteral("data.csv"), QStringLiteral("d"));
            model.setNow(now);
            proxy.setNow(now);
            model.setScan(CacheScanner::scan(cache.root()));
            proxy.setSourceModel(&model);
            tester = std::make_unique<QAbstractItemModelTester>(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
            browser = std::make_unique<CacheBrowser>(&model, &proxy);
            browser->resize(1100, 700);
            browser->show();
        }
        [[nodiscard]] int repo(const QString &name) const
        {
            for (int r = 0; r < model.scan().repos.size(); ++r)
                if (model.scan().repos[r].repoId == name)
                    return r;
            return -1;
        }
        [[nodiscard]] TreemapView *treemap() const { return browser->treemap(); }
        [[nodiscard]] QTreeView *tree() const { return browser->tree(); }
        [[nodiscard]] QModelIndex proxyIndex(int repo, int revision = -1) const
        {
            QModelIndex source = model.index(repo, 0);
            if (revision >= 0)
                source = model.index(revision, 0, source);
            return proxy.mapFromSource(source);
        }
        [[nodiscard]] std::pair<int, int> treeCurrent() const
        {
            const QModelIndex source = proxy.mapToSource(tree()->currentIndex());
            return {model.repoRow(source), model.revisionRow(source)};
        }
    };

    // Whether a pixel in a small square around the point has this colour.
    static bool colourNear(const QImage &image, QPointF point, const QColor &colour)
    {
        for (int dx = -2; dx <= 2; ++dx)
            for (int dy = -2; dy <= 2; ++dy)
                if (image.pixelColor(int(point.x()) + dx, int(point.y()) + dy).rgb() == colour.rgb())
                    return true;
        return false;
    }

private Q_SLOTS:
    void clickSelectsInTheTree()
    {
        Setup s;
        QVERIFY(QTest::qWaitForWindowExposed(s.browser.get()));
        const int t1 = s.repo(QStringLiteral("org/t1"));
        const QRectF revision = s.treemap()->rectOf(t1, 1);
        QVERIFY(!revision.isEmpty());
        const TreemapView::Hit file = s.treemap()->hitAt(revision.center());
        QVERIFY(file.file >= 0);
        QSignalSpy shown(s.browser->preview(), &PreviewPane::shown);
        QTest::mouseClick(s.treemap(), Qt::LeftButton, {}, revision.center().toPoint());
        QCOMPARE(s.treeCurrent(), std::pair(t1, 1));
        // A click on a file makes the file current, so the preview shows it.
        const QModelIndex current = s.proxy.mapToSource(s.tree()->currentIndex());
        QCOMPARE(s.model.kind(current), CacheTreeModel::NodeKind::File);
        QCOMPARE(current.row(), file.file);
        QVERIFY(!shown.isEmpty() || shown.wait(10000));
        // The click moved the treemap's own focus there, and the tree's current item is outlined.
        QCOMPARE(s.treemap()->current().repo, t1);
        QCOMPARE(s.treemap()->current().revision, 1);
        QCOMPARE(s.treemap()->selected().repo, t1);
        QCOMPARE(s.treemap()->selected().revision, 1);
    }

    // A deletion patches the tree in place: the previewed file's repo going with its rows clears
    // the preview, which no longer shows a file that is gone (GUI attack H6).
    void thePreviewClearsWhenItsRepoIsDeleted()
    {
        Setup s;
        QVERIFY(QTest::qWaitForWindowExposed(s.browser.get()));
        const int t1 = s.repo(QStringLiteral("org/t1"));
        QSignalSpy shown(s.browser->preview(), &PreviewPane::shown);
        s.tree()->setCurrentIndex(s.proxy.index(0, 0, s.proxyIndex(t1, 1)));
        QVERIFY(!shown.isEmpty() || shown.wait(10000));
        QVERIFY(s.browser->preview()->title() != QStringLiteral("Preview"));
        DeletionReport report;
        report.removedRepos = {s.model.scan().repos[t1].repoPath};
        s.model.applyDeletion(report);
        QCOMPARE(s.browser->preview()->title(), QStringLiteral("Preview"));
        // Another repo's deletion leaves a preview of this one alone.
        const int t2 = s.repo(QStringLiteral("org/t2"));
        shown.clear();
        s.tree()->setCurrentIndex(s.proxy.index(0, 0, s.proxyIndex(t2, 0)));
        QVERIFY(!shown.isEmpty() || shown.wait(10000));
        const QString title = s.browser->preview()->title();
        report.removedRepos = {s.model.scan().repos[s.repo(QStringLiteral("org/t0"))].repoPath};
        s.model.applyDeletion(report);
        QCOMPARE(s.browser->preview()->title(), title);
    }

    // The size column holds the widest size a file row shows ("999 bytes"), not only the top
    // rows' (GUI attack H16: "47 by…").
    void theSizeColumnFitsEverySize()
    {
        Setup s;
        QVERIFY(QTest::qWaitForWindowExposed(s.browser.get()));
        s.model.setScan(CacheScanner::scan(s.cache.root())); // a scan arriving: the columns are fitted once
        for (const int column : {CacheTreeModel::SizeColumn, CacheTreeModel::FreesColumn}) {
            const int width = s.tree()->header()->sectionSize(column);
            QVERIFY2(width >= s.tree()->fontMetrics().horizontalAdvance(DisplayFormat::size(999)) + 12, qPrintable(QString::number(width)));
        }
    }

    void treeCurrentIsOutlined()
    {
        Setup s;
        QVERIFY(QTest::qWaitForWindowExposed(s.browser.get()));
        const int t2 = s.repo(QStringLiteral("org/t2"));
        s.tree()->setCurrentIndex(s.proxyIndex(t2, 0));
        QCOMPARE(s.treemap()->selected().repo, t2);
        QCOMPARE(s.treemap()->selected().revision, 0);
        const QColor highlight = s.treemap()->palette().color(QPalette::Highlight);
        QRectF rect = s.treemap()->rectOf(t2, 0);
        QImage image = s.treemap()->grab().toImage();
        QVERIFY(colourNear(image, QPointF(rect.left() + 2, rect.center().y()), highlight));
        QVERIFY(colourNear(image, QPointF(rect.center().x(), rect.top() + 2), highlight));
        // Another row: the outline moves with it.
        const int t0 = s.repo(QStringLiteral("org/t0"));
        s.tree()->setCurrentIndex(s.proxyIndex(t0));
        QCOMPARE(s.treemap()->selected().repo, t0);
        QCOMPARE(s.treemap()->selected().revision, -1);
        image = s.treemap()->grab().toImage();
        QVERIFY(!colourNear(image, QPointF(rect.left() + 2, rect.center().y()), highlight));
        rect = s.treemap()->rectOf(t0, -1);
        QVERIFY(colourNear(image, QPointF(rect.left() + 2, rect.center().y()), highlight));
    }

    void filterHidesAreas()
    {
        Setup s;
        QVERIFY(QTest::qWaitForWindowExposed(s.browser.get()));
        const int t0 = s.repo(QStringLiteral("org/t0")), t1 = s.repo(QStringLiteral("org/t1"));
        const int t2 = s.repo(QStringLiteral("org/t2")), d = s.repo(QStringLiteral("org/d"));
        for (int r : {t0, t1, t2, d})
            QVERIFY(!s.treemap()->rectOf(r, -1).isEmpty());
        // Text: only the matching repo, which then fills the map.
        s.proxy.setSearchText(QStringLiteral("t1"));
        QVERIFY(!s.treemap()->rectOf(t1, -1).isEmpty());
        for (int r : {t0, t2, d})
            QVERIFY(s.treemap()->rectOf(r, -1).isEmpty());
        QVERIFY(s.treemap()->rectOf(t1, -1).width() > s.treemap()->mapRect().width() - 2);
        // A file name: only the revision holding it stays inside its repo.
        s.proxy.setSearchText(QStringLiteral("f1.bin"));
        QVERIFY(s.treemap()->rectOf(t2, 0).isEmpty());
        QVERIFY(!s.treemap()->rectOf(t2, 1).isEmpty());
        s.proxy.setSearchText({});
        QVERIFY(!s.treemap()->rectOf(t2, 0).isEmpty());
        // Types.
        s.proxy.setTypeVisible(RepoType::Model, false);
        for (int r : {t0, t1, t2})
            QVERIFY(s.treemap()->rectOf(r, -1).isEmpty());
        QVERIFY(!s.treemap()->rectOf(d, -1).isEmpty());
        s.proxy.setTypeVisible(RepoType::Model, true);
        // Not accessed for 30 days: t0 was used an hour ago.
        s.proxy.setNotAccessedForDays(30);
        QVERIFY(s.treemap()->rectOf(t0, -1).isEmpty());
        QVERIFY(!s.treemap()->rectOf(t2, -1).isEmpty());
        s.proxy.setNotAccessedForDays(0);
        QVERIFY(!s.treemap()->rectOf(t0, -1).isEmpty());
    }

    void doubleClickZoomsBackspaceAndRightClickGoBack()
    {
        Setup s;
        QVERIFY(QTest::qWaitForWindowExposed(s.browser.get()));
        TreemapView *map = s.treemap();
        const int t1 = s.repo(QStringLiteral("org/t1")), t2 = s.repo(QStringLiteral("org/t2"));
        QSignalSpy zoomed(map, &TreemapView::zoomChanged);
        const QString wholeTitle = map->title();
        QTest::mouseDClick(map, Qt::LeftButton, {}, map->rectOf(t1, -1).center().toPoint());
        QCOMPARE(map->zoomedRepo(), t1);
        QCOMPARE(zoomed.size(), 1);
        QVERIFY(map->title().contains(QStringLiteral("model/org/t1")));
        QVERIFY(map->title() != wholeTitle);
        // Its revisions fill the map; the other repos are gone.
        QVERIFY(map->rectOf(t2, -1).isEmpty());
        const QRectF both = map->rectOf(t1, 0).united(map->rectOf(t1, 1));
        QVERIFY(both.width() * both.height() > 0.8 * map->mapRect().width() * map->mapRect().height());
        // Zoomed in, a double click ticks the revision under it.
        QTest::mouseDClick(map, Qt::LeftButton, {}, map->rectOf(t1, 1).center().toPoint());
        QVERIFY(s.model.ledger().isRevisionSelected(t1, 1));
        QCOMPARE(map->zoomedRepo(), t1);
        map->setFocus();
        QTest::keyClick(map, Qt::Key_Backspace);
        QCOMPARE(map->zoomedRepo(), -1);
        QCOMPARE(map->title(), wholeTitle);
        QVERIFY(!map->rectOf(t2, -1).isEmpty());
        // Right click goes back out too.
        QTest::mouseDClick(map, Qt::LeftButton, {}, map->rectOf(t2, -1).center().toPoint());
        QCOMPARE(map->zoomedRepo(), t2);
        QTest::mouseClick(map, Qt::RightButton, {}, map->rectOf(t2, 0).center().toPoint());
        QCOMPARE(map->zoomedRepo(), -1);
        // Enter zooms from the keyboard.
        s.tree()->setCurrentIndex(s.proxyIndex(t2));
        map->setFocus();
        QCOMPARE(map->current().repo, t2);
        QTest::keyClick(map, Qt::Key_Return);
        QCOMPARE(map->zoomedRepo(), t2);
        QVERIFY(map->current().revision >= 0);
        // Selecting another repo in the tree zooms out, so its outline can be seen.
        const int t0 = s.repo(QStringLiteral("org/t0"));
        s.tree()->setCurrentIndex(s.proxyIndex(t0));
        QCOMPARE(map->zoomedRepo(), -1);
        // Filtering the zoomed repo out zooms out.
        QTest::mouseDClick(map, Qt::LeftButton, {}, map->rectOf(t2, -1).center().toPoint());
        QCOMPARE(map->zoomedRepo(), t2);
        s.proxy.setSearchText(QStringLiteral("t1"));
        QCOMPARE(map->zoomedRepo(), -1);
    }

    void legendOnlyWhenColouredByAccess()
    {
        Setup s;
        QVERIFY(QTest::qWaitForWindowExposed(s.browser.get()));
        TreemapView *map = s.treemap();
        QVERIFY(map->legend());
        QVERIFY(!map->legend()->isVisible());
        const QRectF before = map->mapRect();
        map->setColoring(TreemapView::Coloring::ByAccess);
        QVERIFY(map->legend()->isVisible());
        QVERIFY(map->mapRect().bottom() <= map->legend()->geometry().top());
        QVERIFY(map->mapRect().height() < before.height());
        // A real gradient: its ends are the colours of "today" and "a year or more", its middle neither.
        const QImage image = map->legend()->grab().toImage();
        const int y = 3 + 5; // the middle of the strip
        const auto distance = [](const QColor &a, const QColor &b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
        };
        // Scan for the strip's first and last gradient pixels: the ones close to the end colours.
        const QColor fresh = TreemapLegend::colorForAge(0), stale = TreemapLegend::colorForAge(365);
        int first = -1, last = -1;
        for (int x = 0; x < image.width(); ++x) {
            if (first < 0 && distance(image.pixelColor(x, y), fresh) <= 12)
                first = x;
            if (distance(image.pixelColor(x, y), stale) <= 12)
                last = x;
        }
        QVERIFY(first >= 0 && last > first + 50);
        const QColor middle = image.pixelColor((first + last) / 2, y);
        QVERIFY(distance(middle, fresh) > 30 && distance(middle, stale) > 30);
        QVERIFY(distance(middle, TreemapLegend::colorForAge(182)) <= 24);
        QCOMPARE(TreemapLegend::ticks().first().first, 0);
        QCOMPARE(TreemapLegend::ticks().last().first, 365);
        map->setColoring(TreemapView::Coloring::ByType);
        QVERIFY(!map->legend()->isVisible());
        QCOMPARE(map->mapRect(), before);
    }

    void contextMenuTicksUntickAndDeletes()
    {
        Setup s;
        QVERIFY(QTest::qWaitForWindowExposed(s.browser.get()));
        const int t1 = s.repo(QStringLiteral("org/t1")), t2 = s.repo(QStringLiteral("org/t2"));
        QTreeView *tree = s.tree();
        tree->expand(s.proxyIndex(t1));
        tree->expand(s.proxyIndex(t2));
        // Two revisions in two repos, selected together.
        tree->selectionModel()->select(s.proxyIndex(t1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        tree->selectionModel()->select(s.proxyIndex(t2, 1), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        auto runMenu = [&](const QModelIndex &at, const QString &action) {
            bool found = false, enabled = false;
            QTimer::singleShot(0, this, [&] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                QVERIFY(menu);
                if (auto *item = menu->findChild<QAction *>(action)) {
                    found = true;
                    enabled = item->isEnabled();
                    if (enabled)
                        item->trigger();
                }
                menu->close();
            });
            Q_EMIT tree->customContextMenuRequested(tree->visualRect(at).center());
            return std::pair(found, enabled);
        };
        QCOMPARE(runMenu(s.proxyIndex(t2, 1), QStringLiteral("untickRowsAction")), std::pair(true, false)); // nothing ticked yet
        QCOMPARE(runMenu(s.proxyIndex(t2, 1), QStringLiteral("tickRowsAction")), std::pair(true, true));
        QCOMPARE(s.model.ledger().selectedRevisionCount(), 2);
        QVERIFY(s.model.ledger().isRevisionSelected(t1, 0));
        QVERIFY(s.model.ledger().isRevisionSelected(t2, 1));
        QCOMPARE(runMenu(s.proxyIndex(t1, 0), QStringLiteral("untickRowsAction")), std::pair(true, true));
        QCOMPARE(s.model.ledger().selectedRevisionCount(), 0);
        // A click outside the selection acts on the clicked row only: here a whole repo.
        QCOMPARE(runMenu(s.proxyIndex(t1), QStringLiteral("tickRowsAction")), std::pair(true, true));
        QCOMPARE(s.model.ledger().selectedRevisionCount(), 2);
        QVERIFY(s.model.ledger().isRevisionSelected(t1, 0) && s.model.ledger().isRevisionSelected(t1, 1));
        // Delete… ticks the selected rows too, then asks the page to delete the ticked.
        QSignalSpy deleteRequested(s.browser.get(), &CacheBrowser::deleteRequested);
        tree->selectionModel()->select(s.proxyIndex(t2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(runMenu(s.proxyIndex(t2, 0), QStringLiteral("deleteRowsAction")), std::pair(true, true));
        QCOMPARE(deleteRequested.size(), 1);
        QCOMPARE(s.model.ledger().selectedRevisionCount(), 3);
        QVERIFY(s.model.ledger().isRevisionSelected(t2, 0));
        // Files cannot be ticked: on a file row, Tick and Delete… are disabled.
        const QModelIndex file = s.proxy.index(0, 0, s.proxyIndex(t2, 1));
        tree->expand(s.proxyIndex(t2, 1));
        QCOMPARE(runMenu(file, QStringLiteral("tickRowsAction")), std::pair(true, false));
        QCOMPARE(runMenu(file, QStringLiteral("deleteRowsAction")), std::pair(true, false));
    }
};

QTEST_MAIN(TestTreemapBrowser)
#include "tst_treemapbrowser.moc"
