// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpacesFilterProxy.h"

namespace hubdeck {

SpacesFilterProxy::SpacesFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SpacesTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SpacesFilterProxy::setText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

void SpacesFilterProxy::setOwner(const QString &owner)
{
    m_owner = owner;
    invalidateFilter();
}

void SpacesFilterProxy::setStageGroup(std::optional<SpacesTableModel::StageGroup> group)
{
    m_group = group;
    invalidateFilter();
}

bool SpacesFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_owner.isEmpty() && index.data(SpacesTableModel::OwnerRole).toString() != m_owner)
        return false;
    if (m_group && SpacesTableModel::stageGroup(index.data(SpacesTableModel::StageRole).toString()) != *m_group)
        return false;
    return m_text.isEmpty() || index.data(SpacesTableModel::SpaceIdRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace hubdeck
