// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "WhoAmI.h"

#include "JsonFields.h"

namespace hubdeck {

std::optional<WhoAmI> WhoAmI::fromJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral("whoami is not an object");
        return std::nullopt;
    }
    JsonFields fields(value.toObject(), QStringLiteral("whoami"));
    WhoAmI who;
    who.name = fields.string(QStringLiteral("name"), JsonFields::Field::Required);
    who.fullname = fields.string(QStringLiteral("fullname"));
    who.type = fields.string(QStringLiteral("type"));
    for (const QJsonValue &org : fields.array(QStringLiteral("orgs"))) {
        const QString name = org.toObject().value(QStringLiteral("name")).toString();
        if (name.isEmpty()) {
            fields.fail(QStringLiteral("an organisation has no name"));
            break;
        }
        who.orgs.append(name);
    }
    const QJsonObject auth = fields.object(QStringLiteral("auth"));
    const QJsonObject accessToken = auth.value(QStringLiteral("accessToken")).toObject();
    who.tokenRole = accessToken.value(QStringLiteral("role")).toString();
    who.tokenName = accessToken.value(QStringLiteral("displayName")).toString();
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    return who;
}

QJsonObject WhoAmI::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("fullname"), fullname},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("orgs"), QJsonArray::fromStringList(orgs)},
                       {QStringLiteral("token_role"), tokenRole},
                       {QStringLiteral("token_name"), tokenName}};
}

} // namespace hubdeck
