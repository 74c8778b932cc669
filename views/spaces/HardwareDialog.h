// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "AppliedSettings.h"
#include "HardwareFlavor.h"
#include "SpaceInfo.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace hubdeck {

class InlineError;

class HubClient;

// Pick a hardware tier from the Hub's catalogue (CPU, RAM, accelerator, price per hour),
// with the current and requested tiers marked and an optional sleep time in the same request.
class HardwareDialog : public QDialog
{
    Q_OBJECT

public:
    HardwareDialog(HubClient *client, const SpaceInfo &space, QWidget *parent = nullptr);
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QString noticeText() const;
    void choose(const QString &flavor);
    void apply();
    // What the last apply() asked for: the flavour, and the sleep time when it was set too.
    [[nodiscard]] const AppliedSettings::Asked &asked() const { return m_asked; }

Q_SIGNALS:
    void runtimeChanged(const hubdeck::SpaceRuntime &runtime);

private:
    void fill(const QList<HardwareFlavor> &flavors);

    HubClient *m_client;
    SpaceInfo m_space;
    QTableWidget *m_table;
    QLabel *m_notice;
    InlineError *m_error;
    QCheckBox *m_setSleep;
    QSpinBox *m_sleepMinutes;
    QPushButton *m_apply;
    AppliedSettings::Asked m_asked;
};

} // namespace hubdeck
