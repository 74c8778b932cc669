// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "QuietFile.h"

#include "PosixFs.h"

#include <QLoggingCategory>

#include <algorithm>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

namespace hubdeck {

namespace {

Q_LOGGING_CATEGORY(lcRead, "hubdeck.read", QtWarningMsg)

QString typeName(mode_t mode)
{
    return PosixFs::typeName(mode);
}

bool sameTime(const timespec &a, const timespec &b)
{
    return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
}

} // namespace

QuietFile::~QuietFile()
{
    close();
}

void QuietFile::setNoAtimeAllowedForTesting(bool allowed)
{
    PosixFs::setNoAtimeAllowed(allowed);
}

bool QuietFile::open(const QString &path, Links links)
{
    close();
    m_error = 0;
    m_notRegular = false;
    m_status = {};
    const QByteArray encoded = FileName::encode(path);
    struct stat before
    {
    };
    const int statResult = links == Links::Follow ? ::stat(encoded.constData(), &before) : ::lstat(encoded.constData(), &before);
    if (statResult != 0) {
        m_error = errno;
        return false;
    }
    if (!S_ISREG(before.st_mode)) {
        m_status = before;
        m_notRegular = true;
        return false;
    }
    const int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (links == Links::Refuse ? O_NOFOLLOW : 0);
    bool quiet = PosixFs::noAtimeAllowed();
    int fd = quiet ? ::open(encoded.constData(), flags | O_NOATIME) : -1;
    if (fd < 0 && (!quiet || errno == EPERM)) {
        quiet = false;
        fd = ::open(encoded.constData(), flags);
    }
    if (fd < 0) {
        m_error = errno;
        return false;
    }
    UniqueFd owned(fd);
    if (::fstat(fd, &m_status) != 0) {
        m_error = errno;
        return false;
    }
    if (!S_ISREG(m_status.st_mode) || m_status.st_dev != before.st_dev || m_status.st_ino != before.st_ino) {
        // Replaced between stat and open: judge what was opened, and never read it.
        m_notRegular = !S_ISREG(m_status.st_mode);
        m_error = m_notRegular ? 0 : ESTALE;
        return false;
    }
    m_fd = owned.release();
    m_restoreAtime = !quiet;
    return true;
}

void QuietFile::close()
{
    if (m_fd < 0)
        return;
    if (m_restoreAtime) {
        struct stat now
        {
        };
        if (::fstat(m_fd, &now) == 0 && !sameTime(now.st_atim, m_status.st_atim)) {
            const timespec times[2] = {m_status.st_atim, {0, UTIME_OMIT}};
            if (::futimens(m_fd, times) != 0)
                qCDebug(lcRead) << "could not restore the access time:" << PosixFs::errorString(errno);
        }
    }
    m_restoreAtime = false;
    ::close(std::exchange(m_fd, -1));
}

QString QuietFile::errorString() const
{
    if (m_notRegular)
        return QStringLiteral("not a regular file (%1)").arg(typeName(m_status.st_mode));
    return PosixFs::errorString(m_error);
}

qint64 QuietFile::read(char *data, qint64 maxBytes)
{
    qint64 total = 0;
    while (total < maxBytes) {
        const ssize_t n = ::read(m_fd, data + total, size_t(maxBytes - total));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_error = errno;
            return -1;
        }
        if (n == 0)
            break;
        total += n;
    }
    return total;
}

std::optional<QByteArray> QuietFile::read(qint64 maxBytes)
{
    QByteArray bytes(qsizetype(std::clamp<qint64>(size(), 0, std::max<qint64>(maxBytes, 0))), Qt::Uninitialized);
    const qint64 n = read(bytes.data(), bytes.size());
    if (n < 0)
        return std::nullopt;
    bytes.truncate(qsizetype(n));
    return bytes;
}

std::optional<QByteArray> QuietFile::readHead(const QString &path, qint64 maxBytes, QString *error, qint64 *fileSize, Links links)
{
    QuietFile file;
    if (!file.open(path, links)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    if (fileSize)
        *fileSize = file.size();
    auto bytes = file.read(maxBytes);
    if (!bytes && error)
        *error = file.errorString();
    return bytes;
}

} // namespace hubdeck
