#include "MainWindow.h"

#include "AboutDialog.h"
#include "CacheBrowser.h"
#include "CacheFilterBar.h"
#include "CacheFilterProxy.h"
#include "CacheSession.h"
#include "CacheTreeModel.h"
#include "DeleteConfirmDialog.h"
#include "DeletionReport.h"
#include "DeletionTally.h"
#include "DisplayFormat.h"
#include "HumanFormat.h"
#include "IntegrityCheck.h"
#include "PreviewPane.h"
#include "PrintableText.h"
#include "SettingsDialog.h"
#include "SpaceDetailPanel.h"
#include "SpacesController.h"
#include "SpacesPage.h"
#include "TreemapView.h"
#include "VerifyResultsDialog.h"
#include "WarningsPanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace hubdeck {

namespace {
constexpr int kRecentCaches = 8;

} // namespace

MainWindow::MainWindow(QString cacheDir, QWidget *parent)
    : QMainWindow(parent)
    , m_model(new CacheTreeModel(this))
    , m_proxy(new CacheFilterProxy(this))
    , m_session(new CacheSession(m_model, this))
{
    setWindowTitle(tr("HubDeck"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1180, 760);
    m_proxy->setSourceModel(m_model);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_filterBar = new CacheFilterBar(m_proxy, central);
    layout->addWidget(m_filterBar);

    m_pages = new QStackedWidget(central);
    m_browser = new CacheBrowser(m_model, m_proxy, m_pages);
    connect(m_browser, &CacheBrowser::verifyRequested, this, [this](const QSet<RevisionKey> &revisions) { verify(revisions); });
    m_pages->addWidget(m_browser);

    m_emptyState = new QLabel(m_pages);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pages->addWidget(m_emptyState);
    layout->addWidget(m_pages, 1);

    auto *summaryRow = new QHBoxLayout;
    m_summary = new QLabel(central);
    m_summary->setObjectName(QStringLiteral("selectionSummary"));
    summaryRow->addWidget(m_summary, 1);
    m_deleteButton = new QPushButton(tr("Delete…"), central);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setToolTip(tr("Delete the ticked repos and revisions, after a confirmation (Delete)"));
    summaryRow->addWidget(m_deleteButton);
    layout->addLayout(summaryRow);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(central, tr("&Cache"));
    m_spaces = new SpacesPage(m_tabs);
    m_tabs->addTab(m_spaces, tr("&Spaces"));
    setCentralWidget(m_tabs);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop the scan, deletion or check that is running"));
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_check = new IntegrityCheck(this);
    connect(m_check, &IntegrityCheck::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_check, &IntegrityCheck::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_check, &IntegrityCheck::finished, this, &MainWindow::onVerifyFinished);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_check->isRunning())
            m_check->cancel();
        else if (m_session->isDeleting())
            m_session->cancelDeletion();
        else
            m_session->cancelScan();
    });

    m_warnings = new WarningsPanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_warnings);
    resizeDocks({m_warnings}, {150}, Qt::Vertical); // the tree keeps the room; a saved layout wins
    // The dock sits below everything else; the tab bar, created after the pages, then
    // comes first again as Tab wraps around.
    QWidget::setTabOrder(m_deleteButton, m_warnings->list());
    m_warnings->hide();
    connect(m_warnings, &WarningsPanel::entryActivated, m_browser, &CacheBrowser::selectPath);

    buildActions();

    connect(m_model, &CacheTreeModel::checksChanged, this, &MainWindow::updateSummary);
    connect(m_session, &CacheSession::scanStarted, this, &MainWindow::onScanStarted);
    connect(m_session, &CacheSession::scanProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_session, &CacheSession::scanFinished, this, &MainWindow::onScanFinished);
    connect(m_session, &CacheSession::deletionStarted, this, [this](int steps) { showBusy(tr("Deleting…"), steps); });
    connect(m_session, &CacheSession::deletionProgress, m_progress, &QProgressBar::setValue);
    connect(m_session, &CacheSession::deletionFinished, this, &MainWindow::onDeletionFinished);
    connect(m_session, &CacheSession::changedOnDisk, this,
            [this] { statusBar()->showMessage(tr("The cache changed on disk; refreshing…"), 3000); });

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // The warnings are about the cache: they step aside on the Spaces page.
        const bool onCache = m_tabs->currentWidget() != m_spaces;
        m_cacheToolbar->setVisible(onCache);
        if (!onCache) {
            m_warningsWereVisible = m_warnings->isVisible();
            m_warnings->hide();
        } else if (m_warningsWereVisible) {
            m_warnings->show();
        }
    });

    m_settings = AppSettings::load();
    applySettings();
    m_confirm = [this](const DeletionPlan &plan) {
        if (!m_settings.confirmDeletions)
            return true;
        DeleteConfirmDialog dialog(plan, m_model->scan().sizeOnDisk, this);
        return dialog.exec() == QDialog::Accepted;
    };

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_browser->restoreLayout(settings);
    updateSummary();
    openCacheFolder(cacheDir);
}

QTreeView *MainWindow::tree() const
{
    return m_browser->tree();
}

TreemapView *MainWindow::treemap() const
{
    return m_browser->treemap();
}

PreviewPane *MainWindow::preview() const
{
    return m_browser->preview();
}

MainWindow::~MainWindow()
{
    delete m_check; // cancels a running check and waits for it, before anything else goes
}

void MainWindow::buildActions()
{
    auto *toolbar = m_cacheToolbar = addToolBar(tr("Cache"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *open =
        fileMenu->addAction(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("&Open Cache Folder…"), this, &MainWindow::chooseCacheFolder);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    // F5 refreshes the page in front: the cache, or the Spaces.
    auto *rescan = fileMenu->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this, [this] {
        if (m_tabs->currentWidget() == m_spaces)
            m_spaces->refresh();
        else
            m_session->rescan();
    });
    rescan->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    auto *preferences = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    preferences->setShortcut(QKeySequence::Preferences);
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto *selectMenu = menuBar()->addMenu(tr("&Select"));
    selectMenu->addAction(tr("All &Detached Revisions"), this, &MainWindow::selectDetached)
        ->setToolTip(tr("Revisions no ref points to: what \"prune\" removes"));
    for (int days : {30, 90, 180})
        selectMenu->addAction(tr("Not Accessed for %n Day(s)", nullptr, days), this, [this, days] { selectNotAccessedFor(days); });
    selectMenu->addAction(tr("Everything Matching the &Filter"), this, &MainWindow::selectMatchingFilter);
    selectMenu->addSeparator();
    selectMenu->addAction(tr("&Clear Selection"), this, &MainWindow::clearSelection);

    m_deleteAction = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete Ticked…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteChecked);
    connect(m_deleteButton, &QPushButton::clicked, this, &MainWindow::deleteChecked);
    selectMenu->addSeparator();
    selectMenu->addAction(m_deleteAction);

    auto *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->addAction(tr("&Prune…"), this, &MainWindow::prune)
        ->setToolTip(tr("Remove what `hf cache prune` removes, and what a stopped deletion left: detached revisions, blobs no "
                        "snapshot links to, empty repos, partial downloads"));
    toolsMenu->addAction(tr("&Verify the Whole Cache"), this, [this] { verify(); })
        ->setToolTip(tr("Recompute every blob's hash and compare it with its name"));

    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filterBar, &CacheFilterBar::focusSearch);
    addAction(find);

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *showTreemap = viewMenu->addAction(tr("&Treemap"));
    showTreemap->setCheckable(true);
    showTreemap->setChecked(true);
    connect(showTreemap, &QAction::toggled, m_browser->treemap(), &QWidget::setVisible);
    auto *byAccess = viewMenu->addAction(tr("Color the Treemap by &Last Access"));
    byAccess->setCheckable(true);
    connect(byAccess, &QAction::toggled, this,
            [this](bool on) { m_browser->treemap()->setColoring(on ? TreemapView::Coloring::ByAccess : TreemapView::Coloring::ByType); });
    viewMenu->addSeparator();
    viewMenu->addAction(m_warnings->toggleViewAction());
    viewMenu->addAction(toolbar->toggleViewAction());

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About HubDeck"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });

    toolbar->addAction(rescan);
    toolbar->addAction(open);
    toolbar->addSeparator();
    auto *quick = toolbar->addAction(tr("Quick Select"));
    quick->setMenu(selectMenu);
    toolbar->addAction(m_deleteAction);
}

void MainWindow::openCacheFolder(const QString &dir)
{
    setWindowTitle(tr("HubDeck — %1").arg(dir));
    m_firstScan = true;
    rememberCache(dir);
    m_session->setCacheDir(dir);
}

void MainWindow::chooseCacheFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a Hugging Face Hub Cache"), m_session->cacheDir());
    if (!dir.isEmpty())
        openCacheFolder(dir);
}

void MainWindow::rememberCache(const QString &dir)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentCaches")).toStringList();
    recent.removeAll(dir);
    recent.prepend(dir);
    settings.setValue(QStringLiteral("recentCaches"), recent.mid(0, kRecentCaches));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentCaches")).toStringList();
    for (const QString &dir : recent)
        m_recentMenu->addAction(dir, this, [this, dir] { openCacheFolder(dir); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showBusy(const QString &message, int maximum)
{
    statusBar()->showMessage(message);
    m_progress->setRange(0, maximum);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_deleteAction->setEnabled(false);
    m_deleteButton->setEnabled(false);
}

void MainWindow::hideBusy()
{
    m_progress->hide();
    m_cancel->hide();
    updateSummary();
}

void MainWindow::onScanStarted()
{
    m_browser->rememberView(); // what the user had open, and where they were
    showBusy(tr("Scanning %1…").arg(m_session->cacheDir()), 0);
}

void MainWindow::onScanFinished(bool canceled)
{
    hideBusy();
    const CacheScan &scan = m_model->scan();
    if (canceled) {
        statusBar()->showMessage(tr("Scan canceled. Press F5 to scan again."));
    } else if (!scan.error.isEmpty()) {
        m_emptyState->setText(tr("<h3>No cache to show</h3><p>HubDeck looked in <b>%1</b>.</p><p>%2</p>"
                                 "<p>The folder is where huggingface_hub keeps downloads: it is made the first time a "
                                 "model or dataset is downloaded. Set HF_HUB_CACHE or HF_HOME, or use File → Open Cache Folder.</p>")
                                  .arg(m_session->cacheDir().toHtmlEscaped(), scan.error.toHtmlEscaped()));
        m_pages->setCurrentWidget(m_emptyState);
        statusBar()->showMessage(PrintableText::line(scan.error));
    } else if (scan.repos.isEmpty() && scan.corrupted.isEmpty()) {
        m_emptyState->setText(tr("<h3>The cache is empty</h3><p>HubDeck looked in <b>%1</b> and found no downloaded "
                                 "repos.</p><p>Models, datasets and Spaces appear here once a program downloads them "
                                 "with huggingface_hub.</p>")
                                  .arg(scan.cacheDir.toHtmlEscaped()));
        m_pages->setCurrentWidget(m_emptyState);
        statusBar()->showMessage(tr("Empty cache."));
    } else {
        m_pages->setCurrentWidget(m_browser);
        statusBar()->showMessage(tr("%n repo(s) scanned.", nullptr, int(scan.repos.size())), 5000);
        m_browser->restoreView(!m_firstScan);
    }
    m_warnings->setScan(scan);
    if (m_firstScan && m_warnings->count() > 0) {
        if (m_tabs->currentWidget() == m_spaces)
            m_warningsWereVisible = true; // shown when the user comes to the Cache page
        else
            m_warnings->show();
    }
    m_firstScan = false;
    updateSummary();
    Q_EMIT scanFinished();
}

QString MainWindow::summaryText() const
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return QString(m_summary->text()).remove(tags);
}

void MainWindow::verify(const QSet<RevisionKey> &revisions)
{
    if (m_check->isRunning() || m_session->isDeleting())
        return;
    showBusy(tr("Checking %n blob(s)…", nullptr, m_check->start(m_model->scan(), revisions)), 0);
}

void MainWindow::onVerifyFinished(const VerifyReport &report)
{
    hideBusy();
    statusBar()->showMessage(report.problems.isEmpty() ? tr("Integrity check: no problem found.")
                                                       : tr("Integrity check: %n problem(s).", nullptr, int(report.problems.size())));
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

void MainWindow::applySettings()
{
    m_spaces->controller()->setTiming(m_settings.fastRefreshSeconds * 1000, m_settings.slowRefreshSeconds * 1000);
    m_spaces->detail()->setConfirmCostlyActions(m_settings.confirmCostlyActions);
}

void MainWindow::openSettings()
{
    m_settings = AppSettings::load(); // the recent folders may have changed since
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings chosen = dialog.settings();
    const bool themeChanged = chosen.theme != m_settings.theme;
    m_settings = chosen;
    m_settings.save();
    if (themeChanged)
        AppSettings::applyTheme(m_settings.theme);
    applySettings();
    rebuildRecentMenu();
}

void MainWindow::showSpacesPage()
{
    m_tabs->setCurrentWidget(m_spaces);
}

bool MainWindow::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_emptyState;
}

void MainWindow::updateSummary()
{
    const SelectionLedger &ledger = m_model->ledger();
    const int revisions = ledger.selectedRevisionCount();
    const int corrupted = ledger.selectedCorruptedCount();
    const QString total = DisplayFormat::size(m_model->scan().sizeOnDisk);
    QString text;
    if (revisions == 0 && corrupted == 0) {
        text = tr("Nothing selected — the cache holds %1. Tick revisions or repos to free space.").arg(total);
    } else {
        text = tr("%n revision(s)", nullptr, revisions) + tr(" in %n repo(s) selected", nullptr, ledger.selectedRepoCount());
        if (corrupted > 0)
            text += tr(", plus %n corrupted entr(ies)", nullptr, corrupted);
        text += tr(" — frees <b>%1</b> of %2").arg(DisplayFormat::size(ledger.freedSize()), total);
    }
    m_summary->setText(text);
    const bool canDelete = (revisions > 0 || corrupted > 0) && !m_session->isDeleting();
    m_deleteAction->setEnabled(canDelete);
    m_deleteButton->setEnabled(canDelete);
    m_deleteButton->setText(canDelete ? tr("Delete (frees %1)…").arg(DisplayFormat::size(ledger.freedSize())) : tr("Delete…"));
}

void MainWindow::selectDetached()
{
    m_model->checkRevisions([](const CachedRepo &, const CachedRevision &revision) { return revision.isDetached(); });
}

void MainWindow::selectNotAccessedFor(int days)
{
    const double limit = HumanFormat::now() - double(days) * 86400.0;
    // A revision has no access time of its own: its repo's newest blob access is used.
    m_model->checkRevisions([limit](const CachedRepo &repo, const CachedRevision &) { return repo.lastAccessed < limit; });
}

void MainWindow::selectMatchingFilter()
{
    m_proxy->checkAccepted();
}

void MainWindow::clearSelection()
{
    m_model->clearChecks();
}

void MainWindow::deleteChecked()
{
    if (m_session->isDeleting())
        return;
    const DeletionPlan plan = m_session->planForChecked();
    if (plan.isEmpty()) {
        statusBar()->showMessage(tr("Nothing is ticked."), 3000);
        return;
    }
    if (!m_confirm(plan))
        return;
    m_session->startDeletion(plan);
}

void MainWindow::prune()
{
    if (m_session->isDeleting())
        return;
    const DeletionPlan plan = m_session->planForPrune();
    if (plan.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to prune: no detached revision, unreferenced blob, empty repo or partial download."), 5000);
        return;
    }
    if (!m_confirm(plan))
        return;
    m_session->startDeletion(plan);
}

void MainWindow::onDeletionFinished(const DeletionReport &report)
{
    hideBusy();
    m_warnings->setScan(m_model->scan());
    // What happened, measured as it went; never what the plan expected.
    const DeletionTally tally = DeletionTally::of(m_session->deletionPlan(), report);
    const QString freed = DisplayFormat::size(tally.freedBytes);
    QStringList done;
    if (tally.reposRemoved)
        done.append(tr("%n repo(s)", nullptr, tally.reposRemoved));
    if (tally.revisionsRemoved)
        done.append(tr("%n revision(s)", nullptr, tally.revisionsRemoved));
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
    if (tally.revisionsUntouched > 0)
        message += tr("; %n revision(s) untouched", nullptr, tally.revisionsUntouched);
    if (tally.downloadsKept > 0)
        message += tr("; %n file(s) kept: their download is running", nullptr, tally.downloadsKept);
    statusBar()->showMessage(message + u'.');
    if (!report.errors.isEmpty()) {
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
    updateSummary();
    Q_EMIT deletionFinished();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The toolbar and the warnings step aside on the Spaces page; the saved state must not
    // keep them hidden for the Cache page the next start opens on.
    if (m_tabs->currentWidget() == m_spaces) {
        m_cacheToolbar->show();
        if (m_warningsWereVisible)
            m_warnings->show();
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_browser->saveLayout(settings);
    QMainWindow::closeEvent(event);
}

} // namespace hubdeck
