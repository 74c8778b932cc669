// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hubdeck {

// Reads typed fields from a Hub answer and remembers the first mismatch, so a parser can
// read everything, then check ok() once: a wrong type or a missing required field becomes
// one clear error instead of a crash or a garbage value.
class JsonFields
{
public:
    // Whether a missing field fails the answer (a Space without an id is no Space).
    enum class Field {
        Optional,
        Required,
    };

    JsonFields(const QJsonObject &object, QString context)
        : m_object(object)
        , m_context(std::move(context))
    {}

    [[nodiscard]] QString string(const QString &key, Field field = Field::Optional);
    [[nodiscard]] std::optional<double> number(const QString &key, Field field = Field::Optional);
    [[nodiscard]] std::optional<bool> boolean(const QString &key);
    [[nodiscard]] QJsonObject object(const QString &key, Field field = Field::Optional);
    [[nodiscard]] QJsonArray array(const QString &key);
    [[nodiscard]] bool isNull(const QString &key) const { return m_object.value(key).isNull() || m_object.value(key).isUndefined(); }

    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }
    void fail(const QString &message);

private:
    bool present(const QString &key, Field field);

    QJsonObject m_object;
    QString m_context;
    QString m_error;
};

} // namespace hubdeck
