// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "OverviewPage.h"

#include "CacheLocation.h"
#include "DiskUsageBar.h"
#include "DisplayFormat.h"
#include "FileName.h"
#include "HomeDeleteDialog.h"
#include "HomeScanner.h"
#include "HomeSession.h"
#include "HomeSortProxy.h"
#include "HomeTreeModel.h"
#include "HumanFormat.h"
#include "PartsBar.h"
#include "PrintableText.h"
#include "StopQuestion.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTextDocument>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <sys/stat.h>

namespace hubdeck {

namespace {

// Parts with more entries than this start folded: a hub of a thousand repos would bury the rest.
constexpr int kUnfoldAtMost = 40;
// The deletion's bar counts shares of the plan's bytes in this many steps.
constexpr int kProgressSteps = 1000;

QString plain(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return QString(html).remove(tags);
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new HomeTreeModel(this))
    , m_proxy(new HomeSortProxy(this))
    , m_session(new HomeSession(m_model, this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_proxy->setSourceModel(m_model);
    buildContent();
    buildActions();
    connectSession();
    m_confirm = [this](HomeDeletion::Plan &plan) {
        if (!m_confirmDeletions)
            return true;
        HomeDeleteDialog dialog(plan, m_model->scan().sizeOnDisk(), this);
        // The page re-measures behind the dialog (live refresh): its figures follow.
        connect(m_session, &HomeSession::scanFinished, &dialog, [this, &dialog](bool canceled) {
            if (!canceled)
                dialog.setPlan(m_rowPaths.isEmpty() ? m_session->planForChecked() : m_session->planFor(m_rowPaths),
                               m_model->scan().sizeOnDisk());
        });
        if (dialog.exec() != QDialog::Accepted)
            return false;
        plan = dialog.plan();
        return true;
    };
    updateHeader();
    updateSummary();
}

OverviewPage::~OverviewPage()
{
    // The tree outlives this part of the page while QWidget's destructor deletes it: its header
    // and viewport must no longer call into a page that is gone (UBSan: a member call on an
    // object that is only a QWidget by then).
    m_tree->viewport()->removeEventFilter(this);
    m_tree->removeEventFilter(this);
    disconnect(m_tree->header(), nullptr, this, nullptr);
}

void OverviewPage::buildContent()
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_homeLabel = new QLabel(this);
    m_homeLabel->setObjectName(QStringLiteral("homeLocation"));
    m_homeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Elided in the middle to the room there is (elideHomeLabel): a path of 200 characters made
    // the window wider than the screen, and squeezed the disk figure out (GUI attack G15).
    m_homeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_homeLabel->setMinimumWidth(m_homeLabel->fontMetrics().averageCharWidth() * 16);
    m_homeLabel->installEventFilter(this);
    top->addWidget(m_homeLabel, 1);
    m_disk = new DiskUsageBar(this);
    m_disk->setBarWidth(180);
    m_disk->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed); // never narrower than its figure
    top->addWidget(m_disk);
    layout->addLayout(top);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("homeTotals"));
    m_totals->setWordWrap(true);
    layout->addWidget(m_totals);

    m_parts = new PartsBar(this);
    connect(m_parts, &PartsBar::partClicked, this, &OverviewPage::selectPart);
    m_parts->installEventFilter(this);
    layout->addWidget(m_parts);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("homeTree"));
    m_tree->setAccessibleName(tr("Parts and entries of the Hugging Face home"));
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(HomeTreeModel::SizeColumn, Qt::DescendingOrder);
    m_tree->setUniformRowHeights(true);
    // Names differ at their ends: https___cas-server.xethub.hf.co/chunk-cache and …/shard-cache.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setMouseTracking(true); // status tips as the pointer moves
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(HomeTreeModel::NameColumn, QHeaderView::Stretch);
    for (int column = HomeTreeModel::KindColumn; column < HomeTreeModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_tree->installEventFilter(this);
    m_tree->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int logicalIndex) {
        if (logicalIndex != HomeTreeModel::NameColumn)
            fitNameColumn();
    });
    // activated: a double-click, and Enter on the current row, as the keyboard needs (GUI attack B9).
    connect(m_tree, &QTreeView::activated, this, &OverviewPage::openRow);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &OverviewPage::showContextMenu);
    connect(m_tree, &QTreeView::entered, this, [this](const QModelIndex &index) {
        Q_EMIT statusMessage(index.sibling(index.row(), 0).data(Qt::StatusTipRole).toString(), 4000);
    });
    layout->addWidget(m_tree, 1);

    // What the tooltips say, in view: the cost of deleting the current row and what keeps it
    // (a process using it), for keyboard and screen reader users as much as for the mouse.
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("homeEntryDetails"));
    m_details->setTextFormat(Qt::PlainText); // names from the disk are never read as HTML
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFocusPolicy(Qt::NoFocus); // the tree keeps Tab; the text is read out through it
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setAccessibleName(tr("Details of the current row"));
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 4);
    layout->addWidget(m_details);

    auto *bottom = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("homeSelectionSummary"));
    // Wrapped rather than set on one line: at its full width ("Nothing ticked. Tick entries…")
    // beside the progress bar of a rescan, it made the page 930 px wide at the least.
    m_summary->setWordWrap(true);
    bottom->addWidget(m_summary, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("homeProgress"));
    // As wide as a deletion's "888.8 MB of 888.8 MB" needs: at its own size hint the summary
    // beside it squeezed the bar until the style wrapped that text onto two clipped lines.
    const QString widest = tr("%1 of %2").arg(DisplayFormat::size(888'800'000), DisplayFormat::size(888'800'000));
    m_progress->setMinimumWidth(m_progress->fontMetrics().horizontalAdvance(widest) + 4 * m_progress->fontMetrics().averageCharWidth());
    m_progress->setMaximumWidth(std::max(220, m_progress->minimumWidth()));
    m_progress->hide();
    bottom->addWidget(m_progress);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("homeCancel"));
    m_cancelButton->setToolTip(tr("Stop the scan or deletion of the home (Esc); what was already deleted stays deleted"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &OverviewPage::cancel);
    // Escape stops what runs wherever the focus is on the page; only while something runs, so
    // that it never takes the key from the tree's own editing or a menu the rest of the time.
    m_cancelAction = new QAction(tr("Cancel"), this);
    m_cancelAction->setShortcut(QKeySequence::Cancel);
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        if (!StopQuestion::stopDeletionIfAsked(*m_session, m_askStop)) // a deletion asks first
            cancel();
    });
    m_askStop = [this] { return StopQuestion::askToStopDeletion(this); };
    addAction(m_cancelAction);
    bottom->addWidget(m_cancelButton);
    m_deleteButton = new QPushButton(tr("Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("homeDeleteButton"));
    m_deleteButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_deleteButton->setToolTip(tr("Delete the ticked entries, after a confirmation (Delete)"));
    connect(m_deleteButton, &QPushButton::clicked, this, &OverviewPage::deleteTicked);
    bottom->addWidget(m_deleteButton);
    layout->addLayout(bottom);

    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &OverviewPage::rememberView);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OverviewPage::restoreView);
    // An entry a running deletion is done with leaves the tree at once (HomeSession); the bar
    // and the totals above show the part without it too, not the sizes of the scan before.
    // Once per burst: each removal re-reads every part (the totals, what the ticks free), and a
    // run through thousands of small entries (legacy files) removes them in quick succession.
    m_afterRemovals.setSingleShot(true);
    m_afterRemovals.setInterval(100);
    connect(&m_afterRemovals, &QTimer::timeout, this, &OverviewPage::followRemovals);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &parent) {
        if (parent.isValid() && m_session->hasScanned() && !m_afterRemovals.isActive())
            m_afterRemovals.start();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &OverviewPage::updateDetails);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OverviewPage::updateDetails);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &OverviewPage::updateDetails);
    updateDetails();
    m_model->setPartColors(PartsBar::colors(palette()));
}

void OverviewPage::buildActions()
{
    // Window-wide, as their Cache page twins; the window shows one page's set at a time, and
    // gives the keys (Ctrl+Shift+A...) to the set shown.
    const auto add = [this](const QString &name, const QString &text, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_selectActions.append(action);
        return action;
    };
    // The Cache page's words, in its context: the twins stand in the same places of the same
    // menu, so they read and translate the same.
    for (int days : {30, 90, 180})
        add(QStringLiteral("selectNotAccessed%1").arg(days),
            QCoreApplication::translate("hubdeck::CachePage", "Not Accessed for %n Day(s)", nullptr, days),
            [this, days] { selectNotAccessedFor(days); });
    add(QStringLiteral("clearSelection"), QCoreApplication::translate("hubdeck::CachePage", "&Clear Selection"), &OverviewPage::clearTicks);
    // Never a key: Delete on the tree is the page's own (eventFilter), not a window-wide one.
    m_deleteAction = add(QStringLiteral("deleteTicked"), QCoreApplication::translate("hubdeck::CachePage", "&Delete Ticked…"),
                         &OverviewPage::deleteTicked);
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_deleteAction->setEnabled(false);
}

void OverviewPage::connectSession()
{
    // "40 seconds ago" counted from one moment for every row, moved on as time passes: a row
    // painted a while ago would otherwise read younger than one painted now (GUI attack K13).
    m_clock.setInterval(kClockMs);
    connect(&m_clock, &QTimer::timeout, m_model, &HomeTreeModel::advanceClock);
    connect(m_model, &HomeTreeModel::checksChanged, this, &OverviewPage::updateSummary);
    connect(m_model, &HomeTreeModel::ticksTakenAway, this, [this](const QStringList &reasons) {
        // The scan after a deletion: its result line (and box) already name what the run left
        // in use, and must not be replaced by this.
        if (m_session->isScanAfterDeletion())
            return;
        Q_EMIT statusMessage(tr("Unticked %Ln entr(ies): %1.", nullptr, int(reasons.size())).arg(reasons.join(QStringLiteral("; "))),
                             15000);
    });
    connect(m_session, &HomeSession::checkedMeasured, this, &OverviewPage::updateSummary);
    connect(m_session, &HomeSession::statusMessage, this, &OverviewPage::statusMessage);
    connect(m_session, &HomeSession::scanStarted, this, &OverviewPage::onScanStarted);
    connect(m_session, &HomeSession::scanProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_session, &HomeSession::scanFinished, this, &OverviewPage::onScanFinished);
    connect(m_session, &HomeSession::deletionStarted, this, &OverviewPage::onDeletionStarted);
    connect(m_session, &HomeSession::deletionProgress, this, &OverviewPage::showDeletionProgress);
    connect(m_session, &HomeSession::deletionFinished, this, &OverviewPage::onDeletionFinished);
    connect(m_session, &HomeSession::changedOnDisk, this,
            [this] { Q_EMIT statusMessage(tr("The Hugging Face home changed on disk; refreshing…"), 3000); });
}

void OverviewPage::setHome(const HfHome &home)
{
    m_firstScan = true;
    m_expanded.clear();
    m_current.clear();
    m_disk->setPath(home.root());
    m_session->setHome(home);
    updateHeader();
    updateSummary();
    Q_EMIT homeChanged();
}

QString OverviewPage::homeRoot() const
{
    return m_session->home().root();
}

void OverviewPage::selectNotAccessedFor(int days)
{
    if (m_session->isDeleting())
        return;
    const int ticked = m_model->checkNotAccessedBefore(HumanFormat::now() - double(days) * 86400.0);
    Q_EMIT statusMessage(ticked == 0 ? tr("No entry that can be deleted here has gone unaccessed for %n day(s).", nullptr, days)
                                     : tr("Ticked %Ln entr(ies) not accessed for %1 days.", nullptr, ticked).arg(days),
                         5000);
}

void OverviewPage::clearTicks()
{
    if (!m_session->isDeleting()) // the ticks of a running deletion stay until its report
        m_model->clearChecks();
}

void OverviewPage::rescan()
{
    m_session->rescan();
}

void OverviewPage::cancel()
{
    if (m_session->isDeleting())
        m_session->cancelDeletion();
    else
        m_session->cancelScan();
}

void OverviewPage::showBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelAction->setEnabled(busy);
    if (!busy && m_cancelButton->hasFocus())
        m_tree->setFocus();
    updateSummary();
}

void OverviewPage::onScanStarted()
{
    showBusy(true);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Scanning…"));
}

void OverviewPage::onScanFinished(bool canceled)
{
    // A scan a deletion stopped ends after the deletion started: the deletion keeps its
    // progress and Cancel, and the scan after it says what is left.
    if (canceled && m_session->isDeleting())
        return;
    showBusy(false);
    const HomeScan &scan = m_model->scan();
    if (canceled) {
        Q_EMIT statusMessage(tr("Scan of the Hugging Face home canceled. Press F5 to scan again."), 0);
    } else {
        m_parts->setScan(scan);
        m_model->setPartColors(PartsBar::colors(palette()));
        // No "scanned" message: the totals line atop the page says it, and a scan that ends
        // at start must not cover what the Cache page says in the status bar.
        m_disk->refresh();
    }
    m_firstScan = false;
    updateHeader();
    updateSummary();
    Q_EMIT scanFinished();
}

void OverviewPage::updateHeader()
{
    const QString root = m_session->home().root();
    m_unusable.clear();
    m_homeNote.clear();
    if (root.isEmpty()) {
        m_homeLabel->clear();
        m_homeLabel->setToolTip({});
        m_totals->clear();
        return;
    }
    const QFileInfo info(root);
    // A file, a link to nowhere, a variable set but empty: said in the totals line, in full.
    const QString unusable = HomeScanner::unusable(m_session->home());
    m_unusable = unusable;
    m_parts->setEnabled(unusable.isEmpty()); // greyed, its place empty, under the line that says why
    if (!unusable.isEmpty())
        m_homeNote = tr(" <i>(cannot be used)</i>");
    else if (!info.isDir())
        m_homeNote = tr(" <i>(not made yet: the first download makes it)</i>");
    QTextDocument note; // the note in plain words: the label may leave it out for the path
    note.setHtml(m_homeNote);
    m_homeLabel->setToolTip(
        PrintableText::plainToolTip(PrintableText::name(root) + note.toPlainText() + QStringLiteral("\n\n") +
                                    tr("Where the Hugging Face libraries keep their caches: HF_HOME, or ~/.cache/huggingface "
                                       "when it is not set. A part moved by its own variable (HF_HUB_CACHE, HF_XET_CACHE, "
                                       "HF_DATASETS_CACHE...) is shown where it is.")));
    elideHomeLabel();
    m_homeLabel->setAccessibleName(homeText()); // the path in full, however it is elided

    if (!m_session->hasScanned()) {
        m_totals->setText(tr("Measuring the home…"));
        return;
    }
    const HomeScan &scan = m_model->scan();
    QList<const HomeEntry *> tickable;
    for (const HomeScan::Part &part : scan.parts)
        for (const HomeEntry &entry : part.entries)
            if (HomeTreeModel::isTickable(entry))
                tickable.append(&entry);
    const qint64 deletable = HomeEntry::freeableTogether(tickable);
    const HomeScan::Part *hub = scan.part(QStringLiteral("hub"));
    QString totals;
    if (!unusable.isEmpty()) {
        totals = PrintableText::name(unusable).toHtmlEscaped();
    } else if (scan.holdsNothing()) { // missing, or empty folders only
        // "yet" only for a home not made: after the Overview emptied one, the page read as if
        // it had never been used (attack R7). Worded as `home ls` words it.
        totals = info.isDir() ? tr("Nothing is stored in this home: its folders are empty.")
                              : tr("Nothing is stored in this home yet: its parts appear here as the Hugging Face libraries download "
                                   "and cache.");
    } else {
        totals = tr("The home holds <b>%1</b> on disk; %2 of it can be deleted here.")
                     .arg(DisplayFormat::size(scan.sizeOnDisk()), DisplayFormat::size(deletable));
        if (hub && hub->sizeOnDisk > 0)
            totals += u' ' + tr("The hub cache's %1 is managed on the Cache page.").arg(DisplayFormat::size(hub->sizeOnDisk));
    }
    if (scan.deletionRunning) { // another process's: what it renamed aside is not offered
        const qint64 pid = *scan.deletionRunning;
        const QString &holder = scan.deletionHolder; // read with the scan, not here on the GUI thread
        const QString who = tr("%1, pid %2").arg(holder.isEmpty() ? tr("another process") : holder.toHtmlEscaped()).arg(pid);
        // Another program's flock on a part's folder (a script's flock(1)) is no deletion (T7).
        if (pid > 0 && !holder.isEmpty() && !holder.startsWith(QLatin1String("hubdeck")))
            totals += u' ' + tr("<b>Another program holds a lock on this home's folders</b> (%1, pid %2): nothing can be deleted "
                                "until it releases it.")
                                 .arg(holder.toHtmlEscaped())
                                 .arg(pid);
        else if (pid > 0)
            totals +=
                u' ' + tr("<b>A deletion is running in this home</b> (%1): what it is deleting shows as it stands until it ends.").arg(who);
        else // held from outside this PID namespace: a deletion or another program's lock (attack V9)
            totals += u' ' + tr("<b>A deletion is running in this home, or another program holds a lock on its folders</b> (not "
                                "visible from here): nothing can be deleted until it ends.");
    }
    for (const HomeScan::Part &part : scan.parts)
        if (part.lockedByPid > 0)
            totals +=
                u' ' + tr("<b>Another program holds a lock on %1</b> (%2, pid %3): nothing in it can be deleted until it releases it.")
                           .arg(PrintableText::name(part.path).toHtmlEscaped(), PrintableText::name(part.lockedBy).toHtmlEscaped())
                           .arg(part.lockedByPid);
    if (!scan.errors.isEmpty()) {
        totals += u' ' + unreadableSentence(scan);
        m_totals->setToolTip(PrintableText::plainToolTip(PrintableText::lines(scan.errors.join(u'\n'))));
    } else {
        m_totals->setToolTip({});
    }
    m_totals->setText(totals);
}

void OverviewPage::updateSummary()
{
    const int count = m_model->checkedCount();
    // With the folders that hold only ticked entries and go with them, once measured: the figure
    // the confirmation and the result show too (attack V5).
    const qint64 size = m_model->checkedSize() + m_session->checkedEmptiedBytes();
    // A home that cannot be used lists nothing: no invitation to tick (GUI attack G8).
    if (count == 0 && !m_unusable.isEmpty())
        m_summary->clear();
    else if (count == 0)
        m_summary->setText(tr("Nothing ticked. Tick entries (or a part) to free space; hub repos are deleted on the Cache page."));
    else
        m_summary->setText(tr("%Ln entr(ies) ticked — frees <b>%1</b>", nullptr, count).arg(DisplayFormat::size(size)) +
                           // The folders they leave empty are still being measured: it may grow (attack Y3).
                           (m_session->isMeasuringChecked() ? tr(" (with the folders left empty: measuring…)") : QString()));
    // What the disk line's "after deleting" gains: only what goes on HF_HOME's filesystem (a
    // part that is a link to another disk frees there; attack Q21). The home's folder, or the
    // nearest one above it when it is not made yet.
    if (struct stat st{}; ::stat(FileName::encode(CacheLocation::nearestExisting(m_session->home().root())).constData(), &st) == 0)
        m_disk->setPendingFree(m_model->checkedSizeOn(quint64(st.st_dev)) + m_session->checkedEmptiedBytesOn(quint64(st.st_dev)));
    else
        m_disk->setPendingFree(size);
    const bool canDelete = count > 0 && !m_session->isDeleting();
    m_deleteButton->setEnabled(canDelete);
    m_deleteButton->setText(canDelete ? tr("Delete (frees %1)…").arg(DisplayFormat::size(size)) : tr("Delete…"));
    if (m_deleteAction)
        m_deleteAction->setEnabled(canDelete);
}

QString OverviewPage::summaryText() const
{
    return plain(m_summary->text());
}

QString OverviewPage::homeText() const
{
    const QString root = m_session->home().root();
    if (root.isEmpty())
        return {};
    // In full, whatever room the label has.
    return plain(tr("<b>HF_HOME</b>&nbsp; %1").arg(PrintableText::name(root)) + m_homeNote)
        .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
}

void OverviewPage::elideHomeLabel()
{
    const QString root = m_session->home().root();
    if (root.isEmpty())
        return;
    const QString html = tr("<b>HF_HOME</b>&nbsp; %1");
    // What the label shows beside the path, measured as the label lays it out.
    const QFontMetrics metrics(m_homeLabel->font());
    const auto roomBeside = [&](const QString &note) {
        QTextDocument rest;
        rest.setDefaultFont(m_homeLabel->font());
        rest.setDocumentMargin(0);
        rest.setHtml(html.arg(QString()) + note);
        return m_homeLabel->contentsRect().width() - int(std::ceil(rest.idealWidth())) - metrics.averageCharWidth();
    };
    // The path comes first: when the note beside it ("not made yet: …") would leave it a few
    // letters, the note goes to the tooltip, which says it in full with the path.
    QString note = m_homeNote;
    int room = roomBeside(note);
    if (!note.isEmpty() && room < metrics.averageCharWidth() * 32) {
        note.clear();
        room = roomBeside(note);
    }
    const QString path = metrics.elidedText(PrintableText::name(root), Qt::ElideMiddle, std::max(room, metrics.averageCharWidth() * 4));
    m_homeLabel->setText(html.arg(path.toHtmlEscaped()) + note);
}

QString OverviewPage::unreadableSentence(const HomeScan &scan)
{
    // One folder: which entry it is in, as the grey row's tooltip says it (GUI attack G3).
    if (scan.errors.size() == 1) {
        const QString &error = scan.errors.first();
        for (const HomeScan::Part &part : scan.parts)
            for (const HomeEntry &entry : part.entries)
                if (error.contains(entry.path + u'/') || error.contains(entry.path + u':')) {
                    const QString relative = QDir(scan.root).relativeFilePath(entry.path);
                    const QString name = relative.startsWith(QStringLiteral("..")) ? entry.path : relative;
                    return tr("<b>A folder in %1 could not be read</b>: its size counts only what could be read.")
                        .arg(PrintableText::name(name).toHtmlEscaped());
                }
    }
    return tr("<b>%Ln folder(s) could not be read</b>: sizes count only what could be read.", nullptr, int(scan.errors.size()));
}

void OverviewPage::updateDetails()
{
    const QModelIndex current = m_tree->currentIndex();
    const QString text = current.siblingAtColumn(HomeTreeModel::NameColumn).data(HomeTreeModel::DetailsRole).toString();
    m_details->setText(text);
    m_details->setAccessibleDescription(text);
    // The tree's own description follows, so a screen reader on the tree hears it too.
    m_tree->setAccessibleDescription(
        tr("Each part of the home with its entries, their size, files and last use. Tick entries to delete them; Delete opens "
           "the confirmation.") +
        (text.isEmpty() ? QString() : u'\n' + text));
}

QString OverviewPage::detailsText() const
{
    return m_details->text();
}

QString OverviewPage::selectedPath() const
{
    return m_tree->currentIndex().data(HomeTreeModel::PathRole).toString();
}

void OverviewPage::rememberView()
{
    if (m_firstScan)
        return;
    m_expanded.clear();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex part = m_proxy->index(row, 0);
        if (m_tree->isExpanded(part))
            m_expanded.insert(part.data(HomeTreeModel::PartKindRole).toString());
    }
    m_current = selectedPath();
}

void OverviewPage::restoreView()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex part = m_proxy->index(row, 0);
        const QString kind = part.data(HomeTreeModel::PartKindRole).toString();
        // A first look unfolds the parts a person can take in; the hub has its own page.
        const bool expand = m_firstScan ? kind != u"hub" && m_proxy->rowCount(part) <= kUnfoldAtMost : m_expanded.contains(kind);
        m_tree->setExpanded(part, expand);
    }
    if (!m_current.isEmpty()) {
        const QModelIndex current = m_proxy->mapFromSource(m_model->indexOfPath(m_current));
        if (current.isValid())
            m_tree->setCurrentIndex(current);
    }
}

void OverviewPage::selectPart(const QString &kind)
{
    const QModelIndex part = m_proxy->mapFromSource(m_model->partIndex(kind));
    if (!part.isValid())
        return;
    m_tree->setCurrentIndex(part);
    m_tree->expand(part);
    m_tree->scrollTo(part, QAbstractItemView::PositionAtTop);
    m_tree->setFocus(Qt::OtherFocusReason);
}

void OverviewPage::openRow(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    const HomeScan::Part *part = m_model->part(index);
    if (!part || (part->kind != u"hub" && part->kind != u"transformers"))
        return;
    const HomeEntry *entry = m_model->entry(index);
    // TRANSFORMERS_CACHE is a hub cache too, with the old layout's downloads beside its repos:
    // its part row and its repos open it; a download has nothing to show there.
    if (part->kind == u"transformers" && entry && entry->kind != HomeEntry::Kind::HubRepo)
        return;
    Q_EMIT openInCachePage(part->path, entry && entry->kind == HomeEntry::Kind::HubRepo ? entry->path : QString());
}

QMenu *OverviewPage::contextMenuFor(const QModelIndex &proxyIndex)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("homeRowMenu"));
    const QModelIndex index = m_proxy->mapToSource(proxyIndex.sibling(proxyIndex.row(), 0));
    const HomeScan::Part *part = m_model->part(index);
    if (!part)
        return menu;
    const HomeEntry *entry = m_model->entry(index);
    const QString path = entry ? entry->path : part->path;
    if (part->kind == u"hub" || (part->kind == u"transformers" && (!entry || entry->kind == HomeEntry::Kind::HubRepo)))
        menu->addAction(tr("Open in &Cache Page"), this, [this, proxyIndex] { openRow(proxyIndex); });
    auto *open = menu->addAction(tr("Open &Folder"), this, [path] {
        const QFileInfo info(path);
        QDesktopServices::openUrl(QUrl::fromLocalFile(info.isDir() ? path : info.absolutePath()));
    });
    open->setEnabled(QFileInfo::exists(path) || QFileInfo(path).dir().exists());
    menu->addAction(tr("Copy &Path"), this, [path] { QGuiApplication::clipboard()->setText(path); });
    if (m_model->flags(index) & Qt::ItemIsUserCheckable) {
        menu->addSeparator();
        const auto state = Qt::CheckState(index.data(Qt::CheckStateRole).toInt());
        const QPersistentModelIndex persistent(index);
        const auto tick = [this, persistent](bool on) {
            if (persistent.isValid())
                m_model->setData(persistent, on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
        };
        if (state != Qt::Checked)
            menu->addAction(entry ? tr("&Tick") : tr("&Tick All"), this, [tick] { tick(true); });
        if (state != Qt::Unchecked)
            menu->addAction(entry ? tr("&Untick") : tr("&Untick All"), this, [tick] { tick(false); });
        // This row alone, whatever is ticked, as the Cache page's menu deletes its rows (GUI
        // attack B19).
        const QPersistentModelIndex row(proxyIndex);
        auto *remove = menu->addAction(tr("&Delete…"), this, [this, row] {
            if (row.isValid())
                deleteRow(row);
        });
        remove->setEnabled(!m_session->isDeleting());
    }
    return menu;
}

void OverviewPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu *menu = contextMenuFor(index);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

void OverviewPage::deleteRow(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex.sibling(proxyIndex.row(), 0));
    const HomeScan::Part *part = m_model->part(index);
    if (!part)
        return;
    const HomeEntry *entry = m_model->entry(index);
    deletePaths({entry ? entry->path : part->path});
}

void OverviewPage::deleteTicked()
{
    deletePaths({});
}

void OverviewPage::deletePaths(const QStringList &paths)
{
    if (m_session->isDeleting()) {
        // One at a time; said, as the key did nothing visible (GUI attack K17).
        Q_EMIT statusMessage(tr("A deletion is running: wait for it to end, or Cancel it, before deleting more."), 10000);
        return;
    }
    // Another process's deletion holds the home: the run would be refused, so no confirmation
    // promises it (attack S8: "Checked: each entry can be deleted whole", then "Nothing deleted").
    // As the last listing found it (off this thread, re-listed as the home changes): the run
    // asks again, and refuses, if one began since.
    if (const HomeScan &scan = m_model->scan(); scan.deletionRunning) {
        Q_EMIT statusMessage(HomeDeletion::blockedReason(*scan.deletionRunning, scan.deletionHolder), 10000);
        return;
    }
    HomeDeletion::Plan plan = paths.isEmpty() ? m_session->planForChecked() : m_session->planFor(paths);
    if (plan.entries.isEmpty()) {
        Q_EMIT statusMessage(plan.refusals.isEmpty()
                                 ? (paths.isEmpty() ? tr("Nothing is ticked.") : tr("Nothing to delete there."))
                                 : tr("Nothing can be deleted: %1").arg(PrintableText::names(plan.refusalReasons(), QStringLiteral("; "))),
                             5000);
        return;
    }
    m_rowPaths = paths;
    const bool confirmed = m_confirm(plan);
    m_rowPaths.clear();
    if (!confirmed)
        return;
    m_session->startDeletion(plan);
    // The closed confirmation gives the focus back to whatever had it (the Delete button, or
    // the tab bar when it came from the menu): on the tree, Escape reaches the page's Cancel.
    // The window is made active again too: with no window manager to do it, the keyboard went
    // nowhere once the dialog closed, and Escape or Ctrl+Q did nothing during the deletion.
    m_tree->setFocus();
    if (isVisible())
        activateWindow();
}

void OverviewPage::onDeletionStarted(int entries)
{
    m_deletionEntries = entries;
    m_deletionBytes = m_session->deletionPlan().sizeOnDisk();
    showBusy(true);
    m_progressMessage.start();
    m_progress->setRange(0, kProgressSteps); // bytes do not fit an int: a share of the plan's
    showDeletionProgress(0, 0);
}

void OverviewPage::showDeletionProgress(int done, qint64 freedBytes)
{
    // Bytes lead, as on the Cache page: one large entry outweighs many small ones. Measured
    // blocks of folders can exceed what the scan planned; the bar stops at full.
    const double share = m_deletionBytes > 0 ? std::min(1.0, double(freedBytes) / double(m_deletionBytes))
                                             : (m_deletionEntries > 0 ? double(done) / m_deletionEntries : 0.0);
    m_progress->setValue(int(share * kProgressSteps));
    // The bar's figure changes with the status line's, so that the two never say different
    // "freed" at one moment (GUI attack K1: "69.0 MB" beside "62.7 MB freed").
    if (!m_progressMessage.due(done >= m_deletionEntries))
        return;
    m_progress->setFormat(tr("%1 of %2").arg(DisplayFormat::size(freedBytes), DisplayFormat::size(m_deletionBytes)));
    const QString text = tr("Deleting: %1 of %2 freed, %3 of %Ln entr(ies) done", nullptr, m_deletionEntries)
                             .arg(DisplayFormat::size(freedBytes), DisplayFormat::size(m_deletionBytes), QLocale().toString(done));
    Q_EMIT statusMessage(m_progressMessage.withTimeLeft(text, double(freedBytes), double(m_deletionBytes)), 0);
}

void OverviewPage::followRemovals()
{
    m_afterRemovals.stop();
    m_parts->setScan(m_model->scan());
    updateHeader();
}

void OverviewPage::onDeletionFinished(const HomeDeletion::Report &report)
{
    // The last removals are in the bar and the totals when the result is said.
    if (m_afterRemovals.isActive())
        followRemovals();
    showBusy(false);
    m_disk->refresh();
    if (report.blocked && m_showErrors) {
        // Nothing was touched: "the rest was deleted" would not be true.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Nothing was deleted"), PrintableText::lines(report.errors.join(u'\n')),
                                    QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        // Window-modal: read and closed before the next action, not left over the other pages
        // naming a process long gone (GUI attack K7). open() returns at once.
        box->setWindowModality(Qt::WindowModal);
        box->open();
    } else if (!report.errors.isEmpty() && m_showErrors) {
        // Every failure is listed; none is dropped. A single one is said in full in the box itself,
        // and "the rest" only when something else went.
        QString text = report.removed.isEmpty()
                           ? tr("%Ln entr(ies) could not be deleted, and nothing else was.", nullptr, int(report.errors.size()))
                           : tr("%Ln entr(ies) could not be deleted; %1 deleted, %2 freed.", nullptr, int(report.errors.size()))
                                 .arg(tr("%Ln entr(ies)", nullptr, int(report.removed.size())), DisplayFormat::size(report.freedBytes));
        if (report.errors.size() == 1)
            text += u'\n' + PrintableText::lines(report.errors.first());
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Some entries could not be deleted"), text, QMessageBox::Close, this);
        if (report.errors.size() > 1)
            box->setDetailedText(PrintableText::lines(report.errors.join(u'\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        // Window-modal: read and closed before the next action, not left over the other pages
        // naming a process long gone (GUI attack K7). open() returns at once.
        box->setWindowModality(Qt::WindowModal);
        box->open();
    }
    updateSummary();
    Q_EMIT deletionFinished();
}

void OverviewPage::fitNameColumn()
{
    // Name takes the room the other columns leave, but never less than a readable width: in a
    // small window it showed "…" on every row while the dates kept theirs (attack R4). Below
    // that, the tree scrolls sideways instead.
    QHeaderView *header = m_tree->header();
    const int minimum = m_tree->fontMetrics().averageCharWidth() * 28;
    int others = 0;
    for (int column = HomeTreeModel::KindColumn; column < header->count(); ++column)
        others += header->isSectionHidden(column) ? 0 : header->sectionSize(column);
    const bool narrow = m_tree->viewport()->width() - others < minimum;
    const QHeaderView::ResizeMode mode = narrow ? QHeaderView::Interactive : QHeaderView::Stretch;
    if (header->sectionResizeMode(HomeTreeModel::NameColumn) != mode)
        header->setSectionResizeMode(HomeTreeModel::NameColumn, mode);
    if (narrow && header->sectionSize(HomeTreeModel::NameColumn) != minimum)
        header->resizeSection(HomeTreeModel::NameColumn, minimum);
}

bool OverviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_homeLabel && event->type() == QEvent::Resize)
        elideHomeLabel();
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    // A re-measure that lands while the pointer is over the list or the parts bar updates the
    // figures in place; rows and segments move to their sorted places once the pointer leaves
    // (GUI attack Q13: rows jumped under the pointer as the live refresh re-sorted them). Both
    // hold together, so that the bar and the list never show the parts in two orders.
    if ((watched == m_tree->viewport() || watched == m_parts) && event->type() == QEvent::Enter) {
        m_proxy->holdOrder();
        m_parts->holdOrder();
    }
    if ((watched == m_tree->viewport() || watched == m_parts) && event->type() == QEvent::Leave) {
        m_proxy->releaseOrder();
        m_parts->releaseOrder();
    }
    // The view's own status tip (the hovered row's, shown by the main window with no timeout
    // and cut without an ellipsis) stayed when the row changed under it: "In use, held open by
    // python3" after the process had ended (GUI attack K9). The page says it instead, for a few
    // seconds and elided (the tree's entered signal); the detail line says it for good.
    if (watched == m_tree->viewport() && event->type() == QEvent::StatusTip)
        return true;
    // A click on a row's tick box makes that row current too, so the detail line explains what
    // was just ticked (GUI attack K8). The view does not: its delegate takes the press for the
    // box before the view would select the row.
    if (watched == m_tree->viewport() && event->type() == QEvent::MouseButtonPress &&
        static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        if (const QModelIndex index = m_tree->indexAt(static_cast<QMouseEvent *>(event)->position().toPoint()); index.isValid())
            m_tree->setCurrentIndex(index);
    }
    if (watched == m_tree && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        deleteTicked();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void OverviewPage::showEvent(QShowEvent *event)
{
    m_session->setOnScreen(true);
    m_model->advanceClock();
    m_clock.start();
    QWidget::showEvent(event);
}

void OverviewPage::hideEvent(QHideEvent *event)
{
    // No Leave comes when the page goes with the pointer on it.
    m_proxy->releaseOrder();
    m_parts->releaseOrder();
    // Another tab, or the window minimized: the re-checks rest until the page is back.
    m_session->setOnScreen(false);
    m_clock.stop();
    QWidget::hideEvent(event);
}

void OverviewPage::changeEvent(QEvent *event)
{
    // A theme switched while HubDeck runs: the swatches in the tree follow the bar's colours
    // (from this page's palette: the bar gets the new one after its parent).
    if (event->type() == QEvent::PaletteChange && m_parts)
        m_model->setPartColors(PartsBar::colors(palette()));
    QWidget::changeEvent(event);
}

} // namespace hubdeck
