// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "InterruptGuard.h"

#include <atomic>

namespace hubdeck::cli {

namespace {

std::atomic_bool g_interrupted = false;

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

} // namespace

InterruptGuard::InterruptGuard()
{
    g_interrupted = false;
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

} // namespace hubdeck::cli
