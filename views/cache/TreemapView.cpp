// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "TreemapView.h"

#include "CacheTreeModel.h"
#include "DisplayFormat.h"
#include "HumanFormat.h"
#include "PrintableText.h"
#include "TreemapLayout.h"
#include "TypeIcons.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocumentFragment>
#include <QToolTip>

#include <numeric>

namespace hubdeck {

namespace {
constexpr double kRepoPadding = 3;
constexpr double kMinimumCell = 3; // smaller cells are not split further
constexpr int kMaxFilesPerRevision = 400;
} // namespace

TreemapView::TreemapView(CacheTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("treemap"));
    setAccessibleName(tr("Treemap of the cache"));
    setAccessibleDescription(usage());
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(120);
    // Repo and revision rows may now stand for other entries: the keyboard starts afresh.
    auto restart = [this] {
        m_current = {};
        invalidate();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, restart);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, restart);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, restart);
    // Ticks only change the overlay: no new layout.
    connect(m_model, &CacheTreeModel::checksChanged, this, qOverload<>(&QWidget::update));
}

void TreemapView::setColoring(Coloring coloring)
{
    m_coloring = coloring;
    invalidate();
}

void TreemapView::invalidate()
{
    m_dirty = true;
    update();
}

void TreemapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
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
    // By last access: fresh is saturated teal, a year or more is grey.
    const double days = std::clamp((HumanFormat::now() - r.lastAccessed) / 86400.0, 0.0, 365.0);
    const double t = days / 365.0;
    const QColor fresh(0x0d, 0x94, 0x88), stale(0x9c, 0xa3, 0xaf);
    return QColor::fromRgbF(float(fresh.redF() + (stale.redF() - fresh.redF()) * t),
                            float(fresh.greenF() + (stale.greenF() - fresh.greenF()) * t),
                            float(fresh.blueF() + (stale.blueF() - fresh.blueF()) * t));
}

void TreemapView::layout()
{
    m_cells.clear();
    const CacheScan &scan = m_model->scan();
    QList<double> repoWeights;
    // A repo's area is what deleting it would free: blobs it shares with other repos
    // through the shared store are not counted.
    for (int r = 0; r < scan.repos.size(); ++r)
        repoWeights.append(double(m_model->ledger().wholeRepoFreed(r)));
    const QList<QRectF> repoRects = TreemapLayout::squarify(repoWeights, QRectF(rect()).adjusted(1, 1, -1, -1));
    for (int r = 0; r < scan.repos.size(); ++r) {
        if (repoRects[r].isEmpty())
            continue;
        m_cells.append({repoRects[r], r, -1, -1});
        const QRectF inner = repoRects[r].adjusted(kRepoPadding, kRepoPadding, -kRepoPadding, -kRepoPadding);
        if (inner.width() < kMinimumCell || inner.height() < kMinimumCell)
            continue;
        const CachedRepo &repo = scan.repos[r];
        QList<double> revisionWeights;
        for (const CachedRevision &revision : repo.revisions)
            revisionWeights.append(double(std::max<qint64>(revision.sizeOnDisk, 1)));
        const QList<QRectF> revisionRects = TreemapLayout::squarify(revisionWeights, inner);
        for (int v = 0; v < repo.revisions.size(); ++v) {
            if (revisionRects[v].width() < kMinimumCell || revisionRects[v].height() < kMinimumCell)
                continue;
            m_cells.append({revisionRects[v], r, v, -1});
            const CachedRevision &revision = repo.revisions[v];
            QList<double> fileWeights;
            const qsizetype count = std::min<qsizetype>(revision.files.size(), kMaxFilesPerRevision);
            for (qsizetype f = 0; f < count; ++f)
                fileWeights.append(double(repo.blobs[revision.files[f].blob].size));
            const QList<QRectF> fileRects = TreemapLayout::squarify(fileWeights, revisionRects[v].adjusted(1, 1, -1, -1));
            for (qsizetype f = 0; f < count; ++f)
                if (fileRects[f].width() >= kMinimumCell && fileRects[f].height() >= kMinimumCell)
                    m_cells.append({fileRects[f], r, v, int(f)});
        }
    }

    const qreal ratio = devicePixelRatioF();
    m_cache = QPixmap(size() * ratio);
    m_cache.setDevicePixelRatio(ratio);
    m_cache.fill(palette().color(QPalette::Base));
    QPainter painter(&m_cache);
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
    painter.setPen(Qt::white);
    for (const Cell &cell : std::as_const(m_cells)) {
        if (cell.revision >= 0 || cell.rect.width() < 80 || cell.rect.height() < 18)
            continue;
        const QString label = PrintableText::name(m_model->scan().repos[cell.repo].repoId);
        painter.drawText(cell.rect.adjusted(4, 1, -4, 0), Qt::AlignLeft | Qt::AlignTop,
                         painter.fontMetrics().elidedText(label, Qt::ElideRight, int(cell.rect.width()) - 8));
    }
    m_dirty = false;
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
    const Hit hit = hitAt(event->position());
    if (hit.repo >= 0 && event->button() == Qt::LeftButton)
        Q_EMIT itemClicked(hit.repo, hit.revision);
    QWidget::mousePressEvent(event);
}

void TreemapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    toggle(hitAt(event->position()));
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
              "Arrows move between areas, Enter goes into a repo, Backspace back out, Space ticks.");
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
    Q_EMIT itemClicked(hit.repo, hit.revision); // the tree and the preview follow
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
            // Into the repo: its biggest revision, the first laid out.
            for (const Cell &cell : std::as_const(m_cells))
                if (cell.repo == m_current.repo && cell.revision >= 0 && cell.file < 0) {
                    setCurrent({cell.repo, cell.revision, -1});
                    break;
                }
        }
        break;
    case Qt::Key_Backspace:
        if (m_current.revision >= 0)
            setCurrent({m_current.repo, -1, -1});
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
    if (!cellOf(m_current)) {
        // Start top left, where reading starts.
        const Cell *first = nullptr;
        for (const Cell &cell : std::as_const(m_cells))
            if (cell.revision < 0 &&
                (!first || std::pair(cell.rect.top(), cell.rect.left()) < std::pair(first->rect.top(), first->rect.left())))
                first = &cell;
        setCurrent(first ? Hit{first->repo, -1, -1} : Hit{});
    }
    update();
}

void TreemapView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace hubdeck
