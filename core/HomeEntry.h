// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HardLinkShare.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace hubdeck {

// One thing in a Hugging Face home that can be looked at (and most of them deleted) as a whole:
// a dataset's processed Arrow caches, an xet endpoint's chunk cache, an asset folder... (issue
// #14). A value type: a scan holds one per entry, never one per file.
struct HomeEntry
{
    // lastAccessed / lastModified of an entry that holds no file: lower than any time, so
    // that the newest of several is std::max of them.
    static constexpr double kNoTime = -std::numeric_limits<double>::infinity();
    [[nodiscard]] static bool hasTime(double seconds) { return seconds != kNoTime; }

    // What the entry is; it decides the sentence on what deleting it costs (HomeEntryKind).
    enum class Kind {
        HubRepo,              // hub/<type>s--<org>--<name>: deleted through the Cache page and `cache rm`
        HubOther,             // hub/.locks, hub/blobs (the shared blob store) and the rest of hub/
        XetChunkCache,        // xet/<endpoint>/chunk-cache: downloaded chunks
        XetShardCache,        // xet/<endpoint>/shard-cache: dedup metadata of files seen
        XetStaging,           // xet/<endpoint>/staging: data of uploads being prepared
        XetLogs,              // xet/logs
        XetEmptyEndpoint,     // xet/<endpoint> holding nothing (left by a deletion killed before it went)
        DatasetsDownloads,    // datasets/downloads without extracted/: the raw files load_dataset fetched
        DatasetsExtracted,    // datasets/downloads/extracted: archives unpacked from those
        DatasetArrowCache,    // datasets/<org>___<name>: the processed Arrow caches of every config
        DatasetsLocks,        // datasets/*.lock that no longer belong to a cache folder
        DatasetsEmptyBuilder, // datasets/<packaged builder> (parquet, json…) with no config left in it
        Assets,               // assets/<library>/<namespace>/<subfolder>
        Module,               // modules/<library>_modules: dynamic modules of remote code
        LegacyFile,           // transformers/<url hash>.<etag hash> with its .json and .lock
        InterruptedDeletion,  // <name>.hubdeck-deleting: a deletion stopped part-way; rm finishes it
        KeptArrivals,         // <name>.hubdeck-kept[-N]: what a program wrote into an entry while it was deleted
        Credentials,          // token, stored_tokens: never deletable
        Unknown,              // anything else: listed with its size, never deleted by HubDeck
    };

    Kind kind = Kind::Unknown;
    QString name;        // as listed: relative to its part ("org___name", "https___cas…/chunk-cache")
    QString path;        // absolute; what `home rm` takes
    QStringList members; // absolute paths deleted with it (a legacy file's .json and .lock)
    QString hubRepo;     // a dataset cache's repo in the hub cache ("datasets--org--name"), or ""
    // The entry's own file or folder when listed (lstat: a link is the link): a deletion refuses
    // an entry whose path now names another one (replaced since). {0, 0} when not known.
    FileIdentity identity;
    // Its birth time then (PosixFs::birthTime, ns since the epoch), 0 when not known: a folder
    // made anew in its place may get the same inode number (ext4), not the same birth (T9).
    qint64 born = 0;
    qint64 sizeOnDisk = 0;   // bytes allocated (st_blocks × 512), each inode once across the scan
    qint64 apparentSize = 0; // bytes, st_size summed
    // Bytes on disk (st_blocks × 512) that deleting the entry gives back: sizeOnDisk less the
    // hard-linked files that keep a link outside the entry, which stay on disk through it.
    // What a plan promises; sizeOnDisk stays what du counts.
    qint64 freeable = 0;
    // Hard-linked files with some of their names in the entry and the others outside it: not in
    // freeable, but freed when the entries holding all their names are deleted together.
    QList<HardLinkShare> sharedLinks; // empty for nearly every entry
    // Blocks of its files that other files share (reflinks, snapshots: see SharedExtents), not
    // in freeable: the disk keeps them while the others stay. 0 but on btrfs, XFS and the like.
    qint64 sharedExtents = 0;
    // An interrupted deletion's folder (renamed aside): bytes on disk of what a program wrote
    // into it after it was set aside, with the folders that hold that (AsideFolder::measureKept).
    // The run that finishes the deletion keeps them, so they are not in freeable; they are in
    // sizeOnDisk, which is what du counts. 0 for every other entry.
    qint64 keptArrivals = 0;
    // Some of keptArrivals was moved in while the stopped run went, told by its change time
    // alone, which may also be the entry's own old files (a chmod -R meanwhile): the finishing
    // run keeps it as "<name>.hubdeck-kept", never under the entry's name (attack Z9, Z13).
    bool keptArrivalsApart = false;
    // Names below it that are no folder (regular files and links), as find counts them: a
    // hard-linked file whose bytes an entry measured first counted is one of this entry's too.
    qint64 files = 0;
    // A file's name lies below it, counted in files or, hard-linked, in an entry measured first
    // (downloads copied with cp -al into a moved downloads folder): not empty (attack F4).
    bool holdsFiles = false;
    // Newest st_atime / st_mtime of a file below it, seconds since the epoch; kNoTime when it
    // holds no file. 0 is a time (1970, as `touch -d @0` or an archive without times leaves
    // it), and so is a time before 1970 (attack N18).
    double lastAccessed = kNoTime;
    double lastModified = kNoTime;
    // Not empty when the entry is in use: "held open by python3 (pid 4242)", "locked by ..."
    // (InUseFiles). Such an entry is listed, and `home rm` refuses it.
    QString inUse;
    // A removal of this entry in place (HomeDeletion, see HomeScanner::removingMarker) was
    // stopped part-way: part of what it held is gone. `home rm` of it finishes the removal.
    bool removalInterrupted = false;
    // Renamed aside or marked by another process's deletion that runs now (HomeScan::
    // deletionRunning): not a stopped one, never offered; keep says by whom.
    bool beingDeleted = false;
    // Not empty when the entry is listed but never deletable, and says why: it holds something
    // never to delete (an access token that HF_TOKEN_PATH put inside it), it is not the
    // library's (a part's variable pointing at the user's own folder), or not all of it can be
    // read (its size then counts only what could be).
    QString keep;
    // The entry is its part's own folder, the part's one entry (datasets' downloads moved by
    // HF_DATASETS_DOWNLOADED_DATASETS_PATH, with their extracted/; HfHome::Kind::
    // DatasetsDownloads, DatasetsExtracted): deleting it empties that folder and keeps it, as a
    // part's folder always stays.
    bool partRoot = false;

    // Deleting the entry removes what its folder holds but not the folder itself (datasets
    // keeps downloads/, which holds extracted/; a part's own folder): that folder's inode counts
    // in its part, not in the entry, so that the entry's size is what deleting it frees.
    [[nodiscard]] bool keepsItsFolder() const { return kind == Kind::DatasetsDownloads || partRoot; }
    // A folder entry that keeps its folder and holds nothing (datasets/downloads once its
    // downloads went): deleting it would free nothing, so HomeScanner does not offer it, and a
    // part that holds only such entries is already clear (HomeDeletion::Plan::alreadyClear).
    // Only of a kind HubDeck deletes: a user's folder a variable names that holds only empty
    // folders of its own is not a cleaned cache (attack report 17, F10: "Nothing left to delete").
    [[nodiscard]] bool emptied() const
    {
        return keepsItsFolder() && ofDeletableKind() && files == 0 && !holdsFiles && members.isEmpty() && !removalInterrupted;
    }
    // Children of the entry's folder that are not deleted with it: datasets/downloads'
    // extracted/, and the name it has while a deletion of it has renamed it aside
    // ("extracted.hubdeck-deleting", HomeScanner::deletingSuffix), which is an interrupted
    // deletion of its own, not a download; in a part's own folder, the marker of its removal
    // (removingMarker()), and nothing else: a moved downloads folder goes with its extracted/.
    [[nodiscard]] QList<QByteArray> separateChildren() const;
    // Where a removal of the entry in place records that it runs (HomeScanner::removingPrefix):
    // beside the entry, or, for a part's own folder, inside it, as nothing outside a part is
    // ever written. Absolute.
    [[nodiscard]] QString removingMarker() const;

    // Bytes on disk that deleting these entries together gives back: their freeable bytes, plus
    // each hard-linked file whose names all lie in them though spread over several (each entry
    // alone leaves it to the others). What a plan or a selection promises; each entry once.
    [[nodiscard]] static qint64 freeableTogether(const QList<const HomeEntry *> &entries);
    [[nodiscard]] static qint64 freeableTogether(const QList<HomeEntry> &entries);

    [[nodiscard]] bool deletable() const { return keep.isEmpty() && ofDeletableKind(); }
    // Whether HubDeck deletes entries of this kind at all: when one is not deletable all the
    // same, its keep says what stands in the way (a folder it cannot empty, a mount inside).
    [[nodiscard]] bool ofDeletableKind() const
    {
        return kind != Kind::HubRepo && kind != Kind::HubOther && kind != Kind::Credentials && kind != Kind::Unknown;
    }
};

} // namespace hubdeck
