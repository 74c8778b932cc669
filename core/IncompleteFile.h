// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace hubdeck {

// An interrupted download, <repo>/blobs/<etag>[.<8 hex>].incomplete.
struct IncompleteFile
{
    QString path;       // absolute
    QString repoFolder; // e.g. "models--org--name"
    qint64 size = 0;
    qint64 allocated = 0; // st_blocks × 512

    [[nodiscard]] QString etag() const;
};

} // namespace hubdeck
