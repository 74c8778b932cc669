// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AgentDetector.h"

#include "CacheLocation.h"
#include "QuietFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace hubdeck::cli {

namespace {

struct Harness
{
    QString id;
    QList<std::pair<QString, QString>> envVars; // variable, then "*" (any non-empty value) or the exact value
};

struct Registry
{
    QStringList standardEnvVars;
    QList<Harness> harnesses; // in the file's order: the first match wins
};

// hf's last built-in list (huggingface_hub 1.1x, utils/_detect_agent.py), in its order.
Registry builtIn()
{
    const auto any = [](std::initializer_list<const char *> names) {
        QList<std::pair<QString, QString>> vars;
        for (const char *name : names)
            vars.append({QString::fromLatin1(name), QStringLiteral("*")});
        return vars;
    };
    Registry registry;
    registry.standardEnvVars = {QStringLiteral("AI_AGENT"), QStringLiteral("AGENT")};
    registry.harnesses = {
        {QStringLiteral("antigravity"), any({"ANTIGRAVITY_AGENT"})},
        {QStringLiteral("augment-cli"), any({"AUGMENT_AGENT"})},
        {QStringLiteral("cline"), any({"CLINE_ACTIVE"})},
        {QStringLiteral("cowork"), any({"CLAUDE_CODE_IS_COWORK"})},
        {QStringLiteral("claude-code"), any({"CLAUDECODE", "CLAUDE_CODE"})},
        {QStringLiteral("codex"), any({"CODEX_SANDBOX", "CODEX_CI", "CODEX_THREAD_ID"})},
        {QStringLiteral("cursor"), any({"CURSOR_TRACE_ID"})},
        {QStringLiteral("cursor-cli"), any({"CURSOR_AGENT"})},
        {QStringLiteral("devin"), {}},
        {QStringLiteral("gemini"), any({"GEMINI_CLI"})},
        {QStringLiteral("github-copilot"), any({"COPILOT_MODEL", "COPILOT_ALLOW_ALL", "COPILOT_GITHUB_TOKEN"})},
        {QStringLiteral("goose"), any({"GOOSE_TERMINAL"})},
        {QStringLiteral("openclaw"), any({"OPENCLAW_SHELL"})},
        {QStringLiteral("opencode"), any({"OPENCODE_CLIENT"})},
        {QStringLiteral("pi"), any({"PI_CODING_AGENT"})},
        {QStringLiteral("replit"), any({"REPL_ID"})},
        {QStringLiteral("roo-code"), any({"ROO_ACTIVE"})},
        {QStringLiteral("trae"), any({"TRAE_AI_SHELL_ID"})},
    };
    return registry;
}

// hf's cached copy of the Hub's registry; nullopt when there is none or it is not one.
std::optional<Registry> cached(const QProcessEnvironment &env)
{
    // QuietFile: a FIFO or a device there is refused before it is opened (a plain open of a
    // FIFO waited for a writer for ever, every command with it), and the read leaves the access
    // time as it was.
    const std::optional<QByteArray> content =
        QuietFile::readHead(CacheLocation::hfHome(env) + QStringLiteral("/.agent_harnesses.json"), 1 << 20, nullptr);
    if (!content)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*content);
    if (!document.isObject())
        return std::nullopt;
    Registry registry;
    for (const QJsonValue &name : document.object().value(QStringLiteral("standardEnvVars")).toArray())
        if (name.isString())
            registry.standardEnvVars.append(name.toString());
    const QJsonObject harnesses = document.object().value(QStringLiteral("harnesses")).toObject();
    // QJsonObject sorts its keys; hf walks them in the file's order. The order only decides
    // which id is reported when two harnesses match, never whether an agent is found.
    for (auto it = harnesses.begin(); it != harnesses.end(); ++it) {
        Harness harness{it.key(), {}};
        const QJsonObject vars = it.value().toObject().value(QStringLiteral("envVars")).toObject();
        for (auto var = vars.begin(); var != vars.end(); ++var)
            if (var.value().isString())
                harness.envVars.append({var.key(), var.value().toString()});
        registry.harnesses.append(harness);
    }
    return registry;
}

} // namespace

QString AgentDetector::detect(const QProcessEnvironment &env)
{
    const Registry registry = cached(env).value_or(builtIn());
    for (const Harness &harness : registry.harnesses) {
        for (const auto &[name, pattern] : harness.envVars) {
            const QString value = env.value(name);
            if (!value.isEmpty() && (pattern == u"*" || value == pattern))
                return harness.id;
        }
        for (const QString &name : registry.standardEnvVars)
            if (env.value(name).trimmed() == harness.id)
                return harness.id;
    }
    QSet<QString> ids;
    for (const Harness &harness : registry.harnesses)
        ids.insert(harness.id.toLower());
    for (const QString &name : registry.standardEnvVars) {
        const QString value = env.value(name).trimmed().toLower();
        if (!value.isEmpty())
            return ids.contains(value) ? value : QStringLiteral("unknown");
    }
    return QString();
}

} // namespace hubdeck::cli
