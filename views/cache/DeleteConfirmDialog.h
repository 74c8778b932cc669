// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "DeletionPlan.h"

#include <QDialog>

class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace hubdeck {

// Shows exactly what a plan removes, repo by repo and revision by revision, with the space
// each frees, before anything is touched.
class DeleteConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteConfirmDialog(const DeletionPlan &plan, qint64 cacheSize, QWidget *parent = nullptr);

private:
    void addHeadline(QVBoxLayout *layout, const DeletionPlan &plan, qint64 cacheSize);
    [[nodiscard]] QTreeWidget *buildTree(const DeletionPlan &plan);
    void addRepoRow(QTreeWidget *tree, const DeletionPlan::RepoItem &item) const;
    void addRevisionRows(QTreeWidgetItem *repoItem, const DeletionPlan::RepoItem &item) const;
    void addButtons(QVBoxLayout *layout, const DeletionPlan &plan);
};

} // namespace hubdeck
