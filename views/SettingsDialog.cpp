// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SettingsDialog.h"

#include "CacheLocation.h"
#include "HubCredentials.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hubdeck {

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_initial(settings)
    , m_caches(new QListWidget(this))
    , m_endpoint(new QLineEdit(this))
    , m_fast(new QSpinBox(this))
    , m_slow(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_confirmDeletions(new QCheckBox(tr("Ask before deleting from the cache"), this))
    , m_deletePermanently(new QRadioButton(tr("Delete &permanently (frees space now)"), this))
    , m_trashWholeRepos(new QRadioButton(tr("Move whole repos to the &Trash (frees nothing until the Trash is emptied)"), this))
    , m_confirmCostly(new QCheckBox(tr("Ask before Space actions that may be billed or interrupt the Space"), this))
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *caches = new QGroupBox(tr("Cache folders"), this);
    auto *cachesLayout = new QVBoxLayout(caches);
    cachesLayout->addWidget(new QLabel(tr("Default (as huggingface_hub finds it): %1").arg(CacheLocation::defaultHubCache()), caches));
    m_caches->addItems(settings.recentCaches);
    m_caches->setAccessibleName(tr("Remembered cache folders"));
    m_caches->setAccessibleDescription(tr("The cache folders listed in the File menu"));
    cachesLayout->addWidget(m_caches);
    auto *forget = new QPushButton(tr("Forget selected"), caches);
    forget->setToolTip(tr("Remove the selected folders from the list; nothing on disk changes"));
    connect(forget, &QPushButton::clicked, this, [this] { qDeleteAll(m_caches->selectedItems()); });
    cachesLayout->addWidget(forget, 0, Qt::AlignLeft);
    QWidget::setTabOrder(m_caches, forget);
    layout->addWidget(caches);

    auto *form = new QFormLayout;
    m_endpoint->setText(settings.hubEndpoint);
    m_endpoint->setPlaceholderText(HubCredentials::endpoint());
    m_endpoint->setAccessibleName(tr("Hub endpoint"));
    m_endpoint->setToolTip(tr("Empty: HF_ENDPOINT, or https://huggingface.co"));
    form->addRow(tr("Hub endpoint:"), m_endpoint);
    m_fast->setRange(2, 600);
    m_fast->setSuffix(tr(" s"));
    m_fast->setValue(settings.fastRefreshSeconds);
    m_fast->setToolTip(tr("How often a building or starting Space is checked"));
    form->addRow(tr("Refresh building Spaces every:"), m_fast);
    m_slow->setRange(10, 3600);
    m_slow->setSuffix(tr(" s"));
    m_slow->setValue(settings.slowRefreshSeconds);
    m_slow->setToolTip(tr("How often the other Spaces are checked"));
    form->addRow(tr("Refresh other Spaces every:"), m_slow);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    m_language->setToolTip(tr("The language of HubDeck's windows"));
    form->addRow(tr("Language:"), m_language);
    m_theme->addItem(tr("System"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme)));
    m_theme->setToolTip(tr("Light or dark colours, or those of the desktop"));
    form->addRow(tr("Theme:"), m_theme);
    layout->addLayout(form);
    m_confirmDeletions->setChecked(settings.confirmDeletions);
    m_confirmCostly->setChecked(settings.confirmCostlyActions);
    m_confirmDeletions->setToolTip(tr("Show what will be deleted and how much it frees, before deleting"));
    m_confirmCostly->setToolTip(tr("Ask before a pause, restart, rebuild or hardware change"));
    auto *deleting = new QGroupBox(tr("Deleting"), this);
    auto *deletingLayout = new QVBoxLayout(deleting);
    deletingLayout->addWidget(m_confirmDeletions);
    m_deletePermanently->setChecked(!settings.trashWholeRepos);
    m_trashWholeRepos->setChecked(settings.trashWholeRepos);
    m_deletePermanently->setAccessibleDescription(tr("Deleted files are gone and their space is free at once"));
    m_trashWholeRepos->setAccessibleDescription(
        tr("Whole repos can be restored from the Trash; revisions inside kept repos are always deleted permanently"));
    m_trashWholeRepos->setToolTip(tr("Revisions inside a kept repo are always deleted permanently: half a repo restored from the "
                                     "Trash would leave links to nothing."));
    deletingLayout->addWidget(m_deletePermanently);
    deletingLayout->addWidget(m_trashWholeRepos);
    layout->addWidget(deleting);
    layout->addWidget(m_confirmCostly);
    auto *note = new QLabel(tr("A new language or endpoint takes effect the next time HubDeck starts."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings values = m_initial;
    values.recentCaches.clear();
    for (int i = 0; i < m_caches->count(); ++i)
        values.recentCaches.append(m_caches->item(i)->text());
    values.hubEndpoint = m_endpoint->text().trimmed();
    values.fastRefreshSeconds = m_fast->value();
    values.slowRefreshSeconds = m_slow->value();
    values.language = m_language->currentData().toString();
    values.theme = AppSettings::Theme(m_theme->currentData().toInt());
    values.confirmDeletions = m_confirmDeletions->isChecked();
    values.trashWholeRepos = m_trashWholeRepos->isChecked();
    values.confirmCostlyActions = m_confirmCostly->isChecked();
    return values;
}

} // namespace hubdeck
