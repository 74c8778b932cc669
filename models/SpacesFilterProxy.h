// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "SpacesTableModel.h"

#include <QSortFilterProxyModel>

namespace hubdeck {

// Text, owner and stage filters over SpacesTableModel; sorting by SortRole.
class SpacesFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SpacesFilterProxy(QObject *parent = nullptr);
    void setText(const QString &text);
    void setOwner(const QString &owner); // empty: everyone
    void setStageGroup(std::optional<SpacesTableModel::StageGroup> group);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_owner;
    std::optional<SpacesTableModel::StageGroup> m_group;
};

} // namespace hubdeck
