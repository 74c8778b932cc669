// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HubError.h"

#include <functional>
#include <optional>

namespace hubdeck {

// The typed outcome of one Hub call: a value, or an error saying why not.
template <typename T>
struct HubResult
{
    std::optional<T> value;
    HubError error;

    [[nodiscard]] bool ok() const { return !error.isError() && value.has_value(); }
    [[nodiscard]] static HubResult failure(HubError e) { return HubResult{std::nullopt, std::move(e)}; }
    [[nodiscard]] static HubResult success(T v) { return HubResult{std::move(v), {}}; }
};

template <typename T>
using HubCallback = std::function<void(HubResult<T>)>;

} // namespace hubdeck
