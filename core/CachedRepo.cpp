// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CachedRepo.h"

#include "DistinctSize.h"

#include <QSet>

#include <algorithm>

namespace hubdeck {

QStringList CachedRepo::refs() const
{
    QStringList all;
    for (const CachedRevision &revision : revisions)
        all += revision.refs;
    all.sort();
    all.removeDuplicates();
    return all;
}

qint64 CachedRepo::unreferencedSize() const
{
    qint64 total = 0;
    for (const CachedBlob &blob : unreferencedBlobs)
        if (!blob.isSharedLink() && !blob.isLink)
            total += blob.size;
    return total;
}

void CachedRepo::updateTimes()
{
    if (!blobs.isEmpty()) {
        lastAccessed = lastModified = -1;
        for (const CachedBlob &blob : std::as_const(blobs)) {
            lastAccessed = std::max(lastAccessed, blob.lastAccessed);
            lastModified = std::max(lastModified, blob.lastModified);
        }
    }
    for (CachedRevision &revision : revisions) {
        if (revision.files.isEmpty()) {
            revision.lastAccessed = lastAccessed;
            continue;
        }
        revision.lastAccessed = -1;
        for (const CachedFile &file : std::as_const(revision.files))
            if (file.blob >= 0 && file.blob < blobs.size())
                revision.lastAccessed = std::max(revision.lastAccessed, blobs[file.blob].lastAccessed);
        if (revision.lastAccessed < 0)
            revision.lastAccessed = lastAccessed;
    }
}

qint64 CachedRepo::distinctBlobsSize() const
{
    DistinctSize size;
    for (const CachedBlob &blob : blobs)
        size.add(blob);
    return size.total();
}

qint64 CachedRepo::distinctRevisionSize(const CachedRevision &revision) const
{
    DistinctSize size;
    QSet<int> seen; // blobs never stat'ed (no inode) still count once per index
    for (const CachedFile &file : revision.files)
        if (!seen.contains(file.blob)) {
            seen.insert(file.blob);
            size.add(blobs[file.blob]);
        }
    return size.total();
}

void CachedRepo::compact()
{
    QSet<QString> paths;
    for (CachedRevision &revision : revisions) {
        for (CachedFile &file : revision.files) {
            if (const auto same = paths.constFind(file.relativePath); same != paths.cend())
                file.relativePath = *same; // shares the first one's characters
            else
                paths.insert(file.relativePath);
        }
        revision.files.squeeze();
    }
    revisions.squeeze();
    blobs.squeeze();
    unreferencedBlobs.squeeze();
}

} // namespace hubdeck
