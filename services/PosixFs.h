#pragma once

#include "UniqueFd.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <sys/stat.h>

namespace hubdeck {

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

    // O_DIRECTORY open; with followLinks=false a symlinked directory is refused (ELOOP/ENOTDIR).
    [[nodiscard]] static UniqueFd openDir(int dirFd, const QByteArray &name, bool followLinks);
    [[nodiscard]] static UniqueFd openDir(const QString &absolutePath);
    // Every entry but "." and "..". Returns false and sets errno on failure.
    [[nodiscard]] static bool listDir(int dirFd, QList<Entry> &entries);
    [[nodiscard]] static std::optional<QByteArray> readLink(int dirFd, const QByteArray &name);
    [[nodiscard]] static bool statAt(int dirFd, const QByteArray &name, struct stat &st, bool followLinks);
    // A regular file's whole content, or nullopt with errno set: EFBIG above maxBytes, EINVAL for
    // anything but a regular file (a FIFO or a device is never read, and opening never blocks).
    [[nodiscard]] static std::optional<QByteArray> readSmallFile(int dirFd, const QByteArray &name, qint64 maxBytes, bool followLinks);
    [[nodiscard]] static double seconds(const struct timespec &ts) { return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9; }
    [[nodiscard]] static QString decode(const QByteArray &name);
    [[nodiscard]] static QByteArray encode(const QString &name);
    [[nodiscard]] static QString errorString(int error);
};

} // namespace hubdeck
