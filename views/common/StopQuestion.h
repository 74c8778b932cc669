// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>

#include <functional>

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

    // Escape's part in a page's Cancel: with a deletion running, stops it once ask() says so
    // (and it still runs), and returns true; false when none runs, for the page to stop what
    // else runs (a scan, a check) at once. Session: CacheSession or HomeSession.
    template <typename Session>
    [[nodiscard]] static bool stopDeletionIfAsked(Session &session, const std::function<bool()> &ask)
    {
        if (!session.isDeleting())
            return false;
        if (ask() && session.isDeleting())
            session.cancelDeletion();
        return true;
    }
};

} // namespace hubdeck
