// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "SpaceInfo.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace hubdeck {

class InlineError;

class SpacesController;

// The selected Space: stage and its history, hardware, storage, sleep time, replicas,
// domains, dev mode, links to the Hub, and the actions that make sense for its stage.
class SpaceDetailPanel : public QWidget
{
    Q_OBJECT

public:
    SpaceDetailPanel(SpacesController *controller, QWidget *parent = nullptr);

    void setSpace(const std::optional<SpaceInfo> &space, const QStringList &history);
    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &message);
    // Says the Space has stayed too long in a building or starting stage (SpacesTableModel::
    // stuckText); empty hides it.
    void setStuckNote(const QString &text);
    [[nodiscard]] QString stuckNote() const;
    // Tests replace the question asked before a costly or interrupting action; it is asked
    // only while such actions are confirmed (Settings).
    void setConfirmer(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }
    void setConfirmCostlyActions(bool confirm) { m_confirmCostly = confirm; }

    [[nodiscard]] static bool canPause(const QString &stage);
    [[nodiscard]] static bool canRestart(const QString &stage);
    [[nodiscard]] static bool canFactoryRebuild(const QString &stage);

    [[nodiscard]] QPushButton *pauseButton() const { return m_pause; }
    [[nodiscard]] QPushButton *restartButton() const { return m_restart; }
    [[nodiscard]] QPushButton *factoryButton() const { return m_factory; }
    [[nodiscard]] QPushButton *uploadButton() const { return m_settingsButtons.value(0); }
    [[nodiscard]] QString errorText() const;
    // Shows that a folder dragged over the panel would be uploaded to its Space.
    void setDropHighlight(bool on);

Q_SIGNALS:
    void hardwareRequested();
    void sleepTimeRequested();
    void storageRequested();
    void secretsRequested();
    void variablesRequested();
    void logsRequested();
    void duplicateRequested();
    void uploadFolderRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildSummary(QVBoxLayout *layout);
    void buildActions(QVBoxLayout *layout);
    void buildSettingsButtons(QVBoxLayout *layout);
    void buildStatus(QVBoxLayout *layout);
    // The Pause, Restart and Factory rebuild buttons: each asks first when it may cost money or
    // downtime and Settings says such actions are confirmed.
    void pauseSpace();
    void restartSpace();
    void rebuildSpace();
    [[nodiscard]] bool confirmed(const QString &question) const;

    SpacesController *m_controller;
    std::optional<SpaceInfo> m_space;
    std::function<bool(const QString &)> m_confirm;
    bool m_confirmCostly = true;
    QLabel *m_title;
    QLabel *m_stage;
    QLabel *m_stuck;
    QLabel *m_details;
    QLabel *m_links;
    InlineError *m_error;
    QProgressBar *m_busy;
    QPushButton *m_pause;
    QPushButton *m_restart;
    QPushButton *m_factory;
    QList<QPushButton *> m_settingsButtons;
};

} // namespace hubdeck
