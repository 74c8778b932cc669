#include "AuthCommand.h"
#include "CacheCommand.h"
#include "CliOutput.h"
#include "ExitCode.h"
#include "PosixFs.h"
#include "SpacesCommand.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace hubdeck::cli;

namespace {
const char *const kUsage = "Usage: hubdeck-cli <group> <command> [options]\n\n"
                           "Groups:\n"
                           "  cache   Inspect and clean the Hugging Face hub cache (ls, rm, prune).\n"
                           "  spaces  List and run your Spaces: hardware, storage, secrets, variables, logs.\n"
                           "  auth    Sign in and out (login, logout, whoami).\n\n"
                           "Options:\n"
                           "  -h, --help     Show this help.\n"
                           "  --version      Show the version.\n"
                           "  --no-truncate  Do not shorten values to fit tables in the terminal.\n"
                           "  -q, --quiet    Print only the ids of listed items, one per line.\n\n"
                           "Run 'hubdeck-cli <group> --help' for a group's commands.\n";
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hubdeck-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUBDECK_VERSION));
    // --no-truncate and -q are global, as in hf: taken out wherever they stand.
    QStringList arguments;
    CliOutput out;
    // Arguments are file names too: decoded as PosixFs decodes a name, so that a repo folder or
    // --dir whose name is not UTF-8 can be named (QCoreApplication::arguments() loses the bytes).
    for (int i = 0; i < argc; ++i) {
        const QString argument = hubdeck::PosixFs::decode(QByteArray(argv[i]));
        if (argument == u"--no-truncate") {
            CliOutput::setNoTruncate(true);
        } else if (argument == u"-q" || argument == u"--quiet") {
            CliOutput::setQuiet(true);
        } else if (argument.startsWith(QStringLiteral("--no-truncate="))) {
            out.error(QStringLiteral("Option '--no-truncate' does not take a value."));
            return ExitCode::UsageError;
        } else {
            arguments.append(argument);
        }
    }
    const QString group = arguments.value(1);
    if (group == u"cache")
        return CacheCommand().run(arguments);
    if (group == u"spaces" || group == u"auth") {
        // The command is done, its output written (CliOutput flushes every line) and its
        // files closed, but Qt's network thread may still be draining a reply it aborted (a
        // server that sends headers without end), and QNetworkAccessManager waits up to 5 s
        // for that thread when it is destroyed. Leave without destroying it: a Hub command
        // ends within about twice --timeout.
        SpacesCommand spaces;
        AuthCommand auth;
        const int code = group == u"spaces" ? spaces.run(arguments) : auth.run(arguments);
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(code);
    }
    if (group == u"--version") {
        out.text(QStringLiteral("hubdeck-cli %1").arg(QCoreApplication::applicationVersion()));
        return ExitCode::Success;
    }
    if (group == u"--help" || group == u"-h") {
        out.raw(QString::fromLatin1(kUsage));
        return ExitCode::Success;
    }
    if (group.isEmpty())
        out.raw(QString::fromLatin1(kUsage));
    else
        out.error(QStringLiteral("Unknown command group '%1'. Run 'hubdeck-cli --help'.").arg(group));
    return ExitCode::UsageError;
}
