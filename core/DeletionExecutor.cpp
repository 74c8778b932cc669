// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DeletionExecutor.h"

#include "DeletionRun.h"

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
    DeletionRun run(plan, promise, isCanceled);
    return run.run();
}

} // namespace hubdeck
