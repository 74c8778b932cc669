// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AuthCommand.h"

#include "CommandTable.h"
#include "ExitCode.h"
#include "HubCredentials.h"
#include "PrintableText.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace hubdeck::cli {

namespace {

QCommandLineOption tokenNameOption(const QString &help)
{
    return QCommandLineOption(QStringLiteral("token-name"), help, QStringLiteral("NAME"));
}

} // namespace

bool AuthCommand::parse(QCommandLineParser &parser, const QStringList &arguments, const QList<QCommandLineOption> &extra)
{
    m_hub.addOptions(parser);
    parser.addOptions(extra);
    QString error;
    if (parser.parse(arguments) && parser.positionalArguments().isEmpty()) {
        if (m_hub.configure(parser, &error))
            return true;
        m_out.error(error);
        return false;
    }
    m_out.error(parser.errorText().isEmpty() ? QStringLiteral("Unexpected argument.") : parser.errorText());
    const CommandTable &table = CommandTable::instance();
    m_out.hint(table.oneLineUsage(*table.group(QStringLiteral("auth"))));
    return false;
}

std::optional<QList<StoredTokens::Token>> AuthCommand::storedTokens()
{
    QString error;
    std::optional<QList<StoredTokens::Token>> tokens = StoredTokens::read(&error);
    if (!tokens)
        m_out.error(error);
    return tokens;
}

void AuthCommand::warnIfEnvironmentOverrides(const QString &token)
{
    const QString fromEnvironment = HubCredentials::tokenFromEnvironment();
    if (!fromEnvironment.isEmpty() && fromEnvironment != token)
        m_out.warning(QStringLiteral("The environment variable HF_TOKEN (or HUGGING_FACE_HUB_TOKEN) is set and overrides this token."));
}

int AuthCommand::logout(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name = tokenNameOption(QStringLiteral("Remove only this stored token (default: every saved token)."));
    if (!parse(parser, arguments, {name}))
        return ExitCode::UsageError;
    const std::optional<QList<StoredTokens::Token>> stored = storedTokens();
    if (!stored)
        return ExitCode::Failure;
    QString error;
    const QString tokenName = parser.value(name);
    // A name asked for is looked up even then: "Not logged in!" would read as if it had gone.
    if (tokenName.isEmpty() && HubCredentials::token().isEmpty() && stored->isEmpty()) {
        m_out.text(QStringLiteral("Not logged in!"));
        return ExitCode::Success;
    }
    if (tokenName.isEmpty()) {
        if (!HubCredentials::removeToken(&error) || !StoredTokens::write({}, &error)) {
            m_out.error(error);
            return ExitCode::Failure;
        }
        m_out.text(QStringLiteral("Successfully logged out from all access tokens."));
    } else {
        const auto found =
            std::find_if(stored->cbegin(), stored->cend(), [&](const StoredTokens::Token &t) { return t.name == tokenName; });
        if (found == stored->cend()) {
            // huggingface_hub says it logged out even then; a name typed wrong must not look done.
            m_out.error(QStringLiteral("No stored token is named %1 (in %2).").arg(PrintableText::name(tokenName), StoredTokens::path()));
            m_out.hint(QStringLiteral("'hubdeck-cli auth list' shows the stored tokens."));
            return ExitCode::Failure;
        }
        const bool wasActive = found->token == HubCredentials::tokenFromFile();
        bool deleted = false;
        if (!HubCredentials::signOut(tokenName, &deleted, &error)) {
            m_out.error(error);
            return ExitCode::Failure;
        }
        if (deleted)
            m_out.warning(QStringLiteral("Active token '%1' has been deleted.").arg(PrintableText::line(tokenName)));
        else if (wasActive)
            m_out.text(
                QStringLiteral("The active token is still stored as '%1'.").arg(PrintableText::line(HubCredentials::activeTokenName())));
        m_out.text(QStringLiteral("Successfully logged out from access token: %1.").arg(PrintableText::name(tokenName)));
    }
    if (!HubCredentials::tokenFromEnvironment().isEmpty()) {
        m_out.error(QStringLiteral("Token has been deleted from your machine but you are still logged in: "
                                   "clear both HF_TOKEN and HUGGING_FACE_HUB_TOKEN to log out."));
        return ExitCode::Failure;
    }
    return ExitCode::Success;
}

int AuthCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments))
        return ExitCode::UsageError;
    const std::optional<QList<StoredTokens::Token>> stored = storedTokens();
    if (!stored)
        return ExitCode::Failure;
    const QString current = HubCredentials::token();
    const bool fromEnvironment = !HubCredentials::tokenFromEnvironment().isEmpty();
    const QStringList holders = StoredTokens::namesHolding(*stored, current);
    const bool currentIsStored = !holders.isEmpty();
    // One token stored under several names: the one switched to when HubDeck recorded it,
    // else every name holding it (the token file cannot tell them apart).
    const QString chosen = fromEnvironment ? QString() : HubCredentials::activeTokenName();
    const auto isActive = [&](const StoredTokens::Token &token) {
        return chosen.isEmpty() ? holders.contains(token.name) : token.name == chosen;
    };

    if (m_hub.json()) {
        QJsonArray rows;
        for (const StoredTokens::Token &token : *stored)
            rows.append(QJsonObject{{QStringLiteral("name"), token.name},
                                    {QStringLiteral("token"), StoredTokens::masked(token.token)},
                                    {QStringLiteral("active"), isActive(token)},
                                    {QStringLiteral("holds_active_token"), holders.contains(token.name)}});
        m_out.json(QJsonObject{{QStringLiteral("tokens"), rows},
                               {QStringLiteral("path"), StoredTokens::path()},
                               {QStringLiteral("environment_token"), fromEnvironment}});
        return ExitCode::Success;
    }
    if (stored->isEmpty()) {
        m_out.text(QStringLiteral("No access tokens found."));
    } else if (!CliOutput::isHuman()) {
        // hf prints its layout in every mode; a table reads better to an agent (one token a
        // line, tab-separated) and gives -q the names.
        TextTable table({QStringLiteral("NAME"), QStringLiteral("TOKEN"), QStringLiteral("ACTIVE")});
        for (const StoredTokens::Token &token : *stored)
            table.addRow({PrintableText::line(token.name), StoredTokens::masked(token.token),
                          !current.isEmpty() && token.token == current ? QStringLiteral("True") : QStringLiteral("False")});
        m_out.table(table);
    } else {
        // hf auth list's layout: "  name | token", a rule, then "* " before the active one.
        qsizetype width = 5;
        for (const StoredTokens::Token &token : *stored)
            width = std::max(width, PrintableText::line(token.name).size());
        width += 2;
        QString out = QStringLiteral("  ") + QStringLiteral("name").leftJustified(width) + QStringLiteral("| ") +
                      QStringLiteral("token").leftJustified(15) + u'\n';
        out += QString(width + 2, u'-') + u'|' + QString(15, u'-') + u'\n';
        for (const StoredTokens::Token &token : *stored) {
            out += QString(isActive(token) ? u'*' : u' ') + u' ' + PrintableText::line(token.name).leftJustified(width) +
                   QStringLiteral("| ") + StoredTokens::masked(token.token).leftJustified(15) + u'\n';
        }
        m_out.raw(out);
    }
    if (holders.size() > 1 && !m_hub.json()) {
        QStringList quoted;
        for (const QString &holder : holders)
            quoted.append(u'\'' + PrintableText::line(holder) + u'\'');
        m_out.text(QStringLiteral("%1 hold the same token.").arg(quoted.join(QStringLiteral(", "))));
    }
    if (fromEnvironment) {
        // hf's sentence, naming the variable that holds the token and "above" only when
        // something is.
        m_out.warning(QStringLiteral("Environment variable %1 is set and is the current active token independently from the "
                                     "stored tokens%2.")
                          .arg(HubCredentials::tokenVariable(), stored->isEmpty() ? QString() : QStringLiteral(" listed above")));
    } else if (!currentIsStored && !stored->isEmpty())
        m_out.warning(QStringLiteral("No active token is set. Use 'hubdeck-cli auth switch' or 'hubdeck-cli auth login'."));
    return ExitCode::Success;
}

int AuthCommand::switchTo(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name = tokenNameOption(QStringLiteral("Name of the stored token to make active."));
    if (!parse(parser, arguments, {name}))
        return ExitCode::UsageError;
    const std::optional<QList<StoredTokens::Token>> stored = storedTokens();
    if (!stored)
        return ExitCode::Failure;
    if (stored->isEmpty()) {
        m_out.error(QStringLiteral("No stored tokens found. Run 'hubdeck-cli auth login' first."));
        return ExitCode::Failure;
    }
    QString tokenName = parser.value(name);
    if (tokenName.isEmpty()) {
        if (!CliOutput::stdinIsTerminal()) {
            m_out.error(QStringLiteral("Use --token-name to select a token in non-interactive mode."));
            return ExitCode::UsageError;
        }
        QTextStream err(stderr);
        err << "Select a token to switch to:\n";
        for (int i = 0; i < stored->size(); ++i)
            err << "  " << (i + 1) << ") " << PrintableText::line(stored->at(i).name) << '\n';
        err << "Number: ";
        err.flush();
        QTextStream in(stdin);
        bool ok = false;
        const int choice = in.readLine().trimmed().toInt(&ok);
        if (!ok || choice < 1 || choice > stored->size()) {
            m_out.error(QStringLiteral("No token selected."));
            return ExitCode::Failure;
        }
        tokenName = stored->at(choice - 1).name;
    }
    const auto found = std::find_if(stored->cbegin(), stored->cend(), [&](const StoredTokens::Token &t) { return t.name == tokenName; });
    if (found == stored->cend()) {
        m_out.error(QStringLiteral("Access token %1 not found in %2.").arg(PrintableText::name(tokenName), StoredTokens::path()));
        return ExitCode::Failure;
    }
    QString error;
    if (!HubCredentials::switchTo(tokenName, &error)) { // records the name too, for `auth list`
        m_out.error(error);
        return ExitCode::Failure;
    }
    m_out.text(QStringLiteral("The current active token is: %1").arg(PrintableText::name(tokenName)));
    warnIfEnvironmentOverrides(HubCredentials::tokenFromFile());
    return ExitCode::Success;
}

int AuthCommand::login(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name =
        tokenNameOption(QStringLiteral("Store the token under this name (default: the name given to it on the Hub)."));
    if (!parse(parser, arguments, {name}))
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
    if (token.startsWith(QStringLiteral("api_org"))) {
        m_out.error(QStringLiteral("You must use your personal account token, not an organization token."));
        return ExitCode::Failure;
    }
    const QString tokenName = parser.value(name);
    if (parser.isSet(name)) {
        if (const QString why = StoredTokens::whyNotStorable({tokenName, token}); !why.isEmpty()) {
            m_out.error(why);
            return ExitCode::UsageError;
        }
    }
    // Checked before the Hub is asked: a file that cannot be read would lose its accounts.
    if (!storedTokens())
        return ExitCode::Failure;
    return checkToken(parser, token, tokenName);
}

int AuthCommand::whoami(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments))
        return ExitCode::UsageError;
    return checkToken(parser, QString(), QString());
}

int AuthCommand::checkToken(const QCommandLineParser &parser, const QString &newToken, const QString &tokenName)
{
    QStringList configured = QStringList{QStringLiteral("hubdeck-cli")};
    if (!newToken.isEmpty())
        configured << QStringLiteral("--token") << newToken;
    configured << QStringLiteral("--timeout") << parser.value(QStringLiteral("timeout"));
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
    QString storedAs = tokenName;
    QStringList alsoStoredAs;
    if (login) {
        if (storedAs.isEmpty())
            storedAs = who.value->tokenName.isEmpty() ? who.value->name : who.value->tokenName;
        if (const auto before = StoredTokens::read(&error))
            alsoStoredAs = StoredTokens::namesHolding(*before, newToken.trimmed());
        alsoStoredAs.removeAll(storedAs);
        if (!HubCredentials::signIn(newToken, storedAs, &error)) {
            m_out.error(error);
            return ExitCode::Failure;
        }
    }
    if (m_hub.json()) {
        m_out.json(who.value->toJson());
    } else if (login) {
        m_out.text(QStringLiteral("Signed in as %1. The token is saved as %2 in %3 and is the active token (readable by you only).")
                       .arg(PrintableText::line(who.value->name), PrintableText::name(storedAs), HubCredentials::tokenPath()));
    } else {
        // hf's out.result("Logged in", user=, orgs=, endpoint=): "key=value" to an agent, the
        // user alone with -q; HubDeck adds the token's role.
        QString details = QStringLiteral("Logged in\n  user: %1").arg(PrintableText::line(who.value->name));
        if (!who.value->orgs.isEmpty())
            details += QStringLiteral("\n  orgs: %1").arg(PrintableText::line(who.value->orgs.join(u',')));
        if (!who.value->tokenRole.isEmpty())
            details += QStringLiteral("\n  token_role: %1").arg(PrintableText::line(who.value->tokenRole));
        if (const QString endpoint = m_hub.client().options().endpoint; endpoint != QStringLiteral("https://huggingface.co"))
            details += QStringLiteral("\n  endpoint: %1").arg(PrintableText::line(endpoint));
        m_out.success(details);
    }
    if (!alsoStoredAs.isEmpty()) {
        for (QString &name : alsoStoredAs)
            name = u'\'' + PrintableText::line(name) + u'\'';
        m_out.warning(QStringLiteral("This token is also stored as %1: logging out one of these names keeps it active under the other.")
                          .arg(alsoStoredAs.join(QStringLiteral(", "))));
    }
    if (login)
        warnIfEnvironmentOverrides(newToken.trimmed());
    return ExitCode::Success;
}

} // namespace hubdeck::cli
