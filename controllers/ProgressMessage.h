// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "ProgressEstimate.h"

#include <QElapsedTimer>
#include <QString>

namespace hubdeck {

// The status bar's line for a long job, as every page words it (a deletion, an integrity
// check): what is done of the total, then the time left. The status bar is read, not watched:
// a new line at most four times a second, and always the last one.
class ProgressMessage
{
public:
    // The job starts: the clock of the time left starts, and the next line is due at once.
    void start();
    // Whether to show a line now: the first, the last (finished), or one 250 ms after the one before.
    [[nodiscard]] bool due(bool finished);
    // text, then " — about … left" once the rate says (done and total in one unit, bytes or steps).
    [[nodiscard]] QString withTimeLeft(const QString &text, double done, double total) const;

    static constexpr qint64 kMinMilliseconds = 250;

private:
    ProgressEstimate m_estimate;
    QElapsedTimer m_last;
};

} // namespace hubdeck
