// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "RevisionKey.h"
#include "VerifyReport.h"

#include <QDialog>

namespace hubdeck {

// What an integrity check found, problem by problem, with a way to tick the revisions that
// use a bad blob so the normal deletion flow removes them.
class VerifyResultsDialog : public QDialog
{
    Q_OBJECT

public:
    VerifyResultsDialog(const VerifyReport &report, QWidget *parent = nullptr);

Q_SIGNALS:
    void tickAffectedRevisions(const QList<hubdeck::RevisionKey> &revisions);
};

} // namespace hubdeck
