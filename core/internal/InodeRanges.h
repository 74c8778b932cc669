// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace hubdeck {

// A set of inode numbers as sorted, merged ranges: the files of an unpacked archive or a copied
// tree get consecutive inode numbers, so that a few bytes stand for thousands of them where a
// folder's user attributes must fit in one ext4 block (AsideFolder::recordStop).
class InodeRanges
{
public:
    InodeRanges() = default;
    [[nodiscard]] static InodeRanges of(QList<quint64> inodes);

    [[nodiscard]] bool isEmpty() const { return m_ranges.isEmpty(); }
    [[nodiscard]] bool contains(quint64 inode) const;
    // This set and other's together.
    [[nodiscard]] InodeRanges united(const InodeRanges &other) const;
    // As bytes: each range as its gap from the end of the one before and its length, both
    // unsigned LEB128, in order. At most maxBytes, cut at a range: what does not fit is left
    // out, so the decoded set may be smaller, never larger.
    [[nodiscard]] QByteArray encoded(qsizetype maxBytes) const;
    // nullopt for bytes encoded() cannot have written (cut inside a number, empty range, past
    // 2^64).
    [[nodiscard]] static std::optional<InodeRanges> decoded(const QByteArray &bytes);

private:
    QList<std::pair<quint64, quint64>> m_ranges; // [first, last], sorted, disjoint, not adjacent
};

} // namespace hubdeck
