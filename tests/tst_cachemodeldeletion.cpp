// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheFilterProxy.h"
#include "CacheScanner.h"
#include "CacheTreeModel.h"
#include "DeletionExecutor.h"
#include "DeletionPlanner.h"
#include "FixtureCache.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace hubdeck;
using hubdeck::test::FixtureCache;

namespace {

constexpr double kNow = FixtureCache::kDefaultTime + 86400.0;

// Names an item without its row: kind and path on disk.
QString identity(const QModelIndex &index)
{
    const QModelIndex name = index.siblingAtColumn(CacheTreeModel::NameColumn);
    return QString::number(name.data(CacheTreeModel::NodeKindRole).toInt()) + u' ' + name.data(CacheTreeModel::PathRole).toString();
}

QString pathOf(const QString &identity)
{
    return identity.section(u' ', 1);
}

// Every item, depth first, one line each: depth, identity and what each column shows.
void dump(const QAbstractItemModel &model, const QModelIndex &parent, int depth, QStringList &lines)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        QString line = QString(depth, u' ') + identity(index);
        for (int column = 0; column < model.columnCount(parent); ++column)
            line += u'|' + model.index(row, column, parent).data().toString() + u'|' +
                    model.index(row, column, parent).data(Qt::CheckStateRole).toString();
        lines.append(line);
        dump(model, index, depth + 1, lines);
    }
}

QStringList dump(const QAbstractItemModel &model)
{
    QStringList lines;
    dump(model, {}, 0, lines);
    return lines;
}

// One persistent index per item and per column given, with the item's identity.
void persist(const QAbstractItemModel &model, const QModelIndex &parent, QList<std::pair<QPersistentModelIndex, QString>> &out)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        out.append({QPersistentModelIndex(index), identity(index)});
        out.append({QPersistentModelIndex(model.index(row, CacheTreeModel::SizeColumn, parent)), identity(index)});
        persist(model, index, out);
    }
}

QList<std::pair<QPersistentModelIndex, QString>> persist(const QAbstractItemModel &model)
{
    QList<std::pair<QPersistentModelIndex, QString>> out;
    persist(model, {}, out);
    return out;
}

// Without a filter the proxy has the source's rows at every level, each mapped to the
// source row of the same item under the mapped parent.
void compareProxyToSource(const QSortFilterProxyModel &proxy, const QModelIndex &proxyParent)
{
    const QModelIndex sourceParent = proxy.mapToSource(proxyParent);
    QCOMPARE(proxy.rowCount(proxyParent), proxy.sourceModel()->rowCount(sourceParent));
    for (int row = 0; row < proxy.rowCount(proxyParent); ++row) {
        const QModelIndex index = proxy.index(row, 0, proxyParent);
        const QModelIndex source = proxy.mapToSource(index);
        QVERIFY(source.isValid());
        QCOMPARE(source.parent(), sourceParent);
        QCOMPARE(identity(index), identity(source));
        QCOMPARE(proxy.mapFromSource(source), index);
        compareProxyToSource(proxy, index);
        if (QTest::currentTestFailed())
            return;
    }
}

QModelIndex find(const QAbstractItemModel &model, const QString &path, const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(CacheTreeModel::PathRole).toString() == path)
            return index;
        if (const QModelIndex found = find(model, path, index); found.isValid())
            return found;
    }
    return {};
}

bool removedBy(const DeletionReport &report, const QString &path)
{
    for (const QStringList *list : {&report.removedRepos, &report.removedSnapshots, &report.removedIncompleteFiles})
        for (const QString &removed : *list)
            if (path == removed || path.startsWith(removed + u'/'))
                return true;
    return false;
}

} // namespace

// CacheTreeModel::applyDeletion patches the tree in place: the source, its filter proxy,
// persistent indexes and a view's state stay on the items they named.
class TestCacheModelDeletion : public QObject
{
    Q_OBJECT

    static QString commit(const QString &revision) { return FixtureCache::commit(revision); }

    // datasets--org--e, models--org--{a,b,c,d} (in that order), with 2, 3, 3, 4 and 2
    // revisions; revision v of repo x has files config.json, x<v>.bin and v files
    // extra/x<v>-<i>.txt, so a row count tells the revisions apart. Revision c1 alone has
    // only-in-c1.bin; c has a partial download; one corrupted entry closes the list.
    static void build(FixtureCache &cache)
    {
        const QList<std::pair<QString, int>> repos = {{QStringLiteral("datasets--org--e"), 2},
                                                      {QStringLiteral("models--org--a"), 3},
                                                      {QStringLiteral("models--org--b"), 3},
                                                      {QStringLiteral("models--org--c"), 4},
                                                      {QStringLiteral("models--org--d"), 2}};
        for (int r = 0; r < repos.size(); ++r) {
            const QString folder = repos[r].first;
            const QString letter = folder.right(1);
            cache.addBlob(folder, QStringLiteral("common"), QByteArray(100 + r, 'c'));
            for (int v = 0; v < repos[r].second; ++v) {
                const QString hash = commit(letter + QString::number(v));
                const QString own = QStringLiteral("own%1").arg(v);
                cache.addBlob(folder, own, QByteArray(10 * (v + 1) + r, 'o'));
                cache.addLink(folder, hash, QStringLiteral("config.json"), QStringLiteral("common"));
                cache.addLink(folder, hash, letter + QString::number(v) + QStringLiteral(".bin"), own);
                for (int i = 0; i < v; ++i)
                    cache.addLink(folder, hash, QStringLiteral("extra/%1%2-%3.txt").arg(letter).arg(v).arg(i), QStringLiteral("common"));
                if (v == 0)
                    cache.addRef(folder, QStringLiteral("main"), hash);
            }
        }
        cache.addLink(QStringLiteral("models--org--c"), commit(QStringLiteral("c1")), QStringLiteral("only-in-c1.bin"),
                      QStringLiteral("own1"));
        cache.writeFile(QStringLiteral("models--org--c/blobs/") + FixtureCache::sha256(QStringLiteral("partial")) +
                            QStringLiteral(".incomplete"),
                        QByteArray(7, 'p'));
        cache.writeFile(QStringLiteral("widgets--org--broken/x"), QByteArray(42, 'b'));
    }

    // Removes targets (DeletionPlanner::resolveTargets), or what prune removes, from disk.
    static DeletionReport remove(const CacheScan &scan, const QStringList &targets)
    {
        const DeletionPlanner planner(scan);
        const DeletionPlanner::Selection selection =
            targets == QStringList{QStringLiteral("prune")} ? planner.pruneSelection() : planner.resolveTargets(targets);
        return DeletionExecutor::execute(planner.plan(selection));
    }

private Q_SLOTS:
    void rowsFollowTheirItems_data()
    {
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QString>("searchText");
        QTest::addColumn<int>("topRowsLeft");
        QTest::addColumn<int>("proxyTopRowsLeft");
        const QString c1 = QStringLiteral("hf://models/org/c@") + commit(QStringLiteral("c1"));
        // e, b, c, d, the corrupted entry
        QTest::newRow("a repo and a later repo's revision") << QStringList{QStringLiteral("model/org/a"), c1} << QString() << 5 << 5;
        QTest::newRow("two neighbouring repos")
            << QStringList{QStringLiteral("model/org/a"), QStringLiteral("model/org/b")} << QString() << 4 << 4;
        QTest::newRow("the last repo and the corrupted entry")
            << QStringList{QStringLiteral("model/org/d"), QStringLiteral("widgets--org--broken")} << QString() << 4 << 4;
        // Every detached revision of every repo and the partial download.
        QTest::newRow("prune") << QStringList{QStringLiteral("prune")} << QString() << 6 << 6;
        // The filter keeps revision 1 of every repo; c's only match goes with c1, so c leaves the proxy.
        QTest::newRow("filtered") << QStringList{QStringLiteral("model/org/a"), c1} << QStringLiteral("1-0.txt") << 5 << 3; // e, b, d
        QTest::newRow("filtered, prune") << QStringList{QStringLiteral("prune")} << QStringLiteral("1-0.txt") << 6 << 0;
    }

    void rowsFollowTheirItems()
    {
        QFETCH(QStringList, targets);
        QFETCH(QString, searchText);
        QFETCH(int, topRowsLeft);
        QFETCH(int, proxyTopRowsLeft);
        FixtureCache cache;
        build(cache);
        CacheTreeModel model;
        CacheFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setScan(CacheScanner::scan(cache.root()));
        QCOMPARE(model.rowCount(), 6);
        proxy.setNow(kNow);
        proxy.setSearchText(searchText);
        proxy.sort(CacheTreeModel::NameColumn, Qt::DescendingOrder); // proxy rows differ from source rows
        if (searchText.isEmpty())
            compareProxyToSource(proxy, {});
        else
            QCOMPARE(proxy.rowCount(), 5); // e, a, b, c, d
        // Tick the last revision of each repo (c1 is among them): the ticks that remain stay put.
        QSet<QString> ticked;
        for (int r = 0; r < model.scan().repos.size(); ++r) {
            const CachedRepo &repo = model.scan().repos[r];
            model.setRevisionChecked(r, int(repo.revisions.size()) - 1, true);
            ticked.insert(repo.snapshotPath(repo.revisions.last()));
        }
        const auto sourceItems = persist(model); // every item, as an expanded view holds them
        const auto proxyItems = persist(proxy);

        const DeletionReport report = remove(model.scan(), targets);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.applyDeletion(report);
        QCOMPARE(reset.size(), 0);
        QVERIFY(removed.size() > 0);
        QCOMPARE(model.rowCount(), topRowsLeft);
        QCOMPARE(proxy.rowCount(), proxyTopRowsLeft);

        // The patched tree is the tree of a fresh scan, ticks included.
        CacheTreeModel fresh;
        fresh.setScan(CacheScanner::scan(cache.root()));
        for (int r = 0; r < fresh.scan().repos.size(); ++r)
            for (int v = 0; v < fresh.scan().repos[r].revisions.size(); ++v)
                if (ticked.contains(fresh.scan().repos[r].snapshotPath(fresh.scan().repos[r].revisions[v])))
                    fresh.setRevisionChecked(r, v, true);
        model.setNow(kNow);
        fresh.setNow(kNow);
        QCOMPARE(dump(model), dump(fresh));

        // The proxy shows what a fresh proxy over the fresh scan shows.
        CacheFilterProxy freshProxy;
        freshProxy.setSourceModel(&fresh);
        freshProxy.setNow(kNow);
        freshProxy.setSearchText(searchText);
        freshProxy.sort(CacheTreeModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(dump(proxy), dump(freshProxy));
        if (searchText.isEmpty())
            compareProxyToSource(proxy, {});

        // Persistent indexes: the removed ones are invalid, the others name the same item.
        int kept = 0;
        for (const auto &[index, name] : sourceItems) {
            const bool gone = removedBy(report, pathOf(name));
            QVERIFY2(index.isValid() == !gone, qPrintable(name));
            if (!gone) {
                QCOMPARE(identity(index), name);
                ++kept;
            }
        }
        QCOMPARE(kept, 2 * int(dump(fresh).size()));
        QSet<QString> shown;
        for (const QString &line : dump(freshProxy))
            shown.insert(line.trimmed().section(u'|', 0, 0));
        for (const auto &[index, name] : proxyItems) {
            QVERIFY2(index.isValid() == shown.contains(name), qPrintable(name));
            if (index.isValid())
                QCOMPARE(identity(index), name);
        }
    }

    // The ticks that survive a deletion stay on their revisions: by (repo, revision), not by
    // row and not by commit hash. A repo renamed on the Hub is often cached under both names
    // with the same commit.
    void ticksStayOnTheirRevision()
    {
        FixtureCache cache;
        const QString h1 = commit(QStringLiteral("old")), h2 = commit(QStringLiteral("new"));
        cache.addBlob(QStringLiteral("models--gpt2"), QStringLiteral("e1"), "old\n");
        cache.addBlob(QStringLiteral("models--gpt2"), QStringLiteral("e2"), "new\n");
        cache.addLink(QStringLiteral("models--gpt2"), h1, QStringLiteral("config.json"), QStringLiteral("e1"));
        cache.addLink(QStringLiteral("models--gpt2"), h2, QStringLiteral("config.json"), QStringLiteral("e2"));
        cache.addRef(QStringLiteral("models--gpt2"), QStringLiteral("main"), h2);
        cache.addBlob(QStringLiteral("models--openai-community--gpt2"), QStringLiteral("e1"), "old\n");
        cache.addLink(QStringLiteral("models--openai-community--gpt2"), h1, QStringLiteral("config.json"), QStringLiteral("e1"));
        cache.addRef(QStringLiteral("models--openai-community--gpt2"), QStringLiteral("main"), h1);
        CacheTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setScan(CacheScanner::scan(cache.root()));
        const CacheScan &scan = model.scan();
        QCOMPARE(scan.repos.size(), 2);
        QCOMPARE(scan.repos[0].repoId, QStringLiteral("gpt2"));
        const auto rowOf = [&](int repo, const QString &hash) {
            for (int v = 0; v < scan.repos[repo].revisions.size(); ++v)
                if (scan.repos[repo].revisions[v].commitHash == hash)
                    return v;
            return -1;
        };
        const QModelIndex renamedH1 = model.index(rowOf(1, h1), 0, model.index(1, 0));
        const QPersistentModelIndex keptTick = model.index(rowOf(0, h1), 0, model.index(0, 0));
        model.setRevisionChecked(0, rowOf(0, h1), true);

        const DeletionReport report = remove(scan, {QStringLiteral("hf://models/gpt2@") + h2});
        QVERIFY(report.succeeded());
        QCOMPARE(report.removedSnapshots, QStringList{scan.repos[0].snapshotPath(scan.repos[0].revisions[rowOf(0, h2)])});
        QCOMPARE(renamedH1.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        model.applyDeletion(report);
        QCOMPARE(model.scan().repos[0].revisions.size(), 1);
        QVERIFY(keptTick.isValid());
        QCOMPARE(keptTick.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.ledger().selectedRevisionCount(), 1);
        QCOMPARE(model.index(0, 0, model.index(1, 0)).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }

    // Neighbouring rows go in one rowsRemoved signal each run, not one per row.
    void contiguousRowsGoTogether()
    {
        FixtureCache cache;
        build(cache);
        CacheTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setScan(CacheScanner::scan(cache.root()));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.applyDeletion(remove(model.scan(), {QStringLiteral("model/org/a"), QStringLiteral("model/org/b")}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed[0][0].value<QModelIndex>(), QModelIndex());
        QCOMPARE(removed[0][1].toInt(), 1);
        QCOMPARE(removed[0][2].toInt(), 2);
    }

    // A view on the proxy, sorted as the browser sorts, keeps its expanded rows, current item
    // and selection on the same items, and expands nothing that was not expanded.
    void viewKeepsItsState()
    {
        FixtureCache cache;
        build(cache);
        CacheTreeModel model;
        CacheFilterProxy proxy;
        proxy.setSourceModel(&model);
        QTreeView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(CacheTreeModel::SizeColumn, Qt::DescendingOrder);
        model.setScan(CacheScanner::scan(cache.root()));
        const auto snapshot = [&](const QString &repo, const QString &revision) {
            return cache.path(repo + QStringLiteral("/snapshots/") + commit(revision));
        };
        const QStringList expanded = {
            cache.path(QStringLiteral("models--org--b")), snapshot(QStringLiteral("models--org--b"), QStringLiteral("b2")),
            cache.path(QStringLiteral("models--org--c")), snapshot(QStringLiteral("models--org--c"), QStringLiteral("c2")),
            cache.path(QStringLiteral("models--org--a"))};
        for (const QString &path : expanded) {
            const QModelIndex index = find(proxy, path);
            QVERIFY2(index.isValid(), qPrintable(path));
            view.expand(index);
        }
        const QString current = snapshot(QStringLiteral("models--org--c"), QStringLiteral("c2")) + QStringLiteral("/extra/c2-1.txt");
        view.setCurrentIndex(find(proxy, current));
        QCOMPARE(view.currentIndex().data(CacheTreeModel::PathRole).toString(), current);

        model.applyDeletion(
            remove(model.scan(), {QStringLiteral("model/org/a"), QStringLiteral("hf://models/org/c@") + commit(QStringLiteral("c1"))}));

        QStringList stillExpanded;
        const std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
            for (int row = 0; row < proxy.rowCount(parent); ++row) {
                const QModelIndex index = proxy.index(row, 0, parent);
                if (view.isExpanded(index))
                    stillExpanded.append(index.data(CacheTreeModel::PathRole).toString());
                visit(index);
            }
        };
        visit({});
        stillExpanded.sort();
        QStringList expected = expanded.mid(0, 4);
        expected.sort();
        QCOMPARE(stillExpanded, expected);
        QCOMPARE(view.currentIndex().data(CacheTreeModel::PathRole).toString(), current);
        const QModelIndexList selected = view.selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(CacheTreeModel::PathRole).toString(), current);
        // The rows under the expanded revision are its own files.
        const QModelIndex c2 = find(proxy, snapshot(QStringLiteral("models--org--c"), QStringLiteral("c2")));
        QCOMPARE(proxy.rowCount(c2), 4); // config.json, c2.bin, extra/c2-0.txt, extra/c2-1.txt
        for (int row = 0; row < proxy.rowCount(c2); ++row)
            QVERIFY(proxy.index(row, 0, c2)
                        .data(CacheTreeModel::PathRole)
                        .toString()
                        .startsWith(c2.data(CacheTreeModel::PathRole).toString() + u'/'));
    }
};

QTEST_MAIN(TestCacheModelDeletion)
#include "tst_cachemodeldeletion.moc"
