// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hubdeck::cli {

class CliOutput;
class CliSession;

// The CLI's grammar: its groups (cache, spaces, auth) and their commands. main dispatches from
// it, and the top-level and group help, the list of a group's commands and the answers to a
// missing or unknown command are made from it, so adding a command is adding one entry to
// the table in CommandTable.cpp. Each command parses its own options.
class CommandTable
{
public:
    // Runs one command and returns its exit code (ExitCode.h). arguments[0] is
    // "hubdeck-cli <group> <command as typed>" (the program name QCommandLineParser skips),
    // then the command's own arguments.
    using Handler = int (*)(CliSession &session, const QStringList &arguments);

    struct Command
    {
        QString group;
        QString name;
        QStringList aliases; // accepted as the name is, not listed in help
        // Its arguments, as the group's help shows them after the name; empty in a group whose
        // commands have --help pages of their own (cache).
        QString synopsis;
        QString summary; // one line, in the group's help
        Handler handler = nullptr;
    };

    // How a group answers a missing or an unknown command. Each group keeps the words it
    // had before the table, which scripts may match; all of them exit with UsageError.
    enum class UsageStyle {
        // No command: the group's help. Unknown: "Unknown cache command 'x'." and the hint
        // "See 'hubdeck-cli cache --help'.".
        HelpThenSeeHint,
        // No command: the group's help. Unknown: "Unknown spaces command 'x'. Run
        // 'hubdeck-cli spaces --help'.".
        HelpThenRunHelp,
        // The usage fits on one line ("Usage: hubdeck-cli auth login [--token TOKEN] |
        // logout | whoami"); it starts the help, and is the hint after "Missing command." or
        // "Unknown auth command 'x'.".
        OneLineUsage,
    };

    struct Group
    {
        QString name;
        QString summary; // one line in the top-level help; "%1" is replaced by its command names
        QString notes;   // lines after the list of commands, or empty
        UsageStyle style = UsageStyle::HelpThenRunHelp;
        // Its commands call the Hub: main leaves with std::_Exit after them (see main.cpp).
        bool callsHub = false;
    };

    // The CLI's table, in the order help lists it.
    [[nodiscard]] static const CommandTable &instance();

    [[nodiscard]] const QList<Group> &groups() const { return m_groups; }
    // nullptr when there is no such group.
    [[nodiscard]] const Group *group(const QString &name) const;
    [[nodiscard]] QList<Command> commands(const QString &group) const;
    // By name or alias; nullptr when the group has no such command.
    [[nodiscard]] const Command *command(const QString &group, const QString &nameOrAlias) const;

    // `hubdeck-cli --help`: usage, groups, global options.
    [[nodiscard]] QString help() const;
    // `hubdeck-cli <group> --help`: usage, commands, notes.
    [[nodiscard]] QString help(const Group &group) const;
    // "Usage: hubdeck-cli <group> " and every command with its synopsis, joined with " | ";
    // without a newline.
    [[nodiscard]] QString oneLineUsage(const Group &group) const;

    // Runs `hubdeck-cli <group> <command> ...` (arguments from the program name on, the global
    // options taken out): the command's handler, or the group's help, or a usage error.
    // Returns the exit code.
    [[nodiscard]] int run(const Group &group, const QStringList &arguments, CliSession &session, CliOutput &out) const;

private:
    CommandTable(QList<Group> groups, QList<Command> commands);

    QList<Group> m_groups;
    QList<Command> m_commands;
};

} // namespace hubdeck::cli
