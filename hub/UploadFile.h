// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace hubdeck {

// A local file to add in a commit: where it goes in the repository and what it holds, read
// once (read()) so that an upload can tell whether the Hub already has it and notice when it
// changed since.
struct UploadFile
{
    // The first this many bytes go to the Hub's preupload call, which picks LFS or not from them.
    static constexpr int kSampleBytes = 512;

    QString pathInRepo; // "src/app.py": relative, '/'-separated (RepoPath::check)
    QString localPath;  // absolute
    qint64 size = 0;    // bytes
    QString sha256;     // lowercase hex, 64 digits: the LFS object id
    QString gitSha1;    // lowercase hex, 40 digits: git's blob id, sha1("blob <size>\0" + content)
    QByteArray sample;  // the first kSampleBytes bytes, or all of a smaller file
    QDateTime modified; // its modification time when read: another one later means it changed

    // Reads and hashes `localPath` (absolute) in one pass, in blocks: blocking, at the disk's
    // speed or SHA's (some 400 MB/s), so call it off the GUI thread. nullopt and *error (the
    // path and the system's reason) when it is not a regular file or cannot be read.
    // `onBlock`, when given, is called after each block of up to 1 MiB with that block's size in
    // bytes (progress over a large file); when it returns false, reading stops: nullopt, and
    // *error says it was stopped.
    [[nodiscard]] static std::optional<UploadFile> read(const QString &localPath, const QString &pathInRepo, QString *error,
                                                        const std::function<bool(qint64 bytes)> &onBlock = {});
    // git's blob id of `content` (lowercase hex).
    [[nodiscard]] static QString gitBlobId(const QByteArray &content);
    // Whether the file on disk still has the size and modification time it had when read;
    // otherwise *error says what changed.
    [[nodiscard]] bool unchangedOnDisk(QString *error) const;
};

} // namespace hubdeck
