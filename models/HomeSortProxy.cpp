// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HomeSortProxy.h"

#include "HomeTreeModel.h"

namespace hubdeck {

HomeSortProxy::HomeSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HomeTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void HomeSortProxy::holdOrder()
{
    if (m_held)
        return;
    m_heldRow.clear();
    for (int p = 0; p < rowCount(); ++p) {
        const QModelIndex part = index(p, 0);
        m_heldRow.insert(part.data(HomeTreeModel::PathRole).toString(), p);
        for (int r = 0; r < rowCount(part); ++r)
            m_heldRow.insert(index(r, 0, part).data(HomeTreeModel::PathRole).toString(), r);
    }
    m_held = true;
}

void HomeSortProxy::releaseOrder()
{
    if (!m_held)
        return;
    m_held = false;
    m_heldRow.clear();
    invalidate();
}

void HomeSortProxy::sort(int column, Qt::SortOrder order)
{
    // Asked for: the user's sort wins over a held order.
    m_held = false;
    m_heldRow.clear();
    QSortFilterProxyModel::sort(column, order);
}

bool HomeSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_held) {
        const auto l = m_heldRow.constFind(left.data(HomeTreeModel::PathRole).toString());
        const auto r = m_heldRow.constFind(right.data(HomeTreeModel::PathRole).toString());
        const bool leftFirst = l != m_heldRow.cend() && (r == m_heldRow.cend() || *l < *r);
        const bool rightFirst = r != m_heldRow.cend() && (l == m_heldRow.cend() || *r < *l);
        // An ascending sort places left first when lessThan(left, right) holds, a descending
        // one when lessThan(right, left) does.
        if (leftFirst || rightFirst)
            return sortOrder() == Qt::AscendingOrder ? leftFirst : rightFirst;
    }
    return sortedBefore(left, right);
}

bool HomeSortProxy::sortedBefore(const QModelIndex &left, const QModelIndex &right) const
{
    // The parts have an order of their own (hub first, "other" last), which a name sort keeps in
    // both directions: reversed, it looked like a third, random order (GUI attack K5).
    if (sortColumn() == HomeTreeModel::NameColumn && !left.parent().isValid() && !right.parent().isValid())
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
    const QVariant a = left.data(HomeTreeModel::SortRole);
    const QVariant b = right.data(HomeTreeModel::SortRole);
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // A tie: the scan's order, whichever way the column sorts.
    return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
}

} // namespace hubdeck
