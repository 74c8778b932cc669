// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpacesController.h"

#include "HubCredentials.h"
#include "SpacesTableModel.h"

#include <limits>

namespace hubdeck {

SpacesController::SpacesController(SpacesTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_clock.start();
    m_now = [this] { return m_clock.elapsed(); };
    m_scheduler.setTiming(kFastRefreshMs, kSlowRefreshMs);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &SpacesController::tick);
    reloadCredentials();
}

void SpacesController::setClock(std::function<qint64()> nowMs, int tickMs)
{
    m_now = std::move(nowMs);
    m_ticker.setInterval(tickMs);
}

void SpacesController::reloadCredentials()
{
    ++m_generation;
    HubClient::Options options;
    options.endpoint = HubCredentials::endpoint();
    options.token = HubCredentials::token();
    m_client = std::make_unique<HubClient>(options);
    connect(m_client.get(), &HubClient::rateLimitSeen, this, [this](const RateLimitInfo &info) {
        m_scheduler.noteRateLimit(info, now());
        noteBudget();
    });
    m_inFlight.clear();
    m_ownersInFlight.clear();
    m_user.reset();
}

void SpacesController::setActive(bool active)
{
    m_active = active;
    if (active)
        m_ticker.start();
    else
        m_ticker.stop();
}

void SpacesController::refresh()
{
    const int generation = m_generation;
    if (!hasToken()) {
        m_user.reset();
        m_lastError = {};
        m_lastError.kind = HubError::Kind::Unauthorized;
        m_model->setSpaces({});
        Q_EMIT userChanged();
        Q_EMIT listFailed(m_lastError);
        return;
    }
    m_client->whoami([this, generation](HubResult<WhoAmI> who) {
        if (generation != m_generation)
            return;
        if (!who.ok()) {
            m_user.reset();
            m_lastError = who.error;
            Q_EMIT userChanged();
            Q_EMIT listFailed(who.error);
            return;
        }
        m_user = *who.value;
        m_lastError = {};
        Q_EMIT userChanged();
        // The user's Spaces, then each organisation's, into one list.
        auto owners = std::make_shared<QStringList>(QStringList{m_user->name} + m_user->orgs);
        m_scheduler.setOwners(*owners);
        // Listed by this chain: not by tick() meanwhile too.
        for (const QString &owner : std::as_const(*owners))
            m_ownersInFlight.insert(owner);
        auto collected = std::make_shared<QList<SpaceInfo>>();
        auto next = std::make_shared<std::function<void()>>();
        *next = [this, owners, collected, next, generation] {
            if (owners->isEmpty()) {
                m_model->setSpaces(*collected);
                Q_EMIT listLoaded();
                *next = nullptr; // break the cycle
                return;
            }
            const QString owner = owners->takeFirst();
            const qint64 askedAt = now();
            m_client->listSpaces(owner, [this, owner, owners, askedAt, collected, next, generation](HubResult<QList<SpaceInfo>> page) {
                if (generation != m_generation)
                    return;
                m_ownersInFlight.remove(owner);
                if (!page.ok()) {
                    for (const QString &left : std::as_const(*owners))
                        m_ownersInFlight.remove(left);
                    m_scheduler.listFailed(owner, now());
                    m_lastError = page.error;
                    noteFailure(page.error);
                    Q_EMIT listFailed(page.error);
                    *next = nullptr;
                    return;
                }
                QList<SpacesRefreshScheduler::ListedSpace> listed;
                for (const SpaceInfo &space : std::as_const(*page.value))
                    listed.append({space.id, space.runtime && space.runtime->isTransitional()});
                m_scheduler.listed(owner, askedAt, listed);
                *collected += *page.value;
                (*next)();
            });
        };
        (*next)();
    });
}

void SpacesController::signIn(const QString &token)
{
    HubClient::Options options = m_client->options();
    options.token = token.trimmed();
    // A token is checked with the Hub before it is stored. The probe is our child: a
    // controller destroyed meanwhile (the window closed) takes the call with it, and nothing
    // is stored that nobody is left to ask for.
    auto *probe = new HubClient(options, this);
    probe->whoami(inContext(this, [this, probe, token](HubResult<WhoAmI> who) {
        probe->deleteLater();
        if (!who.ok()) {
            Q_EMIT signInFinished(who.error);
            return;
        }
        QString error;
        // Stored by the Hub's name for it, as `hf auth login` does, so `hf auth list` sees it.
        const QString name = who.value->tokenName.isEmpty() ? who.value->name : who.value->tokenName;
        if (!HubCredentials::signIn(token, name, &error)) {
            HubError failure;
            failure.kind = HubError::Kind::BadResponse;
            failure.detail = error;
            Q_EMIT signInFinished(failure);
            return;
        }
        reloadCredentials();
        Q_EMIT signInFinished({});
        refresh();
    }));
}

void SpacesController::signOut()
{
    QString error;
    (void)HubCredentials::removeToken(&error);
    reloadCredentials();
    refresh();
}

int SpacesController::refreshIntervalMs(const QString &id) const
{
    return int(std::min<qint64>(std::numeric_limits<int>::max(), m_scheduler.spaceIntervalMs(id, now())));
}

void SpacesController::setSelected(const QString &id)
{
    m_scheduler.setSelected(id);
}

std::optional<QDateTime> SpacesController::waitingUntil() const
{
    const qint64 t = now();
    const qint64 until = m_scheduler.waitingUntil(t);
    if (until == SpacesRefreshScheduler::kNever)
        return std::nullopt;
    return QDateTime::currentDateTime().addMSecs(until - t);
}

std::optional<RateLimitInfo> SpacesController::lowBudget() const
{
    return m_scheduler.lowBudget(now());
}

QDateTime SpacesController::budgetResetsAt() const
{
    return QDateTime::currentDateTime().addMSecs(m_scheduler.budgetResetAt() - now());
}

void SpacesController::noteBudget()
{
    const bool waiting = waitingUntil().has_value();
    const bool low = lowBudget().has_value();
    if (waiting == m_waiting && low == m_low && !waiting && !low)
        return;
    m_waiting = waiting;
    m_low = low;
    // Also while it lasts: the numbers and times it shows change.
    Q_EMIT budgetChanged();
}

void SpacesController::noteFailure(const HubError &error)
{
    if ((error.kind == HubError::Kind::RateLimited || error.kind == HubError::Kind::ServerError) && error.retryAfterSeconds > 0) {
        m_scheduler.waitUntil(now() + qint64(error.retryAfterSeconds) * 1000);
        noteBudget();
    } else if (error.kind == HubError::Kind::RateLimited) {
        // A 429 that does not say how long: a minute, as its message tells the user.
        m_scheduler.waitUntil(now() + 60000);
        noteBudget();
    }
}

void SpacesController::tick()
{
    if (!m_active)
        return;
    m_model->updateStuck();
    noteBudget();
    if (!m_user || !m_client)
        return;
    const SpacesRefreshScheduler::Due due = m_scheduler.due(now());
    for (const QString &owner : due.owners)
        if (!m_ownersInFlight.contains(owner))
            refreshOwner(owner);
    for (const QString &id : due.spaces)
        if (!m_inFlight.contains(id) && !m_ownersInFlight.contains(id.section(u'/', 0, 0)))
            refreshRuntime(id);
}

void SpacesController::refreshOwner(const QString &owner)
{
    m_ownersInFlight.insert(owner);
    const int generation = m_generation;
    const qint64 askedAt = now();
    m_client->listSpaces(owner, [this, owner, askedAt, generation](HubResult<QList<SpaceInfo>> page) {
        if (generation != m_generation)
            return;
        m_ownersInFlight.remove(owner);
        if (!page.ok()) {
            m_scheduler.listFailed(owner, now());
            noteFailure(page.error);
            return;
        }
        QList<SpacesRefreshScheduler::ListedSpace> listed;
        QList<SpaceInfo> spaces = *page.value;
        for (SpaceInfo &space : spaces) {
            // A runtime read on its own after this list was asked is newer: it stays.
            if (!m_scheduler.isNewer(space.id, askedAt)) {
                if (const int row = m_model->rowOf(space.id); row >= 0)
                    space.runtime = m_model->space(row).runtime;
            }
            listed.append({space.id, space.runtime && space.runtime->isTransitional()});
        }
        m_scheduler.listed(owner, askedAt, listed);
        m_model->mergeOwner(owner, spaces);
        Q_EMIT ownerRefreshed(owner);
    });
}

void SpacesController::refreshRuntime(const QString &id)
{
    if (m_inFlight.contains(id))
        return;
    m_inFlight.insert(id);
    const int generation = m_generation;
    const qint64 askedAt = now();
    m_client->runtime(id, [this, id, askedAt, generation](HubResult<SpaceRuntime> result) {
        if (generation != m_generation)
            return;
        m_inFlight.remove(id);
        if (result.ok()) {
            if (m_scheduler.isNewer(id, askedAt))
                m_model->updateRuntime(id, *result.value);
            m_scheduler.runtimeRead(id, askedAt, result.value->isTransitional());
        } else {
            m_scheduler.runtimeFailed(id, now());
            noteFailure(result.error);
        }
        Q_EMIT runtimeRefreshed(id);
    });
}

void SpacesController::runtimeAction(const QString &id, const QString &action, const std::function<void(HubCallback<SpaceRuntime>)> &call)
{
    Q_EMIT actionStarted(id, action);
    const int generation = m_generation;
    call([this, id, action, generation](HubResult<SpaceRuntime> result) {
        if (generation != m_generation)
            return;
        if (result.ok())
            m_model->updateRuntime(id, *result.value);
        Q_EMIT actionFinished(id, action, result.error);
        // Nothing is assumed: read the runtime again after every action.
        refreshRuntime(id);
    });
}

void SpacesController::pause(const QString &id)
{
    runtimeAction(id, QStringLiteral("pause"), [this, id](HubCallback<SpaceRuntime> done) { m_client->pause(id, std::move(done)); });
}

void SpacesController::restart(const QString &id, bool factory)
{
    runtimeAction(id, factory ? QStringLiteral("factory") : QStringLiteral("restart"),
                  [this, id, factory](HubCallback<SpaceRuntime> done) { m_client->restart(id, factory, std::move(done)); });
}

} // namespace hubdeck
