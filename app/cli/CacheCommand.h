#pragma once

#include "CliOutput.h"

#include <QStringList>

namespace hubdeck {
struct CacheScan;
struct DeletionPlan;
} // namespace hubdeck

namespace hubdeck::cli {

// `hubdeck-cli cache ls|rm|prune`, with the grammar and output of `hf cache`.
class CacheCommand
{
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    // arguments start with the program name, then "cache", then the subcommand.
    [[nodiscard]] int run(const QStringList &arguments);

private:
    [[nodiscard]] int list(const QStringList &arguments);
    [[nodiscard]] int remove(const QStringList &arguments);
    [[nodiscard]] int prune(const QStringList &arguments);
    [[nodiscard]] int verify(const QStringList &arguments);
    [[nodiscard]] int execute(const DeletionPlan &plan, bool json, bool yes, const QString &question,
                              const QString &doneMessage, const QStringList &doneDetails);
    [[nodiscard]] bool scanOrFail(const QString &dir, CacheScan &scan);
    void printPlanItems(const DeletionPlan &plan);
    [[nodiscard]] int usage(const QString &message, const QString &command);

    CliOutput m_out;
};

} // namespace hubdeck::cli
