// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DeleteConfirmDialog.h"

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

namespace {

// A row with a size in the right-hand column, as every line of the dialog has.
QTreeWidgetItem *addSizeRow(QTreeWidget *tree, const QString &text, qint64 size)
{
    auto *row = new QTreeWidgetItem(tree);
    row->setText(0, text);
    row->setText(1, DisplayFormat::size(size));
    row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    return row;
}

} // namespace

DeleteConfirmDialog::DeleteConfirmDialog(const DeletionPlan &plan, qint64 cacheSize, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Delete from the cache?"));
    resize(720, 460);
    auto *layout = new QVBoxLayout(this);
    addHeadline(layout, plan, cacheSize);
    layout->addWidget(buildTree(plan), 1);

    auto *note = new QLabel(tr("Nothing outside the cache folder is touched. If you cancel, what was already removed "
                               "stays removed and the cache stays consistent."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    addButtons(layout, plan);
}

void DeleteConfirmDialog::addHeadline(QVBoxLayout *layout, const DeletionPlan &plan, qint64 cacheSize)
{
    auto *headline = new QLabel(this);
    headline->setWordWrap(true);
    headline->setText(tr("<b>%1 will be freed</b> (of %2 in the cache). Deleted files are downloaded again "
                         "the next time a program asks for them.")
                          .arg(DisplayFormat::size(plan.expectedFreedSize), DisplayFormat::size(cacheSize)));
    layout->addWidget(headline);
    if (!plan.refused.isEmpty()) {
        auto *refused = new QLabel(tr("%n entry(ies) will not be deleted: part of each is a link to another place, and HubDeck never "
                                      "deletes through a link. Their rows below say where the links go.",
                                      nullptr, int(plan.refused.size())),
                                   this);
        refused->setWordWrap(true);
        layout->addWidget(refused);
    }
}

QTreeWidget *DeleteConfirmDialog::buildTree(const DeletionPlan &plan)
{
    auto *tree = new QTreeWidget(this);
    tree->setHeaderLabels({tr("What"), tr("Frees")});
    tree->setAccessibleName(tr("What will be deleted"));
    tree->setAccessibleDescription(tr("Each repo and revision that goes, with the space it frees"));
    tree->setRootIsDecorated(true);
    tree->setUniformRowHeights(true);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false); // the names take the room, the sizes what they need
    for (const DeletionPlan::RepoItem &item : plan.items)
        addRepoRow(tree, item);
    if (!plan.incompleteFiles.isEmpty())
        addSizeRow(tree, tr("%n partial download(s)", nullptr, int(plan.incompleteFiles.size())), plan.incompleteSize)
            ->setToolTip(0, tr("Kept if their download is still running"));
    if (!plan.unreferencedPayloads.isEmpty())
        addSizeRow(tree, tr("%n shared blob(s) no repo links to", nullptr, int(plan.unreferencedPayloads.size())),
                   plan.unreferencedSharedSize);
    if (!plan.storeLeftovers.isEmpty())
        addSizeRow(tree, tr("%n file(s) of shared blobs that are gone (manifests, locks)", nullptr, int(plan.storeLeftovers.size())),
                   plan.storeLeftoversSize);
    if (plan.sharedFreedSize > 0)
        addSizeRow(tree, tr("Shared blobs that no remaining repo uses"), plan.sharedFreedSize);
    return tree;
}

void DeleteConfirmDialog::addRepoRow(QTreeWidget *tree, const DeletionPlan::RepoItem &item) const
{
    if (item.isRefused()) {
        auto *repoItem = addSizeRow(tree,
                                    tr("%1 — not deleted: part of it is a link to another place")
                                        .arg(PrintableText::name(item.cacheId.isEmpty() ? item.repoPath.section(u'/', -1) : item.cacheId)),
                                    0);
        repoItem->setIcon(0, TypeIcons::warning());
        repoItem->setToolTip(0, PrintableText::plainToolTip(PrintableText::name(item.refusal)));
        return;
    }
    auto *repoItem = addSizeRow(tree, QString(), item.freedSize);
    if (item.corrupted) {
        repoItem->setIcon(0, TypeIcons::warning());
        repoItem->setText(
            0, item.emptyRepo ? tr("%1 (empty folder left by a stopped deletion)").arg(PrintableText::name(item.repoPath.section(u'/', -1)))
                              : tr("%1 (corrupted entry)").arg(PrintableText::name(item.repoPath.section(u'/', -1))));
        repoItem->setToolTip(0, PrintableText::plainToolTip(PrintableText::name(item.reason)));
    } else {
        if (const auto type = repoTypeFromName(item.cacheId.section(u'/', 0, 0)))
            repoItem->setIcon(0, TypeIcons::repo(*type));
        const QString cacheId = PrintableText::name(item.cacheId);
        if (item.emptyRepo)
            repoItem->setText(0, tr("%1 — empty repo (no revision left)").arg(cacheId));
        else
            repoItem->setText(0, item.wholeRepo ? tr("%1 — entire repo").arg(cacheId)
                                                : tr("%1 — %n revision(s)", nullptr, int(item.revisions.size())).arg(cacheId));
    }
    addRevisionRows(repoItem, item);
    repoItem->setExpanded(!item.wholeRepo && item.revisions.size() <= 20);
}

void DeleteConfirmDialog::addRevisionRows(QTreeWidgetItem *repoItem, const DeletionPlan::RepoItem &item) const
{
    for (const DeletionPlan::RevisionItem &revision : item.revisions) {
        auto *child = new QTreeWidgetItem(repoItem);
        child->setIcon(0, TypeIcons::revision(revision.refs.isEmpty()));
        child->setText(0, QStringLiteral("%1  [%2]")
                              .arg(PrintableText::name(revision.commitHash),
                                   revision.refs.isEmpty() ? tr("detached") : PrintableText::names(revision.refs, QStringLiteral(", "))));
        child->setText(1, DisplayFormat::size(revision.sizeOnDisk));
        child->setToolTip(1, tr("The revision's size. What deleting it frees depends on the blobs other revisions share, "
                                "and is counted in the repo's line."));
        child->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        child->setForeground(1, palette().brush(QPalette::PlaceholderText));
    }
    if (!item.unreferencedBlobs.isEmpty()) {
        auto *child = new QTreeWidgetItem(repoItem);
        child->setIcon(0, TypeIcons::warning());
        child->setText(0, tr("%n blob(s) no snapshot links to", nullptr, int(item.unreferencedBlobs.size())));
        child->setToolTip(0, tr("Left by a stopped deletion or download; nothing uses them."));
    }
}

void DeleteConfirmDialog::addButtons(QVBoxLayout *layout, const DeletionPlan &plan)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *remove = buttons->addButton(tr("Delete %1").arg(DisplayFormat::size(plan.expectedFreedSize)), QDialogButtonBox::DestructiveRole);
    remove->setToolTip(tr("Delete in the background; you can cancel, and nothing outside the cache is touched"));
    remove->setObjectName(QStringLiteral("confirmDelete"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(remove, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace hubdeck
