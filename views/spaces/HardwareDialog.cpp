// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HardwareDialog.h"

#include "HubClient.h"
#include "InlineError.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hubdeck {

HardwareDialog::HardwareDialog(HubClient *client, const SpaceInfo &space, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_space(space)
    , m_table(new QTableWidget(this))
    , m_notice(new QLabel(this))
    , m_error(new InlineError(this))
    , m_setSleep(new QCheckBox(tr("Also set the sleep time to"), this))
    , m_sleepMinutes(new QSpinBox(this))
{
    setWindowTitle(tr("Hardware for %1").arg(space.id));
    resize(760, 480);
    auto *layout = new QVBoxLayout(this);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Tier"), tr("CPU"), tr("RAM"), tr("Accelerator"), tr("Price per hour"), QString()});
    m_table->setAccessibleName(tr("Hardware tiers"));
    m_table->setAccessibleDescription(tr("The hardware the Hub offers, with its price; the current and requested tiers are marked"));
    m_table->setTabKeyNavigation(false); // Tab moves on to the next control, arrows move in the table
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText); // its own bold; the Hub's message in it is escaped
    layout->addWidget(m_notice);
    auto *sleepRow = new QHBoxLayout;
    m_sleepMinutes->setRange(5, 48 * 60);
    m_sleepMinutes->setSuffix(tr(" min"));
    m_sleepMinutes->setValue(60);
    m_sleepMinutes->setEnabled(false);
    m_sleepMinutes->setAccessibleName(tr("Sleep time in minutes"));
    m_setSleep->setToolTip(tr("Send a sleep time with the hardware request"));
    m_sleepMinutes->setToolTip(tr("Minutes without visitors before the Space sleeps"));
    connect(m_setSleep, &QCheckBox::toggled, m_sleepMinutes, &QWidget::setEnabled);
    sleepRow->addWidget(m_setSleep);
    sleepRow->addWidget(m_sleepMinutes);
    sleepRow->addStretch(1);
    layout->addLayout(sleepRow);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("Request this hardware"), QDialogButtonBox::AcceptRole);
    m_apply->setToolTip(tr("Restarts the Space on the chosen hardware; upgraded hardware is billed while it runs"));
    m_apply->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &HardwareDialog::apply);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        const QString flavor = rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
        const QString requested = m_space.runtime ? m_space.runtime->requestedHardware : QString();
        m_apply->setEnabled(!flavor.isEmpty() && flavor != requested);
        m_setSleep->setEnabled(flavor != u"cpu-basic");
        m_notice->setText(tr("<b>Changing the hardware restarts the Space.</b> Upgraded hardware is billed by the minute "
                             "while the Space runs, until it sleeps or is paused."));
    });

    m_notice->setText(tr("Loading the hardware catalogue…"));
    m_client->hardwareCatalogue(inContext(this, [this](HubResult<QList<HardwareFlavor>> result) {
        if (result.ok()) {
            fill(*result.value);
            m_notice->setText(tr("Select a tier. Changing the hardware restarts the Space and may be billed."));
        } else {
            fill(HardwareFlavor::knownFlavors());
            m_notice->setText(tr("The catalogue could not be fetched (%1) Showing the known tiers without their prices.")
                                  .arg(result.error.message().toHtmlEscaped()));
        }
    }));
}

QString HardwareDialog::noticeText() const
{
    return m_notice->text();
}

void HardwareDialog::fill(const QList<HardwareFlavor> &flavors)
{
    const QString current = m_space.runtime ? m_space.runtime->hardware : QString();
    const QString requested = m_space.runtime ? m_space.runtime->requestedHardware : QString();
    m_table->setRowCount(int(flavors.size()));
    for (int row = 0; row < flavors.size(); ++row) {
        const HardwareFlavor &f = flavors[row];
        auto *name = new QTableWidgetItem(f.prettyName.isEmpty() ? f.name : QStringLiteral("%1 (%2)").arg(f.prettyName, f.name));
        name->setData(Qt::UserRole, f.name);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(f.cpu));
        m_table->setItem(row, 2, new QTableWidgetItem(f.ram));
        m_table->setItem(row, 3,
                         new QTableWidgetItem(
                             f.acceleratorModel.isEmpty()
                                 ? QString()
                                 : QStringLiteral("%1× %2 (%3)").arg(f.acceleratorQuantity).arg(f.acceleratorModel, f.acceleratorVram)));
        m_table->setItem(row, 4,
                         new QTableWidgetItem(f.prettyName.isEmpty() && f.unitCostUSD == 0 ? QString()
                                              : f.unitCostUSD == 0                         ? tr("free")
                                                                   : QStringLiteral("$%1").arg(f.costPerHourUSD(), 0, 'f', 2)));
        QStringList marks;
        if (f.name == current)
            marks << tr("running now");
        if (f.name == requested)
            marks << tr("requested");
        auto *mark = new QTableWidgetItem(marks.join(QStringLiteral(", ")));
        if (!marks.isEmpty()) {
            QFont bold = mark->font();
            bold.setBold(true);
            mark->setFont(bold);
            name->setFont(bold);
        }
        m_table->setItem(row, 5, mark);
    }
}

void HardwareDialog::choose(const QString &flavor)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == flavor)
            m_table->selectRow(row);
}

void HardwareDialog::apply()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString flavor = m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
    std::optional<qint64> sleep;
    if (m_setSleep->isChecked() && m_setSleep->isEnabled())
        sleep = qint64(m_sleepMinutes->value()) * 60;
    m_asked = {flavor, sleep};
    m_apply->setEnabled(false);
    m_error->showMessage({});
    m_client->requestHardware(m_space.id, flavor, sleep, inContext(this, [this](HubResult<SpaceRuntime> result) {
                                  m_apply->setEnabled(true);
                                  if (!result.ok()) {
                                      m_error->showMessage(result.error.message());
                                      return;
                                  }
                                  Q_EMIT runtimeChanged(*result.value);
                                  accept();
                              }));
}

} // namespace hubdeck
