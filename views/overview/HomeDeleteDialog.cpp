// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HomeDeleteDialog.h"

#include "DisplayFormat.h"
#include "HomeScanner.h"
#include "PrintableText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hubdeck {

HomeDeleteDialog::HomeDeleteDialog(const HomeDeletion::Plan &plan, qint64 homeSize, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Delete from the Hugging Face home?"));
    setObjectName(QStringLiteral("homeDeleteDialog"));
    resize(680, 480);
    auto *layout = new QVBoxLayout(this);

    auto *headline =
        new QLabel(tr("<b>%n entr(ies), %1 on disk</b>, will be deleted (of %2 in the home).", nullptr, int(plan.entries.size()))
                       .arg(DisplayFormat::size(plan.sizeOnDisk()), DisplayFormat::size(homeSize)),
                   this);
    headline->setObjectName(QStringLiteral("headline"));
    headline->setWordWrap(true);
    layout->addWidget(headline);

    m_list = new QTextBrowser(this);
    m_list->setObjectName(QStringLiteral("entries"));
    m_list->setAccessibleName(tr("Entries to delete"));
    m_list->setAccessibleDescription(tr("The ticked entries by kind, with what deleting each kind costs"));
    m_list->setOpenLinks(false);
    m_list->setTabChangesFocus(true); // Tab leaves the list for the buttons
    m_list->setHtml(listHtml(plan));
    layout->addWidget(m_list, 1);

    if (!plan.refusals.isEmpty()) {
        auto *refused =
            new QLabel(tr("Not deleted: %1").arg(PrintableText::names(plan.refusalReasons(), QStringLiteral("; ")).toHtmlEscaped()), this);
        refused->setObjectName(QStringLiteral("refused"));
        refused->setWordWrap(true);
        layout->addWidget(refused);
    }
    // What a cancel leaves, as HomeDeletion does it: a folder is renamed before it is emptied,
    // so the one in hand at the stop is neither whole nor gone.
    auto *note = new QLabel(tr("Entries in use when their turn comes are left alone. If you cancel, what was already deleted "
                               "stays deleted and the entries not started yet stay whole; the entry being deleted at that "
                               "moment is left as an interrupted deletion, renamed to end in “%1”: the Overview lists it, and "
                               "deleting it finishes the job.")
                                .arg(HomeScanner::deletingSuffix()),
                            this);
    note->setObjectName(QStringLiteral("cancelNote"));
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("&Delete %1").arg(DisplayFormat::size(plan.sizeOnDisk())), QDialogButtonBox::AcceptRole);
    m_delete->setObjectName(QStringLiteral("confirmDelete"));
    m_delete->setToolTip(tr("Delete the entries listed; it cannot be undone"));
    m_delete->setAccessibleDescription(m_delete->toolTip());
    m_delete->setEnabled(!plan.entries.isEmpty());
    // A deletion is never the default: Enter cancels.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Cancel)->setFocus();
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
    for (const HomeEntry::Kind kind : std::as_const(order)) {
        const QList<const HomeEntry *> &entries = byKind[int(kind)];
        qint64 size = 0;
        for (const HomeEntry *entry : entries)
            size += entry->sizeOnDisk;
        html += QStringLiteral("<p style='margin-top:10px'><b>%1</b> — %2</p>")
                    .arg(HomeScanner::kindLabel(kind).toHtmlEscaped(),
                         tr("%n entr(ies), %1", nullptr, int(entries.size())).arg(DisplayFormat::size(size)).toHtmlEscaped());
        html += QStringLiteral("<p style='margin-left:12px'><i>%1</i></p>").arg(HomeScanner::costOfDeleting(kind).toHtmlEscaped());
        html += QStringLiteral("<table style='margin-left:12px' cellspacing='0' cellpadding='1'>");
        for (const HomeEntry *entry : entries)
            html += QStringLiteral("<tr><td>%1</td><td align='right' style='padding-left:16px'>%2</td></tr>")
                        .arg(PrintableText::name(entry->name).toHtmlEscaped(), DisplayFormat::size(entry->sizeOnDisk).toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    return html;
}

QString HomeDeleteDialog::listText() const
{
    return m_list->toPlainText();
}

} // namespace hubdeck
