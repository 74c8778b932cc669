// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace hubdeck::test {

// A python3 script that uses something of a fixture (maps a file, holds one open from a thread
// of its own) until this goes: it prints "ready" once it does. Killed and waited for on
// destruction, also when a check fails half-way.
class ScriptProcess
{
public:
    ScriptProcess(const QString &script, const QStringList &arguments)
    {
        m_process.start(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), script} + arguments);
        m_started = m_process.waitForStarted(5000);
    }
    ~ScriptProcess()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    ScriptProcess(const ScriptProcess &) = delete;
    ScriptProcess &operator=(const ScriptProcess &) = delete;

    // False where there is no python3 to run it: the test is skipped, not failed.
    [[nodiscard]] bool started() const { return m_started; }
    // Waits for its "ready"; what it wrote to stderr otherwise (an assertion of the script).
    [[nodiscard]] bool ready(QString *why)
    {
        if (m_process.waitForReadyRead(10000))
            return true;
        *why = QString::fromLocal8Bit(m_process.readAllStandardError());
        return false;
    }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    bool m_started = false;
};

} // namespace hubdeck::test
