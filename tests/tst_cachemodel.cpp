// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheFilterProxy.h"
#include "CacheScanner.h"
#include "CacheTreeModel.h"
#include "DeletionExecutor.h"
#include "DeletionPlanner.h"
#include "DisplayFormat.h"
#include "FixtureCache.h"
#include "HumanFormat.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace hubdeck;
using hubdeck::test::FixtureCache;

// The cache tree model, its proxy and the incremental will-free ledger.
class TestCacheModel : public QObject
{
    Q_OBJECT

    // 5 repos x 4 revisions with blobs shared between revisions, a copied file, a shared-store
    // payload used by two repos, and a corrupted entry.
    static void build(FixtureCache &cache)
    {
        cache.markSharedStore();
        const QString payload = FixtureCache::sha256(QStringLiteral("xet"));
        QStringList manifest;
        for (int r = 0; r < 5; ++r) {
            const QString folder = (r == 4 ? QStringLiteral("datasets--org--r%1") : QStringLiteral("models--org--r%1")).arg(r);
            const double age = 1700000000.0 - r * 40 * 86400.0;
            cache.addBlob(folder, QStringLiteral("common"), QByteArray(1000 + r, 'c'), age, age);
            for (int v = 0; v < 4; ++v) {
                const QString commit = FixtureCache::commit(folder + QString::number(v));
                cache.addBlob(folder, QStringLiteral("own%1").arg(v), QByteArray(100 * (v + 1), 'o'), age, age);
                cache.addLink(folder, commit, QStringLiteral("common.bin"), QStringLiteral("common"));
                cache.addLink(folder, commit, QStringLiteral("dir/own.bin"), QStringLiteral("own%1").arg(v));
                if (v % 2 == 0)
                    cache.addLink(folder, commit, QStringLiteral("pair.bin"), QStringLiteral("own%1").arg(v + 1));
                if (v == 0)
                    cache.addRef(folder, QStringLiteral("main"), commit);
            }
            if (r < 2) {
                cache.linkBlobToPayload(folder, QStringLiteral("xetblob"), payload);
                cache.addLink(folder, FixtureCache::commit(folder + QStringLiteral("0")), QStringLiteral("model.safetensors"),
                              QStringLiteral("xetblob"));
                manifest.append(folder + QStringLiteral("/blobs/xetblob"));
            }
        }
        cache.addPayload(payload, QByteArray(7000, 'x'), manifest);
        cache.addCopiedFile(QStringLiteral("models--org--r3"), FixtureCache::commit(QStringLiteral("models--org--r33")),
                            QStringLiteral("copied.bin"), QByteArray(555, 'k'));
        cache.writeFile(QStringLiteral("widgets--org--broken/x"), QByteArray(42, 'b'));
    }

    static int rowOf(const CacheScan &scan, const QString &folder)
    {
        for (int r = 0; r < scan.repos.size(); ++r)
            if (scan.repos[r].folderName == folder)
                return r;
        return -1;
    }

    static qint64 planned(const CacheScan &scan, const SelectionLedger &ledger) { return plannedBytes(scan, ledger).size; }
    // In both units: st_size and allocated bytes.
    static FreedBytes plannedBytes(const CacheScan &scan, const SelectionLedger &ledger)
    {
        DeletionPlanner::Selection selection;
        selection.revisions = ledger.selectedRevisions();
        selection.corruptedPaths = ledger.selectedCorruptedPaths();
        const DeletionPlan plan = DeletionPlanner(scan).plan(selection);
        return {plan.expectedFreedSize, plan.expectedFreedOnDisk};
    }

    // Every row's Frees is what the planner expects from deleting that row and nothing else.
    static void checkFreesAgainstThePlanner(const CacheTreeModel &model)
    {
        const CacheScan &scan = model.scan();
        const DeletionPlanner planner(scan);
        for (int r = 0; r < scan.repos.size(); ++r) {
            DeletionPlanner::Selection repo;
            repo.repoFolders.insert(scan.repos[r].folderName);
            for (const CachedRevision &revision : scan.repos[r].revisions)
                repo.revisions.insert(scan.repos[r].key(revision));
            const QModelIndex repoIndex = model.index(r, CacheTreeModel::FreesColumn);
            QCOMPARE(repoIndex.data(CacheTreeModel::FreesRole).toLongLong(), planner.plan(repo).expectedFreedSize);
            QCOMPARE(repoIndex.data().toString(), DisplayFormat::size(planner.plan(repo).expectedFreedSize));
            for (int v = 0; v < scan.repos[r].revisions.size(); ++v) {
                DeletionPlanner::Selection revision;
                revision.revisions.insert(scan.repos[r].key(scan.repos[r].revisions[v]));
                const QModelIndex index = model.index(v, CacheTreeModel::FreesColumn, model.index(r, 0));
                QCOMPARE(index.data(CacheTreeModel::FreesRole).toLongLong(), planner.plan(revision).expectedFreedSize);
                QCOMPARE(index.data(CacheTreeModel::SortRole).toLongLong(), planner.plan(revision).expectedFreedSize);
            }
        }
        for (int c = 0; c < scan.corrupted.size(); ++c) {
            DeletionPlanner::Selection corrupted;
            corrupted.corruptedPaths.insert(scan.corrupted[c].path);
            const QModelIndex index = model.index(int(scan.repos.size()) + c, CacheTreeModel::FreesColumn);
            QCOMPARE(index.data(CacheTreeModel::FreesRole).toLongLong(), planner.plan(corrupted).expectedFreedSize);
        }
    }

private Q_SLOTS:
    void ledgerMatchesThePlannerForRandomSelections()
    {
        FixtureCache cache;
        build(cache);
        CacheTreeModel model;
        model.setScan(CacheScanner::scan(cache.root()));
        const CacheScan &scan = model.scan();
        QCOMPARE(scan.repos.size(), 5);
        QCOMPARE(scan.corrupted.size(), 1);
        QRandomGenerator random(20261124);
        for (int step = 0; step < 600; ++step) {
            const int repo = random.bounded(int(scan.repos.size()) + 1);
            if (repo == scan.repos.size()) {
                model.setCorruptedChecked(0, random.bounded(2) == 1);
            } else {
                const int revision = random.bounded(int(scan.repos[repo].revisions.size()));
                model.setRevisionChecked(repo, revision, random.bounded(2) == 1);
            }
            const FreedBytes expected = plannedBytes(scan, model.ledger());
            QCOMPARE(model.ledger().freedSize(), expected.size);
            QCOMPARE(model.ledger().freedOnDisk(), expected.onDisk);
            if (expected.size > 0)
                QVERIFY(expected.onDisk > 0); // the fixture's files are real, not sparse
        }
        // What deleting each repo alone would free (the treemap's areas) is the planner's figure.
        for (int r = 0; r < scan.repos.size(); ++r) {
            DeletionPlanner::Selection one;
            for (const CachedRevision &revision : scan.repos[r].revisions)
                one.revisions.insert(scan.repos[r].key(revision));
            QCOMPARE(model.ledger().wholeRepoFreed(r), DeletionPlanner(scan).plan(one).expectedFreedSize);
        }
        // Whole repos, ticked through the tristate repo row.
        model.clearChecks();
        QCOMPARE(model.ledger().freedSize(), 0);
        const int r0 = rowOf(scan, QStringLiteral("models--org--r0")), r1 = rowOf(scan, QStringLiteral("models--org--r1"));
        model.setData(model.index(r0, 0), Qt::Checked, Qt::CheckStateRole);
        const qint64 one = model.ledger().freedSize();
        QCOMPARE(one, planned(scan, model.ledger()));
        model.setData(model.index(r1, 0), Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(model.ledger().freedSize(), planned(scan, model.ledger()));
        QCOMPARE(model.ledger().selectedRepoCount(), 2);
        // The payload the two repos shared counts only once both go, and then once.
        QCOMPARE(model.ledger().freedSize(), one + scan.repos[r1].sizeOnDisk);
    }

    void tristateChecks()
    {
        FixtureCache cache;
        build(cache);
        CacheTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setScan(CacheScanner::scan(cache.root()));
        const QModelIndex repo = model.index(0, 0);
        QSignalSpy changed(&model, &CacheTreeModel::checksChanged);
        model.setData(model.index(0, 0, repo), Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(repo.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        QCOMPARE(changed.size(), 1);
        model.setData(repo, Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(repo.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        for (int v = 0; v < model.rowCount(repo); ++v)
            if (CacheTreeModel::NodeKind(model.index(v, 0, repo).data(CacheTreeModel::NodeKindRole).toInt()) ==
                CacheTreeModel::NodeKind::Revision)
                QCOMPARE(model.index(v, 0, repo).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        model.setData(repo, Qt::Unchecked, Qt::CheckStateRole);
        QCOMPARE(repo.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(model.ledger().selectedRevisionCount(), 0);
        const QModelIndex corrupted = model.index(model.rowCount() - 1, 0);
        QVERIFY(corrupted.flags() & Qt::ItemIsUserCheckable);
        model.setData(corrupted, Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(model.ledger().freedSize(), 42);
        QVERIFY(!(model.index(0, 0, model.index(0, 0, repo)).flags() & Qt::ItemIsUserCheckable)); // files are not
    }

    void displayAndSortRoles()
    {
        FixtureCache cache;
        build(cache);
        CacheTreeModel model;
        model.setScan(CacheScanner::scan(cache.root()));
        const int r = rowOf(model.scan(), QStringLiteral("models--org--r2"));
        const CachedRepo &repo = model.scan().repos[r];
        QCOMPARE(model.index(r, CacheTreeModel::SizeColumn).data().toString(), DisplayFormat::size(repo.sizeOnDisk));
        QCOMPARE(model.index(r, CacheTreeModel::SizeColumn).data(CacheTreeModel::SortRole).toLongLong(), repo.sizeOnDisk);
        QCOMPARE(model.index(r, CacheTreeModel::NameColumn).data().toString(), QStringLiteral("org/r2"));
        QCOMPARE(model.index(r, CacheTreeModel::RefsColumn).data().toString(), QStringLiteral("main"));
        QVERIFY(model.index(r, CacheTreeModel::AccessedColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("relatime")));
        // The date in the tooltip: year first under en_US too, never its M/d/yy.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QDateTime modified = QDateTime::fromMSecsSinceEpoch(qint64(repo.lastModified * 1000.0 + 0.5)).toLocalTime();
        const QString expected = QString::asprintf("%04d-%02d-%02d %02d:%02d", modified.date().year(), modified.date().month(),
                                                   modified.date().day(), modified.time().hour(), modified.time().minute());
        QCOMPARE(model.index(r, CacheTreeModel::ModifiedColumn).data(Qt::ToolTipRole).toString(), expected);
        QLocale::setDefault(QLocale::c());
        const QModelIndex corrupted = model.index(model.rowCount() - 1, CacheTreeModel::RefsColumn);
        QCOMPARE(corrupted.data().toString(), DisplayFormat::corruption(CorruptedRepo::Reason::BadRepoType));
        QVERIFY(corrupted.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Repo type must be")));
    }

    void proxyFiltersAndSorts()
    {
        FixtureCache cache;
        build(cache);
        CacheTreeModel model;
        CacheFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setScan(CacheScanner::scan(cache.root()));
        proxy.setNow(1700000000.0 + 86400);
        QCOMPARE(proxy.rowCount(), 6);

        // A file name deep inside a revision keeps its ancestors.
        proxy.setSearchText(QStringLiteral("copied.bin"));
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex repo = proxy.index(0, 0);
        QCOMPARE(repo.data().toString(), QStringLiteral("org/r3"));
        QCOMPARE(proxy.rowCount(repo), 1);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0, repo)), 1);
        // A repo match keeps its children.
        proxy.setSearchText(QStringLiteral("org/r1"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 4);
        proxy.setSearchText(QString());

        proxy.setTypeVisible(RepoType::Dataset, false);
        QCOMPARE(proxy.rowCount(), 5); // four models and the corrupted entry
        proxy.setTypeVisible(RepoType::Dataset, true);

        // r4 (160 days) and r3 (120 days): r3's revision with a recently copied file is recent,
        // but it does not make r3's three other revisions recent; no corrupted entries.
        proxy.setNotAccessedForDays(90);
        QCOMPARE(proxy.rowCount(), 2);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.append(proxy.index(row, 0).data().toString());
        shown.sort();
        QCOMPARE(shown, (QStringList{QStringLiteral("org/r3"), QStringLiteral("org/r4")}));
        const QModelIndex r3 = proxy.index(proxy.index(0, 0).data().toString() == u"org/r3" ? 0 : 1, 0);
        QCOMPARE(proxy.rowCount(r3), 3);
        for (int row = 0; row < proxy.rowCount(r3); ++row)
            QVERIFY(proxy.index(row, 0, r3).data(CacheTreeModel::CommitHashRole).toString() !=
                    FixtureCache::commit(QStringLiteral("models--org--r33")));
        proxy.setNotAccessedForDays(0);

        proxy.sort(CacheTreeModel::SizeColumn, Qt::DescendingOrder);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const qint64 size = proxy.index(row, CacheTreeModel::SizeColumn).data(CacheTreeModel::SortRole).toLongLong();
            QVERIFY(size <= previous);
            previous = size;
        }
    }

    void freesColumnIsWhatDeletingTheRowAloneFrees()
    {
        FixtureCache cache;
        build(cache);
        CacheTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setScan(CacheScanner::scan(cache.root()));
        checkFreesAgainstThePlanner(model);
        // The example: a revision's Size counts the blobs it shares, its Frees does not.
        const int r2 = rowOf(model.scan(), QStringLiteral("models--org--r2"));
        const QList<CachedRevision> &revisions = model.scan().repos[r2].revisions;
        const auto v0 = std::find_if(revisions.cbegin(), revisions.cend(), [](const CachedRevision &revision) {
            return revision.commitHash == FixtureCache::commit(QStringLiteral("models--org--r20"));
        });
        const QModelIndex revision = model.index(int(v0 - revisions.cbegin()), 0, model.index(r2, 0));
        const qint64 size = revision.siblingAtColumn(CacheTreeModel::SizeColumn).data(CacheTreeModel::SortRole).toLongLong();
        const qint64 frees = revision.data(CacheTreeModel::FreesRole).toLongLong();
        QCOMPARE(size, 1002 + 100 + 200); // common, its own blob, and pair.bin (own1, revision 1's own blob)
        QCOMPARE(frees, 100);             // only its own blob is used by no other revision
        QVERIFY(
            model.headerData(CacheTreeModel::FreesColumn, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("alone")));
        QVERIFY(revision.siblingAtColumn(CacheTreeModel::FreesColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("other revisions")));
        // Files go with their revision, never alone.
        QCOMPARE(model.index(0, 0, revision).data(CacheTreeModel::FreesRole).toLongLong(), -1);
        QVERIFY(model.index(0, CacheTreeModel::FreesColumn, revision).data().toString().isEmpty());
    }

    void deletionPatchesTheModelInPlace()
    {
        FixtureCache cache;
        build(cache);
        CacheTreeModel model;
        CacheFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setScan(CacheScanner::scan(cache.root()));
        // Delete repo r0 whole, one revision of r2, and the corrupted entry; keep a tick on r3.
        const int r0 = rowOf(model.scan(), QStringLiteral("models--org--r0"));
        const int r2 = rowOf(model.scan(), QStringLiteral("models--org--r2"));
        const int r3 = rowOf(model.scan(), QStringLiteral("models--org--r3"));
        model.setData(model.index(r0, 0), Qt::Checked, Qt::CheckStateRole);
        model.setRevisionChecked(r2, 1, true);
        model.setCorruptedChecked(0, true);
        const RevisionKey kept = model.scan().repos[r3].key(model.scan().repos[r3].revisions[2]);
        DeletionPlanner::Selection selection;
        selection.revisions = model.ledger().selectedRevisions();
        selection.corruptedPaths = model.ledger().selectedCorruptedPaths();
        const DeletionPlan plan = DeletionPlanner(model.scan()).plan(selection);
        QCOMPARE(plan.expectedFreedSize, model.ledger().freedSize());
        const DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY(report.succeeded());
        model.setRevisionChecked(r3, 2, true);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.applyDeletion(report);
        QCOMPARE(reset.size(), 0); // patched, not reset
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.scan().corrupted.size(), 0);
        QCOMPARE(model.scan().repos[rowOf(model.scan(), QStringLiteral("models--org--r2"))].revisions.size(), 3);
        QCOMPARE(rowOf(model.scan(), QStringLiteral("models--org--r0")), -1);
        QCOMPARE(model.ledger().selectedRevisions(), QSet<RevisionKey>{kept});
        // The patched figures equal a fresh scan's.
        const CacheScan fresh = CacheScanner::scan(cache.root());
        QCOMPARE(model.scan().sizeOnDisk, fresh.sizeOnDisk);
        for (int r = 0; r < fresh.repos.size(); ++r) {
            QCOMPARE(model.scan().repos[r].sizeOnDisk, fresh.repos[r].sizeOnDisk);
            QCOMPARE(model.scan().repos[r].nbFiles(), fresh.repos[r].nbFiles());
        }
        QCOMPARE(model.scan().sharedPayloads.first().validReferences, fresh.sharedPayloads.first().validReferences);
        // What each row frees alone follows the deletion: r1 is now the shared blob's only user.
        checkFreesAgainstThePlanner(model);
        const int r1 = rowOf(model.scan(), QStringLiteral("models--org--r1"));
        QVERIFY(model.index(r1, 0).data(CacheTreeModel::FreesRole).toLongLong() >= 7000);
    }
};

QTEST_GUILESS_MAIN(TestCacheModel)
#include "tst_cachemodel.moc"
