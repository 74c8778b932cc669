// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "StopQuestion.h"

#include <QMessageBox>
#include <QPushButton>

namespace hubdeck {

bool StopQuestion::askToStopDeletion(QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, tr("Stop the Deletion"), tr("Stop the deletion that is running?"), QMessageBox::NoButton,
                    parent);
    box.setInformativeText(tr("What was already deleted stays deleted, and an entry it was removing is left part-deleted: "
                              "delete it again to finish."));
    QPushButton *stop = box.addButton(tr("Stop Deleting"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("Keep Deleting"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.setWindowModality(Qt::WindowModal);
    box.exec();
    return box.clickedButton() == stop;
}

} // namespace hubdeck
