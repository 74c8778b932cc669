// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "PosixFs.h"

#include "FileName.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <iterator>
#include <linux/capability.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace hubdeck {

UniqueFd PosixFs::openDir(int dirFd, const QByteArray &name, Links links)
{
    int flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC;
    if (links == Links::NoFollow)
        flags |= O_NOFOLLOW;
    // Listing a folder is an access to it: O_NOATIME keeps it from recording one where we own
    // the folder (elsewhere the kernel refuses the flag, EPERM, and a plain open does), so that
    // other tools that age folders by atime (tmpreaper, systemd-tmpfiles) do not see the whole
    // home as just used after a listing (attack P2).
    const int fd = ::openat(dirFd, name.constData(), flags | O_NOATIME);
    return UniqueFd(fd >= 0 || errno != EPERM ? fd : ::openat(dirFd, name.constData(), flags));
}

UniqueFd PosixFs::openDir(const QString &absolutePath)
{
    return openDir(AT_FDCWD, FileName::encode(absolutePath), Links::Follow);
}

bool PosixFs::listDir(int dirFd, QList<Entry> &entries)
{
    // getdents64 on the descriptor itself: readdir would need fdopendir, which takes
    // ownership and so a duplicate (fcntl), plus its own checks and a close, for every folder
    // listed; on a whole-cache deletion that was a sixth of all system calls.
    if (::lseek(dirFd, 0, SEEK_SET) < 0)
        return false;
    alignas(struct dirent64) char buffer[32 * 1024];
    for (;;) {
        const ssize_t n = ::getdents64(dirFd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0)
            break;
        for (ssize_t offset = 0; offset < n;) {
            const auto *entry = reinterpret_cast<const struct dirent64 *>(buffer + offset);
            offset += entry->d_reclen;
            const char *name = entry->d_name;
            if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
                continue;
            entries.append({QByteArray(name), entry->d_type});
        }
    }
    errno = 0;
    return true;
}

QString PosixFs::realPath(const QString &path)
{
    char buffer[PATH_MAX];
    if (!::realpath(FileName::encode(path).constData(), buffer))
        return {};
    return FileName::decode(QByteArray(buffer));
}

QString PosixFs::realLocation(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = realPath(info.path());
    return folder.isEmpty() ? QDir::cleanPath(path) : (folder == u"/" ? folder : folder + u'/') + info.fileName();
}

std::optional<QByteArray> PosixFs::readLink(int dirFd, const QByteArray &name)
{
    QByteArray buffer(256, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = ::readlinkat(dirFd, name.constData(), buffer.data(), size_t(buffer.size()));
        if (n < 0)
            return std::nullopt;
        if (n < buffer.size()) {
            buffer.truncate(n);
            return buffer;
        }
        buffer.resize(buffer.size() * 4);
    }
}

bool PosixFs::statAt(int dirFd, const QByteArray &name, struct stat &st, Links links)
{
    return ::fstatat(dirFd, name.constData(), &st, links == Links::Follow ? 0 : AT_SYMLINK_NOFOLLOW) == 0;
}

std::optional<QByteArray> PosixFs::readSmallFile(int dirFd, const QByteArray &name, qint64 maxBytes, Links links)
{
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever. Only a regular
    // file is read; a FIFO, a device or a socket fails with EINVAL before any read.
    int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK;
    if (links == Links::NoFollow)
        flags |= O_NOFOLLOW;
    bool quiet = noAtimeAllowed();
    UniqueFd fd(quiet ? ::openat(dirFd, name.constData(), flags | O_NOATIME) : -1);
    if (!fd.isValid() && (!quiet || errno == EPERM)) {
        quiet = false;
        fd = UniqueFd(::openat(dirFd, name.constData(), flags));
    }
    if (!fd.isValid())
        return std::nullopt;
    struct stat st
    {
    };
    if (::fstat(fd.get(), &st) != 0)
        return std::nullopt;
    if (!S_ISREG(st.st_mode)) {
        errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
        return std::nullopt;
    }
    // Without O_NOATIME the read may record an access: put back the time from before it
    // (best effort, as QuietFile::close; errno of the read is kept).
    const auto restore = [&] {
        struct stat now
        {
        };
        const int saved = errno;
        if (!quiet && ::fstat(fd.get(), &now) == 0 &&
            (now.st_atim.tv_sec != st.st_atim.tv_sec || now.st_atim.tv_nsec != st.st_atim.tv_nsec)) {
            const timespec times[2] = {st.st_atim, {0, UTIME_OMIT}};
            (void)::futimens(fd.get(), times);
        }
        errno = saved;
    };
    const std::optional<QByteArray> content = readAll(fd.get(), maxBytes);
    restore();
    return content;
}

std::optional<QByteArray> PosixFs::readAll(int fd, qint64 maxBytes)
{
    QByteArray content;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return std::nullopt;
        }
        if (n == 0)
            break;
        content.append(buffer, n);
        if (content.size() > maxBytes) {
            errno = EFBIG;
            return std::nullopt;
        }
    }
    return content;
}

namespace {
std::atomic_bool g_noAtimeAllowed{true};
} // namespace

bool PosixFs::noAtimeAllowed()
{
    return g_noAtimeAllowed;
}

void PosixFs::setNoAtimeAllowed(bool allowed)
{
    g_noAtimeAllowed = allowed;
}

namespace {

// Capabilities are per thread: the calling thread's, as the kernel checks them.
bool hasFowner()
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    return ::syscall(SYS_capget, &header, data) == 0 && (data[0].effective & (1U << CAP_FOWNER)) != 0;
}

} // namespace

bool PosixFs::stickyAllows(const struct stat &dir, const struct stat &child)
{
    if (!(dir.st_mode & S_ISVTX))
        return true;
    const uid_t me = ::geteuid();
    return child.st_uid == me || dir.st_uid == me || hasFowner();
}

bool PosixFs::isOverlay(const QString &path)
{
    constexpr decltype(statfs::f_type) kOverlay = 0x794c7630; // OVERLAYFS_SUPER_MAGIC, linux/magic.h
    struct statfs fs
    {
    };
    return ::statfs(FileName::encode(path).constData(), &fs) == 0 && fs.f_type == kOverlay;
}

bool PosixFs::isSystemFilesystem(int fd)
{
    using Type = decltype(statfs::f_type);
    static constexpr Type kTypes[] = {
        Type(0x9fa0),     // PROC_SUPER_MAGIC
        Type(0x62656572), // SYSFS_MAGIC
        Type(0x27e0eb),   // CGROUP_SUPER_MAGIC
        Type(0x63677270), // CGROUP2_SUPER_MAGIC
        Type(0x64626720), // DEBUGFS_MAGIC
        Type(0x74726163), // TRACEFS_MAGIC
        Type(0x73636673), // SECURITYFS_MAGIC
        Type(0x6165676c), // PSTOREFS_MAGIC
        Type(0xcafe4a11), // BPF_FS_MAGIC
        Type(0x62656570), // CONFIGFS_MAGIC
        Type(0x1cd1),     // DEVPTS_SUPER_MAGIC
        Type(0x19800202), // MQUEUE_MAGIC
        Type(0x42494e4d), // BINFMTFS_MAGIC
        Type(0xde5e81e4), // EFIVARFS_MAGIC
        Type(0xf97cff8c), // SELINUX_MAGIC
        Type(0x65735543), // FUSE_CTL_SUPER_MAGIC
        Type(0x6e736673), // NSFS_MAGIC
        Type(0x0187),     // AUTOFS_SUPER_MAGIC
    };
    struct statfs fs
    {
    };
    return ::fstatfs(fd, &fs) == 0 && std::find(std::begin(kTypes), std::end(kTypes), fs.f_type) != std::end(kTypes);
}

qint64 PosixFs::freeBytes(const QString &path)
{
    struct statvfs fs
    {
    };
    if (::statvfs(FileName::encode(path).constData(), &fs) != 0)
        return -1;
    return qint64(fs.f_bfree) * qint64(fs.f_frsize);
}

QString PosixFs::userName(uid_t uid)
{
    if (const passwd *pw = ::getpwuid(uid))
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("uid %1").arg(uid);
}

bool PosixFs::readsQuietly(const struct stat &file)
{
    return file.st_uid == ::geteuid() || hasFowner();
}

QString PosixFs::errorString(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString PosixFs::typeName(mode_t mode)
{
    if (S_ISREG(mode))
        return QStringLiteral("a file");
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO");
    if (S_ISCHR(mode))
        return QStringLiteral("a character device");
    if (S_ISBLK(mode))
        return QStringLiteral("a block device");
    if (S_ISDIR(mode))
        return QStringLiteral("a directory");
    if (S_ISLNK(mode))
        return QStringLiteral("a symbolic link");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    return QStringLiteral("an unknown kind of file");
}

bool PosixFs::isFolder(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(FileName::encode(path).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool PosixFs::isRegularFile(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(FileName::encode(path).constData(), &st) == 0 && S_ISREG(st.st_mode);
}

qint64 PosixFs::birthTime(const QString &path)
{
    return birthTimeAt(AT_FDCWD, FileName::encode(path));
}

qint64 PosixFs::birthTimeAt(int dirFd, const QByteArray &name)
{
    struct statx stx
    {
    };
    if (::statx(dirFd, name.constData(), AT_SYMLINK_NOFOLLOW, STATX_BTIME, &stx) != 0 || !(stx.stx_mask & STATX_BTIME))
        return 0;
    return qint64(stx.stx_btime.tv_sec) * 1000000000 + qint64(stx.stx_btime.tv_nsec);
}

} // namespace hubdeck
