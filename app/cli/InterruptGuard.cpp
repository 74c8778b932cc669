// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "InterruptGuard.h"

#include "ExitCode.h"

#include <atomic>
#include <utility>

namespace hubdeck::cli {

namespace {

std::atomic_bool g_interrupted = false;
std::atomic_int g_signal = 0;

extern "C" void onInterrupt(int signal)
{
    int none = 0;
    g_signal.compare_exchange_strong(none, signal);
    g_interrupted = true;
}

} // namespace

InterruptGuard::InterruptGuard()
{
    g_interrupted = false;
    g_signal = 0;
    struct sigaction action
    {
    };
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    // SIGHUP too: a terminal or SSH session that goes away stops the run between two
    // removals, as Ctrl+C does, instead of killing it in the middle of one (attack N21 j).
    // A signal the caller ignores stays ignored: under nohup (SIGHUP) or in a background job
    // of a script (SIGINT) the run is meant to go on.
    for (auto &[signal, old] : {std::pair{SIGINT, &m_oldInt}, std::pair{SIGTERM, &m_oldTerm}, std::pair{SIGHUP, &m_oldHup}}) {
        ::sigaction(signal, nullptr, old);
        if (old->sa_handler != SIG_IGN)
            ::sigaction(signal, &action, nullptr);
    }
}

InterruptGuard::~InterruptGuard()
{
    ::sigaction(SIGINT, &m_oldInt, nullptr);
    ::sigaction(SIGTERM, &m_oldTerm, nullptr);
    ::sigaction(SIGHUP, &m_oldHup, nullptr);
}

bool InterruptGuard::interrupted()
{
    return g_interrupted.load();
}

int InterruptGuard::exitCode()
{
    const int signal = g_signal.load();
    return ExitCode::interruptedBy(signal != 0 ? signal : SIGINT);
}

} // namespace hubdeck::cli
