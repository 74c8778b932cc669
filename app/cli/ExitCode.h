// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

namespace hubdeck::cli::ExitCode {

// The codes hf's CLI ends with, so scripts written against it read ours the same way.
inline constexpr int Success = 0;
inline constexpr int Failure = 1;
inline constexpr int UsageError = 2;
// Stopped by a signal it caught (Ctrl+C, kill) after stopping cleanly: 128 + the signal, as a
// shell reports a process the signal ended, and as hf ends on Ctrl+C (130).
[[nodiscard]] constexpr int interruptedBy(int signal)
{
    return 128 + signal;
}

} // namespace hubdeck::cli::ExitCode
