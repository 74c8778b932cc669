// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HubResult.h"

#include <QTest>

#include <functional>

namespace hubdeck::test {

// Runs one asynchronous HubClient call to its end, the event loop turning meanwhile (so a
// fake Hub in the same process answers). A call that never ends fails the test run loudly.
template <typename T>
HubResult<T> await(const std::function<void(HubCallback<T>)> &call, int timeoutMs = 30000)
{
    HubResult<T> result;
    bool done = false;
    call([&](HubResult<T> r) {
        result = std::move(r);
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qFatal("the Hub call never finished");
    return result;
}

} // namespace hubdeck::test
