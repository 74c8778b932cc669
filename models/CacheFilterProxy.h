// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "RepoType.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace hubdeck {

// Filters and sorts a CacheTreeModel: text over ids, hashes, refs and file names (a row is
// kept when it, an ancestor or a descendant matches), repo type toggles, and an age filter
// ("not accessed for N days"). Sorting uses CacheTreeModel::SortRole, so sizes sort by bytes.
class CacheFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CacheFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_text; }
    void setTypeVisible(RepoType type, bool visible);
    [[nodiscard]] bool isTypeVisible(RepoType type) const { return !m_hiddenTypes.contains(type); }
    // 0 disables the filter.
    void setNotAccessedForDays(int days);
    [[nodiscard]] int notAccessedForDays() const { return m_days; }
    void setNow(double now) { m_now = now; }
    // Ticks every revision and corrupted entry the filter lets through ("everything matching
    // the filter"), in the source CacheTreeModel.
    int checkAccepted(); // returns how many revisions and corrupted entries it accepted

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    [[nodiscard]] bool matchesText(const QModelIndex &sourceIndex) const;

    QString m_text;
    QSet<RepoType> m_hiddenTypes;
    int m_days = 0;
    double m_now = 0;
};

} // namespace hubdeck
