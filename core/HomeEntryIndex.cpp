// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HomeEntryIndex.h"

#include <iterator>

namespace hubdeck {

HomeEntryIndex::HomeEntryIndex(const HomeScan &scan)
{
    for (const HomeScan::Part &part : scan.parts)
        for (const HomeEntry &entry : part.entries) {
            // The first that names a path keeps it, as HomeScan::entry returns the first.
            const auto add = [&](const QString &path) {
                if (!m_byPath.contains(path))
                    m_byPath.insert(path, &entry);
            };
            add(entry.path);
            for (const QString &member : entry.members)
                add(member);
        }
    for (const HomeScan::Part &part : scan.parts) {
        if (part.kind == QLatin1String("hub") || part.kind == QLatin1String("other") || !part.sameFolderAs.isEmpty())
            continue;
        for (const HomeEntry &entry : part.entries) {
            if (!entry.path.startsWith(part.path + u'/'))
                continue;
            for (qsizetype slash = entry.path.lastIndexOf(u'/'); slash > part.path.size();
                 slash = entry.path.lastIndexOf(u'/', slash - 1)) {
                const QString folder = entry.path.left(slash);
                if (m_holders.contains(folder))
                    break; // and the folders above it, from an earlier entry
                m_holders.insert(folder, &part);
            }
        }
    }
    // A folder that is an entry itself is that entry (datasets/downloads holds extracted/).
    for (auto it = m_holders.begin(); it != m_holders.end();)
        it = m_byPath.contains(it.key()) ? m_holders.erase(it) : std::next(it);
}

const HomeEntry *HomeEntryIndex::entryHolding(const QString &path) const
{
    for (qsizetype slash = path.lastIndexOf(u'/'); slash > 0; slash = path.lastIndexOf(u'/', slash - 1))
        if (const HomeEntry *entry = m_byPath.value(path.left(slash), nullptr); entry && entry->path == path.left(slash))
            return entry;
    return nullptr;
}

} // namespace hubdeck
