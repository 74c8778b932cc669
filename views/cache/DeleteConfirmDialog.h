// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "DeletionPlan.h"
#include "RevisionKey.h"

#include <QDialog>

#include <functional>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace hubdeck {

// Shows exactly what a plan removes, repo by repo and revision by revision, with the space
// each frees, before anything is touched. Two figures per row, as in the tree: Size (what the
// row holds) and Frees. A repo's Frees is what the plan frees from it, the shared-store
// payloads only it links to included; a revision's is what deleting it alone would free
// (RowFrees), when the caller can say.
class DeleteConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    // A revision's Frees (bytes) by identity, or -1 when unknown.
    using RevisionFrees = std::function<qint64(const RevisionKey &)>;
    enum Column { WhatColumn, SizeColumn, FreesColumn };

    DeleteConfirmDialog(const DeletionPlan &plan, qint64 cacheSize, QWidget *parent = nullptr, RevisionFrees revisionFrees = {});
    // A sentence under the headline on what the plan was made from (the ticks or the selected
    // files), plain text; empty shows none.
    void setNote(const QString &text);

private:
    void addHeadline(QVBoxLayout *layout, const DeletionPlan &plan, qint64 cacheSize);
    [[nodiscard]] QTreeWidget *buildTree(const DeletionPlan &plan);
    void addRepoRow(QTreeWidget *tree, const DeletionPlan::RepoItem &item) const;
    void addRevisionRows(QTreeWidgetItem *repoItem, const DeletionPlan::RepoItem &item) const;
    void addButtons(QVBoxLayout *layout, const DeletionPlan &plan);

    RevisionFrees m_revisionFrees;
    QLabel *m_note = nullptr;
    bool m_trashWholeRepos = false;
};

} // namespace hubdeck
