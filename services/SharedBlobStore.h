#pragma once

#include "SharedPayload.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace hubdeck {

// The cache-wide shared blob store of huggingface_hub >= 1.32: <cache>/blobs/<h2>/<hash>,
// a ".refs" manifest per payload and a ".lock" taken by every writer. The manifest is only
// a hint: a reference counts when its link still points here, and a missing or unreadable
// manifest means "keep the payload".
class SharedBlobStore
{
public:
    explicit SharedBlobStore(QString cacheDir);

    [[nodiscard]] static bool isValidHash(QStringView hash);
    [[nodiscard]] static bool isRepoFolderName(QStringView name);

    [[nodiscard]] const QString &cacheDir() const { return m_cacheDir; }
    [[nodiscard]] QString storeDir() const { return m_cacheDir + QStringLiteral("/blobs"); }
    [[nodiscard]] QString payloadPath(const QString &hash) const;
    // <cache>/blobs is the store only when it holds the marker with content "1\n".
    [[nodiscard]] bool isMarked() const;

    // The payload hash a repo blob link points at, judged lexically as huggingface_hub does.
    // linkDir is the absolute folder holding the link.
    [[nodiscard]] std::optional<QString> payloadForLink(const QString &linkDir, const QByteArray &target) const;

    // Every payload of a marked store with its size and its live references.
    [[nodiscard]] QList<SharedPayload> scanPayloads() const;

    struct References
    {
        SharedPayload::Manifest manifest = SharedPayload::Manifest::Missing;
        QStringList valid; // sorted, cache-relative
    };
    [[nodiscard]] References readReferences(const QString &hash) const;

    struct SweepResult
    {
        enum class Outcome { Removed, Kept, KeptUnknownManifest, NotAPayload, LockBusy, Failed };
        Outcome outcome = Outcome::Failed;
        qint64 freedBytes = 0;
        QString message; // for Failed and LockBusy
    };
    // Under the payload's lock: rewrite the manifest with the references that remain, or
    // remove payload and manifest when none does. isCanceled is polled while waiting for the lock.
    [[nodiscard]] SweepResult sweep(const QString &hash, const std::function<bool()> &isCanceled = {}) const;

private:
    [[nodiscard]] std::optional<QString> targetHash(const QString &linkDir, const QString &target) const;

    QString m_cacheDir;
};

} // namespace hubdeck
