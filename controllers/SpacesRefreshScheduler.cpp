// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpacesRefreshScheduler.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace hubdeck {

void SpacesRefreshScheduler::setTiming(int fastMs, int slowMs)
{
    m_fastMs = std::max(1, fastMs);
    m_slowMs = std::max(m_fastMs, slowMs);
}

void SpacesRefreshScheduler::setOwners(const QStringList &owners)
{
    for (auto it = m_owners.begin(); it != m_owners.end();)
        it = owners.contains(it.key()) ? std::next(it) : m_owners.erase(it);
    for (const QString &owner : owners)
        if (!m_owners.contains(owner))
            m_owners.insert(owner, Owner{});
    for (auto it = m_spaces.begin(); it != m_spaces.end();)
        it = m_owners.contains(it->owner) ? std::next(it) : m_spaces.erase(it);
}

void SpacesRefreshScheduler::recount(const QString &owner)
{
    Owner &entry = m_owners[owner];
    entry.spaces = 0;
    entry.transitional = 0;
    for (const Space &space : std::as_const(m_spaces)) {
        if (space.owner != owner)
            continue;
        ++entry.spaces;
        entry.transitional += space.transitional ? 1 : 0;
    }
}

void SpacesRefreshScheduler::listed(const QString &owner, qint64 askedAt, const QList<ListedSpace> &spaces)
{
    QSet<QString> present;
    for (const ListedSpace &listed : spaces) {
        present.insert(listed.id);
        Space &space = m_spaces[listed.id];
        space.owner = owner;
        // A runtime read after this list was asked is newer: it stays.
        if (askedAt >= space.seenAt) {
            space.transitional = listed.transitional;
            space.seenAt = askedAt;
        }
    }
    for (auto it = m_spaces.begin(); it != m_spaces.end();)
        it = it->owner == owner && !present.contains(it.key()) ? m_spaces.erase(it) : std::next(it);
    Owner &entry = m_owners[owner];
    entry.listedAt = askedAt;
    entry.failures = 0;
    entry.failedAt = kNever;
    recount(owner);
}

void SpacesRefreshScheduler::listFailed(const QString &owner, qint64 now)
{
    Owner &entry = m_owners[owner];
    entry.failures += 1;
    entry.failedAt = now;
}

void SpacesRefreshScheduler::runtimeRead(const QString &id, qint64 askedAt, bool transitional)
{
    auto it = m_spaces.find(id);
    if (it == m_spaces.end())
        it = m_spaces.insert(id, Space{id.section(u'/', 0, 0)});
    it->failures = 0;
    it->failedAt = kNever;
    if (askedAt < it->seenAt)
        return;
    it->seenAt = askedAt;
    if (it->transitional != transitional) {
        it->transitional = transitional;
        recount(it->owner);
    }
}

void SpacesRefreshScheduler::runtimeFailed(const QString &id, qint64 now)
{
    auto it = m_spaces.find(id);
    if (it == m_spaces.end())
        it = m_spaces.insert(id, Space{id.section(u'/', 0, 0)});
    it->failures += 1;
    it->failedAt = now;
}

bool SpacesRefreshScheduler::isNewer(const QString &id, qint64 askedAt) const
{
    const auto it = m_spaces.constFind(id);
    return it == m_spaces.cend() || askedAt >= it->seenAt;
}

void SpacesRefreshScheduler::noteRateLimit(const RateLimitInfo &info, qint64 now)
{
    m_rate = info;
    m_rateResetAt = now + info.resetSeconds * 1000;
    if (info.remaining == 0)
        waitUntil(m_rateResetAt);
}

void SpacesRefreshScheduler::waitUntil(qint64 until)
{
    m_waitUntil = std::max(m_waitUntil, until);
}

std::optional<RateLimitInfo> SpacesRefreshScheduler::lowBudget(qint64 now) const
{
    if (!m_rate || now >= m_rateResetAt)
        return std::nullopt;
    const qint64 low = m_rate->limit ? *m_rate->limit / kLowShareDivisor : kLowRemaining;
    return m_rate->remaining <= low ? m_rate : std::nullopt;
}

double SpacesRefreshScheduler::budgetPer5Min(qint64 now) const
{
    const auto low = lowBudget(now);
    if (!low)
        return kBudgetPer5Min;
    // Half of what is left, spread over what is left of the window (at least 30 s of it), and
    // never nothing: the selected Space still moves, slowly.
    const double seconds = std::max<double>(30, double(m_rateResetAt - now) / 1000);
    const double share = double(low->remaining) / 2 * (kWindowMs / 1000.0) / seconds;
    return std::clamp(share, 4.0, double(kBudgetPer5Min));
}

bool SpacesRefreshScheduler::ownerIsFast(const QString &owner) const
{
    const Owner entry = m_owners.value(owner);
    const int pages = std::max(1, (entry.spaces + kSpacesPerPage - 1) / kSpacesPerPage);
    return entry.transitional > pages;
}

bool SpacesRefreshScheduler::readsOnItsOwn(const QString &id) const
{
    const auto it = m_spaces.constFind(id);
    const QString owner = it == m_spaces.cend() ? id.section(u'/', 0, 0) : it->owner;
    if (ownerIsFast(owner))
        return false; // its list comes as often as a transitional Space's runtime would
    if (id == m_selected && !id.isEmpty())
        return true;
    return it != m_spaces.cend() && it->transitional;
}

int SpacesRefreshScheduler::selectedBaseMs() const
{
    return std::clamp(kSelectedRefreshMs, m_fastMs, m_slowMs);
}

qint64 SpacesRefreshScheduler::spaceBaseMs(const QString &id, const Space &space) const
{
    if (space.transitional)
        return m_fastMs;
    return id == m_selected ? selectedBaseMs() : m_slowMs;
}

SpacesRefreshScheduler::Stretch SpacesRefreshScheduler::stretch(qint64 now) const
{
    // Requests per window, by what is read fast and what slowly.
    const double window = double(kWindowMs);
    double slow = 0;
    double fast = 0;
    for (auto it = m_owners.cbegin(); it != m_owners.cend(); ++it) {
        const int pages = std::max(1, (it->spaces + kSpacesPerPage - 1) / kSpacesPerPage);
        (ownerIsFast(it.key()) ? fast : slow) += window * pages / (ownerIsFast(it.key()) ? m_fastMs : m_slowMs);
    }
    for (auto it = m_spaces.cbegin(); it != m_spaces.cend(); ++it)
        if (readsOnItsOwn(it.key()))
            fast += window / double(spaceBaseMs(it.key(), *it));
    if (!m_selected.isEmpty() && !m_spaces.contains(m_selected) && readsOnItsOwn(m_selected))
        fast += window / selectedBaseMs();
    const double budget = budgetPer5Min(now);
    Stretch result;
    // Slow reads get half the budget at most; fast reads what they leave.
    result.slow = std::max(1.0, slow / (budget / 2));
    const double left = budget - std::min(slow, budget / 2);
    result.fast = std::max(1.0, fast / left);
    return result;
}

qint64 SpacesRefreshScheduler::backedOff(double base, int failures)
{
    if (failures == 0)
        return qint64(std::ceil(base));
    return std::min<qint64>(kMaxBackoffMs, qint64(std::ceil(base)) << std::min(failures, 10));
}

qint64 SpacesRefreshScheduler::ownerIntervalMs(const QString &owner, qint64 now) const
{
    const Stretch s = stretch(now);
    const bool fast = ownerIsFast(owner);
    return backedOff(fast ? m_fastMs * s.fast : m_slowMs * s.slow, m_owners.value(owner).failures);
}

qint64 SpacesRefreshScheduler::spaceIntervalMs(const QString &id, qint64 now) const
{
    const Space space = m_spaces.value(id, Space{id.section(u'/', 0, 0)});
    if (!readsOnItsOwn(id))
        return ownerIntervalMs(space.owner, now);
    return backedOff(double(spaceBaseMs(id, space)) * stretch(now).fast, space.failures);
}

double SpacesRefreshScheduler::plannedPer5Min(qint64 now) const
{
    double total = 0;
    for (auto it = m_owners.cbegin(); it != m_owners.cend(); ++it) {
        const int pages = std::max(1, (it->spaces + kSpacesPerPage - 1) / kSpacesPerPage);
        total += double(kWindowMs) * pages / double(ownerIntervalMs(it.key(), now));
    }
    for (auto it = m_spaces.cbegin(); it != m_spaces.cend(); ++it)
        if (readsOnItsOwn(it.key()))
            total += double(kWindowMs) / double(spaceIntervalMs(it.key(), now));
    return total;
}

SpacesRefreshScheduler::Due SpacesRefreshScheduler::due(qint64 now) const
{
    Due due;
    if (now < m_waitUntil)
        return due;
    const Stretch s = stretch(now);
    for (auto it = m_owners.cbegin(); it != m_owners.cend(); ++it) {
        const double base = ownerIsFast(it.key()) ? m_fastMs * s.fast : m_slowMs * s.slow;
        const qint64 last = std::max(it->listedAt, it->failedAt);
        if (last == kNever || now - last >= backedOff(base, it->failures))
            due.owners.append(it.key());
    }
    auto consider = [&](const QString &id, const Space &space) {
        if (!readsOnItsOwn(id) || due.owners.contains(space.owner))
            return;
        const qint64 last = std::max(space.seenAt, space.failedAt);
        if (last == kNever || now - last >= backedOff(double(spaceBaseMs(id, space)) * s.fast, space.failures))
            due.spaces.append(id);
    };
    for (auto it = m_spaces.cbegin(); it != m_spaces.cend(); ++it)
        consider(it.key(), *it);
    if (!m_selected.isEmpty() && !m_spaces.contains(m_selected))
        consider(m_selected, Space{m_selected.section(u'/', 0, 0)});
    return due;
}

} // namespace hubdeck
