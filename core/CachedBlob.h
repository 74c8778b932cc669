// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "BlobName.h"
#include "FileName.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <limits>

namespace hubdeck {

// One distinct blob of a repo, stat'ed once however many snapshot entries link to it.
struct CachedBlob
{
    enum class Location : quint8 {
        RepoBlobs,  // <repo>/blobs/<name>: the normal case, and the only one HubDeck ever deletes as a blob
        InSnapshot, // a real file inside <repo>/snapshots/ (symlink-less caches): goes with its snapshot
        ElsewhereInRepo,
        OutsideRepo, // a link escaping the repo: never deleted, never counted as freed
    };

    // Where it is: for RepoBlobs only the entry's raw name in <repo>/blobs/, otherwise the raw
    // bytes of the absolute path (path()). One compact field for both, and the members in an
    // order that leaves no holes: a million-entry cache holds hundreds of thousands of blobs,
    // and each byte here is a fraction of a megabyte (bench/browser_bench.py).
    // CachedRepo::blobPath() gives the absolute path huggingface_hub reports as blob_path.
    BlobName name;
    qint64 size = 0;
    double lastAccessed = 0;
    double lastModified = 0;
    // The file's identity (what a link to it reaches, the payload for a store link): physical
    // sizes count each (device, inode) once (DistinctSize). 0 when never stat'ed.
    quint64 device = 0;
    quint64 inode = 0;
    int sharedPayload = -1; // index into CacheScan::sharedPayloads when this is a shared-store link
    quint32 links = 1;      // st_nlink: a blob with other hard links frees nothing when it goes
    // st_blocks (512-byte units), what the file holds on disk: less than size when it is sparse
    // or compressed by the filesystem. Saturates at 2 TiB (allocatedSize() then says size), so
    // that it fits in what would otherwise be padding.
    quint32 blocks = 0;
    Location location = Location::RepoBlobs;
    bool isLink = false; // the <repo>/blobs/ entry is itself a symlink: removing it frees nothing

    // The absolute path of a blob that is not in <repo>/blobs/; empty for RepoBlobs.
    [[nodiscard]] QString path() const { return location == Location::RepoBlobs ? QString() : FileName::decode(name.bytes()); }
    void setPath(const QString &path) { name = BlobName(FileName::encode(path)); }

    [[nodiscard]] bool isSharedLink() const { return sharedPayload >= 0; }
    // What removing this name gives back to the disk: its bytes only when it is the last link.
    [[nodiscard]] qint64 freeableSize() const { return links > 1 || isLink ? 0 : size; }
    // Bytes allocated on disk (st_blocks × 512), as `du` counts them.
    [[nodiscard]] qint64 allocatedSize() const { return blocks == std::numeric_limits<quint32>::max() ? size : qint64(blocks) * 512; }
    [[nodiscard]] qint64 freeableAllocated() const { return links > 1 || isLink ? 0 : allocatedSize(); }
    void setBlocks(qint64 stBlocks) { blocks = quint32(std::clamp<qint64>(stBlocks, 0, std::numeric_limits<quint32>::max())); }
};

} // namespace hubdeck
