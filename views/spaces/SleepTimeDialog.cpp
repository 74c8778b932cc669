// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SleepTimeDialog.h"

#include "HubClient.h"
#include "InlineError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hubdeck {

SleepTimeDialog::SleepTimeDialog(HubClient *client, const SpaceInfo &space, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_space(space)
    , m_presets(new QComboBox(this))
    , m_custom(new QSpinBox(this))
    , m_reason(new QLabel(this))
    , m_error(new InlineError(this))
{
    setMinimumWidth(400);
    setWindowTitle(tr("Sleep time of %1").arg(space.id));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_presets->addItem(tr("Never sleep"), -1);
    for (const auto &[label, seconds] :
         {std::pair{tr("5 minutes"), 300}, std::pair{tr("15 minutes"), 900}, std::pair{tr("1 hour"), 3600},
          std::pair{tr("10 hours"), 36000}, std::pair{tr("24 hours"), 86400}, std::pair{tr("48 hours"), 172800}})
        m_presets->addItem(label, seconds);
    m_presets->addItem(tr("Custom…"), 0);
    m_custom->setRange(1, 7 * 24 * 60);
    m_custom->setSuffix(tr(" min"));
    m_custom->setValue(30);
    m_presets->setToolTip(tr("How long without visitors before the Space sleeps"));
    m_custom->setToolTip(tr("A sleep time of your own, in minutes"));
    m_custom->setEnabled(false);
    form->addRow(tr("Sleep after:"), m_presets);
    form->addRow(tr("Custom:"), m_custom);
    layout->addLayout(form);
    m_reason->setWordWrap(true);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("Set sleep time"), QDialogButtonBox::AcceptRole);
    m_apply->setToolTip(tr("Send the sleep time to the Hub"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &SleepTimeDialog::apply);
    connect(m_presets, &QComboBox::currentIndexChanged, this, [this] { m_custom->setEnabled(m_presets->currentData().toInt() == 0); });

    const SpaceRuntime runtime = space.runtime.value_or(SpaceRuntime{});
    const qint64 current = runtime.sleepTime.value_or(-1);
    const int preset = m_presets->findData(int(current));
    if (preset >= 0) {
        m_presets->setCurrentIndex(preset);
    } else if (current > 0) {
        m_presets->setCurrentIndex(m_presets->count() - 1);
        m_custom->setValue(int(std::max<qint64>(1, current / 60)));
    }
    const bool free = runtime.requestedHardware.isEmpty() || runtime.requestedHardware == u"cpu-basic";
    if (free) {
        m_presets->setEnabled(false);
        m_custom->setEnabled(false);
        m_apply->setEnabled(false);
        m_reason->setText(tr("This Space runs on free cpu-basic hardware, which always sleeps after 48 hours without visitors. "
                             "Upgrade its hardware to choose a sleep time."));
    } else {
        m_reason->setText(tr("A sleeping Space costs nothing and wakes up on the next visit."));
    }
}

QString SleepTimeDialog::reasonText() const
{
    return m_reason->text();
}

qint64 SleepTimeDialog::chosenSeconds() const
{
    const int preset = m_presets->currentData().toInt();
    return preset == 0 ? qint64(m_custom->value()) * 60 : preset;
}

void SleepTimeDialog::apply()
{
    if (!m_apply->isEnabled())
        return;
    m_apply->setEnabled(false);
    m_error->showMessage({});
    m_client->setSleepTime(m_space.id, chosenSeconds(), inContext(this, [this](HubResult<SpaceRuntime> result) {
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
