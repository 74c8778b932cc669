// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "DeletionPlan.h"
#include "DeletionReport.h"

#include <QFuture>
#include <QPromise>

#include <atomic>
#include <functional>
#include <memory>

namespace hubdeck {

// Runs a DeletionPlan in the order DeletionPlan describes (a revision's refs, its snapshot,
// then the blobs only it used; whole repos lose their refs first and their folder last), so
// that a stop at any point leaves no ref or link pointing at something missing, and whatever
// is left is seen by the next scan and finished by the next `cache rm` or `cache prune`.
// The report says what was removed and freed, measured as it went.
class DeletionExecutor
{
public:
    // Stop through `cancel` (the report, with what was removed so far, is still delivered);
    // QFuture::cancel() also stops it but drops the report.
    [[nodiscard]] static QFuture<DeletionReport> executeAsync(const DeletionPlan &plan, std::shared_ptr<std::atomic_bool> cancel = {});
    // promise (progress and cancel) and isCanceled are both optional. Progress: the value is the
    // steps done (of DeletionPlan::stepCount()), the text the bytes freed so far, measured.
    [[nodiscard]] static DeletionReport execute(const DeletionPlan &plan, QPromise<DeletionReport> *promise = nullptr,
                                                const std::function<bool()> &isCanceled = {});
};

} // namespace hubdeck
