// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CacheScan.h"
#include "CacheTreeIdentities.h"
#include "RowFrees.h"
#include "SelectionLedger.h"

#include <QAbstractItemModel>

#include <functional>

namespace hubdeck {

struct DeletionReport;

// The cache as a tree: repos (and corrupted entries) -> revisions (and partial downloads)
// -> files. Rows are read straight from the CacheScan value, so a million snapshot entries
// cost no item objects. Revisions and corrupted entries are checkable, repos are tristate;
// the ticks drive a SelectionLedger whose freed size matches DeletionPlanner's.
// An index's internalId names its parent by a stable identity (CacheTreeIdentities), so
// persistent indexes, proxies and views stay on their items when a deletion removes rows.
class CacheTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, SizeColumn, FreesColumn, FilesColumn, AccessedColumn, ModifiedColumn, RefsColumn, ColumnCount };
    enum class NodeKind { Repo, Corrupted, Revision, Incomplete, File, None }; // None: an invalid index
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for numeric columns, text otherwise
        NodeKindRole,                // NodeKind as int
        RepoTypeRole,                // RepoType as int, for repos and their children
        PathRole,                    // absolute path of the item on disk
        CommitHashRole,
        CacheIdRole,      // "model/org/name"
        SearchTextRole,   // what the text filter matches: ids, hashes, refs, file names
        LastAccessedRole, // seconds since the epoch (repo's for its children)
        DetachedRole,     // revisions: no ref points to it
        SizeFractionRole, // 0..1: share of the parent's size (repos: of the largest repo)
        FreesRole,        // qint64: what deleting this row alone frees (RowFrees); -1 for rows that are not deleted alone
    };

    explicit CacheTreeModel(QObject *parent = nullptr);

    void setScan(CacheScan scan);
    [[nodiscard]] const CacheScan &scan() const { return m_scan; }
    [[nodiscard]] const SelectionLedger &ledger() const { return m_ledger; }
    [[nodiscard]] const RowFrees &frees() const { return m_frees; }
    // Removes what a deletion removed with rowsRemoved signals (contiguous rows in one), never
    // a reset: persistent indexes, expanded rows and the selection of a view stay on their
    // items; ticks stay on the revisions and corrupted entries that remain.
    void applyDeletion(const DeletionReport &report);
    void setNow(double now) { m_now = now; }

    void setRevisionChecked(int repo, int revision, bool checked);
    void setCorruptedChecked(int corrupted, bool checked);
    void clearChecks();
    // Ticks (or unticks) every revision that the predicate accepts, with one update. Returns
    // how many it accepted (ticked before or not), so a quick select can say it found none.
    int checkRevisions(const std::function<bool(const CachedRepo &, const CachedRevision &)> &predicate, bool checked = true);

    [[nodiscard]] NodeKind kind(const QModelIndex &index) const;
    [[nodiscard]] int repoRow(const QModelIndex &index) const; // index into scan().repos, -1 for none
    [[nodiscard]] int revisionRow(const QModelIndex &index) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] bool hasChildren(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    void checksChanged();

private:
    struct Node
    {
        NodeKind kind;
        int top = -1;      // row among the top-level items
        int revision = -1; // for Revision / Incomplete / File: the row under the repo
        int file = -1;
    };
    [[nodiscard]] Node node(const QModelIndex &index) const;
    // Qt::CheckStateRole of the name column; CacheNodeFormatter answers every other role.
    [[nodiscard]] QVariant checkStateData(const Node &n) const;
    [[nodiscard]] Qt::CheckState repoCheckState(int repo) const;
    void emitRepoChecksChanged(int repo);
    // Removes the rows of [begin, end) under parent for which removed(row) holds, the last
    // run first, each contiguous run with one beginRemoveRows/endRemoveRows around
    // take(first, count), which must drop those rows from the scan and from m_ids.
    void removeRowRuns(const QModelIndex &parent, int begin, int end, const std::function<bool(int)> &removed,
                       const std::function<void(int, int)> &take);

    CacheScan m_scan;
    CacheTreeIdentities m_ids;
    SelectionLedger m_ledger;
    RowFrees m_frees; // measured while the ledger has nothing ticked: after a reset
    double m_now = 0;
    qint64 m_largestRepo = 0; // the size bars of repos are drawn relative to it

    void updateLargestRepo();
};

} // namespace hubdeck
