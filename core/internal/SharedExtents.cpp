// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SharedExtents.h"

#include "SharedExtentLedger.h"
#include "UniqueFd.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <linux/magic.h>
#include <mutex>
#include <optional>
#include <sys/ioctl.h>
#include <sys/vfs.h>
#include <thread>
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
    return ask(dirFd, name, st).shared;
}

namespace {

// The file's extents that have an address, or nothing when FIEMAP fails; unlocated: the bytes
// of shared extents without one, counted but not comparable.
std::vector<SharedExtents::Extent> extentsOf(int fd, qint64 &unlocated)
{
    unlocated = 0;
    std::vector<SharedExtents::Extent> extents;
    constexpr int kExtents = 64;
    alignas(struct fiemap) char buffer[sizeof(struct fiemap) + kExtents * sizeof(struct fiemap_extent)];
    auto *map = reinterpret_cast<struct fiemap *>(buffer);
    quint64 start = 0;
    for (;;) {
        std::fill(std::begin(buffer), std::end(buffer), char(0));
        map->fm_start = start;
        map->fm_length = FIEMAP_MAX_OFFSET - start;
        map->fm_extent_count = kExtents;
        if (::ioctl(fd, FS_IOC_FIEMAP, map) != 0 || map->fm_mapped_extents == 0)
            break;
        bool last = false;
        for (quint32 i = 0; i < map->fm_mapped_extents; ++i) {
            const struct fiemap_extent &extent = map->fm_extents[i];
            // Data inline in metadata or not yet allocated has no physical address to compare.
            const bool shared = (extent.fe_flags & FIEMAP_EXTENT_SHARED) != 0;
            if (!(extent.fe_flags & (FIEMAP_EXTENT_UNKNOWN | FIEMAP_EXTENT_DATA_INLINE | FIEMAP_EXTENT_DELALLOC)))
                extents.push_back({extent.fe_physical, extent.fe_length, shared});
            else if (shared)
                unlocated += qint64(extent.fe_length);
            last = last || (extent.fe_flags & FIEMAP_EXTENT_LAST);
            start = extent.fe_logical + extent.fe_length;
        }
        if (last || map->fm_mapped_extents < kExtents)
            break;
    }
    return extents;
}

} // namespace

SharedExtents::Answer SharedExtents::ask(int dirFd, const char *name, const struct stat &st, const SharedExtentLedger *ledger)
{
    Answer answer;
    if (!S_ISREG(st.st_mode) || st.st_blocks == 0)
        return answer;
    // Known not to share (ext4, tmpfs): no open at all, as a walk asks this of every file.
    if (const std::optional<bool> known = knownAnswer(st.st_dev); known && !*known)
        return answer;
    const int flags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC;
    UniqueFd fd(::openat(dirFd, name, flags | O_NOATIME));
    if (!fd.isValid() && errno == EPERM) // O_NOATIME is the owner's; opening alone records no access
        fd = UniqueFd(::openat(dirFd, name, flags));
    struct stat opened
    {
    };
    if (!fd.isValid() || ::fstat(fd.get(), &opened) != 0 || opened.st_dev != st.st_dev || opened.st_ino != st.st_ino)
        return answer;
    if (!possible(fd.get(), st.st_dev))
        return answer;
    qint64 unlocated = 0;
    answer.extents = extentsOf(fd.get(), unlocated);
    const auto sharedWithRemoved = [&] {
        return ledger && std::any_of(answer.extents.cbegin(), answer.extents.cend(), [&](const Extent &extent) {
                   return extent.shared && ledger->overlaps(st.st_dev, extent.physical, extent.length);
               });
    };
    // XFS frees a removed file's blocks in the background (inode inactivation, a few jiffies
    // later; syncfs does not wait for it, statfs pushes it): until then the file that shared them
    // reads "shared". Asked again for up to ~0.13 s there, and only for a file holding blocks of
    // one the deletion removed; a third holder keeps them shared, and the answer stands. btrfs
    // answers at once (attack T6: 0.13 s a file on both, 13 s for 100 files on btrfs).
    struct statfs fs
    {
    };
    const bool settlesLate = sharedWithRemoved() && ::fstatfs(fd.get(), &fs) == 0 && long(fs.f_type) == long(XFS_SUPER_MAGIC);
    for (int wait = 1; settlesLate && wait <= 64 && sharedWithRemoved(); wait *= 2) {
        ::fstatfs(fd.get(), &fs);
        answer.extents = extentsOf(fd.get(), unlocated);
        if (!sharedWithRemoved())
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(wait));
        answer.extents = extentsOf(fd.get(), unlocated);
    }
    qint64 shared = unlocated;
    for (const Extent &extent : answer.extents)
        if (extent.shared)
            shared += qint64(extent.length);
    answer.shared = std::min(shared, qint64(st.st_blocks) * 512);
    return answer;
}

} // namespace hubdeck
