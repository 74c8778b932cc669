// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CachedRepo.h"
#include "CorruptedRepo.h"
#include "SharedBlobStore.h"

#include <QByteArray>

#include <atomic>
#include <functional>
#include <optional>

namespace hubdeck {

// Scans one entry of the cache root the way huggingface_hub's _scan_cached_repo does, with one
// readdir per folder, one readlinkat per link and one fstatat per distinct blob.
class RepoScanner
{
public:
    struct Outcome
    {
        std::optional<CachedRepo> repo;
        std::optional<CorruptedRepo> corrupted;
        QList<IncompleteFile> incompleteFiles;            // looked for in every entry, valid or not
        QList<std::pair<int, QString>> sharedLinks;       // blob index -> payload hash, resolved by the caller
        QList<std::pair<int, QString>> unreferencedLinks; // unreferenced blob index -> payload hash, for store links
        qint64 snapshotEntries = 0;
    };

    // The scan stops (an Outcome with neither repo nor corrupted entry) once canceled is set or
    // isCanceled answers true; both are looked at in every folder walked, at any depth.
    RepoScanner(int rootFd, QString cacheDir, const SharedBlobStore *store, const std::atomic_bool &canceled,
                std::function<bool()> isCanceled = {});

    [[nodiscard]] Outcome scan(const QByteArray &entryName) const;

    // Bytes in regular files under a folder, links not followed: size is st_size summed, allocated
    // st_blocks × 512 summed (what removing it gives back to the disk). Walked without recursion;
    // a set *canceled stops it early with partial sums.
    struct TreeSize
    {
        qint64 size = 0;
        qint64 allocated = 0;
    };
    [[nodiscard]] static TreeSize treeSize(int dirFd, const QByteArray &name, const std::atomic_bool *canceled = nullptr);

private:
    int m_rootFd;
    QString m_cacheDir;
    const SharedBlobStore *m_store; // null when the cache has no marked store
    const std::atomic_bool &m_canceled;
    std::function<bool()> m_isCanceled;
};

} // namespace hubdeck
