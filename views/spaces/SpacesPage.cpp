// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpacesPage.h"

#include "HardwareDialog.h"
#include "LogsDialog.h"
#include "NewSpaceDialog.h"
#include "SettingsListDialog.h"
#include "SignInDialog.h"
#include "SleepTimeDialog.h"
#include "SpaceCost.h"
#include "SpaceDetailPanel.h"
#include "SpacesController.h"
#include "SpacesFilterProxy.h"
#include "SpacesTableModel.h"
#include "StageBadgeDelegate.h"
#include "StorageDialog.h"
#include "TabOrder.h"
#include "UploadFolderDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRubberBand>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace hubdeck {

SpacesPage::SpacesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new SpacesTableModel(this))
    , m_proxy(new SpacesFilterProxy(this))
    , m_controller(new SpacesController(m_model, this))
    , m_account(new QLabel(this))
    , m_switcher(new QComboBox(this))
    , m_environment(new QLabel(this))
    , m_costs(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in…"), this))
    , m_signOut(new QPushButton(tr("Sign out"), this))
    , m_status(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_detail(new SpaceDetailPanel(m_controller, this))
    , m_uploadFolder(new QAction(tr("Upload Folder…"), this))
    , m_logs(new QAction(tr("Logs…"), this))
{
    setObjectName(QStringLiteral("spacesPage"));
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    buildAccountRow(layout);
    buildFilters(layout);
    buildTable(layout);
    m_uploadFolder->setObjectName(QStringLiteral("uploadFolderAction"));
    m_uploadFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_uploadFolder->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_uploadFolder->setToolTip(tr("Send a local folder's files to the selected Space in one commit"));
    addAction(m_uploadFolder);
    TabOrder::chain({m_switcher, m_newSpace, m_refresh, m_signIn, m_signOut, m_search, m_owner, m_stage, m_table, m_detail});
    connectControls();
    connectController();
    updateSwitcher();
    updateAccount();
    updateCosts();
}

void SpacesPage::buildAccountRow(QVBoxLayout *layout)
{
    auto *accountRow = new QHBoxLayout;
    m_account->setTextFormat(Qt::RichText);
    m_switcher->setObjectName(QStringLiteral("accountSwitcher"));
    m_switcher->setAccessibleName(tr("Account"));
    m_switcher->setToolTip(tr("The stored Hugging Face tokens. Choosing one makes it the active token for hf and "
                              "hubdeck-cli too; \"All accounts\" lists the Spaces of every one."));
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    accountRow->addWidget(m_switcher);
    accountRow->addWidget(m_account, 1);
    m_newSpace = new QPushButton(tr("New Space…"), this);
    m_refresh = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("spacesRefresh"));
    m_newSpace->setToolTip(tr("Create a Space on the Hub"));
    m_refresh->setToolTip(tr("Fetch the Spaces and their state again (F5)"));
    m_signIn->setToolTip(tr("Sign in with a Hugging Face access token"));
    m_signOut->setToolTip(tr("Forget the stored token"));
    for (QPushButton *button : {m_newSpace, m_refresh, m_signIn, m_signOut})
        accountRow->addWidget(button);
    layout->addLayout(accountRow);
    m_status->setObjectName(QStringLiteral("spacesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->hide();
    layout->addWidget(m_status);
    m_environment->setObjectName(QStringLiteral("tokenEnvironmentWarning"));
    m_environment->setWordWrap(true);
    m_environment->setStyleSheet(QStringLiteral("color: #d97706;"));
    m_environment->setText(tr("HF_TOKEN (or HUGGING_FACE_HUB_TOKEN) is set in the environment: it is the token used, "
                              "whichever account is chosen here, as it is for hf and hubdeck-cli."));
    m_environment->setVisible(SpacesController::environmentOverrides());
    layout->addWidget(m_environment);
}

void SpacesPage::buildFilters(QVBoxLayout *layout)
{
    auto *filters = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Filter Spaces by name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter Spaces"));
    m_owner->setToolTip(tr("Show the Spaces of one owner"));
    m_stage->setToolTip(tr("Show the Spaces in one stage"));
    filters->addWidget(m_search, 1);
    filters->addWidget(new QLabel(tr("Owner:"), this));
    filters->addWidget(m_owner);
    filters->addWidget(new QLabel(tr("Stage:"), this));
    m_stage->addItem(tr("any"), -1);
    for (const auto &[label, group] :
         {std::pair{tr("running"), SpacesTableModel::StageGroup::Running},
          std::pair{tr("building or starting"), SpacesTableModel::StageGroup::Building},
          std::pair{tr("error"), SpacesTableModel::StageGroup::Error}, std::pair{tr("paused"), SpacesTableModel::StageGroup::Paused},
          std::pair{tr("sleeping"), SpacesTableModel::StageGroup::Sleeping}})
        m_stage->addItem(label, int(group));
    filters->addWidget(m_stage);
    layout->addLayout(filters);
}

void SpacesPage::buildTable(QVBoxLayout *layout)
{
    auto *splitter = new QSplitter(this);
    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("spacesTable"));
    m_table->setAccessibleName(tr("Spaces"));
    m_table->setAccessibleDescription(tr("Your Spaces and your organisations', with their stage and hardware"));
    m_table->setTabKeyNavigation(false); // Tab moves on to the detail panel, arrows move in the table
    m_table->setItemDelegateForColumn(SpacesTableModel::StageColumn, new StageBadgeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SpacesTableModel::IdColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false); // elide, never two-line dates
    // Sized by fitColumns() (the user may still drag them): ResizeToContents would push the
    // last columns off the right edge once "All accounts" adds its column.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_uploadFolder);
    m_table->addAction(m_logs);
    // Folders from the file manager: dropped on a row or on the detail panel.
    m_table->viewport()->setAcceptDrops(true);
    m_table->viewport()->installEventFilter(this);
    // The style's selection rectangle, over the whole row: the drop's target, not the selection.
    m_dropRow = new QRubberBand(QRubberBand::Rectangle, m_table->viewport());
    m_dropRow->setObjectName(QStringLiteral("dropTargetRow"));
    m_dropRow->hide();
    m_detail->setAcceptDrops(true);
    m_detail->installEventFilter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({940, 320}); // every column of the table in view on a 1280-pixel window (fitColumns)
    layout->addWidget(splitter, 1);
    m_table->setColumnHidden(SpacesTableModel::AccountColumn, true);
    // Seen where they are read with: the account beside the Space, the cost beside its hardware.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(SpacesTableModel::AccountColumn), header->visualIndex(SpacesTableModel::IdColumn) + 1);
    header->moveSection(header->visualIndex(SpacesTableModel::CostColumn), header->visualIndex(SpacesTableModel::RequestedColumn) + 1);
    m_costs->setObjectName(QStringLiteral("spacesCosts"));
    m_costs->setWordWrap(true);
    layout->addWidget(m_costs);
}

void SpacesPage::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int available = m_table->viewport()->width();
    if (available <= 0)
        return;
    // A header's text with the style's margins either side, and room for the sort arrow on
    // the column sorted by: the least a column gets, so that every header can be read. Bold,
    // as QHeaderView measures (and Fusion paints) its labels.
    QFont bold = header->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    QStyle *style = header->style();
    const int margin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int arrow = style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin;
    struct Column
    {
        int logical;
        int least;
        int wanted; // its contents whole
        int width = 0;
    };
    std::vector<Column> columns;
    Column *id = nullptr;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        const QString text = m_proxy->headerData(logical, Qt::Horizontal).toString();
        const int least = metrics.horizontalAdvance(text) + 2 * margin + 2 +
                          (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical ? arrow : 0);
        const int wanted = std::max(least, static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(logical));
        // A stage badge cannot be elided into something readable: it keeps its width.
        columns.push_back({logical, logical == SpacesTableModel::StageColumn ? wanted : least, wanted});
    }
    int least = 0;
    for (Column &column : columns) {
        least += column.least;
        if (column.logical == SpacesTableModel::IdColumn)
            id = &column;
    }
    // Too narrow for whole badges too (a stage the Hub added, with a long name): they give way.
    for (Column &column : columns)
        if (column.logical == SpacesTableModel::StageColumn && least > available) {
            const QString text = m_proxy->headerData(column.logical, Qt::Horizontal).toString();
            column.least = std::max(metrics.horizontalAdvance(text) + 2 * margin + 2, column.least - (least - available));
        }
    int wanted = 0, slack = 0;
    for (const Column &column : columns) {
        wanted += column.wanted;
        if (&column != id)
            slack += column.wanted - column.least;
    }
    const int excess = wanted - available;
    for (Column &column : columns) {
        if (&column == id)
            continue;
        if (excess <= 0)
            column.width = column.wanted;
        else if (excess <= slack) // each gives up its share of the excess, rounded up so that all fit
            column.width = column.wanted - int((qint64(excess) * (column.wanted - column.least) + slack - 1) / slack);
        else
            column.width = column.least;
    }
    if (id) {
        int others = 0;
        for (const Column &column : columns)
            if (&column != id)
                others += column.width;
        // The Space column takes what is left: more than its contents when there is room, and
        // it is elided only once every other column is down to its header.
        id->width = std::max(id->least, available - others);
    }
    for (const Column &column : columns)
        header->resizeSection(column.logical, column.width);
}

// The page's own buttons, filters and table, and the detail panel's requests for dialogs.
void SpacesPage::connectControls()
{
    connect(m_refresh, &QPushButton::clicked, this, &SpacesPage::refresh);
    connect(m_newSpace, &QPushButton::clicked, this, [this] { openNewSpace(false); });
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        SignInDialog dialog(m_controller, this);
        dialog.exec();
    });
    connect(m_signOut, &QPushButton::clicked, m_controller, &SpacesController::signOut);
    connect(m_switcher, &QComboBox::activated, this, &SpacesPage::chooseAccount);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SpacesFilterProxy::setText);
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setOwner(m_owner->currentData().toString()); });
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        const int group = m_stage->currentData().toInt();
        m_proxy->setStageGroup(group < 0 ? std::nullopt : std::optional(SpacesTableModel::StageGroup(group)));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SpacesPage::updateDetail);
    // Refitted when the rows or the width change, not on every runtime refresh: a column the
    // user widened stays so until then.
    auto *fit = new QTimer(this);
    fit->setSingleShot(true);
    connect(fit, &QTimer::timeout, this, &SpacesPage::fitColumns);
    const auto refit = [fit] { fit->start(0); };
    connect(m_proxy, &QAbstractItemModel::modelReset, fit, refit);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, fit, refit);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, fit, refit);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, fit, refit);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, fit, refit);
    // A runtime refresh refits only when a stage badge no longer fits: "Running (rebuilding)"
    // after "Running" must not be cut, and a column the user widened stays so otherwise.
    connect(m_proxy, &QAbstractItemModel::dataChanged, fit, [this, fit] {
        if (static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(SpacesTableModel::StageColumn) >
            m_table->horizontalHeader()->sectionSize(SpacesTableModel::StageColumn))
            fit->start(0);
    });
    m_fitTimer = fit;
    connect(m_detail, &SpaceDetailPanel::secretsRequested, this, [this] { openSettingsDialog(true); });
    connect(m_detail, &SpaceDetailPanel::variablesRequested, this, [this] { openSettingsDialog(false); });
    connect(m_detail, &SpaceDetailPanel::hardwareRequested, this, &SpacesPage::openHardwareDialog);
    connect(m_detail, &SpaceDetailPanel::sleepTimeRequested, this, &SpacesPage::openSleepDialog);
    connect(m_detail, &SpaceDetailPanel::storageRequested, this, &SpacesPage::openStorageDialog);
    connect(m_detail, &SpaceDetailPanel::logsRequested, this, &SpacesPage::openLogs);
    connect(m_detail, &SpaceDetailPanel::duplicateRequested, this, [this] { openNewSpace(true); });
    connect(m_detail, &SpaceDetailPanel::uploadFolderRequested, m_uploadFolder, &QAction::trigger);
    connect(m_uploadFolder, &QAction::triggered, this, [this] { openUploadDialog(selectedSpace()); });
    connect(m_logs, &QAction::triggered, this, &SpacesPage::openLogs);
}

// What the model and the controller report: rows, the account, list errors, action progress.
void SpacesPage::connectController()
{
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SpacesPage::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SpacesPage::updateDetail);
    // A new list (F5, another account) replaces every row: the Space looked at stays selected
    // when it is still listed, rather than whatever row comes first.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_selectedBeforeReset = selectedSpace(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_selectedBeforeReset.isEmpty())
            selectSpace(std::exchange(m_selectedBeforeReset, QString()));
    });
    connect(m_controller, &SpacesController::userChanged, this, &SpacesPage::updateAccount);
    connect(m_controller, &SpacesController::accountsChanged, this, &SpacesPage::updateSwitcher);
    connect(m_controller, &SpacesController::accountsChanged, this, &SpacesPage::updateAccount);
    connect(m_controller, &SpacesController::pricesChanged, this, &SpacesPage::updateCosts);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SpacesPage::updateCosts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SpacesPage::updateCosts);
    connect(m_controller, &SpacesController::listFailed, this, &SpacesPage::showListError);
    connect(m_controller, &SpacesController::budgetChanged, this, &SpacesPage::updateStatus);
    connect(m_controller, &SpacesController::listLoaded, this, [this] {
        m_listError.clear();
        updateStatus();
        m_table->setColumnHidden(SpacesTableModel::AccountColumn, !m_controller->showsAllAccounts());
        fitColumns();
        updateAccount();
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_controller, &SpacesController::actionStarted, this, [this](const QString &id, const QString &action) {
        if (id == selectedSpace())
            // The controller names its actions for code ("factory"); the tooltip says it in words.
            m_detail->setBusy(true, action == u"pause"        ? tr("Pausing…")
                                    : action == u"restart"    ? tr("Restarting…")
                                    : action == u"factory"    ? tr("Rebuilding from scratch…")
                                    : action == u"devModeOn"  ? tr("Starting dev mode…")
                                    : action == u"devModeOff" ? tr("Stopping dev mode…")
                                                              : action);
        m_detail->showError({});
    });
    connect(m_controller, &SpacesController::actionFinished, this, [this](const QString &id, const QString &, const HubError &error) {
        if (id != selectedSpace())
            return;
        m_detail->setBusy(false);
        m_detail->showError(error.isError() ? error.message() : QString());
    });
}

void SpacesPage::setRefreshButtonShown(bool shown)
{
    m_refresh->setVisible(shown);
}

void SpacesPage::refresh()
{
    m_controller->refresh();
}

QString SpacesPage::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString SpacesPage::selectedSpace() const
{
    return m_table->currentIndex().data(SpacesTableModel::SpaceIdRole).toString();
}

void SpacesPage::selectSpace(const QString &id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        if (m_proxy->index(row, 0).data(SpacesTableModel::SpaceIdRole).toString() == id)
            m_table->selectRow(row);
}

bool SpacesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize && m_fitTimer)
        m_fitTimer->start(0);
    if ((watched == m_table->viewport() || watched == m_detail) && dragEvent(static_cast<QWidget *>(watched), event))
        return true;
    // A minimised window is hidden too: nothing polls the Hub for it.
    if (watched == window() && event->type() == QEvent::WindowStateChange)
        m_controller->setActive(isVisible() && !window()->isMinimized());
    return QWidget::eventFilter(watched, event);
}

void SpacesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    window()->removeEventFilter(this);
    window()->installEventFilter(this);
    m_controller->setActive(true);
    if (m_model->rowCount() == 0)
        refresh();
}

void SpacesPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Nothing polls the Hub while the page cannot be seen.
    m_controller->setActive(false);
}

QString SpacesPage::spaceAt(QWidget *target, const QPoint &position) const
{
    if (target == m_detail)
        return selectedSpace();
    return m_table->indexAt(position).data(SpacesTableModel::SpaceIdRole).toString();
}

QString SpacesPage::dropTargetSpace() const
{
    return m_dropRow->isVisible() ? m_dropIndex.data(SpacesTableModel::SpaceIdRole).toString() : QString();
}

bool SpacesPage::isOneLocalFolder(const QMimeData *mime)
{
    const QList<QUrl> urls = mime->urls();
    return urls.size() == 1 && urls.first().isLocalFile() && QFileInfo(urls.first().toLocalFile()).isDir();
}

void SpacesPage::showDropTarget(int row, bool detail)
{
    m_detail->setDropHighlight(detail);
    if (row < 0) {
        m_dropRow->hide();
        m_dropIndex = QPersistentModelIndex();
        return;
    }
    m_dropIndex = m_proxy->index(row, 0);
    const QRect cell = m_table->visualRect(m_dropIndex);
    m_dropRow->setGeometry(0, cell.top(), m_table->viewport()->width(), cell.height());
    m_dropRow->show();
}

bool SpacesPage::dragEvent(QWidget *target, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const QString id = drag->mimeData()->hasUrls() ? spaceAt(target, drag->position().toPoint()) : QString();
        if (id.isEmpty()) {
            drag->ignore();
            showDropTarget(-1, false);
            return true;
        }
        // Only a folder is marked as going there. Other URLs are taken all the same, so that
        // the drop can say why nothing is uploaded (a file, a web address). The selection does
        // not follow the cursor: the row under it is marked, the drop selects it.
        const bool folder = isOneLocalFolder(drag->mimeData());
        if (target == m_table->viewport())
            showDropTarget(folder ? m_table->indexAt(drag->position().toPoint()).row() : -1, false);
        else
            showDropTarget(-1, folder);
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        return true;
    }
    case QEvent::DragLeave:
        showDropTarget(-1, false);
        return true;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        showDropTarget(-1, false);
        const QString id = spaceAt(target, drop->position().toPoint());
        if (id.isEmpty()) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        dropFolder(id, drop);
        return true;
    }
    default:
        return false;
    }
}

void SpacesPage::dropFolder(const QString &id, const QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    selectSpace(id);
    if (urls.size() != 1 || !urls.first().isLocalFile()) {
        m_detail->showError(urls.size() > 1 ? tr("Drop one folder at a time to upload it to %1.").arg(id)
                                            : tr("Only a folder on this computer can be uploaded to %1.").arg(id));
        return;
    }
    const QFileInfo info(urls.first().toLocalFile());
    if (!info.isDir()) {
        m_detail->showError(info.exists() ? tr("%1 is a file: drop the folder that holds it to upload it to %2.").arg(info.fileName(), id)
                                          : tr("%1 does not exist any more.").arg(info.filePath()));
        return;
    }
    m_detail->showError({});
    openUploadDialog(id, info.absoluteFilePath());
}

void SpacesPage::openUploadDialog(const QString &id, const QString &folder)
{
    if (id.isEmpty())
        return;
    // One upload dialog per Space: a second request for it brings it back, with the new folder.
    if (m_uploadDialog && m_uploadDialog->spaceId() == id) {
        if (!folder.isEmpty() && !m_uploadDialog->isUploading())
            m_uploadDialog->setFolder(folder);
        m_uploadDialog->raise();
        m_uploadDialog->activateWindow();
        return;
    }
    HubClient *client = clientFor(id);
    if (!client)
        return;
    auto *dialog = new UploadFolderDialog(client, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!folder.isEmpty())
        dialog->setFolder(folder);
    connect(dialog, &UploadFolderDialog::uploaded, this, [this](const QString &space, const QString &, bool nothingToCommit) {
        m_controller->refreshRuntime(space);
        if (nothingToCommit)
            return; // no commit, no build
        HubClient *logsClient = clientFor(space);
        if (!logsClient)
            return;
        // A new commit rebuilds the Space: its build logs are what the user wants to see next.
        auto *logs = new LogsDialog(logsClient, space, true, this);
        logs->setAttribute(Qt::WA_DeleteOnClose);
        logs->show();
    });
    m_uploadDialog = dialog;
    dialog->show();
}

void SpacesPage::updateSwitcher()
{
    const QList<SpacesController::Account> accounts = m_controller->accounts();
    m_switcher->blockSignals(true);
    m_switcher->clear();
    int current = -1;
    for (const SpacesController::Account &account : accounts) {
        // Never the token: its name, whose it is, and the masked form hf auth list shows.
        QString label = account.name;
        if (account.user)
            label = tr("%1 — %2").arg(account.name, account.user->name);
        else if (account.error.isError())
            label = tr("%1 — token refused").arg(account.name);
        if (account.active)
            label = tr("%1 (active)").arg(label);
        m_switcher->addItem(label, account.name);
        const int index = m_switcher->count() - 1;
        m_switcher->setItemData(index,
                                account.error.isError() ? tr("%1 (%2): %3").arg(account.name, account.masked, account.error.message())
                                                        : tr("%1 (%2)").arg(account.name, account.masked),
                                Qt::ToolTipRole);
        if (account.active && !m_controller->showsAllAccounts())
            current = index;
    }
    if (!accounts.isEmpty()) {
        m_switcher->addItem(tr("All accounts"), QString::fromLatin1(kAllAccounts));
        if (m_controller->showsAllAccounts())
            current = m_switcher->count() - 1;
    }
    if (current < 0 && !accounts.isEmpty()) {
        // No stored token is the active one (a token from elsewhere, or none): say so.
        m_switcher->insertItem(0, tr("No stored account active"), QString());
        current = 0;
    }
    m_switcher->setCurrentIndex(current);
    m_switcher->setVisible(!accounts.isEmpty());
    m_switcher->blockSignals(false);
    m_environment->setVisible(SpacesController::environmentOverrides());
    m_signIn->setText(accounts.isEmpty() ? tr("Sign in…") : tr("Add account…"));
    m_signIn->setToolTip(accounts.isEmpty() ? tr("Sign in with a Hugging Face access token")
                                            : tr("Sign in with another access token; it becomes the active one"));
}

void SpacesPage::chooseAccount(int index)
{
    const QString name = m_switcher->itemData(index).toString();
    if (name.isEmpty())
        return;
    if (name == QString::fromLatin1(kAllAccounts)) {
        m_controller->showAllAccounts(true);
        updateSwitcher();
        updateAccount();
        return;
    }
    m_controller->showAllAccounts(false);
    const auto accounts = m_controller->accounts();
    const bool active = std::any_of(accounts.cbegin(), accounts.cend(), [&](const auto &a) { return a.name == name && a.active; });
    QString error;
    if (!active && !m_controller->switchAccount(name, &error)) {
        m_listError = QStringLiteral("<span style=\"color: #dc2626;\">%1</span>").arg(error.toHtmlEscaped());
        updateStatus();
    }
    updateSwitcher();
    updateAccount();
}

void SpacesPage::updateAccount()
{
    const auto &user = m_controller->user();
    const bool all = m_controller->showsAllAccounts();
    m_signIn->setVisible(!user || !m_controller->accounts().isEmpty());
    m_signOut->setVisible(user.has_value() && !all);
    const QString current = m_owner->currentData().toString();
    m_owner->blockSignals(true);
    m_owner->clear();
    m_owner->addItem(tr("everyone"), QString());
    QStringList owners;
    if (all) {
        int users = 0;
        for (const SpacesController::Account &account : m_controller->accounts()) {
            if (!account.user)
                continue;
            ++users;
            for (const QString &owner : QStringList{account.user->name} + account.user->orgs)
                if (!owners.contains(owner))
                    owners.append(owner);
        }
        m_account->setText(tr("The Spaces of %n stored account(s); each row is acted on with its own account's token.", nullptr, users));
    } else if (user) {
        m_account->setText(tr("Signed in as <b>%1</b>%2")
                               .arg(user->name.toHtmlEscaped(),
                                    user->orgs.isEmpty()
                                        ? QString()
                                        : tr(" — organisations: %1").arg(user->orgs.join(QStringLiteral(", ")).toHtmlEscaped())));
        owners = QStringList{user->name} + user->orgs;
    } else {
        m_account->setText(tr("Not signed in"));
    }
    for (const QString &owner : std::as_const(owners))
        m_owner->addItem(owner, owner);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
    m_owner->blockSignals(false);
}

void SpacesPage::updateCosts()
{
    if (!m_model->prices()) {
        m_costs->setText(tr("Costs: the Hub's hardware prices could not be read, so no cost is shown."));
        return;
    }
    const SpaceCost::Total total = m_model->total();
    QString text = tr("Running now: %n Space(s), %1 an hour — about %2 a month if they keep running (× %3 h).", nullptr, total.billed)
                       .arg(SpaceCost::usd(total.perHourUSD), SpaceCost::usd(total.perMonthUSD()))
                       .arg(SpaceCost::kHoursPerMonth);
    if (total.unpriced > 0)
        text += u' ' + tr("%n of them on hardware the Hub gave no price for, not counted.", nullptr, total.unpriced);
    text += u' ' + tr("An estimate from the Hub's hardware prices: persistent storage and ZeroGPU are not included.");
    m_costs->setText(text);
}

QString SpacesPage::costText() const
{
    return m_costs->text();
}

HubClient *SpacesPage::clientFor(const QString &id)
{
    HubClient *client = m_controller->clientFor(id);
    if (!client)
        m_detail->showError(tr("No stored account lists %1 any more: refresh (F5).").arg(id));
    return client;
}

void SpacesPage::showListError(const HubError &error)
{
    QString text;
    if (m_controller->showsAllAccounts() && !m_controller->notListed().isEmpty())
        text = tr("Not listed: %1. The other accounts' Spaces are shown.")
                   .arg(m_controller->notListed().join(QStringLiteral("; ")).toHtmlEscaped());
    else if (!m_controller->hasToken())
        text = tr("Sign in to see your Spaces. The Cache page works without an account.");
    else
        text = error.message().toHtmlEscaped() +
               (error.kind == HubError::Kind::Unauthorized ? tr(" Use <b>Sign in…</b> with a new token.") : tr(" Press F5 to try again."));
    m_listError = m_controller->hasToken() || m_controller->showsAllAccounts()
                      ? QStringLiteral("<span style=\"color: #dc2626;\">%1</span>").arg(text)
                      : text;
    updateStatus();
}

void SpacesPage::updateStatus()
{
    QStringList budgets;
    const QString timeFormat = QStringLiteral("HH:mm:ss");
    for (const SpacesController::BudgetNote &note : m_controller->budgetNotes()) {
        QString budget;
        if (note.waitingUntil) {
            budget = tr("The Hub asked HubDeck to wait: Spaces refresh again at %1.").arg(note.waitingUntil->toString(timeFormat));
        } else if (note.low) {
            const QString resets = note.resetsAt.toString(timeFormat);
            budget =
                note.low->limit
                    ? tr("Hub request budget low: %1 of %2 left until %3, so Spaces refresh less often.")
                          .arg(note.low->remaining)
                          .arg(*note.low->limit)
                          .arg(resets)
                    : tr("Hub request budget low: %1 left until %2, so Spaces refresh less often.").arg(note.low->remaining).arg(resets);
        }
        // Each token has its own budget: in "All accounts" say whose.
        budgets.append(note.account.isEmpty() ? budget : tr("%1: %2").arg(note.account, budget));
    }
    const QString budget = budgets.join(u'\n');
    QStringList parts;
    if (!m_listError.isEmpty())
        parts.append(m_listError);
    if (!budget.isEmpty())
        parts.append(
            QStringLiteral("<span style=\"color: #b45309;\">%1</span>").arg(budget.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
    m_status->setText(parts.join(QStringLiteral("<br>")));
    m_status->setVisible(!parts.isEmpty());
}

void SpacesPage::updateDetail()
{
    const QString id = selectedSpace();
    const int row = m_model->rowOf(id);
    m_detail->setSpace(row < 0 ? std::nullopt : std::optional(m_model->space(row)), m_model->stageHistory(id));
    m_detail->setStuckNote(m_model->stuckText(id));
    m_controller->setSelected(id);
}

void SpacesPage::openSettingsDialog(bool secrets)
{
    const QString id = selectedSpace();
    if (id.isEmpty())
        return;
    HubClient *client = clientFor(id);
    if (!client)
        return;
    auto *dialog = new SettingsListDialog(client, id, secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, id] { m_controller->refreshRuntime(id); });
    dialog->show();
}

void SpacesPage::openHardwareDialog()
{
    const QString id = selectedSpace();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    HubClient *client = clientFor(id);
    if (!client)
        return;
    auto *dialog = new HardwareDialog(client, m_model->space(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HardwareDialog::runtimeChanged, this, [this, id, dialog](const SpaceRuntime &runtime) {
        m_detail->setAsked(id, dialog->asked());
        m_model->updateRuntime(id, runtime);
        m_controller->refreshRuntime(id);
    });
    dialog->show();
}

void SpacesPage::openSleepDialog()
{
    const QString id = selectedSpace();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    HubClient *client = clientFor(id);
    if (!client)
        return;
    auto *dialog = new SleepTimeDialog(client, m_model->space(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SleepTimeDialog::runtimeChanged, this, [this, id, dialog](const SpaceRuntime &runtime) {
        m_detail->setAsked(id, {QString(), dialog->chosenSeconds()});
        m_model->updateRuntime(id, runtime);
        m_controller->refreshRuntime(id);
    });
    dialog->show();
}

void SpacesPage::openStorageDialog()
{
    const QString id = selectedSpace();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    HubClient *client = clientFor(id);
    if (!client)
        return;
    auto *dialog = new StorageDialog(client, m_model->space(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StorageDialog::runtimeChanged, this, [this, id](const SpaceRuntime &runtime) {
        m_model->updateRuntime(id, runtime);
        m_controller->refreshRuntime(id);
    });
    dialog->show();
}

void SpacesPage::openLogs()
{
    const QString id = selectedSpace();
    if (id.isEmpty())
        return;
    const int row = m_model->rowOf(id);
    const bool building = row >= 0 && m_model->space(row).runtime &&
                          SpacesTableModel::stageGroup(m_model->space(row).runtime->stage) != SpacesTableModel::StageGroup::Running &&
                          m_model->space(row).runtime->stage.contains(QStringLiteral("BUILD"));
    HubClient *client = clientFor(id);
    if (!client)
        return;
    auto *dialog = new LogsDialog(client, id, building, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void SpacesPage::openNewSpace(bool duplicate)
{
    const QString from = duplicate ? selectedSpace() : QString();
    if (duplicate && from.isEmpty())
        return;
    // A copy is made by the account that acts on the original's row; a new Space by the active
    // one, or in "All accounts" by the one chosen in the dialog.
    HubClient *client = duplicate ? clientFor(from) : m_controller->client();
    if (!client)
        return;
    std::optional<WhoAmI> owner = m_controller->user();
    if (duplicate && m_controller->showsAllAccounts()) {
        const QString account = m_model->accountOf(from);
        for (const SpacesController::Account &known : m_controller->accounts())
            if (known.name == account)
                owner = known.user;
    }
    auto *dialog = new NewSpaceDialog(client, from, owner ? owner->name : QString(), owner ? owner->orgs : QStringList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!duplicate && m_controller->showsAllAccounts()) {
        // "All accounts" has no one account in view: the dialog asks which, the active one first.
        QList<NewSpaceDialog::AccountChoice> choices;
        QString active;
        for (const SpacesController::Account &account : m_controller->accounts()) {
            HubClient *own = m_controller->clientForAccount(account.name);
            if (!account.user || !own)
                continue; // a token the Hub refused can create nothing
            choices.append(
                {account.name, tr("%1 — %2").arg(account.name, account.user->name), own, account.user->name, account.user->orgs});
            if (account.active)
                active = account.name;
        }
        dialog->setAccounts(choices, active);
    }
    connect(dialog, &NewSpaceDialog::created, this, [this] { refresh(); });
    dialog->show();
}

} // namespace hubdeck
