// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "GoalSpinBox.h"

#include <QLocale>

namespace hubdeck {

GoalSpinBox::GoalSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setDecimals(6);
}

QString GoalSpinBox::textFromValue(double value) const
{
    QString text = locale().toString(value, 'f', decimals());
    // The group separator is left out as QDoubleSpinBox does, so that what it shows parses back.
    text.remove(locale().groupSeparator());
    const QString point = locale().decimalPoint();
    if (const qsizetype at = text.indexOf(point); at >= 0) {
        qsizetype end = text.size();
        while (end > at + point.size() && text.at(end - 1) == locale().zeroDigit().at(0))
            --end;
        if (end == at + point.size())
            end = at;
        text.truncate(end);
    }
    return text;
}

} // namespace hubdeck
