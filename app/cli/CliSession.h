// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <memory>

namespace hubdeck::cli {

class AuthCommand;
class SpacesContext;

// What the command of one run works with, made on first use. main owns it rather than the
// command, so that a Hub client outlives the command that used it: main leaves with
// std::_Exit after a Hub command, without destroying the client (see main.cpp).
class CliSession
{
public:
    CliSession();
    ~CliSession();
    CliSession(const CliSession &) = delete;
    CliSession &operator=(const CliSession &) = delete;

    // Shared by every `spaces` command.
    [[nodiscard]] SpacesContext &spaces();
    [[nodiscard]] AuthCommand &auth();

private:
    std::unique_ptr<SpacesContext> m_spaces;
    std::unique_ptr<AuthCommand> m_auth;
};

} // namespace hubdeck::cli
