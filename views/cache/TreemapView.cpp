// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "TreemapView.h"

#include "CacheFilterProxy.h"
#include "CacheTreeModel.h"
#include "DisplayFormat.h"
#include "HumanFormat.h"
#include "PrintableText.h"
#include "TreemapLayout.h"
#include "TreemapLegend.h"
#include "TypeIcons.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocumentFragment>
#include <QToolTip>

#include <cmath>
#include <numeric>

namespace hubdeck {

namespace {
constexpr double kRepoPadding = 3;
constexpr double kMinimumCell = 3; // smaller cells are not split further
constexpr int kMaxFilesPerRevision = 400;
constexpr double kLabelPadding = 3;

} // namespace

TreemapView::TreemapView(CacheTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_legend(new TreemapLegend(this))
{
    setObjectName(QStringLiteral("treemap"));
    m_title->setObjectName(QStringLiteral("treemapTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setContentsMargins(4, 1, 4, 1);
    m_legend->hide();
    setAccessibleName(tr("Treemap of the cache"));
    setAccessibleDescription(usage());
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(120);
    // Repo and revision rows may now stand for other entries: the keyboard starts afresh.
    auto restart = [this] {
        m_current = {};
        m_selected = {};
        m_zoomRepo = -1;
        updateTitle();
        invalidate();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, restart);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, restart);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, restart);
    // Ticks only change the overlay: no new layout.
    connect(m_model, &CacheTreeModel::checksChanged, this, qOverload<>(&QWidget::update));
    updateTitle();
}

void TreemapView::setColoring(Coloring coloring)
{
    m_coloring = coloring;
    m_legend->setVisible(coloring == Coloring::ByAccess);
    placeChildren();
    invalidate();
}

void TreemapView::setFilter(CacheFilterProxy *proxy)
{
    if (m_proxy)
        disconnect(m_proxy, nullptr, this, nullptr);
    m_proxy = proxy;
    if (!proxy) {
        invalidate();
        return;
    }
    // A filter change removes and inserts proxy rows; a sort only moves them, which does not
    // move the areas, but a relayout is cheap and keeps this simple.
    auto refilter = [this] {
        if (m_zoomRepo >= 0 && !repoShown(m_zoomRepo))
            zoomOut();
        invalidate();
    };
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, refilter);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, refilter);
    connect(proxy, &QAbstractItemModel::modelReset, this, refilter);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, refilter);
    invalidate();
}

bool TreemapView::repoShown(int repo) const
{
    if (!m_proxy || m_proxy->sourceModel() != m_model)
        return true;
    return m_proxy->mapFromSource(m_model->index(repo, 0)).isValid();
}

bool TreemapView::revisionShown(int repo, int revision) const
{
    if (!m_proxy || m_proxy->sourceModel() != m_model)
        return true;
    // Nothing filtered: no need to map (and so sort) every repo's revisions in the proxy.
    if (m_proxy->searchText().isEmpty() && m_proxy->notAccessedForDays() <= 0)
        return true;
    return m_proxy->mapFromSource(m_model->index(revision, 0, m_model->index(repo, 0))).isValid();
}

void TreemapView::setSelected(int repo, int revision)
{
    const Hit hit{repo, repo >= 0 ? revision : -1, -1};
    if (hit.repo == m_selected.repo && hit.revision == m_selected.revision)
        return;
    m_selected = hit;
    // Zoomed into another repo, the outline would have nowhere to go: back to the whole cache.
    if (m_zoomRepo >= 0 && hit.repo >= 0 && hit.repo != m_zoomRepo)
        zoomOut();
    // The keyboard carries on from the item the tree is on.
    if (hit.repo >= 0 && (m_zoomRepo < 0 || hit.revision >= 0))
        m_current = hit;
    update();
}

void TreemapView::zoomInto(int repo)
{
    if (repo < 0 || repo >= m_model->scan().repos.size() || repo == m_zoomRepo)
        return;
    m_zoomRepo = repo;
    updateTitle();
    invalidate();
    Q_EMIT zoomChanged(repo);
}

void TreemapView::zoomOut()
{
    if (m_zoomRepo < 0)
        return;
    const int repo = m_zoomRepo;
    m_zoomRepo = -1;
    if (m_current.repo == repo)
        m_current.revision = -1; // back on the repo it came out of
    updateTitle();
    invalidate();
    Q_EMIT zoomChanged(-1);
}

QString TreemapView::title() const
{
    return m_title->text();
}

void TreemapView::updateTitle()
{
    if (m_zoomRepo >= 0 && m_zoomRepo < m_model->scan().repos.size()) {
        const CachedRepo &repo = m_model->scan().repos[m_zoomRepo];
        //: The treemap's breadcrumb when zoomed into one repo; %1 is its id, %2 its size.
        m_title->setText(tr("Cache › %1 (%2) — Backspace or right-click to go back")
                             .arg(PrintableText::name(repo.cacheId()), DisplayFormat::size(repo.sizeOnDisk)));
    } else {
        m_title->setText(tr("Cache — double-click a repo to zoom in"));
    }
    m_title->setAccessibleName(m_title->text());
}

void TreemapView::placeChildren()
{
    const int titleHeight = m_title->sizeHint().height();
    m_title->setGeometry(0, 0, width(), titleHeight);
    if (m_legend->isVisibleTo(this)) {
        const int legendHeight = m_legend->sizeHint().height();
        m_legend->setGeometry(0, height() - legendHeight, width(), legendHeight);
    }
}

QRectF TreemapView::mapRect() const
{
    QRectF area = rect();
    area.setTop(m_title->sizeHint().height());
    if (m_legend->isVisibleTo(this))
        area.setBottom(height() - m_legend->sizeHint().height());
    return area.adjusted(1, 1, -1, -1);
}

void TreemapView::invalidate()
{
    m_dirty = true;
    update();
}

void TreemapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeChildren();
    invalidate();
}

QColor TreemapView::colorFor(int repo) const
{
    const CachedRepo &r = m_model->scan().repos[repo];
    if (m_coloring == Coloring::ByType) {
        switch (r.type) {
        case RepoType::Model:
            return QColor(0x3b, 0x82, 0xf6);
        case RepoType::Dataset:
            return QColor(0xdc, 0x26, 0x26);
        case RepoType::Space:
            return QColor(0x16, 0xa3, 0x4a);
        }
    }
    return TreemapLegend::colorForAge((HumanFormat::now() - r.lastAccessed) / 86400.0);
}

void TreemapView::layout()
{
    m_cells.clear();
    const CacheScan &scan = m_model->scan();
    const QRectF area = mapRect();
    if (m_zoomRepo >= 0 && m_zoomRepo < scan.repos.size()) {
        layoutRepo(m_zoomRepo, area, true);
    } else {
        QList<double> repoWeights;
        // A repo's area is what deleting it would free: blobs it shares with other repos
        // through the shared store are not counted.
        for (int r = 0; r < scan.repos.size(); ++r)
            repoWeights.append(repoShown(r) ? double(m_model->ledger().wholeRepoFreed(r)) : 0.0);
        const QList<QRectF> repoRects = TreemapLayout::squarify(repoWeights, area);
        for (int r = 0; r < scan.repos.size(); ++r)
            if (!repoRects[r].isEmpty())
                layoutRepo(r, repoRects[r], false);
    }

    const qreal ratio = devicePixelRatioF();
    m_cache = QPixmap(size() * ratio);
    m_cache.setDevicePixelRatio(ratio);
    m_cache.fill(palette().color(QPalette::Base));
    QPainter painter(&m_cache);
    painter.setClipRect(mapRect().adjusted(-1, -1, 1, 1));
    for (const Cell &cell : std::as_const(m_cells)) {
        const QColor base = colorFor(cell.repo);
        if (cell.revision < 0) {
            painter.fillRect(cell.rect, base.darker(160));
        } else if (cell.file < 0) {
            painter.fillRect(cell.rect, base.darker(120));
        } else {
            // A soft gradient makes neighbouring files tell apart, as in disk-usage tools.
            QLinearGradient gradient(cell.rect.topLeft(), cell.rect.bottomRight());
            gradient.setColorAt(0, base.lighter(135));
            gradient.setColorAt(1, base);
            painter.fillRect(cell.rect, gradient);
            painter.setPen(QPen(base.darker(150), 0.5));
            painter.drawRect(cell.rect);
        }
    }
    paintLabels(painter);
    m_dirty = false;
}

void TreemapView::layoutRepo(int r, const QRectF &rect, bool zoomed)
{
    const CachedRepo &repo = m_model->scan().repos[r];
    const int labelHeight = fontMetrics().height() + 2;
    // A band for the name above the revisions when there is room for both.
    const bool band = rect.height() >= 3 * labelHeight && rect.width() >= 40;
    m_cells.append({rect, r, -1, -1, band ? QRectF(rect.left(), rect.top(), rect.width(), labelHeight) : rect});
    QRectF inner = rect.adjusted(kRepoPadding, kRepoPadding, -kRepoPadding, -kRepoPadding);
    if (band)
        inner.setTop(rect.top() + labelHeight);
    if (inner.width() < kMinimumCell || inner.height() < kMinimumCell)
        return;
    QList<double> revisionWeights;
    for (int v = 0; v < repo.revisions.size(); ++v)
        revisionWeights.append(revisionShown(r, v) ? double(std::max<qint64>(repo.revisions[v].sizeOnDisk, 1)) : 0.0);
    const QList<QRectF> revisionRects = TreemapLayout::squarify(revisionWeights, inner);
    for (int v = 0; v < repo.revisions.size(); ++v) {
        const QRectF revisionRect = revisionRects[v];
        if (revisionRect.width() < kMinimumCell || revisionRect.height() < kMinimumCell)
            continue;
        // Zoomed in, revisions are big enough to carry a band of their own above their files.
        const bool revisionBand = zoomed && revisionRect.height() >= 3 * labelHeight && revisionRect.width() >= 40;
        m_cells.append({revisionRect, r, v, -1,
                        revisionBand ? QRectF(revisionRect.left(), revisionRect.top(), revisionRect.width(), labelHeight) : revisionRect});
        const CachedRevision &revision = repo.revisions[v];
        QList<double> fileWeights;
        const qsizetype count = std::min<qsizetype>(revision.files.size(), kMaxFilesPerRevision);
        for (qsizetype f = 0; f < count; ++f)
            fileWeights.append(double(repo.blobs[revision.files[f].blob].size));
        QRectF filesRect = revisionRect.adjusted(1, 1, -1, -1);
        if (revisionBand)
            filesRect.setTop(revisionRect.top() + labelHeight);
        const QList<QRectF> fileRects = TreemapLayout::squarify(fileWeights, filesRect);
        for (qsizetype f = 0; f < count; ++f)
            if (fileRects[f].width() >= kMinimumCell && fileRects[f].height() >= kMinimumCell)
                m_cells.append({fileRects[f], r, v, int(f), fileRects[f]});
    }
}

void TreemapView::paintLabels(QPainter &painter) const
{
    const QFontMetrics metrics = painter.fontMetrics();
    const CacheScan &scan = m_model->scan();
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        const Cell &cell = m_cells[i];
        const QRectF box = cell.label.adjusted(kLabelPadding, 1, -kLabelPadding, 0);
        if (box.height() < metrics.height() || box.width() < metrics.averageCharWidth() * 4)
            continue;
        // A label inside a cell with children would sit on them: only bands and leaves. Children
        // directly follow their parent in m_cells.
        if (cell.file < 0 && cell.label == cell.rect && i + 1 < m_cells.size()) {
            const Cell &next = m_cells[i + 1];
            const bool child =
                next.repo == cell.repo && (cell.revision < 0 ? next.revision >= 0 : next.revision == cell.revision && next.file >= 0);
            if (child)
                continue;
        }
        const CachedRepo &repo = scan.repos[cell.repo];
        QString name;
        if (cell.revision < 0) {
            name = PrintableText::name(repo.repoId);
        } else if (cell.file < 0) {
            const CachedRevision &revision = repo.revisions[cell.revision];
            name = revision.refs.isEmpty() ? PrintableText::name(revision.commitHash.left(8))
                                           : PrintableText::names(revision.refs, QStringLiteral(", "));
        } else {
            name = PrintableText::name(repo.revisions[cell.revision].files[cell.file].relativePath.section(u'/', -1));
        }
        const QString elided = metrics.elidedText(name, Qt::ElideRight, int(box.width()));
        if (elided.isEmpty() || elided == QStringLiteral("…"))
            continue;
        const QColor base = colorFor(cell.repo);
        const QColor fill = cell.revision < 0 ? base.darker(160) : cell.file < 0 ? base.darker(120) : base.lighter(115);
        painter.setPen(labelColor(fill));
        painter.drawText(box, Qt::AlignLeft | Qt::AlignTop, elided);
    }
}

// WCAG relative luminance and contrast ratios.
QColor TreemapView::labelColor(const QColor &background)
{
    auto linear = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double luminance =
        0.2126 * linear(background.redF()) + 0.7152 * linear(background.greenF()) + 0.0722 * linear(background.blueF());
    // Contrast against white is 1.05 / (L + 0.05), against black (L + 0.05) / 0.05: equal at L ≈ 0.179.
    return luminance > 0.179 ? Qt::black : Qt::white;
}

void TreemapView::paintEvent(QPaintEvent *)
{
    if (m_dirty || m_cache.size() != size() * devicePixelRatioF())
        layout();
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_cache);
    // Ticked revisions: a hatch over what will be freed.
    const SelectionLedger &ledger = m_model->ledger();
    if (ledger.selectedRevisionCount() > 0) {
        painter.setPen(QPen(Qt::white, 1.5));
        for (const Cell &cell : std::as_const(m_cells)) {
            if (cell.revision < 0 || cell.file >= 0 || !ledger.isRevisionSelected(cell.repo, cell.revision))
                continue;
            painter.fillRect(cell.rect, QBrush(QColor(255, 255, 255, 150), Qt::BDiagPattern));
            painter.drawRect(cell.rect.adjusted(0.5, 0.5, -0.5, -0.5));
        }
    }
    // The tree's current item: a clear outline in the highlight colour, between dark edges so
    // it shows on any area colour.
    if (const Cell *cell = cellOf(m_selected)) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::black, 1));
        painter.drawRect(cell->rect.adjusted(0.5, 0.5, -0.5, -0.5));
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(cell->rect.adjusted(2, 2, -2, -2));
        // A dark inner edge too: a blue highlight still stands out on blue model areas, and a
        // white frame stays the sign of a tick.
        painter.setPen(QPen(Qt::black, 1));
        painter.drawRect(cell->rect.adjusted(3.5, 3.5, -3.5, -3.5));
    }
    // Where the keyboard is: a frame in the highlight colour, inside a dark one so it shows on
    // any area colour.
    if (const Cell *cell = hasFocus() ? cellOf(m_current) : nullptr) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::black, 4));
        painter.drawRect(cell->rect.adjusted(2, 2, -2, -2));
        painter.setPen(QPen(palette().color(QPalette::Highlight).lighter(130), 2));
        painter.drawRect(cell->rect.adjusted(2, 2, -2, -2));
    }
}

TreemapView::Hit TreemapView::hitAt(const QPointF &point)
{
    if (m_dirty)
        layout();
    Hit hit;
    // Children come after their parents: the last match is the deepest.
    for (const Cell &cell : std::as_const(m_cells)) {
        if (!cell.rect.contains(point))
            continue;
        hit = {cell.repo, cell.revision, cell.file};
    }
    return hit;
}

QString TreemapView::describe(const Hit &hit) const
{
    if (hit.repo < 0)
        return {};
    const CachedRepo &repo = m_model->scan().repos[hit.repo];
    QString text =
        QStringLiteral("<b>%1</b> — %2").arg(PrintableText::name(repo.cacheId()).toHtmlEscaped(), DisplayFormat::size(repo.sizeOnDisk));
    if (hit.revision >= 0) {
        const CachedRevision &revision = repo.revisions[hit.revision];
        text += QStringLiteral("<br>%1 %2 — %3")
                    .arg(PrintableText::name(revision.commitHash.left(12)).toHtmlEscaped(),
                         revision.refs.isEmpty() ? tr("(detached)")
                                                 : u'(' + PrintableText::names(revision.refs, QStringLiteral(", ")).toHtmlEscaped() + u')',
                         DisplayFormat::size(revision.sizeOnDisk));
        if (hit.file >= 0) {
            const CachedFile &file = revision.files[hit.file];
            text += QStringLiteral("<br>%1 — %2")
                        .arg(PrintableText::name(file.relativePath).toHtmlEscaped(), DisplayFormat::size(repo.blobs[file.blob].size));
        }
    }
    return text;
}

bool TreemapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describe(hitAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TreemapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton && m_zoomRepo >= 0) {
        zoomOut();
        event->accept();
        return;
    }
    const Hit hit = hitAt(event->position());
    if (hit.repo >= 0 && event->button() == Qt::LeftButton) {
        // The keyboard moves on from here, and the tree (so the preview) follows. No tooltip:
        // the pointer is already there.
        m_current = {hit.repo, hit.revision, -1};
        update();
        Q_EMIT itemClicked(hit.repo, hit.revision, hit.file);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void TreemapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const Hit hit = hitAt(event->position());
    if (m_zoomRepo < 0)
        zoomInto(hit.repo);
    else
        toggle(hit);
}

QRectF TreemapView::rectOf(int repo, int revision)
{
    if (m_dirty)
        layout();
    const Cell *cell = cellOf({repo, revision, -1});
    return cell ? cell->rect : QRectF();
}

void TreemapView::toggle(const Hit &hit)
{
    if (hit.repo < 0)
        return;
    if (hit.revision >= 0) {
        m_model->setRevisionChecked(hit.repo, hit.revision, !m_model->ledger().isRevisionSelected(hit.repo, hit.revision));
    } else {
        const QModelIndex repoIndex = m_model->index(hit.repo, 0);
        const bool all = repoIndex.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        m_model->setData(repoIndex, all ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    }
}

QString TreemapView::usage()
{
    return tr("Each area is a repo, split into revisions and files, sized by bytes; the tree lists the same items as text. "
              "Arrows move between areas, Enter zooms into a repo, Backspace back out, Space ticks.");
}

const TreemapView::Cell *TreemapView::cellOf(const Hit &hit) const
{
    if (hit.repo < 0)
        return nullptr;
    for (const Cell &cell : m_cells)
        if (cell.repo == hit.repo && cell.revision == hit.revision && cell.file < 0)
            return &cell;
    return nullptr;
}

void TreemapView::setCurrent(const Hit &hit)
{
    m_current = hit;
    update();
    if (hit.repo < 0)
        return;
    Q_EMIT itemClicked(hit.repo, hit.revision, -1); // the tree and the preview follow
    // Where the keyboard went: shown as a hover shows it, and told to screen readers ahead
    // of how to use the keys.
    const QString html = describe(hit);
    if (const Cell *cell = hasFocus() ? cellOf(hit) : nullptr)
        QToolTip::showText(mapToGlobal(cell->rect.center().toPoint()), html, this);
    setAccessibleDescription(QTextDocumentFragment::fromHtml(html).toPlainText() + QStringLiteral(" — ") + usage());
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

void TreemapView::moveCurrent(QPointF direction)
{
    const Cell *from = cellOf(m_current);
    if (!from)
        return;
    const bool revisions = m_current.revision >= 0;
    const QPointF origin = from->rect.center();
    const Cell *best = nullptr;
    double bestScore = 0;
    for (const Cell &cell : std::as_const(m_cells)) {
        if (cell.file >= 0 || (cell.revision >= 0) != revisions || &cell == from)
            continue;
        const QPointF delta = cell.rect.center() - origin;
        const double along = delta.x() * direction.x() + delta.y() * direction.y();
        if (along <= 0.5)
            continue;
        const double sideways = std::abs(delta.x() * direction.y() - delta.y() * direction.x());
        const double score = along + 2 * sideways;
        if (!best || score < bestScore) {
            best = &cell;
            bestScore = score;
        }
    }
    if (best)
        setCurrent({best->repo, best->revision, -1});
}

void TreemapView::keyPressEvent(QKeyEvent *event)
{
    if (m_dirty)
        layout();
    switch (event->key()) {
    case Qt::Key_Left:
        moveCurrent({-1, 0});
        break;
    case Qt::Key_Right:
        moveCurrent({1, 0});
        break;
    case Qt::Key_Up:
        moveCurrent({0, -1});
        break;
    case Qt::Key_Down:
        moveCurrent({0, 1});
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current.repo >= 0 && m_current.revision < 0) {
            zoomInto(m_current.repo);
            layout();
            // Into the repo: its biggest revision, the first laid out.
            for (const Cell &cell : std::as_const(m_cells))
                if (cell.repo == m_current.repo && cell.revision >= 0 && cell.file < 0) {
                    setCurrent({cell.repo, cell.revision, -1});
                    break;
                }
        }
        break;
    case Qt::Key_Backspace:
        if (m_zoomRepo >= 0) {
            const int repo = m_zoomRepo;
            zoomOut();
            layout();
            setCurrent({repo, -1, -1});
        } else if (m_current.revision >= 0) {
            setCurrent({m_current.repo, -1, -1});
        }
        break;
    case Qt::Key_Space:
        toggle(m_current);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TreemapView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    if (m_dirty)
        layout();
    // A click puts the keyboard where it clicked; only the keyboard starts top left.
    if (!cellOf(m_current) && event->reason() != Qt::MouseFocusReason) {
        // Start top left, where reading starts.
        const Cell *first = nullptr;
        for (const Cell &cell : std::as_const(m_cells))
            if ((m_zoomRepo < 0 ? cell.revision < 0 : cell.revision >= 0 && cell.file < 0) &&
                (!first || std::pair(cell.rect.top(), cell.rect.left()) < std::pair(first->rect.top(), first->rect.left())))
                first = &cell;
        setCurrent(first ? Hit{first->repo, first->revision, -1} : Hit{});
    }
    update();
}

void TreemapView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace hubdeck
