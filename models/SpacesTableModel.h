// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "SpaceCost.h"
#include "SpaceInfo.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSet>

#include <functional>

namespace hubdeck {

// The user's Spaces and their organisations', one row each, with the latest runtime and the
// stages seen in this session. No secret ever enters this model: the Hub never returns one.
class SpacesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        StageColumn,
        HardwareColumn,
        RequestedColumn,
        SleepColumn,
        StorageColumn,
        SdkColumn,
        ModifiedColumn,
        CostColumn,    // USD per hour on the current hardware, from the Hub's catalogue only
        AccountColumn, // the accounts that see the Space ("All accounts" only; hidden otherwise)
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        StageRole,
        OwnerRole,
        SpaceIdRole,
        StuckRole,            // bool: the Space has stayed in a transitional stage far longer than usual
        AccountRole,          // the stored token name whose token acts on the row; empty: the active one
        PaidWithoutSleepRole, // bool: SpaceCost::paidWithoutSleep
    };
    enum class StageGroup { Running, Building, Error, Paused, Sleeping, Other };
    // A stage as this session first saw it: the Hub reports no time for a stage, so `seen` is
    // when HubDeck first read it (the stage may have begun earlier), in local time.
    struct StageSeen
    {
        QString stage; // the Hub's word
        QDateTime seen;
    };

    explicit SpacesTableModel(QObject *parent = nullptr);

    // A build usually takes minutes and a start well under one: past these, a Space in that
    // stage is marked as stuck (the Hub gives no time for a stage: it counts from when this
    // session first saw it, so a Space already building at launch is marked late, never early).
    static constexpr qint64 kStuckBuildingSeconds = 30 * 60; // BUILDING, RUNNING_BUILDING
    static constexpr qint64 kStuckStartingSeconds = 10 * 60; // APP_STARTING, RUNNING_APP_STARTING

    void setSpaces(QList<SpaceInfo> spaces);
    // Owner's Spaces as its list now has them: rows changed in place, new ones added, gone ones
    // removed; other owners' rows untouched. Rows that did not change send no dataChanged.
    // In "All accounts", `listedBy` is the stored token name whose list this is: a Space it no
    // longer lists loses that account, and goes only when no other account sees it (another
    // member of the org may read a private Space this one cannot); one it lists gains it.
    // Returns the accounts that still claim a Space this list left out: only their own lists
    // can tell whether it still exists.
    QStringList mergeOwner(const QString &owner, const QList<SpaceInfo> &spaces, const QString &listedBy = {});
    void updateRuntime(const QString &id, const SpaceRuntime &runtime);
    // The clock stages are timed by; default: the wall clock.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    // When the Space's current stage was first seen; invalid when it has none.
    [[nodiscard]] QDateTime stageSince(const QString &id) const { return m_since.value(id); }
    [[nodiscard]] bool isStuck(const QString &id) const { return m_stuck.contains(id); }
    // Seconds in `stage` past which a Space is stuck; 0 when the stage is not transitional.
    [[nodiscard]] static qint64 stuckAfterSeconds(const QString &stage);
    // A sentence for a stuck Space (since when, for how long, what is usual), or empty.
    [[nodiscard]] QString stuckText(const QString &id) const;
    // Looks at the clock again: rows that became stuck (or stopped) send dataChanged.
    void updateStuck();
    // id -> the accounts that see it, as (stored token name, user) pairs, the one that acts
    // on the row first. Empty: one account, the active one, not named in the rows.
    void setAccounts(QHash<QString, QList<std::pair<QString, QString>>> accounts);
    // The Hub's prices, or nullopt when its catalogue could not be fetched: then no row shows
    // a price (HardwareFlavor::knownFlavors() has none the Hub gave).
    void setPrices(std::optional<SpaceCost::Prices> prices);
    [[nodiscard]] const std::optional<SpaceCost::Prices> &prices() const { return m_prices; }
    [[nodiscard]] QString accountOf(const QString &id) const;
    [[nodiscard]] SpaceCost::Total total() const { return SpaceCost::total(m_spaces, m_prices); }
    // "laptop (alice)": a stored token's name and the user it belongs to, for every view.
    [[nodiscard]] static QString accountLabel(const QString &tokenName, const QString &user);
    [[nodiscard]] int rowOf(const QString &id) const;
    [[nodiscard]] const SpaceInfo &space(int row) const { return m_spaces[row]; }
    // The stages Space `id` went through in this session, oldest first, the current one last.
    [[nodiscard]] QList<StageSeen> stageHistory(const QString &id) const { return m_history.value(id); }
    [[nodiscard]] static StageGroup stageGroup(const QString &stage);
    // The stage as a person reads it ("Runtime error" for RUNTIME_ERROR), for every view that
    // shows one; a stage the Hub adds later is shown as it came. Sorting, filtering and the
    // CLI keep the Hub's own word.
    [[nodiscard]] static QString stageText(const QString &stage);
    [[nodiscard]] static QString sleepText(const std::optional<qint64> &seconds, const QString &hardware);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void noteStage(const QString &id, const QString &stage);
    [[nodiscard]] bool computeStuck(const SpaceInfo &space) const;
    void rowChanged(int row);

    QList<SpaceInfo> m_spaces;
    QHash<QString, QList<StageSeen>> m_history; // id -> stages seen, oldest first
    QHash<QString, QDateTime> m_since;          // id -> when its current stage was first seen
    QSet<QString> m_stuck;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTime(); };
    QHash<QString, QList<std::pair<QString, QString>>> m_accounts;
    std::optional<SpaceCost::Prices> m_prices;
};

} // namespace hubdeck
