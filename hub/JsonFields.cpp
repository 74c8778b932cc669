// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "JsonFields.h"

namespace hubdeck {

void JsonFields::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = m_context.isEmpty() ? message : m_context + QStringLiteral(": ") + message;
}

bool JsonFields::present(const QString &key, Field field)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (field == Field::Required)
            fail(QStringLiteral("field \"%1\" is missing").arg(key));
        return false;
    }
    return true;
}

QString JsonFields::string(const QString &key, Field field)
{
    if (!present(key, field))
        return {};
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        fail(QStringLiteral("field \"%1\" is not a string").arg(key));
        return {};
    }
    return value.toString();
}

std::optional<double> JsonFields::number(const QString &key, Field field)
{
    if (!present(key, field))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isDouble()) {
        fail(QStringLiteral("field \"%1\" is not a number").arg(key));
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<bool> JsonFields::boolean(const QString &key)
{
    if (!present(key, Field::Optional))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        fail(QStringLiteral("field \"%1\" is not true or false").arg(key));
        return std::nullopt;
    }
    return value.toBool();
}

QJsonObject JsonFields::object(const QString &key, Field field)
{
    if (!present(key, field))
        return {};
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        fail(QStringLiteral("field \"%1\" is not an object").arg(key));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonFields::array(const QString &key)
{
    if (!present(key, Field::Optional))
        return {};
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(QStringLiteral("field \"%1\" is not a list").arg(key));
        return {};
    }
    return value.toArray();
}

} // namespace hubdeck
