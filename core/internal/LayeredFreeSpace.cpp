// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "LayeredFreeSpace.h"

#include "PosixFs.h"

#include <algorithm>

namespace hubdeck {

LayeredFreeSpace::LayeredFreeSpace(const QString &path)
    : m_path(path)
    , m_freeBefore(PosixFs::isOverlay(path) ? PosixFs::freeBytes(path) : -1)
{}

LayeredFreeSpace::Split LayeredFreeSpace::split(qint64 removedBytes) const
{
    const qint64 freeAfter = measures() ? PosixFs::freeBytes(m_path) : -1;
    if (freeAfter < 0)
        return {removedBytes, 0};
    const qint64 gained = std::clamp<qint64>(freeAfter - m_freeBefore, 0, std::max<qint64>(0, removedBytes));
    return {gained, removedBytes - gained};
}

} // namespace hubdeck
