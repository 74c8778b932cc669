// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "SpaceSetting.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hubdeck::cli {

// A dotenv file for `--secrets-file` and `--env-file`, read line by line as huggingface_hub's
// load_dotenv reads it (utils/_dotenv.py): blank lines and lines starting with '#' are
// skipped; `[export ]KEY=VALUE` with KEY matching [A-Za-z_][A-Za-z0-9_]*; spaces around '='
// and a trailing " # comment" are dropped; a value in single or double quotes loses its quotes
// and has \n, \t, \", \\ expanded (and \$ in double quotes only), other escapes kept as
// written; an unquoted value is cut at its first '#'; a bare KEY (no '=') takes the value of
// the environment variable KEY. A key given twice keeps its first place and its last value.
//
// Where load_dotenv silently skips a line it cannot read, or a bare KEY with no such
// environment variable, HubDeck refuses the whole file instead: a secret dropped without a
// word would be found missing only when the Space fails. Errors name the file, the line
// number and the key at most, never a value.
class DotEnvFile
{
public:
    // Files larger than this are refused: a dotenv file is a few KiB.
    static constexpr qint64 kMaxBytes = 1 << 20;

    // Reads `path`; false with *error (one line, no value in it) when the file cannot be read,
    // is not UTF-8, or has a line that is not a setting. `environment` answers bare KEYs.
    [[nodiscard]] static bool read(const QString &path, const QHash<QString, QString> &environment, QList<SpaceSetting> &out,
                                   QString *error);
    // The same on text already read; `name` is the file's name for messages.
    [[nodiscard]] static bool parse(const QString &text, const QString &name, const QHash<QString, QString> &environment,
                                    QList<SpaceSetting> &out, QString *error);
    // Adds or replaces: a key already in `into` keeps its place and takes the new value.
    static void merge(QList<SpaceSetting> &into, const SpaceSetting &setting);
};

} // namespace hubdeck::cli
