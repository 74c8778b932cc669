// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "WarningsPanel.h"

#include "CacheScan.h"
#include "DisplayFormat.h"
#include "HumanFormat.h"
#include "PrintableText.h"
#include "TypeIcons.h"

#include <QHeaderView>
#include <QMenu>
#include <QTreeWidget>

namespace hubdeck {

WarningsPanel::WarningsPanel(QWidget *parent)
    : QDockWidget(tr("Warnings"), parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("warningsPanel"));
    m_list->setHeaderLabels({tr("Entry"), tr("Size"), tr("Why it is listed")});
    m_list->setAccessibleName(tr("Entries huggingface_hub skips"));
    m_list->setAccessibleDescription(
        tr("Corrupted cache entries and why each is skipped; Enter on one selects it in the tree, where it can be ticked for removal"));
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    setWidget(m_list);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT entryActivated(item->data(0, Qt::UserRole).toString()); });
    // Everything listed here is removable from the window: in the tree (a corrupted entry is
    // ticked there) or with Prune (what a stopped deletion or download left).
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QTreeWidgetItem *item = m_list->itemAt(at);
        QMenu menu(this);
        if (item) {
            const QString path = item->data(0, Qt::UserRole).toString();
            menu.addAction(tr("Show in Tree"), this, [this, path] { Q_EMIT entryActivated(path); });
        }
        menu.addAction(tr("Prune…"), this, &WarningsPanel::pruneRequested);
        menu.exec(m_list->viewport()->mapToGlobal(at));
    });
}

void WarningsPanel::setScan(const CacheScan &scan)
{
    m_list->clear();
    for (const CorruptedRepo &corrupted : scan.corrupted) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(0, TypeIcons::warning());
        item->setText(0, PrintableText::name(corrupted.path.section(u'/', -1)));
        item->setData(0, Qt::UserRole, corrupted.path);
        item->setText(1, DisplayFormat::size(corrupted.sizeOnDisk));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, DisplayFormat::corruption(corrupted.reason));
        item->setToolTip(2, PrintableText::plainToolTip(tr("huggingface_hub says: %1").arg(PrintableText::name(corrupted.message))));
    }
    // Beyond huggingface_hub, which does not see them: what a stopped deletion or download
    // leaves. Tools → Prune removes them.
    for (const CachedRepo &repo : scan.repos) {
        if (!repo.unreferencedBlobs.isEmpty()) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setIcon(0, TypeIcons::warning());
            item->setText(0, PrintableText::name(repo.cacheId()));
            item->setData(0, Qt::UserRole, repo.repoPath);
            item->setText(1, DisplayFormat::size(repo.unreferencedSize()));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(2, tr("%n blob(s) that no snapshot links to, left by a stopped deletion or download; Tools → Prune removes "
                                "them",
                                nullptr, int(repo.unreferencedBlobs.size())));
        }
        if (repo.isEmpty()) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setIcon(0, TypeIcons::warning());
            item->setText(0, PrintableText::name(repo.cacheId()));
            item->setData(0, Qt::UserRole, repo.repoPath);
            item->setText(1, DisplayFormat::size(repo.unreferencedSize()));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(2, tr("An empty repo: no revision left; Tools → Prune removes it"));
        }
    }
    // Files of shared payloads that are gone: nothing else shows them (the tree lists repos).
    if (!scan.storeLeftovers.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(0, TypeIcons::warning());
        item->setText(0, QStringLiteral("blobs/"));
        item->setData(0, Qt::UserRole, scan.cacheDir + QStringLiteral("/blobs"));
        item->setText(1, DisplayFormat::size(scan.storeLeftoversSize()));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, tr("%n file(s) of shared blobs that are gone (manifests, locks), left by a stopped prune or deletion; "
                            "Tools → Prune removes them",
                            nullptr, int(scan.storeLeftovers.size())));
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    const int count = m_list->topLevelItemCount();
    setWindowTitle(count == 0 ? tr("Warnings") : tr("Warnings (%1)").arg(count));
}

QWidget *WarningsPanel::list() const
{
    return m_list;
}

int WarningsPanel::count() const
{
    return m_list->topLevelItemCount();
}

} // namespace hubdeck
