// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QStyledItemDelegate>

namespace hubdeck {

// Draws a Space's stage as a coloured pill that always carries its text, so the colour is
// never the only cue; white on saturated colours reads on light and dark themes alike.
class StageBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    [[nodiscard]] static QColor colorFor(const QString &stage);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace hubdeck
