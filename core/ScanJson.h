// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CacheListQuery.h"
#include "CacheScan.h"
#include "DeletionPlan.h"
#include "DeletionReport.h"

#include <QJsonObject>

namespace hubdeck {

// JSON documents for scripts. Field names and meanings are those of huggingface_hub's
// dataclasses (CachedRepoInfo, CachedRevisionInfo, CachedFileInfo, DeleteCacheStrategy);
// times are float seconds since the epoch; paths are absolute. Extra fields are HubDeck's.
// Every string is in PrintableText's display form (PrintableText::json): a name may hold
// bytes that are not UTF-8, which JSON cannot carry faithfully; the escaped form is valid
// UTF-8, unambiguous, and what `cache rm` takes back. Printable UTF-8 names without a
// backslash (every name the Hub gives) are unchanged.
class ScanJson
{
public:
    [[nodiscard]] static QJsonObject scan(const CacheScan &scan, const QList<CacheListQuery::Entry> &entries);
    [[nodiscard]] static QJsonObject plan(const DeletionPlan &plan);
    [[nodiscard]] static QJsonObject report(const DeletionPlan &plan, const DeletionReport &report);
};

} // namespace hubdeck
