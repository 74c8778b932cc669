// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

namespace hubdeck::cli::ExitCode {

// The codes hf's CLI ends with, so scripts written against it read ours the same way.
inline constexpr int Success = 0;
inline constexpr int Failure = 1;
inline constexpr int UsageError = 2;
// Stopped by Ctrl+C or SIGTERM while waiting (128 + SIGINT, as shells report it).
inline constexpr int Interrupted = 130;

} // namespace hubdeck::cli::ExitCode
