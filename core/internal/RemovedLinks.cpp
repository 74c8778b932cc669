// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "RemovedLinks.h"

#include "UniqueFd.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace hubdeck {

namespace {

[[nodiscard]] qint64 nanoseconds(const timespec &t)
{
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

} // namespace

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
        m_changedAt.insert(FileIdentity::of(after), nanoseconds(after.st_ctim));
    return 0;
}

bool RemovedLinks::changedByRemoval(const FileIdentity &file, qint64 ctimeNs) const
{
    const auto at = m_changedAt.constFind(file);
    return at != m_changedAt.cend() && *at == ctimeNs;
}

} // namespace hubdeck
