// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FileIdentity.h"

#include <QHash>
#include <QString>

#include <sys/types.h>

namespace hubdeck {

// Which files running processes are using right now, as /proc shows them to this user: the
// files they hold open (/proc/<pid>/fd), the files they have mapped (/proc/<pid>/maps: Arrow
// caches are memory-mapped) and the files they hold a lock on (/proc/locks: datasets' and
// xet's file locks, flock or fcntl). Files are known by device and inode, never by path, so a
// renamed or hard-linked file is still recognised. Processes of other users are not visible
// and are not reported; neither is HubDeck itself.
class InUseFiles
{
public:
    struct Holder
    {
        qint64 pid = 0;
        QString command;   // /proc/<pid>/comm, e.g. "python3"
        bool lock = false; // held through a lock rather than open or mapped
    };

    // Reads /proc now. Cheap enough to call before each deletion (a few thousand readlinks).
    [[nodiscard]] static InUseFiles snapshot();

    [[nodiscard]] bool isEmpty() const { return m_holders.isEmpty(); }
    [[nodiscard]] const Holder *holder(dev_t device, ino_t inode) const;
    // "held open by python3 (pid 4242)" or "locked by python3 (pid 4242)", for messages.
    [[nodiscard]] static QString describe(const Holder &holder);

    // For tests and for the scanner: records a holder of (device, inode).
    void add(dev_t device, ino_t inode, const Holder &holder);

private:
    QHash<FileIdentity, Holder> m_holders;
};

} // namespace hubdeck
