// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HubResult.h"
#include "SpaceInfo.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace hubdeck {

class InlineError;

class HubClient;

// Persistent storage: the tiers with their sizes and the current one; a tier cannot be
// lowered without deleting the storage, and deleting needs the Space's name typed out.
class StorageDialog : public QDialog
{
    Q_OBJECT

public:
    StorageDialog(HubClient *client, const SpaceInfo &space, QWidget *parent = nullptr);
    [[nodiscard]] QLineEdit *confirmField() const { return m_confirm; }
    [[nodiscard]] QPushButton *deleteButton() const { return m_delete; }
    [[nodiscard]] QPushButton *applyButton() const { return m_apply; }
    void chooseTier(const QString &tier);

Q_SIGNALS:
    void runtimeChanged(const hubdeck::SpaceRuntime &runtime);

private:
    void buildTiers(QVBoxLayout *layout, int current); // current: index in small, medium, large; -1 without storage
    void buildVolumes(QVBoxLayout *layout, const SpaceRuntime &runtime);
    void buildDeleteBox(QVBoxLayout *layout, int current);
    void requestTier();
    void deleteStorage();
    void finish(const HubResult<SpaceRuntime> &result);

    HubClient *m_client;
    SpaceInfo m_space;
    QButtonGroup *m_tiers;
    QLineEdit *m_confirm;
    InlineError *m_error;
    QPushButton *m_apply;
    QPushButton *m_delete;
};

} // namespace hubdeck
