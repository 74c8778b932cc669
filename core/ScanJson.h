// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CacheListQuery.h"
#include "CacheScan.h"
#include "DeletionPlan.h"
#include "DeletionReport.h"

namespace hubdeck {

class JsonStreamWriter;

// JSON documents for scripts. Field names and meanings are those of huggingface_hub's
// dataclasses (CachedRepoInfo, CachedRevisionInfo, CachedFileInfo, DeleteCacheStrategy);
// times are float seconds since the epoch; paths are absolute. Extra fields are HubDeck's.
// Every string is in PrintableText's display form (PrintableText::json): a name may hold
// bytes that are not UTF-8, which JSON cannot carry faithfully; the escaped form is valid
// UTF-8, unambiguous, and what `cache rm` takes back. Printable UTF-8 names without a
// backslash (every name the Hub gives) are unchanged.
//
// Each document is streamed to the writer as one top-level object, member by member in
// QJsonObject's key order, so the bytes are those QJsonDocument::Indented printed when the
// documents were built whole: a listing of a million files never exists in memory.
class ScanJson
{
public:
    // `cache ls --format json`: the cache and the listed entries (all of each repo's
    // revisions, or with --revisions only the entries' revisions).
    static void scan(JsonStreamWriter &writer, const CacheScan &scan, const QList<CacheListQuery::Entry> &entries);
    // A deletion plan (`cache rm|prune|trim --dry-run` and the question before a deletion).
    static void plan(JsonStreamWriter &writer, const DeletionPlan &plan);
    // The plan, then what its run did.
    static void report(JsonStreamWriter &writer, const DeletionPlan &plan, const DeletionReport &report);
};

} // namespace hubdeck
