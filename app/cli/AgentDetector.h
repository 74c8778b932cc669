// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace hubdeck::cli {

// Whether an AI coding agent runs this command, found as huggingface_hub's
// utils/_detect_agent.py finds it, so that `--format auto` picks `agent` exactly when hf would.
// Only environment variables count; a terminal or a pipe on stdout changes nothing.
//
// hf reads its list of agent harnesses from the Hub (GET /api/agent-harnesses) at most once a
// day and keeps it in $HF_HOME/.agent_harnesses.json:
//   {"standardEnvVars": ["AI_AGENT", "AGENT"],
//    "harnesses": {"<id>": {"envVars": {"<VAR>": "*" | "<exact value>"}}, ...}}
// A local command never calls the Hub for this, so HubDeck reads that file when hf left one
// (whatever its age: hf too falls back to a stale copy). Without it, it uses the list hf
// shipped before the registry moved to the Hub: AI_AGENT or AGENT set to anything, or one of
// the tool variables (CLAUDECODE, CURSOR_AGENT, GEMINI_CLI, CODEX_SANDBOX...).
class AgentDetector
{
public:
    // The harness id ("claude-code"), "unknown" for an AI_AGENT/AGENT value no harness has,
    // or an empty string when no agent runs this.
    [[nodiscard]] static QString detect(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    [[nodiscard]] static bool isAgent(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        return !detect(env).isEmpty();
    }
};

} // namespace hubdeck::cli
