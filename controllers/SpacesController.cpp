// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpacesController.h"

#include "HubCredentials.h"
#include "SpacesTableModel.h"
#include "StoredTokens.h"

#include <algorithm>
#include <limits>

namespace hubdeck {

SpacesController::SpacesController(SpacesTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_clock.start();
    m_now = [this] { return m_clock.elapsed(); };
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &SpacesController::tick);
    reloadCredentials();
}

void SpacesController::setClock(std::function<qint64()> nowMs, int tickMs)
{
    m_now = std::move(nowMs);
    m_ticker.setInterval(tickMs);
}

void SpacesController::setTiming(int fastMs, int slowMs)
{
    m_fastMs = fastMs;
    m_slowMs = slowMs;
    for (auto &[token, plan] : m_planners)
        plan.setTiming(fastMs, slowMs);
}

SpacesRefreshScheduler &SpacesController::planner(const QString &token)
{
    const auto found = m_planners.find(token);
    if (found != m_planners.end())
        return found->second;
    SpacesRefreshScheduler &plan = m_planners[token];
    plan.setTiming(m_fastMs, m_slowMs);
    return plan;
}

const SpacesRefreshScheduler &SpacesController::plannerOf(const QString &token) const
{
    static const SpacesRefreshScheduler none;
    const auto found = m_planners.find(token);
    return found != m_planners.end() ? found->second : none;
}

QString SpacesController::ownerToken(const QString &owner) const
{
    if (!m_allAccounts)
        return m_client->options().token;
    const StoredAccount *account = storedAccount(m_ownerAccount.value(owner));
    return account ? account->token : QString();
}

const SpacesRefreshScheduler &SpacesController::plannerOfOwner(const QString &owner) const
{
    return plannerOf(ownerToken(owner));
}

QString SpacesController::tokenOfAccount(const QString &account) const
{
    if (account.isEmpty())
        return m_client->options().token;
    const StoredAccount *stored = storedAccount(account);
    return stored ? stored->token : QString();
}

void SpacesController::keepPlanners(const QSet<QString> &tokens)
{
    for (auto it = m_planners.begin(); it != m_planners.end();)
        it = tokens.contains(it->first) ? std::next(it) : m_planners.erase(it);
    applySelected();
}

void SpacesController::applySelected()
{
    const QString owner = m_selected.section(u'/', 0, 0);
    for (auto &[token, plan] : m_planners)
        plan.setSelected(plan.owners().contains(owner) ? m_selected : QString());
}

const SpacesRefreshScheduler &SpacesController::scheduler(const QString &account) const
{
    return plannerOf(tokenOfAccount(account));
}

void SpacesController::watchBudget(HubClient *client)
{
    connect(client, &HubClient::rateLimitSeen, this, [this, token = client->options().token](const RateLimitInfo &info) {
        planner(token).noteRateLimit(info, now());
        noteBudget();
    });
}

void SpacesController::reloadCredentials()
{
    ++m_generation;
    m_inFlight.clear();
    m_readAgain.clear();
    HubClient::Options options;
    options.endpoint = HubCredentials::endpoint();
    options.token = HubCredentials::token();
    m_client = std::make_unique<HubClient>(options);
    watchBudget(m_client.get());
    m_inFlight.clear();
    m_ownersInFlight.clear();
    m_user.reset();
    m_pricesLoading = false; // the old client took its catalogue call with it
    m_stored.clear();
    m_accountsError.clear();
    const std::optional<QList<StoredTokens::Token>> stored = StoredTokens::read(&m_accountsError);
    for (const StoredTokens::Token &token : stored.value_or(QList<StoredTokens::Token>{})) {
        HubClient::Options own = options;
        own.token = token.token;
        m_stored.push_back(StoredAccount{token.name, token.token, std::make_unique<HubClient>(own)});
        watchBudget(m_stored.back().client.get());
    }
    // The active account leads: in "All accounts", a Space it shares is acted on with it.
    const QString active = HubCredentials::tokenFromFile();
    std::stable_partition(m_stored.begin(), m_stored.end(), [&](const StoredAccount &account) { return account.token == active; });
    if (m_allAccounts && m_stored.empty())
        m_allAccounts = false;
    Q_EMIT accountsChanged();
}

bool SpacesController::environmentOverrides()
{
    return !HubCredentials::tokenFromEnvironment().isEmpty();
}

QList<SpacesController::Account> SpacesController::accounts() const
{
    const QString active = HubCredentials::tokenFromFile();
    QList<Account> accounts;
    for (const StoredAccount &stored : m_stored) {
        Account account;
        account.name = stored.name;
        account.masked = StoredTokens::masked(stored.token);
        account.active = !active.isEmpty() && stored.token == active;
        const auto known = m_users.constFind(stored.token);
        if (known != m_users.cend()) {
            account.user = known->value;
            account.error = known->error;
        }
        accounts.append(account);
    }
    return accounts;
}

const SpacesController::StoredAccount *SpacesController::storedAccount(const QString &name) const
{
    for (const StoredAccount &account : m_stored)
        if (account.name == name)
            return &account;
    return nullptr;
}

HubClient *SpacesController::clientFor(const QString &id) const
{
    if (!m_allAccounts)
        return m_client.get();
    QString name = m_model->accountOf(id);
    if (name.isEmpty()) // a row a background list refresh added: the account that lists its owner
        name = m_ownerAccount.value(id.section(u'/', 0, 0));
    const StoredAccount *account = storedAccount(name);
    return account ? account->client.get() : nullptr;
}

HubClient *SpacesController::clientForAccount(const QString &name) const
{
    const StoredAccount *account = storedAccount(name);
    return account ? account->client.get() : nullptr;
}

bool SpacesController::switchAccount(const QString &name, QString *error)
{
    if (!HubCredentials::switchTo(name, error))
        return false;
    reloadCredentials();
    refresh();
    return true;
}

bool SpacesController::signOutAccount(const QString &name, QString *error)
{
    bool wasActive = false;
    const bool done = HubCredentials::signOut(name, &wasActive, error);
    reloadCredentials();
    refresh();
    return done;
}

void SpacesController::showAllAccounts(bool all)
{
    if (all == m_allAccounts || (all && m_stored.empty()))
        return;
    m_allAccounts = all;
    ++m_generation; // a listing of the other kind still coming is not this one
    m_inFlight.clear();
    m_readAgain.clear();
    m_ownersInFlight.clear();
    refresh();
}

void SpacesController::setActive(bool active)
{
    m_active = active;
    if (active)
        m_ticker.start();
    else
        m_ticker.stop();
}

void SpacesController::identify(HubClient *client, const std::function<void(HubResult<WhoAmI>)> &done)
{
    const QString token = client->options().token;
    const auto known = m_users.constFind(token);
    if (known != m_users.cend() && known->ok()) {
        done(*known);
        return;
    }
    const int generation = m_generation;
    client->whoami([this, token, done, generation](HubResult<WhoAmI> who) {
        // Kept even from an older generation: the answer is about the token, not the listing.
        if (who.ok() || who.error.kind == HubError::Kind::Unauthorized)
            m_users.insert(token, who);
        else
            m_users.remove(token);
        Q_EMIT accountsChanged();
        if (generation == m_generation)
            done(who);
    });
}

void SpacesController::loadPrices()
{
    if (m_model->prices() || m_pricesLoading)
        return;
    m_pricesLoading = true;
    m_client->hardwareCatalogue(inContext(this, [this](HubResult<QList<HardwareFlavor>> catalogue) {
        m_pricesLoading = false;
        // A failed catalogue is no price at all; the next refresh asks again.
        m_model->setPrices(catalogue.ok() ? std::optional(SpaceCost::prices(*catalogue.value)) : std::nullopt);
        Q_EMIT pricesChanged();
    }));
}

void SpacesController::refresh()
{
    const int generation = m_generation;
    loadPrices();
    // Every stored account's user, for the switcher, whichever view is shown.
    // ("All accounts" asks each in turn; the active one is asked for its list.)
    for (const StoredAccount &account : m_stored)
        if (!m_allAccounts && !m_users.contains(account.token) && account.token != m_client->options().token)
            identify(account.client.get(), [](const HubResult<WhoAmI> &) {});
    if (m_allAccounts)
        refreshAll(generation);
    else
        refreshActive(generation);
}

void SpacesController::listOwners(HubClient *client, const WhoAmI &user, const std::function<void(HubResult<QList<SpaceInfo>>)> &done)
{
    const int generation = m_generation;
    auto owners = std::make_shared<QStringList>(QStringList{user.name} + user.orgs);
    auto collected = std::make_shared<QList<SpaceInfo>>();
    auto next = std::make_shared<std::function<void()>>();
    *next = [client, owners, collected, next, done, generation, this] {
        if (owners->isEmpty()) {
            done(HubResult<QList<SpaceInfo>>::success(*collected));
            *next = nullptr; // break the cycle
            return;
        }
        const QString owner = owners->takeFirst();
        client->listSpaces(owner, [collected, next, done, generation, this](HubResult<QList<SpaceInfo>> page) {
            if (generation != m_generation) {
                *next = nullptr;
                return;
            }
            if (!page.ok()) {
                done(HubResult<QList<SpaceInfo>>::failure(page.error));
                *next = nullptr;
                return;
            }
            *collected += *page.value;
            (*next)();
        });
    };
    (*next)();
}

bool SpacesController::actedSince(const QString &id, quint64 asked) const
{
    const auto acted = m_actionAnswered.constFind(id);
    return acted != m_actionAnswered.cend() && *acted > asked;
}

void SpacesController::listLoadedInto(QList<SpaceInfo> spaces, QHash<QString, QList<std::pair<QString, QString>>> accounts, quint64 asked)
{
    // What an action answered after the list was asked is newer than the list: it stays (the
    // read after the action follows).
    for (SpaceInfo &space : spaces)
        if (actedSince(space.id, asked))
            if (const int row = m_model->rowOf(space.id); row >= 0)
                space.runtime = m_model->space(row).runtime;
    m_model->setSpaces(spaces);
    m_model->setAccounts(std::move(accounts));
    Q_EMIT listLoaded();
}

void SpacesController::refreshActive(int generation)
{
    m_notListed.clear();
    if (!hasToken()) {
        m_user.reset();
        m_lastError = {};
        m_lastError.kind = HubError::Kind::Unauthorized;
        m_model->setSpaces({});
        m_model->setAccounts({});
        Q_EMIT userChanged();
        Q_EMIT listFailed(m_lastError);
        return;
    }
    identify(m_client.get(), [this, generation](HubResult<WhoAmI> who) {
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
        const QString token = m_client->options().token;
        planner(token).setOwners(*owners);
        keepPlanners({token});
        // Listed by this chain: not by tick() meanwhile too.
        for (const QString &owner : std::as_const(*owners))
            m_ownersInFlight.insert(owner);
        auto collected = std::make_shared<QList<SpaceInfo>>();
        auto next = std::make_shared<std::function<void()>>();
        const quint64 started = stamp();
        *next = [this, owners, collected, next, generation, started] {
            if (owners->isEmpty()) {
                listLoadedInto(*collected, {}, started);
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
                    const QString token = m_client->options().token;
                    planner(token).listFailed(owner, now());
                    m_lastError = page.error;
                    noteFailure(page.error, token);
                    Q_EMIT listFailed(page.error);
                    *next = nullptr;
                    return;
                }
                QList<SpacesRefreshScheduler::ListedSpace> listed;
                for (const SpaceInfo &space : std::as_const(*page.value))
                    listed.append({space.id, space.runtime && space.runtime->isTransitional()});
                planner(m_client->options().token).listed(owner, askedAt, listed);
                *collected += *page.value;
                (*next)();
            });
        };
        (*next)();
    });
}

void SpacesController::refreshAll(int generation)
{
    // One account after another (active first); one that fails is reported and skipped, the
    // others still listed.
    struct Collect
    {
        QList<SpaceInfo> spaces;
        QHash<QString, QList<std::pair<QString, QString>>> accounts;
        QStringList failures;
        HubError firstError;
        size_t next = 0;
        std::function<void()> step;
    };
    auto state = std::make_shared<Collect>();
    const qint64 askedAt = now();
    const quint64 order = stamp();
    m_allInFlight = true;
    state->step = [this, state, generation, askedAt, order] {
        if (generation != m_generation) {
            state->step = nullptr;
            return;
        }
        if (state->next >= m_stored.size()) {
            m_allInFlight = false;
            m_notListed = state->failures;
            m_lastError = state->firstError;
            // The scheduler keeps every owner fresh from then on, each listed with the token of
            // the first account that saw it.
            QHash<QString, QList<SpacesRefreshScheduler::ListedSpace>> byOwner;
            m_ownerAccount.clear();
            for (const SpaceInfo &space : std::as_const(state->spaces)) {
                const QString owner = space.id.section(u'/', 0, 0);
                byOwner[owner].append({space.id, space.runtime && space.runtime->isTransitional()});
                if (!m_ownerAccount.contains(owner) && !state->accounts.value(space.id).isEmpty())
                    m_ownerAccount.insert(owner, state->accounts.value(space.id).first().first);
            }
            // Each token plans the owners it lists.
            QHash<QString, QStringList> ownersByToken;
            for (auto it = byOwner.cbegin(); it != byOwner.cend(); ++it)
                ownersByToken[ownerToken(it.key())].append(it.key());
            QSet<QString> tokens;
            for (auto it = ownersByToken.cbegin(); it != ownersByToken.cend(); ++it) {
                tokens.insert(it.key());
                planner(it.key()).setOwners(it.value());
                for (const QString &owner : it.value())
                    planner(it.key()).listed(owner, askedAt, byOwner.value(owner));
            }
            keepPlanners(tokens);
            listLoadedInto(state->spaces, state->accounts, order);
            if (!state->failures.isEmpty())
                Q_EMIT listFailed(m_lastError);
            state->step = nullptr;
            return;
        }
        const StoredAccount &account = m_stored[state->next++];
        const QString name = account.name;
        HubClient *client = account.client.get();
        identify(client, [this, state, name, client](HubResult<WhoAmI> who) {
            if (!who.ok()) {
                if (state->failures.isEmpty())
                    state->firstError = who.error;
                state->failures.append(tr("%1: %2").arg(name, who.error.message()));
                state->step();
                return;
            }
            const QString user = who.value->name;
            listOwners(client, *who.value, [state, name, user](HubResult<QList<SpaceInfo>> spaces) {
                if (!spaces.ok()) {
                    if (state->failures.isEmpty())
                        state->firstError = spaces.error;
                    state->failures.append(tr("%1: %2").arg(name, spaces.error.message()));
                } else {
                    for (const SpaceInfo &space : *spaces.value) {
                        auto &seen = state->accounts[space.id];
                        if (seen.isEmpty())
                            state->spaces.append(space);
                        if (std::none_of(seen.cbegin(), seen.cend(), [&](const auto &pair) { return pair.first == name; }))
                            seen.append({name, user});
                    }
                }
                state->step();
            });
        });
    };
    state->step();
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
        m_users.insert(token.trimmed(), who);
        reloadCredentials();
        Q_EMIT signInFinished({});
        refresh();
    }));
}

void SpacesController::signOut()
{
    // The active account's stored copy goes with the token file, as `hf auth logout
    // --token-name` does; a token that was never stored only loses its file.
    const QString active = HubCredentials::tokenFromFile();
    for (const StoredAccount &account : m_stored) {
        if (!active.isEmpty() && account.token == active) {
            QString error;
            (void)signOutAccount(account.name, &error);
            return;
        }
    }
    QString error;
    (void)HubCredentials::removeToken(&error);
    reloadCredentials();
    refresh();
}

int SpacesController::refreshIntervalMs(const QString &id) const
{
    return int(std::min<qint64>(std::numeric_limits<int>::max(), plannerOfOwner(id.section(u'/', 0, 0)).spaceIntervalMs(id, now())));
}

void SpacesController::setSelected(const QString &id)
{
    m_selected = id;
    applySelected();
}

std::optional<QDateTime> SpacesController::localWait(const SpacesRefreshScheduler &plan, qint64 t)
{
    const qint64 until = plan.waitingUntil(t);
    if (until == SpacesRefreshScheduler::kNever)
        return std::nullopt;
    return QDateTime::currentDateTime().addMSecs(until - t);
}

std::optional<QDateTime> SpacesController::waitingUntil(const QString &account) const
{
    return localWait(plannerOf(tokenOfAccount(account)), now());
}

std::optional<RateLimitInfo> SpacesController::lowBudget(const QString &account) const
{
    return plannerOf(tokenOfAccount(account)).lowBudget(now());
}

QList<SpacesController::BudgetNote> SpacesController::budgetNotes() const
{
    QList<BudgetNote> notes;
    const qint64 t = now();
    for (const auto &[token, plan] : m_planners) {
        BudgetNote note;
        note.waitingUntil = localWait(plan, t);
        note.low = plan.lowBudget(t);
        if (!note.waitingUntil && !note.low)
            continue;
        note.resetsAt = QDateTime::currentDateTime().addMSecs(plan.budgetResetAt() - t);
        if (m_allAccounts) {
            QStringList names;
            for (const StoredAccount &account : m_stored)
                if (account.token == token)
                    names.append(account.name);
            note.account = names.join(QStringLiteral(", "));
        }
        notes.append(note);
    }
    return notes;
}

void SpacesController::noteBudget()
{
    bool waiting = false;
    bool low = false;
    const qint64 t = now();
    for (const auto &[token, plan] : m_planners) {
        waiting = waiting || plan.waitingUntil(t) != SpacesRefreshScheduler::kNever;
        low = low || plan.lowBudget(t).has_value();
    }
    if (waiting == m_waiting && low == m_low && !waiting && !low)
        return;
    m_waiting = waiting;
    m_low = low;
    // Also while it lasts: the numbers and times it shows change.
    Q_EMIT budgetChanged();
}

void SpacesController::noteFailure(const HubError &error, const QString &token)
{
    if ((error.kind == HubError::Kind::RateLimited || error.kind == HubError::Kind::ServerError) && error.retryAfterSeconds > 0) {
        planner(token).waitUntil(now() + qint64(error.retryAfterSeconds) * 1000);
        noteBudget();
    } else if (error.kind == HubError::Kind::RateLimited) {
        // A 429 that does not say how long: a minute, as its message tells the user.
        planner(token).waitUntil(now() + 60000);
        noteBudget();
    }
}

void SpacesController::tick()
{
    if (!m_active)
        return;
    m_model->updateStuck();
    noteBudget();
    if (m_allAccounts ? m_allInFlight : (!m_user || !m_client))
        return;
    const qint64 t = now();
    // Collected first: a read may answer at once and change the plans.
    QStringList owners;
    QStringList spaces;
    for (const auto &[token, plan] : m_planners) {
        const SpacesRefreshScheduler::Due due = plan.due(t);
        owners += due.owners;
        for (const QString &id : due.spaces) {
            // Read with the row's token, which may be another than the owner's: it must not be
            // told to wait either.
            const HubClient *reader = clientFor(id);
            if (reader &&
                (reader->options().token == token || plannerOf(reader->options().token).waitingUntil(t) == SpacesRefreshScheduler::kNever))
                spaces.append(id);
        }
    }
    for (const QString &owner : std::as_const(owners))
        if (!m_ownersInFlight.contains(owner))
            refreshOwner(owner);
    for (const QString &id : std::as_const(spaces))
        if (!m_inFlight.contains(id) && !m_ownersInFlight.contains(id.section(u'/', 0, 0)))
            refreshRuntime(id);
}

void SpacesController::refreshOwner(const QString &owner)
{
    HubClient *client = m_client.get();
    if (m_allAccounts) {
        const StoredAccount *account = storedAccount(m_ownerAccount.value(owner));
        if (!account)
            return;
        client = account->client.get();
    }
    m_ownersInFlight.insert(owner);
    const int generation = m_generation;
    const qint64 askedAt = now();
    const quint64 order = stamp();
    client->listSpaces(owner, [this, owner, askedAt, order, generation](HubResult<QList<SpaceInfo>> page) {
        if (generation != m_generation)
            return;
        m_ownersInFlight.remove(owner);
        const QString token = ownerToken(owner);
        if (!page.ok()) {
            planner(token).listFailed(owner, now());
            noteFailure(page.error, token);
            return;
        }
        QList<SpacesRefreshScheduler::ListedSpace> listed;
        QList<SpaceInfo> spaces = *page.value;
        for (SpaceInfo &space : spaces) {
            // A runtime read on its own, or an action's answer, after this list was asked is
            // newer: it stays.
            if (!plannerOf(token).isNewer(space.id, askedAt) || actedSince(space.id, order)) {
                if (const int row = m_model->rowOf(space.id); row >= 0)
                    space.runtime = m_model->space(row).runtime;
            }
            listed.append({space.id, space.runtime && space.runtime->isTransitional()});
        }
        planner(token).listed(owner, askedAt, listed);
        const QString lister = m_allAccounts ? m_ownerAccount.value(owner) : QString();
        const QStringList claiming = m_model->mergeOwner(owner, spaces, lister);
        auto asked = std::make_shared<QSet<QString>>(QSet<QString>{lister});
        for (const QString &name : claiming)
            relistOwner(owner, name, asked);
        Q_EMIT ownerRefreshed(owner);
    });
}

void SpacesController::relistOwner(const QString &owner, const QString &name, std::shared_ptr<QSet<QString>> asked)
{
    const StoredAccount *account = storedAccount(name);
    if (!m_allAccounts || !account || asked->contains(name))
        return;
    asked->insert(name);
    const QString token = account->token;
    if (plannerOf(token).waitingUntil(now()) != SpacesRefreshScheduler::kNever)
        return; // told to wait: the rows it claims stay as they are until it may read again
    const int generation = m_generation;
    account->client->listSpaces(owner, [this, owner, name, token, asked, generation](HubResult<QList<SpaceInfo>> page) {
        if (generation != m_generation)
            return;
        if (!page.ok()) {
            noteFailure(page.error, token);
            return;
        }
        for (const QString &next : m_model->mergeOwner(owner, *page.value, name))
            relistOwner(owner, next, asked);
    });
}

void SpacesController::refreshRuntime(const QString &id)
{
    if (m_inFlight.contains(id))
        return;
    m_inFlight.insert(id);
    const int generation = m_generation;
    const qint64 askedAt = now();
    const quint64 order = stamp();
    HubClient *client = clientFor(id);
    if (!client) {
        m_inFlight.remove(id);
        return;
    }
    client->runtime(id, [this, id, askedAt, order, generation, reader = client->options().token](HubResult<SpaceRuntime> result) {
        if (generation != m_generation)
            return;
        m_inFlight.remove(id);
        // The plan of the token that lists its owner; none when no list has it (yet).
        const auto plan = m_planners.find(ownerToken(id.section(u'/', 0, 0)));
        const bool planned = plan != m_planners.end();
        const bool beforeAction = actedSince(id, order);
        if (result.ok()) {
            if (!beforeAction && (!planned || plan->second.isNewer(id, askedAt)))
                m_model->updateRuntime(id, *result.value);
            if (planned)
                plan->second.runtimeRead(id, askedAt, result.value->isTransitional());
        } else {
            if (planned)
                plan->second.runtimeFailed(id, now());
            noteFailure(result.error, reader);
        }
        Q_EMIT runtimeRefreshed(id);
        if (m_readAgain.remove(id))
            refreshRuntime(id);
    });
}

void SpacesController::runtimeAction(const QString &id, const QString &action, const std::function<void(HubCallback<SpaceRuntime>)> &call)
{
    if (!clientFor(id))
        return; // "All accounts" no longer lists it: no account to act with
    Q_EMIT actionStarted(id, action);
    const int generation = m_generation;
    call([this, id, action, generation](HubResult<SpaceRuntime> result) {
        if (generation != m_generation)
            return;
        m_actionAnswered.insert(id, stamp());
        if (result.ok())
            m_model->updateRuntime(id, *result.value);
        Q_EMIT actionFinished(id, action, result.error);
        // Nothing is assumed: read the runtime again after every action. A read already on its
        // way was asked before: it is not taken, and another follows it.
        if (m_inFlight.contains(id))
            m_readAgain.insert(id);
        else
            refreshRuntime(id);
    });
}

void SpacesController::pause(const QString &id)
{
    runtimeAction(id, QStringLiteral("pause"), [this, id](HubCallback<SpaceRuntime> done) { clientFor(id)->pause(id, std::move(done)); });
}

void SpacesController::restart(const QString &id, bool factory)
{
    runtimeAction(id, factory ? QStringLiteral("factory") : QStringLiteral("restart"),
                  [this, id, factory](HubCallback<SpaceRuntime> done) { clientFor(id)->restart(id, factory, std::move(done)); });
}

void SpacesController::setDevMode(const QString &id, bool on)
{
    runtimeAction(id, on ? QStringLiteral("devModeOn") : QStringLiteral("devModeOff"),
                  [this, id, on](HubCallback<SpaceRuntime> done) { m_client->setDevMode(id, on, std::move(done)); });
}

} // namespace hubdeck
