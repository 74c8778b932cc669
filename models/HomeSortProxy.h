// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QSortFilterProxyModel>

namespace hubdeck {

// Sorts a HomeTreeModel by its SortRole: sizes, file counts and times as numbers, names
// without regard to case; rows that tie keep the scan's order (largest first), so a sort by
// kind lists each kind's largest entries first.
class HomeSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit HomeSortProxy(QObject *parent = nullptr);

protected:
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace hubdeck
