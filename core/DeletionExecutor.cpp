// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DeletionExecutor.h"

#include "DeletionRun.h"
#include "LayeredFreeSpace.h"

#include <QtConcurrent>

namespace hubdeck {

QFuture<DeletionReport> DeletionExecutor::executeAsync(const DeletionPlan &plan, std::shared_ptr<std::atomic_bool> cancel)
{
    return QtConcurrent::run([plan, cancel](QPromise<DeletionReport> &promise) {
        DeletionReport report = execute(plan, &promise, [cancel] { return cancel && cancel->load(); });
        promise.addResult(std::move(report));
    });
}

DeletionReport DeletionExecutor::execute(const DeletionPlan &plan, QPromise<DeletionReport> *promise,
                                         const std::function<bool()> &isCanceled)
{
    // On overlayfs a removed file of the image's layers frees nothing: the run's figure is what
    // the disk gained (LayeredFreeSpace). Another program's writes meanwhile can only make it say less.
    const LayeredFreeSpace layers(plan.cacheDir);
    DeletionRun run(plan, promise, isCanceled);
    DeletionReport report = run.run();
    if (layers.measures()) {
        const LayeredFreeSpace::Split split = layers.split(report.freedBytes);
        report.freedBytes = split.freed;
        report.hiddenBytes = split.hidden;
    }
    return report;
}

} // namespace hubdeck
