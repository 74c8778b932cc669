// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheFilterBar.h"

#include "CacheFilterProxy.h"
#include "TypeIcons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace hubdeck {

CacheFilterBar::CacheFilterBar(CacheFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_age(new QComboBox(this))
    , m_nothing(new QLabel(tr("Nothing matches this filter."), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Filter by repo, revision, ref or file name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter"));
    layout->addWidget(m_search, 1);
    // A filter that hides every row leaves a blank tree and treemap: said beside the field
    // (GUI attack H14).
    m_nothing->setObjectName(QStringLiteral("nothingMatches"));
    m_nothing->hide();
    layout->addWidget(m_nothing);
    connect(this, &CacheFilterBar::filterChanged, this, &CacheFilterBar::updateNothingMatches);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CacheFilterBar::updateNothingMatches);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CacheFilterBar::updateNothingMatches);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CacheFilterBar::updateNothingMatches);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CacheFilterBar::updateNothingMatches);

    // Typing in a million-entry tree filters once the user pauses, not at every key.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] {
        m_proxy->setSearchText(m_search->text().trimmed());
        Q_EMIT filterChanged();
    });

    QWidget *lastToggle = m_search;
    for (const auto &[type, label] : {std::pair{RepoType::Model, tr("Models")}, std::pair{RepoType::Dataset, tr("Datasets")},
                                      std::pair{RepoType::Space, tr("Spaces")}}) {
        auto *toggle = new QCheckBox(label, this);
        toggle->setIcon(TypeIcons::repo(type));
        toggle->setChecked(true);
        toggle->setObjectName(QStringLiteral("typeToggle_") + repoTypeName(type));
        toggle->setToolTip(tr("Show or hide this type of repo"));
        connect(toggle, &QCheckBox::toggled, this, [this, type = type](bool on) {
            m_proxy->setTypeVisible(type, on);
            Q_EMIT filterChanged();
        });
        layout->addWidget(toggle);
        QWidget::setTabOrder(lastToggle, toggle);
        lastToggle = toggle;
    }
    QWidget::setTabOrder(lastToggle, m_age);

    auto *ageLabel = new QLabel(tr("Not accessed for:"), this);
    layout->addWidget(ageLabel);
    m_age->setObjectName(QStringLiteral("ageFilter"));
    m_age->setToolTip(tr("Show only repos and revisions nobody has used for this long"));
    m_age->addItem(tr("any time"), 0);
    for (int days : {7, 30, 90, 180, 365})
        m_age->addItem(tr("%n day(s)", nullptr, days), days);
    ageLabel->setBuddy(m_age);
    layout->addWidget(m_age);
    connect(m_age, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setNotAccessedForDays(m_age->currentData().toInt());
        Q_EMIT filterChanged();
    });
}

void CacheFilterBar::updateNothingMatches()
{
    const QAbstractItemModel *source = m_proxy->sourceModel();
    m_nothing->setVisible(m_proxy->rowCount() == 0 && source && source->rowCount() > 0);
}

bool CacheFilterBar::clear()
{
    bool cleared = !m_search->text().isEmpty() || m_age->currentIndex() != 0;
    {
        const QSignalBlocker quiet(this); // one filterChanged for the whole
        m_search->clear();
        m_proxy->setSearchText(QString()); // now, not when the typing pause ends
        m_age->setCurrentIndex(0);
        for (QCheckBox *toggle : findChildren<QCheckBox *>()) {
            cleared = cleared || !toggle->isChecked();
            toggle->setChecked(true);
        }
    }
    Q_EMIT filterChanged();
    return cleared;
}

void CacheFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace hubdeck
