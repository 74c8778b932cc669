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
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hubdeck {

namespace {

void setSize(QTreeWidgetItem *row, int column, qint64 size)
{
    row->setText(column, DisplayFormat::size(size));
    row->setData(column, Qt::UserRole, size);
    row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
}

// A row with what it frees in the right-hand column, as every line of the dialog has.
QTreeWidgetItem *addSizeRow(QTreeWidget *tree, const QString &text, qint64 frees)
{
    auto *row = new QTreeWidgetItem(tree);
    row->setText(DeleteConfirmDialog::WhatColumn, text);
    setSize(row, DeleteConfirmDialog::FreesColumn, frees);
    return row;
}

} // namespace

DeleteConfirmDialog::DeleteConfirmDialog(const DeletionPlan &plan, qint64 cacheSize, QWidget *parent, RevisionFrees revisionFrees)
    : QDialog(parent)
    , m_revisionFrees(std::move(revisionFrees))
    , m_trashWholeRepos(plan.trashWholeRepos)
{
    setWindowTitle(tr("Delete from the cache?"));
    resize(720, 460);
    auto *layout = new QVBoxLayout(this);
    addHeadline(layout, plan, cacheSize);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("selectionNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    layout->addWidget(buildTree(plan), 1);

    auto *note = new QLabel(tr("Nothing outside the cache folder is touched. If you cancel, what was already removed "
                               "stays removed and the cache stays consistent."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    addButtons(layout, plan);
}

void DeleteConfirmDialog::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void DeleteConfirmDialog::addHeadline(QVBoxLayout *layout, const DeletionPlan &plan, qint64 cacheSize)
{
    auto *headline = new QLabel(this);
    headline->setWordWrap(true);
    if (plan.trashesRepos())
        headline->setText(
            tr("<b>%1 moves to the Trash</b> and %2 is freed now (of %3 in the cache). The Trash frees nothing "
               "until it is emptied; revisions inside repos that stay are deleted permanently.")
                .arg(DisplayFormat::size(plan.trashedSize()), DisplayFormat::size(plan.freedNowSize()), DisplayFormat::size(cacheSize)));
    else if (DisplayFormat::holdsLessOnDisk(plan.expectedFreedSize, plan.expectedFreedOnDisk))
        headline->setText(tr("<b>%1 will be freed on disk</b>: the files add up to %2, but they are sparse or compressed by the "
                             "filesystem (%3 in the cache). Deleted files are downloaded again the next time a program asks for them.")
                              .arg(DisplayFormat::size(plan.expectedFreedOnDisk), DisplayFormat::size(plan.expectedFreedSize),
                                   DisplayFormat::size(cacheSize)));
    else
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
    tree->setObjectName(QStringLiteral("planTree"));
    tree->setHeaderLabels({tr("What"), tr("Size"), tr("Frees")});
    tree->headerItem()->setToolTip(SizeColumn, tr("What the row holds on disk"));
    tree->headerItem()->setToolTip(FreesColumn, tr("What deleting it frees. A repo's line counts everything this deletion frees "
                                                   "from it; a revision's, what deleting it alone would free."));
    if (DisplayFormat::holdsLessOnDisk(plan.expectedFreedSize, plan.expectedFreedOnDisk)) {
        // The rows count file sizes, as the Cache page's columns do; the headline says the disk's figure.
        tree->headerItem()->setText(FreesColumn, tr("Frees (sizes)"));
        tree->headerItem()->setToolTip(FreesColumn, tr("What deleting it frees, counted in file sizes as the Cache page lists them. "
                                                       "On disk these files hold less: the line above says how much."));
    }
    tree->setAccessibleName(tr("What will be deleted"));
    tree->setAccessibleDescription(tr("Each repo and revision that goes, with its size and the space it frees"));
    tree->setRootIsDecorated(true);
    tree->setUniformRowHeights(true);
    tree->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(FreesColumn, QHeaderView::ResizeToContents);
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
    // Payloads that one repo line already claims are not counted twice.
    qint64 unclaimed = plan.sharedFreedSize;
    for (const DeletionPlan::RepoItem &item : plan.items)
        unclaimed -= item.sharedFreedSize;
    if (unclaimed > 0)
        addSizeRow(tree, tr("Shared blobs that several of these repos used and no remaining repo uses"), unclaimed);
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
    auto *repoItem = addSizeRow(tree, QString(), item.freedSize + item.sharedFreedSize);
    if (item.wholeRepo || item.corrupted)
        setSize(repoItem, SizeColumn, item.sizeOnDisk);
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
            repoItem->setText(0,
                              DeletionPlan::goesToTrash(item, m_trashWholeRepos) ? tr("%1 — entire repo, to the Trash").arg(cacheId)
                              : item.wholeRepo                                   ? tr("%1 — entire repo").arg(cacheId)
                              : item.isFileItem()
                                  ? tr("%1 — %n file(s), from every revision that has them", nullptr, int(item.files.size())).arg(cacheId)
                                  : tr("%1 — %n revision(s)", nullptr, int(item.revisions.size())).arg(cacheId));
    }
    addRevisionRows(repoItem, item);
    repoItem->setExpanded(!item.wholeRepo && item.revisions.size() + item.files.size() <= 20);
}

void DeleteConfirmDialog::addRevisionRows(QTreeWidgetItem *repoItem, const DeletionPlan::RepoItem &item) const
{
    for (const DeletionPlan::RevisionItem &revision : item.revisions) {
        auto *child = new QTreeWidgetItem(repoItem);
        child->setIcon(0, TypeIcons::revision(revision.refs.isEmpty()));
        child->setText(0, QStringLiteral("%1  [%2]")
                              .arg(PrintableText::name(revision.commitHash),
                                   revision.refs.isEmpty() ? tr("detached") : PrintableText::names(revision.refs, QStringLiteral(", "))));
        setSize(child, SizeColumn, revision.sizeOnDisk);
        const qint64 alone = m_revisionFrees ? m_revisionFrees(RevisionKey{item.repoFolder, revision.commitHash}) : -1;
        if (alone >= 0) {
            setSize(child, FreesColumn, alone);
            child->setToolTip(FreesColumn, tr("What deleting this revision alone would free. Together with the other revisions "
                                              "of this deletion it can free more: the repo's line counts that."));
        }
    }
    for (const DeletionPlan::FileItem &file : item.files) {
        auto *child = new QTreeWidgetItem(repoItem);
        child->setIcon(0, style()->standardIcon(QStyle::SP_FileIcon));
        child->setText(0, tr("%1  in %2").arg(PrintableText::name(file.relativePath), PrintableText::name(file.commitHash.left(8))));
        setSize(child, SizeColumn, file.size);
        child->setToolTip(0, file.blobKept ? tr("Its blob stays: a file that is kept links to it, so removing this one frees nothing")
                                           : tr("Its blob goes with it once no kept file links to it"));
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
    QString label = tr("Delete %1").arg(DisplayFormat::size(FreedBytes{plan.expectedFreedSize, plan.expectedFreedOnDisk}.forecast()));
    if (plan.trashesRepos())
        label = plan.freedNowSize() > 0 ? tr("Delete %1, Move %2 to the Trash")
                                              .arg(DisplayFormat::size(FreedBytes{plan.freedNowSize(), plan.freedNowOnDisk()}.forecast()),
                                                   DisplayFormat::size(plan.trashedSize()))
                                        : tr("Move %1 to the Trash").arg(DisplayFormat::size(plan.trashedSize()));
    auto *remove = buttons->addButton(label, QDialogButtonBox::DestructiveRole);
    remove->setToolTip(tr("Delete in the background; you can cancel, and nothing outside the cache is touched"));
    remove->setObjectName(QStringLiteral("confirmDelete"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(remove, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace hubdeck
