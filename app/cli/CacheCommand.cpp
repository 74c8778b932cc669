#include "CacheCommand.h"

#include "BlobVerifier.h"
#include "CacheListQuery.h"
#include "CacheLocation.h"
#include "CacheScanner.h"
#include "DeletionExecutor.h"
#include "DeletionPlanner.h"
#include "HumanFormat.h"
#include "ScanJson.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hubdeck::cli {

namespace {

const QString kTick = QString(QChar(0x2713));

QCommandLineOption dirOption()
{
    return QCommandLineOption({QStringLiteral("dir"), QStringLiteral("cache-dir")},
                              QStringLiteral("Cache directory to scan (defaults to the Hugging Face cache)."),
                              QStringLiteral("DIR"));
}

QCommandLineOption formatOption(const QString &choices)
{
    return QCommandLineOption(QStringLiteral("format"), QStringLiteral("Output format: %1.").arg(choices),
                              QStringLiteral("FORMAT"), QStringLiteral("table"));
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    return u'"' + QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString helpText(const QString &command)
{
    if (command == u"ls")
        return QStringLiteral(
            "Usage: hubdeck-cli cache ls [--dir DIR] [--revisions] [-f|--filter EXPR]... [--sort KEY[:asc|desc]]\n"
            "                            [--limit N] [--format table|json|csv] [--show-warnings]\n\n"
            "List cached repositories, or their revisions with --revisions.\n\n"
            "Filters (repeatable, all must match): size>1GB  type=model  accessed>30d  modified<7d  refs=main\n"
            "  operators: = != > < >= <=   sizes: 500MB 1GB   ages: 12h 7d 2w 3mo 1y\n"
            "Sort keys: accessed, modified, name, size (sizes and times newest/biggest first by default).\n");
    if (command == u"rm")
        return QStringLiteral(
            "Usage: hubdeck-cli cache rm TARGET... [--dir DIR] [--dry-run] [-y|--yes] [--format table|json]\n\n"
            "Remove cached repositories or revisions. A TARGET is a repo (model/org/name, dataset/..., space/...,\n"
            "or hf://models/org/name), a 40-character revision hash, or a corrupted entry (its path or folder name).\n");
    if (command == u"verify")
        return QStringLiteral("Usage: hubdeck-cli cache verify [TARGET...] [--dir DIR] [--format table|json] [--delete-corrupt [-y]]\n\n"
                              "Recompute the hashes that blob names promise (SHA-256 for LFS files, git blob SHA-1 otherwise),\n"
                              "for the given repos or revisions, or the whole cache. Exit code 1 when a blob is corrupt, missing\n"
                              "or unreadable. --delete-corrupt removes the revisions that use a bad blob, so they download again.\n");
    if (command == u"prune")
        return QStringLiteral("Usage: hubdeck-cli cache prune [--dir DIR] [--dry-run] [-y|--yes] [--format table|json]\n\n"
                              "Remove detached revisions, incomplete downloads and unreferenced shared blobs.\n");
    return QStringLiteral("Usage: hubdeck-cli cache <command> [options]\n\n"
                          "Commands:\n"
                          "  ls      List cached repositories or revisions.\n"
                          "  rm      Remove cached repositories or revisions.\n"
                          "  prune   Remove detached revisions and incomplete downloads.\n"
                          "  verify  Check blobs against the hashes in their names.\n\n"
                          "Run 'hubdeck-cli cache <command> --help' for a command's options.\n");
}

QString revisionLine(const DeletionPlan::RevisionItem &revision)
{
    const QString refs = revision.refs.isEmpty() ? QStringLiteral("(detached)") : revision.refs.join(u' ');
    return QStringLiteral("      %1 [%2] %3").arg(revision.commitHash, refs, HumanFormat::size(revision.sizeOnDisk));
}

} // namespace

int CacheCommand::usage(const QString &message, const QString &command)
{
    m_out.error(message);
    m_out.hint(QStringLiteral("See 'hubdeck-cli cache %1 --help'.").arg(command).replace(QStringLiteral("  "), QStringLiteral(" ")));
    return UsageError;
}

int CacheCommand::run(const QStringList &arguments)
{
    const QString command = arguments.value(2);
    const QStringList rest = QStringList{QStringLiteral("hubdeck-cli cache ") + command} + arguments.mid(3);
    if (command == u"ls" || command == u"list")
        return list(rest);
    if (command == u"rm")
        return remove(rest);
    if (command == u"prune")
        return prune(rest);
    if (command == u"verify")
        return verify(rest);
    if (command.isEmpty() || command == u"--help" || command == u"-h") {
        m_out.raw(helpText(QString()));
        return command.isEmpty() ? UsageError : Success;
    }
    return usage(QStringLiteral("Unknown cache command '%1'.").arg(command), QString());
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
    const QCommandLineOption format = formatOption(QStringLiteral("table, json or csv"));
    const QCommandLineOption showWarnings(QStringLiteral("show-warnings"), QStringLiteral("Show warnings."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Help."));
    parser.addOptions({dir, revisions, filter, sort, limit, format, showWarnings, help});
    if (!parser.parse(arguments))
        return usage(parser.errorText(), QStringLiteral("ls"));
    if (parser.isSet(help)) {
        m_out.raw(helpText(QStringLiteral("ls")));
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("Unexpected argument '%1'.").arg(parser.positionalArguments().first()), QStringLiteral("ls"));
    const QString fmt = parser.value(format);
    if (fmt != u"table" && fmt != u"json" && fmt != u"csv")
        return usage(QStringLiteral("Invalid format '%1': choose table, json or csv.").arg(fmt), QStringLiteral("ls"));

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
        return Failure;
    const double now = HumanFormat::now();
    const QList<CacheListQuery::Entry> entries = query.run(scan, now);

    if (fmt == u"json") {
        m_out.raw(QString::fromUtf8(QJsonDocument(ScanJson::scan(scan, entries)).toJson(QJsonDocument::Indented)));
        return Success;
    }
    if (fmt == u"csv") {
        const bool withRevisions = query.includesRevisions();
        m_out.text(withRevisions ? QStringLiteral("id,revision,size_on_disk,nb_files,last_modified,refs,snapshot_path")
                                 : QStringLiteral("id,size_on_disk,nb_files,last_accessed,last_modified,refs,repo_path"));
        for (const CacheListQuery::Entry &entry : entries) {
            QStringList cells{csvField(entry.repo->cacheId())};
            if (withRevisions)
                cells << entry.revision->commitHash << QString::number(entry.revision->sizeOnDisk)
                      << QString::number(entry.revision->nbFiles()) << QString::number(entry.revision->lastModified, 'f', 3)
                      << csvField(entry.revision->refs.join(u' ')) << csvField(entry.repo->snapshotPath(*entry.revision));
            else
                cells << QString::number(entry.repo->sizeOnDisk) << QString::number(entry.repo->nbFiles())
                      << QString::number(entry.repo->lastAccessed, 'f', 3) << QString::number(entry.repo->lastModified, 'f', 3)
                      << csvField(entry.repo->refs().join(u' ')) << csvField(entry.repo->repoPath);
            m_out.text(cells.join(u','));
        }
        return Success;
    }

    const bool withRevisions = query.includesRevisions();
    TextTable table(withRevisions ? QStringList{QStringLiteral("ID"), QStringLiteral("REVISION"), QStringLiteral("SIZE"),
                                                QStringLiteral("LAST_MODIFIED"), QStringLiteral("REFS")}
                                  : QStringList{QStringLiteral("ID"), QStringLiteral("SIZE"), QStringLiteral("LAST_ACCESSED"),
                                                QStringLiteral("LAST_MODIFIED"), QStringLiteral("REFS")});
    table.setRightAligned(withRevisions ? 2 : 1);
    for (const CacheListQuery::Entry &entry : entries) {
        if (withRevisions)
            table.addRow({entry.repo->cacheId(), entry.revision->commitHash, HumanFormat::size(entry.revision->sizeOnDisk),
                          HumanFormat::timeSince(entry.revision->lastModified, now),
                          entry.revision->refs.join(QStringLiteral(", "))});
        else
            table.addRow({entry.repo->cacheId(), HumanFormat::size(entry.repo->sizeOnDisk),
                          HumanFormat::timeSince(entry.repo->lastAccessed, now),
                          HumanFormat::timeSince(entry.repo->lastModified, now), entry.repo->refs().join(QStringLiteral(", "))});
    }
    if (table.isEmpty())
        m_out.text(QStringLiteral("No results found."));
    else
        m_out.text(table.render(CliOutput::terminalWidth()));

    if (!entries.isEmpty()) {
        QSet<const CachedRepo *> repos;
        qint64 total = 0;
        int revisionCount = 0;
        for (const CacheListQuery::Entry &entry : entries) {
            if (entry.revision) {
                ++revisionCount;
                total += entry.revision->sizeOnDisk;
            }
            repos.insert(entry.repo);
        }
        if (!withRevisions)
            for (const CachedRepo *repo : std::as_const(repos)) {
                revisionCount += int(repo->revisions.size());
                total += repo->sizeOnDisk;
            }
        m_out.text(QStringLiteral("\nFound %1 repo(s) for a total of %2 revision(s) and %3 on disk.")
                       .arg(repos.size())
                       .arg(revisionCount)
                       .arg(HumanFormat::size(total)));
    }
    if (!scan.corrupted.isEmpty()) {
        if (parser.isSet(showWarnings)) {
            for (const CorruptedRepo &corrupted : std::as_const(scan.corrupted)) {
                QString message = corrupted.message;
                while (message.endsWith(u'.'))
                    message.chop(1);
                m_out.warning(message + QStringLiteral(". Repo ignored."));
            }
            m_out.hint(QStringLiteral("Remove a corrupted entry with 'hubdeck-cli cache rm <path>'."));
        } else {
            m_out.warning(QStringLiteral("Found %1 cache inconsistencies. Re-run with `--show-warnings` to display them.")
                              .arg(scan.corrupted.size()));
        }
    }
    if (!scan.incompleteFiles.isEmpty())
        m_out.hint(QStringLiteral("Found %1 incomplete download(s) totalling %2. Remove them with 'hubdeck-cli cache prune'.")
                       .arg(scan.incompleteFiles.size())
                       .arg(HumanFormat::size(scan.incompleteSize())));
    if (const qint64 reclaimable = scan.reclaimableSharedSize(); reclaimable > 0) {
        const auto count = std::count_if(scan.sharedPayloads.cbegin(), scan.sharedPayloads.cend(),
                                         [](const SharedPayload &p) { return p.isReclaimable(); });
        m_out.hint(QStringLiteral("Found %1 unreferenced shared blob(s) totalling %2. Remove them with 'hubdeck-cli cache prune'.")
                       .arg(count)
                       .arg(HumanFormat::size(reclaimable)));
    }
    return Success;
}

void CacheCommand::printPlanItems(const DeletionPlan &plan)
{
    for (const DeletionPlan::RepoItem &item : plan.items) {
        if (item.corrupted) {
            m_out.text(QStringLiteral("  - %1 (corrupted entry, %2): %3")
                           .arg(item.repoPath, HumanFormat::size(item.freedSize), item.reason));
        } else if (item.wholeRepo) {
            m_out.text(QStringLiteral("  - %1 (entire repo)").arg(item.cacheId));
        } else {
            m_out.text(QStringLiteral("  - %1:").arg(item.cacheId));
            for (const DeletionPlan::RevisionItem &revision : item.revisions)
                m_out.text(revisionLine(revision));
        }
    }
    if (plan.sharedFreedSize > 0)
        m_out.text(QStringLiteral("  - shared blobs no other repo uses: %1").arg(HumanFormat::size(plan.sharedFreedSize)));
}

int CacheCommand::execute(const DeletionPlan &plan, bool json, bool yes, const QString &question, const QString &doneMessage,
                          const QStringList &doneDetails)
{
    if (!yes) {
        if (!CliOutput::stdinIsTerminal()) {
            m_out.error(QStringLiteral("Not deleting without confirmation: no terminal to ask on. Re-run with --yes."));
            return Failure;
        }
        if (json) {
            // Keep stdout clean for the JSON document.
            QTextStream err(stderr);
            err << question << " [y/N]: ";
            err.flush();
            QTextStream in(stdin);
            const QString answer = in.readLine().trimmed().toLower();
            if (answer != u"y" && answer != u"yes") {
                m_out.error(QStringLiteral("Aborted."));
                return Failure;
            }
        } else if (!m_out.confirm(question)) {
            m_out.error(QStringLiteral("Aborted."));
            return Failure;
        }
    }
    const DeletionReport report = DeletionExecutor::execute(plan);
    if (json) {
        m_out.raw(QString::fromUtf8(QJsonDocument(ScanJson::report(plan, report)).toJson(QJsonDocument::Indented)));
    } else {
        for (const QString &note : report.notes)
            m_out.warning(note);
        if (report.errors.isEmpty()) {
            m_out.text(kTick + u' ' + doneMessage);
            for (const QString &detail : doneDetails)
                m_out.text(QStringLiteral("  ") + detail);
        }
    }
    for (const QString &error : report.errors)
        m_out.error(error);
    if (!report.errors.isEmpty()) {
        m_out.error(QStringLiteral("%1 path(s) could not be removed; freed %2.")
                        .arg(report.errors.size())
                        .arg(HumanFormat::size(report.freedBytes)));
        return Failure;
    }
    return Success;
}

int CacheCommand::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dir = dirOption();
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")}, QStringLiteral("Skip confirmation."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Preview only."));
    const QCommandLineOption format = formatOption(QStringLiteral("table or json"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Help."));
    parser.addOptions({dir, yes, dryRun, format, help});
    if (!parser.parse(arguments))
        return usage(parser.errorText(), QStringLiteral("rm"));
    if (parser.isSet(help)) {
        m_out.raw(helpText(QStringLiteral("rm")));
        return Success;
    }
    const QString fmt = parser.value(format);
    if (fmt != u"table" && fmt != u"json")
        return usage(QStringLiteral("Invalid format '%1': choose table or json.").arg(fmt), QStringLiteral("rm"));
    if (parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("Missing argument 'TARGET...'."), QStringLiteral("rm"));

    CacheScan scan;
    if (!scanOrFail(parser.value(dir), scan))
        return Failure;
    const DeletionPlanner planner(scan);
    const DeletionPlan plan = planner.plan(planner.resolveTargets(parser.positionalArguments()));
    const bool json = fmt == u"json";

    if (!plan.missingTargets.isEmpty()) {
        QStringList lines;
        for (const QString &missing : plan.missingTargets)
            lines.append(QStringLiteral("  - ") + missing);
        m_out.warning(QStringLiteral("Could not find in cache:\n") + lines.join(u'\n'));
    }
    if (plan.isEmpty()) {
        if (json)
            m_out.raw(QString::fromUtf8(QJsonDocument(ScanJson::plan(plan)).toJson(QJsonDocument::Indented)));
        else
            m_out.text(QStringLiteral("Nothing to delete."));
        return Success;
    }

    const int wholeRepos = plan.wholeRepoCount();
    const int partial = plan.partialRevisionCount();
    const int corrupted = int(std::count_if(plan.items.cbegin(), plan.items.cend(),
                                            [](const DeletionPlan::RepoItem &item) { return item.corrupted; }));
    QStringList parts;
    if (wholeRepos)
        parts.append(QStringLiteral("%1 repo(s)").arg(wholeRepos));
    if (partial)
        parts.append(QStringLiteral("%1 revision(s)").arg(partial));
    if (corrupted)
        parts.append(QStringLiteral("%1 corrupted entr%2").arg(corrupted).arg(corrupted == 1 ? QStringLiteral("y") : QStringLiteral("ies")));
    const QString size = HumanFormat::size(plan.expectedFreedSize);

    if (!json) {
        m_out.text(QStringLiteral("About to delete %1 totalling %2.").arg(parts.join(QStringLiteral(" and ")), size));
        printPlanItems(plan);
    }
    if (parser.isSet(dryRun)) {
        if (json) {
            m_out.raw(QString::fromUtf8(QJsonDocument(ScanJson::plan(plan)).toJson(QJsonDocument::Indented)));
        } else {
            m_out.text(kTick + QStringLiteral(" Dry run: no files were deleted."));
            m_out.text(QStringLiteral("  dry_run: True\n  repos: %1\n  revisions: %2\n  size: %3")
                           .arg(wholeRepos)
                           .arg(plan.revisionCount())
                           .arg(size));
        }
        return Success;
    }
    return execute(plan, json, parser.isSet(yes), QStringLiteral("Proceed with deletion?"),
                   corrupted == 0 ? QStringLiteral("Deleted %1 repo(s) and %2 revision(s); freed %3.").arg(wholeRepos).arg(plan.revisionCount()).arg(size)
                                  : QStringLiteral("Deleted %1 repo(s), %2 revision(s) and %3 corrupted entr%4; freed %5.")
                                        .arg(wholeRepos)
                                        .arg(plan.revisionCount())
                                        .arg(corrupted)
                                        .arg(corrupted == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
                                        .arg(size),
                   {QStringLiteral("repos_deleted: %1").arg(wholeRepos), QStringLiteral("revisions_deleted: %1").arg(plan.revisionCount()),
                    QStringLiteral("freed: %1").arg(size)});
}

int CacheCommand::prune(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dir = dirOption();
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")}, QStringLiteral("Skip confirmation."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Preview only."));
    const QCommandLineOption format = formatOption(QStringLiteral("table or json"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Help."));
    parser.addOptions({dir, yes, dryRun, format, help});
    if (!parser.parse(arguments))
        return usage(parser.errorText(), QStringLiteral("prune"));
    if (parser.isSet(help)) {
        m_out.raw(helpText(QStringLiteral("prune")));
        return Success;
    }
    const QString fmt = parser.value(format);
    if (fmt != u"table" && fmt != u"json")
        return usage(QStringLiteral("Invalid format '%1': choose table or json.").arg(fmt), QStringLiteral("prune"));
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("Unexpected argument '%1'.").arg(parser.positionalArguments().first()), QStringLiteral("prune"));

    CacheScan scan;
    if (!scanOrFail(parser.value(dir), scan))
        return Failure;
    const DeletionPlanner planner(scan);
    const DeletionPlan plan = planner.plan(planner.pruneSelection());
    const bool json = fmt == u"json";
    if (plan.isEmpty()) {
        if (json)
            m_out.raw(QString::fromUtf8(QJsonDocument(ScanJson::plan(plan)).toJson(QJsonDocument::Indented)));
        else
            m_out.text(QStringLiteral("No unreferenced revisions or incomplete downloads found. Nothing to prune."));
        return Success;
    }
    QStringList parts;
    if (const int revisions = plan.revisionCount())
        parts.append(QStringLiteral("%1 unreferenced revision(s)").arg(revisions));
    if (!plan.incompleteFiles.isEmpty())
        parts.append(QStringLiteral("%1 incomplete download(s)").arg(plan.incompleteFiles.size()));
    if (!plan.unreferencedPayloads.isEmpty())
        parts.append(QStringLiteral("%1 unreferenced shared blob(s)").arg(plan.unreferencedPayloads.size()));
    const QString summary = parts.join(QStringLiteral(" and "));
    const QString size = HumanFormat::size(plan.expectedFreedSize);
    if (!json) {
        m_out.text(QStringLiteral("About to delete %1 (%2 total).").arg(summary, size));
        printPlanItems(plan);
    }
    if (parser.isSet(dryRun)) {
        if (json) {
            m_out.raw(QString::fromUtf8(QJsonDocument(ScanJson::plan(plan)).toJson(QJsonDocument::Indented)));
        } else {
            m_out.text(kTick + QStringLiteral(" Dry run: no files were deleted."));
            m_out.text(QStringLiteral("  dry_run: True\n  revisions: %1\n  incomplete: %2\n  size: %3")
                           .arg(plan.revisionCount())
                           .arg(plan.incompleteFiles.size())
                           .arg(size));
        }
        return Success;
    }
    return execute(plan, json, parser.isSet(yes), QStringLiteral("Proceed?"),
                   QStringLiteral("Deleted %1; freed %2.").arg(summary, size),
                   {QStringLiteral("revisions_deleted: %1").arg(plan.revisionCount()),
                    QStringLiteral("incomplete_deleted: %1").arg(plan.incompleteFiles.size()), QStringLiteral("freed: %1").arg(size)});
}

int CacheCommand::verify(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dir = dirOption();
    const QCommandLineOption format = formatOption(QStringLiteral("table or json"));
    const QCommandLineOption deleteCorrupt(QStringLiteral("delete-corrupt"), QStringLiteral("Remove the revisions that use a bad blob."));
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")}, QStringLiteral("Skip confirmation."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Help."));
    parser.addOptions({dir, format, deleteCorrupt, yes, help});
    if (!parser.parse(arguments))
        return usage(parser.errorText(), QStringLiteral("verify"));
    if (parser.isSet(help)) {
        m_out.raw(helpText(QStringLiteral("verify")));
        return Success;
    }
    const QString fmt = parser.value(format);
    if (fmt != u"table" && fmt != u"json")
        return usage(QStringLiteral("Invalid format '%1': choose table or json.").arg(fmt), QStringLiteral("verify"));
    CacheScan scan;
    if (!scanOrFail(parser.value(dir), scan))
        return Failure;

    // Targets as `cache rm` takes them: repos and revision hashes.
    const DeletionPlanner planner(scan);
    const DeletionPlanner::Selection selection = planner.resolveTargets(parser.positionalArguments());
    if (!selection.missingTargets.isEmpty()) {
        QStringList lines;
        for (const QString &missing : selection.missingTargets)
            lines.append(QStringLiteral("  - ") + missing);
        m_out.warning(QStringLiteral("Could not find in cache:\n") + lines.join(u'\n'));
        if (selection.revisions.isEmpty())
            return Failure;
    }
    int skipped = 0;
    const QList<BlobVerifier::Item> items = BlobVerifier::itemsFor(scan, {}, selection.revisions, &skipped);
    VerifyReport report = BlobVerifier::verify(items);
    report.skipped = skipped;

    const bool json = fmt == u"json";
    if (json) {
        QJsonArray problems;
        for (const VerifyReport::Problem &problem : report.problems)
            problems.append(QJsonObject{{QStringLiteral("id"), problem.cacheId},
                                        {QStringLiteral("blob_path"), problem.blobPath},
                                        {QStringLiteral("kind"), problem.kind == VerifyReport::Problem::Kind::Mismatch ? QStringLiteral("mismatch")
                                                                  : problem.kind == VerifyReport::Problem::Kind::Missing ? QStringLiteral("missing")
                                                                                                                          : QStringLiteral("unreadable")},
                                        {QStringLiteral("message"), problem.message},
                                        {QStringLiteral("revisions"), QJsonArray::fromStringList(problem.revisions)}});
        m_out.raw(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("checked"), report.checked},
                                                              {QStringLiteral("skipped"), report.skipped},
                                                              {QStringLiteral("bytes_read"), report.bytesRead},
                                                              {QStringLiteral("problems"), problems}})
                                        .toJson(QJsonDocument::Indented)));
    } else {
        for (const VerifyReport::Problem &problem : report.problems)
            m_out.text(QStringLiteral("%1  %2: %3").arg(problem.cacheId, problem.blobPath, problem.message));
        m_out.text(QStringLiteral("Verified %1 blob(s), %2 read; %3 problem(s).")
                       .arg(report.checked)
                       .arg(HumanFormat::size(report.bytesRead))
                       .arg(report.problems.size()) +
                   (report.skipped ? QStringLiteral(" %1 file(s) skipped: their names are not content hashes.").arg(report.skipped) : QString()));
    }
    if (report.problems.isEmpty())
        return Success;
    if (!parser.isSet(deleteCorrupt)) {
        if (!json)
            m_out.hint(QStringLiteral("Re-run with --delete-corrupt to remove the revisions that use them; they download again when needed."));
        return Failure;
    }
    DeletionPlanner::Selection bad;
    for (const VerifyReport::Problem &problem : report.problems)
        for (const QString &revision : problem.revisions)
            bad.revisions.insert(revision);
    const DeletionPlan plan = planner.plan(bad);
    if (!json) {
        m_out.text(QStringLiteral("About to delete %1 revision(s) that use a bad blob, totalling %2.")
                       .arg(plan.revisionCount())
                       .arg(HumanFormat::size(plan.expectedFreedSize)));
        printPlanItems(plan);
    }
    const int code = execute(plan, json, parser.isSet(yes), QStringLiteral("Proceed with deletion?"),
                             QStringLiteral("Deleted %1 revision(s) with bad blobs.").arg(plan.revisionCount()), {});
    return code == Success ? Failure : code; // the cache had problems: say so to scripts
}

} // namespace hubdeck::cli

