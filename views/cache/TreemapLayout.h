// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QRectF>

namespace hubdeck {

// Squarified treemap (Bruls, Huizing, van Wijk): lays out weights in a rectangle so that
// each area is proportional to its weight and the cells stay close to squares.
class TreemapLayout
{
public:
    // One rectangle per weight, in the same order; zero or negative weights get empty rects.
    [[nodiscard]] static QList<QRectF> squarify(const QList<double> &weights, const QRectF &bounds);
};

} // namespace hubdeck
