// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HubError.h"

#include <QObject>
#include <QPointer>

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

// A Hub callback that runs only while `context` lives, as a connection or
// QTimer::singleShot(ms, context, f) drops its call once its context is destroyed: a dialog
// closed before the Hub answers is never called back, so the callback may use its `this`.
// Converts to any HubCallback<T> the callback takes.
//   m_client->secrets(id, inContext(this, [this](HubResult<QList<SpaceSetting>> result) { ... }));
template <typename Callback>
[[nodiscard]] auto inContext(const QObject *context, Callback callback)
{
    return [context = QPointer<const QObject>(context), callback = std::move(callback)](auto &&...result) {
        if (context)
            callback(std::forward<decltype(result)>(result)...);
    };
}

} // namespace hubdeck
