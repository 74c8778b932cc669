// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

namespace hubdeck::cli::ExitCode {

// The codes hf's CLI ends with, so scripts written against it read ours the same way.
inline constexpr int Success = 0;
inline constexpr int Failure = 1;
inline constexpr int UsageError = 2;

} // namespace hubdeck::cli::ExitCode
