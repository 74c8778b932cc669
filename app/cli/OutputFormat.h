// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

namespace hubdeck::cli {

// The global output flags of the newest hf (cli/_cli_utils.py, cli/_output.py), taken out of
// the arguments wherever they stand, before the command parses its own:
//   --format auto|human|agent|json|quiet   (auto, the default: agent when an AI agent runs the
//                                           command (AgentDetector), human otherwise)
//   --json                                 (= --format json)
//   -q, --quiet                            (= --format quiet)
// HubDeck also takes `table` (its name for human before hf had one) and `csv` (cache ls only).
// As in hf, two of these flags together are a usage error, even the same one twice, and
// nothing after "--" is looked at.
class OutputFormat
{
public:
    enum class Mode {
        Human, // tables and sentences for a person; the only mode that asks questions
        Agent, // tab-separated tables, "key=value" results, never a question or a progress line
        Json,  // one JSON document on stdout
        Quiet, // the ids of listed items, one per line; the first value of a result
        Csv,   // cache ls only
    };

    // Removes the flags from arguments and returns the mode they ask for (auto resolved with
    // env), or nullopt with the usage error in *error: "Invalid value for '--format': 'xml'.
    // Valid values: ...", "'--json' and '-q' are mutually exclusive.", "Option '--format'
    // requires a value.".
    [[nodiscard]] static std::optional<Mode> take(QStringList &arguments, QString *error,
                                                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // The --format values, in hf's order then HubDeck's; without csv unless withCsv.
    [[nodiscard]] static QStringList values(bool withCsv);
    // hf's answer to a value a command does not take, e.g. csv outside cache ls.
    [[nodiscard]] static QString invalidValue(const QString &value, bool withCsv);
    // The name --format takes for mode, e.g. "human".
    [[nodiscard]] static QString name(Mode mode);
};

} // namespace hubdeck::cli
