// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CliOutput.h"

#include <QStringList>

#include <optional>
#include <sys/types.h>

class QCommandLineParser;
class QCommandLineOption;

namespace hubdeck {
class HfHome;
struct HomeScan;
} // namespace hubdeck

namespace hubdeck::cli {

// `hubdeck-cli home ls|rm`: the whole Hugging Face home (hub, xet, datasets, assets, modules,
// the legacy transformers cache and the rest of HF_HOME), listed and cleaned (issue #14).
// HomeScanner measures, HomeDeletion deletes; this is options, wording and output.
class HomeCommand
{
public:
    [[nodiscard]] int list(const QStringList &arguments);
    [[nodiscard]] int remove(const QStringList &arguments);

private:
    [[nodiscard]] std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                                           const QList<QCommandLineOption> &options);
    [[nodiscard]] int usage(const QString &message, const QString &command);
    // The home --dir names (every part under it, the parts' own variables ignored), else the
    // one the environment locates, as huggingface_hub and datasets would.
    [[nodiscard]] static HfHome home(const QCommandLineParser &parser);
    // Why a home given with --dir is refused (HfHome::mayBeHome), or an empty string.
    [[nodiscard]] static QString notAHomeGiven(const QCommandLineParser &parser, const HfHome &home);
    // Why the home cannot be listed or cleaned, in one line (unusable, not there, not a home), or empty.
    [[nodiscard]] static QString homeProblem(const QCommandLineParser &parser, const HfHome &where);
    // A one-line note when HF_HOME or a part's folder belongs to another user than `me` (root
    // excepted): the kernel refuses O_NOATIME there, so listing it records an access on its
    // folders, which HubDeck cannot prevent (attack A15). Empty otherwise.
    [[nodiscard]] static QString othersFoldersNote(const HfHome &where, uid_t me);
    void printTable(const HomeScan &scan);
    // runningDeletion: the pid of a HubDeck deletion running in the home (0: not known), said as
    // "deletion_running".
    void printJson(const HomeScan &scan, std::optional<qint64> runningDeletion);

    CliOutput m_out;
};

} // namespace hubdeck::cli
