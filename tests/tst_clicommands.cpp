// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CliRun.h"
#include "GoldenFile.h"

#include <QMap>
#include <QTest>

using hubdeck::test::CliRun;
using hubdeck::test::GoldenFile;

// hubdeck-cli's grammar as a user meets it: every group's help lists each of its commands and
// each listed command runs; a missing or unknown group or command ends with the exit code and
// the words it had before the commands became a table (app/cli/CommandTable.cpp), which
// scripts may match. The help texts are golden files (tests/golden/tst_clicommands/);
// HUBDECK_UPDATE_GOLDEN=1 rewrites them: read the diff before committing.
class TestCliCommands : public QObject
{
    Q_OBJECT

    static CliRun cli(const QStringList &arguments)
    {
        const CliRun run = CliRun::run(arguments);
        if (!run.finished || run.crashed)
            qFatal("hubdeck-cli did not finish");
        return run;
    }

    static QStringList groups()
    {
        return {QStringLiteral("cache"), QStringLiteral("home"), QStringLiteral("spaces"), QStringLiteral("auth")};
    }

    // Written out here, not read from the table, so that a command dropped from it (or from
    // its group's help) fails.
    static QMap<QString, QStringList> expectedCommands()
    {
        return {
            {QStringLiteral("cache"),
             {QStringLiteral("ls"), QStringLiteral("rm"), QStringLiteral("prune"), QStringLiteral("trim"), QStringLiteral("verify")}},
            {QStringLiteral("home"), {QStringLiteral("ls"), QStringLiteral("rm")}},
            {QStringLiteral("spaces"),
             {QStringLiteral("ls"), QStringLiteral("info"), QStringLiteral("pause"), QStringLiteral("restart"), QStringLiteral("hardware"),
              QStringLiteral("settings"), QStringLiteral("wait"), QStringLiteral("dev-mode"), QStringLiteral("storage"),
              QStringLiteral("volumes"), QStringLiteral("secrets"), QStringLiteral("variables"), QStringLiteral("logs"),
              QStringLiteral("duplicate"), QStringLiteral("create"), QStringLiteral("upload")}},
            {QStringLiteral("auth"),
             {QStringLiteral("login"), QStringLiteral("list"), QStringLiteral("switch"), QStringLiteral("logout"),
              QStringLiteral("whoami")}},
        };
    }

    // The names a help lists under `heading`: the first word of each line indented by two
    // spaces exactly, up to the blank line that ends the list (a summary that does not fit
    // beside its synopsis stands on a deeper-indented line of its own).
    static QStringList listed(const QString &help, const QString &heading)
    {
        const QStringList lines = help.split(u'\n');
        qsizetype line = lines.indexOf(heading);
        if (line < 0)
            return {};
        QStringList names;
        for (++line; line < lines.size() && !lines[line].isEmpty(); ++line)
            if (lines[line].startsWith(QStringLiteral("  ")) && lines[line][2] != u' ')
                names.append(lines[line].mid(2).section(u' ', 0, 0));
        return names;
    }

private slots:
    void topLevelHelp()
    {
        for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const CliRun run = cli({flag});
            QCOMPARE(run.code, 0);
            QCOMPARE(run.err, QString());
            GoldenFile::compare(QStringLiteral("help.txt"), run.out);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(listed(run.out, QStringLiteral("Groups:")), groups());
        }
    }

    void groupHelp_data()
    {
        QTest::addColumn<QString>("group");
        for (const QString &group : groups())
            QTest::newRow(qPrintable(group)) << group;
    }
    void groupHelp()
    {
        QFETCH(QString, group);
        for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const CliRun run = cli({group, flag});
            QCOMPARE(run.code, 0);
            QCOMPARE(run.err, QString());
            GoldenFile::compare(group + QStringLiteral("-help.txt"), run.out);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(listed(run.out, QStringLiteral("Commands:")), expectedCommands().value(group));
        }
    }

    // Each listed command is dispatched: its --help runs the command's own parsing (which
    // prints its usage, or a usage error naming it), never the group's unknown-command error.
    void everyListedCommandRuns_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("command");
        const QMap<QString, QStringList> commands = expectedCommands();
        for (auto it = commands.cbegin(); it != commands.cend(); ++it)
            for (const QString &command : it.value())
                QTest::addRow("%s %s", qPrintable(it.key()), qPrintable(command)) << it.key() << command;
    }
    void everyListedCommandRuns()
    {
        QFETCH(QString, group);
        QFETCH(QString, command);
        const CliRun run = cli({group, command, QStringLiteral("--help")});
        QVERIFY2(run.code == 0 || run.code == 2, qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("Unknown %1 command").arg(group)), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("Missing command")), qPrintable(run.err));
        const QString said = run.out + run.err;
        QVERIFY2(said.contains(QStringLiteral("Usage: hubdeck-cli %1 ").arg(group)) && said.contains(command), qPrintable(said));
    }

    void aliases()
    {
        for (const QString &group : {QStringLiteral("cache"), QStringLiteral("spaces")}) {
            const CliRun ls = cli({group, QStringLiteral("ls"), QStringLiteral("--help")});
            const CliRun list = cli({group, QStringLiteral("list"), QStringLiteral("--help")});
            QCOMPARE(ls.code, 0);
            QVERIFY(ls.out.startsWith(QStringLiteral("Usage: hubdeck-cli %1 ls").arg(group)));
            QCOMPARE(list.code, ls.code);
            QCOMPARE(list.out, ls.out);
            QCOMPARE(list.err, ls.err);
        }
    }

    // The exit codes and words of hubdeck-cli before the table (checked against the build of
    // d723eac): 2, UsageError, for all of them.
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("outGolden"); // stdout is this golden file; else empty
        QTest::addColumn<QString>("err");
        const QString authUsage = QStringLiteral("Hint: Usage: hubdeck-cli auth login [--token TOKEN] [--token-name NAME] | list | switch "
                                                 "[--token-name NAME] | logout [--token-name NAME] | whoami\n");
        auto row = [](const char *name, const QStringList &arguments, const QString &outGolden, const QString &err) {
            QTest::newRow(name) << arguments << 2 << outGolden << err;
        };
        row("no group", {}, QStringLiteral("help.txt"), QString());
        row("quiet, no group", {QStringLiteral("-q")}, QString(), QString());
        row("unknown group", {QStringLiteral("bogus")}, QString(),
            QStringLiteral("Error: Unknown command group 'bogus'. Run 'hubdeck-cli --help'.\n"));
        row("unknown option as group", {QStringLiteral("--bogus")}, QString(),
            QStringLiteral("Error: Unknown command group '--bogus'. Run 'hubdeck-cli --help'.\n"));
        row("group names are case-sensitive", {QStringLiteral("Cache")}, QString(),
            QStringLiteral("Error: Unknown command group 'Cache'. Run 'hubdeck-cli --help'.\n"));
        row("--no-truncate with a value", {QStringLiteral("--no-truncate=1")}, QString(),
            QStringLiteral("Error: Option '--no-truncate' does not take a value.\n"));

        row("cache, no command", {QStringLiteral("cache")}, QStringLiteral("cache-help.txt"), QString());
        row("cache, unknown command", {QStringLiteral("cache"), QStringLiteral("bogus")}, QString(),
            QStringLiteral("Error: Unknown cache command 'bogus'.\nHint: See 'hubdeck-cli cache --help'.\n"));
        row("cache, unknown option as command", {QStringLiteral("cache"), QStringLiteral("--bogus")}, QString(),
            QStringLiteral("Error: Unknown cache command '--bogus'.\nHint: See 'hubdeck-cli cache --help'.\n"));
        row("cache, global option before the command", {QStringLiteral("cache"), QStringLiteral("--no-truncate"), QStringLiteral("bogus")},
            QString(), QStringLiteral("Error: Unknown cache command 'bogus'.\nHint: See 'hubdeck-cli cache --help'.\n"));

        row("spaces, no command", {QStringLiteral("spaces")}, QStringLiteral("spaces-help.txt"), QString());
        row("spaces, unknown command", {QStringLiteral("spaces"), QStringLiteral("bogus")}, QString(),
            QStringLiteral("Error: Unknown spaces command 'bogus'. Run 'hubdeck-cli spaces --help'.\n"));

        row("auth, no command", {QStringLiteral("auth")}, QString(), QStringLiteral("Error: Missing command.\n") + authUsage);
        row("auth, unknown command", {QStringLiteral("auth"), QStringLiteral("bogus")}, QString(),
            QStringLiteral("Error: Unknown auth command 'bogus'.\n") + authUsage);
        row("auth, command of another group", {QStringLiteral("auth"), QStringLiteral("rm")}, QString(),
            QStringLiteral("Error: Unknown auth command 'rm'.\n") + authUsage);
        row("quiet: no hint", {QStringLiteral("-q"), QStringLiteral("auth"), QStringLiteral("bogus")}, QString(),
            QStringLiteral("Error: Unknown auth command 'bogus'.\n"));
        row("auth command, unexpected argument", {QStringLiteral("auth"), QStringLiteral("whoami"), QStringLiteral("extra")}, QString(),
            QStringLiteral("Error: Unexpected argument.\n") + authUsage);
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, outGolden);
        QFETCH(QString, err);
        const CliRun run = cli(arguments);
        QCOMPARE(run.code, code);
        QCOMPARE(run.err, err);
        if (outGolden.isEmpty())
            QCOMPARE(run.out, QString());
        else
            GoldenFile::compare(outGolden, run.out);
    }

    void version()
    {
        const CliRun run = cli({QStringLiteral("--version")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, QStringLiteral("hubdeck-cli " HUBDECK_VERSION "\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
