// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HomeDeleteDialog.h"

#include "DisplayFormat.h"
#include "HomeScanner.h"
#include "InUseFiles.h"
#include "PrintableText.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QSet>
#include <QtConcurrent>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace hubdeck {

namespace {

// Whether two plans from the page's scans list the same: the same entries with the same
// figures and uses, refused alike. Times are not compared: reading an entry again moves none.
bool listsTheSame(const HomeDeletion::Plan &a, const HomeDeletion::Plan &b)
{
    const auto sameEntry = [](const HomeEntry &x, const HomeEntry &y) {
        return x.path == y.path && x.kind == y.kind && x.sizeOnDisk == y.sizeOnDisk && x.freeable == y.freeable &&
               x.sharedExtents == y.sharedExtents && x.keptArrivals == y.keptArrivals && x.keptArrivalsApart == y.keptArrivalsApart &&
               x.inUse == y.inUse && x.keep == y.keep && x.members == y.members;
    };
    const auto sameRefusal = [](const HomeDeletion::Refusal &x, const HomeDeletion::Refusal &y) {
        return x.path == y.path && x.reason == y.reason;
    };
    return std::equal(a.entries.cbegin(), a.entries.cend(), b.entries.cbegin(), b.entries.cend(), sameEntry) &&
           std::equal(a.refusals.cbegin(), a.refusals.cend(), b.refusals.cbegin(), b.refusals.cend(), sameRefusal) && a.gone == b.gone;
}

} // namespace

HomeDeleteDialog::HomeDeleteDialog(const HomeDeletion::Plan &plan, qint64 homeSize, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_homeSize(homeSize)
    , m_listed(plan)
    , m_listedHomeSize(homeSize)
{
    setWindowTitle(tr("Delete from the Hugging Face home?"));
    setObjectName(QStringLiteral("homeDeleteDialog"));
    resize(680, 480);
    auto *layout = new QVBoxLayout(this);

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);

    m_list = new QTextBrowser(this);
    m_list->setObjectName(QStringLiteral("entries"));
    m_list->setAccessibleName(tr("Entries to delete"));
    m_list->setAccessibleDescription(tr("The entries to delete by kind, with what deleting each kind costs"));
    m_list->setOpenLinks(false);
    m_list->setTabChangesFocus(true); // Tab leaves the list for the buttons
    layout->addWidget(m_list, 1);

    m_refused = new QLabel(this);
    m_refused->setObjectName(QStringLiteral("refused"));
    m_refused->setWordWrap(true);
    layout->addWidget(m_refused);

    m_checking = new QLabel(tr("Checking that each entry can be deleted whole…"), this);
    m_checking->setObjectName(QStringLiteral("checking"));
    m_checking->setWordWrap(true);
    layout->addWidget(m_checking);

    // What a cancel leaves, as HomeDeletion does it: a folder is renamed before it is emptied,
    // and what keeps its name (datasets' downloads, a legacy download) is marked, so the one in
    // hand at the stop is neither whole nor gone, and is listed as such.
    auto *note = new QLabel(tr("Entries in use when their turn comes are left alone. If you cancel, what was already deleted "
                               "stays deleted and the entries not started yet stay whole; the entry being deleted at that "
                               "moment is left as an interrupted deletion (a folder renamed to end in “%1”, or one that keeps "
                               "its name, such as downloads, marked as stopped part-way): the Overview lists it, and deleting "
                               "it finishes the job.")
                                .arg(HomeScanner::deletingSuffix()),
                            this);
    note->setObjectName(QStringLiteral("cancelNote"));
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_delete->setObjectName(QStringLiteral("confirmDelete"));
    m_delete->setToolTip(tr("Delete the entries listed; it cannot be undone"));
    m_delete->setAccessibleDescription(m_delete->toolTip());
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    m_cancelText = m_cancelButton->text(); // the platform's, translated
    // A deletion is never the default: Enter cancels.
    m_cancelButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Cancel)->setFocus();
    m_pool.setMaxThreadCount(1);
    connect(&m_check, &QFutureWatcher<HomeDeletion::Plan>::finished, this, &HomeDeleteDialog::onChecked);
    showPlan();
    startCheck();
}

HomeDeleteDialog::~HomeDeleteDialog()
{
    stopCheck();
}

void HomeDeleteDialog::setPlan(const HomeDeletion::Plan &plan, qint64 homeSize)
{
    // Nothing changed: the check that runs or ran stands, and so does a Delete pressed during it.
    if (homeSize == m_listedHomeSize && listsTheSame(plan, m_listed))
        return;
    m_listed = plan;
    m_listedHomeSize = homeSize;
    stopCheck();
    // A ticked entry the re-measure no longer offers (deleted by another program, now in use,
    // renamed): said, not dropped silently to "0 entries" (attack S12). One that the new plan
    // refuses is said by its refusal.
    QSet<QString> now;
    for (const HomeEntry &entry : plan.entries)
        now.insert(entry.path);
    for (const HomeDeletion::Refusal &refusal : plan.refusals)
        now.insert(refusal.path);
    for (const HomeEntry &entry : std::as_const(m_plan.entries))
        if (!now.contains(entry.path) && !m_dropped.contains(entry.path))
            m_dropped.append(entry.path);
    m_plan = plan;
    m_homeSize = homeSize;
    // What Delete was pressed for has changed: confirmed again.
    m_acceptWhenChecked = false;
    showPlan();
    startCheck();
}

void HomeDeleteDialog::accept()
{
    if (m_check.isRunning()) {
        m_acceptWhenChecked = true;
        m_delete->setEnabled(false);
        m_delete->setText(tr("Deleting once checked…"));
        return;
    }
    QDialog::accept();
}

void HomeDeleteDialog::stopCheck()
{
    // The walk listens to the flag between folders: the wait is short.
    m_cancel->store(true);
    m_check.waitForFinished();
}

void HomeDeleteDialog::startCheck()
{
    if (m_plan.entries.isEmpty()) {
        m_checking->hide();
        return;
    }
    m_checking->setText(tr("Checking that each entry can be deleted whole…"));
    m_checking->show();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_check.setFuture(QtConcurrent::run(&m_pool, [plan = m_plan, cancel = m_cancel]() mutable {
        const auto stop = [cancel] { return cancel->load(); };
        (void)HomeDeletion::withoutGone(plan);
        // Measured now, not taken from the scan: a program may have opened an entry or written
        // into it since, which no watch of the page sees at once (GUI attacks K3, K15).
        const InUseFiles inUse = InUseFiles::snapshot();
        (void)HomeDeletion::remeasure(plan, inUse, stop);
        (void)HomeDeletion::withoutObstacles(plan, stop, &inUse);
        return plan;
    }));
}

void HomeDeleteDialog::showPlan()
{
    m_headline->setText(tr("<b>%Ln entr(ies), %1 on disk</b>, will be deleted (of %2 in the home).", nullptr, int(m_plan.entries.size()))
                            .arg(DisplayFormat::size(m_plan.sizeOnDisk()), DisplayFormat::size(m_homeSize)));
    m_list->setHtml(listHtml(m_plan));
    // Each reason is a whole sentence that starts "Not deleted: …" already.
    QStringList notes = m_plan.refusalReasons();
    // What a part or row asked for whole keeps, as `home rm` says it (attack F5).
    for (const auto &[folder, kept] : m_plan.keptInside)
        notes.append(HomeDeletion::keptInsideNote(folder, kept));
    if (!m_dropped.isEmpty())
        notes.append(
            tr("No longer in this deletion, as %Ln entr(ies) changed since they were listed (deleted or moved by another program, or now "
               "in use): %1. The Overview says why.",
               nullptr, int(m_dropped.size()))
                .arg(m_dropped.join(QStringLiteral(", "))));
    m_refused->setText(PrintableText::names(notes, QStringLiteral(" ")).toHtmlEscaped());
    m_refused->setVisible(!notes.isEmpty());
    // Nothing left (gone since it was ticked): nothing to confirm, only to close.
    const bool nothing = m_plan.entries.isEmpty();
    if (nothing && !m_dropped.isEmpty())
        m_headline->setText(tr("<b>Nothing to delete</b>: the entries are no longer there as they were listed."));
    m_delete->setText(m_acceptWhenChecked ? tr("Deleting once checked…") : tr("&Delete %1").arg(DisplayFormat::size(m_plan.sizeOnDisk())));
    m_delete->setEnabled(!nothing && !m_acceptWhenChecked);
    m_delete->setVisible(!nothing);
    m_cancelButton->setText(nothing ? tr("Close") : m_cancelText);
}

void HomeDeleteDialog::onChecked()
{
    if (m_cancel->load() || !m_check.future().isValid() || m_check.future().resultCount() == 0 || m_check.isCanceled())
        return;
    const bool pressed = std::exchange(m_acceptWhenChecked, false);
    const HomeDeletion::Plan result = m_check.result();
    const qint64 shown = m_plan.sizeOnDisk(); // what the Delete button said when pressed
    const qsizetype refused = m_plan.entries.size() - result.entries.size() - result.gone.size();
    // What the entries kept hold now against what the scan found: said when the two read
    // differently (GUI attack K15: a dataset written since was confirmed at its old size).
    QHash<QString, const HomeEntry *> listed;
    for (const HomeEntry &entry : std::as_const(m_plan.entries))
        listed.insert(entry.path, &entry);
    QList<const HomeEntry *> before;
    qint64 grown = 0; // and the home with them: "31.5 MB … (of 3.0 MB in the home)" otherwise
    for (const HomeEntry &entry : result.entries)
        if (const HomeEntry *was = listed.value(entry.path)) {
            before.append(was);
            grown += entry.sizeOnDisk - was->sizeOnDisk;
        }
    m_homeSize += grown;
    const QString then = DisplayFormat::size(HomeEntry::freeableTogether(before));
    const QString now = DisplayFormat::size(HomeEntry::freeableTogether(result.entries));
    for (const QString &path : result.gone)
        if (!m_dropped.contains(path))
            m_dropped.append(path);
    m_plan = result;
    m_plan.gone.clear();
    // Shown again also when nothing was refused: the check finds the folders the deletion leaves
    // empty, which add a line and count in the total (attack V5: never shown).
    showPlan();
    QString verdict;
    if (refused > 0)
        verdict = tr("%Ln entr(ies) cannot be deleted whole as they stand and will be left alone.", nullptr, int(refused));
    else if (m_plan.entries.isEmpty())
        verdict = tr("Nothing is left to delete.");
    else
        verdict = tr("Checked: each entry can be deleted whole.");
    if (!m_plan.entries.isEmpty() && now != then)
        verdict += u' ' + tr("Measured again: the entries to delete hold %1 now, %2 when the home was listed; the figures above are "
                             "the new ones.")
                              .arg(now, then);
    m_checking->setText(verdict);
    // The figure too, as the button said it: folders the deletion leaves empty, found by the
    // check, add to it (attack Y3: "Delete 28.7 kB" pressed, "36.9 kB freed"); a change the
    // figure does not show (8.2 kB of such folders in 322.0 MB) asks nothing again (attack
    // report 20, J3: the press was dropped, with nothing to say why).
    const bool unchanged = refused == 0 && result.gone.isEmpty() && DisplayFormat::size(result.sizeOnDisk()) == DisplayFormat::size(shown);
    if (pressed && !unchanged && !m_plan.entries.isEmpty())
        m_checking->setText(m_checking->text() + u' ' +
                            (refused == 0 && result.gone.isEmpty()
                                 ? tr("Not deleted yet: it frees %1, not the %2 you confirmed. Press Delete again to go on.")
                                       .arg(DisplayFormat::size(result.sizeOnDisk()), DisplayFormat::size(shown))
                                 : tr("Not deleted yet: what will be deleted changed. Press Delete again to go on.")));
    Q_EMIT checked();
    // Pressed while checking: deleted now, unless the check changed what is deleted, which is
    // then shown to be confirmed again.
    if (pressed && unchanged && !m_plan.entries.isEmpty())
        QDialog::accept();
}

QString HomeDeleteDialog::listHtml(const HomeDeletion::Plan &plan)
{
    // By kind, in the order the plan first names each: one cost sentence per kind, not per entry.
    QList<HomeEntry::Kind> order;
    QMap<int, QList<const HomeEntry *>> byKind;
    for (const HomeEntry &entry : plan.entries) {
        if (!byKind.contains(int(entry.kind)))
            order.append(entry.kind);
        byKind[int(entry.kind)].append(&entry);
    }
    QString html;
    qint64 byKindTotal = 0;
    for (const HomeEntry::Kind kind : std::as_const(order)) {
        const QList<const HomeEntry *> &entries = byKind[int(kind)];
        // What deleting them frees, as the headline counts it (a file hard-linked from outside
        // stays), not what they hold.
        const qint64 size = HomeEntry::freeableTogether(entries);
        html += QStringLiteral("<p style='margin-top:10px'><b>%1</b> — %2</p>")
                    .arg(HomeScanner::kindLabel(kind).toHtmlEscaped(),
                         tr("%Ln entr(ies), %1", nullptr, int(entries.size())).arg(DisplayFormat::size(size)).toHtmlEscaped());
        html += QStringLiteral("<p style='margin-left:12px'><i>%1</i></p>").arg(HomeScanner::costOfDeleting(kind).toHtmlEscaped());
        html += QStringLiteral("<table style='margin-left:12px' cellspacing='0' cellpadding='1'>");
        qint64 alone = 0;
        for (const HomeEntry *entry : entries) {
            // A part that is one entry is named by its folder, which may lie anywhere (attack F8:
            // two lines read "downloads"); a moved downloads folder says its extracted/ goes too.
            const QString name = !entry->partRoot ? PrintableText::name(entry->name)
                                 : entry->kind == HomeEntry::Kind::DatasetsDownloads
                                     ? tr("%1 (with its extracted/)").arg(PrintableText::name(entry->path))
                                     : PrintableText::name(entry->path);
            html += QStringLiteral("<tr><td>%1</td><td align='right' style='padding-left:16px'>%2</td></tr>")
                        .arg(name.toHtmlEscaped(), DisplayFormat::size(entry->freeable).toHtmlEscaped());
            alone += entry->freeable;
            // Kept by the run, so in no figure here (attack Y2).
            if (entry->keptArrivals > 0) {
                const QString keptAt = HomeDeletion::keptArrivalsGoTo(*entry);
                const QString line =
                    entry->keptArrivalsApart
                        ? tr("keeps %1 moved or written into it since it was set aside, as %2 (what was moved in may be its own old "
                             "files, so it does not get the entry's name)")
                              .arg(DisplayFormat::size(entry->keptArrivals), PrintableText::name(QFileInfo(keptAt).fileName()))
                    : keptAt.endsWith(HomeScanner::keptSuffix())
                        ? tr("keeps %1 written into it since the deletion stopped, as %2 (its name holds a new folder)")
                              .arg(DisplayFormat::size(entry->keptArrivals), PrintableText::name(QFileInfo(keptAt).fileName()))
                        : tr("keeps %1 written into it since the deletion stopped, under its name again")
                              .arg(DisplayFormat::size(entry->keptArrivals));
                html += QStringLiteral("<tr><td colspan='2' style='padding-left:12px'><i>%1</i></td></tr>").arg(line.toHtmlEscaped());
            }
        }
        // Each line is what its entry frees alone; a file hard-linked from several of them is
        // freed only by deleting them together, and is in none of the lines (GUI attack G19).
        if (size > alone)
            html += QStringLiteral("<tr><td><i>%1</i></td><td align='right' style='padding-left:16px'>%2</td></tr>")
                        .arg(tr("files hard-linked between these entries, counted once").toHtmlEscaped(),
                             DisplayFormat::size(size - alone).toHtmlEscaped());
        html += QStringLiteral("</table>");
        byKindTotal += size;
    }
    // A part that is a link is cleaned where it leads, outside the home the headline names
    // (GUI attack G10): said once per such part.
    for (const auto &[link, target] : plan.linkedPartsUsed())
        html += QStringLiteral("<p style='margin-top:10px'>%1</p>")
                    .arg(tr("%1 is a link to %2: its entries listed here are deleted there.")
                             .arg(PrintableText::name(link), PrintableText::name(target))
                             .toHtmlEscaped());
    if (const qint64 total = plan.sizeOnDisk() - plan.emptiedFolderBytes; total > byKindTotal)
        html += QStringLiteral("<p style='margin-top:10px'><i>%1</i></p>")
                    .arg(tr("And %1 in files hard-linked between entries of different kinds, counted once.")
                             .arg(DisplayFormat::size(total - byKindTotal))
                             .toHtmlEscaped());
    // The folders that hold only these entries go with them, in the total (attack Q4).
    if (!plan.emptiedFolders.isEmpty())
        html +=
            QStringLiteral("<p style='margin-top:10px'><i>%1</i></p>")
                .arg(tr("And %1 in %n folder(s) that hold only these entries, removed with them.", nullptr, int(plan.emptiedFolders.size()))
                         .arg(DisplayFormat::size(plan.emptiedFolderBytes))
                         .toHtmlEscaped());
    // Reflinked files (btrfs, XFS): in no line and not in the total, and said why (attack Q1).
    if (const qint64 shared = plan.sharedExtents(); shared > 0)
        html += QStringLiteral("<p style='margin-top:10px'><i>%1</i></p>")
                    .arg(tr("Not counted: %1 in blocks other files share (reflinks or snapshots), which the disk keeps while those "
                            "files stay.")
                             .arg(DisplayFormat::size(shared))
                             .toHtmlEscaped());
    return html;
}

QString HomeDeleteDialog::listText() const
{
    return m_list->toPlainText();
}

} // namespace hubdeck
