// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SharedExtentLedger.h"

#include <algorithm>

namespace hubdeck {

qint64 SharedExtentLedger::add(dev_t device, quint64 physical, quint64 length)
{
    if (length == 0)
        return 0;
    std::map<quint64, quint64> &ranges = m_ranges[device];
    quint64 start = physical;
    quint64 end = physical + length;
    quint64 covered = 0;
    // The first range that may touch [start, end): the one before start, if it reaches it.
    auto it = ranges.upper_bound(start);
    if (it != ranges.begin() && std::prev(it)->second >= start)
        --it;
    while (it != ranges.end() && it->first <= end) {
        const quint64 from = std::max(it->first, physical);
        const quint64 to = std::min(it->second, physical + length);
        covered += to > from ? to - from : 0; // a range that only touches is merged, not counted
        start = std::min(start, it->first);
        end = std::max(end, it->second);
        it = ranges.erase(it);
    }
    ranges.emplace(start, end);
    const qint64 added = qint64(length) - qint64(covered);
    m_total += added;
    return added;
}

qint64 SharedExtentLedger::release(dev_t device, quint64 physical, quint64 length)
{
    const auto found = m_ranges.find(device);
    if (found == m_ranges.end() || length == 0)
        return 0;
    std::map<quint64, quint64> &ranges = found->second;
    const quint64 start = physical;
    const quint64 end = physical + length;
    qint64 released = 0;
    auto it = ranges.upper_bound(start);
    if (it != ranges.begin() && std::prev(it)->second > start)
        --it;
    while (it != ranges.end() && it->first < end) {
        const quint64 from = it->first;
        const quint64 to = it->second;
        it = ranges.erase(it);
        released += qint64(std::min(to, end) - std::max(from, start));
        if (from < start)
            ranges.emplace(from, start);
        if (to > end) {
            ranges.emplace(end, to);
            break; // ranges are disjoint: none further starts before end
        }
    }
    m_total -= released;
    return released;
}

bool SharedExtentLedger::overlaps(dev_t device, quint64 physical, quint64 length) const
{
    const auto found = m_ranges.find(device);
    if (found == m_ranges.end() || length == 0)
        return false;
    const std::map<quint64, quint64> &ranges = found->second;
    auto it = ranges.upper_bound(physical);
    if (it != ranges.begin() && std::prev(it)->second > physical)
        return true;
    return it != ranges.end() && it->first < physical + length;
}

} // namespace hubdeck
