// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CliOutput.h"

#include <QStringList>

namespace hubdeck {
struct CacheScan;
} // namespace hubdeck

namespace hubdeck::cli {

// `hubdeck-cli cache ls|rm|prune|verify`, with the grammar and output of `hf cache`. Options
// and flow only: ls's output is CacheListPrinter's and deleting is CliDeletion's, so the
// wording hf scripts depend on is in one place each.
class CacheCommand
{
public:
    // The commands, as CommandTable runs them: arguments[0] is the program name
    // ("hubdeck-cli cache ls"), then the command's own arguments. Each answers its --help and
    // returns an ExitCode.
    [[nodiscard]] int list(const QStringList &arguments);
    [[nodiscard]] int remove(const QStringList &arguments);
    [[nodiscard]] int prune(const QStringList &arguments);
    [[nodiscard]] int verify(const QStringList &arguments);

private:
    [[nodiscard]] bool scanOrFail(const QString &dir, CacheScan &scan);
    [[nodiscard]] int usage(const QString &message, const QString &command);

    CliOutput m_out;
};

} // namespace hubdeck::cli
