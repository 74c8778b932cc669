// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "StageBadgeDelegate.h"

#include "SpacesTableModel.h"

#include <QApplication>
#include <QPainter>

namespace hubdeck {

QColor StageBadgeDelegate::colorFor(const QString &stage)
{
    switch (SpacesTableModel::stageGroup(stage)) {
    case SpacesTableModel::StageGroup::Running:
        return QColor(0x15, 0x80, 0x3d);
    case SpacesTableModel::StageGroup::Building:
        return QColor(0xb4, 0x53, 0x09);
    case SpacesTableModel::StageGroup::Error:
        return QColor(0xb9, 0x1c, 0x1c);
    case SpacesTableModel::StageGroup::Paused:
        return QColor(0x47, 0x55, 0x69);
    case SpacesTableModel::StageGroup::Sleeping:
        return QColor(0x43, 0x38, 0xca);
    case SpacesTableModel::StageGroup::Other:
        break;
    }
    return QColor(0x6b, 0x72, 0x80);
}

void StageBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    const QString text = base.text;
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 14;
    const int height = std::min(option.rect.height() - 4, metrics.height() + 4);
    const QRect pill(option.rect.left() + 4, option.rect.center().y() - height / 2, width, height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colorFor(index.data(SpacesTableModel::StageRole).toString()));
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, text);
    // Stuck for far longer than usual: a warning sign after the badge (its tooltip says since when).
    if (index.data(SpacesTableModel::StuckRole).toBool()) {
        const QRect mark(pill.right() + 4, pill.top(), metrics.height() + 4, pill.height());
        painter->setPen(colorFor(QStringLiteral("BUILD_ERROR")));
        painter->drawText(mark, Qt::AlignCenter, QStringLiteral("⚠"));
    }
    painter->restore();
}

QSize StageBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 24);
    return size;
}

} // namespace hubdeck
