// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QThread>

namespace hubdeck::test {

// A process (`sleep`, exec'd by a shell) that uses something of a fixture until this goes: a
// file it holds open as its standard input, and a folder it works in. Started and ready (the
// shell has opened the file, reached its folder and become `sleep`) once ok(); killed and waited for on
// destruction, also when a check fails half-way.
class HoldingProcess
{
public:
    struct Use
    {
        QString openFile;      // held open as stdin, when given
        QString workingFolder; // its current folder, when given
    };
    explicit HoldingProcess(const Use &use)
    {
        if (!use.openFile.isEmpty())
            m_process.setStandardInputFile(use.openFile);
        if (!use.workingFolder.isEmpty())
            m_process.setWorkingDirectory(use.workingFolder);
        m_process.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo ready; exec sleep 60")});
        m_ok = m_process.waitForStarted(5000) && m_process.waitForReadyRead(5000) && runs(m_process.processId(), QStringLiteral("sleep"));
    }

    // Whether process `pid` runs `command` within 5 s. "ready" comes from the shell before it
    // execs, so a check that names the process could still see the shell (CI saw "sh").
    [[nodiscard]] static bool runs(qint64 pid, const QString &command)
    {
        const QDeadlineTimer deadline(5000);
        do {
            QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
            if (comm.open(QIODevice::ReadOnly) && QString::fromLocal8Bit(comm.readAll()).trimmed() == command)
                return true;
            QThread::msleep(5);
        } while (!deadline.hasExpired());
        return false;
    }
    ~HoldingProcess()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    HoldingProcess(const HoldingProcess &) = delete;
    HoldingProcess &operator=(const HoldingProcess &) = delete;

    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    bool m_ok = false;
};

} // namespace hubdeck::test
