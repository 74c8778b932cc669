// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CacheListQuery.h"
#include "CliOutput.h"

namespace hubdeck::cli {

// The output of `cache ls` in hf's exact layout. Scripts and the golden tests depend on every
// byte, so it lives apart from the option handling that picks the rows.
class CacheListPrinter
{
public:
    // withRevisions: one row per revision (--revisions) instead of one per repo.
    CacheListPrinter(CliOutput &out, bool withRevisions);

    void json(const CacheScan &scan, const QList<CacheListQuery::Entry> &entries);
    void csv(const QList<CacheListQuery::Entry> &entries);
    // The table, then the totals line when there are rows. wholeCache: the rows are every repo
    // (no filter, no limit), so the total is the cache's physical size, as JSON's size_on_disk;
    // otherwise it is the sum of the rows' sizes, as the newest hf prints it.
    void table(const CacheScan &scan, const QList<CacheListQuery::Entry> &entries, double now, bool wholeCache);
    // Corrupted entries, incomplete downloads and unreferenced blobs, on stderr.
    void scanNotes(const CacheScan &scan, bool showWarnings);

private:
    void totals(const CacheScan &scan, const QList<CacheListQuery::Entry> &entries, bool wholeCache);

    CliOutput &m_out;
    bool m_withRevisions;
};

} // namespace hubdeck::cli
