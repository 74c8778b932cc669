// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CliSession.h"

#include "AuthCommand.h"
#include "SpacesContext.h"

namespace hubdeck::cli {

CliSession::CliSession() = default;
CliSession::~CliSession() = default;

SpacesContext &CliSession::spaces()
{
    if (!m_spaces)
        m_spaces = std::make_unique<SpacesContext>();
    return *m_spaces;
}

AuthCommand &CliSession::auth()
{
    if (!m_auth)
        m_auth = std::make_unique<AuthCommand>();
    return *m_auth;
}

} // namespace hubdeck::cli
