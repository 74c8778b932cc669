// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HomeDeletion.h"

#include <QDialog>

class QPushButton;
class QTextBrowser;

namespace hubdeck {

// The confirmation before deleting entries of the Hugging Face home: the total, then the
// ticked entries grouped by kind, each group with what deleting it costs
// (HomeScanner::costOfDeleting) and each entry with its size; what the plan refuses is
// listed with the reason, and what a cancel leaves is said. Accepting deletes, in the background.
class HomeDeleteDialog : public QDialog
{
    Q_OBJECT

public:
    HomeDeleteDialog(const HomeDeletion::Plan &plan, qint64 homeSize, QWidget *parent = nullptr);

    [[nodiscard]] QString listText() const; // the list as plain text, for tests
    [[nodiscard]] QPushButton *deleteButton() const { return m_delete; }

private:
    [[nodiscard]] static QString listHtml(const HomeDeletion::Plan &plan);

    QTextBrowser *m_list = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace hubdeck
