// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>

class QWidget;

namespace hubdeck {

// The question Escape asks before it stops a running deletion. A deletion is not a dialog:
// Escape is what people press to close a menu or a tooltip, and a stopped deletion leaves an
// entry part-deleted (GUI attack K17: a stray Escape stopped a 1.2 GB deletion at once). The
// Cancel button stops without asking; it says what it does.
class StopQuestion
{
    Q_DECLARE_TR_FUNCTIONS(hubdeck::StopQuestion)

public:
    // Window-modal box over parent: "Keep Deleting" (the default, and Escape's) or "Stop
    // Deleting". True when the user chose to stop.
    [[nodiscard]] static bool askToStopDeletion(QWidget *parent);
};

} // namespace hubdeck
