// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HubLogging.h"

namespace hubdeck {

Q_LOGGING_CATEGORY(lcHub, "hubdeck.hub", QtWarningMsg)

} // namespace hubdeck
