// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>

#include <ctime>
#include <limits>
#include <sys/stat.h>

namespace hubdeck {

// When a file came into a folder that a deletion set aside, by the times the kernel keeps on its
// inode: the one rule by which the run that removes the folder keeps what a program wrote there
// (SafeRemover::setKeepArrivals) and by which a listing says what that run will keep
// (AsideFolder::measureKept), so that the two never disagree.
class ArrivalTime
{
public:
    // The statx fields the rule reads; ask for them.
    static constexpr unsigned int kMask = STATX_TYPE | STATX_BTIME | STATX_MTIME | STATX_CTIME;
    // No end: the run that set the folder aside is still going.
    static constexpr qint64 kOpen = std::numeric_limits<qint64>::max();

    // Whether the inode statx described was made after sinceNs (ns since the epoch, the kernel's
    // clock; a tie is the folder's own):
    // - its birth time (btime), where the filesystem keeps one;
    // - where it keeps none (ext4 made with 128-byte inodes, NFS, some FUSE filesystems: attack
    //   Z11, the run finishing a stopped deletion deleted what was written into it since), a
    //   file or link whose content was written after sinceNs: its mtime later, and no later
    //   than its ctime, which every write moves with it. An mtime after the ctime was set by
    //   hand (an archive unpacked with times in the future); a ctime alone moves with a chown -R
    //   or the stopped run's own unlinks of a file's other names (attack X1). A folder's times
    //   move with each name made or removed in it, by the deletion too: never by this rule; it
    //   stays by what it holds. Such filesystems often keep whole seconds only: what is written
    //   within the second of sinceNs cannot be told from the folder's own, and goes with it.
    // What was moved in keeps its birth time and mtime: only its ctime tells (the ctime rule of
    // SafeRemover::setKeepArrivals, which only the run that set the folder aside may use).
    [[nodiscard]] static bool isAfter(const struct statx &stx, qint64 sinceNs)
    {
        if (stx.stx_mask & STATX_BTIME)
            return nanoseconds(stx.stx_btime) > sinceNs;
        if (S_ISDIR(stx.stx_mode) || (stx.stx_mask & (STATX_MTIME | STATX_CTIME)) != (STATX_MTIME | STATX_CTIME))
            return false;
        const qint64 written = nanoseconds(stx.stx_mtime);
        return written > sinceNs && written <= nanoseconds(stx.stx_ctime);
    }

    // Whether the inode statx described was moved or linked into the folder between sinceNs and
    // untilNs (ns since the epoch, both ends as isAfter's): a rename or a link keeps the birth
    // time and mtime and moves the ctime only (attack W1). A folder's ctime moves with each name
    // made in it too: a folder counts only when its mtime is from before sinceNs (moved in
    // whole); one a writer put a file into is walked, the file told by its own times. The ctime
    // moves with a chmod, a chown or another name's unlink as well, so what this rule keeps may
    // be the folder's own: it is kept apart, never under the entry's name (attack Z13).
    // untilNs bounds it to the run that set the folder aside and stopped (attack Z9: a file moved
    // in during that run was deleted by the run finishing it): what changed while the deletion
    // waited is not told from a chown -R or a hard-link backup then (attack X1).
    [[nodiscard]] static bool isMovedIn(const struct statx &stx, qint64 sinceNs, qint64 untilNs)
    {
        if (!(stx.stx_mask & STATX_CTIME))
            return false;
        if (const qint64 changed = nanoseconds(stx.stx_ctime); changed <= sinceNs || changed > untilNs)
            return false;
        return !S_ISDIR(stx.stx_mode) || ((stx.stx_mask & STATX_MTIME) && nanoseconds(stx.stx_mtime) <= sinceNs);
    }

    [[nodiscard]] static qint64 nanoseconds(const statx_timestamp &t) { return qint64(t.tv_sec) * 1000000000 + qint64(t.tv_nsec); }
    [[nodiscard]] static qint64 nanoseconds(const timespec &t) { return qint64(t.tv_sec) * 1000000000 + qint64(t.tv_nsec); }
};

} // namespace hubdeck
