#pragma once

#include "DeletionPlan.h"
#include "DeletionReport.h"

#include <QFuture>
#include <QPromise>

#include <atomic>
#include <functional>
#include <memory>

namespace hubdeck {

// Runs a DeletionPlan: whole repos, then each snapshot (its refs just before it), then
// blobs, then shared payloads under their locks, then partial downloads. A stop at any point
// leaves no ref or link pointing at something missing.
class DeletionExecutor
{
public:
    // Stop through `cancel` (the report, with what was removed so far, is still delivered);
    // QFuture::cancel() also stops it but drops the report.
    [[nodiscard]] static QFuture<DeletionReport> executeAsync(const DeletionPlan &plan, std::shared_ptr<std::atomic_bool> cancel = {});
    // promise (progress and cancel) and isCanceled are both optional.
    [[nodiscard]] static DeletionReport execute(const DeletionPlan &plan, QPromise<DeletionReport> *promise = nullptr,
                                                const std::function<bool()> &isCanceled = {});
};

} // namespace hubdeck
