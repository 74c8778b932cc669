// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "SpacesContext.h"

#include <QStringList>

namespace hubdeck::cli {

// `spaces create|duplicate`: a new Space, from nothing (or a template) or from another one.
// Both take the same visibility (public, private, protected), hardware, storage, sleep time,
// secrets and variables (given or from dotenv files), volumes and --exist-ok, as hf's
// `repos create|duplicate --type space`.
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
    // --template: finds it in the Hub's list and sets the SDK, the template and (when the
    // template prefers it and no visibility was given) privacy. -1 when found, else an exit code.
    [[nodiscard]] int applyTemplate(const QString &wanted, HubClient::NewSpace &space, bool visibilityGiven);
    // --exist-ok after a failed create or duplicate: success when the failure means the Space
    // `target` (name or owner/name) is already there, else the failure.
    [[nodiscard]] int existing(const HubError &error, const QString &target);

    SpacesContext &m_context;
    CliOutput &m_out;
    CliHub &m_hub;
};

} // namespace hubdeck::cli
