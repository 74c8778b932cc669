#include "CliRun.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace hubdeck::test {

CliRun CliRun::run(const QStringList &arguments, const QStringList &env, int timeoutMs)
{
    return runProgram(qEnvironmentVariable("HUBDECK_CLI"), arguments, env, timeoutMs);
}

CliRun CliRun::runProgram(const QString &program, const QStringList &arguments, const QStringList &env, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"COLUMNS", "HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "HF_HOME", "XDG_CACHE_HOME"})
        environment.remove(QString::fromLatin1(name));
    for (const QString &pair : env)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.closeWriteChannel(); // stdin is a pipe, never a terminal
    CliRun result;
    result.finished = process.waitForFinished(timeoutMs);
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
