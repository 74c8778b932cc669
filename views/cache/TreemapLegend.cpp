// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "TreemapLegend.h"

#include <QPainter>

#include <algorithm>

namespace hubdeck {

namespace {
constexpr double kYear = 365.0;
constexpr int kStripHeight = 10;
constexpr int kMargin = 6;
} // namespace

TreemapLegend::TreemapLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("treemapLegend"));
    setAccessibleName(tr("Colour legend"));
    QStringList words;
    for (const auto &tick : ticks())
        words.append(tick.second);
    setAccessibleDescription(tr("Areas are coloured by last access, from teal (%1) to grey (%2).").arg(words.first(), words.last()));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QColor TreemapLegend::colorForAge(double days)
{
    // Fresh is saturated teal, a year or more is grey: what is old fades.
    const double t = std::clamp(days, 0.0, kYear) / kYear;
    const QColor fresh(0x0d, 0x94, 0x88), stale(0x9c, 0xa3, 0xaf);
    return QColor::fromRgbF(float(fresh.redF() + (stale.redF() - fresh.redF()) * t),
                            float(fresh.greenF() + (stale.greenF() - fresh.greenF()) * t),
                            float(fresh.blueF() + (stale.blueF() - fresh.blueF()) * t));
}

QList<std::pair<int, QString>> TreemapLegend::ticks()
{
    return {{0, tr("today")}, {30, tr("1 month")}, {91, tr("3 months")}, {182, tr("6 months")}, {365, tr("a year or more")}};
}

QSize TreemapLegend::sizeHint() const
{
    return {300, kStripHeight + fontMetrics().height() + 3 * 3};
}

void TreemapLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const QList<std::pair<int, QString>> marks = ticks();
    // Room for the end labels to sit centred under their ticks without being cut off.
    const int leftRoom = std::max(kMargin, metrics.horizontalAdvance(marks.first().second) / 2 + 2);
    const int rightRoom = std::max(kMargin, metrics.horizontalAdvance(marks.last().second) / 2 + 2);
    const QRectF strip(leftRoom, 3, std::max(10, width() - leftRoom - rightRoom), kStripHeight);
    QLinearGradient gradient(strip.topLeft(), strip.topRight());
    constexpr int kStops = 8;
    for (int i = 0; i <= kStops; ++i)
        gradient.setColorAt(double(i) / kStops, colorForAge(kYear * i / kStops));
    painter.fillRect(strip, gradient);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawRect(strip.adjusted(-0.5, -0.5, 0.5, 0.5));
    // Labels that would run into the previous one are left out, so a narrow strip stays legible.
    auto leftOf = [&](int days, const QString &label) {
        const double x = strip.left() + strip.width() * days / kYear;
        const int w = metrics.horizontalAdvance(label);
        return std::clamp(x - w / 2.0, 0.0, std::max(0.0, double(width() - w)));
    };
    const double finalLeft = leftOf(marks.last().first, marks.last().second);
    double lastRight = -1e9;
    for (const auto &[days, label] : marks) {
        const double x = strip.left() + strip.width() * days / kYear;
        painter.drawLine(QPointF(x, strip.bottom()), QPointF(x, strip.bottom() + 3));
        const int w = metrics.horizontalAdvance(label);
        const double left = leftOf(days, label);
        const bool isLast = days == marks.last().first;
        if (!isLast && (left < lastRight + 6 || left + w + 6 > finalLeft))
            continue;
        painter.drawText(QPointF(left, strip.bottom() + 3 + metrics.ascent()), label);
        lastRight = left + w;
    }
}

} // namespace hubdeck
