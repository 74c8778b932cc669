// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CliDeletion.h"
#include "CliOutput.h"

#include <QCommandLineOption>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace hubdeck {
class DeletionPlanner;
struct CacheScan;
struct DeletionPlan;
struct VerifyReport;
} // namespace hubdeck

namespace hubdeck::cli {

// `hubdeck-cli cache ls|rm|prune|verify`, with the grammar and output of `hf cache`. Options
// and flow only: ls's output is CacheListPrinter's and deleting is CliDeletion's, so the
// wording hf scripts depend on is in one place each.
class CacheCommand
{
public:
    // The commands, as CommandTable runs them: arguments[0] is the program name
    // ("hubdeck-cli cache ls"), then the command's own arguments. Each answers its --help and
    // returns an ExitCode.
    [[nodiscard]] int list(const QStringList &arguments);
    [[nodiscard]] int remove(const QStringList &arguments);
    [[nodiscard]] int prune(const QStringList &arguments);
    // `cache trim --to SIZE | --free SIZE`: TrimPicker's pick, planned and run as `rm` runs its targets.
    [[nodiscard]] int trim(const QStringList &arguments);
    [[nodiscard]] int verify(const QStringList &arguments);

private:
    // What rm, prune and verify's --delete-corrupt share once their plan is made: its lines,
    // the dry run's details, the question and the summary of what was really removed.
    struct PlanRun
    {
        bool json = false;
        bool dryRun = false;
        bool yes = false;
        QString firstLine;     // "About to delete ..."
        QString dryRunDetails; // hf's "  dry_run: True" block
        QString question;
        CliDeletion::Summarize summary;
    };

    // Adds `options` and --help, and parses: an exit code when the command ends here (a usage
    // error, or its help printed), nullopt when it goes on. `formats` lists the --format values
    // the command prints beyond the global ones (OutputFormat): a global value it does not
    // print (csv outside ls) is a usage error here.
    [[nodiscard]] std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                                           QList<QCommandLineOption> options, const QStringList &formats);
    [[nodiscard]] int runPlan(const DeletionPlan &plan, const PlanRun &run);
    [[nodiscard]] static PlanRun removalRun(const DeletionPlan &plan, const QCommandLineParser &parser, bool json, const QString &how);
    // The bytes to free: --free's size, or what the cache holds beyond --to's; nullopt and why for a bad size.
    [[nodiscard]] static std::optional<qint64> trimGoal(const QCommandLineParser &parser, const CacheScan &scan, QString *why);
    void printVerifyReport(const VerifyReport &report, bool json);
    [[nodiscard]] int deleteCorruptRevisions(const DeletionPlanner &planner, const VerifyReport &report, bool json, bool yes);
    [[nodiscard]] bool scanOrFail(const QString &dir, CacheScan &scan);
    [[nodiscard]] int usage(const QString &message, const QString &command);

    CliOutput m_out;
};

} // namespace hubdeck::cli
