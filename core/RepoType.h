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

} // namespace hubdeck
