// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CliOutput.h"
#include "CliSession.h"
#include "CommandTable.h"
#include "ExitCode.h"
#include "FileName.h"
#include "OutputFormat.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace hubdeck::cli;

namespace {

// The exit code once the output is out: a full disk or a file that cannot grow behind stdout
// cut the JSON at 4096 bytes, and exit 0 told the script all was well (attack R1). A closed
// pipe (`| head -1`) is not this: SIGPIPE ends the process first, as for any tool.
int afterOutput(int code)
{
    const bool flushed = std::fflush(stdout) == 0;
    const int error = errno;
    if (flushed && !std::ferror(stdout))
        return code;
    QTextStream err(stderr);
    err << "Error: the output could not be written"
        << (flushed ? QStringLiteral(" whole.") : QStringLiteral(": %1.").arg(QString::fromLocal8Bit(std::strerror(error)))) << '\n';
    return code == ExitCode::Success ? ExitCode::Failure : code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hubdeck-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUBDECK_VERSION));
    // --no-truncate and the output flags (OutputFormat) are global, as in hf: taken out
    // wherever they stand.
    QStringList arguments;
    CliOutput out;
    // Arguments are file names too: decoded as FileName decodes a name, so that a repo folder or
    // --dir whose name is not UTF-8 can be named (QCoreApplication::arguments() loses the bytes).
    for (int i = 0; i < argc; ++i) {
        const QString argument = hubdeck::FileName::decode(QByteArray(argv[i]));
        if (argument == u"--no-truncate") {
            CliOutput::setNoTruncate(true);
        } else if (argument.startsWith(QStringLiteral("--no-truncate="))) {
            out.error(QStringLiteral("Option '--no-truncate' does not take a value."));
            return ExitCode::UsageError;
        } else {
            arguments.append(argument);
        }
    }
    QString formatError;
    const std::optional<OutputFormat::Mode> mode = OutputFormat::take(arguments, &formatError);
    if (!mode) {
        out.error(formatError);
        return ExitCode::UsageError;
    }
    CliOutput::setMode(*mode);
    // An empty --dir (a script's unset variable) is refused, never read as "not given": that
    // would clean the default home or cache instead of the one meant.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        for (const QLatin1String option : {QLatin1String("--dir"), QLatin1String("--cache-dir")}) {
            const bool empty =
                (argument == option && i + 1 < arguments.size() && arguments.at(i + 1).isEmpty()) || argument == option + u'=';
            if (empty) {
                out.error(QStringLiteral("Option '%1' needs a folder; it was given an empty one.").arg(option));
                return ExitCode::UsageError;
            }
        }
    }
    const CommandTable &table = CommandTable::instance();
    const QString name = arguments.value(1);
    if (const CommandTable::Group *group = table.group(name)) {
        CliSession session;
        const int code = afterOutput(table.run(*group, arguments, session, out));
        if (!group->callsHub)
            return code;
        // The command is done, its output written (CliOutput flushes every line) and its
        // files closed, but Qt's network thread may still be draining a reply it aborted (a
        // server that sends headers without end), and QNetworkAccessManager waits up to 5 s
        // for that thread when it is destroyed. Leave without destroying it (the session
        // holds it): a Hub command ends within about twice --timeout.
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(code);
    }
    if (name == u"--version") {
        out.text(QStringLiteral("hubdeck-cli %1").arg(QCoreApplication::applicationVersion()));
        return afterOutput(ExitCode::Success);
    }
    if (name == u"--help" || name == u"-h") {
        out.raw(table.help());
        return afterOutput(ExitCode::Success);
    }
    if (name.isEmpty())
        out.raw(table.help());
    else
        out.error(QStringLiteral("Unknown command group '%1'. Run 'hubdeck-cli --help'.").arg(name));
    return ExitCode::UsageError;
}
