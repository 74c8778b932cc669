// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

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
    [[nodiscard]] static UniqueFd openDir(int dirFd, const QByteArray &name, Links links);
    [[nodiscard]] static UniqueFd openDir(const QString &absolutePath);
    // Every entry but "." and "..". Returns false and sets errno on failure.
    [[nodiscard]] static bool listDir(int dirFd, QList<Entry> &entries);
    [[nodiscard]] static std::optional<QByteArray> readLink(int dirFd, const QByteArray &name);
    [[nodiscard]] static bool statAt(int dirFd, const QByteArray &name, struct stat &st, Links links);
    // A regular file's whole content, or nullopt with errno set: EFBIG above maxBytes, EINVAL for
    // anything but a regular file (a FIFO or a device is never read, and opening never blocks).
    [[nodiscard]] static std::optional<QByteArray> readSmallFile(int dirFd, const QByteArray &name, qint64 maxBytes, Links links);
    [[nodiscard]] static double seconds(const struct timespec &ts) { return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9; }
    // A file name's bytes as a QString and back, losslessly: encode(decode(bytes)) == bytes for
    // every byte string, and decode(encode(s)) == s for every string decode returns. This is
    // Python's os.fsdecode/os.fsencode on a UTF-8 system ("surrogateescape"), the form
    // huggingface_hub's own paths take: well-formed UTF-8 decodes as usual, and each byte that
    // is not part of a well-formed sequence becomes the lone surrogate U+DC80..U+DCFF
    // (U+DC00 + byte), which no well-formed UTF-8 produces. QFile::decodeName would turn such
    // a byte into U+FFFD, and the name read would no longer be the name to remove.
    // A string with any other lone surrogate cannot come from decode and names no file:
    // encode returns an empty name for it (every *at() call then fails with ENOENT).
    // Never show these strings as they are: PrintableText makes them safe to print.
    [[nodiscard]] static QString decode(const QByteArray &name);
    [[nodiscard]] static QByteArray encode(const QString &name);
    // The first of the 128 lone surrogates decode uses: byte 0x80 + n becomes U+DC80 + n.
    static constexpr char16_t kEscapeBase = 0xDC00;
    [[nodiscard]] static QString errorString(int error);
    // "a FIFO", "a character device", "a socket"...: what a st_mode is, for messages.
    [[nodiscard]] static QString typeName(mode_t mode);
};

} // namespace hubdeck
