// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CliDeletion.h"

#include "DeletionExecutor.h"
#include "DeletionPlan.h"
#include "DeletionTally.h"
#include "ExitCode.h"
#include "HumanFormat.h"
#include "InterruptGuard.h"
#include "PrintableText.h"
#include "RepoType.h"
#include "ScanJson.h"

#include <QTextStream>

#include <cstdio>

namespace hubdeck::cli {

namespace {

QString revisionLine(const DeletionPlan::RevisionItem &revision)
{
    const QString refs = revision.refs.isEmpty() ? QStringLiteral("(detached)") : PrintableText::names(revision.refs, QStringLiteral(" "));
    return QStringLiteral("      %1 [%2] %3").arg(PrintableText::name(revision.commitHash), refs, HumanFormat::size(revision.sizeOnDisk));
}

QString count(int n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

// "model/org/name revision 1a2b3c4d: its refs and some of its files are gone, …" for a
// revision a stop or a failure left begun (attack S9).
QString partlyRemovedLine(const DeletionReport::PartlyRemoved &partly)
{
    const std::optional<RepoFolderName> repo = parseRepoFolderName(partly.revision.repoFolder);
    const QString name = repo ? repoTypeName(repo->type) + u'/' + repo->repoId : partly.revision.repoFolder;
    const QString what = partly.refsGone && partly.filesGone ? QStringLiteral("its refs and some of its files are gone")
                         : partly.refsGone                   ? QStringLiteral("its refs are gone, its files are all there")
                                                             : QStringLiteral("some of its files are gone");
    return QStringLiteral("Partly removed: %1 revision %2 (%3). Run the same command again, or `cache prune`%4, to finish it.")
        .arg(PrintableText::name(name), partly.revision.commitHash.left(8), what,
             partly.refsGone ? QStringLiteral(" (it is detached now)") : QString());
}

} // namespace

QString CliDeletion::joinList(const QStringList &parts, const QString &conjunction)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) + u' ' + conjunction + u' ' + parts.last();
}

QString CliDeletion::hiddenNote(qint64 bytes)
{
    return QStringLiteral("Hidden, not freed: %1 of what was removed lies in the container image's read-only layers "
                          "(overlayfs), which keep it; only what was written in the container frees space.")
        .arg(HumanFormat::sizeInText(bytes));
}

QString CliDeletion::sharedNote(qint64 bytes)
{
    return QStringLiteral("%1 more of what was removed is in blocks other files share (reflinks or snapshots): the disk "
                          "keeps them while those files stay, so they are not in \"freed\".")
        .arg(HumanFormat::sizeInText(bytes));
}

void CliDeletion::warnMissing(const QStringList &targets)
{
    QStringList items;
    for (const QString &missing : targets)
        items.append(PrintableText::name(missing));
    m_out.warningList(QStringLiteral("Could not find in cache:"), items);
}

void CliDeletion::printItems(const DeletionPlan &plan)
{
    for (const DeletionPlan::RepoItem &item : plan.items) {
        const QString name = PrintableText::name(item.cacheId.isEmpty() ? item.repoPath : item.cacheId);
        if (item.isRefused()) {
            m_out.text(QStringLiteral("  - %1: %2").arg(name, PrintableText::name(item.refusal)));
        } else if (item.corrupted) {
            m_out.text(QStringLiteral("  - %1 (corrupted entry, %2): %3")
                           .arg(name, HumanFormat::size(item.freedSize), PrintableText::name(item.reason)));
        } else if (item.wholeRepo && item.emptyRepo) {
            m_out.text(QStringLiteral("  - %1 (empty repo: no revision left)").arg(name));
        } else if (item.wholeRepo) {
            m_out.text(QStringLiteral("  - %1 (entire repo)").arg(name));
        } else if (item.isFileItem()) {
            // hf's label, "model/org/name@<hash>/PATH", with the file's size and whether its blob stays.
            for (const DeletionPlan::FileItem &file : item.files)
                m_out.text(QStringLiteral("  - %1@%2/%3 %4%5")
                               .arg(name, PrintableText::name(file.commitHash), PrintableText::name(file.relativePath),
                                    HumanFormat::size(file.size),
                                    file.blobKept ? QStringLiteral(" (its blob stays: a kept file uses it)") : QString()));
            if (!item.unreferencedBlobs.isEmpty())
                m_out.text(QStringLiteral("  - %1: %2 no snapshot links to")
                               .arg(name, count(int(item.unreferencedBlobs.size()), QStringLiteral("blob"), QStringLiteral("blobs"))));
        } else {
            m_out.text(QStringLiteral("  - %1:").arg(name));
            for (const DeletionPlan::RevisionItem &revision : item.revisions)
                m_out.text(revisionLine(revision));
            if (!item.unreferencedBlobs.isEmpty())
                m_out.text(QStringLiteral("      %1 no snapshot links to")
                               .arg(count(int(item.unreferencedBlobs.size()), QStringLiteral("blob"), QStringLiteral("blobs"))));
        }
    }
    if (plan.sharedFreedSize > 0)
        m_out.text(QStringLiteral("  - shared blobs no other repo uses: %1").arg(HumanFormat::sizeInText(plan.sharedFreedSize)));
}

bool CliDeletion::confirmed(const QString &question, bool yes)
{
    if (yes)
        return true;
    if (m_out.refusesToAsk(question))
        return false;
    if (!CliOutput::stdinIsTerminal()) {
        m_out.error(QStringLiteral("Not deleting without confirmation: no terminal to ask on. Re-run with --yes."));
        return false;
    }
    if (!m_out.confirm(question)) {
        m_out.error(QStringLiteral("Aborted."));
        return false;
    }
    return true;
}

int CliDeletion::execute(const DeletionPlan &plan, bool json, bool yes, const QString &question, const Summarize &summarize)
{
    if (!confirmed(question, yes))
        return ExitCode::Failure;
    DeletionReport report;
    {
        const InterruptGuard guard;
        report = DeletionExecutor::execute(plan, nullptr, [] { return InterruptGuard::interrupted(); });
    }
    const DeletionTally tally = DeletionTally::of(plan, report);
    if (json) {
        m_out.jsonStream([&](JsonStreamWriter &writer) { ScanJson::report(writer, plan, report); });
    } else {
        for (const QString &note : report.notes)
            m_out.warning(PrintableText::name(note)); // the executor's notes quote paths as they are
    }
    for (const QString &error : report.errors)
        m_out.error(PrintableText::name(error));
    if (report.sharedBytes > 0)
        m_out.warning(sharedNote(report.sharedBytes));
    if (report.hiddenBytes > 0)
        m_out.warning(hiddenNote(report.hiddenBytes));
    if (report.heldOpenBytes > 0)
        m_out.warning(QStringLiteral("Not freed yet: %1 of what was removed is still %2; the disk gets it back when that process "
                                     "closes it or exits.")
                          .arg(HumanFormat::sizeInText(report.heldOpenBytes), report.heldOpenBy.join(QStringLiteral(", "))));
    for (const DeletionReport::PartlyRemoved &partly : report.partlyRemovedRevisions)
        m_out.warning(partlyRemovedLine(partly));
    if (!report.leftUnreferencedBlobs.isEmpty())
        m_out.warning(QStringLiteral("Left: %1 that no snapshot links to any more; `hubdeck-cli cache prune` removes %2.")
                          .arg(count(int(report.leftUnreferencedBlobs.size()), QStringLiteral("blob"), QStringLiteral("blobs")),
                               report.leftUnreferencedBlobs.size() == 1 ? QStringLiteral("it") : QStringLiteral("them")));
    // What happened, measured: after a stop or a failure as much as after a success.
    // A file plan counts files: it removes no revision.
    const bool files = plan.fileCount() > 0;
    const QString done = QStringLiteral("%1 removed, %2 freed")
                             .arg(files ? count(tally.filesRemoved, QStringLiteral("file"), QStringLiteral("files"))
                                        : count(tally.revisionsRemoved, QStringLiteral("revision"), QStringLiteral("revisions")),
                                  HumanFormat::sizeInText(tally.freedBytes));
    const int untouchedCount = files ? tally.filesUntouched : tally.revisionsUntouched;
    QString untouched = tally.revisionsPartlyRemoved > 0
                            ? QStringLiteral("; %1 partly removed")
                                  .arg(count(tally.revisionsPartlyRemoved, QStringLiteral("revision"), QStringLiteral("revisions")))
                            : QString();
    if (untouchedCount > 0)
        untouched += QStringLiteral("; %1 untouched")
                         .arg(files ? count(untouchedCount, QStringLiteral("file"), QStringLiteral("files"))
                                    : count(untouchedCount, QStringLiteral("revision"), QStringLiteral("revisions")));
    if (report.canceled) {
        m_out.stopped(QStringLiteral("%1%2.").arg(done, untouched));
        return InterruptGuard::exitCode();
    }
    if (!report.errors.isEmpty()) {
        m_out.error(QStringLiteral("%1 could not be removed; %2%3.")
                        .arg(count(int(report.errors.size()), QStringLiteral("path"), QStringLiteral("paths")), done, untouched));
        return ExitCode::Failure;
    }
    if (!json) {
        const Summary summary = summarize(tally);
        // One result with its details, which CliOutput::success prints as the mode asks.
        QString result = summary.message;
        for (const QString &detail : summary.details)
            result += QStringLiteral("\n  ") + detail;
        m_out.success(result);
    }
    return ExitCode::Success;
}

} // namespace hubdeck::cli
