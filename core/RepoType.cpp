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

std::optional<RepoFolderName> parseRepoFolderName(const QString &folderName)
{
    const qsizetype separator = folderName.indexOf(QLatin1String("--"));
    if (separator < 1)
        return std::nullopt;
    const std::optional<RepoType> type = repoTypeFromName(QStringView(folderName).left(separator).chopped(1));
    if (!type)
        return std::nullopt;
    return RepoFolderName{*type, folderName.mid(separator + 2).replace(QLatin1String("--"), QLatin1String("/"))};
}

QString repoTypeFolderPrefix(RepoType type)
{
    return repoTypeName(type) + u's';
}

} // namespace hubdeck
