// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QWidget>

#include <initializer_list>

namespace hubdeck::TabOrder {

// Qt follows creation order for Tab; a form whose widgets are created before their layout
// is built needs the visual order spelled out. (QWidget::setTabOrder with a list is Qt 6.6.)
inline void chain(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace hubdeck::TabOrder
