// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CliOutput.h"
#include "HubClient.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>

#include <memory>

namespace hubdeck::cli {

// What every Hub command shares: --token, --timeout, the global --format (OutputFormat); the
// client built from them;
// and a way to wait for an asynchronous call from a synchronous command.
class CliHub
{
public:
    CliHub();
    void addOptions(QCommandLineParser &parser);
    // After parsing: false (with the message in *error) when an option is invalid.
    [[nodiscard]] bool configure(const QCommandLineParser &parser, QString *error);
    [[nodiscard]] HubClient &client() { return *m_client; }
    [[nodiscard]] bool json() const { return CliOutput::isJson(); }
    [[nodiscard]] bool hasToken() const { return !m_token.isEmpty(); }

    // Runs one Hub call to its end. All the calls of one command share a budget of twice
    // --timeout, retries and pages included (the README's promise); time spent waiting for
    // the user's answer between calls does not count. A call made once it is spent fails
    // with Timeout at once.
    template <typename T>
    [[nodiscard]] HubResult<T> wait(const std::function<void(HubCallback<T>)> &call)
    {
        HubResult<T> result;
        m_client->setDeadline(QDeadlineTimer(std::max<qint64>(0, m_budgetMs - m_spentMs)));
        QElapsedTimer clock;
        clock.start();
        QEventLoop loop;
        call([&](HubResult<T> r) {
            result = std::move(r);
            loop.quit();
        });
        loop.exec();
        m_spentMs += clock.elapsed();
        return result;
    }

    // Valid Space ids look like owner/name.
    [[nodiscard]] static bool isSpaceId(const QString &id);

private:
    QCommandLineOption m_tokenOption;
    QCommandLineOption m_timeoutOption;
    std::unique_ptr<HubClient> m_client;
    QString m_token;
    qint64 m_budgetMs = 0; // twice --timeout, for all of the command's calls
    qint64 m_spentMs = 0;
};

} // namespace hubdeck::cli
