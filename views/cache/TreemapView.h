// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QPixmap>
#include <QWidget>

namespace hubdeck {

class CacheTreeModel;

// A squarified treemap of the cache: repos as areas, split into revisions, split into their
// files, sized by bytes. Colours by repo type or by last access. Hover names an area, a
// click selects it in the tree, a double click ticks its revision (or repo). From the
// keyboard, arrows move between areas, Enter goes into a repo's revisions, Backspace back
// out, Space ticks. Painted with QPainter into a cached pixmap; laid out by size, so the
// list's sort never moves it.
class TreemapView : public QWidget
{
    Q_OBJECT

public:
    enum class Coloring { ByType, ByAccess };

    explicit TreemapView(CacheTreeModel *model, QWidget *parent = nullptr);

    void setColoring(Coloring coloring);
    [[nodiscard]] Coloring coloring() const { return m_coloring; }
    // The (repo, revision, file) under a point; -1 where there is none.
    struct Hit
    {
        int repo = -1;
        int revision = -1;
        int file = -1;
    };
    [[nodiscard]] Hit hitAt(const QPointF &point);
    [[nodiscard]] QString describe(const Hit &hit) const;
    [[nodiscard]] static QString usage(); // what the areas are, and how the keys move
    // The area the keyboard is on: a repo, or one of its revisions.
    [[nodiscard]] Hit current() const { return m_current; }
    [[nodiscard]] QSize sizeHint() const override { return {600, 260}; }

Q_SIGNALS:
    void itemClicked(int repo, int revision);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Cell
    {
        QRectF rect;
        int repo;
        int revision; // -1 for a repo cell
        int file;     // -1 for repo and revision cells
    };
    void invalidate();
    void layout();
    [[nodiscard]] QColor colorFor(int repo) const;
    [[nodiscard]] const Cell *cellOf(const Hit &hit) const;
    void setCurrent(const Hit &hit);
    // The nearest area of the same kind in that direction, weighing sideways distance more.
    void moveCurrent(QPointF direction);
    void toggle(const Hit &hit);

    CacheTreeModel *m_model;
    Coloring m_coloring = Coloring::ByType;
    QList<Cell> m_cells; // parents before children
    QPixmap m_cache;
    bool m_dirty = true;
    Hit m_current;
};

} // namespace hubdeck
