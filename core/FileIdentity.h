// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QHashFunctions>
#include <QtGlobal>

#include <sys/stat.h>

namespace hubdeck {

// A file as the kernel knows it: its device and inode (st_dev, st_ino), whatever name or link
// reaches it. The key of every "same file?" question: a hard link counted once, a lock or an
// open file matched to an entry, an access token found under another spelling.
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;

    [[nodiscard]] static FileIdentity of(const struct stat &st) { return {quint64(st.st_dev), quint64(st.st_ino)}; }
    bool operator==(const FileIdentity &other) const = default;
};

inline size_t qHash(const FileIdentity &key, size_t seed = 0)
{
    return qHashMulti(seed, key.device, key.inode);
}

} // namespace hubdeck
