// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <utility>
#include <variant>

namespace hubdeck {

// The core's one error style, as HubResult is the Hub client's: a step that can fail returns
// its value or the error that says why, and the caller decides; no exceptions for control
// flow. Error is the step's own type (a message, or a reason and a message).
//
//   Result<QHash<...>, Corruption> readRefs(...);   // return byHash; / return Failure(Corruption{...});
//   const auto refs = readRefs(fd);
//   if (!refs.ok())
//       return report(refs.error());
template <typename Error>
struct Failure
{
    Error error;
};
template <typename Error>
Failure(Error) -> Failure<Error>;

template <typename T, typename Error>
class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): `return value;` reads as it should
        : m_outcome(std::in_place_index<0>, std::move(value))
    {}
    Result(Failure<Error> failure) // NOLINT(google-explicit-constructor)
        : m_outcome(std::in_place_index<1>, std::move(failure.error))
    {}

    [[nodiscard]] bool ok() const { return m_outcome.index() == 0; }
    // Only when ok().
    [[nodiscard]] const T &value() const & { return std::get<0>(m_outcome); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_outcome)); }
    // Only when !ok().
    [[nodiscard]] const Error &error() const { return std::get<1>(m_outcome); }

private:
    std::variant<T, Error> m_outcome;
};

} // namespace hubdeck
