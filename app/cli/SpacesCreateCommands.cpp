// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpacesCreateCommands.h"

#include "DotEnvFile.h"
#include "ExitCode.h"
#include "PrintableText.h"
#include "VolumeSpec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace hubdeck::cli {

namespace {
const QString kNewSpaceOptions = QStringLiteral("[--private|--public|--protected] [--hardware FLAVOR] [--storage TIER] "
                                                "[--sleep-time SECONDS] [-s KEY[=VALUE]]... [--secrets-file FILE] "
                                                "[-e KEY=VALUE]... [--env-file FILE] [-v hf://SOURCE:/MOUNT]... [--exist-ok]");
} // namespace

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
                                      : QStringLiteral("create NAME (--sdk SDK | --template T) [--organization ORG] ") + kNewSpaceOptions;
    QCommandLineParser parser;
    const QCommandLineOption privateOption(QStringLiteral("private"), QStringLiteral("Private Space."));
    const QCommandLineOption publicOption(QStringLiteral("public"), QStringLiteral("Public Space."));
    const QCommandLineOption protectedOption(QStringLiteral("protected"),
                                             QStringLiteral("Protected Space: its app is public, its files private."));
    const QCommandLineOption hardwareOption({QStringLiteral("hardware"), QStringLiteral("flavor")}, QStringLiteral("Hardware flavour."),
                                            QStringLiteral("FLAVOR"));
    const QCommandLineOption storageOption(QStringLiteral("storage"), QStringLiteral("small, medium or large."), QStringLiteral("TIER"));
    const QCommandLineOption sleep(QStringLiteral("sleep-time"), QStringLiteral("Seconds; -1: never."), QStringLiteral("SECONDS"));
    const QCommandLineOption secret({QStringLiteral("s"), QStringLiteral("secret"), QStringLiteral("secrets")},
                                    QStringLiteral("KEY[=VALUE]"), QStringLiteral("SECRET"));
    const QCommandLineOption secretsFile(QStringLiteral("secrets-file"), QStringLiteral("A dotenv file of secrets."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption variable({QStringLiteral("e"), QStringLiteral("env")}, QStringLiteral("KEY=VALUE"),
                                      QStringLiteral("VARIABLE"));
    const QCommandLineOption envFile(QStringLiteral("env-file"), QStringLiteral("A dotenv file of variables."), QStringLiteral("FILE"));
    const QCommandLineOption volume({QStringLiteral("v"), QStringLiteral("volume")}, QStringLiteral("hf://[TYPE/]SOURCE:/MOUNT[:ro|:rw]"),
                                    QStringLiteral("SPEC"));
    const QCommandLineOption existOk(QStringLiteral("exist-ok"), QStringLiteral("Succeed when the Space already exists."));
    const QCommandLineOption sdk({QStringLiteral("sdk"), QStringLiteral("space-sdk")},
                                 QStringLiteral("gradio, docker, static or streamlit."), QStringLiteral("SDK"));
    const QCommandLineOption templateOption(QStringLiteral("template"), QStringLiteral("A template's repo id or name."),
                                            QStringLiteral("TEMPLATE"));
    const QCommandLineOption organization(QStringLiteral("organization"), QStringLiteral("Owner organisation."), QStringLiteral("ORG"));
    parser.addOptions({privateOption, publicOption, protectedOption, hardwareOption, storageOption, sleep, secret, secretsFile, variable,
                       envFile, volume, existOk});
    if (!isDuplicate)
        parser.addOptions({sdk, templateOption, organization});
    if (const int code = m_context.parse(parser, arguments, usage, 1, isDuplicate ? 2 : 1); code >= 0)
        return code;

    HubClient::NewSpace space;
    const int visibilities = int(parser.isSet(privateOption)) + int(parser.isSet(publicOption)) + int(parser.isSet(protectedOption));
    if (visibilities > 1)
        return m_context.usageError(QStringLiteral("Choose one of --private, --public and --protected."), usage);
    if (parser.isSet(protectedOption))
        space.visibility = QStringLiteral("protected");
    else if (parser.isSet(privateOption) || parser.isSet(publicOption))
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
    for (const QString &text : parser.values(volume)) {
        QJsonObject object;
        if (!VolumeSpec::parse(text, object, &error))
            return m_context.invalidValue(error, usage);
        space.volumes.append(object);
    }
    if (!VolumeSpec::checkMountPaths(space.volumes, &error))
        return m_context.invalidValue(error, usage);
    // As hf's parse_env_map: each file first, then each -s/-e over it. Nothing is sent when
    // one cannot be read.
    if ((parser.isSet(secretsFile) && !m_context.readSettingsFile(parser.value(secretsFile), space.secrets, &error)) ||
        (parser.isSet(envFile) && !m_context.readSettingsFile(parser.value(envFile), space.variables, &error))) {
        m_out.error(error);
        return ExitCode::Failure;
    }
    QList<SpaceSetting> givenSecrets;
    QList<SpaceSetting> givenVariables;
    if (!SpacesContext::readPairs(parser.values(secret), true, givenSecrets, &error) ||
        !SpacesContext::readPairs(parser.values(variable), false, givenVariables, &error))
        return m_context.usageError(error, usage);
    m_context.mergeOverFile(space.secrets, givenSecrets, parser.value(secretsFile), QStringLiteral("-s"));
    m_context.mergeOverFile(space.variables, givenVariables, parser.value(envFile), QStringLiteral("-e"));
    const bool mayExist = parser.isSet(existOk);

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
        if (!result.ok()) {
            const QString target = space.name.isEmpty() ? from.section(u'/', 1) : space.name;
            return mayExist ? existing(result.error, target) : m_context.fail(result.error);
        }
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
    if (parser.isSet(templateOption)) {
        if (const int code = applyTemplate(parser.value(templateOption), space, visibilities > 0); code >= 0)
            return code;
    } else if (space.sdk != u"gradio" && space.sdk != u"docker" && space.sdk != u"static" && space.sdk != u"streamlit") {
        return m_context.usageError(QStringLiteral("--sdk must be gradio, docker, static or streamlit."), usage);
    }
    const auto result = m_hub.wait<QString>([&](HubCallback<QString> done) { m_hub.client().create(space, std::move(done)); });
    if (!result.ok()) {
        const QString target = space.organization.isEmpty() ? space.name : space.organization + u'/' + space.name;
        return mayExist ? existing(result.error, target) : m_context.fail(result.error);
    }
    if (m_hub.json())
        m_out.json(QJsonObject{{QStringLiteral("id"), *result.value}});
    else
        m_out.success(QStringLiteral("Space created\n  id: %1").arg(PrintableText::line(*result.value)));
    return ExitCode::Success;
}

int SpacesCreateCommands::applyTemplate(const QString &wanted, HubClient::NewSpace &space, bool visibilityGiven)
{
    const auto templates = m_hub.wait<QJsonArray>([&](HubCallback<QJsonArray> done) { m_hub.client().spaceTemplates(std::move(done)); });
    if (!templates.ok())
        return m_context.fail(templates.error);
    QStringList names;
    for (const QJsonValue &value : *templates.value) {
        const QJsonObject candidate = value.toObject();
        const QString repo = candidate.value(QStringLiteral("repoId")).toString();
        const QString label = candidate.value(QStringLiteral("name")).toString();
        names.append(label);
        // As hf's create_repo: the repo id exactly, or the short name in any case.
        if (repo != wanted && label.compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        const QString templateSdk = candidate.value(QStringLiteral("sdk")).toString();
        if (!space.sdk.isEmpty() && space.sdk != templateSdk) {
            m_out.error(QStringLiteral("--sdk must match the SDK of the chosen template: got %1, expected %2.")
                            .arg(PrintableText::line(space.sdk), PrintableText::line(templateSdk)));
            return ExitCode::UsageError;
        }
        space.sdk = templateSdk;
        space.templateRepo = repo;
        // The Hub's page makes such templates private unless told otherwise; so does hf.
        if (candidate.value(QStringLiteral("preferredPrivate")).toBool() && !visibilityGiven)
            space.isPrivate = true;
        return -1;
    }
    names.sort();
    names.removeAll(QString());
    if (names.isEmpty())
        m_out.error(QStringLiteral("Unknown Space template '%1': the Hub lists no templates (GET /api/spaces/templates).")
                        .arg(PrintableText::line(wanted)));
    else
        m_out.error(QStringLiteral("Unknown Space template '%1'. Expected one of %2.")
                        .arg(PrintableText::line(wanted), PrintableText::names(names, QStringLiteral(", "))));
    m_out.hint(QStringLiteral("Pass a template's repo id (e.g. SpacesExamples/jupyterlab) or its name."));
    return ExitCode::Failure;
}

int SpacesCreateCommands::existing(const HubError &error, const QString &target)
{
    // hf's exist_ok: a 409 means the Space is there. A 401, 402 or 403 may hide one the token
    // cannot create again (no create scope, no payment method, no write access to the
    // namespace): it counts when the Space can be read.
    const bool conflict = error.kind == HubError::Kind::Conflict;
    const bool maybe = error.httpStatus == 401 || error.httpStatus == 402 || error.httpStatus == 403;
    if (!conflict && !maybe)
        return m_context.fail(error);
    QString id = target;
    if (!id.contains(u'/')) {
        const auto who = m_hub.wait<WhoAmI>([this](HubCallback<WhoAmI> done) { m_hub.client().whoami(std::move(done)); });
        if (!who.ok())
            return m_context.fail(conflict ? who.error : error);
        id = who.value->name + u'/' + id;
    }
    if (!conflict) {
        const auto info = m_hub.wait<SpaceInfo>([&](HubCallback<SpaceInfo> done) { m_hub.client().spaceInfo(id, std::move(done)); });
        if (!info.ok())
            return m_context.fail(error);
    }
    if (m_hub.json())
        m_out.json(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("existed"), true}});
    else
        m_out.success(QStringLiteral("Space already exists: nothing was changed\n  id: %1").arg(PrintableText::line(id)));
    return ExitCode::Success;
}

} // namespace hubdeck::cli
