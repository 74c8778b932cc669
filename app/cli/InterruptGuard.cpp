// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "InterruptGuard.h"

#include "ExitCode.h"

#include <atomic>

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
    ::sigaction(SIGINT, &action, &m_oldInt);
    ::sigaction(SIGTERM, &action, &m_oldTerm);
}

InterruptGuard::~InterruptGuard()
{
    ::sigaction(SIGINT, &m_oldInt, nullptr);
    ::sigaction(SIGTERM, &m_oldTerm, nullptr);
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
