// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FileName.h"
#include "UniqueFd.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <sys/stat.h>

namespace hubdeck {

// Whether an *at() call may follow a symbolic link at the last component. Named at every call
// because it decides safety: deleting never follows (O_NOFOLLOW, AT_SYMLINK_NOFOLLOW), while
// reading a snapshot follows its links to their blobs.
enum class Links {
    Follow,
    NoFollow,
};

// Thin, exception-free wrappers over the *at() family. Names stay raw bytes: Linux file
// names need not be valid UTF-8, and a name must survive the round trip to be removed.
class PosixFs
{
public:
    struct Entry
    {
        QByteArray name;
        unsigned char type = 0; // DT_* from readdir; DT_UNKNOWN on some file systems
    };

    // O_DIRECTORY open; with Links::NoFollow a symlinked directory is refused (ELOOP/ENOTDIR).
    // O_NOATIME where the kernel allows it (the owner): listing never records an access.
    [[nodiscard]] static UniqueFd openDir(int dirFd, const QByteArray &name, Links links);
    [[nodiscard]] static UniqueFd openDir(const QString &absolutePath);
    // Every entry but "." and "..". Returns false and sets errno on failure.
    [[nodiscard]] static bool listDir(int dirFd, QList<Entry> &entries);
    [[nodiscard]] static std::optional<QByteArray> readLink(int dirFd, const QByteArray &name);
    // realpath(3): links and ".." resolved as the kernel resolves them, the name's bytes kept
    // through FileName (QFileInfo::canonicalFilePath would read a non-UTF-8 name as another);
    // empty when the path, or a folder on the way, is not there. errno is set on failure.
    [[nodiscard]] static QString realPath(const QString &path);
    // "<real path of its folder>/<name>" for an absolute path: where that name is, whatever
    // links lead to its folder, the name itself not followed (an entry that is a link is the
    // link); the path cleaned when its folder is not there.
    [[nodiscard]] static QString realLocation(const QString &path);
    [[nodiscard]] static bool statAt(int dirFd, const QByteArray &name, struct stat &st, Links links);
    // Whether the path (its own bytes, FileName) is a folder / a regular file itself, never
    // through a link: lstat(2).
    [[nodiscard]] static bool isFolder(const QString &path);
    [[nodiscard]] static bool isRegularFile(const QString &path);
    // The path's birth time (statx STATX_BTIME, the link itself), in nanoseconds since the
    // epoch, or 0 where the filesystem does not keep it: with the inode number, which ext4
    // gives again at once to a new file, it tells a folder made anew in the place of another.
    [[nodiscard]] static qint64 birthTime(const QString &path);
    // The same for name in the folder open at dirFd (links not followed); 0 when unknown.
    [[nodiscard]] static qint64 birthTimeAt(int dirFd, const QByteArray &name);
    // Whether path lies on overlayfs (statfs f_type OVERLAYFS_SUPER_MAGIC): a container's root,
    // whose image layers are read-only below a writable one. Removing a file of an image layer
    // there hides it behind a whiteout and frees nothing; renaming a folder of one fails (EXDEV)
    // unless the mount has redirect_dir.
    [[nodiscard]] static bool isOverlay(const QString &path);
    // Whether the folder open at fd is on a filesystem the kernel makes up and no disk holds
    // (proc, sysfs, cgroup, debugfs, devpts, autofs, …: statfs f_type, linux/magic.h): walking
    // it measures nothing (st_blocks are 0), can take long (/proc/*/task/*) or mount things
    // (autofs), and deleting in it is never the point (attack R11: HF_HOME=/ walked /proc and /sys).
    [[nodiscard]] static bool isSystemFilesystem(int fd);
    // The bytes free on the filesystem holding path (statvfs f_bfree × f_frsize: what the disk
    // has, reserved blocks included), or -1. On overlayfs, the writable layer's filesystem.
    [[nodiscard]] static qint64 freeBytes(const QString &path);
    // A regular file's whole content, or nullopt with errno set: EFBIG above maxBytes, EINVAL for
    // anything but a regular file (a FIFO or a device is never read, and opening never blocks).
    // The file's access time stays as it was, as QuietFile keeps it: O_NOATIME, or, where the
    // kernel refuses it (a file the user does not own), the atime put back after the read.
    [[nodiscard]] static std::optional<QByteArray> readSmallFile(int dirFd, const QByteArray &name, qint64 maxBytes, Links links);
    // Whether reads try O_NOATIME (QuietFile, readSmallFile); off only in tests, to exercise
    // the restoring of the access time.
    [[nodiscard]] static bool noAtimeAllowed();
    static void setNoAtimeAllowed(bool allowed);

    [[nodiscard]] static double seconds(const struct timespec &ts) { return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9; }
    [[nodiscard]] static QString errorString(int error);
    // Whether the sticky bit of the folder `dir` lets the calling thread remove `child` from it:
    // with S_ISVTX (a shared, world-writable folder like /tmp) only the child's owner, the
    // folder's owner or a thread with CAP_FOWNER may (the kernel's rule, unlink(2) EPERM).
    // true for a folder without the bit.
    [[nodiscard]] static bool stickyAllows(const struct stat &dir, const struct stat &child);
    // A user's login name from the password database, "uid N" when it has none (a container's
    // user), for messages that say whose a file is. getpwuid: call from one thread at a time.
    [[nodiscard]] static QString userName(uid_t uid);
    // Whether the calling thread can read this file without changing its access time:
    // O_NOATIME, and putting the time back, are allowed to the file's owner and to a thread
    // with CAP_FOWNER only. A read that is not needed is better skipped otherwise.
    [[nodiscard]] static bool readsQuietly(const struct stat &file);
    // "a FIFO", "a character device", "a socket"...: what a st_mode is, for messages.
    [[nodiscard]] static QString typeName(mode_t mode);

private:
    // Up to maxBytes + 1 bytes of fd, to its end; nullopt with errno set (EFBIG above maxBytes).
    [[nodiscard]] static std::optional<QByteArray> readAll(int fd, qint64 maxBytes);
};

} // namespace hubdeck
