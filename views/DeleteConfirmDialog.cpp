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

DeleteConfirmDialog::DeleteConfirmDialog(const DeletionPlan &plan, qint64 cacheSize, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Delete from the cache?"));
    resize(720, 460);
    auto *layout = new QVBoxLayout(this);

    auto *headline = new QLabel(this);
    headline->setWordWrap(true);
    headline->setText(tr("<b>%1 will be freed</b> (of %2 in the cache). Deleted files are downloaded again "
                         "the next time a program asks for them.")
                          .arg(DisplayFormat::size(plan.expectedFreedSize), DisplayFormat::size(cacheSize)));
    layout->addWidget(headline);

    auto *tree = new QTreeWidget(this);
    tree->setHeaderLabels({tr("What"), tr("Frees")});
    tree->setAccessibleName(tr("What will be deleted"));
    tree->setAccessibleDescription(tr("Each repo and revision that goes, with the space it frees"));
    tree->setRootIsDecorated(true);
    tree->setUniformRowHeights(true);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false); // the names take the room, the sizes what they need
    for (const DeletionPlan::RepoItem &item : plan.items) {
        auto *repoItem = new QTreeWidgetItem(tree);
        if (item.corrupted) {
            repoItem->setIcon(0, TypeIcons::warning());
            repoItem->setText(0, tr("%1 (corrupted entry)").arg(PrintableText::name(item.repoPath.section(u'/', -1))));
            repoItem->setToolTip(0, PrintableText::plainToolTip(PrintableText::name(item.reason)));
        } else {
            const auto type = repoTypeFromName(item.cacheId.section(u'/', 0, 0));
            if (type)
                repoItem->setIcon(0, TypeIcons::repo(*type));
            const QString cacheId = PrintableText::name(item.cacheId);
            repoItem->setText(0, item.wholeRepo ? tr("%1 — entire repo").arg(cacheId)
                                                : tr("%1 — %n revision(s)", nullptr, int(item.revisions.size())).arg(cacheId));
        }
        repoItem->setText(1, DisplayFormat::size(item.freedSize));
        repoItem->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        for (const DeletionPlan::RevisionItem &revision : item.revisions) {
            auto *child = new QTreeWidgetItem(repoItem);
            child->setIcon(0, TypeIcons::revision(revision.refs.isEmpty()));
            child->setText(0,
                           QStringLiteral("%1  [%2]")
                               .arg(PrintableText::name(revision.commitHash),
                                    revision.refs.isEmpty() ? tr("detached") : PrintableText::names(revision.refs, QStringLiteral(", "))));
            child->setText(1, DisplayFormat::size(revision.sizeOnDisk));
            child->setToolTip(1, tr("The revision's size. What deleting it frees depends on the blobs other revisions share, "
                                    "and is counted in the repo's line."));
            child->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            child->setForeground(1, palette().brush(QPalette::PlaceholderText));
        }
        repoItem->setExpanded(!item.wholeRepo && item.revisions.size() <= 20);
    }
    if (plan.sharedFreedSize > 0) {
        auto *shared = new QTreeWidgetItem(tree);
        shared->setText(0, tr("Shared blobs that no remaining repo uses"));
        shared->setText(1, DisplayFormat::size(plan.sharedFreedSize));
        shared->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    layout->addWidget(tree, 1);

    auto *note = new QLabel(tr("Nothing outside the cache folder is touched. If you cancel, what was already removed "
                               "stays removed and the cache stays consistent."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

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
