// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HubClient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace hubdeck {

class SpacesTableModel;

// Everything the Spaces page does that is not drawing: who is signed in, the list of their
// Spaces and their organisations', runtimes refreshed on their own (faster while a Space
// builds or starts, slower otherwise, backing off on errors, not at all while hidden), and
// the actions, each followed by a fresh read of the runtime.
class SpacesController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kFastRefreshMs = 5000;
    static constexpr int kSlowRefreshMs = 60000;
    static constexpr int kMaxBackoffMs = 600000;

    explicit SpacesController(SpacesTableModel *model, QObject *parent = nullptr);

    // Reads HF_ENDPOINT and the token as huggingface_hub does; call again after sign-in changes.
    void reloadCredentials();
    [[nodiscard]] HubClient *client() const { return m_client.get(); }
    [[nodiscard]] const std::optional<WhoAmI> &user() const { return m_user; }
    [[nodiscard]] const HubError &lastError() const { return m_lastError; }
    [[nodiscard]] bool hasToken() const { return !m_client->options().token.isEmpty(); }
    [[nodiscard]] int refreshIntervalMs(const QString &id) const;
    [[nodiscard]] int failureCount(const QString &id) const { return m_failures.value(id); }
    void setTiming(int fastMs, int slowMs) { m_fastMs = fastMs, m_slowMs = slowMs; }

public Q_SLOTS:
    void refresh();
    void setActive(bool active);
    void signIn(const QString &token);
    void signOut();
    void pause(const QString &id);
    void restart(const QString &id, bool factory);
    // POST /api/spaces/{id}/dev-mode {"enabled": on}; the action is named "devModeOn" or
    // "devModeOff" in actionStarted/actionFinished.
    void setDevMode(const QString &id, bool on);
    void refreshRuntime(const QString &id);

Q_SIGNALS:
    void userChanged();
    void listFailed(const hubdeck::HubError &error);
    void listLoaded();
    void signInFinished(const hubdeck::HubError &error);
    void actionStarted(const QString &id, const QString &action);
    void actionFinished(const QString &id, const QString &action, const hubdeck::HubError &error);
    void runtimeRefreshed(const QString &id);

private:
    void tick();
    void schedule(const QString &id, bool failed);
    void runtimeAction(const QString &id, const QString &action, const std::function<void(HubCallback<SpaceRuntime>)> &call);

    SpacesTableModel *m_model;
    std::unique_ptr<HubClient> m_client;
    std::optional<WhoAmI> m_user;
    HubError m_lastError;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_due; // id -> m_clock time of its next refresh
    QHash<QString, int> m_failures;
    QSet<QString> m_inFlight;
    int m_fastMs = kFastRefreshMs;
    int m_slowMs = kSlowRefreshMs;
    bool m_active = false;
    int m_generation = 0; // answers from before a reload are dropped
};

} // namespace hubdeck
