// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

#include <optional>

namespace hubdeck {

// A file's path inside a repository, as the Hub's commit call takes it: relative,
// '/'-separated, no "." or ".." or empty part, nothing under .git/ or .cache/ (which
// huggingface_hub refuses too: the Hub's git would treat them as its own), no backslash or
// control character.
class RepoPath
{
public:
    // The path as it is sent (a leading "./" dropped), or nullopt and *error saying why not.
    [[nodiscard]] static std::optional<QString> check(const QString &path, QString *error);
};

} // namespace hubdeck
