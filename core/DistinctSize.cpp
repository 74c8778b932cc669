// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DistinctSize.h"

namespace hubdeck {

bool DistinctSize::add(quint64 device, quint64 inode, qint64 size)
{
    if (inode != 0) {
        const auto key = std::pair(device, inode);
        if (m_seen.contains(key))
            return false;
        m_seen.insert(key);
    }
    m_total += size;
    return true;
}

} // namespace hubdeck
