// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hubdeck {

// A Space secret or variable. Secrets come back without their value: the Hub never returns it.
struct SpaceSetting
{
    QString key;
    QString value; // variables only
    QString description;
    QDateTime updatedAt;

    // {"KEY": {"value"?, "description"?, "updatedAt"}} -> sorted by key
    [[nodiscard]] static std::optional<QList<SpaceSetting>> listFromJson(const QJsonValue &value, bool withValues, QString *error);
    [[nodiscard]] QJsonObject toJson(bool withValue) const;
};

} // namespace hubdeck
