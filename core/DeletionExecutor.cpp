// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DeletionExecutor.h"

#include "DeletionRun.h"
#include "PosixFs.h"

#include <QtConcurrent>

#include <algorithm>

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
    // On overlayfs the blocks of a removed file of the image's layers stay there (a whiteout
    // hides it): the disk's free space tells what the run freed (attack U1: "freed: 8.4M" where
    // not a byte was). Another program's writes meanwhile can only make it say less.
    const bool layered = PosixFs::isOverlay(plan.cacheDir);
    const qint64 freeBefore = layered ? PosixFs::freeBytes(plan.cacheDir) : -1;
    DeletionRun run(plan, promise, isCanceled);
    DeletionReport report = run.run();
    if (const qint64 freeAfter = layered ? PosixFs::freeBytes(plan.cacheDir) : -1; freeBefore >= 0 && freeAfter >= 0) {
        const qint64 gained = std::clamp<qint64>(freeAfter - freeBefore, 0, report.freedBytes);
        report.hiddenBytes = report.freedBytes - gained;
        report.freedBytes = gained;
    }
    return report;
}

} // namespace hubdeck
