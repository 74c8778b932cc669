// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "SpaceInfo.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace hubdeck {

class InlineError;

class HubClient;

// How long a Space may sit without visitors before it sleeps. Free cpu-basic hardware always
// sleeps after 48 hours, so the control is disabled there, with the reason.
class SleepTimeDialog : public QDialog
{
    Q_OBJECT

public:
    SleepTimeDialog(HubClient *client, const SpaceInfo &space, QWidget *parent = nullptr);
    [[nodiscard]] QComboBox *presets() const { return m_presets; }
    [[nodiscard]] QSpinBox *custom() const { return m_custom; }
    [[nodiscard]] QPushButton *applyButton() const { return m_apply; }
    [[nodiscard]] QString reasonText() const;
    [[nodiscard]] qint64 chosenSeconds() const;
    void apply();

Q_SIGNALS:
    void runtimeChanged(const hubdeck::SpaceRuntime &runtime);

private:
    HubClient *m_client;
    SpaceInfo m_space;
    QComboBox *m_presets;
    QSpinBox *m_custom;
    QLabel *m_reason;
    InlineError *m_error;
    QPushButton *m_apply;
};

} // namespace hubdeck
