// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "VerifyResultsDialog.h"

#include "DisplayFormat.h"
#include "HumanFormat.h"
#include "PrintableText.h"
#include "TypeIcons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hubdeck {

namespace {

// "config.json in 366732a45b88", and how many more files link to the same blob.
QString filesText(const VerifyReport::Problem &problem)
{
    if (problem.files.isEmpty())
        return PrintableText::name(problem.blobPath.section(u'/', -1));
    const auto &[commit, path] = problem.files.first();
    QString text = VerifyResultsDialog::tr("%1 in %2").arg(PrintableText::name(path), PrintableText::name(commit.left(12)));
    if (problem.files.size() > 1)
        text += VerifyResultsDialog::tr(" (+%n more)", nullptr, int(problem.files.size() - 1));
    return text;
}

QString filesToolTip(const VerifyReport::Problem &problem)
{
    QStringList lines;
    for (const auto &[commit, path] : problem.files)
        lines.append(VerifyResultsDialog::tr("%1 in revision %2").arg(PrintableText::name(path), PrintableText::name(commit)));
    lines.append(VerifyResultsDialog::tr("Blob: %1").arg(PrintableText::name(problem.blobPath)));
    return lines.join(u'\n');
}

} // namespace

VerifyResultsDialog::VerifyResultsDialog(const VerifyReport &report, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Integrity check"));
    resize(760, 400);
    auto *layout = new QVBoxLayout(this);
    QString summary = report.canceled ? tr("Stopped after checking %n blob(s)", nullptr, report.checked)
                                      : tr("Checked %n blob(s)", nullptr, report.checked);
    summary += tr(" (%1 read). ").arg(DisplayFormat::size(report.bytesRead));
    summary += report.problems.isEmpty() ? tr("Every blob matches the hash in its name.")
                                         : tr("%n blob(s) are damaged, missing or unreadable.", nullptr, int(report.problems.size()));
    if (report.skipped > 0)
        summary += tr(" %n file(s) have no hash in their name and were not checked.", nullptr, report.skipped);
    auto *label = new QLabel(summary, this);
    label->setWordWrap(true);
    layout->addWidget(label);

    QList<RevisionKey> revisions;
    if (!report.problems.isEmpty()) {
        auto *list = new QTreeWidget(this);
        list->setObjectName(QStringLiteral("verifyProblems"));
        list->setHeaderLabels({tr("Repo"), tr("File"), tr("Problem")});
        list->setAccessibleName(tr("Problems found"));
        list->setAccessibleDescription(tr("Files whose blob does not match its name, or is missing or unreadable"));
        list->setRootIsDecorated(false);
        // What went wrong reads whole; the tooltips have every file and the blob's path.
        list->header()->setStretchLastSection(false);
        list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
        for (const VerifyReport::Problem &problem : report.problems) {
            auto *item =
                new QTreeWidgetItem(list, {PrintableText::name(problem.cacheId), filesText(problem), PrintableText::name(problem.message)});
            item->setIcon(0, TypeIcons::warning());
            item->setToolTip(1, PrintableText::plainToolTip(filesToolTip(problem)));
            item->setToolTip(2, PrintableText::plainToolTip(PrintableText::name(problem.message)));
            for (const QString &revision : problem.revisions)
                if (const RevisionKey key{problem.repoFolder, revision}; !revisions.contains(key))
                    revisions.append(key);
        }
        list->resizeColumnToContents(0);
        list->resizeColumnToContents(1);
        list->setColumnWidth(1, std::min(list->columnWidth(1), 320));
        layout->addWidget(list, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (!revisions.isEmpty()) {
        auto *tick =
            buttons->addButton(tr("Tick the %n affected revision(s)", nullptr, int(revisions.size())), QDialogButtonBox::ActionRole);
        tick->setToolTip(tr("Then use Delete: they download again the next time a program needs them."));
        connect(tick, &QPushButton::clicked, this, [this, revisions] {
            Q_EMIT tickAffectedRevisions(revisions);
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace hubdeck
