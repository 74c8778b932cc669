// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QString>

#include <cerrno>
#include <optional>
#include <sys/stat.h>

namespace hubdeck {

// Reads a file of the cache without changing its access time and without ever blocking on
// something that is not a regular file. Every path that reads a blob (verify, previews, the
// repo summary, weight headers) goes through it.
//
// Why: "not accessed for 90 days" and the least-recently-used choice rest on blob access
// times, which a look must not reset (issue #10 §4); a FIFO, a device or a folder planted in
// the cache must never hang a read or feed it endless bytes (§5).
//
// How: the path is stat'ed first and anything but a regular file is refused before it is
// opened (opening some devices has effects of its own); then it is opened
// O_RDONLY|O_CLOEXEC|O_NONBLOCK|O_NOATIME (plus O_NOFOLLOW when links are refused) and the
// descriptor is fstat'ed again: it must still be a regular file, the same one (device and
// inode), so a swap between the two steps cannot slip a FIFO in. The kernel refuses
// O_NOATIME with EPERM when the caller neither owns the file nor has CAP_FOWNER; the file is
// then opened without it, and close() puts back the access time recorded at open with
// futimens() when the read moved it (mtime untouched; the kernel sets ctime to now). That
// restore needs the same rights, so it is best effort; it can also undo the access-time
// update of another process that read the file at the same moment.
class QuietFile
{
public:
    enum class Links { Follow, Refuse };

    QuietFile() = default;
    QuietFile(const QuietFile &) = delete;
    QuietFile &operator=(const QuietFile &) = delete;
    ~QuietFile();

    // False on failure: error() is the errno of the failing call, or 0 with isNotRegular().
    [[nodiscard]] bool open(const QString &path, Links links = Links::Follow);
    // Restores the access time when O_NOATIME was not available, then closes.
    void close();

    [[nodiscard]] bool isOpen() const { return m_fd >= 0; }
    [[nodiscard]] int handle() const { return m_fd; }
    // fstat of the descriptor, taken at open.
    [[nodiscard]] const struct stat &status() const { return m_status; }
    [[nodiscard]] qint64 size() const { return qint64(m_status.st_size); }
    [[nodiscard]] int error() const { return m_error; }
    // The path exists but is a FIFO, a device, a socket or a folder.
    [[nodiscard]] bool isNotRegular() const { return m_notRegular; }
    // The path (or a folder on the way) does not exist, or is a dangling link.
    [[nodiscard]] bool isMissing() const { return m_error == ENOENT || m_error == ENOTDIR; }
    // "not a regular file (a FIFO)", or the system's message for error().
    [[nodiscard]] QString errorString() const;

    // Up to maxBytes from the current offset, fewer at the end of the file; -1 with error()
    // set on a read error. Retries on EINTR.
    qint64 read(char *data, qint64 maxBytes);
    // Up to maxBytes (bounded by the file's size at open); nullopt on a read error.
    [[nodiscard]] std::optional<QByteArray> read(qint64 maxBytes);

    // open + read(maxBytes) + close. *fileSize, when given, is the size at open.
    [[nodiscard]] static std::optional<QByteArray> readHead(const QString &path, qint64 maxBytes, QString *error,
                                                            qint64 *fileSize = nullptr, Links links = Links::Follow);

    // Tests only: behave as if the kernel refused O_NOATIME, to exercise the futimens restore.
    static void setNoAtimeAllowedForTesting(bool allowed);

private:
    int m_fd = -1; // owned: closed by close() and the destructor
    struct stat m_status
    {
    };
    int m_error = 0;
    bool m_notRegular = false;
    bool m_restoreAtime = false;
};

} // namespace hubdeck
