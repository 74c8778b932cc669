// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QStringList>

namespace hubdeck {

// A payload of the cache-wide shared blob store, <cache>/blobs/<h2>/<hash>.
struct SharedPayload
{
    enum class Manifest { Missing, Unreadable, Readable };

    QString hash;
    QString path; // absolute
    qint64 size = 0;
    qint64 allocated = 0; // st_blocks × 512: what deleting it gives back to the disk
    quint64 device = 0;   // identity of the payload file, so that a repo link reaching it is not counted again
    quint64 inode = 0;
    Manifest manifest = Manifest::Missing;
    QStringList validReferences; // cache-relative "<repo folder>/blobs/<name>" still linking here

    // Only a readable manifest that lists no live link proves that nothing uses the payload.
    [[nodiscard]] bool isReclaimable() const { return manifest == Manifest::Readable && validReferences.isEmpty(); }
};

} // namespace hubdeck
