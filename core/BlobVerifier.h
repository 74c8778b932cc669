// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CacheScan.h"
#include "RevisionKey.h"
#include "VerifyReport.h"

#include <QFuture>
#include <QHash>
#include <QPromise>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace hubdeck {

class QuietFile;

// Recomputes the content hashes that blob names promise, offline. Large files are read in
// 1 MiB blocks with OpenSSL's digests (hardware SHA where the CPU has it); progress is
// reported after each blob, its value in KiB (MiB past 2 TiB) and its text the exact figures
// "<bytes read> <bytes in all> <blobs done> <blobs in all>" (IntegrityCheck relays them as
// numbers); a stop takes effect between blocks. Blobs are read with QuietFile: their access
// times stay as they were, and a FIFO, a device or a folder is reported, never read. Where
// huggingface_hub recorded the revision's file list (<repo>/trees/<commit>.json, see
// hf-reference.md §7), a blob whose size differs from the recorded size is reported too.
class BlobVerifier
{
public:
    struct Item
    {
        QString cacheId;
        QString blobPath;
        QString expected; // lowercase hex: the blob's name
        qint64 size = 0;
        QStringList revisions;
        QString repoPath;                         // absolute; trees/ is read from here
        QList<std::pair<QString, QString>> files; // (commit hash, path in its snapshot) linking to it
        QString repoFolder;                       // "models--org--name": with each of revisions, a RevisionKey
    };

    // Blobs of the given repos (by cache id) and revisions (by repo and commit); everything when both are empty.
    [[nodiscard]] static QList<Item> itemsFor(const CacheScan &scan, const QSet<QString> &cacheIds = {},
                                              const QSet<RevisionKey> &revisions = {}, int *skipped = nullptr);
    [[nodiscard]] static VerifyReport verify(const QList<Item> &items, QPromise<VerifyReport> *promise = nullptr,
                                             const std::function<bool()> &isCanceled = {});
    [[nodiscard]] static QFuture<VerifyReport> verifyAsync(QList<Item> items, std::shared_ptr<std::atomic_bool> cancel = {});
    // SHA-256 (64-hex names) or git blob SHA-1 (40-hex names) of a file; empty with *error set on failure.
    [[nodiscard]] static QByteArray digest(const QString &path, bool gitBlob, const std::function<bool()> &isCanceled, QString *error,
                                           qint64 *bytesRead = nullptr);
    // The same over a file already open, from its current offset.
    [[nodiscard]] static QByteArray digest(QuietFile &file, bool gitBlob, const std::function<bool()> &isCanceled, QString *error,
                                           qint64 *bytesRead = nullptr);
    // Path in the snapshot -> size in bytes, from <repoPath>/trees/<commit>.json
    // ({"format_version": 1, "files": {path: {"size": N, ...}}}); nullopt when the file is
    // absent, larger than kMaxTreeBytes, not a regular file or not that shape. lfs_size wins
    // over size where both are given; entries without a numeric size are left out.
    [[nodiscard]] static std::optional<QHash<QString, qint64>> treeSizes(const QString &repoPath, const QString &commit);
    static constexpr qint64 kMaxTreeBytes = 64 * 1024 * 1024;
};

} // namespace hubdeck
