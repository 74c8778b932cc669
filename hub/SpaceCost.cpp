// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpaceCost.h"

namespace hubdeck {

SpaceCost::Prices SpaceCost::prices(const QList<HardwareFlavor> &catalogue)
{
    Prices prices;
    for (const HardwareFlavor &flavor : catalogue)
        if (!flavor.name.isEmpty() && flavor.costPerHourUSD() >= 0)
            prices.insert(flavor.name, flavor.costPerHourUSD());
    return prices;
}

bool SpaceCost::isBilledNow(const SpaceRuntime &runtime)
{
    const QString &stage = runtime.stage;
    return !runtime.hardware.isEmpty() &&
           (stage == u"RUNNING" || stage == u"RUNNING_BUILDING" || stage == u"RUNNING_APP_STARTING" || stage == u"APP_STARTING");
}

std::optional<double> SpaceCost::perHour(const SpaceRuntime &runtime, const std::optional<Prices> &prices)
{
    if (!prices || runtime.hardware.isEmpty())
        return std::nullopt;
    const auto found = prices->constFind(runtime.hardware);
    if (found == prices->cend())
        return std::nullopt;
    return *found;
}

bool SpaceCost::paidWithoutSleep(const SpaceRuntime &runtime, const std::optional<Prices> &prices)
{
    const QString flavor = runtime.requestedHardware.isEmpty() ? runtime.hardware : runtime.requestedHardware;
    if (flavor.isEmpty() || (runtime.sleepTime && *runtime.sleepTime > 0))
        return false;
    if (prices && prices->contains(flavor))
        return prices->value(flavor) > 0;
    return flavor != u"cpu-basic";
}

SpaceCost::Total SpaceCost::total(const QList<SpaceInfo> &spaces, const std::optional<Prices> &prices)
{
    Total total;
    for (const SpaceInfo &space : spaces) {
        if (!space.runtime || !isBilledNow(*space.runtime))
            continue;
        ++total.billed;
        if (const std::optional<double> price = perHour(*space.runtime, prices))
            total.perHourUSD += *price;
        else
            ++total.unpriced;
    }
    return total;
}

QString SpaceCost::usd(double amount)
{
    if (amount > 0 && amount < 0.01)
        return QStringLiteral("$") + QString::number(amount, 'f', 3);
    return QStringLiteral("$") + QString::number(amount, 'f', 2);
}

} // namespace hubdeck
