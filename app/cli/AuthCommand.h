#pragma once

#include "CliHub.h"
#include "CliOutput.h"

namespace hubdeck::cli {

// `hubdeck-cli auth login|logout|whoami`: one sign-in shared with huggingface_hub's tools.
class AuthCommand
{
public:
    [[nodiscard]] int run(const QStringList &arguments);

private:
    CliOutput m_out;
    CliHub m_hub;
};

} // namespace hubdeck::cli
