// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpacesUploadCommand.h"

#include "ExitCode.h"
#include "FolderUpload.h"
#include "HumanFormat.h"
#include "InterruptGuard.h"
#include "PrintableText.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace hubdeck::cli {

namespace {

QString files(qsizetype count)
{
    return count == 1 ? QStringLiteral("1 file") : QStringLiteral("%1 files").arg(count);
}

const QString kUsage = QStringLiteral("upload SPACE [FOLDER] [--path-in-repo P] [--commit-message M] [--commit-description D] "
                                      "[--include GLOB]... [--exclude GLOB]... [--delete GLOB]... [--create --sdk SDK [--private]] "
                                      "[--revision R] [--dry-run] [-v]");

// Stable names for scripts (--format json).
QString reasonKey(FolderUploadPlan::Skip reason)
{
    using Skip = FolderUploadPlan::Skip;
    switch (reason) {
    case Skip::DefaultIgnored:
        return QStringLiteral("default_ignored");
    case Skip::NotIncluded:
        return QStringLiteral("not_included");
    case Skip::Excluded:
        return QStringLiteral("excluded");
    case Skip::LinkOutside:
        return QStringLiteral("link_outside");
    case Skip::LinkToFolder:
        return QStringLiteral("link_to_folder");
    case Skip::NotRegularFile:
        return QStringLiteral("not_regular_file");
    case Skip::Unreadable:
        return QStringLiteral("unreadable");
    case Skip::RefusedPath:
        return QStringLiteral("refused_path");
    case Skip::TooDeep:
        return QStringLiteral("too_deep");
    }
    return {};
}

QString stageText(FolderUpload::Stage stage)
{
    switch (stage) {
    case FolderUpload::Stage::Creating:
        return QStringLiteral("Creating the Space");
    case FolderUpload::Stage::Planning:
        return QStringLiteral("Reading the folder");
    case FolderUpload::Stage::Listing:
        return QStringLiteral("Listing the Space's files");
    case FolderUpload::Stage::Hashing:
        return QStringLiteral("Reading files");
    case FolderUpload::Stage::Uploading:
        return QStringLiteral("Sending");
    case FolderUpload::Stage::Committing:
        return QStringLiteral("Committing");
    }
    return {};
}

QString duration(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    if (s < 60)
        return QStringLiteral("%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
    return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

// One line on stderr, redrawn in place: only on a terminal, so logs and pipes get none of it.
class ProgressLine
{
public:
    explicit ProgressLine(bool enabled)
        : m_enabled(enabled)
    {}
    void show(const FolderUpload::Progress &p)
    {
        if (!m_enabled)
            return;
        // Ten redraws a second at most (a fast upload reports far more often, and each redraw
        // is a write to the terminal); a new stage shows at once.
        // A new stage, a total that becomes known and the end of a stage show at once.
        const bool sameShape = p.stage == m_stage && (p.bytesTotal > 0) == m_withTotal;
        const bool stageEnd = p.bytesTotal > 0 && p.bytesDone >= p.bytesTotal;
        if (m_drawn && sameShape && !stageEnd && m_sinceDrawn.isValid() && !m_sinceDrawn.hasExpired(100))
            return;
        m_stage = p.stage;
        m_withTotal = p.bytesTotal > 0;
        m_sinceDrawn.start();
        // \r back to the start, the line, then erase what a longer line left.
        std::fputs((u'\r' + text(p) + QStringLiteral("\x1b[K")).toUtf8().constData(), stderr);
        std::fflush(stderr);
        m_drawn = true;
    }
    // "Reading files: 1.0 GB / 1.2 GB, 3/6 files, 5 s left"; "Sending: 1.0 GB / 1.2 GB, 5 s
    // left"; "Committing 6 files". The counts are the stage's own (FolderUpload::Progress).
    [[nodiscard]] static QString text(const FolderUpload::Progress &p)
    {
        if (p.stage == FolderUpload::Stage::Committing && p.filesTotal > 0)
            return p.filesTotal == 1 ? QStringLiteral("Committing 1 file") : QStringLiteral("Committing %1 files").arg(p.filesTotal);
        QString text = stageText(p.stage);
        if (p.bytesTotal > 0)
            text += QStringLiteral(": %1 / %2").arg(HumanFormat::sizeInText(p.bytesDone), HumanFormat::sizeInText(p.bytesTotal));
        if (p.filesTotal > 0)
            text += QStringLiteral(", %1/%2 files").arg(p.filesDone).arg(p.filesTotal);
        if (p.secondsLeft >= 0)
            text += QStringLiteral(", %1 left").arg(duration(p.secondsLeft));
        return text;
    }
    void clear()
    {
        if (!m_drawn)
            return;
        std::fputs("\r\x1b[K", stderr);
        std::fflush(stderr);
        m_drawn = false;
    }

private:
    bool m_enabled;
    bool m_drawn = false;
    FolderUpload::Stage m_stage{};
    bool m_withTotal = false;
    QElapsedTimer m_sinceDrawn;
};

QJsonObject outcomeJson(const FolderUpload::Outcome &outcome)
{
    QHash<QString, qint64> sizes;
    for (const FolderUploadPlan::File &file : outcome.plan.files)
        sizes.insert(file.pathInRepo, file.size);
    QJsonArray files;
    auto addFiles = [&](const QStringList &paths, bool lfs) {
        for (const QString &path : paths)
            files.append(
                QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("size"), sizes.value(path)}, {QStringLiteral("lfs"), lfs}});
    };
    if (outcome.dryRun) {
        for (const FolderUploadPlan::File &file : outcome.plan.files)
            files.append(QJsonObject{{QStringLiteral("path"), file.pathInRepo}, {QStringLiteral("size"), file.size}});
    } else {
        addFiles(outcome.commit.sentRegular, false);
        addFiles(outcome.commit.sentLfs, true);
    }
    qint64 inlineBytes = 0;
    if (!outcome.dryRun)
        for (const QString &path : outcome.commit.sentRegular)
            inlineBytes += sizes.value(path);
    QJsonArray skipped;
    for (const FolderUploadPlan::Skipped &entry : outcome.plan.skipped) {
        QJsonObject object{{QStringLiteral("path"), entry.relativePath}, {QStringLiteral("reason"), reasonKey(entry.reason)}};
        if (!entry.detail.isEmpty())
            object.insert(QStringLiteral("detail"), entry.detail);
        skipped.append(object);
    }
    QJsonObject document{
        {QStringLiteral("dry_run"), outcome.dryRun},
        {QStringLiteral("created"), outcome.created},
        {QStringLiteral("nothing_to_commit"), outcome.commit.nothingToCommit},
        {QStringLiteral("commit_url"), outcome.commit.commitUrl.isEmpty() ? QJsonValue() : QJsonValue(outcome.commit.commitUrl)},
        {QStringLiteral("oid"), outcome.commit.commitOid.isEmpty() ? QJsonValue() : QJsonValue(outcome.commit.commitOid)},
        {QStringLiteral("files"), files},
        {QStringLiteral("unchanged"), QJsonArray::fromStringList(outcome.commit.unchanged)},
        {QStringLiteral("ignored"), QJsonArray::fromStringList(outcome.commit.ignored)},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("deletions"), QJsonArray::fromStringList(outcome.deletions)},
        // Every byte of file content sent: large files' PUT bodies and small files' content
        // in the commit; the first alone under its own key.
        {QStringLiteral("bytes_uploaded"), outcome.commit.lfsBytesUploaded + inlineBytes},
        {QStringLiteral("lfs_bytes_uploaded"), outcome.commit.lfsBytesUploaded},
    };
    return PrintableText::jsonWithBytes(document).toObject();
}

} // namespace

void SpacesUploadCommand::reportSkipped(const FolderUploadPlan &plan, bool verbose)
{
    if (plan.skipped.isEmpty() || CliOutput::isQuiet())
        return;
    QMap<int, int> counts;
    for (const FolderUploadPlan::Skipped &entry : plan.skipped)
        ++counts[int(entry.reason)];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(FolderUploadPlan::reasonText(FolderUploadPlan::Skip(it.key()))));
    std::fputs(PrintableText::line(QStringLiteral("Left out: %1.").arg(parts.join(QStringLiteral("; ")))).toUtf8().append('\n').constData(),
               stderr);
    if (verbose)
        for (const FolderUploadPlan::Skipped &entry : plan.skipped) {
            QString line =
                QStringLiteral("  - %1: %2").arg(PrintableText::name(entry.relativePath), FolderUploadPlan::reasonText(entry.reason));
            if (!entry.detail.isEmpty())
                line += QStringLiteral(" (%1)").arg(PrintableText::line(entry.detail));
            std::fputs(line.toUtf8().append('\n').constData(), stderr);
        }
    else if (!counts.isEmpty())
        m_out.hint(QStringLiteral("Run with -v to list them."));
    std::fflush(stderr);
}

int SpacesUploadCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption pathInRepo(QStringLiteral("path-in-repo"),
                                        QStringLiteral("Where the folder goes in the Space (default: its root)."), QStringLiteral("PATH"));
    const QCommandLineOption message(QStringLiteral("commit-message"), QStringLiteral("The commit's title."), QStringLiteral("MESSAGE"));
    const QCommandLineOption description(QStringLiteral("commit-description"), QStringLiteral("The commit's description."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption include(QStringLiteral("include"), QStringLiteral("Only files matching GLOB (repeatable)."),
                                     QStringLiteral("GLOB"));
    const QCommandLineOption exclude(QStringLiteral("exclude"), QStringLiteral("Leave out files matching GLOB (repeatable)."),
                                     QStringLiteral("GLOB"));
    const QCommandLineOption remove(QStringLiteral("delete"), QStringLiteral("Delete the Space's files matching GLOB (repeatable)."),
                                    QStringLiteral("GLOB"));
    const QCommandLineOption create(QStringLiteral("create"), QStringLiteral("Create the Space if it does not exist."));
    const QCommandLineOption sdk(QStringLiteral("sdk"), QStringLiteral("With --create: gradio, docker, static or streamlit."),
                                 QStringLiteral("SDK"));
    const QCommandLineOption privateOption(QStringLiteral("private"), QStringLiteral("With --create: a private Space."));
    const QCommandLineOption revision(QStringLiteral("revision"), QStringLiteral("The branch to commit to (default main)."),
                                      QStringLiteral("REVISION"), QStringLiteral("main"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Show what would go and be deleted; send nothing."));
    const QCommandLineOption verbose({QStringLiteral("v"), QStringLiteral("verbose")}, QStringLiteral("List each file left out."));
    parser.addOptions({pathInRepo, message, description, include, exclude, remove, create, sdk, privateOption, revision, dryRun, verbose});
    if (const int code = m_context.parse(parser, arguments, kUsage, 1, 2); code >= 0)
        return code;

    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return m_context.usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(PrintableText::name(id)), kUsage);
    if (!parser.isSet(create) && (parser.isSet(sdk) || parser.isSet(privateOption)))
        return m_context.usageError(QStringLiteral("--sdk and --private go with --create."), kUsage);
    const QString sdkName = parser.value(sdk);
    if (parser.isSet(create) && sdkName != u"gradio" && sdkName != u"docker" && sdkName != u"static" && sdkName != u"streamlit")
        return m_context.usageError(QStringLiteral("--create needs --sdk gradio, docker, static or streamlit."), kUsage);

    FolderUpload::Request request;
    request.repoType = RepoType::Space;
    request.repoId = id;
    request.revision = parser.value(revision);
    request.options.folder = QDir::current().absoluteFilePath(parser.positionalArguments().value(1, QStringLiteral(".")));
    request.options.pathInRepo = parser.value(pathInRepo);
    request.options.include = parser.values(include);
    request.options.exclude = parser.values(exclude);
    request.options.deletePatterns = parser.values(remove);
    request.summary = parser.value(message);
    request.description = parser.value(description);
    request.create = parser.isSet(create);
    request.sdk = sdkName;
    if (parser.isSet(privateOption))
        request.isPrivate = true;
    request.dryRun = parser.isSet(dryRun);

    // An upload takes the time its bytes take: no budget for the whole command (see the header).
    m_hub.client().setDeadline(QDeadlineTimer(QDeadlineTimer::Forever));
    const bool json = m_hub.json();
    // hf's status lines: in human mode only, never to an agent.
    ProgressLine line(CliOutput::isHuman() && ::isatty(STDERR_FILENO) == 1);
    FolderUpload upload(&m_hub.client(), request);
    HubResult<FolderUpload::Outcome> result;
    QEventLoop loop;
    QObject::connect(&upload, &FolderUpload::planned, &upload, [&](const FolderUploadPlan &plan) {
        if (json)
            return;
        line.clear();
        reportSkipped(plan, parser.isSet(verbose));
    });
    QObject::connect(&upload, &FolderUpload::progress, &upload, [&](const FolderUpload::Progress &p) { line.show(p); });
    // On stderr whatever the output: a wait of several stall times must never be silent.
    QObject::connect(&upload, &FolderUpload::retrying, &upload, [&](const QString &message) {
        line.clear();
        m_out.warning(message);
    });
    QObject::connect(&upload, &FolderUpload::finished, &upload, [&](const HubResult<FolderUpload::Outcome> &r) {
        result = r;
        loop.quit();
    });
    {
        const InterruptGuard guard;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &upload, [&] {
            if (InterruptGuard::interrupted())
                upload.cancel();
        });
        poll.start(50);
        upload.start();
        loop.exec();
    }
    line.clear();
    if (!result.ok()) {
        if (result.error.kind == HubError::Kind::Canceled) {
            m_out.stopped(QStringLiteral("Nothing was committed."));
            return InterruptGuard::exitCode();
        }
        return m_context.fail(result.error);
    }
    const FolderUpload::Outcome &outcome = *result.value;
    if (json) {
        m_out.json(outcomeJson(outcome));
        return ExitCode::Success;
    }
    if (outcome.plan.files.isEmpty() && outcome.deletions.isEmpty()) {
        // Not "nothing to commit": nothing was even looked for on the Hub.
        m_out.text(outcome.plan.skipped.isEmpty()
                       ? QStringLiteral("Nothing to upload: the folder has no file.")
                       : QStringLiteral("Nothing to upload: no file of the folder is to be sent (%1 left out; -v lists them).")
                             .arg(outcome.plan.skipped.size()));
        return ExitCode::Success;
    }
    if (outcome.dryRun) {
        for (const FolderUploadPlan::File &file : outcome.plan.files)
            m_out.text(QStringLiteral("  + %1  %2").arg(PrintableText::name(file.pathInRepo), HumanFormat::size(file.size)));
        for (const QString &path : outcome.deletions)
            m_out.text(QStringLiteral("  - %1").arg(PrintableText::name(path)));
        // The Hub is not asked which files it already has: "up to", not "would go".
        m_out.text(
            QStringLiteral("Dry run: up to %1 (%2) would go, %3 would be deleted; nothing was sent. "
                           "Files the Space already has unchanged are not sent.")
                .arg(files(outcome.plan.files.size()), HumanFormat::sizeInText(outcome.plan.totalBytes), files(outcome.deletions.size())));
        return ExitCode::Success;
    }
    if (outcome.commit.nothingToCommit) {
        m_out.text(QStringLiteral("Nothing to commit: the Space already has %1, unchanged.").arg(files(outcome.plan.files.size())));
        return ExitCode::Success;
    }
    if (!CliOutput::isQuiet())
        std::fputs(PrintableText::line(QStringLiteral("%1 sent (%2 of large files uploaded), %3 unchanged, %4 deleted.")
                                           .arg(files(outcome.commit.sentRegular.size() + outcome.commit.sentLfs.size()),
                                                HumanFormat::sizeInText(outcome.commit.lfsBytesUploaded),
                                                files(outcome.commit.unchanged.size()), files(outcome.deletions.size())))
                       .append(u'\n')
                       .toUtf8()
                       .constData(),
                   stderr);
    // The URL is the result: printed with -q too, as hf upload -q prints it alone.
    std::fputs(PrintableText::line(outcome.commit.commitUrl).append(u'\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
    return ExitCode::Success;
}

} // namespace hubdeck::cli
