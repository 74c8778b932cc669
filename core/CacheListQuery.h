// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CacheScan.h"

#include <functional>

namespace hubdeck {

// The rows of `hf cache ls`: its filter grammar (size>1GB, type=model, accessed>30d,
// modified<7d, refs=main), its sort keys and its default order.
class CacheListQuery
{
public:
    struct Entry
    {
        const CachedRepo *repo = nullptr;
        const CachedRevision *revision = nullptr; // set with --revisions
    };

    [[nodiscard]] bool addFilter(const QString &expression, QString *error);
    [[nodiscard]] bool setSort(const QString &expression, QString *error);
    void setLimit(int limit) { m_limit = limit; }
    void setIncludeRevisions(bool include) { m_revisions = include; }
    [[nodiscard]] bool includesRevisions() const { return m_revisions; }
    // No filter and no limit: the rows are the whole cache, and its totals are the cache's.
    [[nodiscard]] bool selectsAll() const { return m_filters.isEmpty() && m_limit < 0; }

    [[nodiscard]] QList<Entry> run(const CacheScan &scan, double now) const;

private:
    using Predicate = std::function<bool(const Entry &, double now)>;
    QList<Predicate> m_filters;
    QString m_sortKey;
    bool m_descending = false;
    int m_limit = -1;
    bool m_revisions = false;
};

} // namespace hubdeck
