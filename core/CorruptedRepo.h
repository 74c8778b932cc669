// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QString>

namespace hubdeck {

// An entry of the cache root that huggingface_hub would skip with a warning. HubDeck keeps it
// so the user can see what it is, how big it is, and remove it.
struct CorruptedRepo
{
    enum class Reason {
        NotADirectory,
        BadFolderName,
        BadRepoType,
        NoSnapshotsFolder,
        RefsIsAFile,
        FileInSnapshots,
        BrokenLink,
        RefToMissingCommit,
        Unreadable, // beyond the reference, which would crash: an I/O error inside the repo
    };

    // A snapshot entry whose link leads nowhere (Reason::BrokenLink). huggingface_hub drops the
    // whole repo for it (rule 7), and so does the scan; `cache verify` reports each one as missing.
    struct MissingBlob
    {
        QString commitHash; // the revision folder's name
        QString filePath;   // absolute path of the snapshot entry (the link)
        QString blobPath;   // absolute path its link leads to, which does not exist
    };

    QString path;    // absolute path of the root entry
    QString message; // the reference's warning text
    Reason reason = Reason::Unreadable;
    qint64 sizeOnDisk = 0; // regular files under it, links not followed (st_size)
    qint64 allocated = 0;  // the same files' st_blocks × 512
    // False for what an HF_HOME holds beside its hub cache (credentials such as `token`, other
    // caches such as `xet` or `hub` itself): listed as a warning, never planned for deletion.
    bool deletable = true;
    QString cacheId;                 // "model/org/name" when the folder name is a repo's, else empty
    QList<MissingBlob> missingBlobs; // every broken link found, in walk order
};

} // namespace hubdeck
