// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpaceInfo.h"

#include "JsonFields.h"

namespace hubdeck {

std::optional<SpaceInfo> SpaceInfo::fromJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral("a Space is not an object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    JsonFields fields(object, QStringLiteral("Space"));
    SpaceInfo info;
    info.id = fields.string(QStringLiteral("id"), JsonFields::Field::Required);
    info.author = fields.string(QStringLiteral("author"));
    if (info.author.isEmpty())
        info.author = info.id.section(u'/', 0, 0);
    info.sdk = fields.string(QStringLiteral("sdk"));
    info.isPrivate = fields.boolean(QStringLiteral("private")).value_or(false);
    const QString modified = fields.string(QStringLiteral("lastModified"));
    if (!modified.isEmpty())
        info.lastModified = QDateTime::fromString(modified, Qt::ISODateWithMs);
    info.likes = int(fields.number(QStringLiteral("likes")).value_or(0));
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    if (!fields.isNull(QStringLiteral("runtime"))) {
        info.runtime = SpaceRuntime::fromJson(object.value(QStringLiteral("runtime")), error);
        if (!info.runtime)
            return std::nullopt;
    }
    return info;
}

QJsonObject SpaceInfo::toJson() const
{
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("author"), author},
        {QStringLiteral("sdk"), sdk.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(sdk)},
        {QStringLiteral("private"), isPrivate},
        {QStringLiteral("last_modified"),
         lastModified.isValid() ? QJsonValue(lastModified.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("likes"), likes},
    };
    object.insert(QStringLiteral("runtime"), runtime ? QJsonValue(runtime->toJson()) : QJsonValue(QJsonValue::Null));
    return object;
}

} // namespace hubdeck
