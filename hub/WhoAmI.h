// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace hubdeck {

// GET /api/whoami-v2: who the token belongs to.
struct WhoAmI
{
    QString name;
    QString fullname;
    QString type; // "user" or "org"
    QStringList orgs;
    QString tokenRole; // "read", "write", "fineGrained"...
    QString tokenName; // auth.accessToken.displayName: the name huggingface_hub stores the token under

    [[nodiscard]] static std::optional<WhoAmI> fromJson(const QJsonValue &value, QString *error);
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace hubdeck
