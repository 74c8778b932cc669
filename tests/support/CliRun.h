// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

namespace hubdeck::test {

// One run of hubdeck-cli (the path in $HUBDECK_CLI), stdin closed, with no hub-cache, Hub or
// token variable of the caller's environment. A run that does not end within the timeout is
// killed and reported as not finished, so a hang fails a test instead of blocking it. This
// process's event loop keeps running meanwhile, so a fake Hub in the test can answer.
struct CliRun
{
    bool finished = false;
    bool crashed = false; // killed by a signal (the fault shim's stop, or a crash)
    int code = -1;        // exit code; -1 when not finished or crashed
    QString out;          // as UTF-8
    QString err;
    QByteArray outBytes; // as written, for tests of what reaches a terminal
    QByteArray errBytes;
    qint64 elapsedMs = 0; // from start to exit, for tests of deadlines
    // When its exit (or the kill at the timeout) was seen. A deadline test measures from the
    // CLI's first request to this, so the time a loaded machine takes to start a process is
    // not charged to the command's deadline.
    std::chrono::steady_clock::time_point exitedAt;

    // env: "NAME=value" pairs added to the environment.
    [[nodiscard]] static CliRun run(const QStringList &arguments, const QStringList &env = {}, int timeoutMs = 30000);
    // Another program (a shell that execs hubdeck-cli with bytes QProcess cannot pass).
    [[nodiscard]] static CliRun runProgram(const QString &program, const QStringList &arguments, const QStringList &env = {},
                                           int timeoutMs = 30000);
    // hubdeck-cli on a terminal of its own (a pseudo-terminal), as a person runs it: at each
    // "[y/N]" prompt, beforeAnswer(i) is called, then answers[i] is typed (none left: the run is
    // killed and reported as not finished). out holds all it wrote, stdout and stderr together,
    // with the answers echoed; err stays empty.
    [[nodiscard]] static CliRun runOnTerminal(const QStringList &arguments, const QStringList &answers,
                                              const std::function<void(int)> &beforeAnswer = {}, int timeoutMs = 30000);
    // "cache <command> --dir <root>" followed by more.
    [[nodiscard]] static CliRun cache(const QString &command, const QString &root, const QStringList &more = {});
};

} // namespace hubdeck::test
