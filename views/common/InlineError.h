// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QLabel>

namespace hubdeck {

// The red line under what failed: errors are shown beside their cause, not in a stack of
// modal boxes. Hidden while empty.
class InlineError : public QLabel
{
    Q_OBJECT

public:
    explicit InlineError(QWidget *parent = nullptr);
    void showMessage(const QString &message);
    // A neutral progress line in the same place ("Checking the token…").
    void showInfo(const QString &message);
    [[nodiscard]] QString message() const { return isHidden() ? QString() : text(); }
};

} // namespace hubdeck
