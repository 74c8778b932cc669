// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "UploadPlanSortProxy.h"

#include "UploadPlanModel.h"

namespace hubdeck {

UploadPlanSortProxy::UploadPlanSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UploadPlanModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

bool UploadPlanSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftSkipped = left.data(UploadPlanModel::SkippedRole).toBool();
    const bool rightSkipped = right.data(UploadPlanModel::SkippedRole).toBool();
    if (leftSkipped != rightSkipped) {
        // A descending sort asks lessThan(right, left): the group key answers so that files
        // come first either way.
        const bool filesFirst = !leftSkipped;
        return sortOrder() == Qt::AscendingOrder ? filesFirst : !filesFirst;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace hubdeck
