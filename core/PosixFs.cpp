// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "PosixFs.h"

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace hubdeck {

UniqueFd PosixFs::openDir(int dirFd, const QByteArray &name, Links links)
{
    int flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC;
    if (links == Links::NoFollow)
        flags |= O_NOFOLLOW;
    return UniqueFd(::openat(dirFd, name.constData(), flags));
}

UniqueFd PosixFs::openDir(const QString &absolutePath)
{
    return openDir(AT_FDCWD, encode(absolutePath), Links::Follow);
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

namespace {

// The length of the well-formed UTF-8 sequence at bytes[i], or 0 when there is none (a stray
// continuation byte, a truncated sequence, an overlong form, a surrogate, beyond U+10FFFF):
// the rules of Python's strict UTF-8 codec, so the bytes it escapes are the ones escaped here.
qsizetype utf8SequenceLength(const unsigned char *bytes, qsizetype i, qsizetype size)
{
    const unsigned char lead = bytes[i];
    auto continuation = [&](qsizetype at, unsigned char low = 0x80, unsigned char high = 0xBF) {
        return at < size && bytes[at] >= low && bytes[at] <= high;
    };
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return continuation(i + 1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
        const unsigned char high = lead == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
        return continuation(i + 1, low, high) && continuation(i + 2) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const unsigned char low = lead == 0xF0 ? 0x90 : 0x80;  // no overlong forms
        const unsigned char high = lead == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
        return continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
    }
    return 0;
}

} // namespace

QString PosixFs::decode(const QByteArray &name)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(name.constData());
    const qsizetype size = name.size();
    qsizetype ascii = 0;
    while (ascii < size && bytes[ascii] < 0x80)
        ++ascii;
    if (ascii == size)
        return QString::fromLatin1(name); // the common case, and the fastest
    QString result;
    result.reserve(size);
    result.append(QLatin1String(name.constData(), ascii));
    qsizetype start = ascii; // the start of the run of well-formed bytes not yet appended
    for (qsizetype i = ascii; i < size;) {
        const qsizetype length = utf8SequenceLength(bytes, i, size);
        if (length > 0) {
            i += length;
            continue;
        }
        result.append(QString::fromUtf8(name.constData() + start, i - start));
        result.append(QChar(char16_t(kEscapeBase + bytes[i])));
        start = ++i;
    }
    result.append(QString::fromUtf8(name.constData() + start, size - start));
    return result;
}

QByteArray PosixFs::encode(const QString &name)
{
    const qsizetype size = name.size();
    const QChar *chars = name.constData();
    qsizetype plain = 0;
    while (plain < size && !chars[plain].isSurrogate())
        ++plain;
    if (plain == size)
        return name.toUtf8();
    QByteArray result = QStringView(chars, plain).toUtf8();
    for (qsizetype i = plain; i < size; ++i) {
        const char16_t c = chars[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && chars[i + 1].isLowSurrogate()) {
            result.append(QStringView(chars + i, 2).toUtf8());
            ++i;
        } else if (c >= kEscapeBase + 0x80 && c <= kEscapeBase + 0xFF) {
            result.append(char(c - kEscapeBase));
        } else if (QChar::isSurrogate(c)) {
            return {}; // no byte string decodes to this: it names no file
        } else {
            result.append(QStringView(chars + i, 1).toUtf8());
        }
    }
    return result;
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

} // namespace hubdeck
