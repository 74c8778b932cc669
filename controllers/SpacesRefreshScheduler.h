// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "RateLimitInfo.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace hubdeck {

// When the Spaces page reads what from the Hub, so that 500 Spaces cost about as much as 5.
// No network and no clock of its own: times are the caller's milliseconds (any origin).
//
// - Every owner's list (GET /api/spaces?author=X&expand[]=runtime, ~1 request a page of 1000)
//   carries every one of its Spaces' runtimes: it is read every slow interval.
// - A Space in a transitional stage (SpaceRuntime::isTransitional) is read every fast
//   interval, by whichever costs fewer requests: its own runtime, or its owner's whole list
//   when that owner has more such Spaces than its list has pages (a tie goes to the runtime
//   calls: they are smaller).
// - The selected Space is read on its own every kSelectedRefreshMs (clamped to [fast, slow]),
//   unless its owner's list already comes that often.
// - The whole plan is kept under a request budget (kBudgetPer5Min, or less when the Hub says
//   little of the account's budget is left): fast reads are spaced out first, slow ones only
//   past half the budget.
// - A read that fails is tried again after twice as long each time, at most kMaxBackoffMs;
//   nothing is read while the Hub asked us to wait (Retry-After, or a spent RateLimit).
class SpacesRefreshScheduler
{
public:
    // Requests per 5 minutes the plan may spend: a tenth of a free account's API budget
    // (1,000 per 5 min), which leaves room for actions, dialogs and other tools.
    static constexpr int kBudgetPer5Min = 100;
    static constexpr qint64 kWindowMs = 300000;
    static constexpr int kSelectedRefreshMs = 20000;
    static constexpr int kMaxBackoffMs = 600000;
    static constexpr int kSpacesPerPage = 1000; // HubClient::kMaxPageEntries
    // The Hub's budget is low when at most this share of it is left (remaining <= limit / 5),
    // or, when it does not say its limit, at most kLowRemaining requests.
    static constexpr int kLowShareDivisor = 5;
    static constexpr int kLowRemaining = 100;
    static constexpr qint64 kNever = std::numeric_limits<qint64>::min() / 2;

    struct Due
    {
        QStringList owners; // lists to read
        QStringList spaces; // runtimes to read on their own
    };
    struct ListedSpace
    {
        QString id;
        bool transitional = false;
    };

    // fastMs: a transitional Space; slowMs: every list. slowMs is at least fastMs.
    void setTiming(int fastMs, int slowMs);
    [[nodiscard]] int fastMs() const { return m_fastMs; }
    [[nodiscard]] int slowMs() const { return m_slowMs; }
    // The owners whose lists are read (the user and their organisations); others are forgotten.
    void setOwners(const QStringList &owners);
    [[nodiscard]] QStringList owners() const { return m_owners.keys(); }
    void setSelected(const QString &id) { m_selected = id; }
    [[nodiscard]] const QString &selected() const { return m_selected; }

    // Owner's list read: the request was sent at askedAt. Spaces of that owner not in it are forgotten.
    void listed(const QString &owner, qint64 askedAt, const QList<ListedSpace> &spaces);
    void listFailed(const QString &owner, qint64 now);
    // A Space's runtime read on its own (or after an action), asked at askedAt.
    void runtimeRead(const QString &id, qint64 askedAt, bool transitional);
    void runtimeFailed(const QString &id, qint64 now);
    // Whether an answer to a request sent at askedAt is newer than what is known of Space id:
    // a list sent before a runtime call that answered first must not undo it.
    [[nodiscard]] bool isNewer(const QString &id, qint64 askedAt) const;

    // What the Hub said of the budget (RateLimit), at now; a spent budget waits for its reset.
    void noteRateLimit(const RateLimitInfo &info, qint64 now);
    // Nothing is read before `until` (Retry-After).
    void waitUntil(qint64 until);
    // When reading starts again, if the Hub asked us to wait; kNever otherwise.
    [[nodiscard]] qint64 waitingUntil(qint64 now) const { return now < m_waitUntil ? m_waitUntil : kNever; }
    // The last RateLimit seen while it is low and its window still runs.
    [[nodiscard]] std::optional<RateLimitInfo> lowBudget(qint64 now) const;
    // When the low budget's window resets (meaningful while lowBudget() says so).
    [[nodiscard]] qint64 budgetResetAt() const { return m_rateResetAt; }
    [[nodiscard]] double budgetPer5Min(qint64 now) const;

    [[nodiscard]] Due due(qint64 now) const;
    // How often owner's list is read now, failures and the budget included.
    [[nodiscard]] qint64 ownerIntervalMs(const QString &owner, qint64 now) const;
    // How often Space id is read now, by itself or by its owner's list.
    [[nodiscard]] qint64 spaceIntervalMs(const QString &id, qint64 now) const;
    [[nodiscard]] bool readsOnItsOwn(const QString &id) const;
    [[nodiscard]] bool ownerIsFast(const QString &owner) const;
    [[nodiscard]] int failures(const QString &id) const { return m_spaces.value(id).failures; }
    [[nodiscard]] int ownerFailures(const QString &owner) const { return m_owners.value(owner).failures; }
    // Requests per 5 minutes the plan spends now, before and after spacing out.
    [[nodiscard]] double plannedPer5Min(qint64 now) const;

private:
    struct Owner
    {
        qint64 listedAt = kNever;
        qint64 failedAt = kNever;
        int failures = 0;
        int spaces = 0;
        int transitional = 0;
    };
    struct Space
    {
        QString owner;
        bool transitional = false;
        qint64 seenAt = kNever; // when the request that brought its runtime was sent
        qint64 failedAt = kNever;
        int failures = 0;
    };
    struct Stretch
    {
        double fast = 1;
        double slow = 1;
    };
    [[nodiscard]] int selectedBaseMs() const;
    [[nodiscard]] qint64 spaceBaseMs(const QString &id, const Space &space) const;
    [[nodiscard]] Stretch stretch(qint64 now) const;
    [[nodiscard]] static qint64 backedOff(double base, int failures);
    void recount(const QString &owner);

    int m_fastMs = 5000;
    int m_slowMs = 60000;
    QString m_selected;
    QHash<QString, Owner> m_owners;
    QHash<QString, Space> m_spaces;
    qint64 m_waitUntil = kNever;
    std::optional<RateLimitInfo> m_rate;
    qint64 m_rateResetAt = kNever;
};

} // namespace hubdeck
