#include "CliProcess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>

namespace hubdeck::test {

CliProcess CliProcess::run(const QStringList &arguments, const QMap<QString, QString> &env, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"HF_TOKEN", "HF_TOKEN_PATH", "HF_ENDPOINT", "COLUMNS"})
        environment.remove(QString::fromLatin1(name));
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (it.value().isNull())
            environment.remove(it.key());
        else
            environment.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    process.start(qEnvironmentVariable("HUBDECK_CLI"), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(timeoutMs))
        qFatal("hubdeck-cli did not finish");
    CliProcess result;
    result.elapsedMs = clock.elapsed();
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace hubdeck::test
