// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "SpacesContext.h"

#include <QStringList>

namespace hubdeck::cli {

// `spaces ls|info|pause|restart|hardware|settings|storage|volumes`: which Spaces there are,
// and what each runs on. They share the runtime summary every change answers with.
class SpacesRuntimeCommands
{
public:
    explicit SpacesRuntimeCommands(SpacesContext &context)
        : m_context(context)
        , m_out(context.out())
        , m_hub(context.hub())
    {}

    [[nodiscard]] int list(const QStringList &arguments);
    [[nodiscard]] int info(const QStringList &arguments);
    [[nodiscard]] int pause(const QStringList &arguments);
    [[nodiscard]] int restart(const QStringList &arguments);
    [[nodiscard]] int hardware(const QStringList &arguments);
    [[nodiscard]] int settings(const QStringList &arguments);
    [[nodiscard]] int storage(const QStringList &arguments);
    [[nodiscard]] int volumes(const QStringList &arguments);

private:
    [[nodiscard]] int printRuntime(const HubResult<SpaceRuntime> &result, const QString &done, const QString &spaceId,
                                   const QStringList &extra = {});

    SpacesContext &m_context;
    CliOutput &m_out;
    CliHub &m_hub;
};

} // namespace hubdeck::cli
