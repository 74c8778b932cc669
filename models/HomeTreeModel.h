// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HomeScan.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QSet>

#include <optional>

namespace hubdeck {

// The whole Hugging Face home as a tree (issue #14): the seven parts of a HomeScan as
// top-level rows, in the scan's order, and their entries as children. Rows are read straight
// from the scan value.
//
// Ticks are kept by entry path, so they survive a rescan (setScan) on the entries that are
// still there and still tickable. Tickable means deletable and not in use: hub repos
// (deleted on the Cache page), the hub's own structure, credentials and unknown files never
// get a tick box; an entry a process uses shows its box, greyed and fixed, with the process
// in its tooltip. A part row is tristate over its tickable entries, and has no box when it
// has none.
class HomeTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, SizeColumn, FilesColumn, AccessedColumn, ModifiedColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for the numeric columns (sizes in bytes, times in epoch seconds), text otherwise
        PathRole,                    // absolute path: the entry's, or the part's root
        PartKindRole,                // "hub", "xet", ... "other": of the part, for its entries too
        EntryKindRole,               // HomeEntry::Kind as int; -1 on part rows
        TickableRole,                // bool: the row can be ticked now
        // Plain text of several lines for the detail area under the tree: the path, what the
        // row is, what deleting it costs, and why it cannot be deleted (the process using it,
        // the token it holds). Names escaped (PrintableText); never rich text.
        DetailsRole,
    };

    explicit HomeTreeModel(QObject *parent = nullptr);

    // Replaces the scan (a model reset); ticks stay on the entries that are still tickable.
    void setScan(HomeScan scan);
    [[nodiscard]] const HomeScan &scan() const { return m_scan; }
    // For "3 days ago": the moment every row's relative time is counted from, one for all rows,
    // so that a part never reads older than its newest entry because the two were painted at
    // different moments (GUI attack K13). Seconds since the epoch. Taken at each setScan and
    // advanceClock(), unless a test fixes it here.
    void setNow(double now)
    {
        m_now = now;
        m_nowFixed = true;
    }
    [[nodiscard]] double now() const;
    // Takes the time again and tells the views that every row's relative times changed
    // (dataChanged on the two time columns), for a page to call every few seconds while it is
    // on screen. Nothing when a test fixed the time.
    void advanceClock();
    // Colour swatches shown beside the part names, by part kind (the parts bar's colours);
    // Qt::DecorationRole gives them as a QIcon.
    void setPartColors(const QHash<QString, QColor> &colors);

    // The part name as the page shows it: "Hub cache", "Xet", "Datasets"...
    [[nodiscard]] static QString partLabel(const QString &kind);

    // nullptr for a part row or an invalid index.
    [[nodiscard]] const HomeEntry *entry(const QModelIndex &index) const;
    [[nodiscard]] const HomeScan::Part *part(const QModelIndex &index) const; // the row's part, for entries too
    [[nodiscard]] QModelIndex partIndex(const QString &kind, int column = 0) const;
    [[nodiscard]] QModelIndex indexOfPath(const QString &path, int column = 0) const; // an entry's or a part's
    [[nodiscard]] static bool isTickable(const HomeEntry &entry) { return entry.deletable() && entry.inUse.isEmpty(); }

    // Ticked entries' paths, in the scan's order (what HomeDeletion::plan takes).
    [[nodiscard]] QStringList checkedPaths() const;
    [[nodiscard]] int checkedCount() const { return int(m_checked.size()); }
    // Bytes on disk that deleting the ticked entries gives back (HomeEntry::freeableTogether):
    // a hard-linked file that keeps a name elsewhere stays.
    [[nodiscard]] qint64 checkedSize() const { return checkedSize(std::nullopt); }
    // The part of checkedSize() that lies on the filesystem with this device number (st_dev):
    // a part that is a link to another disk frees its bytes there, not on HF_HOME's disk.
    [[nodiscard]] qint64 checkedSizeOn(quint64 device) const;
    // Ticks or unticks an entry (by path) or every tickable entry of a part (by its root);
    // returns false when the path names nothing tickable.
    bool setPathChecked(const QString &path, bool checked);
    void clearChecks();
    // Takes out the row of an entry a deletion has removed from disk, its tick with it, and its
    // bytes out of its part's figures, so that a long deletion's done entries leave the tree as
    // they go rather than when the run ends (GUI attack H13). The scan after the deletion
    // measures everything again. Returns false when no entry has that path.
    bool removeEntry(const QString &path);
    // Select → Not Accessed for N Days on the Overview: ticks (adding to the ticks there are) every
    // tickable entry last accessed before `limit` (seconds since the epoch). An entry with no
    // access time known (no file in it) is left alone: nothing says it is old. Returns how many
    // entries it ticked that were not ticked yet.
    int checkNotAccessedBefore(double limit);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void checksChanged();
    // A scan (setScan) took the tick off entries that it still lists but that can no longer
    // be ticked: one sentence part per entry, "chunk-cache is in use now: held open by python3
    // (pid 4242)", so that a page says why rather than dropping the ticks silently (GUI attack K3).
    void ticksTakenAway(const QStringList &reasons);

private:
    [[nodiscard]] static QString untickReason(const HomeEntry &entry);
    // The ticked entries' freeable bytes together, only those on that device when given.
    [[nodiscard]] qint64 checkedSize(std::optional<quint64> device) const;
    [[nodiscard]] QVariant partData(int partRow, int column, int role) const;
    [[nodiscard]] QVariant entryData(const HomeEntry &entry, const HomeScan::Part &part, int column, int role) const;
    [[nodiscard]] Qt::CheckState partCheckState(const HomeScan::Part &part) const;
    [[nodiscard]] QString partToolTip(const HomeScan::Part &part) const;
    [[nodiscard]] QString entryDetails(const HomeEntry &entry) const;
    // What deleting the entry alone frees when it holds hard-linked files with names elsewhere,
    // and which other entries hold them (freed only together); "" for nearly every entry.
    [[nodiscard]] QString sharingNote(const HomeEntry &entry) const;
    // For a stopped deletion that a program wrote into since: what finishing it keeps, or "".
    [[nodiscard]] static QString keptArrivalsNote(const HomeEntry &entry);
    void emitPartChanged(int partRow);

    HomeScan m_scan;
    QSet<QString> m_checked;              // entry paths
    QHash<QString, QIcon> m_partSwatches; // the colours as icons, the same when selected
    double m_now = 0;
    bool m_nowFixed = false;
};

} // namespace hubdeck
