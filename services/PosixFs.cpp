#include "PosixFs.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>

namespace hubdeck {

UniqueFd PosixFs::openDir(int dirFd, const QByteArray &name, bool followLinks)
{
    int flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC;
    if (!followLinks)
        flags |= O_NOFOLLOW;
    return UniqueFd(::openat(dirFd, name.constData(), flags));
}

UniqueFd PosixFs::openDir(const QString &absolutePath)
{
    return openDir(AT_FDCWD, encode(absolutePath), true);
}

bool PosixFs::listDir(int dirFd, QList<Entry> &entries)
{
    // fdopendir takes ownership of the descriptor it is given, so hand it a duplicate.
    const int dup = ::fcntl(dirFd, F_DUPFD_CLOEXEC, 0);
    if (dup < 0)
        return false;
    DIR *dir = ::fdopendir(dup);
    if (!dir) {
        const int saved = errno;
        ::close(dup);
        errno = saved;
        return false;
    }
    ::rewinddir(dir);
    errno = 0;
    while (const dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        entries.append({QByteArray(name), entry->d_type});
    }
    const int saved = errno;
    ::closedir(dir);
    errno = saved;
    return saved == 0;
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

bool PosixFs::statAt(int dirFd, const QByteArray &name, struct stat &st, bool followLinks)
{
    return ::fstatat(dirFd, name.constData(), &st, followLinks ? 0 : AT_SYMLINK_NOFOLLOW) == 0;
}

std::optional<QByteArray> PosixFs::readSmallFile(int dirFd, const QByteArray &name, qint64 maxBytes, bool followLinks)
{
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever. Only a regular
    // file is read; a FIFO, a device or a socket fails with EINVAL before any read.
    int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK;
    if (!followLinks)
        flags |= O_NOFOLLOW;
    UniqueFd fd(::openat(dirFd, name.constData(), flags));
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
    QByteArray content;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
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

QString PosixFs::decode(const QByteArray &name)
{
    return QFile::decodeName(name);
}

QByteArray PosixFs::encode(const QString &name)
{
    return QFile::encodeName(name);
}

QString PosixFs::errorString(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace hubdeck
