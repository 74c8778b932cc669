// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "StorageDialog.h"

#include "HubClient.h"
#include "InlineError.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hubdeck {

namespace {
const QStringList kTiers{QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large")};
}

StorageDialog::StorageDialog(HubClient *client, const SpaceInfo &space, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_space(space)
    , m_tiers(new QButtonGroup(this))
    , m_confirm(new QLineEdit(this))
    , m_error(new InlineError(this))
{
    setWindowTitle(tr("Storage of %1").arg(space.id));
    const SpaceRuntime runtime = space.runtime.value_or(SpaceRuntime{});
    const int current = int(kTiers.indexOf(runtime.storage));
    auto *layout = new QVBoxLayout(this);
    buildTiers(layout, current);
    buildVolumes(layout, runtime);
    buildDeleteBox(layout, current);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("Request tier"), QDialogButtonBox::AcceptRole);
    m_apply->setToolTip(tr("Ask the Hub for the chosen tier; it is billed monthly"));
    m_apply->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tiers, &QButtonGroup::idClicked, this, [this, current](int id) { m_apply->setEnabled(id != current); });
    connect(m_confirm, &QLineEdit::textChanged, this, [this](const QString &text) { m_delete->setEnabled(text == m_space.id); });
    connect(m_apply, &QPushButton::clicked, this, &StorageDialog::requestTier);
    connect(m_delete, &QPushButton::clicked, this, &StorageDialog::deleteStorage);
}

void StorageDialog::buildTiers(QVBoxLayout *layout, int current)
{
    auto *box = new QGroupBox(tr("Persistent storage tier"), this);
    auto *boxLayout = new QVBoxLayout(box);
    const QStringList sizes{tr("small — 20 GB"), tr("medium — 150 GB"), tr("large — 1 TB")};
    for (int i = 0; i < kTiers.size(); ++i) {
        auto *radio = new QRadioButton(sizes[i] + (i == current ? tr(" (current)") : QString()), box);
        // A tier cannot be lowered in place.
        radio->setEnabled(current < 0 || i >= current);
        m_tiers->addButton(radio, i);
        radio->setToolTip(radio->isEnabled() ? tr("Billed monthly while it exists")
                                             : tr("Lower than the current tier: delete the storage first"));
        boxLayout->addWidget(radio);
    }
    if (current >= 0)
        m_tiers->button(current)->setChecked(true);
    layout->addWidget(box);
}

void StorageDialog::buildVolumes(QVBoxLayout *layout, const SpaceRuntime &runtime)
{
    auto *explain =
        new QLabel(tr("Storage is billed monthly while it exists, whether the Space runs or not. A tier can be raised at any time "
                      "but not lowered: delete the storage first (its data is lost), then request a smaller tier."),
                   this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    QString volumes;
    for (const QJsonValue &volume : runtime.volumes)
        volumes += QStringLiteral("<br>• %1 %2 → %3")
                       .arg(volume.toObject().value(QStringLiteral("type")).toString(),
                            volume.toObject().value(QStringLiteral("source")).toString(),
                            volume.toObject().value(QStringLiteral("mountPath")).toString())
                       .toHtmlEscaped()
                       .replace(QStringLiteral("&lt;br&gt;"), QStringLiteral("<br>"));
    auto *volumeLabel = new QLabel(runtime.volumes.isEmpty() ? tr("Volumes: none.") : tr("Volumes:") + volumes, this);
    volumeLabel->setWordWrap(true);
    layout->addWidget(volumeLabel);
}

void StorageDialog::buildDeleteBox(QVBoxLayout *layout, int current)
{
    auto *danger = new QGroupBox(tr("Delete the storage"), this);
    auto *dangerLayout = new QVBoxLayout(danger);
    auto *typeName = new QLabel(tr("Type the Space's name (%1) to delete its storage and everything in it:").arg(m_space.id), danger);
    typeName->setTextFormat(Qt::PlainText);
    dangerLayout->addWidget(typeName);
    m_confirm->setObjectName(QStringLiteral("storageConfirm"));
    m_confirm->setToolTip(tr("Type the Space's name to unlock the delete button"));
    dangerLayout->addWidget(m_confirm);
    m_delete = new QPushButton(tr("Delete storage"), danger);
    m_delete->setToolTip(tr("Delete the storage and all its data; this cannot be undone"));
    m_delete->setEnabled(false);
    dangerLayout->addWidget(m_delete);
    danger->setEnabled(current >= 0);
    layout->addWidget(danger);
}

void StorageDialog::requestTier()
{
    const int id = m_tiers->checkedId();
    if (id < 0)
        return;
    m_apply->setEnabled(false);
    m_client->requestStorage(m_space.id, kTiers[id], inContext(this, [this](HubResult<SpaceRuntime> result) { finish(result); }));
}

void StorageDialog::deleteStorage()
{
    if (m_confirm->text() != m_space.id)
        return;
    m_delete->setEnabled(false);
    m_client->deleteStorage(m_space.id, inContext(this, [this](HubResult<SpaceRuntime> result) { finish(result); }));
}

void StorageDialog::chooseTier(const QString &tier)
{
    if (QAbstractButton *button = m_tiers->button(int(kTiers.indexOf(tier))); button && button->isEnabled())
        button->click();
}

void StorageDialog::finish(const HubResult<SpaceRuntime> &result)
{
    if (!result.ok()) {
        m_error->showMessage(result.error.message());
        m_apply->setEnabled(true);
        return;
    }
    Q_EMIT runtimeChanged(*result.value);
    accept();
}

} // namespace hubdeck
