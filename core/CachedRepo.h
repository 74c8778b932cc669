// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CachedBlob.h"
#include "CachedRevision.h"
#include "CorruptedRepo.h"
#include "FileName.h"
#include "IncompleteFile.h"
#include "RepoType.h"
#include "RevisionKey.h"

namespace hubdeck {

struct CachedRepo
{
    QString folderName; // "models--org--name"
    QString repoPath;   // absolute
    RepoType type = RepoType::Model;
    QString repoId;        // "org/name"
    qint64 sizeOnDisk = 0; // distinctBlobsSize(): each distinct file once (logical for shared-store links)
    double lastAccessed = 0;
    double lastModified = 0;
    QList<CachedBlob> blobs;
    QList<CachedRevision> revisions;
    QList<IncompleteFile> incompleteFiles;
    // Beyond huggingface_hub: entries of <repo>/blobs/ that no snapshot links to (left by an
    // interrupted deletion or download), partial downloads and dot-files excepted. Not in
    // sizeOnDisk or nbFiles (the reference's figures), but in the cache's physical size.
    QList<CachedBlob> unreferencedBlobs;
    // Parts of the repo reached through a symlink: "." (the repo folder itself), "blobs",
    // "snapshots" or "refs". HubDeck never deletes through a link, so such a repo is refused
    // by the planner with a reason instead of "freeing" a link.
    QStringList linkedFolders;
    // Snapshot links whose <repo>/blobs/ entry is a folder: huggingface_hub skips them as
    // folders (so does the file list); `cache verify` reports them as "not a regular file".
    QList<CorruptedRepo::MissingBlob> folderBlobs;

    [[nodiscard]] QString cacheId() const { return repoTypeName(type) + u'/' + repoId; }
    [[nodiscard]] qsizetype nbFiles() const { return blobs.size(); }
    [[nodiscard]] bool isEmpty() const { return revisions.isEmpty(); } // no revision left: prune removes it
    [[nodiscard]] RevisionKey key(const CachedRevision &revision) const { return {folderName, revision.commitHash}; }
    [[nodiscard]] qint64 unreferencedSize() const;
    // Bytes of the repo's blobs, each (device, inode) once: two links or hard links to one file
    // are one file. What the scan stores in sizeOnDisk.
    [[nodiscard]] qint64 distinctBlobsSize() const;
    // The same over the blobs a revision's files use: its sizeOnDisk.
    [[nodiscard]] qint64 distinctRevisionSize(const CachedRevision &revision) const;
    [[nodiscard]] QStringList refs() const;
    // Sets the repo's last access and modification to its newest blob's (as
    // huggingface_hub's CachedRepoInfo; left as they are when it has no blobs: the scanner
    // gives such a repo its folder's times) and each revision's lastAccessed.
    void updateTimes();
    // Gives back what the lists grew beyond their size while the repo was scanned, and makes
    // the revisions' files share one copy of each relative path they have in common (most
    // files keep their path from one revision to the next). Nothing visible changes; a
    // million-entry scan holds a fifth less memory (bench/browser_bench.py).
    void compact();
    [[nodiscard]] QString snapshotPath(const CachedRevision &revision) const
    {
        return repoPath + QStringLiteral("/snapshots/") + revision.commitHash;
    }
    [[nodiscard]] QString blobPath(const CachedBlob &blob) const
    {
        return blob.location == CachedBlob::Location::RepoBlobs ? repoPath + QStringLiteral("/blobs/") + FileName::decode(blob.name.bytes())
                                                                : blob.path();
    }
    [[nodiscard]] QString blobPath(int blob) const { return blobPath(blobs[blob]); }
    [[nodiscard]] QString filePath(const CachedRevision &revision, const CachedFile &file) const
    {
        return snapshotPath(revision) + u'/' + file.relativePath;
    }
};

} // namespace hubdeck
