// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CacheLocation.h"

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace hubdeck {

// huggingface_hub's named tokens (utils/_auth.py get_stored_tokens, _save_stored_tokens):
// the INI file `stored_tokens` beside the token file (dirname(HF_TOKEN_PATH)), one section
// per token name holding `hf_token = <token>`, sections sorted by name, mode 0600. HubDeck
// and `hf auth` read and write the same file, so either tool sees the other's accounts.
//
// Where huggingface_hub is careless, HubDeck is not: a file Python's configparser would
// refuse (a duplicate section, a line that is not `key = value`, a section without
// hf_token) makes huggingface_hub act as if there were no stored token and write over the
// file at the next login, losing every account in it. read() refuses such a file with the
// reason instead, and nothing here writes over a file that could not be read.
class StoredTokens
{
public:
    using Env = QProcessEnvironment;

    struct Token
    {
        QString name;
        QString token;
        friend bool operator==(const Token &, const Token &) = default;
    };

    // $(dirname HF_TOKEN_PATH)/stored_tokens (huggingface_hub's HF_STORED_TOKENS_PATH).
    [[nodiscard]] static QString path(const Env &env = CacheLocation::systemEnvironment());

    // The tokens in file order. A missing file is an empty list. nullopt with *error (one
    // sentence naming the file and the line) when the file cannot be read or parsed.
    [[nodiscard]] static std::optional<QList<Token>> read(QString *error, const Env &env = CacheLocation::systemEnvironment());
    // Replaces the file atomically (QSaveFile) with mode 0600; an empty list removes it.
    [[nodiscard]] static bool write(const QList<Token> &tokens, QString *error, const Env &env = CacheLocation::systemEnvironment());

    // configparser's reading of the INI text with huggingface_hub's settings (default
    // delimiters '=' and ':', '#'/';' comments, indented continuation lines, option names
    // case-insensitive, strict: duplicates are errors; [DEFAULT] supplies options to every
    // section and is not a token; '%' is interpolation syntax, so a lone '%' is an error and
    // "%%" reads as '%').
    [[nodiscard]] static std::optional<QList<Token>> parse(const QByteArray &text, QString *error);
    // What configparser.write() produces for the same tokens: sorted by name, "[name]",
    // "hf_token = value", a blank line after each section.
    [[nodiscard]] static QByteArray serialize(QList<Token> tokens);

    // Why a name or token cannot be stored so that configparser reads it back unchanged, or
    // an empty string when it can (a name is one line without surrounding spaces, not
    // "DEFAULT"; a token has no '%', spaces or control characters).
    [[nodiscard]] static QString whyNotStorable(const Token &token);

    // The names whose token is `token`, in list order: one token may be stored under several.
    [[nodiscard]] static QStringList namesHolding(const QList<Token> &tokens, const QString &token);

    // For listings: the first 3 and last 4 characters, as `hf auth list` shows a token
    // ("hf_****abcd"); a token shorter than 16 characters is shown as "****" so that the
    // mask never reveals most of it.
    [[nodiscard]] static QString masked(const QString &token);
};

} // namespace hubdeck
