// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <csignal>

namespace hubdeck::cli {

// For as long as it lives, SIGINT, SIGTERM and SIGHUP (Ctrl+C, kill, a closed terminal) do not
// end the process but set a flag that a deletion polls between two removals, so it stops cleanly
// and reports what it did. One the caller ignores (nohup, a script's background job) stays ignored.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    // Whether a signal came since the guard was made.
    [[nodiscard]] static bool interrupted();
    // The exit code for a command that stopped because of it: ExitCode::interruptedBy(the
    // first signal that came; SIGINT when none did).
    [[nodiscard]] static int exitCode();

private:
    struct sigaction m_oldInt
    {
    };
    struct sigaction m_oldTerm
    {
    };
    struct sigaction m_oldHup
    {
    };
};

} // namespace hubdeck::cli
