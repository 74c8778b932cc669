// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "SpaceRuntime.h"

#include <QDateTime>

namespace hubdeck {

// One entry of GET /api/spaces, or GET /api/spaces/{id}.
struct SpaceInfo
{
    QString id; // "owner/name"
    QString author;
    QString sdk;
    bool isPrivate = false;
    QDateTime lastModified;
    int likes = 0;
    std::optional<SpaceRuntime> runtime;

    [[nodiscard]] static std::optional<SpaceInfo> fromJson(const QJsonValue &value, QString *error);
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace hubdeck
