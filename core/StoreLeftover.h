// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace hubdeck {

// A file of the shared blob store that belongs to a payload which is gone: its ".refs"
// manifest, its ".lock" or a manifest rewrite's ".refs.<8 hex>.tmp". A prune
// or deletion stopped between the payload's unlink and the manifest's leaves them; huggingface_hub
// never removes a ".lock" at all. Nothing else lists them, so the scan does, and prune removes
// them under the payload's lock.
struct StoreLeftover
{
    QString hash; // the payload it belonged to
    QString path; // absolute
    qint64 size = 0;
    qint64 allocated = 0; // st_blocks × 512
};

} // namespace hubdeck
