// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FileIdentity.h"

#include <QHash>
#include <QSet>

namespace hubdeck {

// Files with several hard links (st_nlink > 1), met one name at a time in a walk: a file counts
// once, and only when all its names were met, as a measure of a tree counts it (TreeMeasure):
// one with a name outside was never in that measure, so what is taken out of it must leave it
// out too (attacks Z1, Z6). A name may be met without counting (a name that was there before,
// beside one that arrived): the file then counts only if one of its names does.
class LinkTally
{
public:
    // One name of the file `id`, which has `names` links and holds `bytes` on disk.
    void add(const FileIdentity &id, quint64 names, qint64 bytes, bool counts = true)
    {
        File &file = m_files[id];
        file.names = names;
        file.bytes = bytes;
        ++file.seen;
        file.counts = file.counts || counts;
    }
    // The bytes of the files that count and whose names were all met, each once.
    [[nodiscard]] qint64 wholeBytes() const
    {
        qint64 bytes = 0;
        for (const File &file : m_files)
            if (file.counts && file.seen >= file.names)
                bytes += file.bytes;
        return bytes;
    }
    // The files that count but have a name that was not met.
    [[nodiscard]] QSet<FileIdentity> partial() const
    {
        QSet<FileIdentity> ids;
        for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
            if (it->counts && it->seen < it->names)
                ids.insert(it.key());
        return ids;
    }

private:
    struct File
    {
        qint64 bytes = 0;
        quint64 names = 0;
        quint64 seen = 0;
        bool counts = false;
    };
    QHash<FileIdentity, File> m_files;
};

} // namespace hubdeck
