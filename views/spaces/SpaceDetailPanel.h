// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "AppliedSettings.h"
#include "SpaceInfo.h"
#include "SpacesTableModel.h"

#include <QHash>
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

    // `history`: the stages this session saw it in, oldest first (SpacesTableModel::stageHistory).
    void setSpace(const std::optional<SpaceInfo> &space, const QList<SpacesTableModel::StageSeen> &history);
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
    // Dev mode can be turned on or off unless the Space is being deleted or has no stage yet;
    // static Spaces have no container to develop in (the Hub answers 400).
    [[nodiscard]] static bool canToggleDevMode(const QString &stage, const QString &sdk);
    // The line under the stage: "Running since at least 19:05", or with the stages seen
    // before it; the Hub gives no stage times, so every time is when this session first saw
    // the stage. Empty for no history. historyToolTip says so and lists them all. A time of
    // `today` is shown as "19:05", of another day with its date (DisplayFormat::dateTime).
    [[nodiscard]] static QString historyText(const QList<SpacesTableModel::StageSeen> &history, const QDate &today = QDate::currentDate());
    [[nodiscard]] static QString historyToolTip(const QList<SpacesTableModel::StageSeen> &history,
                                                const QDate &today = QDate::currentDate());
    [[nodiscard]] QLabel *historyLabel() const { return m_seen; }
    // The runtime's replicas as the Hub reported them: "1 requested, 0 running", "1 requested"
    // when it gave no running count (absent is not 0), "—" when it gave neither.
    [[nodiscard]] static QString replicasText(const SpaceRuntime &runtime);
    // What the user asked of Space `id` (the Hardware and Sleep time dialogs): while the runtime
    // reports something else, the panel says so (AppliedSettings::mismatch). A request with no
    // hardware (or no sleep time) keeps the one asked before.
    void setAsked(const QString &id, const AppliedSettings::Asked &asked);

    [[nodiscard]] QPushButton *pauseButton() const { return m_pause; }
    [[nodiscard]] QPushButton *restartButton() const { return m_restart; }
    [[nodiscard]] QPushButton *factoryButton() const { return m_factory; }
    // "Start dev mode" or "Stop dev mode", after the runtime's devMode.
    [[nodiscard]] QPushButton *devModeButton() const { return m_devMode; }
    // The applied-versus-asked line, empty when the runtime agrees.
    [[nodiscard]] QString appliedText() const;
    [[nodiscard]] QPushButton *uploadButton() const { return m_settingsButtons.value(0); }
    [[nodiscard]] QString errorText() const;
    // The summary table under the stage (hardware, storage, replicas...), as rich text.
    [[nodiscard]] QString detailsText() const;
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
    // Asks first: either way the Space's container restarts.
    void toggleDevMode();
    [[nodiscard]] bool confirmed(const QString &question) const;

    SpacesController *m_controller;
    std::optional<SpaceInfo> m_space;
    QList<SpacesTableModel::StageSeen> m_history; // the stages seen this session, as setSpace() had them
    std::function<bool(const QString &)> m_confirm;
    bool m_confirmCostly = true;
    QLabel *m_title;
    QLabel *m_stage;
    QLabel *m_seen; // historyText
    QLabel *m_stuck;
    QLabel *m_details;
    QLabel *m_links;
    InlineError *m_error;
    QProgressBar *m_busy;
    QPushButton *m_pause;
    QPushButton *m_restart;
    QPushButton *m_factory;
    QPushButton *m_devMode;
    QLabel *m_applied;
    QHash<QString, AppliedSettings::Asked> m_asked; // Space id -> what was asked of it
    QList<QPushButton *> m_settingsButtons;
};

} // namespace hubdeck
