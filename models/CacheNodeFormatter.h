// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QVariant>

namespace hubdeck {

struct CacheScan;
class RowFrees;

// What CacheTreeModel shows for each kind of row, column by column and role by role: the
// text, the sort keys, the tooltips and the paths. The model keeps the tree's structure
// and the ticks; this only reads the CacheScan, so the wording of every row can be read
// in one place without the index bookkeeping around it. Built on the stack for each
// data() call, it must not outlive the scan it refers to. Its strings go through
// CacheTreeModel::tr, so translators find them where the header texts are.
class CacheNodeFormatter
{
public:
    // frees: what each row frees alone, measured over the same scan; now: the moment
    // "x days ago" counts from; largestRepo: what a repo's size bar is relative to.
    CacheNodeFormatter(const CacheScan &scan, const RowFrees &frees, double now, qint64 largestRepo);

    // Rows are indexes into the scan's lists (corrupted into scan.corrupted, incomplete
    // into the repo's incompleteFiles), not model rows. Qt::CheckStateRole is the model's.
    [[nodiscard]] QVariant repoData(int repo, int column, int role) const;
    [[nodiscard]] QVariant corruptedData(int corrupted, int column, int role) const;
    [[nodiscard]] QVariant revisionData(int repo, int revision, int column, int role) const;
    [[nodiscard]] QVariant incompleteData(int repo, int incomplete, int column, int role) const;
    [[nodiscard]] QVariant fileData(int repo, int revision, int file, int column, int role) const;

private:
    const CacheScan &m_scan;
    const RowFrees &m_frees;
    double m_now;
    qint64 m_largestRepo;
};

} // namespace hubdeck
