// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QHash>
#include <QSortFilterProxyModel>
#include <QString>

namespace hubdeck {

// Sorts a HomeTreeModel by its SortRole: sizes, file counts and times as numbers, names
// without regard to case; rows that tie keep the scan's order (largest first), so a sort by
// kind lists each kind's largest entries first.
class HomeSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit HomeSortProxy(QObject *parent = nullptr);

    // Holds the rows in the order they have now, by path (HomeTreeModel::PathRole), until
    // releaseOrder(): a re-measure that lands meanwhile (the Overview's live refresh) updates
    // the figures in place instead of moving rows under the pointer (GUI attack Q13). Rows that
    // are new go after the held ones, sorted as usual. A sort asked for meanwhile sorts as usual.
    void holdOrder();
    // Sorts as the column says again, moving rows that a re-measure reordered.
    void releaseOrder();
    [[nodiscard]] bool isOrderHeld() const { return m_held; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    [[nodiscard]] bool sortedBefore(const QModelIndex &left, const QModelIndex &right) const;

    bool m_held = false;
    QHash<QString, int> m_heldRow; // path → its row under its parent when the order was held
};

} // namespace hubdeck
