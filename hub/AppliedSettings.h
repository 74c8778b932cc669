// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "SpaceRuntime.h"

#include <QString>

#include <optional>

namespace hubdeck {

// What was asked of a Space (hardware, sleep time) against what its runtime reports: the Hub
// may record another flavour than the one asked for (no payment method, a flavour withdrawn),
// run another one once the Space is up, or keep its own sleep time (free hardware always
// sleeps after 48 h). The CLI prints the sentence after `spaces settings`; the GUI shows it in
// the Space's detail panel after the Hardware and Sleep time dialogs.
class AppliedSettings
{
public:
    struct Asked
    {
        QString hardware;                // a flavour, e.g. t4-medium; empty: not asked
        std::optional<qint64> sleepTime; // seconds, -1 for never; none: not asked
        [[nodiscard]] bool isEmpty() const { return hardware.isEmpty() && !sleepTime; }
    };

    // One line saying what differs, e.g. "Asked for t4-medium; the Hub runs cpu-basic
    // (requested: t4-medium)."; empty when the runtime agrees. A Space still building or
    // starting (SpaceRuntime::isTransitional) has not applied its hardware yet: only a
    // different requested flavour counts then, and only the requested one counts while it does
    // not run (paused, sleeping: no current hardware).
    [[nodiscard]] static QString mismatch(const Asked &asked, const SpaceRuntime &runtime);
    // "never", "48h", "10m", "90s".
    [[nodiscard]] static QString sleepText(qint64 seconds);
};

} // namespace hubdeck
