// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CachedBlob.h"

#include <QSet>

#include <utility>

namespace hubdeck {

// Bytes on disk counted once per file, however many names reach it: two repos' absolute links
// to one blob, two spellings of one folder, hard links. A file is known by (device, inode)
// from the scan's stat; a blob without them (built by hand, never stat'ed) counts every time.
class DistinctSize
{
public:
    // Adds size unless this (device, inode) was added before; true when it counted.
    bool add(quint64 device, quint64 inode, qint64 size);
    bool add(const CachedBlob &blob) { return add(blob.device, blob.inode, blob.size); }

    [[nodiscard]] qint64 total() const { return m_total; }

private:
    QSet<std::pair<quint64, quint64>> m_seen;
    qint64 m_total = 0;
};

} // namespace hubdeck
