// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FileIdentity.h"

#include <QMutex>
#include <QSet>

#include <sys/stat.h>

namespace hubdeck {

// Inodes already counted, for a TreeMeasure::Admit that counts each inode once: only those with
// more than one link are remembered, so a tree of ordinary files costs no memory per file.
// Thread-safe: TreeMeasure admits from several threads at once.
class SeenInodes
{
public:
    // Whether this is the first time the inode is seen (always true for a folder or a file with
    // one link, which no other name reaches).
    [[nodiscard]] bool firstTime(const struct stat &st)
    {
        if (S_ISDIR(st.st_mode) || st.st_nlink <= 1)
            return true;
        const QMutexLocker lock(&m_mutex);
        const qsizetype before = m_seen.size();
        m_seen.insert(FileIdentity::of(st));
        return m_seen.size() != before;
    }

private:
    QMutex m_mutex;
    QSet<FileIdentity> m_seen;
};

} // namespace hubdeck
