// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>

#include <sys/stat.h>
#include <vector>

namespace hubdeck {

// Blocks a regular file shares with other files: reflinks (`cp` makes them by default on btrfs
// and XFS since coreutils 9, and so do `cp --reflink`, deduplication tools and btrfs
// snapshots). Removing the file gives them back only once every other holder goes too, so a
// "freed" figure built on st_blocks alone would count bytes the disk keeps (attack Q1: "freed
// 209.7M" while df moved by nothing). Read from the kernel's FIEMAP_EXTENT_SHARED flag
// (ioctl FS_IOC_FIEMAP, without FIEMAP_FLAG_SYNC: nothing is flushed); asked only on
// filesystems that share extents (btrfs, XFS, bcachefs, OCFS2), so ext4 and tmpfs cost nothing.
// Who the other holder is is not known from one file: SharedExtentLedger tells the blocks that
// only the files of one deletion share (attack S1), which that deletion frees.
class SharedExtentLedger;

class SharedExtents
{
public:
    struct Extent
    {
        quint64 physical = 0; // fe_physical: bytes from the start of the device
        quint64 length = 0;   // bytes
        bool shared = false;  // FIEMAP_EXTENT_SHARED
    };
    struct Answer
    {
        qint64 shared = 0; // as bytes()
        // The file's extents (physical ones only: inline and delayed extents have no address),
        // filled only on filesystems that share extents.
        std::vector<Extent> extents;
    };
    // bytes() with the extents. With a deletion's ledger: a file whose shared extents hold
    // blocks of files the deletion already removed is asked again for a moment on XFS, which frees a
    // removed file's blocks in the background (inode inactivation) and says "shared" meanwhile:
    // two reflinked copies deleted together were "freed 8192", df 105 MB (attack S1).
    [[nodiscard]] static Answer ask(int dirFd, const char *name, const struct stat &st, const SharedExtentLedger *ledger = nullptr);
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
