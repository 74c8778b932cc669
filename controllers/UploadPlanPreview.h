// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "BackgroundJob.h"
#include "FolderUploadPlanner.h"
#include "HubResult.h"

#include <QObject>
#include <QTimer>

namespace hubdeck {

// The plan of a folder upload as its inputs are typed: FolderUploadPlanner::plan on a worker
// thread, kDebounceMs after the last change, one walk at a time; a walk whose inputs changed
// meanwhile is stopped and its result never reported. A folder of a million files takes
// seconds to list: the GUI thread never waits for it.
class UploadPlanPreview : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 300;

    explicit UploadPlanPreview(QObject *parent = nullptr);

    // Plans `options` after kDebounceMs without another call; an empty folder plans nothing
    // (and stops a walk in flight).
    void setOptions(FolderUploadPlanner::Options options);
    // Plans the current options now, without waiting.
    void planNow();
    [[nodiscard]] bool isPlanning() const { return m_job.isRunning() || m_debounce.isActive(); }
    [[nodiscard]] const FolderUploadPlanner::Options &options() const { return m_options; }

Q_SIGNALS:
    void planningStarted();
    // The plan of options(), or why there is none (HubError::Kind::LocalFile: the folder is
    // missing, not a folder or cannot be listed; a path in the repository the Hub refuses).
    void planned(const hubdeck::HubResult<hubdeck::FolderUploadPlan> &result);

private:
    void launch();
    void done();

    FolderUploadPlanner::Options m_options;
    QTimer m_debounce;
    int m_generation = 0;         // bumped on every change: a walk of older inputs is not reported
    int m_runningGeneration = -1; // the inputs of the walk in flight
    BackgroundJob<HubResult<FolderUploadPlan>> m_job{BackgroundJob<HubResult<FolderUploadPlan>>::Stop::Flag};
};

} // namespace hubdeck
