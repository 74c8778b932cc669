// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "ScanJson.h"

#include "DeletionTally.h"
#include "JsonStreamWriter.h"
#include "PrintableText.h"

#include <QJsonObject>

namespace hubdeck {

// Every object below writes its members in QJsonObject's order (keys sorted by UTF-16 code
// unit): the documents were QJsonObjects once, and scripts and the golden files hold those
// bytes. tst_cli checks each document against QJsonDocument's own printing of it.

namespace {

// Every string in the display form (PrintableText::name): names may hold bytes that are not
// UTF-8, which JSON cannot carry faithfully. Where that form differs from the name, the name's
// bytes follow as "<key>_bytes" (PrintableText::rawBytes), which sorts right after its key.
void text(JsonStreamWriter &writer, QStringView key, const QString &value)
{
    writer.member(key, PrintableText::name(value));
    if (const std::optional<QString> bytes = PrintableText::rawBytes(value))
        writer.member(PrintableText::bytesKey(key), *bytes);
}

void texts(JsonStreamWriter &writer, QStringView key, const QStringList &values)
{
    writer.key(key);
    writer.beginArray();
    for (const QString &value : values)
        writer.value(PrintableText::name(value));
    writer.endArray();
    if (const QStringList bytes = PrintableText::rawBytes(values); !bytes.isEmpty()) {
        writer.key(PrintableText::bytesKey(key));
        writer.beginArray();
        for (const QString &value : bytes)
            writer.value(value);
        writer.endArray();
    }
}

void incompleteFiles(JsonStreamWriter &writer, const QList<IncompleteFile> &files)
{
    writer.beginArray();
    for (const IncompleteFile &file : files) {
        writer.beginObject();
        text(writer, u"file_path", file.path);
        writer.member(u"size_on_disk", file.size);
        writer.endObject();
    }
    writer.endArray();
}

void revisionJson(JsonStreamWriter &writer, const CachedRepo &repo, const CachedRevision &revision)
{
    writer.beginObject();
    text(writer, u"commit_hash", revision.commitHash);
    writer.key(u"files");
    writer.beginArray();
    for (const CachedFile &file : revision.files) {
        const CachedBlob &blob = repo.blobs[file.blob];
        writer.beginObject();
        writer.member(u"blob_last_accessed", blob.lastAccessed);
        writer.member(u"blob_last_modified", blob.lastModified);
        text(writer, u"blob_path", repo.blobPath(blob));
        text(writer, u"file_name", file.fileName().toString());
        text(writer, u"file_path", repo.filePath(revision, file));
        writer.member(u"size_on_disk", blob.size);
        writer.endObject();
    }
    writer.endArray();
    writer.member(u"last_modified", revision.lastModified);
    writer.member(u"nb_files", revision.nbFiles());
    texts(writer, u"refs", revision.refs);
    writer.member(u"size_on_disk", revision.sizeOnDisk);
    text(writer, u"snapshot_path", repo.snapshotPath(revision));
    writer.endObject();
}

void repoJson(JsonStreamWriter &writer, const CachedRepo &repo, const QList<const CachedRevision *> &revisions)
{
    writer.beginObject();
    text(writer, u"id", repo.cacheId());
    writer.key(u"incomplete_files");
    incompleteFiles(writer, repo.incompleteFiles);
    writer.member(u"last_accessed", repo.lastAccessed);
    writer.member(u"last_modified", repo.lastModified);
    writer.member(u"nb_files", repo.nbFiles());
    texts(writer, u"refs", repo.refs());
    text(writer, u"repo_id", repo.repoId);
    text(writer, u"repo_path", repo.repoPath);
    text(writer, u"repo_type", repoTypeName(repo.type));
    writer.key(u"revisions");
    writer.beginArray();
    for (const CachedRevision *revision : revisions)
        revisionJson(writer, repo, *revision);
    writer.endArray();
    writer.member(u"size_on_disk", repo.sizeOnDisk);
    writer.endObject();
}

void pathsAndSizes(JsonStreamWriter &writer, QStringView key, const QList<StoreLeftover> &leftovers)
{
    writer.key(key);
    writer.beginArray();
    for (const StoreLeftover &leftover : leftovers) {
        writer.beginObject();
        text(writer, u"path", leftover.path);
        writer.member(u"size_on_disk", leftover.size);
        writer.endObject();
    }
    writer.endArray();
}

QStringList payloadPaths(const DeletionPlan &plan, const QStringList &hashes)
{
    QStringList paths;
    paths.reserve(hashes.size());
    for (const QString &hash : hashes)
        paths.append(plan.cacheDir + QStringLiteral("/blobs/") + hash.left(2) + u'/' + hash);
    return paths;
}

// The plan's members, with a run's report (when given) merged in at their places in the
// key order.
void planJson(JsonStreamWriter &writer, const DeletionPlan &plan, const DeletionReport *report)
{
    // What happened, measured; the plan's figures are what was expected.
    // (Only written with a report.)
    const DeletionTally tally = report ? DeletionTally::of(plan, *report) : DeletionTally{};
    writer.beginObject();
    texts(writer, u"blobs", plan.blobs);
    if (report)
        writer.member(u"canceled", report->canceled);
    texts(writer, u"empty_folders", plan.emptyFolders);
    if (report)
        texts(writer, u"errors", report->errors);
    writer.member(u"expected_freed_on_disk", plan.expectedFreedOnDisk);
    writer.member(u"expected_freed_size", plan.expectedFreedSize);
    texts(writer, u"files", plan.files);
    if (report)
        writer.member(u"freed_size", report->freedBytes);
    if (report) // not in freed_size: removed blobs a running process still holds open or mapped
        writer.member(u"held_open_size", report->heldOpenBytes);
    if (report) // not in freed_size: on overlayfs, what the container image's layers keep
        writer.member(u"hidden_in_image_size", report->hiddenBytes);
    texts(writer, u"incomplete_files", plan.incompleteFiles);
    if (report)
        texts(writer, u"kept_downloads", report->keptDownloads);
    if (report) // a file plan stopped before their turn: prune removes them
        texts(writer, u"left_unreferenced_blobs", report->leftUnreferencedBlobs);
    texts(writer, u"missing", plan.missingTargets);
    if (report)
        texts(writer, u"notes", report->notes);
    if (report) { // begun and not finished: the same command, or prune, finishes them
        QStringList partly;
        for (const DeletionReport::PartlyRemoved &revision : report->partlyRemovedRevisions)
            partly.append(revision.snapshotPath);
        texts(writer, u"partly_removed_snapshots", partly);
    }
    texts(writer, u"refs", plan.refs);
    texts(writer, u"refused", plan.refused);
    if (report) {
        writer.member(u"removed", QJsonObject{{QStringLiteral("repos"), tally.reposRemoved},
                                              {QStringLiteral("revisions"), tally.revisionsRemoved},
                                              {QStringLiteral("corrupted_entries"), tally.corruptedRemoved},
                                              {QStringLiteral("empty_repos"), tally.emptyReposRemoved},
                                              {QStringLiteral("empty_folders"), tally.emptyFoldersRemoved},
                                              {QStringLiteral("files"), tally.filesRemoved},
                                              {QStringLiteral("unreferenced_blobs"), tally.unreferencedBlobsRemoved},
                                              {QStringLiteral("incomplete_files"), tally.incompleteRemoved},
                                              {QStringLiteral("shared_blobs"), tally.payloadsRemoved},
                                              {QStringLiteral("shared_store_leftovers"), tally.storeLeftoversRemoved}});
        // The lists of the plan are what was to go; these are what is gone (after a stop, a
        // part of them).
        writer.key(u"removed_paths");
        writer.beginObject();
        texts(writer, u"blobs", report->removedBlobs);
        texts(writer, u"empty_folders", report->removedEmptyFolders);
        texts(writer, u"files", report->removedFiles);
        texts(writer, u"incomplete_files", report->removedIncompleteFiles);
        texts(writer, u"refs", report->removedRefs);
        texts(writer, u"repos", report->removedRepos);
        texts(writer, u"shared_store_leftovers", report->removedStoreLeftovers);
        texts(writer, u"snapshots", report->removedSnapshots);
        writer.endObject();
    }
    texts(writer, u"repos", plan.repos);
    if (report) {
        writer.member(u"revisions_partly_removed", tally.revisionsPartlyRemoved);
        writer.member(u"revisions_untouched", tally.revisionsUntouched);
    }
    // The payloads this plan removes; those it only checks (still linked from another repo,
    // so they stay) are listed apart, never among what goes.
    texts(writer, u"shared_blobs", payloadPaths(plan, plan.sharedPayloadsRemoved));
    texts(writer, u"shared_blobs_kept", payloadPaths(plan, plan.sharedPayloadsKept()));
    texts(writer, u"shared_blobs_removed", payloadPaths(plan, plan.sharedPayloadsRemoved));
    if (report) // not in freed_size: blocks the disk keeps while other files share them (reflinks)
        writer.member(u"shared_extents_size", report->sharedBytes);
    texts(writer, u"shared_store_leftovers", plan.storeLeftovers);
    texts(writer, u"snapshots", plan.snapshots);
    texts(writer, u"unreferenced_blobs", plan.unreferencedBlobs);
    texts(writer, u"unreferenced_shared_blobs", payloadPaths(plan, plan.unreferencedPayloads));
    writer.endObject();
}

} // namespace

void ScanJson::scan(JsonStreamWriter &writer, const CacheScan &scan, const QList<CacheListQuery::Entry> &entries)
{
    writer.beginObject();
    text(writer, u"cache_dir", scan.cacheDir);
    writer.key(u"empty_repos");
    writer.beginArray();
    for (const CachedRepo &repo : scan.repos) {
        if (!repo.isEmpty())
            continue;
        writer.beginObject();
        text(writer, u"repo_id", repo.repoId);
        text(writer, u"repo_path", repo.repoPath);
        text(writer, u"repo_type", repoTypeName(repo.type));
        writer.endObject();
    }
    writer.endArray();
    writer.key(u"incomplete_files");
    incompleteFiles(writer, scan.incompleteFiles);

    // Entries keep their order; with --revisions, a repo lists only its matching revisions.
    writer.key(u"repos");
    writer.beginArray();
    for (qsizetype i = 0; i < entries.size();) {
        const CachedRepo *repo = entries[i].repo;
        QList<const CachedRevision *> revisions;
        if (!entries[i].revision) {
            for (const CachedRevision &revision : repo->revisions)
                revisions.append(&revision);
            ++i;
        } else {
            for (; i < entries.size() && entries[i].repo == repo; ++i)
                revisions.append(entries[i].revision);
        }
        repoJson(writer, *repo, revisions);
    }
    writer.endArray();

    writer.key(u"shared_store");
    writer.beginObject();
    // Beyond the reference: what it does not see, but takes disk space and prune removes.
    pathsAndSizes(writer, u"leftovers", scan.storeLeftovers);
    writer.member(u"payloads", scan.sharedPayloads.size());
    writer.member(u"present", scan.hasSharedStore);
    writer.key(u"unreferenced");
    writer.beginArray();
    for (const SharedPayload &payload : scan.sharedPayloads) {
        if (!payload.isReclaimable())
            continue;
        writer.beginObject();
        text(writer, u"path", payload.path);
        writer.member(u"size_on_disk", payload.size);
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();

    writer.member(u"size_on_disk", scan.sizeOnDisk);
    writer.key(u"unreferenced_blobs");
    writer.beginArray();
    for (const CachedRepo &repo : scan.repos) {
        for (const CachedBlob &blob : repo.unreferencedBlobs) {
            writer.beginObject();
            writer.member(u"blob_last_accessed", blob.lastAccessed);
            writer.member(u"blob_last_modified", blob.lastModified);
            text(writer, u"blob_path", repo.blobPath(blob));
            text(writer, u"repo_path", repo.repoPath);
            writer.member(u"size_on_disk", blob.isSharedLink() ? 0 : blob.size);
            writer.endObject();
        }
    }
    writer.endArray();
    writer.key(u"warnings");
    writer.beginArray();
    for (const CorruptedRepo &corrupted : scan.corrupted) {
        writer.beginObject();
        writer.member(u"deletable", corrupted.deletable);
        // The id `cache rm` and `cache verify` take for it (a repo-named entry the scan set aside).
        if (!corrupted.cacheId.isEmpty())
            text(writer, u"id", corrupted.cacheId);
        text(writer, u"message", corrupted.message);
        text(writer, u"path", corrupted.path);
        writer.member(u"size_on_disk", corrupted.sizeOnDisk);
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
}

void ScanJson::plan(JsonStreamWriter &writer, const DeletionPlan &plan)
{
    planJson(writer, plan, nullptr);
}

void ScanJson::report(JsonStreamWriter &writer, const DeletionPlan &plan, const DeletionReport &report)
{
    planJson(writer, plan, &report);
}

} // namespace hubdeck
