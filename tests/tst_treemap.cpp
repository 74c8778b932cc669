// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheScanner.h"
#include "CacheTreeModel.h"
#include "FixtureCache.h"
#include "TreemapLayout.h"
#include "TreemapView.h"

#include <QImage>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace hubdeck;
using hubdeck::test::FixtureCache;

// The squarified layout's properties, and the treemap widget's hit testing and ticking.
class TestTreemap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layoutProperties()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 200; ++round) {
            const int count = 1 + random.bounded(60);
            QList<double> weights;
            for (int i = 0; i < count; ++i)
                weights.append(random.bounded(100) < 10 ? 0.0 : 1.0 + random.bounded(1000000.0));
            const QRectF bounds(10, 20, 50 + random.bounded(900), 50 + random.bounded(600));
            const QList<QRectF> rects = TreemapLayout::squarify(weights, bounds);
            QCOMPARE(rects.size(), weights.size());
            double total = 0;
            for (double w : weights)
                total += w;
            const double area = bounds.width() * bounds.height();
            for (int i = 0; i < count; ++i) {
                if (weights[i] <= 0) {
                    QVERIFY(rects[i].isEmpty());
                    continue;
                }
                // Inside the bounds (floating point slack), area proportional to weight.
                QVERIFY(rects[i].left() >= bounds.left() - 1e-6 && rects[i].top() >= bounds.top() - 1e-6);
                QVERIFY(rects[i].right() <= bounds.right() + 1e-6 && rects[i].bottom() <= bounds.bottom() + 1e-6);
                const double expected = area * weights[i] / total;
                QVERIFY2(qAbs(rects[i].width() * rects[i].height() - expected) <= 1e-6 * area + 1e-9,
                         qPrintable(QStringLiteral("round %1 cell %2").arg(round).arg(i)));
                for (int j = i + 1; j < count; ++j) {
                    const QRectF overlap = rects[i].intersected(rects[j]);
                    QVERIFY(overlap.width() * overlap.height() <= 1e-6 * area);
                }
            }
        }
    }

    void nothingToLayOut()
    {
        QVERIFY(TreemapLayout::squarify({}, QRectF(0, 0, 100, 100)).isEmpty());
        const auto rects = TreemapLayout::squarify({0, 0}, QRectF(0, 0, 100, 100));
        QVERIFY(rects[0].isEmpty() && rects[1].isEmpty());
        QVERIFY(TreemapLayout::squarify({5}, QRectF()).first().isEmpty());
    }

    void cellsAreNearlySquare()
    {
        QList<double> weights(24, 1.0);
        const auto rects = TreemapLayout::squarify(weights, QRectF(0, 0, 600, 400));
        for (const QRectF &rect : rects)
            QVERIFY(std::max(rect.width() / rect.height(), rect.height() / rect.width()) < 3.0);
    }

    void viewHitsClicksAndTicks()
    {
        FixtureCache cache;
        for (int r = 0; r < 3; ++r) {
            const QString folder = QStringLiteral("models--org--t%1").arg(r);
            for (int v = 0; v < 2; ++v) {
                cache.addBlob(folder, QStringLiteral("b%1").arg(v), QByteArray(10000 * (r + 1), 'x'));
                cache.addLink(folder, FixtureCache::commit(folder + QString::number(v)), QStringLiteral("f%1.bin").arg(v),
                              QStringLiteral("b%1").arg(v));
            }
        }
        CacheTreeModel model;
        model.setScan(CacheScanner::scan(cache.root()));
        TreemapView view(&model);
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The biggest repo (t2) is laid out first, at the top left, under the title.
        const QPointF topLeft = view.mapRect().topLeft() + QPointF(20, 30);
        const TreemapView::Hit hit = view.hitAt(topLeft);
        QCOMPARE(model.scan().repos[hit.repo].folderName, QStringLiteral("models--org--t2"));
        QVERIFY(hit.revision >= 0);
        QVERIFY(view.describe(hit).contains(QStringLiteral("model/org/t2")));
        QSignalSpy clicked(&view, &TreemapView::itemClicked);
        QTest::mouseClick(&view, Qt::LeftButton, {}, topLeft.toPoint());
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().at(0).toInt(), hit.repo);
        QCOMPARE(view.current().repo, hit.repo);
        QCOMPARE(view.current().revision, hit.revision);
        // A double click zooms into the repo; zoomed in, one ticks and unticks a revision.
        QTest::mouseDClick(&view, Qt::LeftButton, {}, topLeft.toPoint());
        QCOMPARE(view.zoomedRepo(), hit.repo);
        QCOMPARE(model.ledger().selectedRevisionCount(), 0);
        const QPoint inside = view.rectOf(hit.repo, hit.revision).center().toPoint();
        QTest::mouseDClick(&view, Qt::LeftButton, {}, inside);
        QVERIFY(model.ledger().isRevisionSelected(hit.repo, hit.revision));
        QTest::mouseDClick(&view, Qt::LeftButton, {}, inside);
        QVERIFY(!model.ledger().isRevisionSelected(hit.repo, hit.revision));
        view.zoomOut();
        QCOMPARE(view.zoomedRepo(), -1);
        // Colouring by access relays out without moving anything.
        view.setColoring(TreemapView::Coloring::ByAccess);
        const TreemapView::Hit again = view.hitAt(topLeft);
        QCOMPARE(again.repo, hit.repo);
        QCOMPARE(again.revision, hit.revision);
    }

    void keyboardMovesTicksAndGoesIn()
    {
        FixtureCache cache;
        for (int r = 0; r < 4; ++r) {
            const QString folder = QStringLiteral("models--org--k%1").arg(r);
            for (int v = 0; v < 2; ++v) {
                cache.addBlob(folder, QStringLiteral("b%1").arg(v), QByteArray(10000 * (r + 1), 'x'));
                cache.addLink(folder, FixtureCache::commit(folder + QString::number(v)), QStringLiteral("f.bin"),
                              QStringLiteral("b%1").arg(v));
            }
        }
        CacheTreeModel model;
        model.setScan(CacheScanner::scan(cache.root()));
        TreemapView view(&model);
        QSignalSpy clicked(&view, &TreemapView::itemClicked);
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFocus(Qt::TabFocusReason);
        // Focus starts on the top-left repo, and the tree is told.
        const TreemapView::Hit start = view.current();
        QCOMPARE(start.repo, view.hitAt(view.mapRect().topLeft() + QPointF(4, 4)).repo);
        QCOMPARE(start.revision, -1);
        QCOMPARE(clicked.size(), 1);
        QVERIFY(view.accessibleDescription().contains(model.scan().repos[start.repo].cacheId()));
        QVERIFY(view.accessibleDescription().endsWith(TreemapView::usage())); // the keys stay explained
        // Right goes to another repo further right; Left comes back.
        QTest::keyClick(&view, Qt::Key_Right);
        const TreemapView::Hit right = view.current();
        QVERIFY(right.repo >= 0 && right.repo != start.repo);
        QCOMPARE(right.revision, -1);
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(view.current().repo, start.repo);
        // Enter zooms into the repo's revisions, Space ticks one, Backspace comes back out.
        QTest::keyClick(&view, Qt::Key_Return);
        const TreemapView::Hit revision = view.current();
        QCOMPARE(view.zoomedRepo(), start.repo);
        QCOMPARE(revision.repo, start.repo);
        QVERIFY(revision.revision >= 0);
        QTest::keyClick(&view, Qt::Key_Space);
        QVERIFY(model.ledger().isRevisionSelected(revision.repo, revision.revision));
        QCOMPARE(model.ledger().selectedRevisionCount(), 1);
        QTest::keyClick(&view, Qt::Key_Backspace);
        QCOMPARE(view.zoomedRepo(), -1);
        QCOMPARE(view.current().repo, start.repo);
        QCOMPARE(view.current().revision, -1);
        // Space on a repo ticks all of it.
        QTest::keyClick(&view, Qt::Key_Space);
        QCOMPARE(model.ledger().selectedRevisionCount(), 2);
        // A rescan can renumber repos: the keyboard starts afresh rather than point elsewhere.
        model.setScan(CacheScanner::scan(cache.root()));
        QCOMPARE(view.current().repo, -1);
    }

    void labelsContrastAndFit()
    {
        QCOMPARE(TreemapView::labelColor(Qt::black), QColor(Qt::white));
        QCOMPARE(TreemapView::labelColor(QColor(0x1e, 0x3a, 0x8a)), QColor(Qt::white)); // dark blue
        QCOMPARE(TreemapView::labelColor(QColor(0xfd, 0xe6, 0x8a)), QColor(Qt::black)); // pale yellow
        QCOMPARE(TreemapView::labelColor(Qt::white), QColor(Qt::black));
        QCOMPARE(TreemapView::labelColor(QColor(0x9c, 0xa3, 0xaf)), QColor(Qt::black)); // the "a year or more" grey

        FixtureCache cache;
        const QString folder = QStringLiteral("models--org--labelled");
        cache.addBlob(folder, QStringLiteral("b"), QByteArray(50000, 'x'));
        cache.addLink(folder, FixtureCache::commit(folder), QStringLiteral("weights.bin"), QStringLiteral("b"));
        CacheTreeModel model;
        model.setScan(CacheScanner::scan(cache.root()));
        TreemapView view(&model);
        view.resize(500, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The repo's name is written in its band, in the contrasting colour.
        const QRectF repo = view.rectOf(0, -1);
        const QRectF revision = view.rectOf(0, 0);
        QVERIFY(revision.top() > repo.top() + view.fontMetrics().height()); // room left for the band
        const QImage image = view.grab().toImage();
        const QRect band = QRectF(repo.left() + 3, repo.top() + 1, repo.width() / 2, revision.top() - repo.top() - 2).toRect();
        const QColor bandColour = image.pixelColor(band.right(), band.bottom());
        const QColor ink = TreemapView::labelColor(bandColour);
        QVERIFY(std::abs(qGray(bandColour.rgb()) - qGray(ink.rgb())) > 100);
        int inked = 0;
        for (int x = band.left(); x <= band.right(); ++x)
            for (int y = band.top(); y <= band.bottom(); ++y)
                inked += std::abs(qGray(image.pixel(x, y)) - qGray(ink.rgb())) < 60; // antialiased glyphs
        QVERIFY2(inked > 20, qPrintable(QString::number(inked)));
        // Too small for any name: nothing is written, and nothing breaks.
        view.resize(30, 60);
        QTest::qWait(10);
        const QImage tiny = view.grab().toImage();
        QVERIFY(!tiny.isNull());
    }
};

QTEST_MAIN(TestTreemap)
#include "tst_treemap.moc"
