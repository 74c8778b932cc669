// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CliRun.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

namespace hubdeck::test {

CliRun CliRun::run(const QStringList &arguments, const QStringList &env, int timeoutMs)
{
    return runProgram(qEnvironmentVariable("HUBDECK_CLI"), arguments, env, timeoutMs);
}

CliRun CliRun::runProgram(const QString &program, const QStringList &arguments, const QStringList &env, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"COLUMNS", "HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "HF_HOME", "XDG_CACHE_HOME", "HF_TOKEN",
                             "HUGGING_FACE_HUB_TOKEN", "HF_TOKEN_PATH", "HF_ENDPOINT"})
        environment.remove(QString::fromLatin1(name));
    for (const QString &pair : env)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    process.setProcessEnvironment(environment);
    QSignalSpy exited(&process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    process.closeWriteChannel(); // stdin is a pipe, never a terminal
    CliRun result;
    result.finished = exited.wait(timeoutMs);
    result.elapsedMs = clock.elapsed();
    result.exitedAt = std::chrono::steady_clock::now();
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.crashed = result.finished && process.exitStatus() == QProcess::CrashExit;
    result.code = result.finished && !result.crashed ? process.exitCode() : -1;
    result.outBytes = process.readAllStandardOutput();
    result.errBytes = process.readAllStandardError();
    result.out = QString::fromUtf8(result.outBytes);
    result.err = QString::fromUtf8(result.errBytes);
    return result;
}

CliRun CliRun::runOnTerminal(const QStringList &arguments, const QStringList &answers, const std::function<void(int)> &beforeAnswer,
                             int timeoutMs)
{
    // Everything the child needs is made before the fork: after it, only async-signal-safe calls.
    QList<QByteArray> argv{qgetenv("HUBDECK_CLI")};
    for (const QString &argument : arguments)
        argv.append(argument.toLocal8Bit());
    std::vector<char *> args;
    for (QByteArray &arg : argv)
        args.push_back(arg.data());
    args.push_back(nullptr);
    QList<QByteArray> envStrings;
    const QStringList removed{QStringLiteral("COLUMNS"),
                              QStringLiteral("HF_HUB_CACHE"),
                              QStringLiteral("HUGGINGFACE_HUB_CACHE"),
                              QStringLiteral("HF_HOME"),
                              QStringLiteral("XDG_CACHE_HOME"),
                              QStringLiteral("HF_TOKEN"),
                              QStringLiteral("HUGGING_FACE_HUB_TOKEN"),
                              QStringLiteral("HF_TOKEN_PATH"),
                              QStringLiteral("HF_ENDPOINT")};
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &name : system.keys())
        if (!removed.contains(name))
            envStrings.append((name + u'=' + system.value(name)).toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &pair : envStrings)
        envp.push_back(pair.data());
    envp.push_back(nullptr);

    CliRun result;
    int terminal = -1;
    const pid_t pid = ::forkpty(&terminal, nullptr, nullptr, nullptr);
    if (pid < 0)
        return result;
    if (pid == 0) {
        ::execve(args.front(), args.data(), envp.data());
        ::_exit(127);
    }
    QElapsedTimer clock;
    clock.start();
    QByteArray unanswered; // written since the last answer
    int answered = 0;
    bool killed = false;
    for (;;) {
        pollfd fd{terminal, POLLIN, 0};
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0 || ::poll(&fd, 1, int(std::min<qint64>(left, 1000))) < 0) {
            if (left > 0 && errno == EINTR)
                continue;
            if (left <= 0) {
                ::kill(pid, SIGKILL);
                killed = true;
                break;
            }
            continue;
        }
        char buffer[4096];
        const ssize_t read = ::read(terminal, buffer, sizeof buffer);
        if (read <= 0) { // EIO: the child closed its end, it has exited
            if (read < 0 && errno == EINTR)
                continue;
            break;
        }
        result.outBytes.append(buffer, read);
        unanswered.append(buffer, read);
        if (!unanswered.contains("[y/N]"))
            continue;
        unanswered.clear();
        if (answered >= answers.size()) {
            ::kill(pid, SIGKILL);
            killed = true;
            break;
        }
        if (beforeAnswer)
            beforeAnswer(answered);
        const QByteArray line = answers.at(answered++).toLocal8Bit() + '\n';
        if (::write(terminal, line.constData(), size_t(line.size())) != line.size())
            break;
    }
    int status = 0;
    (void)::waitpid(pid, &status, 0);
    ::close(terminal);
    result.elapsedMs = clock.elapsed();
    result.exitedAt = std::chrono::steady_clock::now();
    result.finished = !killed;
    result.crashed = result.finished && WIFSIGNALED(status);
    result.code = result.finished && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = QString::fromUtf8(result.outBytes);
    return result;
}

CliRun CliRun::cache(const QString &command, const QString &root, const QStringList &more)
{
    return run(QStringList{QStringLiteral("cache"), command, QStringLiteral("--dir"), root} + more);
}

} // namespace hubdeck::test
