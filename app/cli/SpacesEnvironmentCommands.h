// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "SpacesContext.h"

#include <QStringList>

namespace hubdeck::cli {

// `spaces secrets|variables ls|add|delete`: the environment a Space's app runs with.
class SpacesEnvironmentCommands
{
public:
    explicit SpacesEnvironmentCommands(SpacesContext &context)
        : m_context(context)
        , m_out(context.out())
        , m_hub(context.hub())
    {}

    [[nodiscard]] int secrets(const QStringList &arguments);
    [[nodiscard]] int variables(const QStringList &arguments);

private:
    // secret: `spaces secrets` (values never printed), else `spaces variables`.
    [[nodiscard]] int run(const QStringList &arguments, bool secret);
    [[nodiscard]] int list(const QString &id, bool secret);
    // The Space's secrets (keys and descriptions; the Hub never returns values) or variables.
    [[nodiscard]] HubResult<QList<SpaceSetting>> fetch(const QString &id, bool secret);
    [[nodiscard]] int remove(const QString &id, const QString &key, bool secret, bool yes);
    [[nodiscard]] int add(const QString &id, const QList<SpaceSetting> &pairs, const QString &description, bool secret);
    [[nodiscard]] int printSettings(const QList<SpaceSetting> &settings, bool withValues);

    SpacesContext &m_context;
    CliOutput &m_out;
    CliHub &m_hub;
};

} // namespace hubdeck::cli
