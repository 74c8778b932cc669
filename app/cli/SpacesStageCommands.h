// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "SpacesContext.h"

#include <QStringList>

#include <optional>

namespace hubdeck::cli {

// `spaces wait|dev-mode`: a Space's stage over time.
// - wait SPACE [--timeout DURATION]: reads the runtime every second until its stage is no
//   longer transitional (BUILDING, RUNNING_BUILDING, APP_STARTING, RUNNING_APP_STARTING), as
//   huggingface_hub's wait_for_space, printing each stage as it changes. Exit 0 on RUNNING;
//   1 on any other settled stage (BUILD_ERROR, RUNTIME_ERROR, CONFIG_ERROR, NO_APP_FILE,
//   PAUSED, STOPPED, DELETING and stages the Hub adds), with the runtime's errorMessage; 1
//   when DURATION (seconds, or a number with s, m, h, d, w) passes first; 130 on Ctrl+C or
//   SIGTERM. Without --timeout it waits as long as it takes, as hf does. Here --timeout is
//   the whole wait: each read still has the default 30 s.
// - dev-mode SPACE [--stop]: POST /api/spaces/{id}/dev-mode {"enabled": true|false}.
class SpacesStageCommands
{
public:
    // Between two reads of the runtime (hf's poll_interval).
    static constexpr int kPollMs = 1000;

    explicit SpacesStageCommands(SpacesContext &context)
        : m_context(context)
        , m_out(context.out())
        , m_hub(context.hub())
    {}

    [[nodiscard]] int wait(const QStringList &arguments);
    [[nodiscard]] int devMode(const QStringList &arguments);

    // hf's parse_duration: a whole number of seconds, or digits and a unit (s, m, h, d, w, mo,
    // y); none when `text` is neither.
    [[nodiscard]] static std::optional<qint64> parseDuration(const QString &text);

private:
    SpacesContext &m_context;
    CliOutput &m_out;
    CliHub &m_hub;
};

} // namespace hubdeck::cli
