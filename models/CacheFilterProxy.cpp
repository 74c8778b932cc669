// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheFilterProxy.h"

#include "CacheTreeModel.h"
#include "HumanFormat.h"

namespace hubdeck {

CacheFilterProxy::CacheFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_now(HumanFormat::now())
{
    setRecursiveFilteringEnabled(true);
    setSortRole(CacheTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CacheFilterProxy::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void CacheFilterProxy::setTypeVisible(RepoType type, bool visible)
{
    if (visible == !m_hiddenTypes.contains(type))
        return;
    if (visible)
        m_hiddenTypes.remove(type);
    else
        m_hiddenTypes.insert(type);
    invalidateFilter();
}

void CacheFilterProxy::setNotAccessedForDays(int days)
{
    if (days == m_days)
        return;
    m_days = days;
    invalidateFilter();
}

bool CacheFilterProxy::matchesText(const QModelIndex &sourceIndex) const
{
    for (QModelIndex index = sourceIndex; index.isValid(); index = index.parent())
        if (index.data(CacheTreeModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

bool CacheFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = CacheTreeModel::NodeKind(index.data(CacheTreeModel::NodeKindRole).toInt());
    if (kind == CacheTreeModel::NodeKind::Corrupted) {
        if (m_days > 0)
            return false; // no access time to judge by
        return m_text.isEmpty() || matchesText(index);
    }
    if (!m_hiddenTypes.isEmpty() && m_hiddenTypes.contains(RepoType(index.data(CacheTreeModel::RepoTypeRole).toInt())))
        return false;
    if (m_days > 0 && kind != CacheTreeModel::NodeKind::Incomplete) {
        // Files follow their repo's age: a recent file must not pull an old repo into view.
        const QModelIndex judged = kind == CacheTreeModel::NodeKind::File ? sourceParent : index;
        const double accessed = judged.data(CacheTreeModel::LastAccessedRole).toDouble();
        if (m_now - accessed < double(m_days) * 86400.0)
            return false;
    }
    return m_text.isEmpty() || matchesText(index);
}

bool CacheFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(CacheTreeModel::SortRole);
    const QVariant b = right.data(CacheTreeModel::SortRole);
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
    return a.toDouble() < b.toDouble();
}

int CacheFilterProxy::checkAccepted()
{
    auto *model = qobject_cast<CacheTreeModel *>(sourceModel());
    if (!model)
        return 0;
    QSet<RevisionKey> keys; // by repo and commit: a renamed repo's other copy may be filtered out
    QSet<QString> corrupted;
    const std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < rowCount(parent); ++row) {
            const QModelIndex index = this->index(row, 0, parent);
            using Kind = CacheTreeModel::NodeKind;
            switch (Kind(index.data(CacheTreeModel::NodeKindRole).toInt())) {
            case Kind::Repo:
                visit(index);
                break;
            case Kind::Revision:
                if (const QModelIndex source = mapToSource(index); source.isValid()) {
                    const CachedRepo &repo = model->scan().repos[model->repoRow(source)];
                    keys.insert(repo.key(repo.revisions[source.row()]));
                }
                break;
            case Kind::Corrupted:
                corrupted.insert(index.data(CacheTreeModel::PathRole).toString());
                break;
            default:
                break;
            }
        }
    };
    visit({});
    int accepted =
        model->checkRevisions([&](const CachedRepo &repo, const CachedRevision &revision) { return keys.contains(repo.key(revision)); });
    for (int c = 0; c < model->scan().corrupted.size(); ++c) {
        if (corrupted.contains(model->scan().corrupted[c].path)) {
            model->setCorruptedChecked(c, true);
            ++accepted;
        }
    }
    return accepted;
}

} // namespace hubdeck
