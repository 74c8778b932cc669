// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "UploadPlanPreview.h"

#include <QtConcurrent>

namespace hubdeck {

UploadPlanPreview::UploadPlanPreview(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &UploadPlanPreview::launch);
    connect(&m_job.watcher(), &QFutureWatcher<HubResult<FolderUploadPlan>>::finished, this, &UploadPlanPreview::done);
}

void UploadPlanPreview::setOptions(FolderUploadPlanner::Options options)
{
    m_options = std::move(options);
    ++m_generation;
    m_job.stop();
    if (m_options.folder.trimmed().isEmpty()) {
        m_debounce.stop();
        return;
    }
    m_debounce.start();
}

void UploadPlanPreview::planNow()
{
    m_debounce.stop();
    launch();
}

void UploadPlanPreview::launch()
{
    if (m_options.folder.trimmed().isEmpty())
        return;
    m_runningGeneration = m_generation;
    // The walk gets its own copy of the inputs: the next change must not touch it.
    m_job.start([options = m_options](std::shared_ptr<std::atomic_bool> stop) {
        return QtConcurrent::run([options, stop] { return FolderUploadPlanner::plan(options, stop.get()); });
    });
    Q_EMIT planningStarted();
}

void UploadPlanPreview::done()
{
    if (m_runningGeneration != m_generation)
        return; // the inputs changed: the next walk, already due, reports
    const std::optional<HubResult<FolderUploadPlan>> result = m_job.result();
    if (!result)
        return;
    Q_EMIT planned(*result);
}

} // namespace hubdeck
