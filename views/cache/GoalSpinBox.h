// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QDoubleSpinBox>

namespace hubdeck {

// A spin box for an amount in the unit beside it (MB, GB, TB): it keeps six decimals, so that
// "0.03 GB" stays 30 MB rather than becoming 0.0 (a goal of nothing), and shows a value
// without trailing zeros ("50 GB", "0.25 GB", in the locale's own decimal point).
class GoalSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit GoalSpinBox(QWidget *parent = nullptr);

    [[nodiscard]] QString textFromValue(double value) const override;
};

} // namespace hubdeck
