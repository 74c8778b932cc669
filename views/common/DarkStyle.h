// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QProxyStyle>

namespace hubdeck {

// Fusion for the dark theme, with tick boxes that show: Fusion outlines a tick box in the
// window colour made darker, which on a dark row is black on near-black. This draws Fusion's
// box, then a frame in the palette's Mid colour (a light grey in HubDeck's dark palette).
class DarkStyle : public QProxyStyle
{
    Q_OBJECT

public:
    DarkStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace hubdeck
