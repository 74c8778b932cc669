// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

namespace hubdeck {

// The Hub client's log ("hubdeck.hub"): calls, retries, redirects, never a token or a
// secret's value (tst_hubhardening reads every line it writes).
Q_DECLARE_LOGGING_CATEGORY(lcHub)

} // namespace hubdeck
