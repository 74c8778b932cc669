// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "AppSettings.h"
#include "RevisionKey.h"

#include <QHash>
#include <QModelIndexList>
#include <QSet>
#include <QSplitter>
#include <QStringList>

class QTreeView;

namespace hubdeck {

class CacheFilterProxy;
class CacheTreeModel;
class PreviewPane;
class TreemapView;

// The cache page's working area: the tree with the treemap under it, beside the preview.
// It keeps the three on the same item, offers the context menu, and keeps the tree's open
// repos and scroll position across a rescan.
class CacheBrowser : public QSplitter
{
    Q_OBJECT

public:
    CacheBrowser(CacheTreeModel *model, CacheFilterProxy *proxy, QWidget *parent = nullptr);

    [[nodiscard]] QTreeView *tree() const { return m_tree; }
    [[nodiscard]] TreemapView *treemap() const { return m_treemap; }
    [[nodiscard]] PreviewPane *preview() const { return m_preview; }

    // Makes the top-level entry at this path (a repo or a corrupted entry) current.
    // Makes the row of path current; false when no row shows it (the filter hides it, or it is gone).
    bool selectPath(const QString &path);
    // Before and after a rescan, which rebuilds every index.
    void rememberView();
    void restoreView(bool scroll);
    // The tree's columns and both splitters, kept across starts.
    void saveLayout(AppSettings::WindowLayout &layout) const;
    void restoreLayout(const AppSettings::WindowLayout &layout);
    // Ticks (or unticks) the tree's selected rows that can be ticked: repos, revisions and
    // deletable corrupted entries. Returns how many rows it changed.
    int setSelectedRowsChecked(bool checked);
    // The selected file rows, by repo folder: the paths deleteFilesRequested carries.
    [[nodiscard]] QHash<QString, QSet<QString>> selectedFiles() const;
    // Rows are selected and every one of them is a file (no repo, revision or corrupted entry).
    [[nodiscard]] bool onlyFilesSelected() const;

Q_SIGNALS:
    void verifyRequested(const QSet<hubdeck::RevisionKey> &revisions);
    // The context menu's Delete…: the selected rows are ticked, the page deletes the ticked.
    void deleteRequested();
    // The context menu's "Delete … from All Revisions…" on file rows: repo folder -> paths inside
    // the snapshot folders of the selected files (the same path in several revisions once).
    void deleteFilesRequested(const QHash<QString, QSet<QString>> &files);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    void showCurrent(const QModelIndex &current);
    void showContextMenu(const QPoint &pos);
    void toggleCurrentCheck();
    [[nodiscard]] QModelIndexList checkableSelectedRows() const;

    CacheTreeModel *m_model;
    CacheFilterProxy *m_proxy;
    QTreeView *m_tree;
    TreemapView *m_treemap;
    QSplitter *m_split;
    PreviewPane *m_preview;
    QStringList m_expandedBeforeRefresh;
    int m_scrollBeforeRefresh = 0;
    bool m_columnsFitted = false; // sized to the contents once, or restored from the saved layout
};

} // namespace hubdeck
