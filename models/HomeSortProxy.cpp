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
