// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

namespace hubdeck::cli::ExitCode {

// The codes hf's CLI ends with, so scripts written against it read ours the same way:
// - Success: also a command that needs arguments given none at all, which prints its help
//   (hf's parse_args; `cache rm` alone), and "Nothing to delete." / "Nothing to prune.".
// - Failure: what hf raises as CLIError or ValueError once the arguments are understood: a
//   cache folder that is not there, a target that cannot be a repo or revision (an hf:// URI
//   with @REV), a question it may not ask outside human mode ("... Use --yes to skip
//   confirmation."), an answer other than yes, a Hub error.
// - UsageError: what click rejects before the command runs: an unknown option, a missing
//   argument next to other options, a bad --filter, --sort or --limit (click.BadParameter), a
//   --format value it does not know, two output flags together.
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
