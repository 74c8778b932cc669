// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "AppSettings.h"

#include <QDialog>

class QCheckBox;
class QRadioButton;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace hubdeck {

// Preferences: remembered cache folders, Hub endpoint, refresh intervals, language, theme,
// confirmations.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    [[nodiscard]] AppSettings settings() const;

private:
    AppSettings m_initial;
    QListWidget *m_caches;
    QLineEdit *m_endpoint;
    QSpinBox *m_fast;
    QSpinBox *m_slow;
    QComboBox *m_language;
    QComboBox *m_theme;
    QCheckBox *m_confirmDeletions;
    QRadioButton *m_deletePermanently;
    QRadioButton *m_trashWholeRepos;
    QCheckBox *m_confirmCostly;
};

} // namespace hubdeck
