// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HardwareFlavor.h"

#include "JsonFields.h"

namespace hubdeck {

namespace {
// Numbers or strings: the catalogue has used both for quantities and sizes.
QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}
} // namespace

std::optional<HardwareFlavor> HardwareFlavor::fromJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral("a hardware flavour is not an object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    JsonFields fields(object, QStringLiteral("hardware"));
    HardwareFlavor flavor;
    flavor.name = fields.string(QStringLiteral("name"), JsonFields::Field::Required);
    flavor.prettyName = fields.string(QStringLiteral("prettyName"));
    flavor.cpu = text(object.value(QStringLiteral("cpu")));
    flavor.ram = text(object.value(QStringLiteral("ram")));
    flavor.ephemeralStorage = text(object.value(QStringLiteral("ephemeralStorage")));
    const QJsonObject accelerator = fields.object(QStringLiteral("accelerator"));
    flavor.acceleratorType = text(accelerator.value(QStringLiteral("type")));
    flavor.acceleratorModel = text(accelerator.value(QStringLiteral("model")));
    flavor.acceleratorVram = text(accelerator.value(QStringLiteral("vram")));
    flavor.acceleratorManufacturer = text(accelerator.value(QStringLiteral("manufacturer")));
    flavor.acceleratorQuantity = text(accelerator.value(QStringLiteral("quantity"))).toInt();
    flavor.unitCostUSD = fields.number(QStringLiteral("unitCostUSD")).value_or(0);
    if (flavor.unitCostUSD == 0)
        flavor.unitCostUSD = fields.number(QStringLiteral("unitCostMicroUSD")).value_or(0) / 1e6;
    flavor.unitLabel = fields.string(QStringLiteral("unitLabel"));
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    return flavor;
}

QJsonObject HardwareFlavor::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("pretty_name"), prettyName},
        {QStringLiteral("cpu"), cpu},
        {QStringLiteral("ram"), ram},
        {QStringLiteral("ephemeral_storage"), ephemeralStorage},
        {QStringLiteral("accelerator"), acceleratorModel.isEmpty()
                                            ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(QJsonObject{{QStringLiteral("type"), acceleratorType},
                                                                     {QStringLiteral("model"), acceleratorModel},
                                                                     {QStringLiteral("quantity"), acceleratorQuantity},
                                                                     {QStringLiteral("vram"), acceleratorVram},
                                                                     {QStringLiteral("manufacturer"), acceleratorManufacturer}})},
        {QStringLiteral("unit_cost_usd"), unitCostUSD},
        {QStringLiteral("unit_label"), unitLabel},
        {QStringLiteral("cost_per_hour_usd"), costPerHourUSD()},
    };
}

QList<HardwareFlavor> HardwareFlavor::knownFlavors()
{
    QList<HardwareFlavor> flavors;
    for (const char *name : {"cpu-basic", "cpu-upgrade", "zero-a10g", "t4-small", "t4-medium", "l4x1", "l4x4", "l40sx1", "l40sx4", "l40sx8",
                             "a10g-small", "a10g-large", "a10g-largex2", "a10g-largex4", "a100-large", "a100x4", "a100x8"}) {
        HardwareFlavor flavor;
        flavor.name = QString::fromLatin1(name);
        flavors.append(flavor);
    }
    return flavors;
}

} // namespace hubdeck
