// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HomeScan.h"

#include <QHash>
#include <QString>

namespace hubdeck {

// The entries of one HomeScan by path, looked up in constant time: what HomeScan::entry answers
// by walking every entry, which a plan asked once per entry, so that planning 40,000 legacy
// downloads took 30 s (attack A3). The same answer as HomeScan::entry: the first entry, in the
// order of parts and entries, whose path or one of whose members is the path.
// It points into the scan: valid while that scan lives and its entries do not change.
class HomeEntryIndex
{
public:
    explicit HomeEntryIndex(const HomeScan &scan);

    // The entry listed with this absolute path (or one of its members), or nullptr.
    [[nodiscard]] const HomeEntry *entry(const QString &path) const { return m_byPath.value(path, nullptr); }
    // The part whose folder holds entries below this absolute path, which is no entry itself
    // (datasets/parquet holding its configs, assets/<library>, xet/<endpoint>), or nullptr: such
    // a folder stands for its entries, as a part's folder does (HomeDeletion::plan). Not for the
    // hub part, whose repos `cache rm` deletes, nor for "other".
    [[nodiscard]] const HomeScan::Part *partHolding(const QString &folder) const { return m_holders.value(folder, nullptr); }
    // The nearest listed entry whose folder holds this absolute path below it
    // (datasets/parquet/<config> for datasets/parquet/<config>/0.0.0), or nullptr: a path inside
    // an entry, which HubDeck deletes only whole, is refused with that entry named.
    [[nodiscard]] const HomeEntry *entryHolding(const QString &path) const;

private:
    QHash<QString, const HomeEntry *> m_byPath;
    QHash<QString, const HomeScan::Part *> m_holders;
};

} // namespace hubdeck
