#include "SpacesCommand.h"

#include "ExitCode.h"
#include "SpacesCreateCommands.h"
#include "SpacesEnvironmentCommands.h"
#include "SpacesLogsCommand.h"
#include "SpacesRuntimeCommands.h"

namespace hubdeck::cli {

namespace {

const char *const kUsage =
    "Usage: hubdeck-cli spaces <command> [options]\n\n"
    "Commands:\n"
    "  ls [--author NAME] [--limit N]                 List Spaces (default: yours)\n"
    "  info SPACE                                     Show a Space and its runtime\n"
    "  pause SPACE                                    Pause a Space\n"
    "  restart SPACE [--factory-reboot]               Restart (or rebuild from scratch)\n"
    "  hardware                                       List the hardware catalogue\n"
    "  settings SPACE [--hardware F] [--sleep-time S] Change hardware and/or sleep time (-1: never)\n"
    "  storage SPACE (--tier small|medium|large | --delete [--yes])\n"
    "  volumes ls SPACE | set SPACE -v TYPE=SOURCE:MOUNT[:ro]... | delete SPACE [--yes]\n"
    "  secrets ls SPACE | add SPACE -s KEY[=VALUE]... [--description T] | delete SPACE KEY [--yes]\n"
    "  variables ls SPACE | add SPACE -e KEY=VALUE... [--description T] | delete SPACE KEY [--yes]\n"
    "  logs SPACE [--build] [-f|--follow] [-n N]      Print build or run logs\n"
    "  duplicate FROM [TO] [--private|--public] [--hardware F] [--storage T] [--sleep-time S] [-s K=V]... [-e K=V]...\n"
    "  create NAME --sdk gradio|docker|static|streamlit [--organization ORG] [same options as duplicate]\n\n"
    "Every command takes --token TOKEN, --timeout SECONDS (default 30) and --format table|json.\n"
    "A secret given as -s KEY (no '=') is read from the environment variable KEY, or asked for without echo.\n";

} // namespace

int SpacesCommand::run(const QStringList &arguments)
{
    const QString command = arguments.value(2);
    const QStringList rest = QStringList{QStringLiteral("hubdeck-cli spaces ") + command} + arguments.mid(3);
    SpacesRuntimeCommands runtime(m_context);
    SpacesEnvironmentCommands environment(m_context);
    SpacesCreateCommands creation(m_context);
    SpacesLogsCommand logs(m_context);
    if (command == u"ls" || command == u"list")
        return runtime.list(rest);
    if (command == u"info")
        return runtime.info(rest);
    if (command == u"pause")
        return runtime.pause(rest);
    if (command == u"restart")
        return runtime.restart(rest);
    if (command == u"hardware")
        return runtime.hardware(rest);
    if (command == u"settings")
        return runtime.settings(rest);
    if (command == u"storage")
        return runtime.storage(rest);
    if (command == u"volumes")
        return runtime.volumes(rest);
    if (command == u"secrets")
        return environment.secrets(rest);
    if (command == u"variables")
        return environment.variables(rest);
    if (command == u"logs")
        return logs.run(rest);
    if (command == u"duplicate")
        return creation.duplicate(rest);
    if (command == u"create")
        return creation.create(rest);
    CliOutput &out = m_context.out();
    if (command == u"--help" || command == u"-h") {
        out.raw(QString::fromLatin1(kUsage));
        return ExitCode::Success;
    }
    if (command.isEmpty()) {
        out.raw(QString::fromLatin1(kUsage));
        return ExitCode::UsageError;
    }
    out.error(QStringLiteral("Unknown spaces command '%1'. Run 'hubdeck-cli spaces --help'.").arg(command));
    return ExitCode::UsageError;
}

} // namespace hubdeck::cli
