// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HomeCommand.h"

#include "CliDeletion.h"
#include "ExitCode.h"
#include "FileName.h"
#include "HfHome.h"
#include "HomeDeletion.h"
#include "HomeScanner.h"
#include "HomeTargets.h"
#include "HumanFormat.h"
#include "InterruptGuard.h"
#include "InUseFiles.h"
#include "JsonStreamWriter.h"
#include "PrintableText.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

namespace hubdeck::cli {

namespace {

// A word as a POSIX shell reads it back: bare when it holds only safe characters, else in
// single quotes (a quote inside written '\'').
QString shellWord(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

// A value that must reach the program as its own bytes (HF_HOME=…, which the shell passes on
// as it reads it): one shown escaped (a newline, a byte that is not UTF-8: PrintableText) goes
// in bash's $'…', whose \n, \t, \xHH, \uHHHH and \\ are PrintableText's escapes (attack A4:
// 'HF_HOME=…\n' named another home, a literal backslash and n).
QString shellValue(const QString &value)
{
    const QString shown = PrintableText::name(value);
    if (shown == value)
        return shellWord(value);
    QString quoted = shown;
    quoted.replace(u'\'', QStringLiteral("\\'"));
    return QStringLiteral("$'") + quoted + u'\'';
}

// The [y/N] question for n entries: "About to delete 1 entry" is asked of it, not of "them"
// (attack A10).
QString deleteQuestion(qsizetype entries)
{
    return entries == 1 ? QStringLiteral("Delete it?") : QStringLiteral("Delete them?");
}

QString helpText(const QString &command)
{
    if (command == u"ls")
        return QStringLiteral("Usage: hubdeck-cli home ls [--dir HF_HOME] [--format table|json]\n\n"
                              "List the whole Hugging Face home: the hub cache, the xet cache, datasets' downloads and Arrow caches,\n"
                              "assets, modules, the legacy transformers cache, and whatever else HF_HOME holds. Sizes are allocated\n"
                              "bytes, each file once, as du counts them. Entries a running process uses say which process.\n"
                              "Without --dir, each part is where huggingface_hub and datasets would look (HF_HUB_CACHE, HF_XET_CACHE,\n"
                              "HF_DATASETS_CACHE, HF_DATASETS_DOWNLOADED_DATASETS_PATH, HF_DATASETS_EXTRACTED_DATASETS_PATH,\n"
                              "HF_ASSETS_CACHE, HF_MODULES_CACHE, TRANSFORMERS_CACHE, then HF_HOME); --dir DIR is an HF_HOME whose\n"
                              "parts all sit in it.\n");
    Q_ASSERT(command == u"rm");
    return QStringLiteral("Usage: hubdeck-cli home rm ENTRY... [--dir HF_HOME] [--dry-run] [-y|--yes] [--format table|json]\n\n"
                          "Delete entries of the Hugging Face home. An ENTRY is PART/NAME as `home ls` lists it\n"
                          "(datasets/org___name, xet/logs), a part (xet), or a path: a path is absolute or starts with\n"
                          "./ or ../; any other text is read as PART/NAME, never as a folder of the current one.\n"
                          "A part (or its folder) stands for all of that part's deletable entries (the folder itself stays);\n"
                          "a folder of a part that holds entries (datasets/parquet, assets/mylib) for its own.\n"
                          "Names may be given in the escaped form the listing shows. The hub cache's repos are deleted with\n"
                          "`cache rm`; credentials and unknown files are never deleted; an entry a process is using is left\n"
                          "alone. What is refused is said with its reason (in --format json, under \"refused\") and makes\n"
                          "the exit code 1. Ctrl+C stops between two files (exit code 130); what was stopped shows in\n"
                          "`home ls` and `home rm` finishes it.\n");
}

QString age(double timestamp, double now)
{
    return HomeEntry::hasTime(timestamp) ? HumanFormat::timeSince(timestamp, now) : QStringLiteral("\u2014");
}

// The ending of a stopped deletion's name (".hubdeck-deleting") or of a folder kept from one
// (".hubdeck-kept", "-2"…), which its kind says too.
const QRegularExpression &stoppedEnding()
{
    static const QRegularExpression ending(
        QStringLiteral("(?:%1|%2(?:-\\d+)?)$")
            .arg(QRegularExpression::escape(HomeScanner::deletingSuffix()), QRegularExpression::escape(HomeScanner::keptSuffix())));
    return ending;
}

// A time, or null when the entry holds no file to take one from (0 is 1970, not "none").
QJsonValue timeJson(double timestamp)
{
    return HomeEntry::hasTime(timestamp) ? QJsonValue(timestamp) : QJsonValue(QJsonValue::Null);
}

QJsonObject entryJson(const HomeEntry &entry)
{
    QJsonObject object{
        {QStringLiteral("name"), entry.name},
        {QStringLiteral("path"), entry.path},
        {QStringLiteral("kind"), HomeScanner::kindLabel(entry)},
        {QStringLiteral("size_on_disk"), entry.sizeOnDisk},
        {QStringLiteral("apparent_size"), entry.apparentSize},
        {QStringLiteral("freeable"), entry.freeable},
        {QStringLiteral("shared_extents"), entry.sharedExtents},
        {QStringLiteral("files"), entry.files},
        {QStringLiteral("last_accessed"), timeJson(entry.lastAccessed)},
        {QStringLiteral("last_modified"), timeJson(entry.lastModified)},
        {QStringLiteral("deletable"), entry.deletable()},
        {QStringLiteral("cost"), HomeScanner::costOfDeleting(entry)},
    };
    // Escaped once, by the caller, with the document it goes in (PrintableText::jsonWithBytes).
    if (!entry.members.isEmpty())
        object.insert(QStringLiteral("members"), QJsonArray::fromStringList(entry.members));
    if (!entry.hubRepo.isEmpty())
        object.insert(QStringLiteral("hub_repo"), entry.hubRepo);
    if (entry.keptArrivals > 0)
        object.insert(QStringLiteral("kept_arrivals"), entry.keptArrivals);
    if (!entry.inUse.isEmpty())
        object.insert(QStringLiteral("in_use"), entry.inUse);
    if (!entry.keep.isEmpty())
        object.insert(QStringLiteral("note"), entry.keep);
    object.insert(QStringLiteral("removal_interrupted"), entry.removalInterrupted);
    if (entry.beingDeleted)
        object.insert(QStringLiteral("being_deleted"), true);
    return object;
}

// One object per refusal: {"path", "argument", "reason"}: "path" null when what was given names
// no path, "argument" as given (also ""); jsonWithBytes adds "path_bytes" beside a path that
// needs it.
QJsonArray refusedJson(const QList<HomeDeletion::Refusal> &refusals)
{
    QJsonArray array;
    for (const HomeDeletion::Refusal &refusal : refusals) {
        QJsonObject object{{QStringLiteral("path"), refusal.path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(refusal.path)},
                           {QStringLiteral("reason"), refusal.reason}};
        object.insert(QStringLiteral("argument"), refusal.argument);
        array.append(object);
    }
    return array;
}

} // namespace

QString HomeCommand::notAHomeGiven(const QCommandLineParser &parser, const HfHome &home)
{
    // Only a folder named by hand: HF_HOME and the default are where the libraries write, and an
    // empty or missing folder holds nothing to offer.
    if (!parser.isSet(QStringLiteral("dir")) || HfHome::mayBeHome(home.root()))
        return {};
    return QStringLiteral("%1 (given with --dir) does not look like a Hugging Face home: it holds no hub cache, xet cache, datasets "
                          "cache, dynamic modules or token, so nothing in it is listed or offered. If it is one, set HF_HOME to it.")
        .arg(PrintableText::name(home.root()));
}

QString HomeCommand::othersFoldersNote(const HfHome &where, uid_t me)
{
    if (me == 0)
        return {};
    QStringList folders{where.root()};
    for (const HfHome::Part &part : where.parts())
        folders.append(part.path);
    for (const QString &folder : std::as_const(folders))
        if (struct stat st{}; ::stat(FileName::encode(folder).constData(), &st) == 0 && st.st_uid != me)
            return QStringLiteral("%1 belongs to another user: the kernel lets only its owner list folders without recording an "
                                  "access, so this listing moves their access times (as ls or du would).")
                .arg(PrintableText::name(folder));
    return {};
}

// Why `home ls|rm` cannot work on the home, in one line, or an empty string: a file where HF_HOME
// should be, or a link to nowhere, is no empty home (every library fails there); a home named
// with --dir that is not there is most likely a typo or a variable a script left unexpanded,
// not an empty home (attack Q15, and A10 for ls, which read it as "Nothing is there yet"). A
// home given with --dir is named so, not as HF_HOME, which the user did not set (A10).
QString HomeCommand::homeProblem(const QCommandLineParser &parser, const HfHome &where)
{
    const bool given = parser.isSet(QStringLiteral("dir"));
    const QString root = PrintableText::name(where.root());
    if (QString unusable = PrintableText::name(HomeScanner::unusable(where)); !unusable.isEmpty()) {
        const QString named = QStringLiteral("HF_HOME ") + root;
        if (given && unusable.startsWith(named))
            unusable.replace(0, named.size(), root + QStringLiteral(" (given with --dir)"));
        return unusable;
    }
    if (struct stat st{}; given && ::stat(FileName::encode(where.root()).constData(), &st) != 0)
        return QStringLiteral("%1 (given with --dir) does not exist.").arg(root);
    return notAHomeGiven(parser, where);
}

HfHome HomeCommand::home(const QCommandLineParser &parser)
{
    const QString dir = parser.value(QStringLiteral("dir"));
    if (dir.isEmpty())
        return HfHome::locate();
    QProcessEnvironment env;
    const QProcessEnvironment system = CacheLocation::systemEnvironment();
    for (const char *keep : {"HOME", "XDG_CACHE_HOME"})
        if (system.contains(QString::fromLatin1(keep)))
            env.insert(QString::fromLatin1(keep), system.value(QString::fromLatin1(keep)));
    // As given: HfHome resolves ".." after the links before it, as the libraries' open() does,
    // and expands "~" and $VAR as HF_HOME's value (so they are not taken from the current folder).
    QString given = QDir::isAbsolutePath(dir) || dir.startsWith(u'~') || dir.startsWith(u'$') ? dir : QDir::currentPath() + u'/' + dir;
    // A home's hub/ folder (what `cache ls --dir` takes) names that home, as the GUI's --dir
    // does: its parent, unless it holds a hub/ of its own (a home that is named "hub").
    // Expanded here, with the caller's whole environment: the one HfHome::locate is given below
    // holds only HOME and XDG_CACHE_HOME, so "$MYH" was taken literally, from the current
    // folder (attack Q15).
    QString expanded = CacheLocation::expand(given, system);
    if (!QDir::isAbsolutePath(expanded))
        expanded = QDir::currentPath() + u'/' + expanded;
    given = expanded;
    // "hub/" (a shell's completion) and "hub/." name that folder too (attack C4); ".." stays as
    // given, as the kernel takes it after a link.
    const QString named = expanded.split(u'/').contains(QStringLiteral("..")) ? expanded : QDir::cleanPath(expanded);
    if (QFileInfo(named).fileName() == u"hub" && !QFileInfo(named + QStringLiteral("/hub")).isDir() && QFileInfo(named).isDir() &&
        HfHome::isHomesHub(named))
        given = QFileInfo(named).path();
    // So does a home's xet/, datasets/… folder, as likely to be given (attack A9: "does not look
    // like a Hugging Face home", or once emptied a home of its own with nothing to offer).
    if (given == expanded)
        if (const QString home = HfHome::homeOfPartFolder(expanded); !home.isEmpty())
            given = home;
    env.insert(QStringLiteral("HF_HOME"), given);
    HfHome located = HfHome::locate(env);
    // The parts' variables are this home's layout and stay out; the environment's token is the
    // user's wherever it lies, also inside the home given here.
    QStringList theirs = HfHome::locate(system).credentialPaths();
    // An empty HF_HOME (or XDG_CACHE_HOME, HF_HOME unset) is taken by the libraries as given, a
    // path relative to the folder they run in: the token they would use from here is kept too.
    const QString here = QDir::currentPath();
    if (system.contains(QStringLiteral("HF_HOME")) && system.value(QStringLiteral("HF_HOME")).isEmpty())
        theirs += {here + QStringLiteral("/token"), here + QStringLiteral("/stored_tokens")};
    else if (!system.contains(QStringLiteral("HF_HOME")) && system.contains(QStringLiteral("XDG_CACHE_HOME")) &&
             system.value(QStringLiteral("XDG_CACHE_HOME")).isEmpty())
        theirs += {here + QStringLiteral("/huggingface/token"), here + QStringLiteral("/huggingface/stored_tokens")};
    located.alsoProtect(theirs);
    return located;
}

std::optional<int> HomeCommand::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                                      const QList<QCommandLineOption> &options)
{
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("The Hugging Face home (HF_HOME) to look at."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Help."));
    parser.addOptions(options);
    parser.addOptions({dir, help});
    if (!parser.parse(arguments))
        return usage(parser.errorText(), command);
    // Two homes named: which one is meant is not for HubDeck to guess.
    if (parser.values(dir).size() > 1)
        return usage(QStringLiteral("Option '--dir' was given more than once."), command);
    if (parser.isSet(help)) {
        m_out.raw(helpText(command));
        return ExitCode::Success;
    }
    // The global --format (OutputFormat) took every value but csv, which only cache ls prints.
    if (CliOutput::mode() == OutputFormat::Mode::Csv)
        return usage(OutputFormat::invalidValue(QStringLiteral("csv"), false), command);
    return std::nullopt;
}

int HomeCommand::usage(const QString &message, const QString &command)
{
    m_out.error(message);
    m_out.hint(QStringLiteral("See 'hubdeck-cli home %1 --help'.").arg(command));
    return ExitCode::UsageError;
}

int HomeCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto code = parse(parser, arguments, QStringLiteral("ls"), {}))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("Unexpected argument '%1'.").arg(parser.positionalArguments().first()), QStringLiteral("ls"));
    const HfHome where = home(parser);
    if (const QString problem = homeProblem(parser, where); !problem.isEmpty()) {
        m_out.error(problem);
        return ExitCode::Failure;
    }
    if (const QString note = othersFoldersNote(where, ::geteuid()); !note.isEmpty())
        m_out.warning(note);
    // What a running deletion has renamed aside is not a stopped one: said, as the listing
    // cannot tell them apart.
    const std::optional<qint64> pid = HomeDeletion::runningDeletion(where);
    const QString holder = pid ? HomeDeletion::holderName(*pid) : QString();
    const bool ours = pid && (holder.isEmpty() || holder.startsWith(QLatin1String("hubdeck")));
    if (ours)
        m_out.warning(*pid > 0 ? QStringLiteral("A HubDeck deletion is running in this home (pid %1): what it is deleting is listed as "
                                                "being deleted until it ends.")
                                     .arg(*pid)
                               // Held from outside this PID namespace (HubDeck in a container): who holds
                               // it cannot be seen, so it is not called a HubDeck deletion (attack V9).
                               : QStringLiteral("A HubDeck deletion is running in this home, or another program holds a lock on its "
                                                "folders (from outside this container): what a deletion is deleting is listed as "
                                                "being deleted until it ends."));
    else if (pid) // flock(1) in a script: `home rm` is refused until it lets go (attack T7)
        m_out.warning(QStringLiteral("Another program (%1, pid %2) holds a lock on this home's folders: `home rm` refuses to delete "
                                     "until it releases it.")
                          .arg(PrintableText::name(holder))
                          .arg(*pid));
    const InUseFiles inUse = InUseFiles::snapshot();
    const HomeScan scan = HomeScanner::scan(where, &inUse);
    for (const QString &error : scan.errors)
        m_out.warning(PrintableText::name(error));
    for (const HomeScan::Part &part : scan.parts)
        if (part.lockedByPid > 0)
            m_out.warning(QStringLiteral("Another program (%1, pid %2) holds a lock on %3: `home rm` refuses to delete in that part until "
                                         "it releases it.")
                              .arg(PrintableText::name(part.lockedBy))
                              .arg(part.lockedByPid)
                              .arg(PrintableText::name(part.path)));
    if (CliOutput::isJson())
        printJson(scan, ours ? pid : std::nullopt);
    else
        printTable(scan);
    return ExitCode::Success;
}

void HomeCommand::printJson(const HomeScan &scan, std::optional<qint64> runningDeletion)
{
    // Written as it goes, in the order issue #14 gives the fields; each entry is one small
    // object, so a home of thousands of entries never becomes one document in memory.
    m_out.jsonStream([&](JsonStreamWriter &w) {
        w.beginObject();
        w.member(u"hf_home", PrintableText::name(scan.root));
        if (const std::optional<QString> bytes = PrintableText::rawBytes(scan.root))
            w.member(PrintableText::bytesKey(u"hf_home"), *bytes);
        w.key(u"filesystem");
        w.beginObject();
        w.member(u"total", scan.diskTotal);
        w.member(u"free", scan.diskFree);
        w.endObject();
        // A script reads the entries renamed aside as stopped deletions to finish, and would be
        // turned away: the document says a deletion runs, as the warning does (attack P8).
        if (runningDeletion) {
            w.key(u"deletion_running");
            w.beginObject();
            if (*runningDeletion > 0)
                w.member(u"pid", *runningDeletion);
            w.endObject();
        }
        w.key(u"parts");
        w.beginArray();
        for (const HomeScan::Part &part : scan.parts) {
            w.beginObject();
            w.member(u"kind", part.kind);
            w.member(u"path", PrintableText::name(part.path));
            if (const std::optional<QString> bytes = PrintableText::rawBytes(part.path))
                w.member(PrintableText::bytesKey(u"path"), *bytes);
            if (!part.linkTarget.isEmpty()) {
                w.member(u"link_target", PrintableText::name(part.linkTarget));
                if (const std::optional<QString> bytes = PrintableText::rawBytes(part.linkTarget))
                    w.member(PrintableText::bytesKey(u"link_target"), *bytes);
            }
            w.member(u"exists", part.exists);
            if (part.layered)
                w.member(u"overlayfs", true);
            if (!part.sameFolderAs.isEmpty())
                w.member(u"same_folder_as", part.sameFolderAs);
            if (part.diskTotal > 0) { // on another filesystem than HF_HOME
                w.key(u"filesystem");
                w.beginObject();
                w.member(u"total", part.diskTotal);
                w.member(u"free", part.diskFree);
                w.endObject();
            }
            if (!part.unreadable.isEmpty())
                w.member(u"unreadable", PrintableText::name(part.unreadable));
            w.member(u"size_on_disk", part.sizeOnDisk);
            w.member(u"apparent_size", part.apparentSize);
            w.key(u"entries");
            w.beginArray();
            for (const HomeEntry &entry : part.entries)
                w.value(PrintableText::jsonWithBytes(entryJson(entry)));
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.endObject();
    });
}

void HomeCommand::printTable(const HomeScan &scan)
{
    const double now = HumanFormat::now();
    m_out.text(QStringLiteral("Hugging Face home: %1 (%2 on disk; the filesystem has %3 free of %4)")
                   .arg(PrintableText::name(scan.root), HumanFormat::sizeInText(scan.sizeOnDisk()), HumanFormat::sizeInText(scan.diskFree),
                        HumanFormat::sizeInText(scan.diskTotal)));
    m_out.text(QString());
    if (std::none_of(scan.parts.cbegin(), scan.parts.cend(), [](const HomeScan::Part &part) { return part.exists; })) {
        m_out.text(QStringLiteral("Nothing is there yet: no Hugging Face library has written to it."));
        return;
    }
    // Folders and nothing in them: an empty table and "0 bytes can be deleted" would say less.
    if (scan.holdsNothing()) {
        m_out.text(QStringLiteral("Nothing is stored in it: its folders are empty."));
        return;
    }
    // A part whose folder is a link is measured and cleaned where it leads, as the libraries
    // write there; said first, since du of HF_HOME counts only the link.
    bool linked = false;
    for (const HomeScan::Part &part : scan.parts) {
        if (!part.linkTarget.isEmpty() && part.exists) {
            m_out.text(QStringLiteral("%1 \u2192 %2 (a link: listed and cleaned there, where the libraries write)")
                           .arg(part.kind, PrintableText::name(part.linkTarget)));
            linked = true;
        }
    }
    // A container's overlayfs keeps what its image holds whatever is deleted (attack U1): said
    // before the sizes, which it makes read as freeable.
    QStringList layered;
    for (const HomeScan::Part &part : scan.parts)
        if (part.layered && part.kind != QLatin1String("other"))
            layered.append(part.kind);
    if (!layered.isEmpty())
        m_out.warning(QStringLiteral("On overlayfs (a container's filesystem): %1. What the image's read-only layers hold is only "
                                     "hidden by deleting it, not freed; `home rm` measures what it frees on the disk.")
                          .arg(layered.join(QStringLiteral(", "))));
    // A part on another disk: the header's free space is not its.
    for (const HomeScan::Part &part : scan.parts)
        if (part.diskTotal > 0 && part.exists)
            m_out.text(QStringLiteral("%1 is on another filesystem (%2): %3 free of %4 there.")
                           .arg(part.kind, PrintableText::name(part.linkTarget.isEmpty() ? part.path : part.linkTarget),
                                HumanFormat::sizeInText(part.diskFree), HumanFormat::sizeInText(part.diskTotal)));
    // Two parts at one folder: its entries are listed once, under the first.
    for (const HomeScan::Part &part : scan.parts)
        if (!part.sameFolderAs.isEmpty())
            m_out.text(
                QStringLiteral("%1 is the same folder as %2 (%3): its entries are listed there.")
                    .arg(part.kind == u"other" ? QStringLiteral("HF_HOME") : part.kind, part.sameFolderAs, PrintableText::name(part.path)));
    // A part that cannot be listed lists no entry: said, so that it does not read as empty.
    for (const HomeScan::Part &part : scan.parts) {
        if (!part.unreadable.isEmpty()) {
            m_out.text(QStringLiteral("%1: cannot be read (%2): its entries are not listed and its size is missing")
                           .arg(part.kind, PrintableText::name(part.unreadable)));
            linked = true;
        }
    }
    if (linked)
        m_out.text(QString());
    // LAST_MODIFIED is in the JSON: five columns fit a terminal with room for the names.
    TextTable table({QStringLiteral("ENTRY"), QStringLiteral("KIND"), QStringLiteral("SIZE_ON_DISK"), QStringLiteral("FILES"),
                     QStringLiteral("LAST_ACCESSED"), QStringLiteral("NOTE")});
    table.setRightAligned(2);
    table.setRightAligned(3);
    // Entry names run long (a legacy download's URL, an xet endpoint's folder): on a narrow
    // terminal they give way first, down to what keeps "xet/https___cas-server.xethub.hf.co/
    // shard-cache" whole, before the kind and the note are cut.
    table.setCutFirst(0, 48);
    // On a narrow terminal (80 columns, and any pipe) the kind and why an entry is kept must
    // still read ("in use: held open by python3 …"), so the age and the file count go first
    // (attack U10: every kind was "d..." and every note "i...").
    table.setCutMiddle(0);
    table.setFloor(0, 22);
    table.setFloor(1, 20); // "interrupted deletion", "kept from a deletion"
    table.setFloor(5, 23); // with SIZE_ON_DISK, 80 columns
    // An age cut mid-word ("a few secon...") says nothing: left out whole instead (H6).
    table.setFloor(4, std::numeric_limits<int>::max());
    table.setDroppable({4, 3});
    QList<const HomeEntry *> deletable;
    for (const HomeScan::Part &part : scan.parts) {
        if (!part.exists) {
            continue;
        }
        if (part.kind == u"hub") {
            // Its repos are `cache ls`'s to list; here the part is one line.
            qint64 files = 0;
            double accessed = HomeEntry::kNoTime;
            for (const HomeEntry &entry : part.entries) {
                files += entry.files;
                accessed = std::max(accessed, entry.lastAccessed);
            }
            table.addRow({QStringLiteral("hub/"), QStringLiteral("hub cache"), HumanFormat::size(part.sizeOnDisk), QString::number(files),
                          age(accessed, now), QStringLiteral("see `hubdeck-cli cache ls`")});
            continue;
        }
        for (const HomeEntry &entry : part.entries) {
            QString note;
            if (!entry.inUse.isEmpty())
                note = QStringLiteral("in use: %1").arg(entry.inUse);
            else if (entry.kind == HomeEntry::Kind::HubRepo || entry.kind == HomeEntry::Kind::HubOther)
                note = QStringLiteral("see `hubdeck-cli cache ls --dir %1`")
                           .arg(shellWord(PrintableText::name(part.path))); // TRANSFORMERS_CACHE's
            else if (!entry.keep.isEmpty())
                note = entry.keep;
            else if (!entry.deletable())
                note =
                    entry.kind == HomeEntry::Kind::Credentials ? QStringLiteral("never deleted") : QStringLiteral("not deleted by HubDeck");
            else
                deletable.append(&entry);
            if (entry.removalInterrupted)
                note = note.isEmpty() ? HomeScanner::removalInterruptedNote()
                                      : note + QStringLiteral("; ") + HomeScanner::removalInterruptedNote();
            // Its size counts each file once across the home, so a row whose files are hard-linked
            // with another's does not say what deleting it frees (attack report 19, H8).
            if (note.isEmpty() && entry.deletable() && !entry.sharedLinks.isEmpty()) {
                const QList<const HomeEntry *> others = scan.hardLinkedWith(entry);
                QString with;
                // Named as listed, which needs its part.
                for (const HomeScan::Part &otherPart : scan.parts)
                    if (!others.isEmpty() && std::any_of(otherPart.entries.cbegin(), otherPart.entries.cend(),
                                                         [&](const HomeEntry &other) { return &other == others.first(); })) {
                        with = PrintableText::name(HomeTargets::listedName(otherPart, *others.first()));
                        break;
                    }
                if (others.size() > 1)
                    with += QStringLiteral(" and %1 more").arg(others.size() - 1);
                note =
                    with.isEmpty()
                        ? QStringLiteral("frees %1 alone: some files are hard-linked from outside it")
                              .arg(HumanFormat::size(entry.freeable))
                        : QStringLiteral("frees %1 alone: shares hard-linked files with %2").arg(HumanFormat::size(entry.freeable), with);
            }
            if (!entry.hubRepo.isEmpty())
                note = note.isEmpty() ? QStringLiteral("from %1").arg(entry.hubRepo) : note;
            const QString name = PrintableText::name(HomeTargets::listedName(part, entry));
            table.addRow({name, HomeScanner::kindLabel(entry), HumanFormat::size(entry.sizeOnDisk), QString::number(entry.files),
                          age(entry.lastAccessed, now), note});
            // Its kind says "interrupted deletion" or "kept from a deletion": on a narrow terminal
            // the ending that says the same goes first, and the name that tells it apart stays (W12).
            if (entry.kind == HomeEntry::Kind::InterruptedDeletion || entry.kind == HomeEntry::Kind::KeptArrivals)
                if (const QRegularExpressionMatch ending = stoppedEnding().match(name); ending.hasMatch())
                    table.setLastRowEndingCutFirst(ending.capturedLength());
        }
    }
    m_out.table(table);
    m_out.text(QString());
    // TRANSFORMERS_CACHE's repos are a hub cache's too, cleaned where it is (attack A18).
    QString transformersRepos;
    if (const HomeScan::Part *part = scan.part(QStringLiteral("transformers")))
        if (std::any_of(part->entries.cbegin(), part->entries.cend(),
                        [](const HomeEntry &e) { return e.kind == HomeEntry::Kind::HubRepo; }))
            transformersRepos = QStringLiteral("; TRANSFORMERS_CACHE's repos with `hubdeck-cli cache rm --dir %1`")
                                    .arg(shellWord(PrintableText::name(part->path)));
    m_out.text(QStringLiteral("%1 can be deleted with `hubdeck-cli home rm`; the hub cache with `hubdeck-cli cache rm`%2.")
                   .arg(HumanFormat::sizeInText(HomeEntry::freeableTogether(deletable)), transformersRepos));
}

int HomeCommand::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")}, QStringLiteral("Skip confirmation."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Preview only."));
    if (const auto code = parse(parser, arguments, QStringLiteral("rm"), {yes, dryRun}))
        return *code;
    if (parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("Give at least one ENTRY to delete (as `home ls` lists it, or a path)."), QStringLiteral("rm"));
    const bool json = CliOutput::isJson();
    const HfHome where = home(parser);
    if (const QString problem = homeProblem(parser, where); !problem.isEmpty()) {
        m_out.error(problem);
        return ExitCode::Failure;
    }
    // Said before the scan: while another deletion runs, its renamed entries would be listed
    // as interrupted deletions, and a plan shown that this run may not carry out. A dry run
    // says the same: it passing where the run is refused was a false success (attack S8).
    if (const std::optional<qint64> pid = HomeDeletion::runningDeletion(where)) {
        const QString running = HomeDeletion::blockedReason(*pid);
        if (json) // the report of a run that touched nothing
            m_out.json(QJsonObject{{QStringLiteral("canceled"), false},
                                   {QStringLiteral("dry_run"), parser.isSet(dryRun)},
                                   {QStringLiteral("freed"), 0},
                                   {QStringLiteral("removed"), QJsonArray()},
                                   {QStringLiteral("already_gone"), QJsonArray()},
                                   {QStringLiteral("errors"), QJsonArray{running}},
                                   {QStringLiteral("refused"), QJsonArray()}});
        m_out.error(running);
        return ExitCode::Failure;
    }
    const InUseFiles inUse = InUseFiles::snapshot();
    const HomeScan scan = HomeScanner::scan(where, &inUse);

    // What the arguments name is HomeTargets' rule, kept in core so that every front end reads names alike.
    const HomeTargets::Resolved targets = HomeTargets::resolve(scan, parser.positionalArguments(), QDir::currentPath());
    HomeDeletion::Plan plan = HomeDeletion::plan(scan, targets.paths);
    // What the run would refuse as it stands (a folder it cannot read, a mount inside) is
    // refused here already, so that the plan shown, and --dry-run, promise only what it can do.
    (void)HomeDeletion::withoutObstacles(plan, {}, &inUse);
    QList<HomeDeletion::Refusal> refused = HomeTargets::inArgumentOrder(targets, plan.refusals);
    int refusedCode = refused.isEmpty() ? ExitCode::Success : ExitCode::Failure;
    // The plan as scripts read it: what would go, and what will not with its reason.
    const auto planJson = [&](bool dry) {
        QJsonArray entries;
        for (const HomeEntry &entry : plan.entries)
            entries.append(entryJson(entry));
        // What a part or folder asked for whole keeps (attack F5): names as listed, by folder.
        QJsonArray keptInside;
        for (const auto &[folder, kept] : plan.keptInside)
            keptInside.append(QJsonObject{{QStringLiteral("folder"), folder}, {QStringLiteral("kept"), QJsonArray::fromStringList(kept)}});
        return PrintableText::jsonWithBytes(
                   QJsonObject{{QStringLiteral("dry_run"), dry},
                               {QStringLiteral("size_on_disk"), plan.sizeOnDisk()},
                               {QStringLiteral("entries"), entries},
                               {QStringLiteral("refused"), refusedJson(refused)},
                               {QStringLiteral("already_clear"), QJsonArray::fromStringList(plan.alreadyClear)},
                               {QStringLiteral("emptied_folders"), QJsonArray::fromStringList(plan.emptiedFolders)},
                               {QStringLiteral("kept_inside"), keptInside}})
            .toObject();
    };
    for (const HomeDeletion::Refusal &refusal : std::as_const(refused))
        m_out.warning(PrintableText::name(refusal.reason)); // names hold backslashes: escaped, as in the JSON
    // A part asked for whole that holds nothing left (a run of the same command finished it)
    // is no failure: nothing to do.
    for (const QString &clear : std::as_const(plan.alreadyClear))
        if (!json)
            m_out.text(QStringLiteral("Nothing left to delete in %1.").arg(PrintableText::name(clear)));
    if (plan.entries.isEmpty()) {
        if (json)
            m_out.json(planJson(parser.isSet(dryRun)));
        if (refused.isEmpty() && !plan.alreadyClear.isEmpty())
            return ExitCode::Success;
        m_out.error(QStringLiteral("Nothing to delete."));
        return ExitCode::Failure;
    }
    if (!json) {
        m_out.text(QStringLiteral("About to delete %1 entr%2 (%3):")
                       .arg(plan.entries.size())
                       .arg(plan.entries.size() == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
                       .arg(HumanFormat::sizeInText(plan.sizeOnDisk())));
        for (const HomeEntry &entry : plan.entries) {
            m_out.text(QStringLiteral("  - %1 (%2, %3)")
                           .arg(PrintableText::name(entry.path), HomeScanner::kindLabel(entry.kind), HumanFormat::size(entry.freeable)));
            // Kept by the run, so in no figure above (attack Y2).
            if (entry.keptArrivals > 0) {
                const QString keptAt = HomeDeletion::keptArrivalsGoTo(entry);
                m_out.text(entry.keptArrivalsApart
                               ? QStringLiteral("    keeps %1 moved or written into it since it was set aside, as %2 (what was moved in "
                                                "may be its own old files, so it does not get the entry's name)")
                                     .arg(HumanFormat::size(entry.keptArrivals), PrintableText::name(keptAt))
                           : keptAt.endsWith(HomeScanner::keptSuffix())
                               ? QStringLiteral("    keeps %1 written into it since the deletion stopped, as %2 (its name holds a new "
                                                "folder)")
                                     .arg(HumanFormat::size(entry.keptArrivals), PrintableText::name(keptAt))
                               : QStringLiteral("    keeps %1 written into it since the deletion stopped, under its name again")
                                     .arg(HumanFormat::size(entry.keptArrivals)));
            }
        }
        // Each line is what its entry frees alone; files hard-linked between them go only
        // together, in none of the lines (attack Q10: lines of 20.5K and 4.1K under 2.0M).
        if (const qint64 linked = plan.linkedBetweenEntries(); linked > 0)
            m_out.text(QStringLiteral("  + %1 in files hard-linked between these entries (counted once)").arg(HumanFormat::size(linked)));
        // The folders that hold only these entries go with them (attack Q4).
        if (!plan.emptiedFolders.isEmpty())
            m_out.text(QStringLiteral("  + %1 in %2 folder%3 left empty, removed with them")
                           .arg(HumanFormat::size(plan.emptiedFolderBytes))
                           .arg(plan.emptiedFolders.size())
                           .arg(plan.emptiedFolders.size() == 1 ? QString() : QStringLiteral("s")));
        // What a part or folder asked for whole keeps, and so the folder with it (attack F5).
        for (const auto &[folder, kept] : plan.keptInside) {
            constexpr qsizetype kNamed = 5;
            QString names = PrintableText::names(kept.mid(0, kNamed), QStringLiteral(", "));
            if (kept.size() > kNamed)
                names += QStringLiteral(" and %1 more").arg(kept.size() - kNamed);
            // A part's own folder stays whatever it holds.
            m_out.text(QStringLiteral("  Stays in %1: %2 (HubDeck never deletes %3)%4.")
                           .arg(PrintableText::name(folder), names, kept.size() == 1 ? QStringLiteral("it") : QStringLiteral("them"),
                                plan.partFolders.contains(folder) ? QString() : QStringLiteral(", and so the folder")));
        }
        if (plan.sharedExtents() > 0)
            m_out.text(QStringLiteral("Not counted: %1 in blocks other files share (reflinks or snapshots), which the disk keeps "
                                      "while those files stay.")
                           .arg(HumanFormat::sizeInText(plan.sharedExtents())));
        // What each kind costs, once per kind, as the Overview's confirmation says it before
        // anything goes (attack A5: `home rm xet` took an unfinished upload's staging unsaid).
        QList<HomeEntry::Kind> kinds;
        for (const HomeEntry &entry : std::as_const(plan.entries))
            if (!kinds.contains(entry.kind))
                kinds.append(entry.kind);
        m_out.text(QStringLiteral("What deleting costs:"));
        for (const HomeEntry::Kind kind : std::as_const(kinds))
            m_out.text(QStringLiteral("  %1: %2").arg(HomeScanner::kindLabel(kind), HomeScanner::costOfDeleting(kind)));
        // A part that is a link is cleaned where it leads, outside HF_HOME: said before -y.
        for (const auto &[link, target] : plan.linkedPartsUsed())
            m_out.text(QStringLiteral("%1 is a link to %2: these entries are deleted there.")
                           .arg(PrintableText::name(link), PrintableText::name(target)));
    }
    if (parser.isSet(dryRun)) {
        if (json)
            m_out.json(planJson(true));
        else // cache rm's dry-run result: agent mode reads "dry_run=True entries=N size=S", quiet "True"
            m_out.success(QStringLiteral("Dry run: nothing was deleted.\n  dry_run: True\n  entries: %1\n  size: %2")
                              .arg(plan.entries.size())
                              .arg(HumanFormat::size(plan.sizeOnDisk())));
        return refusedCode;
    }
    CliDeletion deletion(m_out);
    if (!deletion.confirmed(deleteQuestion(plan.entries.size()), parser.isSet(yes)))
        return ExitCode::Failure;
    // Answered at a prompt, maybe long after the listing: what the entries hold and which are in
    // use are read again, as the Overview's confirmation does, and a figure that changed is asked
    // about again, so that "y" never agrees to a size nobody saw (the run's own figures are
    // measured either way).
    if (!parser.isSet(yes)) {
        QHash<QString, qint64> listed;
        for (const HomeEntry &entry : std::as_const(plan.entries))
            listed.insert(entry.path, entry.freeable);
        const qint64 shown = plan.sizeOnDisk();
        (void)HomeDeletion::withoutGone(plan);
        const InUseFiles now = InUseFiles::snapshot();
        QList<HomeDeletion::Refusal> changed = HomeDeletion::remeasure(plan, now);
        changed += HomeDeletion::withoutObstacles(plan, {}, &now);
        for (const QString &gone : std::as_const(plan.gone))
            m_out.warning(QStringLiteral("No longer deleted: %1 (another process removed or moved it since it was listed).")
                              .arg(PrintableText::name(gone)));
        for (const HomeDeletion::Refusal &refusal : std::as_const(changed))
            m_out.warning(PrintableText::name(refusal.reason));
        if (plan.entries.isEmpty()) {
            m_out.error(QStringLiteral("Nothing is left to delete."));
            return ExitCode::Failure;
        }
        // An entry removed by another program whose builder lock or .json is still there stays
        // in the plan, so that what is left of it goes too; it is no longer one to delete
        // (attack A14: "3 entries to delete … org001___set-001: 0.0 now", then "2 of 3").
        QSet<QString> goneButMembers;
        for (const HomeEntry &entry : std::as_const(plan.entries))
            if (struct stat st{}; ::lstat(FileName::encode(entry.path).constData(), &st) != 0 && errno == ENOENT)
                goneButMembers.insert(entry.path);
        if (const qint64 measured = plan.sizeOnDisk();
            measured != shown || !plan.gone.isEmpty() || !changed.isEmpty() || !goneButMembers.isEmpty()) {
            const qsizetype toDelete = plan.entries.size() - goneButMembers.size();
            // All of them gone, what they left behind still there: that is what is asked about
            // (attack C5: "0 entries to delete … Delete them?").
            if (toDelete == 0)
                m_out.text((goneButMembers.size() == 1
                                ? QStringLiteral("Measured again: the entry was removed since it was listed; what is left of it, %1 now "
                                                 "(%2 when listed):")
                                : QStringLiteral("Measured again: the %3 entries were removed since they were listed; what is left of "
                                                 "them, %1 now (%2 when listed):"))
                               .replace(QStringLiteral("%3"), QString::number(goneButMembers.size()))
                               .arg(HumanFormat::sizeInText(measured), HumanFormat::sizeInText(shown)));
            else
                m_out.text(QStringLiteral("Measured again: %1 entr%2 to delete, %3 now (%4 when listed):")
                               .arg(toDelete)
                               .arg(toDelete == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
                               .arg(HumanFormat::sizeInText(measured), HumanFormat::sizeInText(shown)));
            for (const HomeEntry &entry : std::as_const(plan.entries))
                if (goneButMembers.contains(entry.path))
                    m_out.text(QStringLiteral("  - %1: gone since it was listed; what is left of it (%2) is deleted with the rest")
                                   .arg(PrintableText::name(entry.path), PrintableText::names(entry.members, QStringLiteral(", "))));
                else if (const qint64 was = listed.value(entry.path, -1); was != entry.freeable)
                    m_out.text(QStringLiteral("  - %1: %2 now, %3 when listed")
                                   .arg(PrintableText::name(entry.path), HumanFormat::size(entry.freeable), HumanFormat::size(was)));
            if (!deletion.confirmed(toDelete == 0 ? QStringLiteral("Delete what is left?") : deleteQuestion(toDelete), false))
                return ExitCode::Failure;
        }
        refused += changed;
        refusedCode = refused.isEmpty() ? ExitCode::Success : ExitCode::Failure;
    }
    HomeDeletion::Report report;
    {
        const InterruptGuard guard;
        report = HomeDeletion::run(where, plan, [] { return InterruptGuard::interrupted(); });
    }
    if (json)
        m_out.json(
            PrintableText::jsonWithBytes(QJsonObject{{QStringLiteral("canceled"), report.canceled},
                                                     {QStringLiteral("freed"), report.freedBytes},
                                                     {QStringLiteral("removed"), QJsonArray::fromStringList(report.removed)},
                                                     {QStringLiteral("already_gone"), QJsonArray::fromStringList(report.alreadyGone)},
                                                     {QStringLiteral("partly_deleted"), QJsonArray::fromStringList(report.partlyDeleted)},
                                                     {QStringLiteral("arrived"), QJsonArray::fromStringList(report.arrived)},
                                                     {QStringLiteral("shared_extents"), report.sharedBytes},
                                                     {QStringLiteral("hidden_in_image"), report.hiddenBytes},
                                                     {QStringLiteral("errors"), QJsonArray::fromStringList(report.errors)},
                                                     {QStringLiteral("refused"), refusedJson(refused)}})
                .toObject());
    for (const QString &gone : report.alreadyGone)
        m_out.warning(QStringLiteral("Already gone: %1 (another process removed it since it was listed).").arg(PrintableText::name(gone)));
    if (!report.arrived.isEmpty() && report.arrivedInStopped == report.arrived.size()) {
        // Finishing a stopped deletion: written or moved in since it began, maybe long before
        // this run's listing (GUI attack B2).
        m_out.warning(report.arrived.size() == 1
                          ? QStringLiteral("Kept: %1, which was written or moved into it since its deletion began.")
                                .arg(PrintableText::name(report.arrived.first()))
                          : QStringLiteral("Kept: %1 files or folders written or moved into it since its deletion began, first %2.")
                                .arg(report.arrived.size())
                                .arg(PrintableText::name(report.arrived.first())));
    } else if (report.arrived.size() == 1) {
        m_out.warning(QStringLiteral("Kept: %1, which another program wrote there after it was listed for deletion.")
                          .arg(PrintableText::name(report.arrived.first())));
    } else if (!report.arrived.isEmpty()) {
        // Downloads arrive by the thousand in one folder: named by it, not one by one.
        const QString folder = QFileInfo(report.arrived.first()).path();
        const bool oneFolder = std::all_of(report.arrived.cbegin(), report.arrived.cend(),
                                           [&folder](const QString &path) { return QFileInfo(path).path() == folder; });
        m_out.warning(oneFolder ? QStringLiteral("Kept: %1 files or folders that another program wrote into %2 after it was listed for "
                                                 "deletion.")
                                      .arg(report.arrived.size())
                                      .arg(PrintableText::name(folder))
                                : QStringLiteral("Kept: %1 files or folders that another program wrote there after they were listed for "
                                                 "deletion, first %2.")
                                      .arg(report.arrived.size())
                                      .arg(PrintableText::name(report.arrived.first())));
    }
    for (const QString &error : report.errors)
        m_out.error(PrintableText::name(error));
    if (report.sharedBytes > 0)
        m_out.warning(CliDeletion::sharedNote(report.sharedBytes));
    if (report.hiddenBytes > 0)
        m_out.warning(CliDeletion::hiddenNote(report.hiddenBytes));
    for (const QString &partly : report.partlyDeleted)
        m_out.warning(
            QStringLiteral("Partly deleted: %1 (stopped part-way; deleting it again finishes it).").arg(PrintableText::name(partly)));
    // Out of what was there to delete: one another program removed first is said above
    // ("Already gone"), neither deleted by this run nor left for it.
    const qsizetype wasThere = plan.entries.size() - report.alreadyGone.size();
    // Every entry gone before the run, only what they left behind (a builder lock) deleted:
    // said so, not "0 of 0 entries deleted" (attack C5).
    const QString done =
        wasThere == 0 && !report.alreadyGone.isEmpty()
            ? QStringLiteral("What %1 left behind deleted, %2 freed")
                  .arg(report.alreadyGone.size() == 1
                           ? QStringLiteral("the entry removed since it was listed")
                           : QStringLiteral("the %1 entries removed since they were listed").arg(report.alreadyGone.size()),
                       HumanFormat::sizeInText(report.freedBytes))
            : QStringLiteral("%1 of %2 entr%3 deleted, %4 freed")
                  .arg(report.removed.size())
                  .arg(wasThere)
                  .arg(wasThere == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
                  .arg(HumanFormat::sizeInText(report.freedBytes));
    if (report.canceled) {
        // What is left of the plan, by path: the same command again would also name what
        // already went, which no longer names anything (attack P7).
        // Self-contained, so that it finishes from any shell (attack Q22: after a run configured
        // by HF_HOME it named "not an entry" elsewhere): --dir as given, else the variables that
        // located this home, set as they were.
        QStringList command;
        if (!parser.isSet(QStringLiteral("dir"))) {
            const QProcessEnvironment env = CacheLocation::systemEnvironment();
            for (const char *name :
                 {"HF_HOME", "XDG_CACHE_HOME", "HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "HF_XET_CACHE", "HF_DATASETS_CACHE",
                  "HF_DATASETS_DOWNLOADED_DATASETS_PATH", "HF_DATASETS_EXTRACTED_DATASETS_PATH", "HF_XET_CHUNK_CACHE_SUBDIR",
                  "HF_XET_SHARD_CACHE_SUBDIR", "HF_ASSETS_CACHE", "HUGGINGFACE_ASSETS_CACHE", "HF_MODULES_CACHE", "HF_TOKEN_PATH",
                  "TRANSFORMERS_CACHE", "PYTORCH_TRANSFORMERS_CACHE", "PYTORCH_PRETRAINED_BERT_CACHE"}) // attack C3: the transformers part
                if (const QString value = env.value(QString::fromLatin1(name)); !value.isEmpty())
                    command.append(QString::fromLatin1(name) + u'=' + shellValue(value));
        }
        command.append(QStringLiteral("hubdeck-cli home rm"));
        // An entry renamed aside by the run is named by what is left of it: its own name may
        // hold a new cache by the time the command is run (attack Z5: load_dataset prepared it
        // again, and the printed command deleted that too, with -y).
        for (const HomeEntry &entry : plan.entries) {
            if (report.removed.contains(entry.path) || report.alreadyGone.contains(entry.path))
                continue;
            const QString aside = entry.path + HomeScanner::deletingSuffix();
            command.append(shellWord(PrintableText::name(report.partlyDeleted.contains(aside) ? aside : entry.path)));
        }
        if (parser.isSet(QStringLiteral("dir")))
            command += {QStringLiteral("--dir"), shellWord(PrintableText::name(where.root()))};
        command.append(QStringLiteral("-y"));
        m_out.stopped(QStringLiteral("%1. To finish: %2").arg(done, command.join(u' ')));
        return InterruptGuard::exitCode();
    }
    if (!report.errors.isEmpty()) {
        m_out.error(QStringLiteral("%1.").arg(done));
        return ExitCode::Failure;
    }
    // What was asked for and refused (said above) makes it a failure: no check mark over an
    // exit code of 1 (attack R11).
    if (!refused.isEmpty()) {
        m_out.error(QStringLiteral("%1; %2 of what was asked for not deleted (said above).").arg(done).arg(refused.size()));
        return refusedCode;
    }
    if (!json) // details as cache rm's: entries_deleted first, which quiet prints
        m_out.success(QStringLiteral("%1.\n  entries_deleted: %2\n  freed: %3")
                          .arg(done)
                          .arg(report.removed.size())
                          .arg(HumanFormat::size(report.freedBytes)));
    return refusedCode;
}

} // namespace hubdeck::cli
