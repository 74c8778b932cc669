// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "SpacesContext.h"

#include <QStringList>

namespace hubdeck {
struct FolderUploadPlan;
}

namespace hubdeck::cli {

// `spaces upload SPACE [FOLDER] ...`: a local folder to one commit on a Space (FolderUpload),
// with `hf upload`'s flag names. Progress goes to stderr, redrawn on one line, only when stderr
// is a terminal and without -q; the commit URL to stdout. Ctrl+C (or SIGTERM) stops it with
// nothing committed, unless the commit call was already sent. The Hub calls are not bounded by
// twice --timeout in all, as other commands' are: an upload takes the time its bytes take; each
// call still ends after --timeout without progress.
class SpacesUploadCommand
{
public:
    explicit SpacesUploadCommand(SpacesContext &context)
        : m_context(context)
        , m_out(context.out())
        , m_hub(context.hub())
    {}

    [[nodiscard]] int run(const QStringList &arguments);

private:
    // "Skipped 3 files: ..." on stderr (each listed when verbose).
    void reportSkipped(const FolderUploadPlan &plan, bool verbose);

    SpacesContext &m_context;
    CliOutput &m_out;
    CliHub &m_hub;
};

} // namespace hubdeck::cli
