// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "PartsBar.h"

#include "DisplayFormat.h"
#include "HomeTreeModel.h"
#include "PrintableText.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace hubdeck {

namespace {

constexpr int kBarHeight = 30;
constexpr int kGap = 8;
constexpr int kSwatch = 12;
constexpr int kItemSpacing = 20;
constexpr int kMinSegment = 3; // a part of a few bytes still shows, and can be clicked

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

PartsBar::PartsBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("partsBar"));
    setAccessibleName(tr("Parts of the Hugging Face home"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    updateAccessibleText();
}

QColor PartsBar::partColor(const QString &kind, const QPalette &palette)
{
    // Tableau 10: distinct hues that stay apart for the common colour blindnesses, and read
    // with dark text on a light window; a dark window gets them lighter, so a segment never
    // sinks into the background.
    static const QHash<QString, QColor> base{
        {QStringLiteral("hub"), QColor(0x4e, 0x79, 0xa7)},
        {QStringLiteral("xet"), QColor(0xf2, 0x8e, 0x2b)},
        {QStringLiteral("datasets"), QColor(0x59, 0xa1, 0x4f)},
        {QStringLiteral("assets"), QColor(0xb0, 0x7a, 0xa1)},
        {QStringLiteral("modules"), QColor(0x76, 0xb7, 0xb2)},
        {QStringLiteral("legacy"), QColor(0x9c, 0x75, 0x5f)},
        {QStringLiteral("transformers"), QColor(0xed, 0xc9, 0x48)},
        {QStringLiteral("other"), QColor(0xba, 0xb0, 0xac)},
        {QStringLiteral("datasets-downloads"), QColor(0xff, 0x9d, 0xa7)},
        {QStringLiteral("datasets-extracted"), QColor(0xe1, 0x57, 0x59)},
    };
    const QColor color = base.value(kind, QColor(0xba, 0xb0, 0xac));
    if (!isDark(palette))
        return color;
    return kind == u"other" ? QColor(0x8c, 0x84, 0x80) : color.lighter(120);
}

QHash<QString, QColor> PartsBar::colors(const QPalette &palette)
{
    QHash<QString, QColor> result;
    for (const char *kind :
         {"hub", "xet", "datasets", "datasets-downloads", "datasets-extracted", "assets", "modules", "transformers", "legacy", "other"})
        result.insert(QString::fromLatin1(kind), partColor(QString::fromLatin1(kind), palette));
    return result;
}

void PartsBar::setScan(const HomeScan &scan)
{
    m_items.clear();
    m_total = 0;
    m_scanned = true;
    for (const HomeScan::Part &part : scan.parts) {
        Item item;
        item.kind = part.kind;
        item.size = part.sizeOnDisk;
        item.exists = part.exists;
        item.path = part.path;
        item.label = tr("%1 — %2").arg(HomeTreeModel::partLabel(part.kind), DisplayFormat::size(part.sizeOnDisk));
        m_total += std::max<qint64>(0, part.sizeOnDisk);
        m_items.append(item);
    }
    // Empty folders only: a full-width "Other 4.1 kB" segment would picture a home that holds
    // something. The legend still gives each part's folder its size.
    if (scan.holdsNothing())
        m_total = 0;
    sortItems();
    layoutItems();
    updateAccessibleText();
    updateGeometry();
    update();
}

void PartsBar::sortItems()
{
    // Largest first, as the tree opens sorted; equal sizes keep the scan's order.
    std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) { return a.size > b.size; });
    if (!m_held)
        return;
    // Held: each part where it was; new parts after them, largest first.
    const auto rank = [this](const Item &item) {
        const qsizetype at = m_heldOrder.indexOf(item.kind);
        return at < 0 ? m_heldOrder.size() : at;
    };
    std::stable_sort(m_items.begin(), m_items.end(), [&rank](const Item &a, const Item &b) { return rank(a) < rank(b); });
}

void PartsBar::holdOrder()
{
    if (m_held)
        return;
    m_held = true;
    m_heldOrder = order();
}

void PartsBar::releaseOrder()
{
    if (!m_held)
        return;
    m_held = false;
    m_heldOrder.clear();
    const QStringList before = order();
    sortItems();
    if (order() == before)
        return;
    layoutItems();
    updateAccessibleText();
    update();
}

QStringList PartsBar::order() const
{
    QStringList kinds;
    for (const Item &item : m_items)
        kinds.append(item.kind);
    return kinds;
}

void PartsBar::updateAccessibleText()
{
    if (m_items.isEmpty()) {
        setAccessibleDescription(m_scanned ? QString() : tr("Nothing scanned yet."));
        return;
    }
    QStringList parts;
    for (const Item &item : std::as_const(m_items))
        parts.append(item.label);
    setAccessibleDescription(tr("Size on disk by part: %1. Click a part to show it in the list.").arg(parts.join(QStringLiteral("; "))));
}

QString PartsBar::toolTipFor(const Item &item) const
{
    const QString share = m_total > 0 ? QLocale().toString(100.0 * double(item.size) / double(m_total), 'f', 1) : QStringLiteral("0");
    QString text =
        tr("<b>%1</b>: %2 on disk, %3% of the home").arg(HomeTreeModel::partLabel(item.kind), DisplayFormat::size(item.size), share);
    text += QStringLiteral("<br>") + PrintableText::name(item.path).toHtmlEscaped();
    if (!item.exists)
        text += QStringLiteral("<br>") + tr("Not on disk.");
    return text + QStringLiteral("<br><i>") + tr("Click to show it in the list.") + QStringLiteral("</i>");
}

int PartsBar::legendHeight(int width) const
{
    const QFontMetrics metrics(font());
    const int rowHeight = metrics.height() + 6;
    int x = 0;
    int rows = m_items.isEmpty() ? 0 : 1;
    for (const Item &item : m_items) {
        const int itemWidth = kSwatch + 6 + metrics.horizontalAdvance(item.label);
        if (x > 0 && x + itemWidth > width) {
            ++rows;
            x = 0;
        }
        x += itemWidth + kItemSpacing;
    }
    return rows * rowHeight;
}

int PartsBar::heightForWidth(int width) const
{
    return kBarHeight + kGap + legendHeight(width);
}

QSize PartsBar::sizeHint() const
{
    return {600, heightForWidth(600)};
}

QSize PartsBar::minimumSizeHint() const
{
    return {200, heightForWidth(width() > 0 ? width() : 600)};
}

void PartsBar::layoutItems()
{
    const int barWidth = std::max(0, width() - 1);
    // Segments: each part's share, at least kMinSegment pixels when it holds anything; the
    // largest gives back what the small ones took.
    QList<int> widths;
    int used = 0;
    int largest = -1;
    for (int i = 0; i < m_items.size(); ++i) {
        const qint64 size = m_items[i].size;
        int w = 0;
        if (m_total > 0 && size > 0)
            w = std::max(kMinSegment, int(double(barWidth) * double(size) / double(m_total) + 0.5));
        widths.append(w);
        used += w;
        if (w > 0 && (largest < 0 || size > m_items[largest].size))
            largest = i;
    }
    if (largest >= 0)
        widths[largest] = std::max(kMinSegment, widths[largest] + barWidth - used);
    int x = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        m_items[i].segment = widths[i] > 0 ? QRect(x, 0, widths[i], kBarHeight) : QRect();
        x += widths[i];
    }

    const QFontMetrics metrics(font());
    const int rowHeight = metrics.height() + 6;
    int lx = 0;
    int ly = kBarHeight + kGap;
    for (Item &item : m_items) {
        const int itemWidth = kSwatch + 6 + metrics.horizontalAdvance(item.label);
        if (lx > 0 && lx + itemWidth > width()) {
            lx = 0;
            ly += rowHeight;
        }
        item.legend = QRect(lx, ly, itemWidth, rowHeight);
        lx += itemWidth + kItemSpacing;
    }
}

qint64 PartsBar::partSize(const QString &kind) const
{
    for (const Item &item : m_items)
        if (item.kind == kind)
            return item.size;
    return -1;
}

QString PartsBar::partAt(const QPoint &point) const
{
    for (const Item &item : m_items)
        if (item.segment.contains(point) || item.legend.contains(point))
            return item.kind;
    return {};
}

QRect PartsBar::segmentRect(const QString &kind) const
{
    for (const Item &item : m_items)
        if (item.kind == kind)
            return item.segment;
    return {};
}

QString PartsBar::placeholderText() const
{
    if (m_total > 0)
        return {};
    if (m_items.isEmpty())
        return m_scanned ? QString() : tr("Scanning…");
    return tr("Nothing on disk yet");
}

void PartsBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QRect bar(0, 0, std::max(0, width() - 1), kBarHeight);
    painter.fillRect(bar, palette().color(QPalette::Base));
    const QFontMetrics metrics(font());
    for (const Item &item : std::as_const(m_items)) {
        if (item.segment.isEmpty())
            continue;
        QColor fill = partColor(item.kind, palette());
        if (item.kind == m_hovered)
            fill = isDark(palette()) ? fill.lighter(115) : fill.darker(112);
        painter.fillRect(item.segment, fill);
        // The name inside the segment when it fits: dark text on a light colour, light on dark.
        const QColor text = qGray(fill.rgb()) > 140 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
        const QRect inner = item.segment.adjusted(6, 0, -6, 0);
        const QString name = HomeTreeModel::partLabel(item.kind);
        const QString withSize = tr("%1 %2").arg(name, DisplayFormat::size(item.size));
        QString shown;
        if (metrics.horizontalAdvance(withSize) <= inner.width())
            shown = withSize;
        else if (metrics.horizontalAdvance(name) <= inner.width())
            shown = name;
        if (!shown.isEmpty()) {
            painter.setPen(text);
            painter.drawText(inner, Qt::AlignVCenter | Qt::AlignLeft, shown);
        }
        // A thin line between segments, in the window colour, so neighbours of close hues part.
        painter.setPen(palette().color(QPalette::Window));
        painter.drawLine(item.segment.topRight(), item.segment.bottomRight());
    }
    if (const QString placeholder = placeholderText(); !placeholder.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(bar, Qt::AlignCenter, placeholder);
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(bar);

    for (const Item &item : std::as_const(m_items)) {
        const QRect swatch(item.legend.left(), item.legend.center().y() - kSwatch / 2, kSwatch, kSwatch);
        painter.fillRect(swatch, partColor(item.kind, palette()));
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(swatch.adjusted(0, 0, -1, -1));
        QFont labelFont = font();
        labelFont.setUnderline(item.kind == m_hovered);
        painter.setFont(labelFont);
        painter.setPen(palette().color(item.exists ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
        painter.drawText(item.legend.adjusted(kSwatch + 6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, item.label);
        painter.setFont(font());
    }
}

void PartsBar::mouseMoveEvent(QMouseEvent *event)
{
    const QString kind = partAt(event->position().toPoint());
    if (kind != m_hovered) {
        m_hovered = kind;
        setCursor(kind.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void PartsBar::mousePressEvent(QMouseEvent *event)
{
    const QString kind = partAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && !kind.isEmpty()) {
        Q_EMIT partClicked(kind);
        return;
    }
    QWidget::mousePressEvent(event);
}

void PartsBar::leaveEvent(QEvent *event)
{
    m_hovered.clear();
    update();
    QWidget::leaveEvent(event);
}

void PartsBar::resizeEvent(QResizeEvent *event)
{
    layoutItems();
    QWidget::resizeEvent(event);
}

void PartsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        layoutItems();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

bool PartsBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString kind = partAt(help->pos());
        for (const Item &item : std::as_const(m_items))
            if (item.kind == kind) {
                QToolTip::showText(help->globalPos(), toolTipFor(item), this,
                                   item.segment.contains(help->pos()) ? item.segment : item.legend);
                return true;
            }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace hubdeck
