// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CliHub.h"
#include "CliOutput.h"

#include <QStringList>

namespace hubdeck::cli {

// What every `spaces` subcommand shares: the output and the Hub, parsing with the shared
// options, the usage errors, confirmation of destructive changes and KEY=VALUE pairs. One
// instance serves the whole run, so the subcommand groups stay stateless views of it.
class SpacesContext
{
public:
    [[nodiscard]] CliOutput &out() { return m_out; }
    [[nodiscard]] CliHub &hub() { return m_hub; }

    // Parses with the shared options added; returns -1 when parsing succeeded, else an exit code.
    [[nodiscard]] int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage, int positionalMin,
                            int positionalMax);
    [[nodiscard]] int fail(const HubError &error);
    [[nodiscard]] int usageError(const QString &message, const QString &usage);
    // A value hf takes and then refuses in the command itself (a volume spec): the message and
    // the usage, but hf's exit code 1, not 2.
    [[nodiscard]] int invalidValue(const QString &message, const QString &usage);
    [[nodiscard]] bool confirm(bool yes, const QString &question);
    // KEY=VALUE, or KEY alone: the value comes from the environment or is asked for without echo.
    [[nodiscard]] static bool readPairs(const QStringList &specs, bool secret, QList<SpaceSetting> &out, QString *error);

    // A dotenv file (DotEnvFile), its bare KEYs answered by the environment and HF_TOKEN by the
    // token in use, as hf's parse_env_map does; call after parse(). False with *error.
    [[nodiscard]] bool readSettingsFile(const QString &path, QList<SpaceSetting> &out, QString *error);

    // Puts each of `given` (-s/-e) over `into` (read from the file `file`), as hf's
    // parse_env_map does, and warns naming the keys whose file value a flag replaced with
    // another (hf says nothing; a value silently not the one in the file is hard to find).
    // `flag` is "-s" or "-e". Never prints a value.
    void mergeOverFile(QList<SpaceSetting> &into, const QList<SpaceSetting> &given, const QString &file, const QString &flag);

private:
    CliOutput m_out;
    CliHub m_hub;
};

} // namespace hubdeck::cli
