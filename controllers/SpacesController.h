// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HubClient.h"
#include "SpaceCost.h"
#include "SpacesRefreshScheduler.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace hubdeck {

class SpacesTableModel;

// Everything the Spaces page does that is not drawing: who is signed in, the list of their
// Spaces and their organisations', kept fresh within a request budget (SpacesRefreshScheduler:
// each owner's list with every runtime in it, the selected Space and those that build or
// start on their own; backing off on errors, waiting when the Hub says so, not at all while
// hidden), and the actions, each followed by a fresh read of the runtime.
//
// Accounts: the tokens stored as huggingface_hub stores them (StoredTokens), each with its
// own HubClient and its whoami (asked once per token, then kept). The page shows the active
// account's Spaces (the token file, or HF_TOKEN when set), or with showAllAccounts(true) the
// Spaces of every stored account together. There a Space several accounts see is one row
// (it runs and costs once) naming every such account; it is acted on with the first of them,
// the active account when it is one. Every call about a Space goes through clientFor(id),
// never client() directly, so that a row is never acted on with another account's token.
//
// Request budgets are the Hub's per token: each token in use has its own refresh plan
// (SpacesRefreshScheduler), its own Retry-After wait and its own RateLimit budget. In "All
// accounts" an owner's list and its Spaces are planned with the token that lists the owner;
// a wait one token was told holds back only what that token reads.
class SpacesController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kFastRefreshMs = 5000;
    static constexpr int kSlowRefreshMs = 60000;
    static constexpr int kMaxBackoffMs = SpacesRefreshScheduler::kMaxBackoffMs;

    explicit SpacesController(SpacesTableModel *model, QObject *parent = nullptr);

    struct Account
    {
        QString name;   // the stored token's name ([section] of stored_tokens)
        QString masked; // StoredTokens::masked: never the token itself
        std::optional<WhoAmI> user;
        HubError error;      // why whoami failed (a revoked token), when it did
        bool active = false; // its token is the token file's
    };

    // Reads HF_ENDPOINT, the token and the stored tokens as huggingface_hub does; call again
    // after sign-in changes. Whoami answers are kept across reloads, per token.
    void reloadCredentials();
    // The active account's client (HF_TOKEN when set, else the token file; may have none).
    [[nodiscard]] HubClient *client() const { return m_client.get(); }
    // The client to act on Space `id` with: its row's account in "All accounts", else the
    // active one. nullptr when "All accounts" shows no account for it.
    [[nodiscard]] HubClient *clientFor(const QString &id) const;
    [[nodiscard]] QList<Account> accounts() const;
    // The client of the stored account named `name` (Account::name), for what belongs to no
    // row yet (a new Space); nullptr when no stored token has that name.
    [[nodiscard]] HubClient *clientForAccount(const QString &name) const;
    // Why the stored tokens could not be read (then there are none); empty when they could.
    [[nodiscard]] const QString &accountsError() const { return m_accountsError; }
    [[nodiscard]] bool showsAllAccounts() const { return m_allAccounts; }
    // "All accounts": the accounts whose Spaces could not be listed at the last refresh, as
    // "name: why" (the others' are shown).
    [[nodiscard]] const QStringList &notListed() const { return m_notListed; }
    // HF_TOKEN or HUGGING_FACE_HUB_TOKEN is set: it, not the stored choice, is the token.
    [[nodiscard]] static bool environmentOverrides();
    [[nodiscard]] const std::optional<WhoAmI> &user() const { return m_user; }
    [[nodiscard]] const HubError &lastError() const { return m_lastError; }
    [[nodiscard]] bool hasToken() const { return !m_client->options().token.isEmpty(); }
    // How often Space id is read now, by itself or with its owner's list, in ms.
    [[nodiscard]] int refreshIntervalMs(const QString &id) const;
    // Reads of Space id on its own that failed in a row.
    [[nodiscard]] int failureCount(const QString &id) const { return plannerOfOwner(id.section(u'/', 0, 0)).failures(id); }
    // fastMs: a building or starting Space; slowMs: every list (ms).
    void setTiming(int fastMs, int slowMs);
    // The clock the refreshes are timed by (ms, any origin) and how often it is looked at: a
    // benchmark runs minutes of the Hub in seconds. Default: real time, every second.
    void setClock(std::function<qint64()> nowMs, int tickMs);
    // The refresh plan of the active account's token (of `account`'s, a stored token's name).
    [[nodiscard]] const SpacesRefreshScheduler &scheduler(const QString &account = {}) const;
    // When the Hub asked us to wait until (Retry-After, or a spent budget), in local time; for
    // the active account's token, or stored `account`'s.
    [[nodiscard]] std::optional<QDateTime> waitingUntil(const QString &account = {}) const;
    // The Hub's last word on the budget while little of it is left (budgetNotes() says when it
    // resets).
    [[nodiscard]] std::optional<RateLimitInfo> lowBudget(const QString &account = {}) const;
    // What to tell of the budgets now: one note per token that waits or runs low, naming its
    // account in "All accounts" (empty name otherwise).
    struct BudgetNote
    {
        QString account;
        std::optional<QDateTime> waitingUntil;
        std::optional<RateLimitInfo> low;
        QDateTime resetsAt;
    };
    [[nodiscard]] QList<BudgetNote> budgetNotes() const;
    // Whether a list, runtime or catalogue read this controller started has not answered yet
    // (a Retry-After stops new reads; those already sent still come back).
    [[nodiscard]] bool isReading() const
    {
        return !m_inFlight.isEmpty() || !m_ownersInFlight.isEmpty() || m_allInFlight || m_pricesLoading;
    }

public Q_SLOTS:
    void refresh();
    void setActive(bool active);
    void signIn(const QString &token);
    void signOut();
    // As `hf auth switch --token-name name`: the token file gets that stored token. False
    // with *error when it cannot be written or is not stored.
    bool switchAccount(const QString &name, QString *error);
    // As `hf auth logout --token-name name`; the active token goes too when it is that one.
    bool signOutAccount(const QString &name, QString *error);
    // Lists the Spaces of every stored account (true), or the active account's (false).
    void showAllAccounts(bool all);
    void pause(const QString &id);
    void restart(const QString &id, bool factory);
    // POST /api/spaces/{id}/dev-mode {"enabled": on}; the action is named "devModeOn" or
    // "devModeOff" in actionStarted/actionFinished.
    void setDevMode(const QString &id, bool on);
    void refreshRuntime(const QString &id);
    // The Space the page shows in detail: read on its own, more often than the others.
    void setSelected(const QString &id);

Q_SIGNALS:
    void userChanged();
    // The stored accounts, their users or which one is active changed.
    void accountsChanged();
    // The catalogue's prices arrived or failed (the model's prices() then nullopt).
    void pricesChanged();
    void listFailed(const hubdeck::HubError &error);
    void listLoaded();
    void signInFinished(const hubdeck::HubError &error);
    void actionStarted(const QString &id, const QString &action);
    void actionFinished(const QString &id, const QString &action, const hubdeck::HubError &error);
    void runtimeRefreshed(const QString &id);
    // One owner's list was read again in the background.
    void ownerRefreshed(const QString &owner);
    // waitingUntil() or lowBudget() changed.
    void budgetChanged();

private:
    void tick();
    [[nodiscard]] qint64 now() const { return m_now(); }
    void refreshOwner(const QString &owner);
    // "All accounts": `owner` listed again with the stored account `name`, because the list of
    // another account (those in `asked`) left out a Space `name` saw: a private Space only some
    // members read, or one deleted meanwhile. Each account is asked once per refresh.
    void relistOwner(const QString &owner, const QString &name, std::shared_ptr<QSet<QString>> asked);
    // A failed read with `token`: the Hub may have asked it to wait.
    void noteFailure(const HubError &error, const QString &token);
    void noteBudget();
    void runtimeAction(const QString &id, const QString &action, const std::function<void(HubCallback<SpaceRuntime>)> &call);
    struct StoredAccount
    {
        QString name;
        QString token;
        std::unique_ptr<HubClient> client;
    };
    void refreshActive(int generation);
    void refreshAll(int generation);
    void loadPrices();
    // whoami for `client`, from m_users when its token was asked before.
    void identify(HubClient *client, const std::function<void(HubResult<WhoAmI>)> &done);
    // The Spaces of `user` and their organisations, one list; `done` gets the error of the
    // first listing that failed.
    void listOwners(HubClient *client, const WhoAmI &user, const std::function<void(HubResult<QList<SpaceInfo>>)> &done);
    // Into the model, except the runtimes of Spaces an action answered for after the list was
    // asked (`asked`: its stamp()).
    void listLoadedInto(QList<SpaceInfo> spaces, QHash<QString, QList<std::pair<QString, QString>>> accounts, quint64 asked);
    // Whether an action on the Space answered after the read stamped `asked` was asked: its
    // answer is newer than that read.
    [[nodiscard]] bool actedSince(const QString &id, quint64 asked) const;
    // The next mark in the order of reads asked and actions answered (m_stamp).
    quint64 stamp() { return ++m_stamp; }
    [[nodiscard]] const StoredAccount *storedAccount(const QString &name) const;
    // The plan of `token`, made on first use with the controller's timing.
    SpacesRefreshScheduler &planner(const QString &token);
    [[nodiscard]] const SpacesRefreshScheduler &plannerOf(const QString &token) const;
    // The token that lists `owner` (the active one outside "All accounts"), and its plan.
    [[nodiscard]] QString ownerToken(const QString &owner) const;
    [[nodiscard]] const SpacesRefreshScheduler &plannerOfOwner(const QString &owner) const;
    [[nodiscard]] QString tokenOfAccount(const QString &account) const;
    // Drops the plans of tokens no longer read with; gives each the selected Space if it is
    // one of its owners'.
    void keepPlanners(const QSet<QString> &tokens);
    // Reads the Hub's RateLimit headers of every answer `client` gets into its token's plan.
    void watchBudget(HubClient *client);
    // When `plan` reads again, in local time, if the Hub asked it to wait (t: now()).
    [[nodiscard]] static std::optional<QDateTime> localWait(const SpacesRefreshScheduler &plan, qint64 t);
    void applySelected();

    SpacesTableModel *m_model;
    // "All accounts": the stored token name whose client lists each owner; true while every
    // account's lists are read (the scheduler's own list reads wait meanwhile).
    QHash<QString, QString> m_ownerAccount;
    bool m_allInFlight = false;
    std::unique_ptr<HubClient> m_client;
    std::vector<StoredAccount> m_stored;
    QString m_accountsError;
    QStringList m_notListed;
    QHash<QString, HubResult<WhoAmI>> m_users; // token -> whoami's answer (memory only)
    bool m_allAccounts = false;
    bool m_pricesLoading = false;
    std::optional<WhoAmI> m_user;
    HubError m_lastError;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    std::function<qint64()> m_now;
    // Token -> its refresh plan (never shown: the tokens are only keys).
    std::map<QString, SpacesRefreshScheduler> m_planners;
    int m_fastMs = kFastRefreshMs;
    int m_slowMs = kSlowRefreshMs;
    QString m_selected;
    QSet<QString> m_inFlight; // Space ids whose runtime is being read
    // Orders the reads asked and the actions answered, all in this thread: a read is older than
    // an action when its stamp is smaller. Not now(): its ms (the tests' scaled clock's 40 ms) is
    // often the same for a read asked and an action answered just after it, and such a read was
    // taken as newer than the action.
    quint64 m_stamp = 0;
    // Each Space's last action's answer (stamp()): a read asked before it may carry the state from
    // before the action, and never overwrites what the action answered.
    QHash<QString, quint64> m_actionAnswered;
    QSet<QString> m_readAgain;      // read again once the read in flight (asked before an action) returns
    QSet<QString> m_ownersInFlight; // owners whose list is being read
    bool m_waiting = false;         // as last told by budgetChanged()
    bool m_low = false;
    bool m_active = false;
    int m_generation = 0; // answers from before a reload are dropped
};

} // namespace hubdeck
