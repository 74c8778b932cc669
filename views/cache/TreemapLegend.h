// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QWidget>

namespace hubdeck {

// The key to the treemap's colour-by-last-access: a gradient strip in the very colours the
// areas get, from "today" to "a year or more", with ticks at the ages people think in.
class TreemapLegend : public QWidget
{
    Q_OBJECT

public:
    explicit TreemapLegend(QWidget *parent = nullptr);

    // The colour of something last accessed this many days ago (a year or more: the last).
    [[nodiscard]] static QColor colorForAge(double days);
    // The ticks: days since the last access and what the strip says there.
    [[nodiscard]] static QList<std::pair<int, QString>> ticks();
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace hubdeck
