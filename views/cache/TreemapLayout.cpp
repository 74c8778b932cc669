// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "TreemapLayout.h"

#include <algorithm>
#include <numeric>

namespace hubdeck {

namespace {

// The worst aspect ratio of a row of areas laid along a side of length `side`.
double worst(const QList<double> &row, double side)
{
    if (row.isEmpty() || side <= 0)
        return std::numeric_limits<double>::max();
    const double sum = std::accumulate(row.cbegin(), row.cend(), 0.0);
    const auto [smallest, largest] = std::minmax_element(row.cbegin(), row.cend());
    const double s2 = sum * sum, w2 = side * side;
    return std::max(w2 * *largest / s2, s2 / (w2 * *smallest));
}

} // namespace

QList<QRectF> TreemapLayout::squarify(const QList<double> &weights, const QRectF &bounds)
{
    QList<QRectF> rects(weights.size());
    const double total = std::accumulate(weights.cbegin(), weights.cend(), 0.0, [](double a, double w) { return a + std::max(0.0, w); });
    if (total <= 0 || bounds.isEmpty())
        return rects;
    // Largest first gives the best squares; remember where each weight came from.
    QList<int> order;
    for (int i = 0; i < weights.size(); ++i)
        if (weights[i] > 0)
            order.append(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return weights[a] > weights[b]; });
    const double scale = bounds.width() * bounds.height() / total;

    QRectF free = bounds;
    qsizetype next = 0;
    while (next < order.size()) {
        const bool horizontal = free.width() >= free.height(); // the row runs along the shorter side
        const double side = horizontal ? free.height() : free.width();
        QList<double> row;
        qsizetype end = next;
        while (end < order.size()) {
            QList<double> candidate = row;
            candidate.append(weights[order[end]] * scale);
            if (!row.isEmpty() && worst(candidate, side) > worst(row, side))
                break;
            row = std::move(candidate);
            ++end;
        }
        const double rowArea = std::accumulate(row.cbegin(), row.cend(), 0.0);
        const double thickness = side > 0 ? rowArea / side : 0;
        double offset = 0;
        for (qsizetype k = next; k < end; ++k) {
            const double length = thickness > 0 ? row[k - next] / thickness : 0;
            rects[order[k]] = horizontal ? QRectF(free.left(), free.top() + offset, thickness, length)
                                         : QRectF(free.left() + offset, free.top(), length, thickness);
            offset += length;
        }
        free = horizontal ? free.adjusted(thickness, 0, 0, 0) : free.adjusted(0, thickness, 0, 0);
        next = end;
    }
    return rects;
}

} // namespace hubdeck
