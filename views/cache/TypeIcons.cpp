// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "TypeIcons.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace hubdeck {

namespace {

QIcon badge(const QColor &color, QChar letter, bool hollow = false)
{
    QIcon icon;
    for (int size : {16, 22, 32, 48}) {
        for (qreal ratio : {1.0, 2.0}) {
            QPixmap pixmap(QSize(size, size) * ratio);
            pixmap.setDevicePixelRatio(ratio);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const QRectF rect(1, 1, size - 2, size - 2);
            if (hollow) {
                painter.setPen(QPen(color, size / 10.0));
                painter.setBrush(Qt::NoBrush);
            } else {
                painter.setPen(Qt::NoPen);
                painter.setBrush(color);
            }
            painter.drawRoundedRect(rect, size / 5.0, size / 5.0);
            QFont font = QApplication::font();
            font.setBold(true);
            font.setPixelSize(int(size * 0.62));
            painter.setFont(font);
            painter.setPen(hollow ? color : QColor(Qt::white));
            painter.drawText(rect, Qt::AlignCenter, QString(letter));
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

} // namespace

QIcon TypeIcons::repo(RepoType type)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(type));
    if (it == cache.end()) {
        switch (type) {
        case RepoType::Model:
            it = cache.insert(int(type), badge(QColor(0x3b, 0x82, 0xf6), u'M'));
            break;
        case RepoType::Dataset:
            it = cache.insert(int(type), badge(QColor(0xdc, 0x26, 0x26), u'D'));
            break;
        case RepoType::Space:
            it = cache.insert(int(type), badge(QColor(0x16, 0xa3, 0x4a), u'S'));
            break;
        }
    }
    return *it;
}

QIcon TypeIcons::revision(bool detached)
{
    static const QIcon attached = badge(QColor(0x6b, 0x72, 0x80), u'@');
    static const QIcon loose = badge(QColor(0x9c, 0xa3, 0xaf), u'@', true);
    return detached ? loose : attached;
}

QIcon TypeIcons::file()
{
    return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
}

QIcon TypeIcons::incomplete()
{
    static const QIcon icon = badge(QColor(0xd9, 0x77, 0x06), u'~', true);
    return icon;
}

QIcon TypeIcons::warning()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

} // namespace hubdeck
