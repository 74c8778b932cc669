// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpacesCreateCommands.h"

#include "ExitCode.h"
#include "PrintableText.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace hubdeck::cli {

namespace {
const QString kNewSpaceOptions = QStringLiteral("[--private|--public] [--hardware FLAVOR] [--storage TIER] "
                                                "[--sleep-time SECONDS] [-s KEY=VALUE]... [-e KEY=VALUE]...");
}

int SpacesCreateCommands::duplicate(const QStringList &arguments)
{
    return newSpace(arguments, true);
}

int SpacesCreateCommands::create(const QStringList &arguments)
{
    return newSpace(arguments, false);
}

int SpacesCreateCommands::newSpace(const QStringList &arguments, bool isDuplicate)
{
    const QString usage = isDuplicate ? QStringLiteral("duplicate FROM [TO] ") + kNewSpaceOptions
                                      : QStringLiteral("create NAME --sdk SDK [--organization ORG] ") + kNewSpaceOptions;
    QCommandLineParser parser;
    const QCommandLineOption privateOption(QStringLiteral("private"), QStringLiteral("Private Space."));
    const QCommandLineOption publicOption(QStringLiteral("public"), QStringLiteral("Public Space."));
    const QCommandLineOption hardwareOption(QStringLiteral("hardware"), QStringLiteral("Hardware flavour."), QStringLiteral("FLAVOR"));
    const QCommandLineOption storageOption(QStringLiteral("storage"), QStringLiteral("small, medium or large."), QStringLiteral("TIER"));
    const QCommandLineOption sleep(QStringLiteral("sleep-time"), QStringLiteral("Seconds; -1: never."), QStringLiteral("SECONDS"));
    const QCommandLineOption secret({QStringLiteral("s"), QStringLiteral("secret")}, QStringLiteral("KEY[=VALUE]"),
                                    QStringLiteral("SECRET"));
    const QCommandLineOption variable({QStringLiteral("e"), QStringLiteral("env")}, QStringLiteral("KEY=VALUE"),
                                      QStringLiteral("VARIABLE"));
    const QCommandLineOption sdk(QStringLiteral("sdk"), QStringLiteral("gradio, docker, static or streamlit."), QStringLiteral("SDK"));
    const QCommandLineOption organization(QStringLiteral("organization"), QStringLiteral("Owner organisation."), QStringLiteral("ORG"));
    parser.addOptions({privateOption, publicOption, hardwareOption, storageOption, sleep, secret, variable});
    if (!isDuplicate)
        parser.addOptions({sdk, organization});
    if (const int code = m_context.parse(parser, arguments, usage, 1, isDuplicate ? 2 : 1); code >= 0)
        return code;

    HubClient::NewSpace space;
    if (parser.isSet(privateOption) && parser.isSet(publicOption))
        return m_context.usageError(QStringLiteral("Choose --private or --public, not both."), usage);
    if (parser.isSet(privateOption) || parser.isSet(publicOption))
        space.isPrivate = parser.isSet(privateOption);
    space.hardware = parser.value(hardwareOption);
    space.storage = parser.value(storageOption);
    if (!space.storage.isEmpty() && space.storage != u"small" && space.storage != u"medium" && space.storage != u"large")
        return m_context.usageError(QStringLiteral("Storage tiers are small, medium and large, not '%1'.").arg(space.storage), usage);
    if (parser.isSet(sleep)) {
        bool ok = false;
        space.sleepTime = parser.value(sleep).toLongLong(&ok);
        if (!ok || *space.sleepTime < -1)
            return m_context.usageError(QStringLiteral("--sleep-time takes seconds, or -1 for never."), usage);
    }
    QString error;
    if (!SpacesContext::readPairs(parser.values(secret), true, space.secrets, &error) ||
        !SpacesContext::readPairs(parser.values(variable), false, space.variables, &error))
        return m_context.usageError(error, usage);

    // Repo names: letters, digits, '-', '_', '.'; no "--" or ".."; at most 96 characters.
    static const QRegularExpression name(QStringLiteral("^(?!.*(--|\\.\\.))[A-Za-z0-9][A-Za-z0-9._-]{0,94}[A-Za-z0-9_]?$"));
    if (isDuplicate) {
        const QString from = parser.positionalArguments().first();
        if (!CliHub::isSpaceId(from))
            return m_context.usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(from), usage);
        space.name = parser.positionalArguments().value(1);
        if (!space.name.isEmpty() && (!CliHub::isSpaceId(space.name) || !name.match(space.name.section(u'/', 1)).hasMatch()))
            return m_context.usageError(QStringLiteral("'%1' is not a valid target (owner/name).").arg(space.name), usage);
        const auto result = m_hub.wait<QString>([&](HubCallback<QString> done) { m_hub.client().duplicate(from, space, std::move(done)); });
        if (!result.ok())
            return m_context.fail(result.error);
        if (m_hub.json())
            m_out.json(QJsonObject{{QStringLiteral("url"), *result.value}});
        else
            m_out.success(QStringLiteral("Space duplicated\n  from: %1\n  url: %2").arg(from, PrintableText::line(*result.value)));
        return ExitCode::Success;
    }
    space.name = parser.positionalArguments().first();
    space.organization = parser.value(organization);
    if (space.name.contains(u'/') && space.organization.isEmpty()) {
        space.organization = space.name.section(u'/', 0, 0);
        space.name = space.name.section(u'/', 1);
    }
    if (!name.match(space.name).hasMatch() || space.name.endsWith(QStringLiteral(".git")))
        return m_context.usageError(QStringLiteral("'%1' is not a valid Space name: use letters, digits, '-', '_' and '.', "
                                                   "no '--' or '..', at most 96 characters.")
                                        .arg(space.name),
                                    usage);
    space.sdk = parser.value(sdk);
    if (space.sdk != u"gradio" && space.sdk != u"docker" && space.sdk != u"static" && space.sdk != u"streamlit")
        return m_context.usageError(QStringLiteral("--sdk must be gradio, docker, static or streamlit."), usage);
    const auto result = m_hub.wait<QString>([&](HubCallback<QString> done) { m_hub.client().create(space, std::move(done)); });
    if (!result.ok())
        return m_context.fail(result.error);
    if (m_hub.json())
        m_out.json(QJsonObject{{QStringLiteral("id"), *result.value}});
    else
        m_out.success(QStringLiteral("Space created\n  id: %1").arg(PrintableText::line(*result.value)));
    return ExitCode::Success;
}

} // namespace hubdeck::cli
