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

namespace hubdeck {

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
        list->setHeaderLabels({tr("Repo"), tr("Problem"), tr("Blob")});
        list->setAccessibleName(tr("Problems found"));
        list->setAccessibleDescription(tr("Blobs whose content does not match their name, or that are missing or unreadable"));
        list->setRootIsDecorated(false);
        // What went wrong reads whole; the blob's hash name may be cut (its tooltip has the path).
        list->header()->setStretchLastSection(false);
        list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
        for (const VerifyReport::Problem &problem : report.problems) {
            auto *item = new QTreeWidgetItem(list, {PrintableText::name(problem.cacheId), PrintableText::name(problem.message),
                                                    PrintableText::name(problem.blobPath.section(u'/', -1))});
            item->setIcon(0, TypeIcons::warning());
            item->setToolTip(2, PrintableText::plainToolTip(PrintableText::name(problem.blobPath)));
            for (const QString &revision : problem.revisions)
                if (const RevisionKey key{problem.repoFolder, revision}; !revisions.contains(key))
                    revisions.append(key);
        }
        list->resizeColumnToContents(0);
        list->resizeColumnToContents(1);
        list->setColumnWidth(2, 180);
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
