// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheItemDelegate.h"

#include "CacheTreeModel.h"
#include "TypeIcons.h"

#include <QPainter>

#include <algorithm>

namespace hubdeck {

void CacheItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // A bar under the size, as disk-usage tools draw it: the item's share of its parent.
    if (index.column() == CacheTreeModel::SizeColumn && !(option.state & QStyle::State_Selected)) {
        const double fraction = index.data(CacheTreeModel::SizeFractionRole).toDouble();
        if (fraction > 0) {
            QRectF bar = QRectF(option.rect).adjusted(2, 3, -2, -3);
            bar.setWidth(std::max(1.0, bar.width() * fraction));
            QColor color = option.palette.color(QPalette::Highlight);
            color.setAlphaF(0.28f);
            painter->fillRect(bar, color);
        }
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void CacheItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != CacheTreeModel::NameColumn)
        return;
    using Kind = CacheTreeModel::NodeKind;
    QIcon icon;
    switch (Kind(index.data(CacheTreeModel::NodeKindRole).toInt())) {
    case Kind::Repo:
        icon = TypeIcons::repo(RepoType(index.data(CacheTreeModel::RepoTypeRole).toInt()));
        break;
    case Kind::Corrupted:
        icon = TypeIcons::warning();
        break;
    case Kind::Revision:
        icon = TypeIcons::revision(index.data(CacheTreeModel::DetachedRole).toBool());
        break;
    case Kind::Incomplete:
        icon = TypeIcons::incomplete();
        break;
    case Kind::File:
        icon = TypeIcons::file();
        break;
    case Kind::None:
        return;
    }
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace hubdeck
