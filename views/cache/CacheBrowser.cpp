// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheBrowser.h"

#include "CacheFilterProxy.h"
#include "CacheItemDelegate.h"
#include "CacheTreeModel.h"
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
#include <QTreeView>
#include <QUrl>

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
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(CacheTreeModel::NameColumn, 420);
    m_tree->installEventFilter(this);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &CacheBrowser::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &CacheBrowser::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, m_preview, &PreviewPane::clear);
    connect(m_treemap, &TreemapView::itemClicked, this, [this](int repo, int revision) {
        QModelIndex source = m_model->index(repo, 0);
        if (revision >= 0)
            source = m_model->index(revision, 0, source);
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

void CacheBrowser::selectPath(const QString &path)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(CacheTreeModel::PathRole).toString() == path) {
            m_tree->setCurrentIndex(index);
            m_tree->scrollTo(index);
            return; // paths are unique
        }
    }
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
    m_tree->header()->restoreState(layout.treeHeader);
    m_split->restoreState(layout.cacheSplit);
    restoreState(layout.browserSplit);
}

void CacheBrowser::showCurrent(const QModelIndex &current)
{
    const QModelIndex source = m_proxy->mapToSource(current);
    const int repo = m_model->repoRow(source);
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
