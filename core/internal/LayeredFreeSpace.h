// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QtGlobal>

namespace hubdeck {

// What a removal freed on overlayfs (a container whose image holds the caches): a removed file
// of the image's read-only layers is only hidden behind a whiteout, and its blocks stay. The
// files' own sizes then overstate what the disk got back (attack U1: "freed: 8.4M" where not a
// byte was), so the figure is the filesystem's free-space gain, never more than the removed
// files held (another program may free space meanwhile), and the rest is reported as hidden.
// Elsewhere the files' sizes are the truth and the measure is not taken.
class LayeredFreeSpace
{
public:
    struct Split
    {
        qint64 freed = 0;  // bytes the disk gained (≤ the removed files' bytes)
        qint64 hidden = 0; // bytes the image's layers keep
    };
    // Reads the free space of the filesystem holding path now, if path lies on overlayfs
    // (PosixFs::isOverlay, PosixFs::freeBytes).
    explicit LayeredFreeSpace(const QString &path);
    // Whether path lies on overlayfs and its free space could be read.
    [[nodiscard]] bool measures() const { return m_freeBefore >= 0; }
    // removedBytes (what the removed files held, st_blocks × 512) split against the free space
    // gained since construction. Off overlayfs, or when the free space cannot be read again,
    // all of it counts as freed.
    [[nodiscard]] Split split(qint64 removedBytes) const;

private:
    QString m_path;
    qint64 m_freeBefore = -1;
};

} // namespace hubdeck
