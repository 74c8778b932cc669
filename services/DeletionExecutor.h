#pragma once

#include "DeletionPlan.h"
#include "DeletionReport.h"

#include <QFuture>
#include <QPromise>

#include <functional>

namespace hubdeck {

// Runs a DeletionPlan: whole repos, then each snapshot (its refs just before it), then
// blobs, then shared payloads under their locks, then partial downloads. A stop at any point
// leaves no ref or link pointing at something missing.
class DeletionExecutor
{
public:
    [[nodiscard]] static QFuture<DeletionReport> executeAsync(const DeletionPlan &plan);
    // promise (progress and cancel) and isCanceled are both optional.
    [[nodiscard]] static DeletionReport execute(const DeletionPlan &plan, QPromise<DeletionReport> *promise = nullptr,
                                                const std::function<bool()> &isCanceled = {});
};

} // namespace hubdeck
