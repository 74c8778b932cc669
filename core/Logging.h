// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

namespace hubdeck {
Q_DECLARE_LOGGING_CATEGORY(lcScan)
Q_DECLARE_LOGGING_CATEGORY(lcDelete)
Q_DECLARE_LOGGING_CATEGORY(lcSharedStore)
Q_DECLARE_LOGGING_CATEGORY(lcHome)
} // namespace hubdeck
