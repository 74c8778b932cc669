// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AuthCommand.h"

#include "CommandTable.h"
#include "ExitCode.h"
#include "HubCredentials.h"
#include "PrintableText.h"

#include <QTextStream>

namespace hubdeck::cli {

bool AuthCommand::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    m_hub.addOptions(parser);
    if (parser.parse(arguments) && parser.positionalArguments().isEmpty())
        return true;
    m_out.error(parser.errorText().isEmpty() ? QStringLiteral("Unexpected argument.") : parser.errorText());
    const CommandTable &table = CommandTable::instance();
    m_out.hint(table.oneLineUsage(*table.group(QStringLiteral("auth"))));
    return false;
}

int AuthCommand::logout(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments))
        return ExitCode::UsageError;
    QString error;
    if (!HubCredentials::removeToken(&error)) {
        m_out.error(error);
        return ExitCode::Failure;
    }
    m_out.text(QStringLiteral("Signed out: removed the token saved in %1.").arg(HubCredentials::tokenPath()));
    if (!qEnvironmentVariableIsEmpty("HF_TOKEN"))
        m_out.hint(QStringLiteral("HF_TOKEN is still set in your environment and is still used."));
    return ExitCode::Success;
}

int AuthCommand::login(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments))
        return ExitCode::UsageError;
    QString token = parser.value(QStringLiteral("token")).trimmed();
    if (token.isEmpty()) {
        if (!CliOutput::stdinIsTerminal()) {
            m_out.error(QStringLiteral("No token: pass --token, or run in a terminal to paste one."));
            return ExitCode::Failure;
        }
        token = CliOutput::readHidden(QStringLiteral("Paste a token (create one at %1/settings/tokens): ").arg(HubCredentials::endpoint()))
                    .trimmed();
    }
    if (token.isEmpty()) {
        m_out.error(QStringLiteral("No token given."));
        return ExitCode::Failure;
    }
    return checkToken(parser, token);
}

int AuthCommand::whoami(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments))
        return ExitCode::UsageError;
    return checkToken(parser, QString());
}

int AuthCommand::checkToken(const QCommandLineParser &parser, const QString &newToken)
{
    QStringList configured = QStringList{QStringLiteral("hubdeck-cli")};
    if (!newToken.isEmpty())
        configured << QStringLiteral("--token") << newToken;
    configured << QStringLiteral("--timeout") << parser.value(QStringLiteral("timeout")) << QStringLiteral("--format")
               << parser.value(QStringLiteral("format"));
    QCommandLineParser effective;
    m_hub.addOptions(effective);
    QString error;
    if (!effective.parse(configured) || !m_hub.configure(effective, &error)) {
        m_out.error(error.isEmpty() ? effective.errorText() : error);
        return ExitCode::UsageError;
    }
    if (!m_hub.hasToken()) {
        m_out.error(QStringLiteral("Not signed in. Run 'hubdeck-cli auth login'."));
        return ExitCode::Failure;
    }
    // A token is checked before it is stored.
    const auto who = m_hub.wait<WhoAmI>([this](HubCallback<WhoAmI> done) { m_hub.client().whoami(std::move(done)); });
    if (!who.ok()) {
        m_out.error(who.error.message());
        return ExitCode::Failure;
    }
    const bool login = !newToken.isEmpty();
    if (login && !HubCredentials::saveToken(newToken, &error)) {
        m_out.error(error);
        return ExitCode::Failure;
    }
    if (m_hub.json()) {
        m_out.json(who.value->toJson());
        return ExitCode::Success;
    }
    if (login)
        m_out.text(QStringLiteral("Signed in as %1. The token is saved in %2 (readable by you only).")
                       .arg(PrintableText::line(who.value->name), HubCredentials::tokenPath()));
    else
        m_out.text(QStringLiteral("user: %1\norgs: %2\ntoken role: %3")
                       .arg(PrintableText::line(who.value->name), PrintableText::line(who.value->orgs.join(QStringLiteral(", "))),
                            PrintableText::line(who.value->tokenRole)));
    return ExitCode::Success;
}

} // namespace hubdeck::cli
