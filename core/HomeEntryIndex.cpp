// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HomeEntryIndex.h"

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
}

} // namespace hubdeck
