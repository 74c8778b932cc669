// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheListQuery.h"

#include "HumanFormat.h"

#include <QRegularExpression>

#include <algorithm>

namespace hubdeck {

namespace {

bool compare(double left, const QString &op, double right)
{
    if (op == u"=")
        return left == right;
    if (op == u"!=")
        return left != right;
    if (op == u">")
        return left > right;
    if (op == u"<")
        return left < right;
    if (op == u">=")
        return left >= right;
    return left <= right; // "<="
}

} // namespace

bool CacheListQuery::addFilter(const QString &expression, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^([a-zA-Z_]+)\s*(==|!=|>=|<=|>|<|=)\s*(.+)$)"));
    const auto match = pattern.match(expression.trimmed());
    if (!match.hasMatch()) {
        *error = QStringLiteral("Invalid filter expression: '%1'.").arg(expression);
        return false;
    }
    const QString key = match.captured(1).toLower();
    const QString op = match.captured(2);
    const QString value = match.captured(3).trimmed();
    if (op == u"==") {
        *error = QStringLiteral("Unsupported operator '%1' in filter '%2'. Must be one of =, !=, >, <, >=, <=.").arg(op, expression);
        return false;
    }
    if (key == u"size") {
        const auto threshold = HumanFormat::parseSize(value, error);
        if (!threshold)
            return false;
        m_filters.append([op, threshold = double(*threshold)](const Entry &entry, double) {
            return compare(double(entry.revision ? entry.revision->sizeOnDisk : entry.repo->sizeOnDisk), op, threshold);
        });
        return true;
    }
    if (key == u"accessed" || key == u"modified") {
        const auto seconds = HumanFormat::parseDuration(value, error);
        if (!seconds)
            return false;
        const bool accessed = key == u"accessed";
        m_filters.append([op, accessed, seconds = double(*seconds)](const Entry &entry, double now) {
            // hf judges a revision by its repo's access time; HubDeck by its own (its newest
            // blob's, CachedRevision::lastAccessed), as the GUI's filter and quick selects do:
            // a repo read yesterday does not make its old detached revisions recent.
            const double timestamp = entry.revision ? (accessed ? entry.revision->lastAccessed : entry.revision->lastModified)
                                                    : (accessed ? entry.repo->lastAccessed : entry.repo->lastModified);
            return compare(now - timestamp, op, seconds);
        });
        return true;
    }
    if (key == u"type" || key == u"refs") {
        if (op != u"=") {
            *error = QStringLiteral("Only '=' is supported for '%1' filters. Got '%2'.").arg(key, op);
            return false;
        }
        const QString expected = value.toLower();
        if (key == u"type") {
            m_filters.append([expected](const Entry &entry, double) { return repoTypeName(entry.repo->type) == expected; });
        } else {
            m_filters.append([expected](const Entry &entry, double) {
                const QStringList refs = entry.revision ? entry.revision->refs : entry.repo->refs();
                return std::any_of(refs.cbegin(), refs.cend(), [&](const QString &ref) { return ref.toLower() == expected; });
            });
        }
        return true;
    }
    *error =
        QStringLiteral("Unsupported filter key '%1' in '%2'. Must be one of accessed, modified, refs, size, type.").arg(key, expression);
    return false;
}

bool CacheListQuery::setSort(const QString &expression, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^([a-z_]+)(?::(asc|desc))?$"));
    const auto match = pattern.match(expression.trimmed().toLower());
    if (!match.hasMatch()) {
        *error = QStringLiteral("Invalid sort expression: '%1'. Expected format: 'key' or 'key:asc' or 'key:desc'.").arg(expression);
        return false;
    }
    const QString key = match.captured(1);
    if (key != u"accessed" && key != u"modified" && key != u"name" && key != u"size") {
        *error = QStringLiteral("Unsupported sort key '%1' in '%2'. Must be one of accessed, modified, name, size.").arg(key, expression);
        return false;
    }
    m_sortKey = key;
    const QString order = match.captured(2);
    m_descending = order.isEmpty() ? key != u"name" : order == u"desc";
    return true;
}

QList<CacheListQuery::Entry> CacheListQuery::run(const CacheScan &scan, double now) const
{
    QList<Entry> entries;
    for (const CachedRepo &repo : scan.repos) {
        if (!m_revisions) {
            entries.append({&repo, nullptr});
            continue;
        }
        for (const CachedRevision &revision : repo.revisions)
            entries.append({&repo, &revision});
    }
    // hf's base order: cache id, then commit hash.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const QString idA = a.repo->cacheId(), idB = b.repo->cacheId();
        if (idA != idB)
            return idA < idB;
        return a.revision && b.revision && a.revision->commitHash < b.revision->commitHash;
    });
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [&](const Entry &entry) {
                                     return !std::all_of(m_filters.cbegin(), m_filters.cend(),
                                                         [&](const Predicate &filter) { return filter(entry, now); });
                                 }),
                  entries.end());
    if (!m_sortKey.isEmpty()) {
        auto value = [this](const Entry &entry) -> double {
            if (m_sortKey == u"size")
                return double(entry.revision ? entry.revision->sizeOnDisk : entry.repo->sizeOnDisk);
            if (m_sortKey == u"accessed")
                return entry.revision ? entry.revision->lastAccessed : entry.repo->lastAccessed;
            return entry.revision ? entry.revision->lastModified : entry.repo->lastModified;
        };
        // Python's sort is stable, reverse included.
        std::stable_sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
            if (m_sortKey == u"name") {
                const QString x = a.repo->cacheId().toLower(), y = b.repo->cacheId().toLower();
                return m_descending ? y < x : x < y;
            }
            return m_descending ? value(b) < value(a) : value(a) < value(b);
        });
    }
    if (m_limit >= 0 && entries.size() > m_limit)
        entries.resize(m_limit);
    return entries;
}

} // namespace hubdeck
