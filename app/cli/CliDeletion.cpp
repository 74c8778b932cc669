#include "CliDeletion.h"

#include "DeletionExecutor.h"
#include "DeletionPlan.h"
#include "ExitCode.h"
#include "HumanFormat.h"
#include "PrintableText.h"
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

} // namespace

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
        if (item.corrupted) {
            m_out.text(QStringLiteral("  - %1 (corrupted entry, %2): %3")
                           .arg(PrintableText::name(item.repoPath), HumanFormat::size(item.freedSize), PrintableText::name(item.reason)));
        } else if (item.wholeRepo) {
            m_out.text(QStringLiteral("  - %1 (entire repo)").arg(PrintableText::name(item.cacheId)));
        } else {
            m_out.text(QStringLiteral("  - %1:").arg(PrintableText::name(item.cacheId)));
            for (const DeletionPlan::RevisionItem &revision : item.revisions)
                m_out.text(revisionLine(revision));
        }
    }
    if (plan.sharedFreedSize > 0)
        m_out.text(QStringLiteral("  - shared blobs no other repo uses: %1").arg(HumanFormat::size(plan.sharedFreedSize)));
}

int CliDeletion::execute(const DeletionPlan &plan, bool json, bool yes, const QString &question, const QString &doneMessage,
                         const QStringList &doneDetails)
{
    if (!yes) {
        if (!CliOutput::stdinIsTerminal()) {
            m_out.error(QStringLiteral("Not deleting without confirmation: no terminal to ask on. Re-run with --yes."));
            return ExitCode::Failure;
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
                return ExitCode::Failure;
            }
        } else if (!m_out.confirm(question)) {
            m_out.error(QStringLiteral("Aborted."));
            return ExitCode::Failure;
        }
    }
    const DeletionReport report = DeletionExecutor::execute(plan);
    if (json) {
        m_out.json(ScanJson::report(plan, report));
    } else {
        for (const QString &note : report.notes)
            m_out.warning(PrintableText::name(note)); // the executor's notes quote paths as they are
        if (report.errors.isEmpty()) {
            m_out.success(doneMessage);
            for (const QString &detail : doneDetails)
                m_out.text(QStringLiteral("  ") + detail);
        }
    }
    for (const QString &error : report.errors)
        m_out.error(PrintableText::name(error));
    if (!report.errors.isEmpty()) {
        m_out.error(QStringLiteral("%1 path(s) could not be removed; freed %2.")
                        .arg(report.errors.size())
                        .arg(HumanFormat::size(report.freedBytes)));
        return ExitCode::Failure;
    }
    return ExitCode::Success;
}

} // namespace hubdeck::cli
