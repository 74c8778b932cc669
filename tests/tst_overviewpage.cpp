// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AtimeProbe.h"
#include "DiskUsageBar.h"
#include "DisplayFormat.h"
#include "FixtureHome.h"
#include "HfHome.h"
#include "HoldingProcess.h"
#include "HomeDeleteDialog.h"
#include "HomeScanner.h"
#include "HomeSession.h"
#include "HomeSortProxy.h"
#include "HomeTreeModel.h"
#include "OverviewPage.h"
#include "PartsBar.h"
#include "WithoutDacOverride.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusTipEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>

#include <ctime>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace hubdeck;
using hubdeck::test::AtimeProbe;
using hubdeck::test::FixtureHome;
using hubdeck::test::WithoutDacOverride;

namespace {

QString chunkCache(const FixtureHome &fixture)
{
    return fixture.path(QStringLiteral("xet/") + QString::fromLatin1(FixtureHome::kEndpoint) + QStringLiteral("/chunk-cache"));
}

QStringList actionTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions())
        if (!action->isSeparator())
            texts.append(QString(action->text()).remove(u'&'));
    return texts;
}

} // namespace

// The Overview page and its HomeSession on a fixture home, offscreen: the scan, the parts bar
// leading to the tree, ticking and deleting with the confirmation answered by the test, the
// status message from what was measured, live refresh, and what can never be ticked.
class TestOverviewPage : public QObject
{
    Q_OBJECT

    static std::unique_ptr<OverviewPage> open(const FixtureHome &fixture)
    {
        auto page = std::make_unique<OverviewPage>();
        page->resize(1100, 700);
        page->setShowErrorDialogs(false);
        QSignalSpy scanned(page.get(), &OverviewPage::scanFinished);
        page->setHome(HfHome::locate(fixture.environment()));
        page->show();
        if (!scanned.wait(10000))
            qFatal("no scan");
        return page;
    }

    [[nodiscard]] static QModelIndex proxyIndexOf(const OverviewPage &page, const QString &path)
    {
        return page.proxy()->mapFromSource(page.model()->indexOfPath(path));
    }

    // Delete… with the confirmation shown: `step` is called with the open dialog every 50 ms
    // until it closes (it ends by accepting or rejecting it).
    void deleteConfirming(OverviewPage &page, const std::function<void(HomeDeleteDialog *)> &step)
    {
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, this, [&step] {
            if (auto *dialog = qobject_cast<HomeDeleteDialog *>(QApplication::activeModalWidget()))
                step(dialog);
        });
        poll.start();
        page.setConfirmDeletions(true);
        page.deleteTicked();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void scansTheHomeOffTheGuiThread()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        QCOMPARE(page->model()->rowCount(), 7);
        QCOMPARE(page->model()->scan().root, fixture.root());
        QVERIFY2(page->homeText().contains(fixture.root()), qPrintable(page->homeText()));
        QTRY_VERIFY(page->disk()->freeBytes() > 0); // read off the GUI thread
        QVERIFY(page->summaryText().startsWith(QStringLiteral("Nothing ticked")));
        const auto *totals = page->findChild<QLabel *>(QStringLiteral("homeTotals"));
        QVERIFY(totals->text().contains(DisplayFormat::size(page->model()->scan().sizeOnDisk())));
        QVERIFY(totals->text().contains(DisplayFormat::size(page->model()->scan().part(QStringLiteral("hub"))->sizeOnDisk)));
        QVERIFY(!page->deleteButton()->isEnabled());
        // First look: the small parts unfold, the hub (the Cache page's) stays folded.
        QVERIFY(page->tree()->isExpanded(proxyIndexOf(*page, fixture.path(QStringLiteral("xet")))));
        QVERIFY(!page->tree()->isExpanded(proxyIndexOf(*page, fixture.path(QStringLiteral("hub")))));
        // Sorted by size, largest first.
        QCOMPARE(page->tree()->header()->sortIndicatorSection(), int(HomeTreeModel::SizeColumn));
        QCOMPARE(page->tree()->header()->sortIndicatorOrder(), Qt::DescendingOrder);
        // The watcher sees HF_HOME, each part root, and the folders right below them.
        const QStringList watched = page->session()->watchedPaths();
        for (const QString &relative : {QString(), QStringLiteral("/xet"), QStringLiteral("/datasets"), QStringLiteral("/xet/logs")})
            QVERIFY2(watched.contains(fixture.root() + relative), qPrintable(relative));
        QVERIFY(watched.contains(fixture.path(QStringLiteral("hub"))));
        QVERIFY(!watched.contains(fixture.path(QStringLiteral("hub/models--org--model")))); // the Cache page watches repos
    }

    void aHomeNotMadeYetSaysSo()
    {
        QTemporaryDir parent;
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), parent.path());
        env.insert(QStringLiteral("HF_HOME"), parent.path() + QStringLiteral("/huggingface"));
        OverviewPage page;
        QSignalSpy scanned(&page, &OverviewPage::scanFinished);
        page.setHome(HfHome::locate(env));
        QVERIFY(scanned.wait(10000));
        QVERIFY2(page.homeText().contains(QStringLiteral("not made yet")), qPrintable(page.homeText()));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("homeTotals"))->text().startsWith(QStringLiteral("Nothing is stored")));
        QCOMPARE(page.model()->rowCount(), 7);
        QVERIFY(!(page.model()->flags(page.model()->partIndex(QStringLiteral("xet"))) & Qt::ItemIsUserCheckable));
        // The first download makes the folder: the parent is watched for it.
        QVERIFY(page.session()->watchedPaths().contains(parent.path()));
    }

    // A file where HF_HOME should be: said, not "not made yet" (no download can make it), and
    // not "nothing is stored" either.
    void aHomeThatIsAFileSaysSo()
    {
        QTemporaryDir parent;
        const QString file = parent.filePath(QStringLiteral("huggingface"));
        QFile made(file);
        QVERIFY(made.open(QIODevice::WriteOnly) && made.write("x") == 1);
        made.close();
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), parent.path());
        env.insert(QStringLiteral("HF_HOME"), file);
        OverviewPage page;
        QSignalSpy scanned(&page, &OverviewPage::scanFinished);
        page.setHome(HfHome::locate(env));
        QTRY_VERIFY_WITH_TIMEOUT(!scanned.isEmpty(), 10000); // no scan: said at once
        QVERIFY2(page.homeText().contains(QStringLiteral("cannot be used")), qPrintable(page.homeText()));
        QVERIFY(!page.homeText().contains(QStringLiteral("not made yet")));
        const QString totals = page.findChild<QLabel *>(QStringLiteral("homeTotals"))->text();
        QVERIFY2(totals.contains(QStringLiteral("is a file, not a folder")) && !totals.startsWith(QStringLiteral("Nothing is stored")),
                 qPrintable(totals));
        // Nothing misleading under that line: no "Scanning…" in a greyed bar, no invitation to
        // tick what is not listed (GUI attack G8).
        const auto saysNothingMore = [&page] {
            QVERIFY2(page.partsBar()->placeholderText().isEmpty(), qPrintable(page.partsBar()->placeholderText()));
            QVERIFY(!page.partsBar()->isEnabled());
            QVERIFY2(page.summaryText().isEmpty(), qPrintable(page.summaryText()));
            QVERIFY(!page.deleteButton()->isEnabled());
        };
        saysNothingMore();

        // HF_HOME set but empty: the libraries write relative to where they run; the page says
        // so rather than showing the default home as theirs.
        // The default home holds a dataset, which must not be offered as theirs.
        const QString dataset = parent.filePath(QStringLiteral(".cache/huggingface/datasets/org___set/default/0.0.0/abc"));
        QVERIFY(QDir().mkpath(dataset));
        QFile info(dataset + QStringLiteral("/dataset_info.json"));
        QVERIFY(info.open(QIODevice::WriteOnly) && info.write("{}") == 2);
        info.close();
        env.insert(QStringLiteral("HF_HOME"), QString());
        page.setHome(HfHome::locate(env));
        QTRY_VERIFY2(page.findChild<QLabel *>(QStringLiteral("homeTotals"))->text().contains(QStringLiteral("Set but empty: HF_HOME")),
                     qPrintable(page.findChild<QLabel *>(QStringLiteral("homeTotals"))->text()));
        QCOMPARE(page.model()->rowCount(), 0); // nothing listed, nothing to tick (GUI attack G6)
        saysNothingMore();

        // A usable home again: the bar and the hint are back.
        FixtureHome fixture;
        page.setHome(HfHome::locate(fixture.environment()));
        QTRY_VERIFY_WITH_TIMEOUT(page.session()->hasScanned(), 10000);
        QVERIFY(page.partsBar()->isEnabled());
        QVERIFY(page.summaryText().startsWith(QStringLiteral("Nothing ticked")));
    }

    // Before its first scan the bar says it is scanning; a home of empty folders says so.
    void thePartsBarSaysWhatItKnows()
    {
        PartsBar bar;
        QCOMPARE(bar.placeholderText(), QStringLiteral("Scanning…"));
        bar.setScan(HomeScan()); // a home that cannot be used: no parts, no claim
        QCOMPARE(bar.placeholderText(), QString());
        QTemporaryDir parent;
        QVERIFY(QDir().mkpath(parent.path() + QStringLiteral("/huggingface/xet")));
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), parent.path());
        env.insert(QStringLiteral("HF_HOME"), parent.path() + QStringLiteral("/huggingface"));
        bar.setScan(HomeScanner::scan(HfHome::locate(env)));
        QCOMPARE(bar.placeholderText(), QStringLiteral("Nothing on disk yet"));
    }

    // Made, but holding empty folders only: the same sentence, and no bar segment that
    // pictures the bare folders as a home that holds something.
    void aHomeOfEmptyFoldersSaysSo()
    {
        QTemporaryDir parent;
        QVERIFY(QDir().mkpath(parent.path() + QStringLiteral("/huggingface/xet")));
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), parent.path());
        env.insert(QStringLiteral("HF_HOME"), parent.path() + QStringLiteral("/huggingface"));
        OverviewPage page;
        QSignalSpy scanned(&page, &OverviewPage::scanFinished);
        page.setHome(HfHome::locate(env));
        QVERIFY(scanned.wait(10000));
        const QString totals = page.findChild<QLabel *>(QStringLiteral("homeTotals"))->text();
        QCOMPARE(totals, QStringLiteral("Nothing is stored in this home: its folders are empty.")); // no "yet": it was made
        const PartsBar *bar = page.findChild<PartsBar *>();
        QVERIFY(bar);
        for (const char *kind : {"hub", "xet", "datasets", "assets", "modules", "legacy", "other"})
            QVERIFY2(bar->segmentRect(QString::fromLatin1(kind)).isEmpty(), kind);
    }

    void anotherHomeDuringAScanShowsOnlyTheNewOne()
    {
        FixtureHome first;
        FixtureHome second;
        OverviewPage page;
        QSignalSpy scanned(&page, &OverviewPage::scanFinished);
        page.setHome(HfHome::locate(first.environment()));
        QVERIFY(page.session()->isScanning());
        page.setHome(HfHome::locate(second.environment())); // the first scan is still running
        QVERIFY(scanned.wait(10000));
        QCOMPARE(scanned.size(), 1); // the first home's scan never shows
        QCOMPARE(page.model()->scan().root, second.root());
        QVERIFY(page.model()->setPathChecked(second.path(QStringLiteral("xet/logs")), true));
        QTest::qWait(200);
        QCOMPARE(scanned.size(), 1);
    }

    void clickingASegmentSelectsThePart()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        PartsBar *bar = page->partsBar();
        for (const QString &kind : {QStringLiteral("datasets"), QStringLiteral("xet"), QStringLiteral("hub")}) {
            const QRect segment = bar->segmentRect(kind);
            QVERIFY2(!segment.isEmpty(), qPrintable(kind));
            QCOMPARE(bar->partAt(segment.center()), kind);
            QTest::mouseClick(bar, Qt::LeftButton, {}, segment.center());
            QCOMPARE(page->selectedPath(), page->model()->scan().part(kind)->path);
        }
        // Every part has its legend, even an empty one, and the colours differ.
        const QHash<QString, QColor> colors = PartsBar::colors(bar->palette());
        QCOMPARE(colors.size(), 10);
        QSet<QRgb> distinct;
        for (const QColor &color : colors)
            distinct.insert(color.rgb());
        QCOMPARE(distinct.size(), 10);
        // The parts variables add have names and colours of their own, not "other"'s.
        for (const QString &kind : {QStringLiteral("datasets-downloads"), QStringLiteral("datasets-extracted")}) {
            QVERIFY(PartsBar::partColor(kind, bar->palette()) != colors.value(QStringLiteral("other")));
            QVERIFY(HomeTreeModel::partLabel(kind) != HomeTreeModel::partLabel(QStringLiteral("other")));
        }
        // The tree shows the same colours beside the part names.
        const auto swatch = page->model()->partIndex(QStringLiteral("xet")).data(Qt::DecorationRole).value<QIcon>();
        for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Selected}) // a selected row keeps the colour
            QCOMPARE(swatch.pixmap(16, 16, mode).toImage().pixelColor(8, 8), colors.value(QStringLiteral("xet")));
        // The bar reads largest first, as the tree.
        for (const HomeScan::Part &a : page->model()->scan().parts)
            for (const HomeScan::Part &b : page->model()->scan().parts)
                if (a.sizeOnDisk > b.sizeOnDisk && b.sizeOnDisk > 0)
                    QVERIFY2(bar->segmentRect(a.kind).left() < bar->segmentRect(b.kind).left(), qPrintable(a.kind + u' ' + b.kind));
        // On a dark palette the colours are lighter, never the same as on a light one.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
        QVERIFY(PartsBar::partColor(QStringLiteral("hub"), dark).lightness() >
                PartsBar::partColor(QStringLiteral("hub"), light).lightness());
    }

    // The tree's own status tips do not reach the window: they stayed after their row changed
    // (GUI attack K9). The page's timed message says what the hovered row is instead.
    void theTreesStatusTipsStayInThePage()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        struct Catcher : QObject
        {
            int tips = 0;
            bool eventFilter(QObject *, QEvent *event) override
            {
                tips += event->type() == QEvent::StatusTip ? 1 : 0;
                return false;
            }
        } catcher;
        page->installEventFilter(&catcher);
        QStatusTipEvent tip(QStringLiteral("In use, held open by python3 (pid 1227)"));
        QApplication::sendEvent(page->tree()->viewport(), &tip);
        QCOMPARE(catcher.tips, 0);
        QStatusTipEvent other(QStringLiteral("from elsewhere on the page"));
        QApplication::sendEvent(page->deleteButton(), &other);
        QCOMPARE(catcher.tips, 1); // the catcher sees what does reach the page
    }

    void tickDeleteAndReportWhatWasFreed()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        const QString chunks = chunkCache(fixture);
        const qint64 onDisk = page->model()->scan().entry(chunks)->sizeOnDisk;
        QVERIFY(onDisk > 0);
        QVERIFY(page->model()->setPathChecked(chunks, true));
        QVERIFY(page->deleteButton()->isEnabled());
        QVERIFY(page->summaryText().endsWith(QStringLiteral("(with the folders left empty: measuring…)"))); // until measured
        QTRY_COMPARE(page->summaryText(), QStringLiteral("1 entr(ies) ticked — frees %1").arg(DisplayFormat::size(onDisk)));

        // Said no: nothing happens.
        int asked = 0;
        page->setConfirmer([&](const HomeDeletion::Plan &) {
            ++asked;
            return false;
        });
        page->deleteTicked();
        QCOMPARE(asked, 1);
        QTest::qWait(50);
        QVERIFY(QFileInfo::exists(chunks));

        // Said yes, by the Delete key on the tree.
        HomeDeletion::Plan confirmed;
        page->setConfirmer([&](const HomeDeletion::Plan &plan) {
            confirmed = plan;
            return true;
        });
        QSignalSpy messages(page.get(), &OverviewPage::statusMessage);
        QSignalSpy deleted(page.get(), &OverviewPage::deletionFinished);
        QSignalSpy finished(page->session(), &HomeSession::deletionFinished);
        QSignalSpy rescanned(page.get(), &OverviewPage::scanFinished);
        // The bar follows an entry leaving the tree as the run is done with it, not only the
        // scan after the run (review: removeEntry left the bar at the old sizes).
        // Read when the page says the deletion finished, before the scan after it: the bar
        // follows removals once per burst, and the last burst by then.
        const qint64 barBefore = page->partsBar()->partSize(QStringLiteral("xet"));
        qint64 barAtRemoval = -2;
        qint64 modelAtRemoval = -3;
        bool removed = false;
        connect(page->model(), &QAbstractItemModel::rowsRemoved, page.get(),
                [&](const QModelIndex &parent) { removed = removed || parent.isValid(); });
        connect(page.get(), &OverviewPage::deletionFinished, page.get(), [&] {
            barAtRemoval = page->partsBar()->partSize(QStringLiteral("xet"));
            modelAtRemoval = page->model()->scan().part(QStringLiteral("xet"))->sizeOnDisk;
        });
        page->tree()->setFocus();
        QTest::keyClick(page->tree(), Qt::Key_Delete);
        QVERIFY(deleted.wait(10000));
        QVERIFY(removed);
        QCOMPARE(barAtRemoval, modelAtRemoval);
        QVERIFY2(barAtRemoval < barBefore, qPrintable(QStringLiteral("%1 %2").arg(barAtRemoval).arg(barBefore)));
        QCOMPARE(confirmed.entries.size(), 1);
        QCOMPARE(confirmed.entries.first().path, chunks);
        QVERIFY(!QFileInfo::exists(chunks));
        QVERIFY(QFileInfo::exists(fixture.path(QStringLiteral("xet/logs")))); // nothing else
        const auto report = finished.constFirst().at(0).value<HomeDeletion::Report>();
        QVERIFY(report.succeeded());
        QCOMPARE(report.removed, QStringList{chunks});
        QVERIFY(report.freedBytes >= onDisk); // measured: the folders' blocks too
        // The status bar says what was measured, and keeps saying it through the rescan.
        QTRY_VERIFY_WITH_TIMEOUT(!rescanned.isEmpty(), 10000);
        QVERIFY(!messages.isEmpty());
        QCOMPARE(messages.constLast().at(0).toString(),
                 QStringLiteral("Deleted 1 entr(ies), %1 freed.").arg(DisplayFormat::size(report.freedBytes)));
        QVERIFY(!page->model()->indexOfPath(chunks).isValid()); // the rescan no longer lists it
        QCOMPARE(page->model()->checkedCount(), 0);
        QVERIFY(!page->deleteButton()->isEnabled());
    }

    // Looking changes nothing: showing the home and watching it for changes records no access
    // on its folders (attack R5: the watch listed each part with a plain opendir, and every
    // part looked just used to an atime-based cleaner).
    void showingTheHomeRecordsNoAccess()
    {
        FixtureHome fixture;
        const QHash<QString, timespec> before = AtimeProbe::agedFolders(fixture.root());
        if (before.isEmpty())
            QSKIP("this file system records no access for a folder listed (noatime)");
        auto page = open(fixture);
        QVERIFY(page->session()->hasScanned());
        QCOMPARE(AtimeProbe::touchedFolders(before), QStringList());
    }

    // The page re-measures behind an open confirmation: its figures follow (attack Q2: it kept
    // "266.2 kB will be deleted" while the entry had grown, and reported "5.2 MB freed").
    void theConfirmationFollowsARescan()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        const QString chunks = chunkCache(fixture);
        QVERIFY(page->model()->setPathChecked(chunks, true));
        QString before;
        QString after;
        QElapsedTimer clock;
        // The dialog's own check measures the entry again too, and may show the growth first:
        // read once the page's re-measure has reached the dialog and its check of that plan ended.
        QSignalSpy rescanned(page->session(), &HomeSession::scanFinished);
        deleteConfirming(*page, [&](HomeDeleteDialog *dialog) {
            const QString headline = dialog->findChild<QLabel *>(QStringLiteral("headline"))->text();
            if (before.isEmpty()) {
                before = headline;
                fixture.write(chunks.mid(fixture.root().size() + 1) + QStringLiteral("/grown/chunk"), qint64(3) << 20);
                rescanned.clear();
                page->session()->rescan();
                clock.start();
            } else if ((!rescanned.isEmpty() && !dialog->isChecking() && headline != before) || clock.elapsed() > 10000) {
                after = headline;
                dialog->reject();
            }
        });
        QVERIFY(!before.isEmpty());
        const qint64 now = HomeDeletion::plan(page->model()->scan(), {chunks}).sizeOnDisk();
        QVERIFY(now > (qint64(3) << 20));
        QVERIFY2(after.contains(DisplayFormat::size(now)), qPrintable(after));
        QVERIFY(QFileInfo::exists(chunks)); // said no
    }

    // The pointer over the list holds its rows' order through a live refresh; leaving it, or the
    // page going, lets them take their sorted places (GUI attack Q13).
    void thePointerOverTheListHoldsItsOrder()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        QWidget *viewport = page->tree()->viewport();
        QEnterEvent enter(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5));
        QCoreApplication::sendEvent(viewport, &enter);
        QVERIFY(page->proxy()->isOrderHeld());
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(viewport, &leave);
        QVERIFY(!page->proxy()->isOrderHeld());
        QCoreApplication::sendEvent(viewport, &enter);
        QVERIFY(page->proxy()->isOrderHeld());
        page->hide();
        QVERIFY(!page->proxy()->isOrderHeld());
    }

    // The parts bar and its legend hold their order with the list, while the pointer is over
    // either: the two never show the parts in two orders, and no segment moves under the
    // pointer. Sizes still update in place.
    void theBarHoldsItsOrderWithTheList()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        PartsBar *bar = page->partsBar();
        const QStringList before = bar->order();
        QVERIFY2(before.indexOf(QStringLiteral("assets")) > 0, qPrintable(before.join(u' ')));
        const qint64 assetsBefore = bar->partSize(QStringLiteral("assets"));

        QEnterEvent enter(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5));
        QCoreApplication::sendEvent(bar, &enter);
        QVERIFY(bar->isOrderHeld());
        QVERIFY(page->proxy()->isOrderHeld());

        fixture.write(QStringLiteral("assets/mylib/default/weights/grown.bin"), qint64(4) << 20);
        QSignalSpy rescanned(page->session(), &HomeSession::scanFinished);
        page->session()->rescan();
        QTRY_VERIFY_WITH_TIMEOUT(!rescanned.isEmpty(), 10000);
        QVERIFY(bar->partSize(QStringLiteral("assets")) >= assetsBefore + (qint64(4) << 20));
        QCOMPARE(bar->order(), before);

        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(bar, &leave);
        QVERIFY(!bar->isOrderHeld());
        QVERIFY(!page->proxy()->isOrderHeld());
        QCOMPARE(bar->order().constFirst(), QStringLiteral("assets"));
        QCOMPARE(page->proxy()->index(0, 0).data(HomeTreeModel::PathRole).toString(), fixture.path(QStringLiteral("assets")));

        // The list's pointer holds the bar too; hiding the page lets both go.
        QCoreApplication::sendEvent(page->tree()->viewport(), &enter);
        QVERIFY(bar->isOrderHeld());
        page->hide();
        QVERIFY(!bar->isOrderHeld());
    }

    // A re-measure that lists the same (the page re-checks a quiet home every minute while the
    // confirmation waits) leaves the confirmation as it is: its check is not run again, and a
    // Delete pressed meanwhile is not asked again. One that lists a change is checked again.
    void aRescanThatListsTheSameLeavesTheConfirmationAlone()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        const QString chunks = chunkCache(fixture);
        QVERIFY(page->model()->setPathChecked(chunks, true));
        QSignalSpy rescanned(page->session(), &HomeSession::scanFinished);
        std::unique_ptr<QSignalSpy> checks;
        int stage = 0;
        int checksAfterSameRescan = -1;
        QElapsedTimer clock;
        clock.start();
        deleteConfirming(*page, [&](HomeDeleteDialog *dialog) {
            if (!checks) {
                checks = std::make_unique<QSignalSpy>(dialog, &HomeDeleteDialog::checked);
                return;
            }
            if (clock.elapsed() > 15000) {
                dialog->reject();
                return;
            }
            if (stage == 0 && !dialog->isChecking()) { // its first check ended...
                // ...and its checked() may still be on its way: the watcher stops running before
                // its finished signal is delivered, and under ASan that signal came after the
                // clear below, counted as a check of the rescan (CI: "checksAfterSameRescan 1").
                stage = 10;
                clock.restart();
            } else if (stage == 10 && clock.elapsed() > 300) {
                checks->clear();
                rescanned.clear();
                page->session()->rescan();
                stage = 1;
            } else if (stage == 1 && !rescanned.isEmpty()) {
                stage = 2; // the page handed its plan over on that signal; a check it started shows now
                clock.restart();
            } else if (stage == 2 && clock.elapsed() > 500) {
                checksAfterSameRescan = int(checks->count()) + (dialog->isChecking() ? 1 : 0);
                fixture.write(chunks.mid(fixture.root().size() + 1) + QStringLiteral("/grown/chunk"), qint64(1) << 20);
                rescanned.clear();
                page->session()->rescan();
                stage = 3;
            } else if (stage == 3 && !rescanned.isEmpty() && !dialog->isChecking() && checks->count() >= 1) {
                stage = 4;
                dialog->reject();
            }
        });
        QVERIFY2(stage == 4, qPrintable(QString::number(stage)));
        QCOMPARE(checksAfterSameRescan, 0);
    }

    // A re-measure that takes the ticked entry away (another program deleted it) says why in
    // the confirmation, rather than turning it into "0 entries" silently (attack S12).
    void theConfirmationSaysWhatARescanTookAway()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        const QString chunks = chunkCache(fixture);
        QVERIFY(page->model()->setPathChecked(chunks, true));
        QString note;
        bool removed = false;
        QElapsedTimer clock;
        deleteConfirming(*page, [&](HomeDeleteDialog *dialog) {
            if (!removed) {
                removed = true;
                QVERIFY(QDir(chunks).removeRecursively());
                page->session()->rescan();
                clock.start();
                return;
            }
            const QLabel *refused = dialog->findChild<QLabel *>(QStringLiteral("refused"));
            if ((refused->isVisibleTo(dialog) && refused->text().contains(QStringLiteral("No longer"))) || clock.elapsed() > 10000) {
                note = refused->text();
                QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("confirmDelete"))->isEnabled());
                dialog->reject();
            }
        });
        QVERIFY(removed);
        QVERIFY2(note.contains(QStringLiteral("No longer in this deletion, as 1 entr")), qPrintable(note));
        QVERIFY2(note.contains(chunks.toHtmlEscaped()), qPrintable(note));
    }

    void cancelStopsBetweenEntriesAndSaysSo()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        QVERIFY(page->model()->setPathChecked(fixture.path(QStringLiteral("xet")), true));
        QVERIFY(page->model()->setPathChecked(fixture.path(QStringLiteral("datasets")), true));
        const int ticked = page->model()->checkedCount();
        QVERIFY(ticked >= 8);
        page->setConfirmer([](const HomeDeletion::Plan &) { return true; });
        QSignalSpy finished(page->session(), &HomeSession::deletionFinished);
        QSignalSpy messages(page.get(), &OverviewPage::statusMessage);
        // The pool's only thread is held until the cancel is in: on a small fixture the deletion
        // could otherwise be over before the click (HomeDeletion's own tests stop it between
        // entries). Hidden meanwhile: Qt paints with that pool's threads too.
        page->hide();
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        QSemaphore held;
        QSemaphore release;
        pool->start([&] {
            held.release();
            release.acquire();
        });
        held.acquire();
        page->deleteTicked();
        QVERIFY(page->session()->isDeleting());
        QVERIFY(!page->deleteButton()->isEnabled());
        page->cancel(); // the shared flag: the entry being deleted finishes, no other starts
        release.release();
        pool->setMaxThreadCount(threads);
        QVERIFY(finished.wait(10000));
        const auto report = finished.constFirst().at(0).value<HomeDeletion::Report>();
        QVERIFY(report.canceled);
        QVERIFY(report.removed.size() < ticked);
        for (const QString &path : page->model()->checkedPaths()) // what was not deleted is whole, and still ticked
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QCOMPARE(page->model()->checkedCount(), ticked - int(report.removed.size()));
        QVERIFY(std::any_of(messages.cbegin(), messages.cend(),
                            [](const QList<QVariant> &m) { return m.at(0).toString().startsWith(QStringLiteral("Stopped: ")); }));
    }

    // A stop inside an entry leaves it renamed aside: listed again, it is ticked, so that Delete
    // finishes what was asked (GUI attack H9: it came back unticked while the rest stayed).
    // The deletion's own changes are not "changed on disk" news that replaces its result in the
    // status bar (H7).
    void aStoppedEntryStaysTickedAndTheResultStays()
    {
        FixtureHome fixture;
        const QString deep = QStringLiteral("datasets/org___set/default/0.0.0/c0ffee/");
        // Enough files that the deletion is still at it when its first progress report (Qt sends
        // them at most 25 times a second) has brought the stop.
        for (int i = 0; i < 30000; ++i)
            fixture.write(deep + QStringLiteral("d%1/part-%2.arrow").arg(i / 1000).arg(i), QByteArrayLiteral("x"));
        auto page = open(fixture);
        page->session()->setWatchDelay(100);
        const QString dataset = fixture.path(QStringLiteral("datasets/") + QLatin1String(FixtureHome::kDataset));
        QVERIFY(page->model()->setPathChecked(dataset, true));
        page->setConfirmer([](const HomeDeletion::Plan &) { return true; });
        QSignalSpy finished(page->session(), &HomeSession::deletionFinished);
        QSignalSpy scanned(page.get(), &OverviewPage::scanFinished);
        QSignalSpy messages(page.get(), &OverviewPage::statusMessage);
        connect(page->session(), &HomeSession::deletionProgress, page.get(), [&](int, qint64 freed) {
            if (freed > 0)
                page->cancel();
        });
        page->deleteTicked();
        QVERIFY(finished.wait(20000));
        const auto report = finished.constFirst().at(0).value<HomeDeletion::Report>();
        if (report.partlyDeleted.isEmpty())
            QSKIP("the deletion ended before the stop reached it");
        QCOMPARE(report.partlyDeleted, QStringList{dataset + HomeScanner::deletingSuffix()});
        QVERIFY(scanned.wait(10000));
        QCOMPARE(page->model()->checkedPaths(), report.partlyDeleted);
        QTest::qWait(600); // several watch delays: the deletion's own changes would have fired by now
        for (const QList<QVariant> &message : std::as_const(messages))
            QVERIFY2(!message.at(0).toString().contains(QStringLiteral("changed on disk")), qPrintable(message.at(0).toString()));
    }

    // The bar and the status line count bytes freed of the plan's bytes, and entries, as the
    // Cache page's deletion progress does.
    void deletionProgressCountsBytes()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        QVERIFY(page->model()->setPathChecked(fixture.path(QStringLiteral("xet")), true));
        const HomeDeletion::Plan plan = page->session()->planForChecked();
        QVERIFY(plan.entries.size() >= 3);
        page->setConfirmer([](const HomeDeletion::Plan &) { return true; });
        QSignalSpy messages(page.get(), &OverviewPage::statusMessage);
        QSignalSpy finished(page->session(), &HomeSession::deletionFinished);
        // The bar as the page left it after each step (the page's slot runs first; the rescan
        // after the deletion takes the bar over).
        QString lastFormat;
        int lastValue = -1;
        connect(page->session(), &HomeSession::deletionProgress, page.get(), [&] {
            lastFormat = page->progressBar()->format();
            lastValue = page->progressBar()->value();
        });
        page->deleteTicked();
        QCOMPARE(page->progressBar()->format(),
                 QStringLiteral("%1 of %2").arg(DisplayFormat::size(0), DisplayFormat::size(plan.sizeOnDisk())));
        QCOMPARE(page->progressBar()->value(), 0);
        // No second deletion offered while this one runs; the bar has room for its text on one
        // line ("888.8 MB of 888.8 MB"), however the summary beside it is worded.
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("homeDeleteButton"))->isEnabled());
        const QString widest = QStringLiteral("%1 of %2").arg(DisplayFormat::size(888'800'000), DisplayFormat::size(888'800'000));
        QVERIFY(page->progressBar()->minimumWidth() > page->progressBar()->fontMetrics().horizontalAdvance(widest));
        QVERIFY(finished.wait(10000));
        const auto report = finished.constFirst().at(0).value<HomeDeletion::Report>();
        QVERIFY(report.succeeded());
        QStringList progress;
        for (const QList<QVariant> &message : std::as_const(messages))
            if (message.at(0).toString().startsWith(QStringLiteral("Deleting: ")))
                progress.append(message.at(0).toString());
        QVERIFY(!progress.isEmpty());
        const int entries = int(plan.entries.size());
        QCOMPARE(progress.constLast(), QStringLiteral("Deleting: %1 of %2 freed, %3 of %4 entr(ies) done")
                                           .arg(DisplayFormat::size(report.freedBytes), DisplayFormat::size(plan.sizeOnDisk()))
                                           .arg(entries)
                                           .arg(entries));
        QCOMPARE(lastFormat,
                 QStringLiteral("%1 of %2").arg(DisplayFormat::size(report.freedBytes), DisplayFormat::size(plan.sizeOnDisk())));
        QCOMPARE(lastValue, int(std::min(1.0, double(report.freedBytes) / double(plan.sizeOnDisk())) * 1000));
        QVERIFY(lastValue > entries); // a share of bytes, not a count of entries
    }

    // A deletion's done entries leave the tree as they go, their bytes out of their part's
    // figure, while the run goes on (GUI attack H13: every row stayed until the run ended).
    void doneEntriesLeaveTheTreeWhileTheRunGoesOn()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        QVERIFY(page->model()->setPathChecked(fixture.path(QStringLiteral("xet")), true));
        const HomeDeletion::Plan plan = page->session()->planForChecked();
        QVERIFY(plan.entries.size() >= 3);
        // The last entry takes long enough to empty that a report comes while it goes (Qt
        // passes on at most 25 progress reports a second).
        const QString last = plan.entries.constLast().path;
        QVERIFY(last.startsWith(fixture.path(QStringLiteral("xet/"))));
        for (int i = 0; i < 20000; ++i)
            fixture.write(last.mid(fixture.path({}).size()) + QStringLiteral("/many/%1/%2").arg(i / 1000).arg(i), QByteArrayLiteral("x"));
        page->setConfirmer([](const HomeDeletion::Plan &) { return true; });
        QSignalSpy finished(page->session(), &HomeSession::deletionFinished);
        const QModelIndex xet = page->model()->partIndex(QStringLiteral("xet"));
        const int rows = page->model()->rowCount(xet);
        const qint64 partSize = page->model()->index(xet.row(), HomeTreeModel::SizeColumn).data(HomeTreeModel::SortRole).toLongLong();
        bool seenWhileRunning = false;
        connect(page->session(), &HomeSession::deletionProgress, page.get(), [&](int done) {
            if (done < 1 || done >= int(plan.entries.size()) || seenWhileRunning)
                return;
            seenWhileRunning = true;
            QVERIFY(page->session()->isDeleting());
            const QString first = plan.entries.constFirst().path;
            QVERIFY(!QFileInfo::exists(first));
            QVERIFY2(!page->model()->indexOfPath(first).isValid(), qPrintable(first));
            QVERIFY(!page->model()->checkedPaths().contains(first));
            QCOMPARE(page->model()->rowCount(xet), rows - done);
            qint64 gone = 0;
            for (int i = 0; i < done; ++i)
                gone += plan.entries.at(i).sizeOnDisk;
            QCOMPARE(page->model()->index(xet.row(), HomeTreeModel::SizeColumn).data(HomeTreeModel::SortRole).toLongLong(),
                     partSize - gone);
        });
        page->deleteTicked();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.constFirst().at(0).value<HomeDeletion::Report>().succeeded());
        if (!seenWhileRunning)
            QSKIP("no progress report arrived before the run ended");
    }

    // While another HubDeck deletion holds the home (the CLI's `home rm`), the page's deletion
    // touches nothing and the status bar says why, not "Deleted 0 entries".
    void deletionWhileAnotherRunsSaysWhy()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        const QString chunks = chunkCache(fixture);
        QVERIFY(page->model()->setPathChecked(chunks, true));
        page->setConfirmer([](const HomeDeletion::Plan &) { return true; });
        const int fd = ::open(QFile::encodeName(fixture.path(QStringLiteral("xet"))).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
        QSignalSpy messages(page.get(), &OverviewPage::statusMessage);
        QSignalSpy finished(page->session(), &HomeSession::deletionFinished);
        page->deleteTicked();
        QVERIFY(finished.wait(10000));
        ::close(fd);
        const auto report = finished.constFirst().at(0).value<HomeDeletion::Report>();
        QVERIFY(report.blocked);
        QVERIFY(report.removed.isEmpty());
        QVERIFY(QFileInfo::exists(chunks));
        QVERIFY(!messages.isEmpty());
        QCOMPARE(messages.constLast().at(0).toString(),
                 QStringLiteral("Nothing deleted: another HubDeck deletion is running in this home, or another program holds a lock "
                                "on its folders. Try again once it has finished."));
        QCOMPARE(page->model()->checkedCount(), 1); // still ticked, for the next try
    }

    // Another process's deletion holding the home is seen before any confirmation: none is
    // shown that promises what the run will refuse (attack S8: "Checked: each entry can be
    // deleted whole", then "Nothing deleted").
    void noConfirmationWhileAnotherProcessDeletes()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        const QString chunks = chunkCache(fixture);
        QVERIFY(page->model()->setPathChecked(chunks, true));
        int asked = 0;
        page->setConfirmer([&asked](const HomeDeletion::Plan &) {
            ++asked;
            return true;
        });
        QProcess other;
        // On the home's own folder, which every deletion in it takes.
        other.start(QStringLiteral("flock"),
                    {QStringLiteral("-x"), QStringLiteral("-o"), fixture.root(), QStringLiteral("sleep"), QStringLiteral("60")});
        QVERIFY(other.waitForStarted(5000));
        const HfHome home = page->session()->home();
        QTRY_VERIFY_WITH_TIMEOUT(HomeDeletion::runningDeletion(home).has_value(), 5000);
        QSignalSpy rescanned(page.get(), &OverviewPage::scanFinished);
        page->session()->rescan(); // the listing, off the GUI thread, is what the page goes by
        QVERIFY(rescanned.wait(10000));
        QVERIFY(page->model()->scan().deletionRunning.has_value());
        QSignalSpy messages(page.get(), &OverviewPage::statusMessage);
        page->deleteTicked();
        const qint64 holder = other.processId();
        other.kill();
        other.waitForFinished();
        QCOMPARE(asked, 0);
        QVERIFY(!page->session()->isDeleting());
        QVERIFY(!messages.isEmpty());
        QCOMPARE(messages.constLast().at(0).toString(),
                 QStringLiteral("Nothing deleted: another process (flock, pid %1) holds a lock on this home's folders. Try again once it "
                                "has released it.")
                     .arg(holder));
        QVERIFY(QFileInfo::exists(chunks));
        QCOMPARE(page->model()->checkedCount(), 1);
    }

    // In a small window the names stay readable and the tree scrolls sideways; in a large one
    // Name takes the room left (attack R4: "…" on every row at 640 × 420).
    void namesStayReadableInASmallWindow()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        QTreeView *tree = page->tree();
        const int readable = tree->fontMetrics().averageCharWidth() * 28;
        page->resize(640, 420);
        QTRY_VERIFY(tree->header()->sectionSize(HomeTreeModel::NameColumn) >= readable);
        QCOMPARE(tree->header()->sectionResizeMode(HomeTreeModel::NameColumn), QHeaderView::Interactive);
        page->resize(1400, 800);
        QTRY_COMPARE(tree->header()->sectionResizeMode(HomeTreeModel::NameColumn), QHeaderView::Stretch);
        QTRY_VERIFY(tree->header()->sectionSize(HomeTreeModel::NameColumn) > readable);
    }

    // A long HF_HOME never widens the window: the path is elided in the middle (in full in its
    // tooltip), and the disk figure beside it keeps its room at any width (GUI attack G15);
    // tree rows elide in the middle too, where xet's endpoints differ (G17).
    void aLongHomePathIsElidedInTheMiddle()
    {
        QTemporaryDir parent;
        QString root = parent.path();
        for (int i = 0; i < 7; ++i)
            root += QStringLiteral("/averyveryverylongfoldername%1").arg(i, 2, 10, QLatin1Char('0'));
        root += QStringLiteral("/hf");
        QVERIFY(root.size() > 220);
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), parent.path());
        env.insert(QStringLiteral("HF_HOME"), root);
        OverviewPage page;
        QSignalSpy scanned(&page, &OverviewPage::scanFinished);
        page.setHome(HfHome::locate(env));
        page.resize(800, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!scanned.isEmpty(), 10000);
        QTRY_VERIFY(page.disk()->freeBytes() >= 0);
        const auto *label = page.findChild<QLabel *>(QStringLiteral("homeLocation"));
        QVERIFY(label);
        QVERIFY2(page.minimumSizeHint().width() < 800, qPrintable(QString::number(page.minimumSizeHint().width())));
        QVERIFY(label->minimumSizeHint().width() < 400 || label->minimumWidth() < 400);
        QVERIFY2(label->text().contains(QStringLiteral("…")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QStringLiteral("/hf")), qPrintable(label->text())); // the end stays
        QVERIFY2(label->text().contains(parent.path().left(8)), qPrintable(label->text())); // and the start
        QVERIFY2(label->toolTip().contains(root), qPrintable(label->toolTip()));
        QVERIFY2(label->toolTip().contains(QStringLiteral("not made yet")), qPrintable(label->toolTip())); // the note too
        // The bottom line wraps rather than widening the page beside a rescan's progress bar.
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("homeSelectionSummary"))->wordWrap());
        QVERIFY(page.homeText().contains(root)); // said in full to a screen reader
        QVERIFY(page.disk()->isVisible());
        QVERIFY2(page.disk()->width() >= page.disk()->sizeHint().width(),
                 qPrintable(QStringLiteral("%1 < %2").arg(page.disk()->width()).arg(page.disk()->sizeHint().width())));
        QVERIFY(label->geometry().right() < page.disk()->geometry().left());
        // Wider: more of the path shows, still within the label.
        page.resize(1300, 600);
        QTRY_VERIFY(page.disk()->width() >= page.disk()->sizeHint().width());
        QVERIFY(label->fontMetrics().horizontalAdvance(label->text()) > 0);
        QCOMPARE(page.tree()->textElideMode(), Qt::ElideMiddle);
    }

    // Counts take the locale's grouping, as the Files column does (GUI attack G14).
    void countsAreGroupedAsTheLocaleGroups()
    {
        FixtureHome fixture;
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const HomeDeletion::Plan one = HomeDeletion::plan(scan, {fixture.path(QStringLiteral("xet/logs"))});
        QCOMPARE(one.entries.size(), 1);
        HomeDeletion::Plan plan;
        HomeDeletion::Report report;
        for (int i = 0; i < 1500; ++i) {
            HomeEntry entry = one.entries.first();
            entry.path += QString::number(i);
            plan.entries.append(entry);
            report.removed.append(entry.path);
        }
        report.errors = QStringList(1200, QStringLiteral("no"));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        HomeDeleteDialog dialog(plan, scan.sizeOnDisk());
        QVERIFY2(dialog.listText().contains(QStringLiteral("1,500 entr(ies)")), qPrintable(dialog.listText().left(300)));
        const QString headline = dialog.findChild<QLabel *>(QStringLiteral("headline"))->text();
        QVERIFY2(headline.contains(QStringLiteral("1,500 entr(ies)")), qPrintable(headline));
        QVERIFY2(HomeSession::summary(report).startsWith(QStringLiteral("Deleted 1,500 entr(ies), ")),
                 qPrintable(HomeSession::summary(report)));
        QVERIFY2(HomeSession::summary(report).endsWith(QStringLiteral("; 1,200 could not be deleted.")),
                 qPrintable(HomeSession::summary(report)));
    }

    // Select → Not Accessed for N Days and Clear Selection act on the Overview's ticks when it is
    // in front (GUI attack G16): here xet/logs was last read 200 days ago, the rest just now.
    void notAccessedForTicksOldEntries()
    {
        FixtureHome fixture;
        const QString logs = fixture.path(QStringLiteral("xet/logs"));
        const timespec old[2] = {{std::time(nullptr) - 200 * 86400, 0}, {std::time(nullptr) - 200 * 86400, 0}};
        QDirIterator it(logs, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(it.next()).constData(), old, AT_SYMLINK_NOFOLLOW), 0);
            ++files;
        }
        QVERIFY(files > 0);
        auto page = open(fixture);
        QSignalSpy messages(page.get(), &OverviewPage::statusMessage);
        page->selectNotAccessedFor(90);
        QCOMPARE(page->model()->checkedPaths(), QStringList{logs});
        QCOMPARE(messages.constLast().at(0).toString(), QStringLiteral("Ticked 1 entr(ies) not accessed for 90 days."));
        QVERIFY(page->deleteButton()->isEnabled());
        page->clearTicks();
        QCOMPARE(page->model()->checkedCount(), 0);
        page->selectNotAccessedFor(365);
        QCOMPARE(page->model()->checkedCount(), 0);
        QCOMPARE(messages.constLast().at(0).toString(),
                 QStringLiteral("No entry that can be deleted here has gone unaccessed for 365 day(s)."));
    }

    // One folder that could not be read is named by the entry it is in, in words that agree with
    // that row's tooltip; more are counted (GUI attack G3).
    void unreadableFoldersAreSaidInOneSentence()
    {
        HomeScan scan;
        scan.root = QStringLiteral("/h");
        HomeScan::Part datasets;
        datasets.kind = QStringLiteral("datasets");
        datasets.path = QStringLiteral("/h/datasets");
        HomeEntry entry;
        entry.name = QStringLiteral("org002___set-002");
        entry.path = QStringLiteral("/h/datasets/org002___set-002");
        datasets.entries.append(entry);
        entry.name = QStringLiteral("org002___set");
        entry.path = QStringLiteral("/h/datasets/org002___set");
        datasets.entries.append(entry);
        scan.parts.append(datasets);
        scan.errors = {QStringLiteral("Cannot read /h/datasets/org002___set-002/default/secret: Permission denied")};
        QCOMPARE(
            OverviewPage::unreadableSentence(scan),
            QStringLiteral("<b>A folder in datasets/org002___set-002 could not be read</b>: its size counts only what could be read."));
        scan.errors.append(QStringLiteral("Cannot read /h/datasets/org002___set/x: Permission denied"));
        QCOMPARE(OverviewPage::unreadableSentence(scan),
                 QStringLiteral("<b>2 folder(s) could not be read</b>: sizes count only what could be read."));
    }

    void summaryWordsEveryOutcome()
    {
        HomeDeletion::Report report;
        report.freedBytes = 2500000;
        report.removed = {QStringLiteral("/a"), QStringLiteral("/b")};
        QCOMPARE(HomeSession::summary(report), QStringLiteral("Deleted 2 entr(ies), %1 freed.").arg(DisplayFormat::size(2500000)));
        report.canceled = true;
        report.errors = {QStringLiteral("/c: in use")};
        QCOMPARE(HomeSession::summary(report),
                 QStringLiteral("Stopped: 2 entr(ies) deleted, %1 freed; 1 could not be deleted.").arg(DisplayFormat::size(2500000)));
    }

    // Escape stops a running deletion once the user says so: a stray one (closing a menu) keeps
    // it running (GUI attack K17: it stopped a 1.2 GB deletion at once).
    void escapeAsksBeforeItStopsARunningDeletion()
    {
        FixtureHome fixture;
        // Enough files that the deletion is still running when the key comes.
        for (int i = 0; i < 3000; ++i)
            fixture.write(QStringLiteral("xet/%1/chunk-cache/EF/%2").arg(QString::fromLatin1(FixtureHome::kEndpoint)).arg(i), 10);
        auto page = open(fixture);
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        // Nothing running: Escape stops nothing and the page keeps its ticks.
        QVERIFY(page->model()->setPathChecked(fixture.path(QStringLiteral("xet")), true));
        QVERIFY(page->model()->setPathChecked(fixture.path(QStringLiteral("datasets")), true));
        const int ticked = page->model()->checkedCount();
        page->tree()->setFocus();
        QTest::keyClick(page->tree(), Qt::Key_Escape);
        QCOMPARE(page->model()->checkedCount(), ticked);
        QVERIFY(!page->session()->isScanning());

        page->setConfirmer([](const HomeDeletion::Plan &) { return true; });
        QSignalSpy finished(page->session(), &HomeSession::deletionFinished);
        QSignalSpy messages(page.get(), &OverviewPage::statusMessage);
        page->setFocus(); // as from the menu: the focus not on the tree (GUI attack G12)
        page->deleteTicked();
        QVERIFY(page->session()->isDeleting());
        QCOMPARE(QApplication::focusWidget(), page->tree()); // where Escape reaches the page's Cancel
        QVERIFY(page->cancelButton()->isVisible());
        // A scan the deletion stopped ends after it started: Cancel and Escape stay.
        Q_EMIT page->session()->scanFinished(true);
        QVERIFY(page->cancelButton()->isVisible());
        QVERIFY(page->progressBar()->isVisible());
        for (const QList<QVariant> &message : std::as_const(messages))
            QVERIFY(!message.at(0).toString().contains(QStringLiteral("canceled")));
        int asked = 0;
        page->setStopAsker([&] {
            ++asked;
            return asked > 1; // "Keep Deleting" first
        });
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(asked, 1);
        QVERIFY(page->session()->isDeleting());
        // Delete meanwhile says why it does nothing.
        QTest::keyClick(page->tree(), Qt::Key_Delete);
        QVERIFY(page->session()->isDeleting());
        QVERIFY(messages.constLast().at(0).toString().startsWith(QStringLiteral("A deletion is running")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(asked, 2);
        QVERIFY(finished.wait(10000));
        const auto report = finished.constFirst().at(0).value<HomeDeletion::Report>();
        QVERIFY(report.canceled);
        QVERIFY(report.removed.size() < ticked);
        QVERIFY(!page->cancelButton()->isVisible() || page->session()->isScanning());
    }

    // A ticked entry the confirmation's check refused (an immutable file, a mount inside) is
    // unticked after the run, and the result says so (GUI attack K16: it stayed ticked and
    // looked ordinary, "Deleted 1 entry" and nothing more).
    void anEntryTheCheckRefusedIsUntickedAndSaid()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("datasets/org___other/default/0.0.0/abc/dataset_info.json"), QByteArrayLiteral("{}"));
        const QString stays = fixture.path(QStringLiteral("datasets/") + QLatin1String(FixtureHome::kDataset));
        const QString goes = fixture.path(QStringLiteral("datasets/org___other"));
        auto page = open(fixture);
        QVERIFY(page->model()->setPathChecked(stays, true));
        QVERIFY(page->model()->setPathChecked(goes, true));
        const QString reason = QStringLiteral("Not deleted: %1, as a file in it is marked immutable (chattr).").arg(stays);
        // As the dialog's check does (HomeDeletion::withoutObstacles).
        page->setConfirmer([&](HomeDeletion::Plan &plan) {
            plan.entries.removeIf([&](const HomeEntry &entry) { return entry.path == stays; });
            plan.refusals.append({stays, {}, reason, -1});
            return true;
        });
        QSignalSpy finished(page->session(), &HomeSession::deletionFinished);
        QSignalSpy messages(page.get(), &OverviewPage::statusMessage);
        page->deleteTicked();
        QVERIFY(finished.wait(10000));
        QVERIFY(!QFileInfo::exists(goes));
        QVERIFY(QFileInfo::exists(stays));
        QCOMPARE(page->model()->checkedPaths(), QStringList());
        QStringList said;
        for (const QList<QVariant> &message : std::as_const(messages))
            said.append(message.at(0).toString());
        QVERIFY2(std::any_of(said.cbegin(), said.cend(),
                             [&](const QString &line) {
                                 return line.startsWith(QStringLiteral("Deleted 1 entr")) &&
                                        line.endsWith(QStringLiteral("; unticked, as the confirmation said: ") + reason);
                             }),
                 qPrintable(said.join(u'\n')));
    }

    // A part ticked whole is asked for whole: the confirmation names each of its entries that
    // stays, and why (GUI attack H3: two entries in use were left without a word).
    void aTickedPartSaysWhatOfItStays()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("datasets/org___other/default/0.0.0/abc/dataset_info.json"), QByteArrayLiteral("{}"));
        const QString busy = fixture.path(QStringLiteral("datasets/") + QLatin1String(FixtureHome::kDataset));
        const test::HoldingProcess holder({{}, busy});
        QVERIFY(holder.ok());
        auto page = open(fixture);
        QVERIFY(!page->model()->scan().entry(busy)->inUse.isEmpty());
        QVERIFY(page->model()->setPathChecked(fixture.path(QStringLiteral("datasets")), true));
        const HomeDeletion::Plan plan = page->session()->planForChecked();
        QVERIFY(std::any_of(plan.entries.cbegin(), plan.entries.cend(),
                            [&](const HomeEntry &entry) { return entry.path == fixture.path(QStringLiteral("datasets/org___other")); }));
        QVERIFY(std::none_of(plan.entries.cbegin(), plan.entries.cend(), [&](const HomeEntry &entry) { return entry.path == busy; }));
        const QString reasons = plan.refusalReasons().join(u' ');
        QVERIFY2(reasons.contains(busy) && reasons.contains(QStringLiteral("in use")), qPrintable(reasons));
        HomeDeleteDialog dialog(plan, page->model()->scan().sizeOnDisk());
        const auto *refused = dialog.findChild<QLabel *>(QStringLiteral("refused"));
        QVERIFY2(refused->text().contains(QStringLiteral("the working folder of sleep")), qPrintable(refused->text()));
    }

    void anEntryInUseIsRefusedWhenItsTurnComes()
    {
        // Ticked while free, then opened by a process before the deletion: run() checks
        // again and refuses it, and the error reaches the report.
        FixtureHome fixture;
        auto page = open(fixture);
        const QString logs = fixture.path(QStringLiteral("xet/logs"));
        QVERIFY(page->model()->setPathChecked(logs, true));
        QProcess holder;
        holder.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("exec 3<\"$1\"; exec sleep 30"), QStringLiteral("sh"),
                                            logs + QStringLiteral("/xet_20261101.log")});
        QVERIFY(holder.waitForStarted());
        QTest::qWait(300); // the shell has opened the file
        page->setShowErrorDialogs(true);
        page->setConfirmer([](const HomeDeletion::Plan &) { return true; });
        QSignalSpy finished(page->session(), &HomeSession::deletionFinished);
        QSignalSpy status(page.get(), &OverviewPage::statusMessage);
        QSignalSpy rescanned(page.get(), &OverviewPage::scanFinished);
        page->deleteTicked();
        QVERIFY(finished.wait(10000));
        // The scan after the run unticks the entry still in use without a line of its own: the
        // result line, which says it could not be deleted, stays the last word.
        QVERIFY(rescanned.wait(10000));
        QVERIFY(!page->model()->checkedPaths().contains(logs));
        for (const QList<QVariant> &message : std::as_const(status))
            QVERIFY2(!message.at(0).toString().startsWith(QStringLiteral("Unticked")), qPrintable(message.at(0).toString()));
        holder.kill();
        holder.waitForFinished();
        const auto report = finished.constFirst().at(0).value<HomeDeletion::Report>();
        QVERIFY(QFileInfo::exists(logs));
        QCOMPARE(report.removed.size(), 0);
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().contains(QStringLiteral("(pid ")), qPrintable(report.errors.first()));
        // The box says which and why in its own text, and no "rest" when nothing else went
        // (GUI attack G20: "the rest was deleted as the status bar says", the reason behind a button).
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = page->findChild<QMessageBox *>()) != nullptr);
        QVERIFY2(box->text().contains(QStringLiteral("nothing else was")) && box->text().contains(QStringLiteral("(pid ")) &&
                     !box->text().contains(QStringLiteral("the rest")),
                 qPrintable(box->text()));
        // Read and closed before the next action (GUI attack K7: it stayed over the other pages).
        QCOMPARE(box->windowModality(), Qt::WindowModal);
    }

    // What a run kept because another program wrote it is named where it is now, and said as
    // written after the listing, which holds for a stopped deletion finished later too (GUI
    // attack K2: "arrived while it was deleted" of files written while nothing ran). The kind's
    // sentence no longer claims that no library uses such a leftover.
    void keptArrivalsAreNamedWhereTheyAre()
    {
        HomeDeletion::Report report;
        report.removed = {QStringLiteral("/h/datasets/org___ds.hubdeck-deleting")};
        report.freedBytes = 4096;
        report.arrived = {QStringLiteral("/h/datasets/org___ds")};
        QCOMPARE(HomeSession::summary(report),
                 QStringLiteral("Deleted 1 entr(ies), %1 freed; kept /h/datasets/org___ds, which another program wrote there after it was "
                                "listed for deletion.")
                     .arg(DisplayFormat::size(4096)));
        report.arrived.append(QStringLiteral("/h/datasets/downloads/new"));
        QVERIFY2(HomeSession::summary(report).endsWith(QStringLiteral("after they were listed for deletion, first /h/datasets/org___ds.")),
                 qPrintable(HomeSession::summary(report)));
        const QString cost = HomeScanner::costOfDeleting(HomeEntry::Kind::InterruptedDeletion);
        QVERIFY2(!cost.contains(QStringLiteral("no library uses it")), qPrintable(cost));
    }

    // A ticked entry that a program opens: the next measure takes its tick away and says so
    // in the status bar, naming the program (GUI attack K3: the tick vanished silently).
    void aTickTakenAwayIsSaid()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        const QString logs = fixture.path(QStringLiteral("xet/logs"));
        QVERIFY(page->model()->setPathChecked(logs, true));
        auto holder = std::make_unique<test::HoldingProcess>(test::HoldingProcess::Use{logs + QStringLiteral("/xet_20261101.log"), {}});
        QVERIFY(holder->ok());
        const qint64 pid = holder->pid();
        QSignalSpy status(page.get(), &OverviewPage::statusMessage);
        QSignalSpy scanned(page.get(), &OverviewPage::scanFinished);
        page->rescan();
        QVERIFY(scanned.wait(10000));
        holder.reset();
        QVERIFY(page->model()->checkedPaths().isEmpty());
        QStringList said;
        for (const QList<QVariant> &message : std::as_const(status))
            said.append(message.at(0).toString());
        const QString expected = QStringLiteral("logs is in use now: held open by sleep (pid %1)").arg(pid);
        QVERIFY2(std::any_of(said.cbegin(), said.cend(),
                             [&](const QString &text) { return text.startsWith(QStringLiteral("Unticked")) && text.contains(expected); }),
                 qPrintable(said.join(u'\n')));
    }

    // The cost of deleting and the process that keeps an entry are in view under the tree
    // for the current row (not only in tooltips), and read out by screen readers.
    void detailsOfTheCurrentRowAreShown()
    {
        FixtureHome fixture;
        const QString logs = fixture.path(QStringLiteral("xet/logs"));
        QProcess holder;
        holder.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("exec 3<\"$1\"; echo ready; exec sleep 30"),
                                            QStringLiteral("sh"), logs + QStringLiteral("/xet_20261101.log")});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(5000)); // the shell has opened the file
        auto page = open(fixture);
        QVERIFY(page->details()->isVisible());
        QVERIFY(!page->details()->accessibleName().isEmpty());

        page->tree()->setCurrentIndex(proxyIndexOf(*page, logs));
        const QString text = page->detailsText();
        QVERIFY2(text.contains(logs), qPrintable(text));
        QVERIFY2(text.contains(HomeScanner::costOfDeleting(HomeEntry::Kind::XetLogs)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("In use: held open by")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(pid %1)").arg(holder.processId())), qPrintable(text));
        QCOMPARE(page->details()->accessibleDescription(), text);
        QVERIFY(page->tree()->accessibleDescription().endsWith(text));
        holder.kill();
        holder.waitForFinished();

        // Another row: its own sentence, no stale process.
        const QString chunks = chunkCache(fixture);
        page->tree()->setCurrentIndex(proxyIndexOf(*page, chunks));
        QVERIFY(page->detailsText().contains(HomeScanner::costOfDeleting(HomeEntry::Kind::XetChunkCache)));
        QVERIFY(!page->detailsText().contains(QStringLiteral("In use")));
        // The token: why it is kept.
        page->tree()->setCurrentIndex(proxyIndexOf(*page, fixture.path(QStringLiteral("token"))));
        QVERIFY(page->detailsText().contains(HomeScanner::costOfDeleting(HomeEntry::Kind::Credentials)));
        // A part: what it is.
        page->selectPart(QStringLiteral("datasets"));
        QVERIFY(page->detailsText().contains(fixture.path(QStringLiteral("datasets"))));
        // An entry with no file shows no time (a dash, never 1970).
        QVERIFY(QDir().mkpath(fixture.path(QStringLiteral("datasets/org___empty"))));
        QSignalSpy rescanned(page.get(), &OverviewPage::scanFinished);
        page->rescan();
        QVERIFY(rescanned.wait(10000));
        const QModelIndex empty = proxyIndexOf(*page, fixture.path(QStringLiteral("datasets/org___empty")));
        QCOMPARE(empty.siblingAtColumn(HomeTreeModel::AccessedColumn).data().toString(), QStringLiteral("\u2014"));
        QCOMPARE(empty.siblingAtColumn(HomeTreeModel::ModifiedColumn).data().toString(), QStringLiteral("\u2014"));
    }

    void credentialsAndHubReposCannotBeTicked()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        HomeTreeModel *model = page->model();
        QVERIFY(!model->setPathChecked(fixture.path(QStringLiteral("token")), true));
        QVERIFY(!model->setPathChecked(fixture.path(QStringLiteral("stored_tokens")), true));
        QVERIFY(!model->setPathChecked(fixture.path(QStringLiteral("hub/models--org--model")), true));
        QCOMPARE(model->checkedCount(), 0);
        // A click on where the box would be changes nothing.
        const QModelIndex token = proxyIndexOf(*page, fixture.path(QStringLiteral("token")));
        QVERIFY(token.isValid());
        page->tree()->expand(token.parent());
        page->tree()->scrollTo(token);
        const QRect rect = page->tree()->visualRect(token);
        QTest::mouseClick(page->tree()->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
        QCOMPARE(model->checkedCount(), 0);
        // And Delete with nothing ticked asks nothing.
        int asked = 0;
        page->setConfirmer([&](const HomeDeletion::Plan &) { return ++asked > 0; });
        page->deleteTicked();
        QCOMPARE(asked, 0);
        QVERIFY(QFileInfo::exists(fixture.path(QStringLiteral("token"))));
    }

    // A click on a row's tick box makes it the current row, so the detail line explains what
    // was just ticked (GUI attack K8: it kept describing the part above).
    void clickingATickBoxMakesItsRowCurrent()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        const QString logs = fixture.path(QStringLiteral("xet/logs"));
        const QModelIndex part = page->proxy()->mapFromSource(page->model()->partIndex(QStringLiteral("datasets")));
        page->tree()->setCurrentIndex(part);
        const QModelIndex row = proxyIndexOf(*page, logs);
        QVERIFY(row.isValid());
        page->tree()->expand(row.parent());
        page->tree()->scrollTo(row);
        const QRect rect = page->tree()->visualRect(row);
        QTest::mouseClick(page->tree()->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
        QCOMPARE(page->model()->checkedPaths(), QStringList{logs}); // the box was hit
        QCOMPARE(page->tree()->currentIndex().siblingAtColumn(0), row.siblingAtColumn(0));
        QVERIFY2(page->detailsText().contains(logs), qPrintable(page->detailsText()));
    }

    // TRANSFORMERS_CACHE is a hub cache too (attack A18): its part and its repos open it on the
    // Cache page; an old-layout download there has nothing to show on it, and is ticked instead.
    void transformersCacheRowsLeadToTheCachePage()
    {
        FixtureHome fixture;
        const QString legacyName = QString(64, u'e') + u'.' + QString(64, u'f');
        fixture.write(QStringLiteral("tc/models--org--bert/blobs/") + QString(40, u'a'), 3000);
        fixture.write(QStringLiteral("tc/") + legacyName, 500);
        QProcessEnvironment env = fixture.environment();
        env.insert(QStringLiteral("TRANSFORMERS_CACHE"), fixture.path(QStringLiteral("tc")));
        auto page = std::make_unique<OverviewPage>();
        page->setShowErrorDialogs(false);
        QSignalSpy scanned(page.get(), &OverviewPage::scanFinished);
        page->setHome(HfHome::locate(env));
        QVERIFY(scanned.wait(10000));
        QSignalSpy opened(page.get(), &OverviewPage::openInCachePage);
        const QString tc = fixture.path(QStringLiteral("tc"));
        const QModelIndex part = page->proxy()->mapFromSource(page->model()->partIndex(QStringLiteral("transformers")));
        QVERIFY(part.isValid());
        QCOMPARE(part.data().toString(), QStringLiteral("TRANSFORMERS_CACHE"));
        const QModelIndex repo = proxyIndexOf(*page, tc + QStringLiteral("/models--org--bert"));
        std::unique_ptr<QMenu> menu(page->contextMenuFor(repo));
        QCOMPARE(actionTexts(menu.get()).constFirst(), QStringLiteral("Open in Cache Page"));
        menu->actions().constFirst()->trigger();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.constFirst().at(0).toString(), tc);
        QCOMPARE(opened.constFirst().at(1).toString(), tc + QStringLiteral("/models--org--bert"));
        std::unique_ptr<QMenu> downloadMenu(page->contextMenuFor(proxyIndexOf(*page, tc + u'/' + legacyName)));
        QVERIFY(!actionTexts(downloadMenu.get()).contains(QStringLiteral("Open in Cache Page")));
        QVERIFY(actionTexts(downloadMenu.get()).contains(QStringLiteral("Tick")));
    }

    void hubRowsLeadToTheCachePage()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        QSignalSpy opened(page.get(), &OverviewPage::openInCachePage);
        const QString hub = fixture.path(QStringLiteral("hub"));
        const QString repo = fixture.path(QStringLiteral("hub/models--org--model"));
        const QModelIndex repoRow = proxyIndexOf(*page, repo);
        QVERIFY(repoRow.isValid());
        page->tree()->expand(repoRow.parent());
        page->tree()->scrollTo(repoRow);
        // A double click as a mouse makes it: press and release, then the double click.
        const QPoint at = page->tree()->visualRect(repoRow).center();
        QTest::mouseClick(page->tree()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(page->tree()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.constFirst().at(0).toString(), hub);
        QCOMPARE(opened.constFirst().at(1).toString(), repo);
        // Enter on the current row does the same, for the keyboard (GUI attack B9).
        page->tree()->setCurrentIndex(repoRow);
        QTest::keyClick(page->tree(), Qt::Key_Return);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.constLast().at(1).toString(), repo);
        opened.clear();

        std::unique_ptr<QMenu> menu(page->contextMenuFor(repoRow));
        QCOMPARE(actionTexts(menu.get()),
                 (QStringList{QStringLiteral("Open in Cache Page"), QStringLiteral("Open Folder"), QStringLiteral("Copy Path")}));
        menu->actions().constFirst()->trigger();
        QCOMPARE(opened.size(), 1);

        // Other rows: no Cache page, a tick instead, and the path to copy.
        const QString logs = fixture.path(QStringLiteral("xet/logs"));
        std::unique_ptr<QMenu> logsMenu(page->contextMenuFor(proxyIndexOf(*page, logs)));
        QCOMPARE(actionTexts(logsMenu.get()), (QStringList{QStringLiteral("Open Folder"), QStringLiteral("Copy Path"),
                                                           QStringLiteral("Tick"), QStringLiteral("Delete…")}));
        logsMenu->actions().at(1)->trigger();
        QCOMPARE(QApplication::clipboard()->text(), logs);
        logsMenu->actions().at(3)->trigger(); // the separator is actions()[2]
        QVERIFY(page->model()->checkedPaths().contains(logs));
        std::unique_ptr<QMenu> partMenu(page->contextMenuFor(proxyIndexOf(*page, fixture.path(QStringLiteral("xet")))));
        QCOMPARE(actionTexts(partMenu.get()),
                 (QStringList{QStringLiteral("Open Folder"), QStringLiteral("Copy Path"), QStringLiteral("Tick All"),
                              QStringLiteral("Untick All"), QStringLiteral("Delete…")}));
        partMenu->actions().at(3)->trigger(); // the separator is actions()[2]
        QCOMPARE(page->model()->checkedCount(), int(page->model()->scan().part(QStringLiteral("xet"))->entries.size()));
    }

    // A row's Delete… deletes that row alone, whatever is ticked, confirmed as the ticks are,
    // and the ticks stay (GUI attack B19: the Overview's menu could not delete).
    void aRowsDeleteLeavesTheTicksAlone()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        const QString logs = fixture.path(QStringLiteral("xet/logs"));
        const QString chunks = chunkCache(fixture);
        QVERIFY(page->model()->setPathChecked(chunks, true));
        QStringList planned;
        page->setConfirmer([&](const HomeDeletion::Plan &plan) {
            for (const HomeEntry &entry : plan.entries)
                planned.append(entry.path);
            return true;
        });
        QSignalSpy deleted(page.get(), &OverviewPage::deletionFinished);
        std::unique_ptr<QMenu> menu(page->contextMenuFor(proxyIndexOf(*page, logs)));
        QAction *remove = menu->actions().constLast();
        QCOMPARE(remove->text(), QStringLiteral("&Delete…"));
        remove->trigger();
        QVERIFY(deleted.wait(10000));
        QCOMPARE(planned, QStringList{logs});
        QVERIFY(!QFileInfo::exists(logs));
        QVERIFY(QFileInfo::exists(chunks));
        QTRY_VERIFY(page->model()->checkedPaths().contains(chunks));
        // A part's row: its deletable entries, as `home rm PART`.
        planned.clear();
        page->setConfirmer([&](const HomeDeletion::Plan &plan) {
            for (const HomeEntry &entry : plan.entries)
                planned.append(entry.path);
            return false;
        });
        page->deleteRow(proxyIndexOf(*page, fixture.path(QStringLiteral("modules"))));
        QCOMPARE(planned, QStringList{fixture.path(QStringLiteral("modules/transformers_modules"))});
        QVERIFY(QFileInfo::exists(fixture.path(QStringLiteral("modules/transformers_modules"))));
        // What a part asked for whole keeps is said in the confirmation, as `home rm` says it
        // (attack F5).
        fixture.write(QStringLiteral("datasets/NOTES.txt"), QByteArray("mine"));
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const HomeDeleteDialog dialog(HomeDeletion::plan(scan, {fixture.path(QStringLiteral("datasets"))}), scan.sizeOnDisk());
        const QLabel *note = dialog.findChild<QLabel *>(QStringLiteral("refused"));
        QVERIFY(note);
        QVERIFY2(note->text().contains(
                     QStringLiteral("Stays in %1, as HubDeck never deletes it: NOTES.txt.").arg(fixture.path(QStringLiteral("datasets")))),
                 qPrintable(note->text()));
    }

    void aChangeOnDiskRescansAndKeepsTicks()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        page->session()->setWatchDelay(100);
        const QString logs = fixture.path(QStringLiteral("xet/logs"));
        QVERIFY(page->model()->setPathChecked(logs, true));
        QSignalSpy scanned(page.get(), &OverviewPage::scanFinished);
        fixture.write(QStringLiteral("datasets/new___set/default/0.0.0/abc/new-train.arrow"), 5000);
        QVERIFY(scanned.wait(10000));
        QVERIFY(page->model()->indexOfPath(fixture.path(QStringLiteral("datasets/new___set"))).isValid());
        QCOMPARE(page->model()->checkedPaths(), QStringList{logs});
    }

    // The re-check is a whole scan: on a home that takes long to scan it spaces out so that it
    // keeps a core busy at most a tenth of the time, and never waits more than ten minutes.
    void rechecksSpaceOutOnASlowHome()
    {
        QCOMPARE(HomeSession::recheckIntervalFor(15000, 200), 15000);
        QCOMPARE(HomeSession::recheckIntervalFor(15000, 4000), 40000);
        QCOMPARE(HomeSession::recheckIntervalFor(15000, 3600000), 600000);
        QCOMPARE(HomeSession::recheckIntervalFor(0, 4000), 0);
        FixtureHome fixture;
        auto page = open(fixture);
        page->session()->setRecheckInterval(300);
        QCOMPARE(page->session()->recheckInterval(), HomeSession::recheckIntervalFor(300, page->session()->lastScanMilliseconds()));
        QSignalSpy scanned(page->session(), &HomeSession::scanFinished);
        page->session()->rescan();
        QVERIFY(scanned.wait(10000));
        QVERIFY(page->session()->recheckInterval() >= 300); // a fixture scans in well under 30 ms
    }

    // A burst of writes four folders down (an Arrow cache being written) reaches no watch:
    // the re-checks show it, with no F5, while the page is on screen.
    void deepWritesShowWithoutARefresh()
    {
        FixtureHome fixture;
        auto page = open(fixture);
        page->session()->setRecheckInterval(300);
        QVERIFY(page->session()->isRechecking()); // the fixture was written just now: active
        const QString ds = QString::fromLatin1(FixtureHome::kDataset);
        const QString dataset = fixture.path(QStringLiteral("datasets/") + ds);
        const qint64 before = page->model()->scan().entry(dataset)->sizeOnDisk;
        for (int i = 0; i < 5; ++i) {
            fixture.write(QStringLiteral("datasets/%1/default/0.0.0/c0ffee/cache-%2.arrow").arg(ds).arg(i), 200000);
            QTest::qWait(30);
        }
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->scan().entry(dataset)->sizeOnDisk >= before + 1000000, 10000);
        // Another tab or a minimized window: no re-checks until the page is back.
        page->hide();
        QVERIFY(!page->session()->isRechecking());
        page->show();
        QVERIFY(page->session()->isRechecking());
    }

    // Nothing written for a while and nothing in use: re-checked all the same, four times less
    // often, so that a write deep inside an idle entry shows without F5 (GUI attack K12: a
    // download filling an idle chunk cache never showed).
    void aQuietHomeIsRecheckedLessOften()
    {
        FixtureHome fixture;
        const QDateTime old = QDateTime::currentDateTime().addSecs(-3600);
        QDirIterator files(fixture.root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
        }
        auto page = open(fixture);
        page->session()->setRecheckInterval(250);
        QVERIFY(!page->session()->isActive());
        QVERIFY(page->session()->isRechecking());
        QCOMPARE(page->session()->recheckInterval(),
                 HomeSession::recheckIntervalFor(250 * HomeSession::kQuietFactor, page->session()->lastScanMilliseconds()));
        // Four folders down in an idle dataset cache: no watch sees it, the quiet re-check does.
        const QString ds = QString::fromLatin1(FixtureHome::kDataset);
        const QString dataset = fixture.path(QStringLiteral("datasets/") + ds);
        const qint64 before = page->model()->scan().entry(dataset)->sizeOnDisk;
        QSignalSpy scanned(page.get(), &OverviewPage::scanFinished);
        fixture.write(QStringLiteral("datasets/%1/default/0.0.0/c0ffee/late.arrow").arg(ds), 400000);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->scan().entry(dataset)->sizeOnDisk >= before + 400000, 10000);
        QVERIFY(scanned.size() >= 1);
        // That write makes the home active: the re-checks come at the base interval again.
        QVERIFY(page->session()->isActive());
        QCOMPARE(page->session()->recheckInterval(), HomeSession::recheckIntervalFor(250, page->session()->lastScanMilliseconds()));
        page->hide();
        QVERIFY(!page->session()->isRechecking());
    }

    // Hard-linked files shared by two datasets: each row's tooltip says what deleting it alone
    // frees and with which entry it shares, and the confirmation's lines add up to its total
    // with a line for the shared files (GUI attack G19: 200 MB + 20 kB listed under "500 MB").
    void hardLinksSharedBetweenEntriesAreSaid()
    {
        FixtureHome fixture;
        const QString first = QStringLiteral("datasets/org___first/default/0.0.0/c0ffee/");
        const QString second = QStringLiteral("datasets/org___second/default/0.0.0/beef00/");
        fixture.write(first + QStringLiteral("big.arrow"), 300000);
        fixture.write(second + QStringLiteral("own.arrow"), 200000);
        QCOMPARE(::link(QFile::encodeName(fixture.path(first + QStringLiteral("big.arrow"))).constData(),
                        QFile::encodeName(fixture.path(second + QStringLiteral("big-link.arrow"))).constData()),
                 0);
        struct stat big
        {
        };
        QCOMPARE(::stat(QFile::encodeName(fixture.path(first + QStringLiteral("big.arrow"))).constData(), &big), 0);
        const qint64 bigOnDisk = qint64(big.st_blocks) * 512;
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        HomeTreeModel model;
        model.setScan(scan);
        const QModelIndex datasets = model.partIndex(QStringLiteral("datasets"));
        QModelIndex firstRow;
        QModelIndex secondRow;
        for (int row = 0; row < model.rowCount(datasets); ++row) {
            const QModelIndex index = model.index(row, 0, datasets);
            if (index.data().toString() == u"org___first")
                firstRow = index;
            if (index.data().toString() == u"org___second")
                secondRow = index;
        }
        QVERIFY(firstRow.isValid() && secondRow.isValid());
        for (const auto &[row, other] :
             {std::pair{firstRow, QStringLiteral("org___second")}, std::pair{secondRow, QStringLiteral("org___first")}}) {
            const QString tip = row.data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(QStringLiteral("Deleting it alone frees")), qPrintable(tip));
            QVERIFY2(tip.contains(QStringLiteral("%1 is in files hard-linked with %2").arg(DisplayFormat::size(bigOnDisk), other)),
                     qPrintable(tip));
            QVERIFY(row.data(HomeTreeModel::DetailsRole).toString().contains(QStringLiteral("hard-linked with ") + other));
        }
        // An entry with no shared file says nothing of it.
        QVERIFY(!model.index(0, 0, model.partIndex(QStringLiteral("xet")))
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("hard-linked")));

        const HomeDeletion::Plan plan = HomeDeletion::plan(
            scan, {firstRow.data(HomeTreeModel::PathRole).toString(), secondRow.data(HomeTreeModel::PathRole).toString()});
        QCOMPARE(plan.entries.size(), 2);
        qint64 alone = 0;
        for (const HomeEntry &entry : plan.entries)
            alone += entry.freeable;
        QVERIFY(plan.sizeOnDisk() - alone >= 300000);
        HomeDeleteDialog dialog(plan, scan.sizeOnDisk());
        const QString text = dialog.listText();
        QVERIFY2(text.contains(QStringLiteral("files hard-linked between these entries, counted once")), qPrintable(text));
        QVERIFY2(text.contains(DisplayFormat::size(plan.sizeOnDisk() - alone)), qPrintable(text));
        // One entry alone: nothing is shared within the plan, no such line.
        HomeDeleteDialog one(HomeDeletion::plan(scan, {firstRow.data(HomeTreeModel::PathRole).toString()}), scan.sizeOnDisk());
        QVERIFY(!one.listText().contains(QStringLiteral("hard-linked")));
    }

    // A part that is a link is cleaned where it leads: the confirmation says so (G10).
    void theConfirmationSaysWhereALinkedPartIsCleaned()
    {
        FixtureHome fixture;
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        const QString target = elsewhere.filePath(QStringLiteral("bigxet"));
        QVERIFY(QDir().rename(fixture.path(QStringLiteral("xet")), target));
        QVERIFY(QFile::link(target, fixture.path(QStringLiteral("xet"))));
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {fixture.path(QStringLiteral("xet"))});
        QVERIFY(!plan.entries.isEmpty());
        QCOMPARE(plan.partLinks.value(fixture.path(QStringLiteral("xet"))), target);
        HomeDeleteDialog dialog(plan, scan.sizeOnDisk());
        QVERIFY2(dialog.listText().contains(QStringLiteral("%1 is a link to %2: its entries listed here are deleted there.")
                                                .arg(fixture.path(QStringLiteral("xet")), target)),
                 qPrintable(dialog.listText()));
        // Nothing of a linked part in the plan: no such line.
        HomeDeleteDialog other(HomeDeletion::plan(scan, {fixture.path(QStringLiteral("datasets"))}), scan.sizeOnDisk());
        QVERIFY(!other.listText().contains(QStringLiteral("is a link to")));
    }

    void theConfirmationListsKindsCostsAndTheTotal()
    {
        FixtureHome fixture;
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const HomeDeletion::Plan plan = HomeDeletion::plan(
            scan, {chunkCache(fixture), fixture.path(QStringLiteral("xet/logs")), fixture.path(QStringLiteral("token"))});
        QCOMPARE(plan.entries.size(), 2);
        QCOMPARE(plan.refusals.size(), 1);
        HomeDeleteDialog dialog(plan, scan.sizeOnDisk());
        const QString text = dialog.listText();
        for (const HomeEntry &entry : plan.entries) {
            QVERIFY2(text.contains(HomeScanner::kindLabel(entry.kind)), qPrintable(text));
            QVERIFY2(text.contains(HomeScanner::costOfDeleting(entry.kind)), qPrintable(text));
            QVERIFY2(text.contains(entry.name), qPrintable(text));
            QVERIFY2(text.contains(DisplayFormat::size(entry.sizeOnDisk)), qPrintable(text));
        }
        QVERIFY(dialog.deleteButton()->text().contains(DisplayFormat::size(plan.sizeOnDisk())));
        QVERIFY(!dialog.deleteButton()->isDefault()); // Enter never deletes
        const auto *refused = dialog.findChild<QLabel *>(QStringLiteral("refused"));
        QVERIFY(refused);
        QVERIFY(refused->text().contains(QStringLiteral("token")));
        // What a cancel leaves, truthfully: the entry in hand is an interrupted deletion.
        const auto *note = dialog.findChild<QLabel *>(QStringLiteral("cancelNote"));
        QVERIFY(note);
        QVERIFY2(note->text().contains(HomeScanner::deletingSuffix()), qPrintable(note->text()));
        QVERIFY2(note->text().contains(QStringLiteral("interrupted deletion")), qPrintable(note->text()));
        QVERIFY2(note->text().contains(QStringLiteral("not started yet stay whole")), qPrintable(note->text()));
        // Also what keeps its name while it goes (downloads): marked, not renamed.
        QVERIFY2(note->text().contains(QStringLiteral("keeps its name")), qPrintable(note->text()));
        QVERIFY(!note->text().contains(QStringLiteral("the rest stays whole")));
    }

    // Once checked, the confirmation counts the folders the deletion leaves empty (an assets
    // library and its namespace) on a line of its own and in its total, as `home rm` does (attack
    // V5: the line never showed when nothing was refused, and the total left them out).
    void theConfirmationCountsTheFoldersLeftEmpty()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("assets/otherlib/ns/sub/f.bin"), qint64(5000));
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const QString sub = fixture.path(QStringLiteral("assets/otherlib/ns/sub"));
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {sub});
        QCOMPARE(plan.entries.size(), 1);
        HomeDeleteDialog dialog(plan, scan.sizeOnDisk());
        QSignalSpy checked(&dialog, &HomeDeleteDialog::checked);
        QVERIFY(checked.wait(10000));
        QCOMPARE(dialog.plan().emptiedFolders.size(), 2); // otherlib/ns and otherlib
        QVERIFY(dialog.plan().emptiedFolderBytes > 0);
        const QString text = dialog.listText();
        // "folder(s)": no translation is installed here to choose the plural form.
        QVERIFY2(text.contains(QStringLiteral("And %1 in 2 folder").arg(DisplayFormat::size(dialog.plan().emptiedFolderBytes))) &&
                     text.contains(QStringLiteral("that hold only these entries, removed with them.")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("hard-linked"))); // none is
        const qint64 total = scan.entry(sub)->freeable + dialog.plan().emptiedFolderBytes;
        QVERIFY(dialog.deleteButton()->text().contains(DisplayFormat::size(total)));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("headline"))->text().contains(DisplayFormat::size(total)));
    }

    // The running total counts them too, once measured in the background, so that what the page
    // says ticking frees is what the confirmation and the result say (attack V5: "frees 131.1 kB",
    // then "143.4 kB freed").
    void theTickSummaryCountsTheFoldersLeftEmpty()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("assets/otherlib/ns/sub/f.bin"), qint64(5000));
        fixture.write(QStringLiteral("assets/otherlib/ns/other/g.bin"), qint64(5000));
        auto page = open(fixture);
        const QString sub = fixture.path(QStringLiteral("assets/otherlib/ns/sub"));
        const QString other = fixture.path(QStringLiteral("assets/otherlib/ns/other"));
        QSignalSpy measured(page->session(), &HomeSession::checkedMeasured);
        // One of two: its namespace keeps the other, nothing is left empty.
        QVERIFY(page->model()->setPathChecked(sub, true));
        QVERIFY(measured.wait(10000));
        QCOMPARE(page->session()->checkedEmptiedFolders(), 0);
        const qint64 alone = page->model()->checkedSize();
        QCOMPARE(page->summaryText(), QStringLiteral("1 entr(ies) ticked — frees %1").arg(DisplayFormat::size(alone)));
        // Both: the namespace and the library go with them.
        QVERIFY(page->model()->setPathChecked(other, true));
        QVERIFY(measured.wait(10000));
        HomeDeletion::Plan plan = page->session()->planForChecked();
        QVERIFY(HomeDeletion::withoutObstacles(plan).isEmpty());
        QCOMPARE(plan.emptiedFolders.size(), 2);
        QCOMPARE(page->session()->checkedEmptiedFolders(), 2);
        QCOMPARE(page->session()->checkedEmptiedBytes(), plan.emptiedFolderBytes);
        QVERIFY(plan.emptiedFolderBytes > 0);
        QCOMPARE(page->summaryText(), QStringLiteral("2 entr(ies) ticked — frees %1").arg(DisplayFormat::size(plan.sizeOnDisk())));
        QVERIFY(page->deleteButton()->text().contains(DisplayFormat::size(plan.sizeOnDisk())));
        // A re-measure of the home (a re-check, a change on disk) keeps the figure while the
        // folders are measured again: no "measuring…" after every scan.
        QSignalSpy scanned(page.get(), &OverviewPage::scanFinished);
        page->session()->rescan();
        QVERIFY(scanned.wait(10000));
        QCOMPARE(page->summaryText(), QStringLiteral("2 entr(ies) ticked — frees %1").arg(DisplayFormat::size(plan.sizeOnDisk())));
        QVERIFY(measured.wait(10000));
        // Untick one: back to the entry's own bytes, at once and after the measure.
        QVERIFY(page->model()->setPathChecked(other, false));
        QCOMPARE(page->session()->checkedEmptiedBytes(), 0);
        QVERIFY(measured.wait(10000));
        QCOMPARE(page->summaryText(), QStringLiteral("1 entr(ies) ticked — frees %1").arg(DisplayFormat::size(alone)));
    }

    // The confirmation promises only what the deletion can do: each entry is walked in the
    // background as the deletion will walk it, and one that cannot go whole (here a folder it
    // cannot read) moves to the refused list, with the figures. Before, the dialog offered it
    // and the deletion then refused it.
    void theConfirmationLeavesOutWhatCannotGoWhole()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("datasets/org___set/mconfig/0.0.0/x/m.arrow"), 5000);
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const QString dataset = fixture.path(QStringLiteral("datasets/") + QLatin1String(FixtureHome::kDataset));
        const QString logs = fixture.path(QStringLiteral("xet/logs"));
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {dataset, logs});
        QCOMPARE(plan.entries.size(), 2);
        const qint64 logsSize = scan.entry(logs)->sizeOnDisk;
        {
            HomeDeleteDialog whole(plan, scan.sizeOnDisk());
            QSignalSpy checked(&whole, &HomeDeleteDialog::checked);
            QVERIFY(checked.wait(10000));
            QCOMPARE(whole.plan().entries.size(), 2);
            QVERIFY(whole.findChild<QLabel *>(QStringLiteral("checking"))->text().contains(QStringLiteral("Checked")));
        }
        const QString blocked = fixture.path(QStringLiteral("datasets/org___set/mconfig/0.0.0"));
        QCOMPARE(::chmod(QFile::encodeName(blocked).constData(), 0), 0);
        const auto restore = qScopeGuard([&] { ::chmod(QFile::encodeName(blocked).constData(), 0755); });
        const WithoutDacOverride asAUser; // on this thread, before the dialog starts its own
        if (!asAUser.ok())
            QSKIP("running as root, and root's CAP_DAC_OVERRIDE could not be dropped: a chmod 000 folder stays readable");
        HomeDeleteDialog dialog(plan, scan.sizeOnDisk());
        QVERIFY(dialog.listText().contains(QLatin1String(FixtureHome::kDataset)));
        QSignalSpy checked(&dialog, &HomeDeleteDialog::checked);
        QVERIFY(checked.wait(10000));
        QCOMPARE(dialog.plan().entries.size(), 1);
        QCOMPARE(dialog.plan().entries.first().path, logs);
        QVERIFY(!dialog.listText().contains(QLatin1String(FixtureHome::kDataset)));
        const auto *refused = dialog.findChild<QLabel *>(QStringLiteral("refused"));
        QVERIFY(refused && !refused->isHidden());
        QVERIFY2(refused->text().contains(QStringLiteral("not all of it can be read")), qPrintable(refused->text()));
        QVERIFY(dialog.deleteButton()->text().contains(DisplayFormat::size(logsSize)));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("headline"))->text().contains(DisplayFormat::size(logsSize)));
    }

    // An entry another program deleted after it was ticked is not "checked, can be deleted
    // whole": it leaves the plan, said, and with nothing left the dialog offers only Close
    // (GUI attack H4).
    void theConfirmationSaysAnEntryIsGone()
    {
        FixtureHome fixture;
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const QString dataset = fixture.path(QStringLiteral("datasets/") + QLatin1String(FixtureHome::kDataset));
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {dataset});
        QCOMPARE(plan.entries.size(), 1);
        QVERIFY(QDir(dataset).removeRecursively());
        for (const QString &member : plan.entries.first().members) // its lock files, beside it
            QVERIFY(QFile::remove(member));
        HomeDeleteDialog dialog(plan, scan.sizeOnDisk());
        QSignalSpy checked(&dialog, &HomeDeleteDialog::checked);
        QVERIFY(checked.wait(10000));
        QVERIFY(dialog.plan().entries.isEmpty());
        const QString headline = dialog.findChild<QLabel *>(QStringLiteral("headline"))->text();
        QVERIFY2(headline.contains(QStringLiteral("Nothing to delete")), qPrintable(headline));
        const QString checking = dialog.findChild<QLabel *>(QStringLiteral("checking"))->text();
        QVERIFY2(!checking.contains(QStringLiteral("can be deleted whole")), qPrintable(checking));
        const auto *refused = dialog.findChild<QLabel *>(QStringLiteral("refused"));
        QVERIFY2(refused->text().contains(dataset), qPrintable(refused->text()));
        QVERIFY(dialog.deleteButton()->isHidden());
    }

    // An entry written into after the scan: the confirmation's check measures it again, and
    // the headline, its line and the button quote what it holds now, said as new (GUI attack
    // K15: "Delete 25.0 MB" freed 65.0 MB). Pressed while checking, the new figure is shown to
    // be confirmed again, not deleted at once.
    void theConfirmationQuotesWhatAnEntryHoldsNow()
    {
        FixtureHome fixture;
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const QString ds = QString::fromLatin1(FixtureHome::kDataset);
        const QString dataset = fixture.path(QStringLiteral("datasets/") + ds);
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {dataset});
        QCOMPARE(plan.entries.size(), 1);
        const qint64 listed = plan.entries.first().freeable;
        fixture.write(QStringLiteral("datasets/%1/default/0.0.0/c0ffee/grown.arrow").arg(ds), 3000000);
        HomeDeleteDialog dialog(plan, scan.sizeOnDisk());
        QSignalSpy checked(&dialog, &HomeDeleteDialog::checked);
        QVERIFY(dialog.deleteButton()->text().contains(DisplayFormat::size(listed)));
        dialog.accept(); // pressed while checking
        QVERIFY(checked.wait(10000));
        QCOMPARE(dialog.result(), 0); // not accepted: shown again to be confirmed
        QCOMPARE(dialog.plan().entries.size(), 1);
        const qint64 now = dialog.plan().entries.first().freeable;
        struct stat grown
        {
        };
        QCOMPARE(::stat(QFile::encodeName(dataset + QStringLiteral("/default/0.0.0/c0ffee/grown.arrow")).constData(), &grown), 0);
        QVERIFY(grown.st_blocks * 512 >= 3000000);
        QCOMPARE(now, listed + qint64(grown.st_blocks) * 512);
        QVERIFY2(dialog.deleteButton()->text().contains(DisplayFormat::size(now)), qPrintable(dialog.deleteButton()->text()));
        QVERIFY(dialog.deleteButton()->isEnabled());
        const QString headline = dialog.findChild<QLabel *>(QStringLiteral("headline"))->text();
        QVERIFY2(headline.contains(DisplayFormat::size(now)), qPrintable(headline));
        // The home grew with it: never "31.5 MB … (of 3.0 MB in the home)".
        QVERIFY2(headline.contains(QStringLiteral("(of %1 in the home)").arg(DisplayFormat::size(scan.sizeOnDisk() + now - listed))),
                 qPrintable(headline));
        QVERIFY2(dialog.listText().contains(DisplayFormat::size(now)), qPrintable(dialog.listText()));
        const QString checking = dialog.findChild<QLabel *>(QStringLiteral("checking"))->text();
        QVERIFY2(checking.contains(QStringLiteral("Measured again")) && checking.contains(DisplayFormat::size(now)) &&
                     checking.contains(DisplayFormat::size(listed)),
                 qPrintable(checking));
    }

    // An entry a program opened after the scan: the confirmation's check finds it, names the
    // program and leaves it out, before Delete (GUI attack K3: "Checked: each entry can be
    // deleted whole" while python3 held it).
    void theConfirmationFindsAnEntryOpenedSinceTheScan()
    {
        FixtureHome fixture;
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const QString logs = fixture.path(QStringLiteral("xet/logs"));
        const QString dataset = fixture.path(QStringLiteral("datasets/") + QLatin1String(FixtureHome::kDataset));
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {logs, dataset});
        QCOMPARE(plan.entries.size(), 2);
        fixture.write(QStringLiteral("datasets/%1/default/0.0.0/c0ffee/grown.arrow").arg(QLatin1String(FixtureHome::kDataset)), 2000000);
        auto holder = std::make_unique<test::HoldingProcess>(test::HoldingProcess::Use{logs + QStringLiteral("/xet_20261101.log"), {}});
        QVERIFY(holder->ok());
        HomeDeleteDialog dialog(plan, scan.sizeOnDisk());
        QSignalSpy checked(&dialog, &HomeDeleteDialog::checked);
        QVERIFY(checked.wait(10000));
        const qint64 pid = holder->pid();
        holder.reset();
        QCOMPARE(dialog.plan().entries.size(), 1);
        QCOMPARE(dialog.plan().entries.first().path, dataset);
        const QString refused = dialog.findChild<QLabel *>(QStringLiteral("refused"))->text();
        QVERIFY2(refused.contains(logs) && refused.contains(QStringLiteral("is in use: held open by sleep (pid %1)").arg(pid)),
                 qPrintable(refused));
        const QString checking = dialog.findChild<QLabel *>(QStringLiteral("checking"))->text();
        QVERIFY2(!checking.contains(QStringLiteral("can be deleted whole.")), qPrintable(checking));
        QVERIFY2(checking.contains(QStringLiteral("cannot be deleted whole as they stand")), qPrintable(checking));
        // The other one grew meanwhile: said beside the refusal.
        QVERIFY2(checking.contains(QStringLiteral("Measured again: the entries to delete hold %1 now")
                                       .arg(DisplayFormat::size(dialog.plan().entries.first().freeable))),
                 qPrintable(checking));
    }

    // Delete pressed while the check runs waits for it: said on the button, then deleted when
    // the check changed nothing; when it did, the verdict is shown to be confirmed again (GUI
    // attack H5: the deletion started by itself, the verdict never seen).
    void deletePressedWhileCheckingWaitsForTheVerdict_data()
    {
        QTest::addColumn<bool>("oneGone");
        QTest::addColumn<bool>("folderLeftEmpty");
        QTest::addColumn<qint64>("assetBytes");
        QTest::newRow("nothing changes") << false << false << qint64(5000);
        QTest::newRow("an entry is gone") << true << false << qint64(5000);
        QTest::newRow("a folder is left empty") << false << true << qint64(5000); // the figure grows (attack Y3)
        // 8 kB more of 62.4 MB: the figure the button said stands, and the press goes on (J3).
        QTest::newRow("a folder is left empty, the figure reads the same") << false << true << qint64(49950000);
    }
    void deletePressedWhileCheckingWaitsForTheVerdict()
    {
        QFETCH(bool, oneGone);
        QFETCH(bool, folderLeftEmpty);
        QFETCH(qint64, assetBytes);
        FixtureHome fixture;
        for (int i = 0; i < 3000; ++i) // a walk long enough to press Delete during it
            QVERIFY(QDir().mkpath(fixture.path(QStringLiteral("datasets/org___set/default/0.0.0/h%1").arg(i))));
        fixture.write(QStringLiteral("assets/lonelib/ns/sub/f.bin"), assetBytes);
        if (folderLeftEmpty && assetBytes < 1000000) {
            // A folder left empty that holds many blocks (ext4 never shrinks a folder): the figure
            // the check finds differs from the button's, whatever the rounding of the rest.
            const QString ns = fixture.path(QStringLiteral("assets/lonelib/ns"));
            const auto name = [&](int i) { return QFile::encodeName(ns + QStringLiteral("/a-long-name-that-fills-the-folder-%1").arg(i)); };
            for (int i = 0; i < 20000; ++i) {
                const int fd = ::open(name(i).constData(), O_WRONLY | O_CREAT, 0644);
                QVERIFY(fd >= 0);
                ::close(fd);
            }
            for (int i = 0; i < 20000; ++i)
                QCOMPARE(::unlink(name(i).constData()), 0);
        }
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const QString dataset = fixture.path(QStringLiteral("datasets/") + QLatin1String(FixtureHome::kDataset));
        const QString logs = fixture.path(QStringLiteral("xet/logs"));
        const QString second = folderLeftEmpty ? fixture.path(QStringLiteral("assets/lonelib/ns/sub")) : logs;
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {dataset, second});
        QCOMPARE(plan.entries.size(), 2);
        if (oneGone)
            QVERIFY(QDir(logs).removeRecursively());
        HomeDeleteDialog dialog(plan, scan.sizeOnDisk());
        dialog.show();
        QSignalSpy checked(&dialog, &HomeDeleteDialog::checked);
        if (!dialog.isChecking())
            QSKIP("the check ended before Delete could be pressed during it");
        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.deleteButton()->isEnabled());
        QCOMPARE(dialog.deleteButton()->text(), QStringLiteral("Deleting once checked…"));
        QVERIFY(checked.wait(10000));
        if (folderLeftEmpty && assetBytes < 1000000) {
            QVERIFY(dialog.isVisible()); // a bigger figure than the button said: confirmed again
            QVERIFY(dialog.plan().emptiedFolderBytes > 0);
            QVERIFY(dialog.deleteButton()->isEnabled());
            QVERIFY(dialog.deleteButton()->text().contains(DisplayFormat::size(dialog.plan().sizeOnDisk())));
            const QString verdict = dialog.findChild<QLabel *>(QStringLiteral("checking"))->text();
            QVERIFY2(verdict.contains(QStringLiteral("Not deleted yet: it frees %1, not the %2 you confirmed. Press Delete again to go on.")
                                          .arg(DisplayFormat::size(dialog.plan().sizeOnDisk()), DisplayFormat::size(plan.sizeOnDisk()))),
                     qPrintable(verdict));
        } else if (!oneGone) {
            QCOMPARE(DisplayFormat::size(dialog.plan().sizeOnDisk()), DisplayFormat::size(plan.sizeOnDisk()));
            QCOMPARE(dialog.plan().emptiedFolderBytes > 0, folderLeftEmpty);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(!dialog.isVisible());
            QCOMPARE(dialog.plan().entries.size(), 2);
        } else {
            QVERIFY(dialog.isVisible()); // the verdict, to be confirmed again
            QCOMPARE(dialog.plan().entries.size(), 1);
            QVERIFY(dialog.deleteButton()->isEnabled());
            QVERIFY(dialog.deleteButton()->text().startsWith(QStringLiteral("&Delete")));
            const auto *refused = dialog.findChild<QLabel *>(QStringLiteral("refused"));
            QVERIFY2(refused->text().contains(logs), qPrintable(refused->text()));
        }
    }
};

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
