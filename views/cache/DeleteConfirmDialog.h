#pragma once

#include "DeletionPlan.h"

#include <QDialog>

namespace hubdeck {

// Shows exactly what a plan removes, repo by repo and revision by revision, with the space
// each frees, before anything is touched.
class DeleteConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteConfirmDialog(const DeletionPlan &plan, qint64 cacheSize, QWidget *parent = nullptr);
};

} // namespace hubdeck
