#pragma once

#include "CliOutput.h"

#include <QStringList>

namespace hubdeck {
struct DeletionPlan;
} // namespace hubdeck

namespace hubdeck::cli {

// The command-line side of a cache deletion, shared by `cache rm`, `cache prune` and
// `cache verify --delete-corrupt` so all three show, ask and report alike.
class CliDeletion
{
public:
    explicit CliDeletion(CliOutput &out)
        : m_out(out)
    {}

    // Whether targets that matched nothing are fatal is each command's call, so this only warns.
    void warnMissing(const QStringList &targets);
    void printItems(const DeletionPlan &plan);
    // Asks first unless yes; with json the question goes to stderr, so stdout stays one document.
    [[nodiscard]] int execute(const DeletionPlan &plan, bool json, bool yes, const QString &question, const QString &doneMessage,
                              const QStringList &doneDetails);

private:
    CliOutput &m_out;
};

} // namespace hubdeck::cli
