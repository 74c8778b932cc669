#pragma once

#include "CacheScan.h"
#include "RevisionKey.h"
#include "VerifyReport.h"

#include <QFuture>
#include <QPromise>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

namespace hubdeck {

// Recomputes the content hashes that blob names promise, offline. Large files are read in
// 1 MiB blocks with OpenSSL's digests (hardware SHA where the CPU has it); progress is in
// bytes, and a stop takes effect between blocks.
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
        QString repoFolder; // "models--org--name": with each of revisions, a RevisionKey
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
};

} // namespace hubdeck
