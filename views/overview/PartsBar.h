// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HomeScan.h"

#include <QColor>
#include <QHash>
#include <QRect>
#include <QStringList>
#include <QWidget>

namespace hubdeck {

// The Hugging Face home at a glance: one horizontal bar split into a coloured segment per
// part (hub, xet, datasets, assets, modules, legacy, other), each as wide as its share of
// the home's size on disk, largest first as the tree sorts them, and a legend below naming
// each part with its size. Hovering a
// segment or a legend item tells the part's size and path; clicking one emits partClicked.
// The colours read on light and dark palettes alike (partColor).
class PartsBar : public QWidget
{
    Q_OBJECT

public:
    explicit PartsBar(QWidget *parent = nullptr);

    void setScan(const HomeScan &scan);
    // Keeps the parts in the order they are drawn in now until releaseOrder(): a scan that lands
    // meanwhile updates sizes and widths in place, and a part that is new goes last. The
    // Overview holds it together with its list's order while the pointer is over either, so
    // that the two agree and neither moves under the pointer (GUI attack Q13).
    void holdOrder();
    // Largest first again.
    void releaseOrder();
    [[nodiscard]] bool isOrderHeld() const { return m_held; }
    // The parts' kinds in the order the bar and legend draw them.
    [[nodiscard]] QStringList order() const;
    // The part's colour on this palette: the same hue in both themes, lighter on a dark one.
    [[nodiscard]] static QColor partColor(const QString &kind, const QPalette &palette);
    // Every part's colour on this palette, by kind.
    [[nodiscard]] static QHash<QString, QColor> colors(const QPalette &palette);
    // The part drawn at this point (bar or legend), or "".
    [[nodiscard]] QString partAt(const QPoint &point) const;
    // The size the bar shows for a part (bytes on disk), -1 for a part it does not show.
    [[nodiscard]] qint64 partSize(const QString &kind) const;
    // Where a part's segment is drawn (empty when the part holds nothing), for tests.
    [[nodiscard]] QRect segmentRect(const QString &kind) const;
    // What the bar says in place of segments: "Scanning…" before the first scan, "Nothing on
    // disk yet" for a home that holds nothing, "" when it shows segments or a scan of no parts
    // (a home that cannot be used: the page says why, the bar claims nothing).
    [[nodiscard]] QString placeholderText() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;

Q_SIGNALS:
    void partClicked(const QString &kind);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Item
    {
        QString kind;
        QString label; // "Xet — 1.2 GB"
        qint64 size = 0;
        bool exists = false;
        QString path;
        QRect segment; // in the bar; empty for an empty part
        QRect legend;  // swatch and label
    };
    void sortItems();
    void layoutItems();
    [[nodiscard]] int legendHeight(int width) const;
    [[nodiscard]] QString toolTipFor(const Item &item) const;
    void updateAccessibleText();

    QList<Item> m_items;
    qint64 m_total = 0;
    bool m_scanned = false; // setScan was called
    QString m_hovered;
    bool m_held = false;
    QStringList m_heldOrder; // kinds, as drawn when the order was held
};

} // namespace hubdeck
