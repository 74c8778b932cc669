// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FakeHub.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace hubdeck {
class HubClient;
}

namespace hubdeck::test {

// What the Hub's tests set up each time: a FakeHub listening on 127.0.0.1 with one Space, a
// HubClient to it with short pauses between tries (a test of a failure does not wait), a
// temporary Hugging Face home for hubdeck-cli and the GUI, and a temporary folder to upload.
// Make one per test function (in init()), so that no test sees another's requests or files.
// Anything that cannot be set up (the Hub cannot listen, a file cannot be written) stops the
// test run with qFatal: a half-made fixture would fail later and less clearly.
class HubFixture
{
public:
    struct Options
    {
        QString space = QStringLiteral("alice/app"); // created RUNNING; empty: none
        int timeoutMs = 10000;                       // the client's HubClient::Options::timeoutMs
        int firstBackoffMs = 20;
    };

    HubFixture();
    explicit HubFixture(const Options &options);
    ~HubFixture();
    HubFixture(const HubFixture &) = delete;
    HubFixture &operator=(const HubFixture &) = delete;

    [[nodiscard]] FakeHub &hub() { return *m_hub; }
    [[nodiscard]] HubClient &client() { return *m_client; }
    [[nodiscard]] QString space() const { return m_options.space; }
    // The folder to upload (absolute), and a path in it.
    [[nodiscard]] QString folder() const { return m_folder.path(); }
    [[nodiscard]] QString filePath(const QString &relative) const { return m_folder.filePath(relative); }
    // The Hugging Face home (HF_HOME) the CLI and the GUI get.
    [[nodiscard]] QString home() const { return m_home.path(); }

    // Writes `content` at `relative` in the folder, making the folders above it.
    void write(const QString &relative, const QByteArray &content) const;
    // `bytes` bytes of noise from `seed` at `relative`: no two MiB alike (a part sent from the
    // wrong offset changes the hash) and nothing to compress.
    void writeNoise(const QString &relative, qint64 bytes, quint32 seed = 15) const;

    // "NAME=value" pairs for CliRun: this home, this Hub's endpoint and token.
    [[nodiscard]] QStringList cliEnvironment() const;
    // For a QProcess of its own (a test that signals it): this process's environment without
    // its Hub, token, home and COLUMNS variables, with cliEnvironment()'s.
    [[nodiscard]] QProcessEnvironment processEnvironment() const;
    // The same variables set in this process, HF_TOKEN_PATH unset: for views that make their
    // own HubClient from the environment (SpacesPage).
    void exportEnvironment() const;
    // The Hub's recorded requests with this method ("POST"), in order.
    [[nodiscard]] QList<FakeHub::Request> requests(const QByteArray &method) const;

private:
    Options m_options;
    std::unique_ptr<FakeHub> m_hub;
    std::unique_ptr<HubClient> m_client;
    QTemporaryDir m_home;
    QTemporaryDir m_folder;
};

} // namespace hubdeck::test
