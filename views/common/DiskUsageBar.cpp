// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DiskUsageBar.h"

#include "CacheLocation.h"
#include "DisplayFormat.h"

#include <QLocale>
#include <QPainter>
#include <QStorageInfo>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

#include <algorithm>

namespace hubdeck {

namespace {

constexpr int kBarWidth = 120;
constexpr int kTextGap = 8; // between the bar and its line
constexpr int kRefreshMs = 30000;

} // namespace

DiskUsageBar::DiskUsageBar(QWidget *parent)
    : QWidget(parent)
    , m_watcher(new QFutureWatcher<Reading>(this))
    , m_barWidth(kBarWidth)
{
    connect(m_watcher, &QFutureWatcher<Reading>::finished, this, &DiskUsageBar::readingDone);
    setObjectName(QStringLiteral("diskUsage"));
    setAccessibleName(tr("Disk space"));
    auto *timer = new QTimer(this);
    timer->setInterval(kRefreshMs);
    connect(timer, &QTimer::timeout, this, &DiskUsageBar::refresh);
    timer->start();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void DiskUsageBar::setPath(const QString &path)
{
    if (path != m_path) {
        // Another folder may be another filesystem: the old figures would be wrong meanwhile.
        m_free = m_total = -1;
        updateTexts();
    }
    m_path = path;
    refresh();
}

void DiskUsageBar::setBarWidth(int pixels)
{
    m_barWidth = pixels;
    updateGeometry();
    update();
}

void DiskUsageBar::setPendingFree(qint64 bytes)
{
    if (bytes == m_pending)
        return;
    m_pending = bytes;
    updateTexts();
}

void DiskUsageBar::refresh()
{
    if (m_path.isEmpty()) {
        m_free = m_total = -1;
        updateTexts();
        Q_EMIT refreshed();
        return;
    }
    if (m_watcher->isRunning()) {
        m_refreshAgain = true;
        return;
    }
    m_watcher->setFuture(QtConcurrent::run(&DiskUsageBar::read, m_path));
}

DiskUsageBar::Reading DiskUsageBar::read(const QString &path)
{
    Reading reading{path};
    // A cache folder not made yet will be made on the filesystem of its nearest parent.
    const QStorageInfo storage(CacheLocation::nearestExisting(path));
    if (storage.isValid() && storage.isReady() && storage.bytesTotal() > 0) {
        reading.free = storage.bytesAvailable();
        reading.total = storage.bytesTotal();
    }
    return reading;
}

void DiskUsageBar::readingDone()
{
    const Reading reading = m_watcher->result();
    if (m_refreshAgain || reading.path != m_path) {
        m_refreshAgain = false;
        refresh();
        return;
    }
    m_free = reading.free;
    m_total = reading.total;
    updateTexts();
    Q_EMIT refreshed();
}

QString DiskUsageBar::text() const
{
    if (m_free < 0)
        return {};
    const QString now = tr("Disk: %1 free of %2").arg(DisplayFormat::size(m_free), DisplayFormat::size(m_total));
    if (m_pending <= 0)
        return now;
    return now + tr(" → %1 after deleting").arg(DisplayFormat::size(std::min(m_total, m_free + m_pending)));
}

void DiskUsageBar::updateTexts()
{
    setVisible(m_free >= 0);
    const QString label = text();
    setAccessibleDescription(label);
    setToolTip(m_free < 0 ? QString()
                          : tr("%1\nThe filesystem of %2: %3 bytes free (for you) of %4; the ticked deletion frees %5 bytes.")
                                .arg(label, m_path)
                                .arg(QLocale().toString(m_free), QLocale().toString(m_total), QLocale().toString(m_pending)));
    updateGeometry();
    update();
}

QString DiskUsageBar::shownText() const
{
    // Whole when it fits as sizeHint() measured it (elidedText() rounds otherwise, and cut a
    // line that had its room).
    const QString full = text();
    const int room = textRect().width();
    return fontMetrics().horizontalAdvance(full) <= room ? full : fontMetrics().elidedText(full, Qt::ElideRight, room);
}

QRect DiskUsageBar::textRect() const
{
    return {m_barWidth + kTextGap, 0, std::max(0, width() - m_barWidth - kTextGap), height()};
}

QSize DiskUsageBar::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {m_barWidth + kTextGap + metrics.horizontalAdvance(text()), metrics.height() + 4};
}

void DiskUsageBar::paintEvent(QPaintEvent *)
{
    if (m_free < 0 || m_total <= 0)
        return;
    QPainter painter(this);
    const QRect bar(0, (height() - 10) / 2, m_barWidth, 10);
    const auto widthOf = [&](qint64 bytes) {
        return int(double(m_barWidth) * double(std::clamp<qint64>(bytes, 0, m_total)) / double(m_total));
    };
    const int used = widthOf(m_total - m_free);
    const int pending = std::min(used, widthOf(m_pending));
    painter.fillRect(bar, palette().color(QPalette::Base));
    painter.fillRect(QRect(bar.left(), bar.top(), used - pending, bar.height()), palette().color(QPalette::Highlight));
    // What the deletion gives back: still used, about to be free.
    QColor going = palette().color(QPalette::Highlight);
    going.setAlpha(90);
    painter.fillRect(QRect(bar.left() + used - pending, bar.top(), pending, bar.height()), QBrush(going, Qt::BDiagPattern));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    painter.setPen(palette().color(QPalette::WindowText));
    // Cut with an ellipsis where the window is narrow (or the language long), never mid-word
    // without one; the tooltip holds the whole line (GUI attack H11: "… après la suppr").
    painter.drawText(textRect(), Qt::AlignVCenter | Qt::AlignLeft, shownText());
}

} // namespace hubdeck
