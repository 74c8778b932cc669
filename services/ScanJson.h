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
// Strings here are the raw names (PosixFs::decode form, which may hold lone surrogates);
// CliOutput::json prints every string in PrintableText's escaped form, the one faithful and
// valid-UTF-8 JSON rendering of a name that is not UTF-8.
class ScanJson
{
public:
    [[nodiscard]] static QJsonObject scan(const CacheScan &scan, const QList<CacheListQuery::Entry> &entries);
    [[nodiscard]] static QJsonObject plan(const DeletionPlan &plan);
    [[nodiscard]] static QJsonObject report(const DeletionPlan &plan, const DeletionReport &report);
};

} // namespace hubdeck
