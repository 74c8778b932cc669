// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheBrowser.h"

#include "CacheFilterProxy.h"
#include "CacheItemDelegate.h"
#include "CacheTreeModel.h"
#include "DisplayFormat.h"
#include "HubCredentials.h"
#include "PreviewPane.h"
#include "PrintableText.h"
#include "TreemapView.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QStyle>
#include <QTreeView>
#include <QUrl>

#include <algorithm>

namespace hubdeck {

CacheBrowser::CacheBrowser(CacheTreeModel *model, CacheFilterProxy *proxy, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_tree(new QTreeView(this))
    , m_treemap(new TreemapView(model, this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_preview(new PreviewPane(this))
{
    setObjectName(QStringLiteral("browserSplit"));
    m_tree->setObjectName(QStringLiteral("cacheTree"));
    m_tree->setAccessibleName(tr("Cache contents"));
    m_tree->setAccessibleDescription(tr("Repos, their revisions and files. Space ticks a repo or revision for deletion."));
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new CacheItemDelegate(m_tree));
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(CacheTreeModel::SizeColumn, Qt::DescendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once for the context menu's Tick, Untick and Delete….
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(CacheTreeModel::NameColumn, 420);
    m_tree->installEventFilter(this);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &CacheBrowser::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &CacheBrowser::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, m_preview, &PreviewPane::clear);
    // A deletion patches the tree in place: the previewed repo or file going with its rows must
    // not stay on show (GUI attack H6: a deleted repo's file was still previewed). The view has
    // dropped its current index by then, without a currentChanged.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_tree->currentIndex().isValid())
            m_preview->clear();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CacheBrowser::fitColumns);
    m_treemap->setFilter(m_proxy);
    connect(m_treemap, &TreemapView::itemClicked, this, [this](int repo, int revision, int file) {
        QModelIndex source = m_model->index(repo, 0);
        if (revision >= 0)
            source = m_model->index(revision, 0, source);
        // A clicked file is shown in the preview, when the filter keeps its row.
        if (file >= 0) {
            const QModelIndex fileIndex = m_model->index(file, 0, source);
            if (m_proxy->mapFromSource(fileIndex).isValid())
                source = fileIndex;
        }
        const QModelIndex index = m_proxy->mapFromSource(source);
        if (!index.isValid())
            return; // filtered out of the list
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    });

    m_split->setObjectName(QStringLiteral("cacheSplit"));
    m_split->addWidget(m_tree);
    m_split->addWidget(m_treemap);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    addWidget(m_split);
    addWidget(m_preview);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    setSizes({720, 440});
}

void CacheBrowser::fitColumns()
{
    // Once, on the first scan of a window with no saved columns: the figures as wide as they
    // are, the name as wide as the names up to half the tree; the rest goes to the last column.
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    QHeaderView *header = m_tree->header();
    for (int column = CacheTreeModel::TypeColumn; column < CacheTreeModel::ColumnCount - 1; ++column)
        m_tree->resizeColumnToContents(column);
    // Sizes are fitted to the top rows; a file deeper down may read "999 bytes", the widest a
    // size gets, which must not be cut to "47 by…" (GUI attack H16), in either size column.
    const int widestSize = m_tree->fontMetrics().horizontalAdvance(DisplayFormat::size(999)) + 24;
    for (const int column : {CacheTreeModel::SizeColumn, CacheTreeModel::FreesColumn})
        header->resizeSection(column, std::max(header->sectionSize(column), widestSize));
    m_tree->resizeColumnToContents(CacheTreeModel::NameColumn);
    header->resizeSection(CacheTreeModel::NameColumn, std::clamp(header->sectionSize(CacheTreeModel::NameColumn) + 24, 220,
                                                                 std::max(220, m_tree->viewport()->width() / 2)));
}

bool CacheBrowser::selectPath(const QString &path)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(CacheTreeModel::PathRole).toString() == path) {
            m_tree->setCurrentIndex(index);
            m_tree->scrollTo(index);
            return true; // paths are unique
        }
    }
    return false;
}

void CacheBrowser::rememberView()
{
    m_expandedBeforeRefresh.clear();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (m_tree->isExpanded(index))
            m_expandedBeforeRefresh.append(index.data(CacheTreeModel::PathRole).toString());
    }
    m_scrollBeforeRefresh = m_tree->verticalScrollBar()->value();
}

void CacheBrowser::restoreView(bool scroll)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (m_expandedBeforeRefresh.contains(index.data(CacheTreeModel::PathRole).toString()))
            m_tree->expand(index);
    }
    if (scroll)
        m_tree->verticalScrollBar()->setValue(m_scrollBeforeRefresh);
}

void CacheBrowser::saveLayout(AppSettings::WindowLayout &layout) const
{
    layout.treeHeader = m_tree->header()->saveState();
    layout.cacheSplit = m_split->saveState();
    layout.browserSplit = saveState();
}

void CacheBrowser::restoreLayout(const AppSettings::WindowLayout &layout)
{
    m_columnsFitted = m_tree->header()->restoreState(layout.treeHeader); // the user's widths win
    m_split->restoreState(layout.cacheSplit);
    restoreState(layout.browserSplit);
}

void CacheBrowser::showCurrent(const QModelIndex &current)
{
    const QModelIndex source = m_proxy->mapToSource(current);
    const int repo = m_model->repoRow(source);
    m_treemap->setSelected(repo, m_model->revisionRow(source));
    switch (m_model->kind(source)) {
    case CacheTreeModel::NodeKind::Repo:
        m_preview->showRepo(m_model->scan().repos[repo]);
        break;
    case CacheTreeModel::NodeKind::File: {
        const CachedRevision &revision = m_model->scan().repos[repo].revisions[m_model->revisionRow(source)];
        m_preview->showFile(m_model->scan().repos[repo], revision, revision.files[source.row()]);
        break;
    }
    default:
        m_preview->clear();
    }
}

void CacheBrowser::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    const QString path = index.data(CacheTreeModel::PathRole).toString();
    const QString cacheId = index.data(CacheTreeModel::CacheIdRole).toString();
    const QString hash = index.data(CacheTreeModel::CommitHashRole).toString();
    QMenu menu(this);
    // The rows the menu acts on: the selection when the click was on it, else the clicked row.
    if (!m_tree->selectionModel()->isRowSelected(index.row(), index.parent()))
        m_tree->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndexList checkable = checkableSelectedRows();
    bool anyUnticked = false, anyTicked = false;
    for (const QModelIndex &row : checkable) {
        const auto state = Qt::CheckState(row.data(Qt::CheckStateRole).toInt());
        anyUnticked = anyUnticked || state != Qt::Checked;
        anyTicked = anyTicked || state != Qt::Unchecked;
    }
    // The shortcuts are shown, not bound: Space and Delete already work in the tree and window.
    const QString space = QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText);
    QAction *tick = menu.addAction(tr("Tick") + u'\t' + space, this, [this] { setSelectedRowsChecked(true); });
    tick->setObjectName(QStringLiteral("tickRowsAction"));
    tick->setEnabled(anyUnticked);
    QAction *untick = menu.addAction(tr("Untick") + u'\t' + space, this, [this] { setSelectedRowsChecked(false); });
    untick->setObjectName(QStringLiteral("untickRowsAction"));
    untick->setEnabled(anyTicked);
    QAction *remove =
        menu.addAction(tr("Delete…") + u'\t' + QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText), this, [this] {
            setSelectedRowsChecked(true);
            Q_EMIT deleteRequested();
        });
    remove->setObjectName(QStringLiteral("deleteRowsAction"));
    remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    remove->setEnabled(!checkable.isEmpty());
    // Files are not ticked (a tick stands for what a revision deletion takes), but selected
    // file rows, of one revision or several, can go from every revision at once.
    const QHash<QString, QSet<QString>> files = selectedFiles();
    int fileCount = 0;
    for (const QSet<QString> &paths : files)
        fileCount += int(paths.size());
    if (fileCount > 0) {
        QAction *removeFiles = menu.addAction(fileCount == 1 ? tr("Delete This File from All Revisions…")
                                                             : tr("Delete These %n Files from All Revisions…", nullptr, fileCount),
                                              this, [this, files] { Q_EMIT deleteFilesRequested(files); });
        removeFiles->setObjectName(QStringLiteral("deleteFilesAction"));
        removeFiles->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
        removeFiles->setToolTip(tr("Removes the file from every cached revision of its repo; its blob goes once no kept file uses it"));
    }
    menu.addSeparator();
    menu.addAction(tr("Open Containing Folder"), this,
                   [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path.section(u'/', 0, -2))); });
    menu.addAction(tr("Copy Path"), this,
                   [path] { QApplication::clipboard()->setText(PrintableText::needsEscape(path) ? PrintableText::name(path) : path); });
    if (!cacheId.isEmpty())
        menu.addAction(tr("Copy Repo ID"), this, [cacheId] { QApplication::clipboard()->setText(cacheId.section(u'/', 1)); });
    if (!hash.isEmpty())
        menu.addAction(tr("Copy Revision Hash"), this, [hash] { QApplication::clipboard()->setText(hash); });
    if (!hash.isEmpty() || index.data(CacheTreeModel::NodeKindRole).toInt() == int(CacheTreeModel::NodeKind::Repo)) {
        QSet<RevisionKey> revisions;
        const int repo = m_model->repoRow(m_proxy->mapToSource(index));
        if (repo >= 0) {
            const CachedRepo &cached = m_model->scan().repos[repo];
            for (const CachedRevision &revision : cached.revisions)
                if (hash.isEmpty() || revision.commitHash == hash)
                    revisions.insert(cached.key(revision));
        }
        menu.addAction(tr("Verify Integrity"), this, [this, revisions] { Q_EMIT verifyRequested(revisions); });
    }
    if (!cacheId.isEmpty()) {
        const QString type = cacheId.section(u'/', 0, 0);
        const QString id = cacheId.section(u'/', 1);
        QString url = HubCredentials::endpoint() + (type == u"model" ? QString() : u'/' + type + u's') + u'/' + id;
        if (!hash.isEmpty())
            url += QStringLiteral("/tree/") + hash;
        menu.addSeparator();
        menu.addAction(tr("Open on the Hub"), this, [url] { QDesktopServices::openUrl(QUrl(url)); });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

bool CacheBrowser::onlyFilesSelected() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(CacheTreeModel::NameColumn);
    return !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), [this](const QModelIndex &row) {
        return m_model->kind(m_proxy->mapToSource(row)) == CacheTreeModel::NodeKind::File;
    });
}

QHash<QString, QSet<QString>> CacheBrowser::selectedFiles() const
{
    QHash<QString, QSet<QString>> files;
    const CacheScan &scan = m_model->scan();
    for (const QModelIndex &row : m_tree->selectionModel()->selectedRows(CacheTreeModel::NameColumn)) {
        const QModelIndex source = m_proxy->mapToSource(row);
        if (m_model->kind(source) != CacheTreeModel::NodeKind::File)
            continue;
        const int repo = m_model->repoRow(source);
        const int revision = m_model->revisionRow(source);
        if (repo < 0 || revision < 0)
            continue;
        const CachedRepo &cached = scan.repos[repo];
        const QString prefix = cached.snapshotPath(cached.revisions[revision]) + u'/';
        const QString path = source.data(CacheTreeModel::PathRole).toString();
        if (path.startsWith(prefix))
            files[cached.folderName].insert(path.mid(prefix.size()));
    }
    return files;
}

QModelIndexList CacheBrowser::checkableSelectedRows() const
{
    QModelIndexList rows;
    for (const QModelIndex &row : m_tree->selectionModel()->selectedRows(CacheTreeModel::NameColumn))
        if (row.flags() & Qt::ItemIsUserCheckable)
            rows.append(row);
    return rows;
}

int CacheBrowser::setSelectedRowsChecked(bool checked)
{
    // Persistent: ticking a repo changes its revisions' check state, which the proxy may
    // answer by moving rows when it sorts by a tick-dependent column.
    QList<QPersistentModelIndex> rows;
    for (const QModelIndex &row : checkableSelectedRows())
        rows.append(row);
    const Qt::CheckState wanted = checked ? Qt::Checked : Qt::Unchecked;
    int changed = 0;
    for (const QPersistentModelIndex &row : std::as_const(rows)) {
        if (!row.isValid() || Qt::CheckState(row.data(Qt::CheckStateRole).toInt()) == wanted)
            continue;
        if (m_proxy->setData(row, wanted, Qt::CheckStateRole))
            ++changed;
    }
    return changed;
}

void CacheBrowser::toggleCurrentCheck()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex name = current.siblingAtColumn(CacheTreeModel::NameColumn);
    if (!(name.flags() & Qt::ItemIsUserCheckable))
        return;
    const bool checked = name.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    m_proxy->setData(name, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

bool CacheBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleCurrentCheck();
            return true;
        }
    }
    return QSplitter::eventFilter(watched, event);
}

} // namespace hubdeck
