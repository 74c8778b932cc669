// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FreeSpaceDialog.h"

#include "CacheScan.h"
#include "DisplayFormat.h"
#include "GoalSpinBox.h"
#include "PrintableText.h"
#include "TypeIcons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace hubdeck {

namespace {

// Rows shown at most: a pick of thousands of revisions is summed up in the line above the list.
constexpr int kMaxRows = 500;

} // namespace

FreeSpaceDialog::FreeSpaceDialog(const CacheScan &scan, const SelectionLedger &ledger, double now, QWidget *parent)
    : QDialog(parent)
    , m_scan(scan)
    , m_ledger(ledger)
    , m_now(now)
    , m_goal(new GoalSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_includeRefs(new QCheckBox(tr("Also revisions a &ref points to (main, tags): programs load these by name"), this))
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_delay(new QTimer(this))
{
    setWindowTitle(tr("Free Space"));
    resize(720, 480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("HubDeck ticks whole revisions, the least recently accessed first, until they free at least "
                                "this much. Nothing is deleted until you confirm the deletion."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_goal->setObjectName(QStringLiteral("freeSpaceGoal"));
    m_goal->setRange(0, 99999);
    m_goal->setAccessibleName(tr("Space to free"));
    m_goal->setAccessibleDescription(tr("At least this much is freed, in the unit beside it"));
    m_unit->setObjectName(QStringLiteral("freeSpaceUnit"));
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->setAccessibleDescription(tr("Megabytes, gigabytes or terabytes (1000-based)"));
    m_unit->addItem(tr("MB"), 1e6);
    m_unit->addItem(tr("GB"), 1e9);
    m_unit->addItem(tr("TB"), 1e12);
    auto *goalRow = new QHBoxLayout;
    goalRow->addWidget(m_goal);
    goalRow->addWidget(m_unit);
    goalRow->addStretch(1);
    auto *goalLabel = new QLabel(tr("Free &at least:"), this);
    goalLabel->setBuddy(m_goal);
    form->addRow(goalLabel, goalRow);
    // 50 GB, or half the cache when it holds less.
    const qint64 start = std::min<qint64>(50'000'000'000LL, scan.sizeOnDisk / 2);
    m_unit->setCurrentIndex(start >= 1'000'000'000LL ? 1 : 0);
    m_goal->setValue(std::round(double(start) / m_unit->currentData().toDouble() * 10) / 10);
    layout->addLayout(form);
    m_includeRefs->setObjectName(QStringLiteral("freeSpaceIncludeRefs"));
    m_includeRefs->setAccessibleDescription(tr("Off: only detached revisions, which no program asks for by name"));
    layout->addWidget(m_includeRefs);

    m_summary->setObjectName(QStringLiteral("freeSpaceSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_list->setObjectName(QStringLiteral("freeSpaceList"));
    m_list->setHeaderLabels({tr("Revision"), tr("Last accessed"), tr("Its files")});
    m_list->headerItem()->setToolTip(2, tr("The size of the revision's files, shared ones whole: what it frees may be less"));
    m_list->setAccessibleName(tr("Revisions that will be ticked"));
    m_list->setAccessibleDescription(tr("The least recently accessed first, with their last access and size"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_tick = buttons->addButton(tr("&Tick Them"), QDialogButtonBox::AcceptRole);
    m_tick->setObjectName(QStringLiteral("freeSpaceTick"));
    m_tick->setToolTip(tr("Replace the ticks in the tree with these revisions; delete them with Delete"));
    m_tick->setDefault(true);
    connect(m_tick, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Typing "120" passes through 1 and 12: pick once the figure has settled.
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &FreeSpaceDialog::repick);
    connect(m_goal, &QDoubleSpinBox::valueChanged, this, &FreeSpaceDialog::schedule);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &FreeSpaceDialog::repick);
    connect(m_includeRefs, &QCheckBox::toggled, this, &FreeSpaceDialog::repick);
    repick();
}

void FreeSpaceDialog::setGoal(qint64 bytes)
{
    const QSignalBlocker blockUnit(m_unit);
    const QSignalBlocker blockGoal(m_goal);
    m_unit->setCurrentIndex(bytes >= 1'000'000'000'000LL ? 2 : bytes >= 1'000'000'000LL ? 1 : 0);
    m_goal->setValue(double(bytes) / m_unit->currentData().toDouble());
    repick();
}

void FreeSpaceDialog::setIncludeRefs(bool include)
{
    m_includeRefs->setChecked(include);
    repick();
}

qint64 FreeSpaceDialog::goal() const
{
    return qint64(std::llround(m_goal->value() * m_unit->currentData().toDouble()));
}

void FreeSpaceDialog::schedule()
{
    m_delay->start();
}

QList<RevisionKey> FreeSpaceDialog::pickedRevisions() const
{
    QList<RevisionKey> keys;
    keys.reserve(m_pick.revisions.size());
    for (const auto &[repo, revision] : m_pick.revisions)
        keys.append(m_scan.repos[repo].key(m_scan.repos[repo].revisions[revision]));
    return keys;
}

QString FreeSpaceDialog::summaryText() const
{
    return QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText();
}

void FreeSpaceDialog::repick()
{
    m_delay->stop();
    // On disk: "free 20 GB" is what the disk is to get back, sparse or compressed files or not.
    m_pick = TrimPicker::pick(m_scan, m_ledger, {goal(), m_includeRefs->isChecked(), true});
    QSet<int> repos;
    for (const auto &pair : std::as_const(m_pick.revisions))
        repos.insert(pair.first);
    QString text;
    if (goal() <= 0) {
        // Nothing asked for: said as such, not as a cache that cannot free anything.
        text = tr("Enter how much space to free.");
    } else if (m_pick.isEmpty()) {
        text = m_includeRefs->isChecked() ? tr("No revision can be deleted.")
                                          : tr("Every revision has a ref: allow revisions with a ref to free space.");
    } else {
        text = tr("%n revision(s)", nullptr, int(m_pick.revisions.size())) + tr(" in %n repo(s)", nullptr, int(repos.size())) +
               tr(" free <b>%1</b> together.").arg(DisplayFormat::size(m_pick.freed));
        if (DisplayFormat::holdsLessOnDisk(m_pick.freedSize, m_pick.freed))
            text += u' ' + tr("That is on disk: their files add up to %1, but they are sparse or compressed by the filesystem.")
                               .arg(DisplayFormat::size(m_pick.freedSize));
        if (!m_pick.reached)
            text += u' ' + (m_includeRefs->isChecked() ? tr("That is all the cache can free, short of the %1 asked for.")
                                                       : tr("That is all that can be freed without revisions that have a ref, "
                                                            "short of the %1 asked for."))
                               .arg(DisplayFormat::size(goal()));
        // Each row's size counts its files whole; what it shares with a revision that stays is
        // not freed, so the rows may add up to more than the total (GUI attack H10: 26 GB of rows
        // for "14.8 GB … short of the 24.2 GB asked for").
        qint64 listed = 0;
        for (const auto &[r, v] : std::as_const(m_pick.revisions))
            listed += m_scan.repos[r].revisions[v].sizeOnDisk;
        if (listed > m_pick.freedSize)
            text += u' ' + tr("Their files come to %1 one by one: files they share count once, and those a revision that stays also uses "
                              "are not freed.")
                               .arg(DisplayFormat::size(listed));
    }
    m_summary->setText(text);
    m_tick->setEnabled(!m_pick.isEmpty());
    fillList();
}

void FreeSpaceDialog::fillList()
{
    m_list->clear();
    QList<QTreeWidgetItem *> rows;
    const qsizetype shown = std::min<qsizetype>(m_pick.revisions.size(), kMaxRows);
    for (qsizetype i = 0; i < shown; ++i) {
        const auto &[r, v] = m_pick.revisions[i];
        const CachedRepo &repo = m_scan.repos[r];
        const CachedRevision &revision = repo.revisions[v];
        auto *row = new QTreeWidgetItem;
        const QString refs = revision.refs.isEmpty() ? tr("detached") : PrintableText::names(revision.refs, QStringLiteral(", "));
        row->setText(0, QStringLiteral("%1  %2  [%3]").arg(PrintableText::name(repo.cacheId()), revision.commitHash.left(12), refs));
        row->setIcon(0, TypeIcons::revision(revision.isDetached()));
        row->setText(1, DisplayFormat::timeSince(revision.lastAccessed, m_now));
        row->setText(2, DisplayFormat::size(revision.sizeOnDisk));
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        rows.append(row);
    }
    if (m_pick.revisions.size() > shown) {
        auto *more = new QTreeWidgetItem;
        more->setText(0, tr("… and %n more", nullptr, int(m_pick.revisions.size() - shown)));
        rows.append(more);
    }
    m_list->addTopLevelItems(rows);
}

} // namespace hubdeck
