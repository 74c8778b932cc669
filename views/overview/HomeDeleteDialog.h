// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HomeDeletion.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace hubdeck {

// The confirmation before deleting entries of the Hugging Face home: the total, then the
// ticked entries grouped by kind, each group with what deleting it costs
// (HomeScanner::costOfDeleting) and each entry with its size; what the plan refuses is
// listed with the reason, and what a cancel leaves is said. Accepting deletes, in the background.
// While it is open, each entry is walked in the background as the deletion will walk it
// (HomeDeletion::withoutObstacles) and measured as it stands (HomeDeletion::remeasure): one that
// cannot go whole (a folder it cannot read or empty, a mount inside) or that a process uses
// now moves to the refused list, and the figures follow what the entries hold now, so that
// the dialog promises only what the deletion can do. Delete pressed before the check ends waits for it
// ("Deleting once checked…"), then deletes, unless the check took something out of the plan:
// then the dialog stays open with the verdict, to be confirmed again (GUI attack H5: the
// deletion started by itself and the verdict was never seen). An entry no longer on disk
// leaves the plan, said (H4: "Checked: each entry can be deleted whole" about one already gone).
class HomeDeleteDialog : public QDialog
{
    Q_OBJECT

public:
    HomeDeleteDialog(const HomeDeletion::Plan &plan, qint64 homeSize, QWidget *parent = nullptr);
    ~HomeDeleteDialog() override;

    // The page measured the home again while this was open: shows the plan made from that
    // measure (what went meanwhile is no longer listed, sizes are the new ones) and checks it
    // again, so the figures confirmed are those the page shows (attack Q2).
    void setPlan(const HomeDeletion::Plan &plan, qint64 homeSize);
    // The plan as it stands: without the entries the check refused, once it has ended.
    [[nodiscard]] const HomeDeletion::Plan &plan() const { return m_plan; }
    [[nodiscard]] bool isChecking() const { return m_check.isRunning(); }
    [[nodiscard]] QString listText() const; // the list as plain text, for tests
    [[nodiscard]] QPushButton *deleteButton() const { return m_delete; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void checked(); // the background check ended, and what it found is shown

private:
    void showPlan();
    void startCheck();
    void stopCheck();
    void onChecked();
    [[nodiscard]] static QString listHtml(const HomeDeletion::Plan &plan);

    HomeDeletion::Plan m_plan;
    qint64 m_homeSize = 0;
    // The plan as the page last handed it over, before this dialog's check: a re-measure that
    // lists the same (the Overview re-checks a quiet home every minute) changes nothing here.
    HomeDeletion::Plan m_listed;
    qint64 m_listedHomeSize = 0;
    QLabel *m_headline = nullptr;
    QLabel *m_refused = nullptr;
    QStringList m_dropped; // entries of the first plan that a re-measure took away (setPlan)
    QLabel *m_checking = nullptr;
    QTextBrowser *m_list = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QString m_cancelText;
    bool m_acceptWhenChecked = false; // Delete was pressed while the check ran
    // The check's own thread: it may walk a large entry for a while, and must neither wait
    // behind nor hold up a scan in the global pool; it ends with the dialog.
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<HomeDeletion::Plan> m_check;
};

} // namespace hubdeck
