// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>

#include <sys/stat.h>

namespace hubdeck {

// Blocks a regular file shares with other files: reflinks (`cp` makes them by default on btrfs
// and XFS since coreutils 9, and so do `cp --reflink`, deduplication tools and btrfs
// snapshots). Removing the file gives them back only once every other holder goes too, so a
// "freed" figure built on st_blocks alone would count bytes the disk keeps (attack Q1: "freed
// 209.7M" while df moved by nothing). Read from the kernel's FIEMAP_EXTENT_SHARED flag
// (ioctl FS_IOC_FIEMAP, without FIEMAP_FLAG_SYNC: nothing is flushed); asked only on
// filesystems that share extents (btrfs, XFS, bcachefs, OCFS2), so ext4 and tmpfs cost nothing.
// Who the other holder is is not known: two reflinked copies deleted together count as
// shared both, and the figure is then lower than what the disk got back, never higher.
class SharedExtents
{
public:
    // Bytes of the regular file `name` in the folder open at dirFd (AT_FDCWD: a path) held in
    // extents shared with other files, at most st_blocks × 512; 0 for anything else, on other
    // filesystems, or when the file cannot be opened or is no longer the one `st` describes.
    // Opened read-only with O_NOATIME where allowed and never read: its times stay as they are.
    [[nodiscard]] static qint64 bytes(int dirFd, const char *name, const struct stat &st);
    // Whether the filesystem that holds the file open at fd shares extents between files.
    // Remembered per device (st_dev) for the life of the process.
    [[nodiscard]] static bool possible(int fd, dev_t device);
};

} // namespace hubdeck
