// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CacheScan.h"
#include "DeletionReport.h"

#include <QSet>

namespace hubdeck {

// Brings a CacheScan up to date after a deletion without reading the disk again: drops the
// removed repos, revisions, refs, blobs, partial downloads and payloads, and recomputes the
// sizes, counts and dates that depend on them.
class CacheScanPatcher
{
public:
    static void removeDeletedEntries(CacheScan &scan, const DeletionReport &report);
    // After rows were removed: drops the files the deletion removed (DeletionReport::removedFiles)
    // from their revisions, and compacts blob tables, refs, payload links and totals.
    static void refresh(CacheScan &scan, const DeletionReport &report);
    // removedBlobs: absolute <repo>/blobs/ paths the deletion removed.
    static void recomputeRepo(CachedRepo &repo, const QSet<QString> &removedBlobs);
};

} // namespace hubdeck
