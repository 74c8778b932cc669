// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CachedBlob.h"

#include <algorithm>

namespace hubdeck {

// What a deletion gives back, in both of the units a cache is measured in: size is st_size
// (huggingface_hub's size_on_disk and expected_freed_size), onDisk the allocated bytes
// (st_blocks × 512, what `du` and the filesystem's free space count). They differ for sparse
// files, on compressing filesystems, and by the last block's slack of each small file.
struct FreedBytes
{
    qint64 size = 0;
    qint64 onDisk = 0;

    // What removing one name of the blob frees: nothing while other hard links remain.
    [[nodiscard]] static FreedBytes ofName(const CachedBlob &blob) { return {blob.freeableSize(), blob.freeableAllocated()}; }
    // The whole file, once its last name goes.
    [[nodiscard]] static FreedBytes ofFile(const CachedBlob &blob) { return {blob.size, blob.allocatedSize()}; }

    FreedBytes &operator+=(const FreedBytes &other)
    {
        size += other.size;
        onDisk += other.onDisk;
        return *this;
    }
    [[nodiscard]] FreedBytes operator-(const FreedBytes &other) const { return {size - other.size, onDisk - other.onDisk}; }
    [[nodiscard]] FreedBytes operator*(int factor) const { return {size * factor, onDisk * factor}; }
    // The forecast a "frees" figure shows and "free 50 GB" counts: what the disk gets back
    // where the files hold less than their sizes (sparse, compressed), else their sizes, as
    // huggingface_hub counts them (a small file's last block is not promised).
    [[nodiscard]] qint64 forecast() const { return std::min(size, onDisk); }
};

} // namespace hubdeck
