// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SharedExtents.h"

#include "UniqueFd.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <linux/magic.h>
#include <mutex>
#include <optional>
#include <sys/ioctl.h>
#include <sys/vfs.h>
#include <unordered_map>

namespace hubdeck {

namespace {

// Filesystems whose files can share extents (linux/magic.h has the first two).
constexpr long kBcachefsMagic = 0xca451a4e;
constexpr long kOcfs2Magic = 0x7461636f;

bool sharesExtents(long type)
{
    return type == long(BTRFS_SUPER_MAGIC) || type == long(XFS_SUPER_MAGIC) || type == kBcachefsMagic || type == kOcfs2Magic;
}

} // namespace

namespace {

std::mutex &answersMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::unordered_map<dev_t, bool> &answers()
{
    static std::unordered_map<dev_t, bool> map;
    return map;
}

// The answer for a device already asked, without a lock nearly always: the last device a thread
// saw (a walked tree is one filesystem).
std::optional<bool> knownAnswer(dev_t device)
{
    thread_local dev_t lastDevice = 0;
    thread_local std::optional<bool> lastAnswer;
    if (lastAnswer && lastDevice == device)
        return lastAnswer;
    const std::lock_guard lock(answersMutex());
    const auto it = answers().find(device);
    if (it == answers().end())
        return std::nullopt;
    lastDevice = device;
    lastAnswer = it->second;
    return lastAnswer;
}

} // namespace

bool SharedExtents::possible(int fd, dev_t device)
{
    if (const std::optional<bool> known = knownAnswer(device))
        return *known;
    struct statfs fs
    {
    };
    if (::fstatfs(fd, &fs) != 0)
        return false; // not remembered: asked again with the next file
    const bool answer = sharesExtents(long(fs.f_type));
    const std::lock_guard lock(answersMutex());
    answers().emplace(device, answer);
    return answer;
}

qint64 SharedExtents::bytes(int dirFd, const char *name, const struct stat &st)
{
    if (!S_ISREG(st.st_mode) || st.st_blocks == 0)
        return 0;
    // Known not to share (ext4, tmpfs): no open at all, as a walk asks this of every file.
    if (const std::optional<bool> known = knownAnswer(st.st_dev); known && !*known)
        return 0;
    const int flags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC;
    UniqueFd fd(::openat(dirFd, name, flags | O_NOATIME));
    if (!fd.isValid() && errno == EPERM) // O_NOATIME is the owner's; opening alone records no access
        fd = UniqueFd(::openat(dirFd, name, flags));
    struct stat opened
    {
    };
    if (!fd.isValid() || ::fstat(fd.get(), &opened) != 0 || opened.st_dev != st.st_dev || opened.st_ino != st.st_ino)
        return 0;
    if (!possible(fd.get(), st.st_dev))
        return 0;
    constexpr int kExtents = 64;
    alignas(struct fiemap) char buffer[sizeof(struct fiemap) + kExtents * sizeof(struct fiemap_extent)];
    auto *map = reinterpret_cast<struct fiemap *>(buffer);
    qint64 shared = 0;
    quint64 start = 0;
    for (;;) {
        std::fill(std::begin(buffer), std::end(buffer), char(0));
        map->fm_start = start;
        map->fm_length = FIEMAP_MAX_OFFSET - start;
        map->fm_extent_count = kExtents;
        if (::ioctl(fd.get(), FS_IOC_FIEMAP, map) != 0 || map->fm_mapped_extents == 0)
            break;
        bool last = false;
        for (quint32 i = 0; i < map->fm_mapped_extents; ++i) {
            const struct fiemap_extent &extent = map->fm_extents[i];
            if (extent.fe_flags & FIEMAP_EXTENT_SHARED)
                shared += qint64(extent.fe_length);
            last = last || (extent.fe_flags & FIEMAP_EXTENT_LAST);
            start = extent.fe_logical + extent.fe_length;
        }
        if (last || map->fm_mapped_extents < kExtents)
            break;
    }
    return std::min(shared, qint64(st.st_blocks) * 512);
}

} // namespace hubdeck
