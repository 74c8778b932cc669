// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpacesEnvironmentCommands.h"

#include "DotEnvFile.h"
#include "ExitCode.h"
#include "PrintableText.h"
#include "TextTable.h"

namespace hubdeck::cli {

int SpacesEnvironmentCommands::printSettings(const QList<SpaceSetting> &settings, bool withValues)
{
    if (m_hub.json()) {
        m_out.jsonStream([&](JsonStreamWriter &writer) {
            writer.beginArray();
            for (const SpaceSetting &setting : settings)
                writer.value(setting.toJson(withValues));
            writer.endArray();
        });
        return ExitCode::Success;
    }
    if (settings.isEmpty()) {
        m_out.text(QStringLiteral("No results found."));
        return ExitCode::Success;
    }
    QStringList headers{QStringLiteral("KEY")};
    if (withValues)
        headers << QStringLiteral("VALUE");
    headers << QStringLiteral("DESCRIPTION") << QStringLiteral("UPDATED_AT");
    TextTable table(headers);
    for (const SpaceSetting &setting : settings) {
        QStringList row{setting.key};
        if (withValues)
            row << setting.value;
        row << setting.description << (setting.updatedAt.isValid() ? setting.updatedAt.toString(QStringLiteral("yyyy-MM-dd")) : QString());
        table.addRow(row);
    }
    m_out.table(table);
    return ExitCode::Success;
}

int SpacesEnvironmentCommands::secrets(const QStringList &arguments)
{
    return run(arguments, true);
}

int SpacesEnvironmentCommands::variables(const QStringList &arguments)
{
    return run(arguments, false);
}

// Secrets and variables share their grammar; a secret's value is write-only and never printed.
int SpacesEnvironmentCommands::run(const QStringList &arguments, bool secret)
{
    const QString usage = secret ? QStringLiteral("secrets ls SPACE | add SPACE (-s KEY[=VALUE]... | --secrets-file FILE) "
                                                  "[--description TEXT] | delete SPACE KEY [--yes]")
                                 : QStringLiteral("variables ls SPACE | add SPACE (-e KEY=VALUE... | --env-file FILE) "
                                                  "[--description TEXT] | delete SPACE KEY [--yes]");
    const QString action = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0) + u' ' + action} + arguments.mid(2);
    QCommandLineParser parser;
    const QCommandLineOption pairOption(secret ? QStringList{QStringLiteral("s"), QStringLiteral("secret"), QStringLiteral("secrets")}
                                               : QStringList{QStringLiteral("e"), QStringLiteral("env")},
                                        secret ? QStringLiteral("KEY[=VALUE]") : QStringLiteral("KEY=VALUE"), QStringLiteral("PAIR"));
    const QCommandLineOption description(QStringLiteral("description"), QStringLiteral("Description."), QStringLiteral("TEXT"));
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")}, QStringLiteral("Do not ask."));
    const QCommandLineOption fileOption(secret ? QStringLiteral("secrets-file") : QStringLiteral("env-file"),
                                        QStringLiteral("A dotenv file of KEY=VALUE lines."), QStringLiteral("FILE"));
    parser.addOptions({pairOption, fileOption, description, yes});
    if (action != u"ls" && action != u"add" && action != u"delete")
        return m_context.usageError(QStringLiteral("Choose ls, add or delete."), usage);
    if (const int code = m_context.parse(parser, rest, usage, 1, action == u"delete" ? 2 : 1); code >= 0)
        return code;
    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return m_context.usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(id), usage);
    if (action == u"ls")
        return list(id, secret);
    if (action == u"delete") {
        const QString key = parser.positionalArguments().value(1);
        if (key.isEmpty())
            return m_context.usageError(QStringLiteral("Which one? Give its KEY."), usage);
        return remove(id, key, secret, parser.isSet(yes));
    }
    QList<SpaceSetting> pairs;
    QString error;
    // As hf's parse_env_map: the file first, then each -s/-e over it.
    if (parser.isSet(fileOption) && !m_context.readSettingsFile(parser.value(fileOption), pairs, &error)) {
        m_out.error(error);
        return ExitCode::Failure;
    }
    QList<SpaceSetting> given;
    if (!SpacesContext::readPairs(parser.values(pairOption), secret, given, &error))
        return m_context.usageError(error, usage);
    m_context.mergeOverFile(pairs, given, parser.value(fileOption), secret ? QStringLiteral("-s") : QStringLiteral("-e"));
    if (pairs.isEmpty())
        return m_context.usageError(secret ? QStringLiteral("At least one secret must be specified with -s/--secrets or --secrets-file.")
                                           : QStringLiteral("At least one variable must be specified with -e/--env or --env-file."),
                                    usage);
    return add(id, pairs, parser.value(description), secret);
}

int SpacesEnvironmentCommands::list(const QString &id, bool secret)
{
    const auto result = fetch(id, secret);
    return result.ok() ? printSettings(*result.value, !secret) : m_context.fail(result.error);
}

HubResult<QList<SpaceSetting>> SpacesEnvironmentCommands::fetch(const QString &id, bool secret)
{
    HubClient &client = m_hub.client();
    return m_hub.wait<QList<SpaceSetting>>([&](HubCallback<QList<SpaceSetting>> done) {
        secret ? client.secrets(id, std::move(done)) : client.variables(id, std::move(done));
    });
}

int SpacesEnvironmentCommands::remove(const QString &id, const QString &key, bool secret, bool yes)
{
    HubClient &client = m_hub.client();
    const QString question = secret ? QStringLiteral("Delete the secret %1 of %2? The Space restarts.").arg(key, id)
                                    : QStringLiteral("Delete the variable %1 of %2?").arg(key, id);
    // The Hub answers a DELETE of a key it does not have as a success: look first, so that
    // "deleted" is said only of a key that was there (and a typo is caught before a restart).
    const auto current = fetch(id, secret);
    if (current.ok()) {
        QStringList keys;
        for (const SpaceSetting &setting : *current.value)
            keys.append(setting.key);
        if (!keys.contains(key)) {
            keys.sort();
            m_out.error(QStringLiteral("%1 has no %2 '%3'%4.")
                            .arg(id, secret ? QStringLiteral("secret") : QStringLiteral("variable"), PrintableText::line(key),
                                 keys.isEmpty() ? QString()
                                                : QStringLiteral(" (it has: %1)").arg(PrintableText::names(keys, QStringLiteral(", ")))));
            return ExitCode::Failure;
        }
    }
    if (!m_context.confirm(yes, question))
        return ExitCode::Failure;
    HubResult<QList<SpaceSetting>> remaining;
    HubError error;
    if (secret) {
        error = m_hub.wait<bool>([&](HubCallback<bool> done) { client.deleteSecret(id, key, std::move(done)); }).error;
    } else {
        remaining = m_hub.wait<QList<SpaceSetting>>(
            [&](HubCallback<QList<SpaceSetting>> done) { client.deleteVariable(id, key, std::move(done)); });
        error = remaining.error;
    }
    if (error.isError())
        return m_context.fail(error);
    if (m_hub.json() && !secret)
        return printSettings(*remaining.value, true);
    m_out.success(QStringLiteral("%1 deleted\n  space_id: %2\n  key: %3")
                      .arg(secret ? QStringLiteral("Secret") : QStringLiteral("Variable"), id, key));
    return ExitCode::Success;
}

int SpacesEnvironmentCommands::add(const QString &id, const QList<SpaceSetting> &pairs, const QString &description, bool secret)
{
    HubClient &client = m_hub.client();
    HubResult<QList<SpaceSetting>> last;
    QStringList keys;
    for (const SpaceSetting &pair : std::as_const(pairs)) {
        HubError failure;
        if (secret) {
            failure =
                m_hub.wait<bool>([&](HubCallback<bool> done) { client.addSecret(id, pair.key, pair.value, description, std::move(done)); })
                    .error;
        } else {
            last = m_hub.wait<QList<SpaceSetting>>(
                [&](HubCallback<QList<SpaceSetting>> done) { client.addVariable(id, pair.key, pair.value, description, std::move(done)); });
            failure = last.error;
        }
        if (failure.isError()) {
            const int code = m_context.fail(failure);
            // The keys before it were set: say which, so the user knows what to try again.
            if (!keys.isEmpty()) {
                QStringList notSet;
                for (qsizetype i = keys.size(); i < pairs.size(); ++i)
                    notSet.append(pairs[i].key);
                m_out.hint(QStringLiteral("Set before the error: %1. Not set: %2.")
                               .arg(PrintableText::names(keys, QStringLiteral(", ")), PrintableText::names(notSet, QStringLiteral(", "))));
            }
            return code;
        }
        keys.append(pair.key);
    }
    if (m_hub.json() && !secret)
        return printSettings(*last.value, true);
    // Only the keys: a secret's value is never printed.
    m_out.success(QStringLiteral("%1 added\n  space_id: %2\n  keys: %3")
                      .arg(secret ? QStringLiteral("Secrets") : QStringLiteral("Variables"), id, keys.join(QStringLiteral(", "))));
    return ExitCode::Success;
}

} // namespace hubdeck::cli
