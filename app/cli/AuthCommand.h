// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CliHub.h"
#include "CliOutput.h"

namespace hubdeck::cli {

// `hubdeck-cli auth login|logout|whoami`: one sign-in shared with huggingface_hub's tools.
class AuthCommand
{
public:
    // The commands, as CommandTable runs them: arguments[0] is the program name
    // ("hubdeck-cli auth login"), then the command's own arguments. Each returns an ExitCode.
    [[nodiscard]] int login(const QStringList &arguments);
    [[nodiscard]] int logout(const QStringList &arguments);
    [[nodiscard]] int whoami(const QStringList &arguments);

private:
    // The Hub options and no positional argument; false after printing the usage error.
    [[nodiscard]] bool parse(QCommandLineParser &parser, const QStringList &arguments);
    // Asks the Hub who the token belongs to and says so. newToken: the token login checks, then
    // saves; empty for whoami, which asks with the token in use (HF_TOKEN, else the saved one).
    [[nodiscard]] int checkToken(const QCommandLineParser &parser, const QString &newToken);

    CliOutput m_out;
    CliHub m_hub;
};

} // namespace hubdeck::cli
