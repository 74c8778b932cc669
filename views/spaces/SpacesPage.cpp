// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpacesPage.h"

#include "HardwareDialog.h"
#include "LogsDialog.h"
#include "NewSpaceDialog.h"
#include "SettingsListDialog.h"
#include "SignInDialog.h"
#include "SleepTimeDialog.h"
#include "SpaceDetailPanel.h"
#include "SpacesController.h"
#include "SpacesFilterProxy.h"
#include "SpacesTableModel.h"
#include "StageBadgeDelegate.h"
#include "StorageDialog.h"
#include "TabOrder.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace hubdeck {

SpacesPage::SpacesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new SpacesTableModel(this))
    , m_proxy(new SpacesFilterProxy(this))
    , m_controller(new SpacesController(m_model, this))
    , m_account(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in…"), this))
    , m_signOut(new QPushButton(tr("Sign out"), this))
    , m_status(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_detail(new SpaceDetailPanel(m_controller, this))
{
    setObjectName(QStringLiteral("spacesPage"));
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    buildAccountRow(layout);
    buildFilters(layout);
    buildTable(layout);
    TabOrder::chain({m_newSpace, m_refresh, m_signIn, m_signOut, m_search, m_owner, m_stage, m_table, m_detail});
    connectControls();
    connectController();
    updateAccount();
}

void SpacesPage::buildAccountRow(QVBoxLayout *layout)
{
    auto *accountRow = new QHBoxLayout;
    m_account->setTextFormat(Qt::RichText);
    accountRow->addWidget(m_account, 1);
    m_newSpace = new QPushButton(tr("New Space…"), this);
    m_refresh = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
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
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({840, 420}); // every column of the table in view on a 1280-pixel window
    layout->addWidget(splitter, 1);
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
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SpacesFilterProxy::setText);
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setOwner(m_owner->currentData().toString()); });
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        const int group = m_stage->currentData().toInt();
        m_proxy->setStageGroup(group < 0 ? std::nullopt : std::optional(SpacesTableModel::StageGroup(group)));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SpacesPage::updateDetail);
    connect(m_detail, &SpaceDetailPanel::secretsRequested, this, [this] { openSettingsDialog(true); });
    connect(m_detail, &SpaceDetailPanel::variablesRequested, this, [this] { openSettingsDialog(false); });
    connect(m_detail, &SpaceDetailPanel::hardwareRequested, this, &SpacesPage::openHardwareDialog);
    connect(m_detail, &SpaceDetailPanel::sleepTimeRequested, this, &SpacesPage::openSleepDialog);
    connect(m_detail, &SpaceDetailPanel::storageRequested, this, &SpacesPage::openStorageDialog);
    connect(m_detail, &SpaceDetailPanel::logsRequested, this, &SpacesPage::openLogs);
    connect(m_detail, &SpaceDetailPanel::duplicateRequested, this, [this] { openNewSpace(true); });
}

// What the model and the controller report: rows, the account, list errors, action progress.
void SpacesPage::connectController()
{
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SpacesPage::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SpacesPage::updateDetail);
    connect(m_controller, &SpacesController::userChanged, this, &SpacesPage::updateAccount);
    connect(m_controller, &SpacesController::listFailed, this, &SpacesPage::showListError);
    connect(m_controller, &SpacesController::listLoaded, this, [this] {
        m_status->hide();
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_controller, &SpacesController::actionStarted, this, [this](const QString &id, const QString &action) {
        if (id == selectedSpace())
            // The controller names its actions for code ("factory"); the tooltip says it in words.
            m_detail->setBusy(true, action == u"pause"     ? tr("Pausing…")
                                    : action == u"restart" ? tr("Restarting…")
                                    : action == u"factory" ? tr("Rebuilding from scratch…")
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

void SpacesPage::updateAccount()
{
    const auto &user = m_controller->user();
    m_signIn->setVisible(!user);
    m_signOut->setVisible(user.has_value());
    const QString current = m_owner->currentData().toString();
    m_owner->blockSignals(true);
    m_owner->clear();
    m_owner->addItem(tr("everyone"), QString());
    if (user) {
        m_account->setText(tr("Signed in as <b>%1</b>%2")
                               .arg(user->name.toHtmlEscaped(),
                                    user->orgs.isEmpty()
                                        ? QString()
                                        : tr(" — organisations: %1").arg(user->orgs.join(QStringLiteral(", ")).toHtmlEscaped())));
        for (const QString &owner : QStringList{user->name} + user->orgs)
            m_owner->addItem(owner, owner);
    } else {
        m_account->setText(tr("Not signed in"));
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
    m_owner->blockSignals(false);
}

void SpacesPage::showListError(const HubError &error)
{
    QString text;
    if (!m_controller->hasToken())
        text = tr("Sign in to see your Spaces. The Cache page works without an account.");
    else
        text = error.message().toHtmlEscaped() +
               (error.kind == HubError::Kind::Unauthorized ? tr(" Use <b>Sign in…</b> with a new token.") : tr(" Press F5 to try again."));
    m_status->setText(text);
    m_status->setStyleSheet(m_controller->hasToken() ? QStringLiteral("color: #dc2626;") : QString());
    m_status->show();
}

void SpacesPage::updateDetail()
{
    const QString id = selectedSpace();
    const int row = m_model->rowOf(id);
    m_detail->setSpace(row < 0 ? std::nullopt : std::optional(m_model->space(row)), m_model->stageHistory(id));
}

void SpacesPage::openSettingsDialog(bool secrets)
{
    const QString id = selectedSpace();
    if (id.isEmpty())
        return;
    auto *dialog = new SettingsListDialog(m_controller->client(), id, secrets, this);
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
    auto *dialog = new HardwareDialog(m_controller->client(), m_model->space(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HardwareDialog::runtimeChanged, this, [this, id](const SpaceRuntime &runtime) {
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
    auto *dialog = new SleepTimeDialog(m_controller->client(), m_model->space(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SleepTimeDialog::runtimeChanged, this, [this, id](const SpaceRuntime &runtime) {
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
    auto *dialog = new StorageDialog(m_controller->client(), m_model->space(row), this);
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
    auto *dialog = new LogsDialog(m_controller->client(), id, building, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void SpacesPage::openNewSpace(bool duplicate)
{
    const QString from = duplicate ? selectedSpace() : QString();
    if (duplicate && from.isEmpty())
        return;
    auto *dialog = new NewSpaceDialog(m_controller->client(), from, m_controller->user() ? m_controller->user()->name : QString(),
                                      m_controller->user() ? m_controller->user()->orgs : QStringList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewSpaceDialog::created, this, [this] { refresh(); });
    dialog->show();
}

} // namespace hubdeck
