// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "RepoType.h"

#include <QIcon>

namespace hubdeck {

// Small badges for repo types and item kinds, painted at every device pixel ratio so they
// stay sharp on HiDPI screens without an icon theme.
class TypeIcons
{
public:
    [[nodiscard]] static QIcon repo(RepoType type);
    [[nodiscard]] static QIcon revision(bool detached);
    [[nodiscard]] static QIcon file();
    [[nodiscard]] static QIcon incomplete();
    [[nodiscard]] static QIcon warning();
};

} // namespace hubdeck
