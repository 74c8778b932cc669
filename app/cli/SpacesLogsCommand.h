// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "SpacesContext.h"

#include <QStringList>

namespace hubdeck::cli {

// `spaces logs SPACE [--build] [-f|--follow] [-n N]`: a Space's build or run logs, streamed
// rather than fetched, so --follow can print each line as it comes.
class SpacesLogsCommand
{
public:
    explicit SpacesLogsCommand(SpacesContext &context)
        : m_context(context)
        , m_out(context.out())
        , m_hub(context.hub())
    {}

    [[nodiscard]] int run(const QStringList &arguments);

private:
    SpacesContext &m_context;
    CliOutput &m_out;
    CliHub &m_hub;
};

} // namespace hubdeck::cli
