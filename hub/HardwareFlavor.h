// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hubdeck {

// One entry of GET /api/spaces/hardware.
struct HardwareFlavor
{
    QString name; // "t4-medium"
    QString prettyName;
    QString cpu;
    QString ram;
    QString ephemeralStorage;
    QString acceleratorType;
    QString acceleratorModel;
    QString acceleratorVram;
    QString acceleratorManufacturer;
    int acceleratorQuantity = 0;
    double unitCostUSD = 0;
    QString unitLabel; // "minute"

    [[nodiscard]] double costPerHourUSD() const { return unitLabel == u"hour" ? unitCostUSD : unitCostUSD * 60.0; }
    [[nodiscard]] static std::optional<HardwareFlavor> fromJson(const QJsonValue &value, QString *error);
    [[nodiscard]] QJsonObject toJson() const;
    // The reference's known flavours, for when the catalogue cannot be fetched.
    [[nodiscard]] static QList<HardwareFlavor> knownFlavors();
};

} // namespace hubdeck
