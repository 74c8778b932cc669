// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CacheScan.h"

#include <QFuture>
#include <QPromise>

namespace hubdeck {

// Scans a hub cache as huggingface_hub's scan_cache_dir does, in parallel across repos.
// Progress is the number of root entries done; cancel through the future.
class CacheScanner
{
public:
    [[nodiscard]] static QFuture<CacheScan> scanAsync(const QString &cacheDir);
    // Runs on the calling thread (which takes part in the parallel work). promise may be null.
    [[nodiscard]] static CacheScan scan(const QString &cacheDir, QPromise<CacheScan> *promise = nullptr);
    // Python's Path(dir).expanduser().resolve(): the path every reported path starts with.
    [[nodiscard]] static QString resolveCacheDir(const QString &cacheDir);
};

} // namespace hubdeck
