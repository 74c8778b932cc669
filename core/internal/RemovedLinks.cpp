// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "RemovedLinks.h"

#include "ArrivalTime.h"
#include "UniqueFd.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace hubdeck {

int RemovedLinks::unlink(int dirFd, const char *name, const struct stat &before)
{
    UniqueFd file;
    if (S_ISREG(before.st_mode) && before.st_nlink > 1)
        file = UniqueFd(::openat(dirFd, name, O_PATH | O_NOFOLLOW | O_CLOEXEC));
    if (::unlinkat(dirFd, name, 0) != 0)
        return errno;
    struct stat after
    {
    };
    // Still reached by another name, and the file that was listed (not one swapped in between).
    if (file.isValid() && ::fstat(file.get(), &after) == 0 && after.st_nlink > 0 && FileIdentity::of(after) == FileIdentity::of(before))
        m_changedAt.insert(FileIdentity::of(after), ArrivalTime::nanoseconds(after.st_ctim));
    return 0;
}

InodeRanges RemovedLinks::changedWithin(quint64 device, qint64 sinceNs, qint64 untilNs) const
{
    QList<quint64> inodes;
    for (auto it = m_changedAt.cbegin(); it != m_changedAt.cend(); ++it)
        if (it.key().device == device && *it > sinceNs && *it <= untilNs)
            inodes.append(it.key().inode);
    InodeRanges changed = InodeRanges::of(std::move(inodes));
    for (const Stopped &stopped : m_stopped) // what a stopped run recorded stays recorded
        if (stopped.device == device)
            changed = changed.united(stopped.inodes);
    return changed;
}

bool RemovedLinks::changedByRemoval(const FileIdentity &file, qint64 ctimeNs) const
{
    if (const auto at = m_changedAt.constFind(file); at != m_changedAt.cend() && *at == ctimeNs)
        return true;
    return std::any_of(m_stopped.cbegin(), m_stopped.cend(), [&](const Stopped &stopped) {
        return stopped.device == file.device && ctimeNs > stopped.sinceNs && ctimeNs <= stopped.untilNs &&
               stopped.inodes.contains(file.inode);
    });
}

} // namespace hubdeck
