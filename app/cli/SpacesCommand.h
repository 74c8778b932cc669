#pragma once

#include "SpacesContext.h"

#include <QStringList>

namespace hubdeck::cli {

// `hubdeck-cli spaces ...`, mirroring `hf spaces`: list, inspect and run Spaces, their
// hardware, storage, volumes, secrets, variables and logs. It only routes: the subcommands
// live in groups that share one SpacesContext, so each group's file is about one thing.
class SpacesCommand
{
public:
    [[nodiscard]] int run(const QStringList &arguments);

private:
    SpacesContext m_context;
};

} // namespace hubdeck::cli
