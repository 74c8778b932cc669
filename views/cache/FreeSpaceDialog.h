// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "RevisionKey.h"
#include "SelectionLedger.h"
#include "TrimPicker.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace hubdeck {

struct CacheScan;

// Select → Free Space…: "free at least N GB". Shows what TrimPicker picks (the least recently
// accessed revisions first, with their last access and size) and what they free together,
// live as the figure changes; accepting ticks exactly those revisions in place of the ticks
// there were, and nothing is deleted until the usual confirmation. The same picking as
// `hubdeck-cli cache trim --free SIZE`.
class FreeSpaceDialog : public QDialog
{
    Q_OBJECT

public:
    // scan and ledger: the tree's; both must outlive the dialog. now: seconds since the epoch
    // that "x days ago" counts from.
    FreeSpaceDialog(const CacheScan &scan, const SelectionLedger &ledger, double now, QWidget *parent = nullptr);

    void setGoal(qint64 bytes);
    void setIncludeRefs(bool include);
    [[nodiscard]] qint64 goal() const;
    [[nodiscard]] const TrimPicker::Pick &pick() const { return m_pick; }
    [[nodiscard]] QList<RevisionKey> pickedRevisions() const;
    [[nodiscard]] QString summaryText() const; // plain text

private:
    void schedule();
    void repick();
    void fillList();

    const CacheScan &m_scan;
    const SelectionLedger &m_ledger;
    double m_now;
    TrimPicker::Pick m_pick;
    QDoubleSpinBox *m_goal;
    QComboBox *m_unit; // bytes per unit of m_goal: 1e6, 1e9, 1e12 (sizes are 1000-based, as huggingface_hub shows them)
    QCheckBox *m_includeRefs;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_tick;
    QTimer *m_delay;
};

} // namespace hubdeck
