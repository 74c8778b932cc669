// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "InodeRanges.h"

#include <algorithm>

namespace hubdeck {

namespace {

void appendNumber(QByteArray &bytes, quint64 value)
{
    do {
        const auto low = char(value & 0x7f);
        value >>= 7;
        bytes.append(value != 0 ? char(low | 0x80) : low);
    } while (value != 0);
}

bool readNumber(const QByteArray &bytes, qsizetype &at, quint64 &value)
{
    value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (at >= bytes.size())
            return false;
        const auto byte = quint8(bytes.at(at++));
        const quint64 bits = quint64(byte & 0x7f);
        if (shift == 63 && bits > 1)
            return false;
        value |= bits << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

QList<std::pair<quint64, quint64>> merged(QList<std::pair<quint64, quint64>> ranges)
{
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<quint64, quint64>> out;
    for (const auto &range : std::as_const(ranges)) {
        if (!out.isEmpty() && (out.last().second == ~quint64(0) || range.first <= out.last().second + 1))
            out.last().second = std::max(out.last().second, range.second);
        else
            out.append(range);
    }
    return out;
}

} // namespace

InodeRanges InodeRanges::of(QList<quint64> inodes)
{
    QList<std::pair<quint64, quint64>> ranges;
    ranges.reserve(inodes.size());
    for (const quint64 inode : std::as_const(inodes))
        ranges.append({inode, inode});
    InodeRanges set;
    set.m_ranges = merged(std::move(ranges));
    return set;
}

bool InodeRanges::contains(quint64 inode) const
{
    const auto after = std::upper_bound(m_ranges.cbegin(), m_ranges.cend(), inode,
                                        [](quint64 value, const std::pair<quint64, quint64> &range) { return value < range.first; });
    return after != m_ranges.cbegin() && inode <= std::prev(after)->second;
}

InodeRanges InodeRanges::united(const InodeRanges &other) const
{
    InodeRanges set;
    set.m_ranges = merged(m_ranges + other.m_ranges);
    return set;
}

QByteArray InodeRanges::encoded(qsizetype maxBytes) const
{
    QByteArray bytes;
    quint64 end = 0; // one past the last range's last inode
    for (const auto &[first, last] : m_ranges) {
        QByteArray one;
        appendNumber(one, first - end);
        appendNumber(one, last - first);
        if (bytes.size() + one.size() > maxBytes)
            break;
        bytes += one;
        end = last + 1;
    }
    return bytes;
}

std::optional<InodeRanges> InodeRanges::decoded(const QByteArray &bytes)
{
    InodeRanges set;
    quint64 end = 0;
    bool first = true;
    for (qsizetype at = 0; at < bytes.size();) {
        quint64 gap = 0;
        quint64 length = 0;
        if (!readNumber(bytes, at, gap) || !readNumber(bytes, at, length))
            return std::nullopt;
        // A gap of 0 after a range would have been merged into it.
        if ((!first && gap == 0) || gap > ~quint64(0) - end || length > ~quint64(0) - (end + gap))
            return std::nullopt;
        set.m_ranges.append({end + gap, end + gap + length});
        end = end + gap + length + 1;
        first = false;
        if (end == 0 && at < bytes.size()) // wrapped past 2^64 - 1
            return std::nullopt;
    }
    return set;
}

} // namespace hubdeck
