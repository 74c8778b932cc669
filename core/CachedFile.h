// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace hubdeck {

// A snapshot entry. Kept small: a scan can hold millions of them.
struct CachedFile
{
    QString relativePath; // path inside the snapshot folder, '/'-separated, not resolved
    int blob = -1;        // index into CachedRepo::blobs

    [[nodiscard]] QStringView fileName() const
    {
        const qsizetype slash = relativePath.lastIndexOf(u'/');
        return slash < 0 ? QStringView(relativePath) : QStringView(relativePath).mid(slash + 1);
    }
};

} // namespace hubdeck
