// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpaceSetting.h"

#include "JsonFields.h"

namespace hubdeck {

std::optional<QList<SpaceSetting>> SpaceSetting::listFromJson(const QJsonValue &value, bool withValues, QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral("the list is not an object of keys");
        return std::nullopt;
    }
    QList<SpaceSetting> settings;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isObject()) {
            *error = QStringLiteral("the entry for \"%1\" is not an object").arg(it.key());
            return std::nullopt;
        }
        JsonFields fields(it.value().toObject(), it.key());
        SpaceSetting setting;
        setting.key = it.key();
        if (withValues)
            setting.value = fields.string(QStringLiteral("value"));
        setting.description = fields.string(QStringLiteral("description"));
        const QString updated = fields.string(QStringLiteral("updatedAt"));
        if (!updated.isEmpty())
            setting.updatedAt = QDateTime::fromString(updated, Qt::ISODateWithMs);
        if (!fields.ok()) {
            *error = fields.error();
            return std::nullopt;
        }
        settings.append(setting);
    }
    return settings; // QJsonObject iterates in key order
}

QJsonObject SpaceSetting::toJson(bool withValue) const
{
    QJsonObject object{
        {QStringLiteral("key"), key},
        {QStringLiteral("description"), description.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(description)},
        {QStringLiteral("updated_at"), updatedAt.isValid() ? QJsonValue(updatedAt.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)}};
    if (withValue)
        object.insert(QStringLiteral("value"), value);
    return object;
}

} // namespace hubdeck
