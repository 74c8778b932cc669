// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CliHub.h"
#include "CliOutput.h"
#include "StoredTokens.h"

#include <optional>

namespace hubdeck::cli {

// `hubdeck-cli auth login|logout|list|switch|whoami`: the sign-in shared with huggingface_hub's
// tools. The token file and stored_tokens are read and written as `hf auth` does (_login.py),
// so either tool sees and switches the other's accounts. No command prints a token: listings
// show StoredTokens::masked().
class AuthCommand
{
public:
    // The commands, as CommandTable runs them: arguments[0] is the program name
    // ("hubdeck-cli auth login"), then the command's own arguments. Each returns an ExitCode.
    [[nodiscard]] int login(const QStringList &arguments);
    [[nodiscard]] int logout(const QStringList &arguments);
    [[nodiscard]] int list(const QStringList &arguments);
    [[nodiscard]] int switchTo(const QStringList &arguments);
    [[nodiscard]] int whoami(const QStringList &arguments);

private:
    // The Hub options, the given extra options and no positional argument; false after
    // printing the usage error or an invalid option's message.
    [[nodiscard]] bool parse(QCommandLineParser &parser, const QStringList &arguments, const QList<QCommandLineOption> &extra = {});
    // Asks the Hub who the token belongs to and says so. newToken: the token login checks, then
    // stores under tokenName (the Hub's name for it when empty); empty for whoami, which asks
    // with the token in use.
    [[nodiscard]] int checkToken(const QCommandLineParser &parser, const QString &newToken, const QString &tokenName);
    // The stored tokens, or nullopt after printing why they cannot be read.
    [[nodiscard]] std::optional<QList<StoredTokens::Token>> storedTokens();
    // hf's notice when HF_TOKEN or HUGGING_FACE_HUB_TOKEN overrides what was just stored.
    void warnIfEnvironmentOverrides(const QString &token);

    CliOutput m_out;
    CliHub m_hub;
};

} // namespace hubdeck::cli
