// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QElapsedTimer>

namespace hubdeck {

// The time a long job (a deletion, an integrity check) has left, from its average rate since
// it started: steady disks make the average the best guess, and it does not jump about as a
// recent rate does between a large blob and many small ones. No guess in the first two
// seconds or before 1 % is done, when the rate says nothing yet.
class ProgressEstimate
{
public:
    void start() { m_clock.start(); }
    // done and total in any one unit (bytes, steps); seconds left, or -1 when too early to say.
    [[nodiscard]] double secondsLeft(double done, double total) const
    {
        return m_clock.isValid() ? secondsLeft(done, total, double(m_clock.elapsed()) / 1000.0) : -1;
    }
    [[nodiscard]] static double secondsLeft(double done, double total, double elapsedSeconds)
    {
        if (elapsedSeconds < kMinSeconds || total <= 0 || done < total * kMinShare || done <= 0)
            return -1;
        return done >= total ? 0 : elapsedSeconds * (total - done) / done;
    }

    static constexpr double kMinSeconds = 2.0;
    static constexpr double kMinShare = 0.01;

private:
    QElapsedTimer m_clock;
};

} // namespace hubdeck
