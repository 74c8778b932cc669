// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>

#include <map>
#include <sys/types.h>

namespace hubdeck {

// Physical ranges of shared extents (SharedExtents), by device, each byte once. Two uses:
// - a measure counts the shared blocks of a group of files once, however many of its files
//   hold them (two reflinked copies are 100 MB of shared blocks, not 200: attack S1);
// - a deletion notes the shared blocks of each file it removed: the disk keeps them while
//   another file holds them. When it later removes a file that holds the same blocks, now
//   unshared, that file was their last holder and they are freed (release()), so the run's
//   "kept because shared" figure is what stays kept, not what was shared on the way.
// Not thread-safe: one per measure group or per run, behind the caller's lock.
class SharedExtentLedger
{
public:
    // Holds [physical, physical + length) on `device`; returns the bytes of it not held before.
    qint64 add(dev_t device, quint64 physical, quint64 length);
    // Lets go of what it holds of [physical, physical + length); returns those bytes.
    qint64 release(dev_t device, quint64 physical, quint64 length);
    [[nodiscard]] bool overlaps(dev_t device, quint64 physical, quint64 length) const;
    // Bytes held, all devices together.
    [[nodiscard]] qint64 total() const { return m_total; }

private:
    std::map<dev_t, std::map<quint64, quint64>> m_ranges; // start -> end, disjoint, not touching
    qint64 m_total = 0;
};

} // namespace hubdeck
