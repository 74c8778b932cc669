// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QPixmap>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace hubdeck {

class CacheFilterProxy;
class CacheTreeModel;
class TreemapLegend;

// A squarified treemap of the cache: repos as areas, split into revisions, split into their
// files, sized by bytes, each labelled where its name fits. Colours by repo type or by last
// access (with a legend). Shows only what the tree's filter lets through. Hover names an
// area, a click selects it in the tree, and the tree's current item is outlined here. A
// double click zooms into a repo (its revisions fill the map) and, zoomed in, ticks a
// revision; right click or Backspace zooms back out. From the keyboard, arrows move between
// areas, Enter zooms into a repo, Backspace back out, Space ticks. Painted with QPainter
// into a cached pixmap; laid out by size, so the list's sort never moves it.
class TreemapView : public QWidget
{
    Q_OBJECT

public:
    enum class Coloring { ByType, ByAccess };

    explicit TreemapView(CacheTreeModel *model, QWidget *parent = nullptr);

    void setColoring(Coloring coloring);
    [[nodiscard]] Coloring coloring() const { return m_coloring; }
    // Repos and revisions this proxy filters out are left out of the map; it relays out
    // whenever the filter changes. Without one, everything is shown.
    void setFilter(CacheFilterProxy *proxy);
    // The item the tree is on (a file counts as its revision), outlined; -1 for none.
    void setSelected(int repo, int revision);
    // The repo whose revisions fill the map, or -1 for the whole cache.
    [[nodiscard]] int zoomedRepo() const { return m_zoomRepo; }
    void zoomInto(int repo);
    void zoomOut();
    // What the title strip says: where in the cache the map is.
    [[nodiscard]] QString title() const;
    [[nodiscard]] TreemapLegend *legend() const { return m_legend; }
    // Where the areas are drawn: the widget less the title and the legend.
    [[nodiscard]] QRectF mapRect() const;
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
    // Black or white, whichever contrasts more with an area of this colour.
    [[nodiscard]] static QColor labelColor(const QColor &background);
    // The area the keyboard is on: a repo, or one of its revisions.
    [[nodiscard]] Hit current() const { return m_current; }
    // The outlined item: the tree's current one.
    [[nodiscard]] Hit selected() const { return m_selected; }
    // The rectangle of a repo (revision -1) or revision area, empty when it is not shown.
    [[nodiscard]] QRectF rectOf(int repo, int revision);
    [[nodiscard]] QSize sizeHint() const override { return {600, 260}; }

Q_SIGNALS:
    // An area was clicked or reached from the keyboard; file is -1 unless a file was clicked.
    void itemClicked(int repo, int revision, int file);
    void zoomChanged(int repo);

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
        QRectF label; // where its name goes: a band above its children, or the cell itself
    };
    void invalidate();
    void layout();
    void layoutRepo(int repo, const QRectF &rect, bool zoomed);
    void paintLabels(QPainter &painter) const;
    void updateTitle();
    void placeChildren();
    [[nodiscard]] bool repoShown(int repo) const;
    [[nodiscard]] bool revisionShown(int repo, int revision) const;
    [[nodiscard]] QColor colorFor(int repo) const;
    [[nodiscard]] const Cell *cellOf(const Hit &hit) const;
    void setCurrent(const Hit &hit);
    // The nearest area of the same kind in that direction, weighing sideways distance more.
    void moveCurrent(QPointF direction);
    void toggle(const Hit &hit);

    CacheTreeModel *m_model;
    QPointer<CacheFilterProxy> m_proxy;
    QLabel *m_title;
    TreemapLegend *m_legend;
    Coloring m_coloring = Coloring::ByType;
    int m_zoomRepo = -1;
    Hit m_selected;
    QList<Cell> m_cells; // parents before children
    QPixmap m_cache;
    bool m_dirty = true;
    Hit m_current;
};

} // namespace hubdeck
