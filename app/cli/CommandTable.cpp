// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CommandTable.h"

#include "AuthCommand.h"
#include "CacheCommand.h"
#include "CliOutput.h"
#include "CliSession.h"
#include "ExitCode.h"
#include "HomeCommand.h"
#include "SpacesCreateCommands.h"
#include "SpacesEnvironmentCommands.h"
#include "SpacesLogsCommand.h"
#include "SpacesRuntimeCommands.h"
#include "SpacesStageCommands.h"
#include "SpacesUploadCommand.h"

#include <algorithm>
#include <utility>

namespace hubdeck::cli {

namespace {

// Handlers: one method of a command class. The cache commands need nothing from the session;
// the spaces commands share its SpacesContext, and auth's client lives in it.
template <int (CacheCommand::*method)(const QStringList &)>
int cache(CliSession &, const QStringList &arguments)
{
    CacheCommand command;
    return (command.*method)(arguments);
}

template <int (HomeCommand::*method)(const QStringList &)>
int home(CliSession &, const QStringList &arguments)
{
    HomeCommand command;
    return (command.*method)(arguments);
}

template <typename Commands, int (Commands::*method)(const QStringList &)>
int spaces(CliSession &session, const QStringList &arguments)
{
    Commands commands(session.spaces());
    return (commands.*method)(arguments);
}

template <int (AuthCommand::*method)(const QStringList &)>
int auth(CliSession &session, const QStringList &arguments)
{
    return (session.auth().*method)(arguments);
}

using Row = std::pair<QString, QString>;

// "  left  right" lines, the right column two spaces after the longest left. A left longer
// than kMaxLeft stands on a line of its own, its right on the next line in the column, so
// that one long synopsis does not push every summary off a 100-column terminal.
QString columns(const QList<Row> &rows)
{
    constexpr qsizetype kMaxLeft = 46;
    qsizetype width = 0;
    for (const auto &[left, right] : rows)
        if (left.size() <= kMaxLeft)
            width = std::max(width, left.size());
    const QString indent(2 + width + 2, u' ');
    QString text;
    for (const auto &[left, right] : rows) {
        if (right.isEmpty())
            text += QStringLiteral("  ") + left + u'\n';
        else if (left.size() <= width)
            text += QStringLiteral("  ") + left.leftJustified(width) + QStringLiteral("  ") + right + u'\n';
        else
            text += QStringLiteral("  ") + left + u'\n' + indent + right + u'\n';
    }
    return text;
}

QString withSynopsis(const CommandTable::Command &command)
{
    return command.synopsis.isEmpty() ? command.name : command.name + u' ' + command.synopsis;
}

// Taken out of the arguments by main wherever they stand.
const QList<Row> &globalOptions()
{
    static const QList<Row> options{
        {QStringLiteral("-h, --help"), QStringLiteral("Show this help.")},
        {QStringLiteral("--version"), QStringLiteral("Show the version.")},
        {QStringLiteral("--no-truncate"), QStringLiteral("Do not shorten values to fit tables in the terminal.")},
    };
    return options;
}

// Taken out of the arguments by main wherever they stand (OutputFormat), as hf's
// "Formatting options".
const QList<Row> &formattingOptions()
{
    static const QList<Row> options{
        {QStringLiteral("--format FORMAT"),
         QStringLiteral("auto (the default: agent under an AI agent, else human), human or table, agent,")},
        {QStringLiteral(""), QStringLiteral("json, quiet; csv for 'cache ls'.")},
        {QStringLiteral("--json"), QStringLiteral("JSON output. Equivalent to '--format json'.")},
        {QStringLiteral("-q, --quiet"), QStringLiteral("Quiet output (one ID per line). Equivalent to '--format quiet'.")},
    };
    return options;
}

// Makes a group's commands: command(name, synopsis, summary, handler, aliases).
auto inGroup(const QString &group)
{
    return [group](const char *name, const char *synopsis, const char *summary, CommandTable::Handler handler,
                   const QStringList &aliases = {}) {
        return CommandTable::Command{.group = group,
                                     .name = QString::fromUtf8(name),
                                     .aliases = aliases,
                                     .synopsis = QString::fromUtf8(synopsis),
                                     .summary = QString::fromUtf8(summary),
                                     .handler = handler};
    };
}

QList<CommandTable::Command> homeCommands()
{
    const auto command = inGroup(QStringLiteral("home"));
    return {
        command("ls", "", "List everything in the Hugging Face home: hub, xet, datasets, assets, modules.", &home<&HomeCommand::list>,
                {QStringLiteral("list")}),
        command("rm", "", "Delete entries of the Hugging Face home (xet caches, dataset caches, downloads...).",
                &home<&HomeCommand::remove>),
    };
}

QList<CommandTable::Command> cacheCommands()
{
    const auto command = inGroup(QStringLiteral("cache"));
    return {
        command("ls", "", "List cached repositories or revisions.", &cache<&CacheCommand::list>, {QStringLiteral("list")}),
        command("rm", "", "Remove cached repositories or revisions.", &cache<&CacheCommand::remove>),
        command("prune", "", "Remove detached revisions and incomplete downloads.", &cache<&CacheCommand::prune>),
        command("trim", "", "Free space: delete the least recently accessed revisions first.", &cache<&CacheCommand::trim>),
        command("verify", "", "Check blobs against the hashes in their names.", &cache<&CacheCommand::verify>),
    };
}

QList<CommandTable::Command> spacesCommands()
{
    const auto command = inGroup(QStringLiteral("spaces"));
    return {
        command("ls", "[--author NAME] [--limit N]", "List Spaces (default: yours)",
                &spaces<SpacesRuntimeCommands, &SpacesRuntimeCommands::list>, {QStringLiteral("list")}),
        command("info", "SPACE", "Show a Space and its runtime", &spaces<SpacesRuntimeCommands, &SpacesRuntimeCommands::info>),
        command("pause", "SPACE", "Pause a Space", &spaces<SpacesRuntimeCommands, &SpacesRuntimeCommands::pause>),
        command("restart", "SPACE [--factory-reboot]", "Restart (or rebuild from scratch)",
                &spaces<SpacesRuntimeCommands, &SpacesRuntimeCommands::restart>),
        command("hardware", "", "List the hardware catalogue", &spaces<SpacesRuntimeCommands, &SpacesRuntimeCommands::hardware>),
        command("settings", "SPACE [--hardware F] [--sleep-time S]", "Change hardware and/or sleep time (-1: never)",
                &spaces<SpacesRuntimeCommands, &SpacesRuntimeCommands::settings>),
        command("wait", "SPACE [--timeout DURATION]", "Wait until a Space runs (exit 1 if it settles on another stage)",
                &spaces<SpacesStageCommands, &SpacesStageCommands::wait>),
        command("dev-mode", "SPACE [--stop]", "Turn dev mode on (or off with --stop)",
                &spaces<SpacesStageCommands, &SpacesStageCommands::devMode>),
        command("storage", "SPACE (--tier small|medium|large | --delete [--yes])", "Request persistent storage, or delete it",
                &spaces<SpacesRuntimeCommands, &SpacesRuntimeCommands::storage>),
        command("volumes", "ls SPACE | set SPACE -v hf://[TYPE/]SOURCE[@REV][/PATH]:/MOUNT[:ro|:rw]... | delete SPACE [--yes]",
                "List, set or remove a Space's volumes", &spaces<SpacesRuntimeCommands, &SpacesRuntimeCommands::volumes>),
        command("secrets", "ls SPACE | add SPACE (-s KEY[=VALUE]... | --secrets-file F) [--description T] | delete SPACE KEY [--yes]",
                "List, add or delete secrets (values never shown)",
                &spaces<SpacesEnvironmentCommands, &SpacesEnvironmentCommands::secrets>),
        command("variables", "ls SPACE | add SPACE (-e KEY=VALUE... | --env-file F) [--description T] | delete SPACE KEY [--yes]",
                "List, add or delete variables", &spaces<SpacesEnvironmentCommands, &SpacesEnvironmentCommands::variables>),
        command("logs", "SPACE [--build] [-f|--follow] [-n N]", "Print build or run logs",
                &spaces<SpacesLogsCommand, &SpacesLogsCommand::run>),
        command("duplicate",
                "FROM [TO] [--private|--public|--protected] [--hardware F] [--storage T] [--sleep-time S] [-s K=V]... "
                "[--secrets-file F] [-e K=V]... [--env-file F] [-v hf://SRC:/MOUNT]... [--exist-ok]",
                "Copy a Space, with the settings given", &spaces<SpacesCreateCommands, &SpacesCreateCommands::duplicate>),
        command("create", "NAME (--sdk gradio|docker|static|streamlit | --template T) [--organization ORG] [same options as duplicate]",
                "Create a Space", &spaces<SpacesCreateCommands, &SpacesCreateCommands::create>),
        command("upload", "SPACE [FOLDER] [--path-in-repo P] [--include|--exclude|--delete GLOB]... [--create --sdk SDK] [--dry-run]",
                "Upload a folder to a Space in one commit (unchanged files are not sent)",
                &spaces<SpacesUploadCommand, &SpacesUploadCommand::run>),
    };
}

QList<CommandTable::Command> authCommands()
{
    const auto command = inGroup(QStringLiteral("auth"));
    return {
        command("login", "[--token TOKEN] [--token-name NAME]", "Check a token with the Hub, store it by name and make it active",
                &auth<&AuthCommand::login>),
        command("list", "", "List the stored tokens (masked), the active one marked", &auth<&AuthCommand::list>, {QStringLiteral("ls")}),
        command("switch", "[--token-name NAME]", "Make another stored token the active one", &auth<&AuthCommand::switchTo>),
        command("logout", "[--token-name NAME]", "Remove one stored token, or all saved tokens", &auth<&AuthCommand::logout>),
        command("whoami", "", "Show the signed-in user, their organisations and the token's role", &auth<&AuthCommand::whoami>),
    };
}

} // namespace

CommandTable::CommandTable(QList<Group> groups, QList<Command> commands)
    : m_groups(std::move(groups))
    , m_commands(std::move(commands))
{}

const CommandTable &CommandTable::instance()
{
    using Style = UsageStyle;
    static const CommandTable table(
        {
            {.name = QStringLiteral("cache"),
             .summary = QStringLiteral("Inspect and clean the Hugging Face hub cache (%1)."),
             .notes = QStringLiteral("Run 'hubdeck-cli cache <command> --help' for a command's options.\n"),
             .style = Style::HelpThenSeeHint,
             .callsHub = false},
            {.name = QStringLiteral("home"),
             .summary = QStringLiteral("See and clean the whole Hugging Face home beyond the hub cache (%1)."),
             .notes = QStringLiteral("Run 'hubdeck-cli home <command> --help' for a command's options.\n"),
             .style = Style::HelpThenSeeHint,
             .callsHub = false},
            {.name = QStringLiteral("spaces"),
             .summary = QStringLiteral("List and run your Spaces: hardware, storage, secrets, variables, logs."),
             .notes = QStringLiteral(
                 "Every command takes --token TOKEN and --timeout SECONDS (default 30).\n"
                 "For 'wait', --timeout is the whole wait (30s, 5m, 1h; default: no limit).\n"
                 "A secret given as -s KEY (no '=') is read from the environment variable KEY, or asked for without echo.\n"),
             .style = Style::HelpThenRunHelp,
             .callsHub = true},
            {.name = QStringLiteral("auth"),
             .summary = QStringLiteral("Sign in and out (%1)."),
             .notes = QString(),
             .style = Style::OneLineUsage,
             .callsHub = true},
        },
        cacheCommands() + homeCommands() + spacesCommands() + authCommands());
    return table;
}

const CommandTable::Group *CommandTable::group(const QString &name) const
{
    const auto found = std::find_if(m_groups.cbegin(), m_groups.cend(), [&](const Group &group) { return group.name == name; });
    return found == m_groups.cend() ? nullptr : &*found;
}

QList<CommandTable::Command> CommandTable::commands(const QString &group) const
{
    QList<Command> inGroup;
    std::copy_if(m_commands.cbegin(), m_commands.cend(), std::back_inserter(inGroup),
                 [&](const Command &command) { return command.group == group; });
    return inGroup;
}

const CommandTable::Command *CommandTable::command(const QString &group, const QString &nameOrAlias) const
{
    const auto found = std::find_if(m_commands.cbegin(), m_commands.cend(), [&](const Command &command) {
        return command.group == group && (command.name == nameOrAlias || command.aliases.contains(nameOrAlias));
    });
    return found == m_commands.cend() ? nullptr : &*found;
}

QString CommandTable::help() const
{
    QList<Row> groups;
    for (const Group &group : m_groups) {
        QStringList names;
        for (const Command &command : commands(group.name))
            names.append(command.name);
        groups.append({group.name, QString(group.summary).replace(QStringLiteral("%1"), names.join(QStringLiteral(", ")))});
    }
    return QStringLiteral("Usage: hubdeck-cli <group> <command> [options]\n\nGroups:\n") + columns(groups) +
           QStringLiteral("\nOptions:\n") + columns(globalOptions()) + QStringLiteral("\nFormatting options:\n") +
           columns(formattingOptions()) + QStringLiteral("\nRun 'hubdeck-cli <group> --help' for a group's commands.\n");
}

QString CommandTable::help(const Group &group) const
{
    QList<Row> rows;
    for (const Command &command : commands(group.name))
        rows.append({withSynopsis(command), command.summary});
    const QString usage = group.style == UsageStyle::OneLineUsage
                              ? oneLineUsage(group)
                              : QStringLiteral("Usage: hubdeck-cli %1 <command> [options]").arg(group.name);
    return usage + QStringLiteral("\n\nCommands:\n") + columns(rows) + (group.notes.isEmpty() ? QString() : u'\n' + group.notes);
}

QString CommandTable::oneLineUsage(const Group &group) const
{
    QStringList alternatives;
    for (const Command &command : commands(group.name))
        alternatives.append(withSynopsis(command));
    return QStringLiteral("Usage: hubdeck-cli %1 %2").arg(group.name, alternatives.join(QStringLiteral(" | ")));
}

int CommandTable::run(const Group &group, const QStringList &arguments, CliSession &session, CliOutput &out) const
{
    const QString name = arguments.value(2);
    if (const Command *found = command(group.name, name))
        return found->handler(session, QStringList{QStringLiteral("hubdeck-cli %1 %2").arg(group.name, name)} + arguments.mid(3));
    if (name == u"--help" || name == u"-h") {
        out.raw(help(group));
        return ExitCode::Success;
    }
    switch (group.style) {
    case UsageStyle::HelpThenSeeHint:
        if (name.isEmpty()) {
            out.raw(help(group));
        } else {
            out.error(QStringLiteral("Unknown %1 command '%2'.").arg(group.name, name));
            out.hint(QStringLiteral("See 'hubdeck-cli %1 --help'.").arg(group.name));
        }
        break;
    case UsageStyle::HelpThenRunHelp:
        if (name.isEmpty())
            out.raw(help(group));
        else
            out.error(QStringLiteral("Unknown %1 command '%2'. Run 'hubdeck-cli %1 --help'.").arg(group.name, name));
        break;
    case UsageStyle::OneLineUsage:
        out.error(name.isEmpty() ? QStringLiteral("Missing command.") : QStringLiteral("Unknown %1 command '%2'.").arg(group.name, name));
        out.hint(oneLineUsage(group));
        break;
    }
    return ExitCode::UsageError;
}

} // namespace hubdeck::cli
