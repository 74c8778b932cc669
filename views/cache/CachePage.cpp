// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CachePage.h"

#include "CacheBrowser.h"
#include "CacheFilterBar.h"
#include "CacheFilterProxy.h"
#include "CacheSession.h"
#include "CacheTreeModel.h"
#include "DeleteConfirmDialog.h"
#include "DeletionReport.h"
#include "DeletionTally.h"
#include "DiskUsageBar.h"
#include "DisplayFormat.h"
#include "FreeSpaceDialog.h"
#include "HumanFormat.h"
#include "IntegrityCheck.h"
#include "PreviewPane.h"
#include "PrintableText.h"
#include "StopQuestion.h"
#include "TreemapView.h"
#include "VerifyResultsDialog.h"
#include "WarningsPanel.h"

#include <QAction>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace hubdeck {

CachePage::CachePage(QWidget *parent)
    : QWidget(parent)
    , m_model(new CacheTreeModel(this))
    , m_proxy(new CacheFilterProxy(this))
    , m_session(new CacheSession(m_model, this))
{
    m_proxy->setSourceModel(m_model);
    buildContent();
    m_check = new IntegrityCheck(this);
    buildActions();
    connectSession();
    m_confirm = [this](const DeletionPlan &plan) {
        if (!m_confirmDeletions)
            return true;
        DeleteConfirmDialog dialog(plan, m_model->scan().sizeOnDisk, this, revisionFrees());
        dialog.setNote(m_confirmNote);
        return dialog.exec() == QDialog::Accepted;
    };
    updateSummary();
}

std::function<qint64(const RevisionKey &)> CachePage::revisionFrees() const
{
    // One pass over the scan, then a lookup per row: a confirmation of thousands of revisions
    // must not search the repos once per row on the GUI thread.
    QHash<RevisionKey, qint64> frees;
    const CacheScan &scan = m_model->scan();
    for (int r = 0; r < scan.repos.size(); ++r)
        for (int v = 0; v < scan.repos[r].revisions.size(); ++v)
            frees.insert(scan.repos[r].key(scan.repos[r].revisions[v]), m_model->frees().revision(r, v));
    return [frees = std::move(frees)](const RevisionKey &key) { return frees.value(key, -1); };
}

CachePage::~CachePage()
{
    delete m_check; // cancels a running check and waits for it, before the scan it reads goes
}

void CachePage::buildContent()
{
    auto *layout = new QVBoxLayout(this);
    m_filterBar = new CacheFilterBar(m_proxy, this);
    layout->addWidget(m_filterBar);

    m_pages = new QStackedWidget(this);
    m_browser = new CacheBrowser(m_model, m_proxy, m_pages);
    connect(m_browser, &CacheBrowser::verifyRequested, this, [this](const QSet<RevisionKey> &revisions) { verify(revisions); });
    connect(m_browser, &CacheBrowser::deleteRequested, this, &CachePage::deleteChecked);
    connect(m_browser, &CacheBrowser::deleteFilesRequested, this, &CachePage::deleteFiles);
    connect(m_browser->tree()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CachePage::updateDeleteAction);
    m_pages->addWidget(m_browser);

    m_emptyState = new QLabel(m_pages);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pages->addWidget(m_emptyState);
    layout->addWidget(m_pages, 1);

    m_summaryRow = new QGridLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("selectionSummary"));
    m_summary->setWordWrap(true);
    m_summaryRow->addWidget(m_summary, 0, 0);
    m_summaryRow->setColumnStretch(0, 1);
    m_disk = new DiskUsageBar(this);
    m_disk->setSizePolicy(QSizePolicy::Minimum, m_disk->sizePolicy().verticalPolicy());
    m_summaryRow->addWidget(m_disk, 0, 1);
    connect(m_disk, &DiskUsageBar::refreshed, this, &CachePage::placeDiskBar);
    m_deleteButton = new QPushButton(tr("Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setToolTip(tr("Delete the ticked repos and revisions, after a confirmation (Delete)"));
    connect(m_deleteButton, &QPushButton::clicked, this, &CachePage::deleteChecked);
    m_summaryRow->addWidget(m_deleteButton, 0, 2);
    layout->addLayout(m_summaryRow);

    m_warnings = new WarningsPanel(this);
    // The window docks the panel below everything else; Tab reaches it right after the page.
    QWidget::setTabOrder(m_deleteButton, m_warnings->list());
    connect(m_warnings, &WarningsPanel::entryActivated, this, &CachePage::showPathClearingTheFilter);
    connect(m_warnings, &WarningsPanel::pruneRequested, this, &CachePage::prune);
}

void CachePage::buildActions()
{
    const auto add = [this](QList<QAction *> &into, const QString &text, auto slot) {
        auto *action = new QAction(text, this);
        connect(action, &QAction::triggered, this, slot);
        into.append(action);
        return action;
    };
    const auto separator = [this](QList<QAction *> &into) {
        auto *action = new QAction(this);
        action->setSeparator(true);
        into.append(action);
    };

    // Window-wide: the actions live in the window's menus, and work wherever the focus is.
    const auto shortcut = [](QAction *action, const QKeySequence &keys) {
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        return action;
    };
    // Named: the window finds the Overview's twins of these by name (OverviewPage::selectActions).
    auto *detached = add(m_selectActions, tr("All &Detached Revisions"), &CachePage::selectDetached);
    detached->setObjectName(QStringLiteral("selectDetached"));
    detached->setToolTip(tr("Revisions no ref points to: what \"prune\" removes"));
    shortcut(detached, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    for (int days : {30, 90, 180}) {
        auto *old = add(m_selectActions, tr("Not Accessed for %n Day(s)", nullptr, days), [this, days] { selectNotAccessedFor(days); });
        old->setObjectName(QStringLiteral("selectNotAccessed%1").arg(days));
        if (days == 90)
            shortcut(old, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    }
    shortcut(add(m_selectActions, tr("Everything Matching the &Filter"), &CachePage::selectMatchingFilter),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M))
        ->setObjectName(QStringLiteral("selectMatchingFilter"));
    separator(m_selectActions);
    auto *freeSpace = add(m_selectActions, tr("F&ree Space…"), &CachePage::freeSpace);
    freeSpace->setObjectName(QStringLiteral("freeSpace"));
    freeSpace->setToolTip(tr("Tick the least recently accessed revisions until they free a given amount"));
    shortcut(freeSpace, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    separator(m_selectActions);
    shortcut(add(m_selectActions, tr("&Clear Selection"), &CachePage::clearSelection), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A))
        ->setObjectName(QStringLiteral("clearSelection"));
    separator(m_selectActions);
    m_deleteAction = add(m_selectActions, tr("&Delete Ticked…"), &CachePage::deleteChecked);
    m_deleteAction->setObjectName(QStringLiteral("deleteTicked"));
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WindowShortcut);

    add(m_toolActions, tr("&Prune…"), &CachePage::prune)
        ->setToolTip(tr("Remove what `hf cache prune` removes, and what a stopped deletion left: detached revisions, blobs no "
                        "snapshot links to, empty repos, partial downloads"));
    auto *verifyAll = add(m_toolActions, tr("&Verify the Whole Cache"), [this] { verify(); });
    verifyAll->setToolTip(tr("Recompute every blob's hash and compare it with its name"));
    shortcut(verifyAll, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));

    // Escape stops the scan, deletion or check wherever the focus is on the page, as on the
    // Overview; only while one runs, so the search field and the tree keep the key otherwise.
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

    m_findAction = new QAction(tr("Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_filterBar, &CacheFilterBar::focusSearch);

    auto *showTreemap = new QAction(tr("&Treemap"), this);
    showTreemap->setCheckable(true);
    showTreemap->setChecked(true);
    connect(showTreemap, &QAction::toggled, m_browser->treemap(), &QWidget::setVisible);
    auto *byAccess = new QAction(tr("Color the Treemap by &Last Access"), this);
    byAccess->setCheckable(true);
    connect(byAccess, &QAction::toggled, this,
            [this](bool on) { m_browser->treemap()->setColoring(on ? TreemapView::Coloring::ByAccess : TreemapView::Coloring::ByType); });
    // The preview folds away for a wider tree (and its splitter handle folds it too).
    auto *showPreview = new QAction(tr("&Preview"), this);
    showPreview->setCheckable(true);
    showPreview->setChecked(true);
    showPreview->setShortcut(QKeySequence(Qt::Key_F3));
    showPreview->setShortcutContext(Qt::WindowShortcut);
    connect(showPreview, &QAction::toggled, m_browser->preview(), &QWidget::setVisible);
    m_viewActions = {showTreemap, showPreview, byAccess};
}

void CachePage::connectSession()
{
    connect(m_check, &IntegrityCheck::progressRangeChanged, this, &CachePage::progressRangeChanged);
    connect(m_check, &IntegrityCheck::progressValueChanged, this, &CachePage::progressValueChanged);
    connect(m_check, &IntegrityCheck::progressed, this, &CachePage::showVerifyProgress);
    connect(m_check, &IntegrityCheck::finished, this, &CachePage::onVerifyFinished);
    connect(m_model, &CacheTreeModel::checksChanged, this, &CachePage::updateSummary);
    connect(m_session, &CacheSession::scanStarted, this, &CachePage::onScanStarted);
    connect(m_session, &CacheSession::scanProgress, this, [this](int done, int total) {
        Q_EMIT progressRangeChanged(0, total);
        Q_EMIT progressValueChanged(done);
    });
    connect(m_session, &CacheSession::scanFinished, this, &CachePage::onScanFinished);
    connect(m_session, &CacheSession::deletionStarted, this, [this](int steps) {
        m_deletionSteps = steps;
        showBusy(tr("Deleting…"), steps);
    });
    connect(m_session, &CacheSession::deletionProgress, this, &CachePage::progressValueChanged);
    connect(m_session, &CacheSession::deletionProgress, this, &CachePage::showDeletionProgress);
    connect(m_session, &CacheSession::deletionFinished, this, &CachePage::onDeletionFinished);
    connect(m_session, &CacheSession::changedOnDisk, this,
            [this] { Q_EMIT statusMessage(tr("The cache changed on disk; refreshing…"), 3000); });
}

QTreeView *CachePage::tree() const
{
    return m_browser->tree();
}

TreemapView *CachePage::treemap() const
{
    return m_browser->treemap();
}

PreviewPane *CachePage::preview() const
{
    return m_browser->preview();
}

QString CachePage::cacheDir() const
{
    return m_session->cacheDir();
}

void CachePage::saveLayout(AppSettings::WindowLayout &layout) const
{
    m_browser->saveLayout(layout);
}

void CachePage::restoreLayout(const AppSettings::WindowLayout &layout)
{
    m_browser->restoreLayout(layout);
}

void CachePage::openCacheFolder(const QString &dir)
{
    m_firstScan = true;
    m_session->setCacheDir(dir);
}

void CachePage::rescan()
{
    m_session->rescan();
}

void CachePage::showPath(const QString &path)
{
    if (m_session->isScanning()) {
        m_pendingPath = path;
        return;
    }
    showPathClearingTheFilter(path);
    m_browser->tree()->setFocus(Qt::OtherFocusReason);
}

void CachePage::showPathClearingTheFilter(const QString &path)
{
    // Asked for by name (the Overview's hub repo): a filter left from an earlier search must not
    // hide it behind "Nothing matches this filter." (GUI attack B20).
    if (m_browser->selectPath(path) || !m_filterBar->clear())
        return;
    if (!m_browser->selectPath(path))
        return;
    // Named as the page's tree names it (its repo id), not by its folder.
    QString shown = m_browser->tree()->currentIndex().data(Qt::DisplayRole).toString();
    if (shown.isEmpty())
        shown = QFileInfo(path).fileName();
    Q_EMIT statusMessage(tr("Cleared the filter, which hid %1.").arg(PrintableText::name(shown)), 10000);
}

void CachePage::cancel()
{
    if (m_check->isRunning())
        m_check->cancel();
    else if (m_session->isDeleting())
        m_session->cancelDeletion();
    else
        m_session->cancelScan();
}

void CachePage::showBusy(const QString &message, int maximum)
{
    m_progressMessage.start();
    // Busy first, so that the window knows the line for this work's progress (it ends with it).
    Q_EMIT busyStarted(maximum);
    if (!message.isEmpty())
        Q_EMIT statusMessage(message, 0);
    m_cancelAction->setEnabled(true);
    m_deleteAction->setEnabled(false);
    m_deleteButton->setEnabled(false);
}

void CachePage::showVerifyProgress(qint64 bytesRead, qint64 bytesTotal, int blobsDone, int blobsTotal)
{
    if (!m_progressMessage.due(blobsDone >= blobsTotal))
        return;
    const QString text = tr("Checking: %1 of %2, %3 of %n blob(s)", nullptr, blobsTotal)
                             .arg(DisplayFormat::size(bytesRead), DisplayFormat::size(bytesTotal))
                             .arg(blobsDone);
    Q_EMIT statusMessage(m_progressMessage.withTimeLeft(text, double(bytesRead), double(bytesTotal)), 0);
}

void CachePage::showDeletionProgress(int done, qint64 freedBytes)
{
    if (!m_progressMessage.due(done >= m_deletionSteps))
        return;
    const QString text =
        tr("Deleting: %1 of %n step(s), %2 freed", nullptr, m_deletionSteps).arg(done).arg(DisplayFormat::size(freedBytes));
    Q_EMIT statusMessage(m_progressMessage.withTimeLeft(text, done, m_deletionSteps), 0);
}

void CachePage::hideBusy()
{
    m_cancelAction->setEnabled(false);
    Q_EMIT busyFinished();
    updateSummary();
}

void CachePage::onScanStarted()
{
    m_browser->rememberView(); // what the user had open, and where they were
    // Re-measuring our own deletion's changes: busy, but the deletion's result stays in view.
    showBusy(m_session->isQuietScan() ? QString() : tr("Scanning %1…").arg(m_session->cacheDir()), 0);
}

void CachePage::showEmptyState(const QString &html, const QString &status)
{
    m_emptyState->setText(html);
    m_pages->setCurrentWidget(m_emptyState);
    Q_EMIT statusMessage(status, 0);
}

void CachePage::onScanFinished(bool canceled)
{
    hideBusy();
    const CacheScan &scan = m_model->scan();
    m_disk->setPath(m_session->cacheDir());
    if (canceled) {
        Q_EMIT statusMessage(tr("Scan canceled. Press F5 to scan again."), 0);
    } else if (!scan.error.isEmpty()) {
        showEmptyState(tr("<h3>No cache to show</h3><p>HubDeck looked in <b>%1</b>.</p><p>%2</p>"
                          "<p>The folder is where huggingface_hub keeps downloads: it is made the first time a "
                          "model or dataset is downloaded. Set HF_HUB_CACHE or HF_HOME, or use File → Open Cache Folder.</p>")
                           .arg(m_session->cacheDir().toHtmlEscaped(), scan.error.toHtmlEscaped()),
                       PrintableText::line(scan.error));
    } else if (scan.repos.isEmpty() && scan.corrupted.isEmpty()) {
        showEmptyState(tr("<h3>The cache is empty</h3><p>HubDeck looked in <b>%1</b> and found no downloaded "
                          "repos.</p><p>Models, datasets and Spaces appear here once a program downloads them "
                          "with huggingface_hub.</p>")
                           .arg(scan.cacheDir.toHtmlEscaped()),
                       tr("Empty cache."));
    } else {
        m_pages->setCurrentWidget(m_browser);
        if (!m_session->isQuietScan())
            Q_EMIT statusMessage(tr("%n repo(s) scanned.", nullptr, int(scan.repos.size())), 5000);
        m_browser->restoreView(!m_firstScan);
        if (!m_pendingPath.isEmpty())
            showPathClearingTheFilter(m_pendingPath);
    }
    m_pendingPath.clear();
    m_warnings->setScan(scan);
    if (m_firstScan && m_warnings->count() > 0)
        Q_EMIT warningsFound();
    m_firstScan = false;
    updateSummary();
    Q_EMIT scanFinished();
}

QString CachePage::summaryText() const
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return QString(m_summary->text()).remove(tags);
}

bool CachePage::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_emptyState;
}

void CachePage::verify(const QSet<RevisionKey> &revisions)
{
    if (m_check->isRunning() || m_session->isDeleting())
        return;
    showBusy(tr("Checking %n blob(s)…", nullptr, m_check->start(m_model->scan(), revisions)), 0);
}

void CachePage::onVerifyFinished(const VerifyReport &report)
{
    hideBusy();
    Q_EMIT statusMessage(report.problems.isEmpty() ? tr("Integrity check: no problem found.")
                                                   : tr("Integrity check: %n problem(s).", nullptr, int(report.problems.size())),
                         0);
    Q_EMIT verifyFinished(report);
    if (!m_showVerifyResults)
        return;
    auto *dialog = new VerifyResultsDialog(report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VerifyResultsDialog::tickAffectedRevisions, this, [this](const QList<RevisionKey> &keys) {
        const QSet<RevisionKey> wanted(keys.cbegin(), keys.cend());
        m_model->checkRevisions(
            [&](const CachedRepo &repo, const CachedRevision &revision) { return wanted.contains(repo.key(revision)); });
    });
    dialog->show();
}

void CachePage::updateSummary()
{
    const SelectionLedger &ledger = m_model->ledger();
    const int revisions = ledger.selectedRevisionCount();
    const int corrupted = ledger.selectedCorruptedCount();
    const QString total = DisplayFormat::size(m_model->scan().sizeOnDisk);
    const FreedBytes freed = ledger.freed();
    QString text;
    if (revisions == 0 && corrupted == 0) {
        text = tr("Nothing selected — the cache holds %1. Tick revisions or repos to free space.").arg(total);
    } else {
        text = tr("%n revision(s)", nullptr, revisions) + tr(" in %n repo(s) selected", nullptr, ledger.selectedRepoCount());
        if (corrupted > 0)
            text += tr(", plus %n corrupted entr(ies)", nullptr, corrupted);
        text += tr(" — frees <b>%1</b> of %2").arg(DisplayFormat::size(freed.size), total);
        if (DisplayFormat::holdsLessOnDisk(freed.size, freed.onDisk))
            text += tr(" (%1 on disk: the files are sparse or compressed by the filesystem)").arg(DisplayFormat::size(freed.onDisk));
    }
    m_summary->setText(text);
    // The disk line is the filesystem's figure: what the disk gets back, whatever the sizes say.
    m_disk->setPendingFree(freed.onDisk);
    placeDiskBar();
    const bool canDelete = (revisions > 0 || corrupted > 0) && !m_session->isDeleting();
    updateDeleteAction();
    m_deleteButton->setEnabled(canDelete);
    m_deleteButton->setText(canDelete ? tr("Delete (frees %1)…").arg(DisplayFormat::size(freed.forecast())) : tr("Delete…"));
}

void CachePage::updateDeleteAction()
{
    const SelectionLedger &ledger = m_model->ledger();
    const bool ticked = ledger.selectedRevisionCount() > 0 || ledger.selectedCorruptedCount() > 0;
    const bool files = !ticked && m_browser->onlyFilesSelected();
    m_deleteAction->setEnabled((ticked || files) && !m_session->isDeleting());
    m_deleteAction->setText(files ? tr("&Delete Selected Files from All Revisions…") : tr("&Delete Ticked…"));
}

void CachePage::selectDetached()
{
    const int ticked = m_model->checkRevisions([](const CachedRepo &, const CachedRevision &revision) { return revision.isDetached(); });
    Q_EMIT statusMessage(
        ticked == 0 ? tr("No detached revision: every revision has a ref.") : tr("Ticked %n detached revision(s).", nullptr, ticked), 5000);
}

void CachePage::selectNotAccessedFor(int days)
{
    const double limit = HumanFormat::now() - double(days) * 86400.0;
    // A revision's last access is its newest blob's (CachedRevision::lastAccessed), as in the
    // filter and `cache ls --filter accessed>Nd`.
    const int ticked =
        m_model->checkRevisions([limit](const CachedRepo &, const CachedRevision &revision) { return revision.lastAccessed < limit; });
    Q_EMIT statusMessage(ticked == 0 ? tr("No revision has gone unaccessed for %n day(s).", nullptr, days)
                                     : tr("Ticked %n revision(s) not accessed for %1 days.", nullptr, ticked).arg(days),
                         5000);
}

void CachePage::selectMatchingFilter()
{
    const int ticked = m_proxy->checkAccepted();
    Q_EMIT statusMessage(
        ticked == 0 ? tr("Nothing matches the filter: nothing was ticked.") : tr("Ticked %n matching entr(ies).", nullptr, ticked), 5000);
}

void CachePage::freeSpace()
{
    if (m_model->scan().repos.isEmpty()) {
        Q_EMIT statusMessage(tr("The cache holds no revision to delete."), 5000);
        return;
    }
    FreeSpaceDialog dialog(m_model->scan(), m_model->ledger(), HumanFormat::now(), this);
    // The dialog reads the tree's scan: a rescan (the cache changed on disk) or a deletion
    // finishing while it is open would leave its picks pointing at other rows. It closes.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, &dialog, &QDialog::reject);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        tickOnly(dialog.pickedRevisions());
}

void CachePage::tickOnly(const QList<RevisionKey> &revisions)
{
    const QSet<RevisionKey> wanted(revisions.cbegin(), revisions.cend());
    m_model->clearChecks();
    const int ticked = m_model->checkRevisions(
        [&](const CachedRepo &repo, const CachedRevision &revision) { return wanted.contains(repo.key(revision)); });
    // What the ticks free now, from the tree's own ledger: the figure the confirmation will show.
    Q_EMIT statusMessage(tr("Ticked %n revision(s) that free %1. Press Delete to review and delete them.", nullptr, ticked)
                             .arg(DisplayFormat::size(m_model->ledger().freed().forecast())),
                         0);
}

void CachePage::clearSelection()
{
    m_model->clearChecks();
}

void CachePage::confirmAndDelete(const DeletionPlan &plan, const QString &note)
{
    DeletionPlan planned = plan;
    planned.trashWholeRepos = m_trashWholeRepos;
    m_confirmNote = note;
    const bool confirmed = m_confirm(planned);
    m_confirmNote.clear();
    if (!confirmed)
        return;
    m_session->startDeletion(planned);
    // With no window manager to do it, the keyboard went nowhere once the confirmation closed:
    // Escape (Cancel) and Ctrl+Q did nothing during the deletion (GUI attack G24).
    if (isVisible())
        activateWindow();
}

void CachePage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeDiskBar();
}

void CachePage::placeDiskBar()
{
    // Room for the summary on two lines of about 36 characters beside the two others.
    const int summaryRoom = m_summary->fontMetrics().averageCharWidth() * 36;
    const int spacing = std::max(0, m_summaryRow->horizontalSpacing());
    const bool beside = summaryRoom + m_disk->sizeHint().width() + m_deleteButton->sizeHint().width() + 2 * spacing <=
                        contentsRect().width() - layout()->contentsMargins().left() - layout()->contentsMargins().right();
    int row = 0;
    int column = 0;
    int rowSpan = 0;
    int columnSpan = 0;
    m_summaryRow->getItemPosition(m_summaryRow->indexOf(m_disk), &row, &column, &rowSpan, &columnSpan);
    if (beside == (row == 0))
        return;
    m_summaryRow->removeWidget(m_disk);
    if (beside)
        m_summaryRow->addWidget(m_disk, 0, 1);
    else
        m_summaryRow->addWidget(m_disk, 1, 0, 1, 3);
}

void CachePage::deleteChecked()
{
    if (m_session->isDeleting()) {
        // One at a time; said, as the key did nothing visible (GUI attack K17).
        Q_EMIT statusMessage(tr("A deletion is running: wait for it to end, or Cancel it, before deleting more."), 10000);
        return;
    }
    const DeletionPlan plan = m_session->planForChecked();
    const bool files = m_browser->onlyFilesSelected();
    int fileCount = 0;
    for (const QSet<QString> &paths : m_browser->selectedFiles())
        fileCount += int(paths.size());
    if (plan.isEmpty()) {
        // Nothing ticked: file rows cannot be ticked, so Delete takes the selected ones, as the
        // context menu's "Delete This File from All Revisions…" does.
        if (files) {
            planFilesAndDelete(
                m_browser->selectedFiles(),
                tr("Nothing is ticked: the %n selected file(s) go from every cached revision of their repo.", nullptr, fileCount));
            return;
        }
        Q_EMIT statusMessage(tr("Nothing is ticked: tick repos or revisions (Space), or select file rows, to delete them."), 5000);
        return;
    }
    // The ticks come first; selected file rows beside them would be easy to think included.
    confirmAndDelete(plan, files ? tr("Only the ticked revisions below are deleted, not the %n selected file(s): to delete those, "
                                      "clear the ticks first.",
                                      nullptr, fileCount)
                                 : QString());
}

void CachePage::deleteFiles(const QHash<QString, QSet<QString>> &files)
{
    planFilesAndDelete(files, {});
}

void CachePage::planFilesAndDelete(const QHash<QString, QSet<QString>> &files, const QString &note)
{
    if (m_session->isDeleting())
        return;
    const DeletionPlan plan = m_session->planForFiles(files);
    if (plan.isEmpty()) {
        Q_EMIT statusMessage(plan.refused.isEmpty() ? tr("Nothing to delete: the files are no longer in the cache.")
                                                    : tr("Not deleted: %1").arg(PrintableText::name(plan.refused.first())),
                             8000);
        return;
    }
    confirmAndDelete(plan, note);
}

void CachePage::prune()
{
    if (m_session->isDeleting())
        return;
    const DeletionPlan plan = m_session->planForPrune();
    if (plan.isEmpty()) {
        Q_EMIT statusMessage(tr("Nothing to prune: no detached revision, unreferenced blob, empty repo or partial download."), 5000);
        return;
    }
    confirmAndDelete(plan);
}

void CachePage::onDeletionFinished(const DeletionReport &report)
{
    hideBusy();
    m_disk->refresh();
    m_warnings->setScan(m_model->scan());
    // What happened, measured as it went; never what the plan expected.
    const DeletionTally tally = DeletionTally::of(m_session->deletionPlan(), report);
    const QString freed = DisplayFormat::size(tally.freedBytes);
    QStringList done;
    const int trashed = int(report.trashedRepos.size());
    if (trashed)
        done.append(tr("%n repo(s) moved to the Trash", nullptr, trashed));
    if (tally.reposRemoved - trashed > 0)
        done.append(tr("%n repo(s)", nullptr, tally.reposRemoved - trashed));
    if (tally.revisionsRemoved)
        done.append(tr("%n revision(s)", nullptr, tally.revisionsRemoved));
    if (tally.filesRemoved)
        done.append(tr("%n file(s)", nullptr, tally.filesRemoved));
    if (tally.corruptedRemoved)
        done.append(tr("%n corrupted entry(ies)", nullptr, tally.corruptedRemoved));
    if (tally.unreferencedBlobsRemoved)
        done.append(tr("%n unreferenced blob(s)", nullptr, tally.unreferencedBlobsRemoved));
    if (tally.incompleteRemoved)
        done.append(tr("%n partial download(s)", nullptr, tally.incompleteRemoved));
    if (tally.payloadsRemoved)
        done.append(tr("%n shared blob(s)", nullptr, tally.payloadsRemoved));
    if (tally.storeLeftoversRemoved)
        done.append(tr("%n file(s) of shared blobs that were gone", nullptr, tally.storeLeftoversRemoved));
    const QString removed = done.isEmpty() ? tr("nothing removed") : tr("%1 removed").arg(done.join(QStringLiteral(", ")));
    QString message = report.canceled ? tr("Stopped: %1, %2 freed").arg(removed, freed) : tr("Deleted: %1, %2 freed").arg(removed, freed);
    if (tally.revisionsPartlyRemoved > 0) // detached or missing files: deleting again or pruning finishes them
        message += tr("; %n revision(s) partly removed (delete again or prune to finish)", nullptr, tally.revisionsPartlyRemoved);
    if (tally.revisionsUntouched > 0)
        message += tr("; %n revision(s) untouched", nullptr, tally.revisionsUntouched);
    if (!report.leftUnreferencedBlobs.isEmpty())
        message += tr("; %n blob(s) left that no file links to (prune removes them)", nullptr, int(report.leftUnreferencedBlobs.size()));
    if (tally.filesUntouched > 0 && report.canceled)
        message += tr("; %n file(s) untouched", nullptr, tally.filesUntouched);
    if (tally.downloadsKept > 0)
        message += tr("; %n file(s) kept: their download is running", nullptr, tally.downloadsKept);
    if (report.sharedBytes > 0) // not in "freed": the disk keeps blocks other files share
        message += tr("; %1 more stays on disk: other files share its blocks (reflinks or snapshots)")
                       .arg(DisplayFormat::size(report.sharedBytes));
    if (report.hiddenBytes > 0) // overlayfs: the container image keeps what its layers hold
        message += tr("; %1 of it lies in the container image's read-only layers (overlayfs): hidden, not freed")
                       .arg(DisplayFormat::size(report.hiddenBytes));
    if (report.heldOpenBytes > 0) // a running process still holds removed blobs open or mapped
        message += tr("; %1 more is still %2: freed when that process lets go")
                       .arg(DisplayFormat::size(report.heldOpenBytes), report.heldOpenBy.join(QStringLiteral(", ")));
    // The plan counts the files' sizes, as `hf cache ls` does; sparse files, or a filesystem
    // that compresses (btrfs, ZFS), hold less on disk: "freed" is then far below the plan, which
    // is said rather than left unexplained (GUI attack H1: "frees 11.6 GB", then "53.2 kB freed").
    const qint64 planned = m_session->deletionPlan().expectedFreedSize;
    const qint64 accounted = tally.freedBytes + report.sharedBytes + report.hiddenBytes + report.heldOpenBytes;
    if (!report.canceled && report.errors.isEmpty() && planned > 1000000 && accounted < planned / 2)
        message += tr("; the files held less on disk than their sizes (%1: sparse, or compressed by the filesystem)")
                       .arg(DisplayFormat::size(planned));
    Q_EMIT statusMessage(message + u'.', 0);
    reportDeletionErrors(report);
    updateSummary();
    Q_EMIT deletionFinished();
}

void CachePage::reportDeletionErrors(const DeletionReport &report)
{
    if (report.errors.isEmpty())
        return;
    // Every failure is listed; none is dropped.
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Some files could not be deleted"),
        tr("%n path(s) could not be removed; the rest was deleted as the status bar says.", nullptr, int(report.errors.size())),
        QMessageBox::Close, this);
    box->setDetailedText(PrintableText::names(report.errors + report.notes, QStringLiteral("\n"))); // one line each, names escaped
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

} // namespace hubdeck
