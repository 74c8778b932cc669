// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpacesTableModel.h"

#include "DisplayFormat.h"
#include "PrintableText.h"

#include <QColor>
#include <QDateTime>

namespace hubdeck {

SpacesTableModel::SpacesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SpacesTableModel::setSpaces(QList<SpaceInfo> spaces)
{
    beginResetModel();
    m_spaces = std::move(spaces);
    m_stuck.clear();
    for (const SpaceInfo &space : std::as_const(m_spaces)) {
        if (space.runtime)
            noteStage(space.id, space.runtime->stage);
        if (computeStuck(space))
            m_stuck.insert(space.id);
    }
    endResetModel();
}

void SpacesTableModel::noteStage(const QString &id, const QString &stage)
{
    QList<StageSeen> &history = m_history[id];
    if (!history.isEmpty() && history.last().stage == stage)
        return;
    const QDateTime now = m_now();
    m_since.insert(id, now);
    history.append({stage, now});
    if (history.size() > 50)
        history.removeFirst();
}

void SpacesTableModel::rowChanged(int row)
{
    const SpaceInfo &space = m_spaces[row];
    if (computeStuck(space))
        m_stuck.insert(space.id);
    else
        m_stuck.remove(space.id);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SpacesTableModel::updateRuntime(const QString &id, const SpaceRuntime &runtime)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_spaces[row].runtime = runtime;
    noteStage(id, runtime.stage);
    rowChanged(row);
}

namespace {
bool sameInfo(const SpaceInfo &a, const SpaceInfo &b)
{
    return a.id == b.id && a.author == b.author && a.sdk == b.sdk && a.isPrivate == b.isPrivate && a.lastModified == b.lastModified &&
           a.likes == b.likes && a.runtime.has_value() == b.runtime.has_value() && (!a.runtime || a.runtime->raw == b.runtime->raw);
}
} // namespace

QStringList SpacesTableModel::mergeOwner(const QString &owner, const QList<SpaceInfo> &spaces, const QString &listedBy)
{
    QHash<QString, qsizetype> incoming;
    for (qsizetype i = 0; i < spaces.size(); ++i)
        incoming.insert(spaces[i].id, i);
    const bool perAccount = !listedBy.isEmpty() && !m_accounts.isEmpty();
    const auto isLister = [&listedBy](const std::pair<QString, QString> &account) { return account.first == listedBy; };
    QStringList claiming;
    // Gone first, from the bottom up, so that the rows above keep their numbers.
    for (int row = int(m_spaces.size()) - 1; row >= 0; --row) {
        if (m_spaces[row].author != owner || incoming.contains(m_spaces[row].id))
            continue;
        if (perAccount) {
            auto found = m_accounts.find(m_spaces[row].id);
            if (found != m_accounts.end()) {
                found->removeIf(isLister);
                if (!found->isEmpty()) { // still seen by another account: stays, acted on with that one
                    for (const auto &account : std::as_const(*found))
                        if (!claiming.contains(account.first))
                            claiming.append(account.first);
                    rowChanged(row);
                    continue;
                }
                m_accounts.erase(found);
            }
        }
        beginRemoveRows({}, row, row);
        m_stuck.remove(m_spaces[row].id);
        m_spaces.removeAt(row);
        endRemoveRows();
    }
    if (perAccount) {
        // The lister's user as the other rows name it.
        QString user;
        for (const auto &accounts : std::as_const(m_accounts))
            for (const auto &account : accounts)
                if (account.first == listedBy)
                    user = account.second;
        for (const SpaceInfo &space : spaces) {
            auto &accounts = m_accounts[space.id];
            if (std::none_of(accounts.cbegin(), accounts.cend(), isLister)) {
                accounts.append({listedBy, user});
                if (const int row = rowOf(space.id); row >= 0)
                    rowChanged(row);
            }
        }
    }
    QHash<QString, int> rows;
    for (int row = 0; row < m_spaces.size(); ++row)
        rows.insert(m_spaces[row].id, row);
    QList<SpaceInfo> added;
    for (const SpaceInfo &space : spaces) {
        const auto it = rows.constFind(space.id);
        if (it == rows.cend()) {
            added.append(space);
            continue;
        }
        if (sameInfo(m_spaces[*it], space))
            continue;
        m_spaces[*it] = space;
        if (space.runtime)
            noteStage(space.id, space.runtime->stage);
        rowChanged(*it);
    }
    if (added.isEmpty())
        return claiming;
    const int first = int(m_spaces.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const SpaceInfo &space : std::as_const(added)) {
        m_spaces.append(space);
        if (space.runtime)
            noteStage(space.id, space.runtime->stage);
        if (computeStuck(space))
            m_stuck.insert(space.id);
    }
    endInsertRows();
    return claiming;
}

qint64 SpacesTableModel::stuckAfterSeconds(const QString &stage)
{
    if (stage == u"BUILDING" || stage == u"RUNNING_BUILDING")
        return kStuckBuildingSeconds;
    if (stage == u"APP_STARTING" || stage == u"RUNNING_APP_STARTING")
        return kStuckStartingSeconds;
    return 0;
}

bool SpacesTableModel::computeStuck(const SpaceInfo &space) const
{
    if (!space.runtime)
        return false;
    const qint64 limit = stuckAfterSeconds(space.runtime->stage);
    const QDateTime since = m_since.value(space.id);
    return limit > 0 && since.isValid() && since.secsTo(m_now()) >= limit;
}

void SpacesTableModel::updateStuck()
{
    for (int row = 0; row < m_spaces.size(); ++row) {
        const bool stuck = computeStuck(m_spaces[row]);
        if (stuck != m_stuck.contains(m_spaces[row].id))
            rowChanged(row);
    }
}

QString SpacesTableModel::stuckText(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0 || !m_stuck.contains(id) || !m_spaces[row].runtime)
        return {};
    const QString stage = m_spaces[row].runtime->stage;
    const QDateTime since = m_since.value(id);
    const int minutes = int(since.secsTo(m_now()) / 60);
    const int usual = int(stuckAfterSeconds(stage) / 60);
    return tr("%1 since %2 (%n min), far longer than usual (%3 min): its logs may say why.", nullptr, minutes)
        .arg(stageText(stage), DisplayFormat::dateTime(since))
        .arg(usual);
}

void SpacesTableModel::setAccounts(QHash<QString, QList<std::pair<QString, QString>>> accounts)
{
    m_accounts = std::move(accounts);
    if (!m_spaces.isEmpty())
        Q_EMIT dataChanged(index(0, AccountColumn), index(rowCount() - 1, AccountColumn));
}

void SpacesTableModel::setPrices(std::optional<SpaceCost::Prices> prices)
{
    m_prices = std::move(prices);
    if (!m_spaces.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString SpacesTableModel::accountOf(const QString &id) const
{
    const auto found = m_accounts.constFind(id);
    return found == m_accounts.cend() || found->isEmpty() ? QString() : found->first().first;
}

QString SpacesTableModel::accountLabel(const QString &tokenName, const QString &user)
{
    if (user.isEmpty() || user == tokenName)
        return tokenName;
    return tr("%1 (%2)").arg(tokenName, user);
}

int SpacesTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_spaces.size(); ++row)
        if (m_spaces[row].id == id)
            return row;
    return -1;
}

SpacesTableModel::StageGroup SpacesTableModel::stageGroup(const QString &stage)
{
    if (stage == u"RUNNING")
        return StageGroup::Running;
    if (stage == u"BUILDING" || stage == u"RUNNING_BUILDING" || stage == u"APP_STARTING" || stage == u"RUNNING_APP_STARTING")
        return StageGroup::Building;
    if (stage.endsWith(QStringLiteral("_ERROR")) || stage == u"NO_APP_FILE")
        return StageGroup::Error;
    if (stage == u"PAUSED" || stage == u"STOPPED")
        return StageGroup::Paused;
    if (stage == u"SLEEPING")
        return StageGroup::Sleeping;
    return StageGroup::Other;
}

QString SpacesTableModel::stageText(const QString &stage)
{
    // Looked up on every call, not cached: the language may change while the window is open.
    const std::pair<const char16_t *, QString> words[] = {
        {u"RUNNING", tr("Running")},
        {u"RUNNING_BUILDING", tr("Running (rebuilding)")},
        {u"RUNNING_APP_STARTING", tr("Running (restarting)")},
        {u"BUILDING", tr("Building")},
        {u"APP_STARTING", tr("Starting")},
        {u"RUNTIME_ERROR", tr("Runtime error")},
        {u"BUILD_ERROR", tr("Build error")},
        {u"CONFIG_ERROR", tr("Config error")},
        {u"NO_APP_FILE", tr("No app file")},
        {u"PAUSED", tr("Paused")},
        {u"STOPPED", tr("Stopped")},
        {u"SLEEPING", tr("Sleeping")},
        {u"DELETING", tr("Deleting")},
    };
    if (stage.isEmpty())
        return tr("Unknown");
    for (const auto &[raw, word] : words)
        if (stage == raw)
            return word;
    return stage;
}

QString SpacesTableModel::sleepText(const std::optional<qint64> &seconds, const QString &hardware)
{
    if (!seconds || *seconds < 0)
        return hardware == u"cpu-basic" || hardware.isEmpty() ? tr("48 h (free hardware)") : tr("never");
    if (*seconds % 3600 == 0)
        return tr("%n h", nullptr, int(*seconds / 3600));
    if (*seconds % 60 == 0)
        return tr("%n min", nullptr, int(*seconds / 60));
    return tr("%n s", nullptr, int(*seconds));
}

int SpacesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spaces.size());
}

int SpacesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpacesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Space");
    case StageColumn:
        return tr("Stage");
    case HardwareColumn:
        return tr("Hardware");
    case RequestedColumn:
        return tr("Requested");
    case SleepColumn:
        return tr("Sleeps after");
    case StorageColumn:
        return tr("Storage");
    case SdkColumn:
        return tr("SDK");
    case ModifiedColumn:
        return tr("Last modified");
    case CostColumn:
        return tr("Cost/h (est.)");
    case AccountColumn:
        return tr("Account");
    }
    return {};
}

QVariant SpacesTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_spaces.size())
        return {};
    const SpaceInfo &space = m_spaces[index.row()];
    const SpaceRuntime runtime = space.runtime.value_or(SpaceRuntime{});
    switch (role) {
    case StageRole:
        return runtime.stage;
    case OwnerRole:
        return space.author;
    case SpaceIdRole:
        return space.id;
    case StuckRole:
        return m_stuck.contains(space.id);
    case AccountRole:
        return accountOf(space.id);
    case PaidWithoutSleepRole:
        return SpaceCost::paidWithoutSleep(runtime, m_prices);
    case Qt::ForegroundRole:
        if (index.column() == SleepColumn && SpaceCost::paidWithoutSleep(runtime, m_prices))
            return QColor(0xd9, 0x77, 0x06); // amber: a warning, readable on light and dark rows
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SleepColumn && SpaceCost::paidWithoutSleep(runtime, m_prices))
            return tr("Paid hardware with no sleep time: once started, %1 is billed around the clock until paused. "
                      "Set a sleep time to stop paying while nobody visits.")
                .arg(space.id);
        if (index.column() == CostColumn) {
            if (!m_prices)
                return tr("The Hub's hardware prices could not be read: no cost is shown.");
            return tr("Estimate: the Hub's price of the hardware the Space runs on now. "
                      "Persistent storage and ZeroGPU are not included.");
        }
        if (index.column() == AccountColumn && m_accounts.value(space.id).size() > 1)
            return tr("%1: seen by several accounts (%2); its actions use %3, the first.")
                .arg(space.id, data(index, Qt::DisplayRole).toString(),
                     accountLabel(m_accounts.value(space.id).first().first, m_accounts.value(space.id).first().second));
        if (index.column() == SleepColumn)
            return tr("Free cpu-basic hardware sleeps after 48 hours without visitors; upgraded hardware sleeps after the time you set.");
        if (index.column() == StageColumn) {
            if (m_stuck.contains(space.id))
                return PrintableText::plainToolTip(tr("%1: %2").arg(space.id, stuckText(space.id)));
            if (!runtime.errorMessage.isEmpty())
                return PrintableText::plainToolTip(tr("%1: %2. %3").arg(space.id, stageText(runtime.stage), runtime.errorMessage));
            return PrintableText::plainToolTip(tr("%1: %2").arg(space.id, stageText(runtime.stage)));
        }
        if (index.column() == IdColumn)
            return PrintableText::plainToolTip(space.id); // a tooltip that looks like HTML is shown as HTML
        // The whole of a cell a narrow column elides ("2026-11-20 09…"), with whose it is.
        return PrintableText::plainToolTip(tr("%1: %2").arg(space.id, data(index, Qt::DisplayRole).toString()));
    case SortRole:
        if (index.column() == StageColumn)
            return runtime.stage; // sorted by the Hub's word, as before words were shown
        if (index.column() == ModifiedColumn)
            return space.lastModified;
        if (index.column() == SleepColumn)
            return runtime.sleepTime ? QVariant(*runtime.sleepTime) : QVariant(qint64(-1));
        if (index.column() == CostColumn)
            return SpaceCost::perHour(runtime, m_prices).value_or(-1.0);
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return space.id;
        case StageColumn:
            return stageText(runtime.stage);
        case HardwareColumn:
            return runtime.hardware.isEmpty() ? QStringLiteral("—") : runtime.hardware;
        case RequestedColumn:
            return runtime.requestedHardware.isEmpty() ? QStringLiteral("—") : runtime.requestedHardware;
        case SleepColumn:
            // The badge: a sign besides the colour, which not everyone can tell apart.
            return SpaceCost::paidWithoutSleep(runtime, m_prices)
                       ? QStringLiteral("⚠ ") + sleepText(runtime.sleepTime, runtime.requestedHardware)
                       : sleepText(runtime.sleepTime, runtime.requestedHardware);
        case CostColumn: {
            const std::optional<double> price = SpaceCost::perHour(runtime, m_prices);
            return price ? SpaceCost::usd(*price) : QStringLiteral("—");
        }
        case AccountColumn: {
            QStringList labels;
            for (const auto &[name, user] : m_accounts.value(space.id))
                labels.append(accountLabel(name, user));
            return labels.join(QStringLiteral(", "));
        }
        case StorageColumn:
            return runtime.storage.isEmpty() ? QStringLiteral("—") : runtime.storage;
        case SdkColumn:
            return space.sdk;
        case ModifiedColumn:
            return DisplayFormat::dateTime(space.lastModified);
        }
        return {};
    }
    return {};
}

} // namespace hubdeck
