// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "RepoType.h"

namespace hubdeck {

std::optional<RepoType> repoTypeFromName(QStringView singular)
{
    if (singular == u"model")
        return RepoType::Model;
    if (singular == u"dataset")
        return RepoType::Dataset;
    if (singular == u"space")
        return RepoType::Space;
    return std::nullopt;
}

QString repoTypeName(RepoType type)
{
    switch (type) {
    case RepoType::Model:
        return QStringLiteral("model");
    case RepoType::Dataset:
        return QStringLiteral("dataset");
    case RepoType::Space:
        return QStringLiteral("space");
    }
    return {};
}

QString repoTypeFolderPrefix(RepoType type)
{
    return repoTypeName(type) + u's';
}

} // namespace hubdeck
