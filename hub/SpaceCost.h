// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HardwareFlavor.h"
#include "SpaceInfo.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace hubdeck {

// What Spaces cost per hour, from the prices in the Hub's hardware catalogue (GET
// /api/spaces/hardware) and nothing else: HardwareFlavor::knownFlavors() has names, never
// prices, so a catalogue that could not be fetched means no price at all. These are
// estimates: persistent storage and ZeroGPU quota are billed apart and not counted.
class SpaceCost
{
public:
    // flavour name -> USD per hour, as the catalogue gave it (0 for free hardware).
    using Prices = QHash<QString, double>;

    // A month of always-on hardware, as the Hub's pricing page counts it (365 × 24 / 12).
    static constexpr double kHoursPerMonth = 730;

    [[nodiscard]] static Prices prices(const QList<HardwareFlavor> &catalogue);
    // Whether the Space is on its hardware now and billed for it: running, or its app
    // starting on the hardware. Building, paused, sleeping and failed Spaces are not.
    [[nodiscard]] static bool isBilledNow(const SpaceRuntime &runtime);
    // The price of the hardware the Space is on now (hardware.current), USD per hour; nullopt
    // when it is on none or the catalogue has no price for it (or was not fetched).
    [[nodiscard]] static std::optional<double> perHour(const SpaceRuntime &runtime, const std::optional<Prices> &prices);
    // Paid hardware requested and no sleep time (gcTimeout absent or 0): billed around the
    // clock once started. Without a catalogue, every flavour but the free cpu-basic counts
    // as paid: a warning may err on the careful side, a price may not.
    [[nodiscard]] static bool paidWithoutSleep(const SpaceRuntime &runtime, const std::optional<Prices> &prices);

    struct Total
    {
        double perHourUSD = 0; // of the billed Spaces with a known price
        int billed = 0;        // Spaces billed now (isBilledNow)
        int unpriced = 0;      // of those, how many have no price (left out of perHourUSD)
        [[nodiscard]] double perMonthUSD() const { return perHourUSD * kHoursPerMonth; }
    };
    // Each Space once, however many accounts see it.
    [[nodiscard]] static Total total(const QList<SpaceInfo> &spaces, const std::optional<Prices> &prices);

    // "$0.90" (two decimals; three below one cent so that a small price is not shown as 0).
    [[nodiscard]] static QString usd(double amount);
};

} // namespace hubdeck
