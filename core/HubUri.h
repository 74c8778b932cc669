// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "RepoType.h"

#include <QString>

#include <optional>

namespace hubdeck {

// A repo location written as huggingface_hub writes it: hf://[<TYPE>/]<ID>[@<REVISION>][/<PATH>],
// with TYPE one of models, datasets, spaces (models when absent) and ID 'namespace/name' (or,
// for old canonical models, a bare name).
// Revisions are URL-decoded; refs/pr/N and refs/convert/NAME keep their slashes.
struct HubUri
{
    RepoType type = RepoType::Model;
    QString repoId;
    std::optional<QString> revision;
    QString pathInRepo;

    [[nodiscard]] static bool looksLikeUri(QStringView text) { return text.startsWith(u"hf://"); }
    // nullopt, with a sentence in *error, when the text is not a repo URI we can use.
    [[nodiscard]] static std::optional<HubUri> parse(const QString &text, QString *error);
    [[nodiscard]] QString cacheId() const { return repoTypeName(type) + u'/' + repoId; } // "model/org/name"
};

} // namespace hubdeck
