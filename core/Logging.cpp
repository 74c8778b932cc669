// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "Logging.h"

namespace hubdeck {
Q_LOGGING_CATEGORY(lcScan, "hubdeck.scan", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDelete, "hubdeck.delete", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSharedStore, "hubdeck.sharedstore", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHome, "hubdeck.home", QtWarningMsg)
} // namespace hubdeck
