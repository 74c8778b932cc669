// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CliOutput.h"

#include <QStringList>

#include <functional>

namespace hubdeck {
struct DeletionPlan;
struct DeletionTally;
} // namespace hubdeck

namespace hubdeck::cli {

// The command-line side of a cache deletion, shared by `cache rm`, `cache prune` and
// `cache verify --delete-corrupt` so all three show, ask and report alike.
class CliDeletion
{
public:
    // The success line and its "key: value" details, written from what was measured.
    struct Summary
    {
        QString message;
        QStringList details;
    };
    using Summarize = std::function<Summary(const DeletionTally &)>;

    explicit CliDeletion(CliOutput &out)
        : m_out(out)
    {}

    // Whether targets that matched nothing are fatal is each command's call, so this only warns.
    void warnMissing(const QStringList &targets);
    void printItems(const DeletionPlan &plan);
    // Asks first unless yes (confirmed); with json the result is the deletion report's document.
    // Ctrl+C (SIGINT) or SIGTERM during the deletion stops it between two removals and the
    // summary says what was removed before the stop (exit code 1).
    [[nodiscard]] int execute(const DeletionPlan &plan, bool json, bool yes, const QString &question, const Summarize &summarize);

    // The question, unless yes: true to go on. Outside human mode nothing is asked, as in hf
    // (CliOutput::refusesToAsk). Without a terminal to ask on, or on any answer but y/yes,
    // says why on stderr and returns false.
    [[nodiscard]] bool confirmed(const QString &question, bool yes);

    // "A", "A and B", "A, B and C", as the newest hf lists things; `conjunction` replaces
    // "and" ("table, json or csv").
    [[nodiscard]] static QString joinList(const QStringList &parts, const QString &conjunction = QStringLiteral("and"));
    // Why `bytes` of what went are not in "freed": other files share their blocks (reflinks,
    // snapshots; see SharedExtents), and the disk keeps them while those stay.
    [[nodiscard]] static QString sharedNote(qint64 bytes);
    // Why `bytes` of what went are not in "freed": on overlayfs the container image's layers keep
    // them (DeletionReport::hiddenBytes, HomeDeletion::Report::hiddenBytes).
    [[nodiscard]] static QString hiddenNote(qint64 bytes);

private:
    CliOutput &m_out;
};

} // namespace hubdeck::cli
