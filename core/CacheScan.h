// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CachedRepo.h"
#include "CorruptedRepo.h"
#include "IncompleteFile.h"
#include "SharedPayload.h"
#include "StoreLeftover.h"

#include <QHash>

namespace hubdeck {

// The result of one scan: a value, safe to copy across threads.
struct CacheScan
{
    QString cacheDir; // resolved absolute path
    QString error;    // set when the cache could not be scanned at all
    bool canceled = false;
    qint64 sizeOnDisk = 0; // physicalSize(): each file once by (device, inode)
    bool hasSharedStore = false;
    QList<CachedRepo> repos;        // sorted by folder name
    QList<CorruptedRepo> corrupted; // sorted by path
    QList<IncompleteFile> incompleteFiles;
    QList<SharedPayload> sharedPayloads;
    QList<StoreLeftover> storeLeftovers; // files of shared payloads that are gone, sorted by path

    [[nodiscard]] bool isValid() const { return error.isEmpty() && !canceled; }
    [[nodiscard]] qint64 incompleteSize() const;
    // Every repo blob that is not a store link, plus every shared payload, used or not:
    // huggingface_hub's cache total; plus the unreferenced blobs the reference does not see
    // (they take disk space all the same). Each file once by (device, inode), however many
    // repos, spellings or hard links reach it.
    [[nodiscard]] qint64 physicalSize() const;
    [[nodiscard]] qint64 reclaimableSharedSize() const;
    [[nodiscard]] int revisionCount() const;
    [[nodiscard]] qint64 unreferencedBlobsSize() const; // regular files only: store links are counted by their payload
    [[nodiscard]] int unreferencedBlobCount() const;
    [[nodiscard]] int emptyRepoCount() const;
    [[nodiscard]] qint64 storeLeftoversSize() const;
    [[nodiscard]] int repoIndexForFolder(const QString &folderName) const;    // exact, -1 if none
    [[nodiscard]] int repoIndexForCacheIdExact(const QString &cacheId) const; // case-sensitive, -1 if none
    [[nodiscard]] int repoIndexForCacheId(const QString &cacheId) const;      // case-insensitive, -1 if none
};

} // namespace hubdeck
