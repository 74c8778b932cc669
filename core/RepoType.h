// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

#include <optional>

namespace hubdeck {

enum class RepoType { Model, Dataset, Space };

// The cache folder prefix ("models") minus its final "s" is the type, as huggingface_hub reads it.
[[nodiscard]] std::optional<RepoType> repoTypeFromName(QStringView singular);
[[nodiscard]] QString repoTypeName(RepoType type);         // "model"
[[nodiscard]] QString repoTypeFolderPrefix(RepoType type); // "models"

// A repo folder's name as huggingface_hub reads it (_cache_manager.py, _scan_cached_repo):
// "<type>s--<org>--<name>" is that type and the repo id "org/name" (every "--" after the first
// read as "/"). nullopt without a "--", or with a type it does not know.
struct RepoFolderName
{
    RepoType type = RepoType::Model;
    QString repoId;
};
[[nodiscard]] std::optional<RepoFolderName> parseRepoFolderName(const QString &folderName);

} // namespace hubdeck
