// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheCommand.h"

#include "BlobVerifier.h"
#include "BrokenLinks.h"
#include "CacheListPrinter.h"
#include "CacheListQuery.h"
#include "CacheLocation.h"
#include "CacheScanner.h"
#include "CliDeletion.h"
#include "DeletionPlanner.h"
#include "DeletionTally.h"
#include "ExitCode.h"
#include "HumanFormat.h"
#include "PrintableText.h"
#include "ScanJson.h"
#include "SelectionLedger.h"
#include "TrimPicker.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace hubdeck::cli {

namespace {

QCommandLineOption dirOption()
{
    return QCommandLineOption({QStringLiteral("dir"), QStringLiteral("cache-dir")},
                              QStringLiteral("Cache directory to scan (defaults to the Hugging Face cache)."), QStringLiteral("DIR"));
}

QString helpText(const QString &command)
{
    if (command == u"ls")
        return QStringLiteral("Usage: hubdeck-cli cache ls [--dir DIR] [--revisions] [-f|--filter EXPR]... [--sort KEY[:asc|desc]]\n"
                              "                            [--limit N] [--format table|json|csv] [--show-warnings]\n\n"
                              "List cached repositories, or their revisions with --revisions.\n\n"
                              "Filters (repeatable, all must match): size>1GB  type=model  accessed>30d  modified<7d  refs=main\n"
                              "  operators: = != > < >= <=   sizes: 500MB 1GB   ages: 12h 7d 2w 3mo 1y\n"
                              "Sort keys: accessed, modified, name, size (sizes and times newest/biggest first by default).\n");
    if (command == u"rm")
        return QStringLiteral("Usage: hubdeck-cli cache rm TARGET... [--dir DIR] [--dry-run] [-y|--yes] [--format table|json]\n\n"
                              "Remove cached repositories or revisions. A TARGET is a repo (model/org/name, dataset/..., space/...,\n"
                              "or hf://models/org/name), a 40-character revision hash, or a corrupted entry (its path or folder name).\n"
                              "A file TARGET, hf://[TYPE/]ORG/NAME/PATH, removes that file from every cached revision of the repo;\n"
                              "its blob goes once no kept file uses it. File targets cannot be mixed with other targets.\n");
    if (command == u"verify")
        return QStringLiteral("Usage: hubdeck-cli cache verify [TARGET...] [--dir DIR] [--format table|json] [--delete-corrupt [-y]]\n\n"
                              "Recompute the hashes that blob names promise (SHA-256 for LFS files, git blob SHA-1 otherwise),\n"
                              "for the given repos or revisions, or the whole cache. Exit code 1 when a blob is corrupt, missing\n"
                              "or unreadable. --delete-corrupt removes the revisions that use a bad blob, so they download again.\n");
    if (command == u"trim")
        return QStringLiteral(
            "Usage: hubdeck-cli cache trim (--to SIZE | --free SIZE) [--include-refs] [--dir DIR] [--dry-run] [-y|--yes]\n"
            "                              [--format table|json]\n\n"
            "Free space by deleting whole revisions, least recently accessed first (a revision's last access is its\n"
            "newest blob's), until at least --free SIZE is freed or the cache is at most --to SIZE. Revisions with a\n"
            "ref (main, a tag) are kept unless --include-refs. Shared blobs count once, freed with the last revision\n"
            "using them. The plan is shown as `cache rm` shows it, and asked for unless -y. Sizes: 500MB, 50GB.\n");
    Q_ASSERT(command == u"prune"); // the group's help is CommandTable's
    return QStringLiteral("Usage: hubdeck-cli cache prune [--dir DIR] [--dry-run] [-y|--yes] [--format table|json]\n\n"
                          "Remove detached revisions, incomplete downloads, unreferenced blobs and shared blobs, empty\n"
                          "repos, and the files (manifests, locks) of shared blobs that are gone.\n");
}

// Targets as typed, or as this tool shows them: "model/org/b\xff" (copied from `cache ls` or
// its JSON) names the repo whose folder has the byte 0xff. Hub ids hold no backslash, and a
// backslash that starts no escape is kept as typed.
QStringList targetsFrom(const QStringList &arguments)
{
    QStringList targets;
    for (const QString &argument : arguments)
        targets.append(argument.contains(u'\\') ? PrintableText::parseName(argument).value_or(argument) : argument);
    return targets;
}

} // namespace

int CacheCommand::usage(const QString &message, const QString &command)
{
    m_out.error(message);
    m_out.hint(QStringLiteral("See 'hubdeck-cli cache %1 --help'.").arg(command));
    return ExitCode::UsageError;
}

bool CacheCommand::scanOrFail(const QString &dir, CacheScan &scan)
{
    scan = CacheScanner::scan(CacheLocation::hubCache(dir));
    if (!scan.error.isEmpty()) {
        m_out.error(scan.error);
        return false;
    }
    return true;
}

int CacheCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dir = dirOption();
    const QCommandLineOption revisions(QStringLiteral("revisions"), QStringLiteral("List revisions."));
    const QCommandLineOption filter({QStringLiteral("f"), QStringLiteral("filter")}, QStringLiteral("Filter."), QStringLiteral("EXPR"));
    const QCommandLineOption sort(QStringLiteral("sort"), QStringLiteral("Sort key."), QStringLiteral("KEY"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Limit."), QStringLiteral("N"));
    const QCommandLineOption showWarnings(QStringLiteral("show-warnings"), QStringLiteral("Show warnings."));
    if (const auto code = parse(parser, arguments, QStringLiteral("ls"), {dir, revisions, filter, sort, limit, showWarnings},
                                {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("Unexpected argument '%1'.").arg(parser.positionalArguments().first()), QStringLiteral("ls"));

    CacheListQuery query;
    query.setIncludeRevisions(parser.isSet(revisions));
    QString error;
    for (const QString &expression : parser.values(filter))
        if (!query.addFilter(expression, &error))
            return usage(error, QStringLiteral("ls"));
    if (parser.isSet(sort) && !query.setSort(parser.value(sort), &error))
        return usage(error, QStringLiteral("ls"));
    if (parser.isSet(limit)) {
        bool ok = false;
        const int n = parser.value(limit).toInt(&ok);
        if (!ok || n < 0)
            return usage(QStringLiteral("Limit must be a positive integer, got %1.").arg(parser.value(limit)), QStringLiteral("ls"));
        query.setLimit(n);
    }

    CacheScan scan;
    if (!scanOrFail(parser.value(dir), scan))
        return ExitCode::Failure;
    const double now = HumanFormat::now();
    const QList<CacheListQuery::Entry> entries = query.run(scan, now);

    CacheListPrinter printer(m_out, query.includesRevisions());
    if (CliOutput::isJson()) {
        printer.json(scan, entries);
        return ExitCode::Success;
    }
    if (CliOutput::mode() == OutputFormat::Mode::Csv) {
        printer.csv(entries);
        return ExitCode::Success;
    }
    printer.table(scan, entries, now, query.selectsAll());
    printer.scanNotes(scan, parser.isSet(showWarnings));
    return ExitCode::Success;
}

std::optional<int> CacheCommand::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                                       QList<QCommandLineOption> options, const QStringList &formats)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Help."));
    options << help;
    parser.addOptions(options);
    if (!parser.parse(arguments))
        return usage(parser.errorText(), command);
    if (parser.isSet(help)) {
        m_out.raw(helpText(command));
        return ExitCode::Success;
    }
    // The global --format (OutputFormat) took every value but csv, which only ls prints.
    if (CliOutput::mode() == OutputFormat::Mode::Csv && !formats.contains(u"csv"))
        return usage(OutputFormat::invalidValue(QStringLiteral("csv"), false), command);
    return std::nullopt;
}

namespace {

const QCommandLineOption kYes({QStringLiteral("y"), QStringLiteral("yes")}, QStringLiteral("Skip confirmation."));
const QCommandLineOption kDryRun(QStringLiteral("dry-run"), QStringLiteral("Preview only."));

// "2 repo(s) and 3 revision(s)": what an rm plan takes, for its first line.
QStringList removalParts(const DeletionPlan &plan)
{
    QStringList parts;
    if (const int files = plan.fileCount())
        parts.append(QStringLiteral("%1 file(s)").arg(files));
    if (const int wholeRepos = plan.wholeRepoCount())
        parts.append(QStringLiteral("%1 repo(s)").arg(wholeRepos));
    if (const int partial = plan.partialRevisionCount())
        parts.append(QStringLiteral("%1 revision(s)").arg(partial));
    if (const int corrupted = plan.corruptedCount())
        parts.append(
            QStringLiteral("%1 corrupted entr%2").arg(corrupted).arg(corrupted == 1 ? QStringLiteral("y") : QStringLiteral("ies")));
    if (parts.isEmpty() && !plan.unreferencedBlobs.isEmpty())
        parts.append(QStringLiteral("%1 unreferenced blob(s)").arg(plan.unreferencedBlobs.size()));
    return parts;
}

CliDeletion::Summary removalSummary(const DeletionTally &tally)
{
    const QString freed = HumanFormat::sizeInText(tally.freedBytes);
    CliDeletion::Summary summary;
    summary.message = tally.corruptedRemoved == 0 ? QStringLiteral("Deleted %1 repo(s) and %2 revision(s); freed %3.")
                                                        .arg(tally.reposRemoved)
                                                        .arg(tally.revisionsRemoved)
                                                        .arg(freed)
                                                  : QStringLiteral("Deleted %1 repo(s), %2 revision(s) and %3 corrupted entr%4; freed %5.")
                                                        .arg(tally.reposRemoved)
                                                        .arg(tally.revisionsRemoved)
                                                        .arg(tally.corruptedRemoved)
                                                        .arg(tally.corruptedRemoved == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
                                                        .arg(freed);
    summary.details = {QStringLiteral("repos_deleted: %1").arg(tally.reposRemoved),
                       QStringLiteral("revisions_deleted: %1").arg(tally.revisionsRemoved),
                       QStringLiteral("freed: %1").arg(HumanFormat::size(tally.freedBytes))};
    return summary;
}

// A file plan's summary (`cache rm hf://org/name/PATH`): files, never repos or revisions.
CliDeletion::Summary fileRemovalSummary(const DeletionTally &tally)
{
    const QString freed = HumanFormat::sizeInText(tally.freedBytes);
    CliDeletion::Summary summary;
    summary.message = QStringLiteral("Deleted %1 file(s); freed %2.").arg(tally.filesRemoved).arg(freed);
    summary.details = {QStringLiteral("files_deleted: %1").arg(tally.filesRemoved),
                       QStringLiteral("freed: %1").arg(HumanFormat::size(tally.freedBytes))};
    return summary;
}

} // namespace

// rm's wording, which trim shares: its first line (with `how`, e.g. ", least recently
// accessed first", before the full stop), dry-run block, question and summary.
CacheCommand::PlanRun CacheCommand::removalRun(const DeletionPlan &plan, const QCommandLineParser &parser, bool json, const QString &how)
{
    const QString size = HumanFormat::sizeInText(plan.expectedFreedSize);
    PlanRun run;
    run.json = json;
    run.dryRun = parser.isSet(kDryRun);
    run.yes = parser.isSet(kYes);
    run.firstLine = QStringLiteral("About to delete %1 totalling %2%3.").arg(CliDeletion::joinList(removalParts(plan)), size, how);
    run.dryRunDetails = QStringLiteral("  dry_run: True\n  repos: %1\n  revisions: %2\n  size: %3")
                            .arg(plan.wholeRepoCount())
                            .arg(plan.revisionCount())
                            .arg(HumanFormat::size(plan.expectedFreedSize));
    run.question = QStringLiteral("Proceed with deletion?");
    run.summary = removalSummary;
    if (plan.fileCount() > 0) {
        run.dryRunDetails =
            QStringLiteral("  dry_run: True\n  files: %1\n  size: %2").arg(plan.fileCount()).arg(HumanFormat::size(plan.expectedFreedSize));
        run.summary = fileRemovalSummary;
    }
    return run;
}

namespace {

// What a prune plan takes, for its first line.
QStringList pruneParts(const DeletionPlan &plan)
{
    QStringList parts;
    if (const int revisions = plan.revisionCount())
        parts.append(QStringLiteral("%1 unreferenced revision(s)").arg(revisions));
    if (!plan.unreferencedBlobs.isEmpty())
        parts.append(QStringLiteral("%1 unreferenced blob(s)").arg(plan.unreferencedBlobs.size()));
    if (const int emptyRepos = plan.emptyRepoCount())
        parts.append(QStringLiteral("%1 empty repo(s)").arg(emptyRepos));
    if (!plan.incompleteFiles.isEmpty())
        parts.append(QStringLiteral("%1 incomplete download(s)").arg(plan.incompleteFiles.size()));
    if (!plan.unreferencedPayloads.isEmpty())
        parts.append(QStringLiteral("%1 unreferenced shared blob(s)").arg(plan.unreferencedPayloads.size()));
    if (!plan.storeLeftovers.isEmpty())
        parts.append(QStringLiteral("%1 file(s) of shared blobs that are gone").arg(plan.storeLeftovers.size()));
    if (!plan.emptyFolders.isEmpty())
        parts.append(QStringLiteral("%1 empty folder(s) in snapshots").arg(plan.emptyFolders.size()));
    return parts;
}

// What a prune removed, as measured (DeletionTally), never what it planned.
CliDeletion::Summary pruneSummary(const DeletionTally &tally)
{
    QStringList done;
    if (tally.revisionsRemoved)
        done.append(QStringLiteral("%1 unreferenced revision(s)").arg(tally.revisionsRemoved));
    if (tally.unreferencedBlobsRemoved)
        done.append(QStringLiteral("%1 unreferenced blob(s)").arg(tally.unreferencedBlobsRemoved));
    if (tally.emptyReposRemoved)
        done.append(QStringLiteral("%1 empty repo(s)").arg(tally.emptyReposRemoved));
    if (tally.incompleteRemoved)
        done.append(QStringLiteral("%1 incomplete download(s)").arg(tally.incompleteRemoved));
    if (tally.payloadsRemoved)
        done.append(QStringLiteral("%1 shared blob(s)").arg(tally.payloadsRemoved));
    if (tally.storeLeftoversRemoved)
        done.append(QStringLiteral("%1 file(s) of shared blobs that were gone").arg(tally.storeLeftoversRemoved));
    if (tally.emptyFoldersRemoved)
        done.append(QStringLiteral("%1 empty folder(s) in snapshots").arg(tally.emptyFoldersRemoved));
    const QString freed = HumanFormat::sizeInText(tally.freedBytes);
    CliDeletion::Summary summary;
    summary.message = done.isEmpty() ? QStringLiteral("Deleted nothing; freed %1.").arg(freed)
                                     : QStringLiteral("Deleted %1; freed %2.").arg(CliDeletion::joinList(done), freed);
    summary.details = {QStringLiteral("revisions_deleted: %1").arg(tally.revisionsRemoved),
                       QStringLiteral("incomplete_deleted: %1").arg(tally.incompleteRemoved),
                       QStringLiteral("freed: %1").arg(HumanFormat::size(tally.freedBytes))};
    return summary;
}

// Beyond `hf cache verify`: the files that link to the blob, as a person knows them.
QJsonArray filesJson(const VerifyReport::Problem &problem)
{
    QJsonArray files;
    for (const auto &[commit, path] : problem.files)
        files.append(QJsonObject{{QStringLiteral("revision"), commit}, {QStringLiteral("path"), path}});
    return files;
}

// Each problem is built whole (it is small) and streamed; a cache can have many.
void verifyJson(JsonStreamWriter &writer, const VerifyReport &report)
{
    writer.beginObject();
    writer.member(u"bytes_read", report.bytesRead);
    writer.member(u"checked", report.checked);
    writer.key(u"problems");
    writer.beginArray();
    for (const VerifyReport::Problem &problem : report.problems)
        writer.value(PrintableText::json(
            QJsonObject{{QStringLiteral("id"), problem.cacheId},
                        {QStringLiteral("blob_path"), problem.blobPath},
                        {QStringLiteral("kind"), problem.kind == VerifyReport::Problem::Kind::Mismatch  ? QStringLiteral("mismatch")
                                                 : problem.kind == VerifyReport::Problem::Kind::Missing ? QStringLiteral("missing")
                                                                                                        : QStringLiteral("unreadable")},
                        {QStringLiteral("message"), problem.message},
                        {QStringLiteral("revisions"), QJsonArray::fromStringList(problem.revisions)},
                        {QStringLiteral("files"), filesJson(problem)}}));
    writer.endArray();
    writer.member(u"skipped", report.skipped);
    writer.endObject();
}

} // namespace

int CacheCommand::runPlan(const DeletionPlan &plan, const PlanRun &run)
{
    CliDeletion deletion(m_out);
    if (!run.json) {
        m_out.text(run.firstLine);
        deletion.printItems(plan);
    }
    if (run.dryRun) {
        if (run.json) {
            m_out.jsonStream([&](JsonStreamWriter &writer) { ScanJson::plan(writer, plan); });
        } else {
            // One result, so that an agent reads "dry_run=True repos=1 ..." as from hf.
            m_out.success(QStringLiteral("Dry run: no files were deleted.\n") + run.dryRunDetails);
        }
        return ExitCode::Success;
    }
    return deletion.execute(plan, run.json, run.yes, run.question, run.summary);
}

int CacheCommand::remove(const QStringList &arguments)
{
    // hf prints a command's help, and ends with 0, when a command that needs arguments is
    // given none at all; with options but no target it is a usage error (below).
    if (arguments.size() == 1) {
        m_out.raw(helpText(QStringLiteral("rm")));
        return ExitCode::Success;
    }
    QCommandLineParser parser;
    const QCommandLineOption dir = dirOption();
    if (const auto code =
            parse(parser, arguments, QStringLiteral("rm"), {dir, kYes, kDryRun}, {QStringLiteral("table"), QStringLiteral("json")}))
        return *code;
    if (parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("Missing argument 'TARGET...'."), QStringLiteral("rm"));
    // hf skips an empty target; here it is a usage error: `cache rm "$MODEL"` with MODEL unset
    // should not end in "Nothing to delete." and success.
    if (parser.positionalArguments().contains(QString()))
        return usage(QStringLiteral("An empty TARGET names nothing (an unset variable?)."), QStringLiteral("rm"));

    CacheScan scan;
    if (!scanOrFail(parser.value(dir), scan))
        return ExitCode::Failure;
    const DeletionPlanner planner(scan);
    const DeletionPlanner::Selection selection = planner.resolveTargets(targetsFrom(parser.positionalArguments()));
    if (!selection.invalidTargets.isEmpty()) { // as hf: a malformed target stops everything
        m_out.error(selection.invalidTargets.first());
        return ExitCode::Failure;
    }
    const DeletionPlan plan = planner.plan(selection);
    const bool json = CliOutput::isJson();

    CliDeletion deletion(m_out);
    if (!plan.missingTargets.isEmpty())
        deletion.warnMissing(plan.missingTargets);
    if (plan.isEmpty()) {
        if (json) {
            m_out.jsonStream([&](JsonStreamWriter &writer) { ScanJson::plan(writer, plan); });
        } else {
            deletion.printItems(plan); // what was refused, and why
            m_out.text(QStringLiteral("Nothing to delete."));
        }
        return plan.refused.isEmpty() ? ExitCode::Success : ExitCode::Failure;
    }
    return runPlan(plan, removalRun(plan, parser, json, QString()));
}

int CacheCommand::prune(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dir = dirOption();
    if (const auto code =
            parse(parser, arguments, QStringLiteral("prune"), {dir, kYes, kDryRun}, {QStringLiteral("table"), QStringLiteral("json")}))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("Unexpected argument '%1'.").arg(parser.positionalArguments().first()), QStringLiteral("prune"));

    CacheScan scan;
    if (!scanOrFail(parser.value(dir), scan))
        return ExitCode::Failure;
    const DeletionPlanner planner(scan);
    const DeletionPlan plan = planner.plan(planner.pruneSelection());
    const bool json = CliOutput::isJson();
    if (plan.isEmpty()) {
        if (json) {
            m_out.jsonStream([&](JsonStreamWriter &writer) { ScanJson::plan(writer, plan); });
        } else {
            CliDeletion(m_out).printItems(plan);
            // The newest hf's sentence (with the shared blob store, PR #4797): the repo-local
            // blobs and empty repos HubDeck prunes too are not named, and there are none either.
            m_out.text(QStringLiteral("No unreferenced revisions, incomplete downloads or shared blobs found. Nothing to prune."));
        }
        return ExitCode::Success;
    }
    const QString size = HumanFormat::sizeInText(plan.expectedFreedSize);
    PlanRun run;
    run.json = json;
    run.dryRun = parser.isSet(kDryRun);
    run.yes = parser.isSet(kYes);
    run.firstLine = QStringLiteral("About to delete %1 (%2 total).").arg(CliDeletion::joinList(pruneParts(plan)), size);
    // hf's keys, shared_blobs included since the shared blob store (PR #4797).
    run.dryRunDetails = QStringLiteral("  dry_run: True\n  revisions: %1\n  incomplete: %2\n  shared_blobs: %3\n  size: %4")
                            .arg(plan.revisionCount())
                            .arg(plan.incompleteFiles.size())
                            .arg(plan.unreferencedPayloads.size())
                            .arg(HumanFormat::size(plan.expectedFreedSize));
    run.question = QStringLiteral("Proceed?");
    run.summary = pruneSummary;
    return runPlan(plan, run);
}

namespace {

// The picked revisions as the planner takes them; a repo whose every revision was picked goes whole.
DeletionPlanner::Selection trimSelection(const CacheScan &scan, const TrimPicker::Pick &pick)
{
    DeletionPlanner::Selection selection;
    for (const auto &[repo, revision] : pick.revisions)
        selection.revisions.insert(scan.repos[repo].key(scan.repos[repo].revisions[revision]));
    return selection;
}

} // namespace

std::optional<qint64> CacheCommand::trimGoal(const QCommandLineParser &parser, const CacheScan &scan, QString *why)
{
    const QString key = parser.isSet(QStringLiteral("to")) ? QStringLiteral("to") : QStringLiteral("free");
    QString error;
    const std::optional<qint64> size = HumanFormat::parseSize(parser.value(key), &error);
    if (!size || *size < 0) {
        *why = QStringLiteral("Invalid size '%1' for --%2: %3")
                   .arg(parser.value(key), key, error.isEmpty() ? QStringLiteral("negative") : error);
        return std::nullopt;
    }
    if (key == u"free")
        return *size;
    return std::max<qint64>(0, scan.sizeOnDisk - *size);
}

int CacheCommand::trim(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dir = dirOption();
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Trim the cache to at most SIZE."), QStringLiteral("SIZE"));
    const QCommandLineOption free(QStringLiteral("free"), QStringLiteral("Free at least SIZE."), QStringLiteral("SIZE"));
    const QCommandLineOption includeRefs(QStringLiteral("include-refs"), QStringLiteral("Also delete revisions a ref points to."));
    if (const auto code = parse(parser, arguments, QStringLiteral("trim"), {dir, to, free, includeRefs, kYes, kDryRun},
                                {QStringLiteral("table"), QStringLiteral("json")}))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("Unexpected argument '%1'.").arg(parser.positionalArguments().first()), QStringLiteral("trim"));
    if (parser.isSet(to) == parser.isSet(free))
        return usage(QStringLiteral("Give one of --to SIZE or --free SIZE."), QStringLiteral("trim"));

    CacheScan scan;
    if (!scanOrFail(parser.value(dir), scan))
        return ExitCode::Failure;
    QString why;
    const std::optional<qint64> goal = trimGoal(parser, scan, &why);
    if (!goal)
        return usage(why, QStringLiteral("trim"));
    const bool json = CliOutput::isJson();
    const TrimPicker::Pick pick = TrimPicker::pick(scan, SelectionLedger(&scan), {*goal, parser.isSet(includeRefs)});
    const DeletionPlan plan = DeletionPlanner(scan).plan(trimSelection(scan, pick));
    if (plan.isEmpty()) {
        if (json)
            m_out.jsonStream([&](JsonStreamWriter &writer) { ScanJson::plan(writer, plan); });
        else if (*goal == 0 && parser.isSet(to))
            m_out.text(QStringLiteral("The cache holds %1, within %2: nothing to delete.")
                           .arg(HumanFormat::sizeInText(scan.sizeOnDisk),
                                HumanFormat::sizeInText(HumanFormat::parseSize(parser.value(to)).value_or(0))));
        else if (*goal == 0)
            m_out.text(QStringLiteral("Nothing to free."));
        else
            m_out.text(parser.isSet(includeRefs) ? QStringLiteral("Nothing can be freed: no revision is deletable.")
                                                 : QStringLiteral("Nothing can be freed without deleting revisions that have a ref "
                                                                  "(use --include-refs)."));
        return ExitCode::Success;
    }
    if (!pick.reached)
        m_out.warning(
            QStringLiteral("Only %1 can be freed%2, short of the %3 asked for.")
                .arg(HumanFormat::sizeInText(pick.freed),
                     parser.isSet(includeRefs) ? QString() : QStringLiteral(" without revisions that have a ref (--include-refs)"),
                     HumanFormat::sizeInText(*goal)));
    return runPlan(plan, removalRun(plan, parser, json, QStringLiteral(", least recently accessed first")));
}

int CacheCommand::verify(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dir = dirOption();
    const QCommandLineOption deleteCorrupt(QStringLiteral("delete-corrupt"), QStringLiteral("Remove the revisions that use a bad blob."));
    if (const auto code = parse(parser, arguments, QStringLiteral("verify"), {dir, deleteCorrupt, kYes},
                                {QStringLiteral("table"), QStringLiteral("json")}))
        return *code;
    CacheScan scan;
    if (!scanOrFail(parser.value(dir), scan))
        return ExitCode::Failure;

    // Targets as `cache rm` takes them: repos and revision hashes.
    const DeletionPlanner planner(scan);
    const DeletionPlanner::Selection selection = planner.resolveTargets(targetsFrom(parser.positionalArguments()));
    if (!selection.invalidTargets.isEmpty()) {
        m_out.error(selection.invalidTargets.first());
        return ExitCode::Failure;
    }
    if (!selection.missingTargets.isEmpty()) {
        CliDeletion(m_out).warnMissing(selection.missingTargets);
        if (selection.revisions.isEmpty())
            return ExitCode::Failure;
    }
    int skipped = 0;
    const QList<BlobVerifier::Item> items = BlobVerifier::itemsFor(scan, {}, selection.revisions, &skipped);
    VerifyReport report = BlobVerifier::verify(items);
    report.skipped = skipped;
    // Broken links made their repos corrupted entries, out of items: they are missing blobs too.
    if (parser.positionalArguments().isEmpty() || !selection.corruptedPaths.isEmpty())
        report.problems += BrokenLinks::problems(scan, selection.corruptedPaths);
    report.problems += BrokenLinks::folderBlobProblems(scan, selection.revisions);

    const bool json = CliOutput::isJson();
    printVerifyReport(report, json);
    if (report.problems.isEmpty())
        return ExitCode::Success;
    if (!parser.isSet(deleteCorrupt)) {
        if (!json)
            m_out.hint(
                QStringLiteral("Re-run with --delete-corrupt to remove the revisions that use them; they download again when needed."));
        return ExitCode::Failure;
    }
    const int code = deleteCorruptRevisions(planner, report, json, parser.isSet(kYes));
    return code == ExitCode::Success ? ExitCode::Failure : code; // the cache had problems: say so to scripts
}

void CacheCommand::printVerifyReport(const VerifyReport &report, bool json)
{
    if (json) {
        m_out.jsonStream([&](JsonStreamWriter &writer) { verifyJson(writer, report); });
        return;
    }
    // Quiet: the listing's first column, as hf's quiet tables print it: each bad blob's path.
    if (CliOutput::isQuiet()) {
        QStringList paths;
        for (const VerifyReport::Problem &problem : report.problems)
            paths.append(problem.blobPath);
        m_out.ids(paths);
        return;
    }
    for (const VerifyReport::Problem &problem : report.problems) {
        m_out.text(
            QStringLiteral("%1  %2: %3")
                .arg(PrintableText::name(problem.cacheId), PrintableText::name(problem.blobPath), PrintableText::name(problem.message)));
        for (const auto &[commit, path] : problem.files)
            m_out.text(QStringLiteral("    %1 in %2").arg(PrintableText::name(path), PrintableText::name(commit)));
    }
    m_out.text(
        QStringLiteral("Verified %1 blob(s), %2 read; %3 problem(s).")
            .arg(report.checked)
            .arg(HumanFormat::sizeInText(report.bytesRead))
            .arg(report.problems.size()) +
        (report.skipped ? QStringLiteral(" %1 file(s) skipped: their names are not content hashes.").arg(report.skipped) : QString()));
}

int CacheCommand::deleteCorruptRevisions(const DeletionPlanner &planner, const VerifyReport &report, bool json, bool yes)
{
    DeletionPlanner::Selection bad;
    for (const VerifyReport::Problem &problem : report.problems)
        for (const QString &revision : problem.revisions) // by repo and commit: a renamed repo's other copy may be intact
            bad.revisions.insert({problem.repoFolder, revision});
    const DeletionPlan plan = planner.plan(bad);
    CliDeletion deletion(m_out);
    if (!json) {
        m_out.text(QStringLiteral("About to delete %1 revision(s) that use a bad blob, totalling %2.")
                       .arg(plan.revisionCount())
                       .arg(HumanFormat::sizeInText(plan.expectedFreedSize)));
        deletion.printItems(plan);
    }
    return deletion.execute(plan, json, yes, QStringLiteral("Proceed with deletion?"), [](const DeletionTally &tally) {
        return CliDeletion::Summary{QStringLiteral("Deleted %1 revision(s) with bad blobs; freed %2.")
                                        .arg(tally.revisionsRemoved)
                                        .arg(HumanFormat::sizeInText(tally.freedBytes)),
                                    {}};
    });
}

} // namespace hubdeck::cli
