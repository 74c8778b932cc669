// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "SpacesContext.h"

#include <QStringList>

namespace hubdeck::cli {

// `spaces create|duplicate`: a new Space, from nothing or from another one. Both take the
// same visibility, hardware, storage, sleep time, secrets and variables.
class SpacesCreateCommands
{
public:
    explicit SpacesCreateCommands(SpacesContext &context)
        : m_context(context)
        , m_out(context.out())
        , m_hub(context.hub())
    {}

    [[nodiscard]] int create(const QStringList &arguments);
    [[nodiscard]] int duplicate(const QStringList &arguments);

private:
    [[nodiscard]] int newSpace(const QStringList &arguments, bool isDuplicate);

    SpacesContext &m_context;
    CliOutput &m_out;
    CliHub &m_hub;
};

} // namespace hubdeck::cli
