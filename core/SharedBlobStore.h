// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "SharedPayload.h"
#include "StoreLeftover.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace hubdeck {

class InUseFiles;

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

    // Every payload of a marked store with its size and its live references; with leftovers,
    // also the files of payloads that are gone (StoreLeftover), sorted by path.
    [[nodiscard]] QList<SharedPayload> scanPayloads(QList<StoreLeftover> *leftovers = nullptr) const;

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
        // Bytes on disk given back (st_blocks × 512 of each removed file whose last link went),
        // never st_size: a sparse payload frees what it held, not what it claims.
        qint64 freedBytes = 0;
        // Blocks of the removed files that other files share (reflinks), left out of freedBytes.
        qint64 sharedBytes = 0;
        // With inUse: the payload's blocks, less what it shares, when a process held it open or
        // mapped as it went (a model loaded through a snapshot's link): left out of freedBytes,
        // given back when that process lets go. heldBy names it (InUseFiles::describe).
        qint64 heldBytes = 0;
        QStringList heldBy;
        QString message; // for Failed and LockBusy
    };
    // Under the payload's lock: rewrite the manifest with the references that remain, or
    // remove payload and manifest when none does. isCanceled is polled while waiting for the lock.
    // inUse: what processes hold open (a snapshot taken before the run), or null.
    [[nodiscard]] SweepResult sweep(const QString &hash, const std::function<bool()> &isCanceled = {},
                                    const InUseFiles *inUse = nullptr) const;

    // Under the payload's lock, and only while the payload is still absent: removes what is
    // left of it (manifest, manifest temporaries), then the lock file itself.
    // removedPaths receives what went. LockBusy when a writer holds it: a download may be
    // publishing that payload again right now. Removing a lock file while holding it leaves one
    // window, the price of not leaking one file per payload ever stored: a writer that opened
    // the old file just before and waits on it gets it after us, while a later writer locks a
    // new one. Both then run at once; harm needs a publisher and a sweeper of this very hash
    // in that instant.
    [[nodiscard]] SweepResult removeLeftovers(const QString &hash, QStringList *removedPaths,
                                              const std::function<bool()> &isCanceled = {}) const;

    // The payload hash a store file name belongs to when it is one of a payload's companions
    // ("<hash>.refs", "<hash>.lock", "<hash>.refs.<8 hex>.tmp"), else empty. Never a soft lock
    // ("<hash>.lock.soft"): where flock is missing, its existence is the lock.
    [[nodiscard]] static QString companionOf(QStringView name);

private:
    [[nodiscard]] std::optional<QString> targetHash(const QString &linkDir, const QString &target) const;

    QString m_cacheDir;
};

} // namespace hubdeck
