#pragma once

#include "CacheScan.h"
#include "DeletionReport.h"

namespace hubdeck {

// Brings a CacheScan up to date after a deletion without reading the disk again: drops the
// removed repos, revisions, refs, blobs, partial downloads and payloads, and recomputes the
// sizes, counts and dates that depend on them.
class CacheScanPatcher
{
public:
    static void removeDeletedEntries(CacheScan &scan, const DeletionReport &report);
    // After rows were removed: compacts blob tables, refs, payload links and totals.
    static void refresh(CacheScan &scan, const DeletionReport &report);
    static void recomputeRepo(CachedRepo &repo);
};

} // namespace hubdeck
