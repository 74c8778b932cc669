// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HubClient.h"
#include "SpacesRefreshScheduler.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace hubdeck {

class SpacesTableModel;

// Everything the Spaces page does that is not drawing: who is signed in, the list of their
// Spaces and their organisations', kept fresh within a request budget (SpacesRefreshScheduler:
// each owner's list with every runtime in it, the selected Space and those that build or
// start on their own; backing off on errors, waiting when the Hub says so, not at all while
// hidden), and the actions, each followed by a fresh read of the runtime.
class SpacesController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kFastRefreshMs = 5000;
    static constexpr int kSlowRefreshMs = 60000;
    static constexpr int kMaxBackoffMs = SpacesRefreshScheduler::kMaxBackoffMs;

    explicit SpacesController(SpacesTableModel *model, QObject *parent = nullptr);

    // Reads HF_ENDPOINT and the token as huggingface_hub does; call again after sign-in changes.
    void reloadCredentials();
    [[nodiscard]] HubClient *client() const { return m_client.get(); }
    [[nodiscard]] const std::optional<WhoAmI> &user() const { return m_user; }
    [[nodiscard]] const HubError &lastError() const { return m_lastError; }
    [[nodiscard]] bool hasToken() const { return !m_client->options().token.isEmpty(); }
    // How often Space id is read now, by itself or with its owner's list, in ms.
    [[nodiscard]] int refreshIntervalMs(const QString &id) const;
    // Reads of Space id on its own that failed in a row.
    [[nodiscard]] int failureCount(const QString &id) const { return m_scheduler.failures(id); }
    // fastMs: a building or starting Space; slowMs: every list (ms).
    void setTiming(int fastMs, int slowMs) { m_scheduler.setTiming(fastMs, slowMs); }
    // The clock the refreshes are timed by (ms, any origin) and how often it is looked at: a
    // benchmark runs minutes of the Hub in seconds. Default: real time, every second.
    void setClock(std::function<qint64()> nowMs, int tickMs);
    [[nodiscard]] const SpacesRefreshScheduler &scheduler() const { return m_scheduler; }
    // When the Hub asked us to wait until (Retry-After, or a spent budget), in local time.
    [[nodiscard]] std::optional<QDateTime> waitingUntil() const;
    // The Hub's last word on the budget while little of it is left, and when it resets.
    [[nodiscard]] std::optional<RateLimitInfo> lowBudget() const;
    [[nodiscard]] QDateTime budgetResetsAt() const;

public Q_SLOTS:
    void refresh();
    void setActive(bool active);
    void signIn(const QString &token);
    void signOut();
    void pause(const QString &id);
    void restart(const QString &id, bool factory);
    void refreshRuntime(const QString &id);
    // The Space the page shows in detail: read on its own, more often than the others.
    void setSelected(const QString &id);

Q_SIGNALS:
    void userChanged();
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
    // A failed read: the Hub may have asked us to wait.
    void noteFailure(const HubError &error);
    void noteBudget();
    void runtimeAction(const QString &id, const QString &action, const std::function<void(HubCallback<SpaceRuntime>)> &call);

    SpacesTableModel *m_model;
    std::unique_ptr<HubClient> m_client;
    std::optional<WhoAmI> m_user;
    HubError m_lastError;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    std::function<qint64()> m_now;
    SpacesRefreshScheduler m_scheduler;
    QSet<QString> m_inFlight;       // Space ids whose runtime is being read
    QSet<QString> m_ownersInFlight; // owners whose list is being read
    bool m_waiting = false;         // as last told by budgetChanged()
    bool m_low = false;
    bool m_active = false;
    int m_generation = 0; // answers from before a reload are dropped
};

} // namespace hubdeck
