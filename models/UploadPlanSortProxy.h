// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QSortFilterProxyModel>

namespace hubdeck {

// Sorts an UploadPlanModel by its SortRole within two groups that keep their places: the files
// the upload sends first, then the files and folders left out (UploadPlanModel::SkippedRole),
// in either sort order and on any column. A user who sorts by size sees the largest files to
// send, not a left-out folder among them. Text sorts without regard to case; rows that tie
// keep the model's order (paths sorted).
class UploadPlanSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UploadPlanSortProxy(QObject *parent = nullptr);

protected:
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace hubdeck
