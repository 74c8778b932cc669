// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CliRun.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>

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

CliRun CliRun::cache(const QString &command, const QString &root, const QStringList &more)
{
    return run(QStringList{QStringLiteral("cache"), command, QStringLiteral("--dir"), root} + more);
}

} // namespace hubdeck::test
