// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpacesController.h"

#include "HubCredentials.h"
#include "SpacesTableModel.h"

namespace hubdeck {

SpacesController::SpacesController(SpacesTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_clock.start();
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &SpacesController::tick);
    reloadCredentials();
}

void SpacesController::reloadCredentials()
{
    ++m_generation;
    HubClient::Options options;
    options.endpoint = HubCredentials::endpoint();
    options.token = HubCredentials::token();
    m_client = std::make_unique<HubClient>(options);
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
        auto collected = std::make_shared<QList<SpaceInfo>>();
        auto next = std::make_shared<std::function<void()>>();
        *next = [this, owners, collected, next, generation] {
            if (owners->isEmpty()) {
                m_model->setSpaces(*collected);
                m_due.clear();
                for (const SpaceInfo &space : std::as_const(*collected))
                    schedule(space.id, false);
                Q_EMIT listLoaded();
                *next = nullptr; // break the cycle
                return;
            }
            const QString owner = owners->takeFirst();
            m_client->listSpaces(owner, [this, collected, next, generation](HubResult<QList<SpaceInfo>> page) {
                if (generation != m_generation)
                    return;
                if (!page.ok()) {
                    m_lastError = page.error;
                    Q_EMIT listFailed(page.error);
                    *next = nullptr;
                    return;
                }
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
    const int row = m_model->rowOf(id);
    const bool transitional = row >= 0 && m_model->space(row).runtime && m_model->space(row).runtime->isTransitional();
    const int base = transitional ? m_fastMs : m_slowMs;
    const int failures = m_failures.value(id);
    if (failures == 0)
        return base;
    return int(std::min<qint64>(kMaxBackoffMs, qint64(base) << std::min(failures, 10)));
}

void SpacesController::schedule(const QString &id, bool failed)
{
    if (failed)
        m_failures[id] += 1;
    else
        m_failures.remove(id);
    m_due[id] = m_clock.elapsed() + refreshIntervalMs(id);
}

void SpacesController::tick()
{
    if (!m_active)
        return;
    const qint64 now = m_clock.elapsed();
    for (auto it = m_due.cbegin(); it != m_due.cend(); ++it)
        if (it.value() <= now && !m_inFlight.contains(it.key()))
            refreshRuntime(it.key());
}

void SpacesController::refreshRuntime(const QString &id)
{
    if (m_inFlight.contains(id))
        return;
    m_inFlight.insert(id);
    const int generation = m_generation;
    m_client->runtime(id, [this, id, generation](HubResult<SpaceRuntime> result) {
        if (generation != m_generation)
            return;
        m_inFlight.remove(id);
        if (result.ok())
            m_model->updateRuntime(id, *result.value);
        schedule(id, !result.ok());
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

void SpacesController::setDevMode(const QString &id, bool on)
{
    runtimeAction(id, on ? QStringLiteral("devModeOn") : QStringLiteral("devModeOff"),
                  [this, id, on](HubCallback<SpaceRuntime> done) { m_client->setDevMode(id, on, std::move(done)); });
}

} // namespace hubdeck
