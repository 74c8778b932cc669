// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FileIdentity.h"

namespace hubdeck {

// A hard-linked file with some of its names inside a tree and the others outside it: deleting
// the tree alone leaves the file on disk through those other names; deleting it together with
// the trees that hold them frees it (HomeEntry::freeableTogether joins them).
struct HardLinkShare
{
    FileIdentity file;
    quint64 linksHere = 0; // its names seen inside the tree
    quint64 links = 0;     // st_nlink when measured
    qint64 sizeOnDisk = 0; // st_blocks × 512
};

} // namespace hubdeck
