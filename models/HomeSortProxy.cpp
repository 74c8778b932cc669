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

bool HomeSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
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
