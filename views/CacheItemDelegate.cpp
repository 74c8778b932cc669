#include "CacheItemDelegate.h"

#include "CacheTreeModel.h"
#include "TypeIcons.h"

namespace hubdeck {

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
    }
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace hubdeck
