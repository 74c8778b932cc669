#include "SpacesCommand.h"

#include "CacheCommand.h"
#include "HumanFormat.h"
#include "SpaceLogStream.h"
#include "TextTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <cstdio>
#include <deque>

namespace hubdeck::cli {

namespace {

const QString kTick = QString(QChar(0x2713));

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString sleepText(const std::optional<qint64> &seconds)
{
    if (!seconds)
        return QStringLiteral("default");
    if (*seconds < 0)
        return QStringLiteral("never");
    if (*seconds % 3600 == 0)
        return QStringLiteral("%1h").arg(*seconds / 3600);
    if (*seconds % 60 == 0)
        return QStringLiteral("%1m").arg(*seconds / 60);
    return QStringLiteral("%1s").arg(*seconds);
}

const char *const kUsage =
    "Usage: hubdeck-cli spaces <command> [options]\n\n"
    "Commands:\n"
    "  ls [--author NAME] [--limit N]                 List Spaces (default: yours)\n"
    "  info SPACE                                     Show a Space and its runtime\n"
    "  pause SPACE                                    Pause a Space\n"
    "  restart SPACE [--factory-reboot]               Restart (or rebuild from scratch)\n"
    "  hardware                                       List the hardware catalogue\n"
    "  settings SPACE [--hardware F] [--sleep-time S] Change hardware and/or sleep time (-1: never)\n"
    "  storage SPACE (--tier small|medium|large | --delete [--yes])\n"
    "  volumes ls SPACE | set SPACE -v TYPE=SOURCE:MOUNT[:ro]... | delete SPACE [--yes]\n"
    "  secrets ls SPACE | add SPACE -s KEY[=VALUE]... [--description T] | delete SPACE KEY [--yes]\n"
    "  variables ls SPACE | add SPACE -e KEY=VALUE... [--description T] | delete SPACE KEY [--yes]\n"
    "  logs SPACE [--build] [-f|--follow] [-n N]      Print build or run logs\n"
    "  duplicate FROM [TO] [--private|--public] [--hardware F] [--storage T] [--sleep-time S] [-s K=V]... [-e K=V]...\n"
    "  create NAME --sdk gradio|docker|static|streamlit [--organization ORG] [same options as duplicate]\n\n"
    "Every command takes --token TOKEN, --timeout SECONDS (default 30) and --format table|json.\n"
    "A secret given as -s KEY (no '=') is read from the environment variable KEY, or asked for without echo.\n";

} // namespace

int SpacesCommand::usageError(const QString &message, const QString &usage)
{
    m_out.error(message);
    m_out.hint(QStringLiteral("Usage: hubdeck-cli spaces %1").arg(usage));
    return CacheCommand::UsageError;
}

int SpacesCommand::fail(const HubError &error)
{
    m_out.error(error.message());
    return CacheCommand::Failure;
}

int SpacesCommand::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage, int positionalMin,
                         int positionalMax)
{
    m_hub.addOptions(parser);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(help)) {
        m_out.text(QStringLiteral("Usage: hubdeck-cli spaces %1").arg(usage));
        return CacheCommand::Success;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < positionalMin)
        return usageError(QStringLiteral("Missing argument."), usage);
    if (positionalMax >= 0 && count > positionalMax)
        return usageError(QStringLiteral("Unexpected argument '%1'.").arg(parser.positionalArguments().value(positionalMax)), usage);
    QString error;
    if (!m_hub.configure(parser, &error))
        return usageError(error, usage);
    return -1;
}

bool SpacesCommand::confirm(bool yes, const QString &question)
{
    if (yes)
        return true;
    if (!CliOutput::stdinIsTerminal()) {
        m_out.error(QStringLiteral("Not doing this without confirmation: no terminal to ask on. Re-run with --yes."));
        return false;
    }
    if (!m_out.confirm(question)) {
        m_out.error(QStringLiteral("Aborted."));
        return false;
    }
    return true;
}

int SpacesCommand::run(const QStringList &arguments)
{
    const QString command = arguments.value(2);
    const QStringList rest = QStringList{QStringLiteral("hubdeck-cli spaces ") + command} + arguments.mid(3);
    static const QList<std::pair<QString, Handler>> handlers = {
        {QStringLiteral("ls"), &SpacesCommand::list},           {QStringLiteral("list"), &SpacesCommand::list},
        {QStringLiteral("info"), &SpacesCommand::info},         {QStringLiteral("pause"), &SpacesCommand::pause},
        {QStringLiteral("restart"), &SpacesCommand::restart},   {QStringLiteral("hardware"), &SpacesCommand::hardware},
        {QStringLiteral("settings"), &SpacesCommand::settings}, {QStringLiteral("storage"), &SpacesCommand::storage},
        {QStringLiteral("volumes"), &SpacesCommand::volumes},   {QStringLiteral("secrets"), &SpacesCommand::secrets},
        {QStringLiteral("variables"), &SpacesCommand::variables}, {QStringLiteral("logs"), &SpacesCommand::logs},
        {QStringLiteral("duplicate"), &SpacesCommand::duplicate}, {QStringLiteral("create"), &SpacesCommand::create},
    };
    for (const auto &[name, handler] : handlers)
        if (command == name)
            return (this->*handler)(rest);
    if (command == u"--help" || command == u"-h") {
        m_out.raw(QString::fromLatin1(kUsage));
        return CacheCommand::Success;
    }
    if (command.isEmpty()) {
        m_out.raw(QString::fromLatin1(kUsage));
        return CacheCommand::UsageError;
    }
    m_out.error(QStringLiteral("Unknown spaces command '%1'. Run 'hubdeck-cli spaces --help'.").arg(command));
    return CacheCommand::UsageError;
}

int SpacesCommand::printRuntime(const HubResult<SpaceRuntime> &result, const QString &done, const QString &spaceId, const QStringList &extra)
{
    if (!result.ok())
        return fail(result.error);
    const SpaceRuntime &runtime = *result.value;
    if (m_hub.json()) {
        m_out.raw(QString::fromUtf8(QJsonDocument(runtime.toJson()).toJson(QJsonDocument::Indented)));
        return CacheCommand::Success;
    }
    m_out.text(kTick + u' ' + done);
    m_out.text(QStringLiteral("  space_id: %1\n  stage: %2\n  hardware: %3\n  requested_hardware: %4\n  sleep_time: %5\n  storage: %6")
                   .arg(spaceId, orDash(runtime.stage), orDash(runtime.hardware), orDash(runtime.requestedHardware),
                        sleepText(runtime.sleepTime), orDash(runtime.storage)));
    for (const QString &line : extra)
        m_out.text(QStringLiteral("  ") + line);
    return CacheCommand::Success;
}

int SpacesCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption author(QStringLiteral("author"), QStringLiteral("User or organisation."), QStringLiteral("NAME"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N Spaces."), QStringLiteral("N"));
    parser.addOptions({author, limit});
    if (const int code = parse(parser, arguments, QStringLiteral("ls [--author NAME] [--limit N]"), 0, 0); code >= 0)
        return code;
    int max = 0;
    if (parser.isSet(limit)) {
        bool ok = false;
        max = parser.value(limit).toInt(&ok);
        if (!ok || max <= 0)
            return usageError(QStringLiteral("--limit takes a positive number."), QStringLiteral("ls [--author NAME] [--limit N]"));
    }
    QString owner = parser.value(author);
    if (owner.isEmpty()) {
        if (!m_hub.hasToken()) {
            m_out.error(QStringLiteral("Whose Spaces? Pass --author NAME, or sign in with 'hubdeck-cli auth login'."));
            return CacheCommand::Failure;
        }
        const auto who = m_hub.wait<WhoAmI>([this](HubCallback<WhoAmI> done) { m_hub.client().whoami(std::move(done)); });
        if (!who.ok())
            return fail(who.error);
        owner = who.value->name;
    }
    const auto spaces = m_hub.wait<QList<SpaceInfo>>(
        [&](HubCallback<QList<SpaceInfo>> done) { m_hub.client().listSpaces(owner, std::move(done), max); });
    if (!spaces.ok())
        return fail(spaces.error);
    if (m_hub.json()) {
        QJsonArray array;
        for (const SpaceInfo &space : *spaces.value)
            array.append(space.toJson());
        m_out.raw(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return CacheCommand::Success;
    }
    if (spaces.value->isEmpty()) {
        m_out.text(QStringLiteral("No results found."));
        return CacheCommand::Success;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("SDK"), QStringLiteral("STAGE"), QStringLiteral("HARDWARE"),
                     QStringLiteral("REQUESTED"), QStringLiteral("SLEEP"), QStringLiteral("STORAGE"), QStringLiteral("LAST_MODIFIED")});
    for (const SpaceInfo &space : *spaces.value) {
        const SpaceRuntime runtime = space.runtime.value_or(SpaceRuntime{});
        table.addRow({space.id, orDash(space.sdk), orDash(runtime.stage), orDash(runtime.hardware), orDash(runtime.requestedHardware),
                      space.runtime ? sleepText(runtime.sleepTime) : QStringLiteral("-"), orDash(runtime.storage),
                      space.lastModified.isValid() ? space.lastModified.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("-")});
    }
    m_out.text(table.render(CliOutput::terminalWidth()));
    return CacheCommand::Success;
}

int SpacesCommand::info(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const int code = parse(parser, arguments, QStringLiteral("info SPACE"), 1, 1); code >= 0)
        return code;
    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(id), QStringLiteral("info SPACE"));
    const auto result = m_hub.wait<SpaceInfo>([&](HubCallback<SpaceInfo> done) { m_hub.client().spaceInfo(id, std::move(done)); });
    if (!result.ok())
        return fail(result.error);
    m_out.raw(QString::fromUtf8(QJsonDocument(result.value->toJson()).toJson(QJsonDocument::Indented)));
    return CacheCommand::Success;
}

int SpacesCommand::pause(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const int code = parse(parser, arguments, QStringLiteral("pause SPACE"), 1, 1); code >= 0)
        return code;
    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(id), QStringLiteral("pause SPACE"));
    const auto result = m_hub.wait<SpaceRuntime>([&](HubCallback<SpaceRuntime> done) { m_hub.client().pause(id, std::move(done)); });
    const int code = printRuntime(result, QStringLiteral("Space paused"), id);
    if (code == CacheCommand::Success && !m_hub.json())
        m_out.hint(QStringLiteral("Use 'hubdeck-cli spaces restart %1' to restart it.").arg(id));
    return code;
}

int SpacesCommand::restart(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption factory(QStringLiteral("factory-reboot"), QStringLiteral("Rebuild from scratch, without the build cache."));
    parser.addOption(factory);
    if (const int code = parse(parser, arguments, QStringLiteral("restart SPACE [--factory-reboot]"), 1, 1); code >= 0)
        return code;
    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(id), QStringLiteral("restart SPACE"));
    const bool rebuild = parser.isSet(factory);
    const auto result =
        m_hub.wait<SpaceRuntime>([&](HubCallback<SpaceRuntime> done) { m_hub.client().restart(id, rebuild, std::move(done)); });
    return printRuntime(result, QStringLiteral("Space restart triggered"), id,
                        {QStringLiteral("factory_reboot: %1").arg(rebuild ? QStringLiteral("True") : QStringLiteral("False"))});
}

int SpacesCommand::hardware(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const int code = parse(parser, arguments, QStringLiteral("hardware"), 0, 0); code >= 0)
        return code;
    const auto result =
        m_hub.wait<QList<HardwareFlavor>>([&](HubCallback<QList<HardwareFlavor>> done) { m_hub.client().hardwareCatalogue(std::move(done)); });
    if (!result.ok())
        return fail(result.error);
    if (m_hub.json()) {
        QJsonArray array;
        for (const HardwareFlavor &flavor : *result.value)
            array.append(flavor.toJson());
        m_out.raw(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return CacheCommand::Success;
    }
    TextTable table({QStringLiteral("NAME"), QStringLiteral("PRETTY_NAME"), QStringLiteral("CPU"), QStringLiteral("RAM"),
                     QStringLiteral("ACCELERATOR"), QStringLiteral("COST/MIN"), QStringLiteral("COST/HOUR")});
    for (const HardwareFlavor &f : *result.value) {
        const QString accelerator = f.acceleratorModel.isEmpty()
                                        ? QString()
                                        : QStringLiteral("%1x %2 (%3)").arg(f.acceleratorQuantity).arg(f.acceleratorModel, f.acceleratorVram);
        const bool free = f.unitCostUSD == 0;
        const double perMinute = f.unitLabel == u"hour" ? f.unitCostUSD / 60.0 : f.unitCostUSD;
        table.addRow({f.name, f.prettyName, f.cpu, f.ram, accelerator,
                      free ? QStringLiteral("free") : QStringLiteral("$%1").arg(perMinute, 0, 'f', 4),
                      free ? QStringLiteral("free") : QStringLiteral("$%1").arg(f.costPerHourUSD(), 0, 'f', 2)});
    }
    m_out.text(table.render(CliOutput::terminalWidth()));
    m_out.hint(QStringLiteral("Use 'hubdeck-cli spaces settings <space_id> --hardware <name>' to request hardware for a Space."));
    return CacheCommand::Success;
}

int SpacesCommand::settings(const QStringList &arguments)
{
    const QString usage = QStringLiteral("settings SPACE [--hardware FLAVOR] [--sleep-time SECONDS]");
    QCommandLineParser parser;
    const QCommandLineOption hardwareOption(QStringLiteral("hardware"), QStringLiteral("Hardware flavour."), QStringLiteral("FLAVOR"));
    const QCommandLineOption sleep(QStringLiteral("sleep-time"), QStringLiteral("Seconds of inactivity before sleeping; -1: never."),
                                   QStringLiteral("SECONDS"));
    parser.addOptions({hardwareOption, sleep});
    if (const int code = parse(parser, arguments, usage, 1, 1); code >= 0)
        return code;
    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(id), usage);
    std::optional<qint64> sleepTime;
    if (parser.isSet(sleep)) {
        bool ok = false;
        sleepTime = parser.value(sleep).toLongLong(&ok);
        if (!ok || *sleepTime < -1)
            return usageError(QStringLiteral("--sleep-time takes seconds, or -1 for never."), usage);
    }
    const QString flavor = parser.value(hardwareOption);
    if (flavor.isEmpty() && !sleepTime)
        return usageError(QStringLiteral("Specify at least one setting to update."), usage);
    const auto result = m_hub.wait<SpaceRuntime>([&](HubCallback<SpaceRuntime> done) {
        // One hardware request carries the sleep time too, as huggingface_hub sends it.
        if (!flavor.isEmpty())
            m_hub.client().requestHardware(id, flavor, sleepTime, std::move(done));
        else
            m_hub.client().setSleepTime(id, *sleepTime, std::move(done));
    });
    return printRuntime(result, QStringLiteral("Space settings updated"), id);
}

int SpacesCommand::storage(const QStringList &arguments)
{
    const QString usage = QStringLiteral("storage SPACE (--tier small|medium|large | --delete [--yes])");
    QCommandLineParser parser;
    const QCommandLineOption tier(QStringLiteral("tier"), QStringLiteral("small, medium or large."), QStringLiteral("TIER"));
    const QCommandLineOption remove(QStringLiteral("delete"), QStringLiteral("Delete the persistent storage and its data."));
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")}, QStringLiteral("Do not ask."));
    parser.addOptions({tier, remove, yes});
    if (const int code = parse(parser, arguments, usage, 1, 1); code >= 0)
        return code;
    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(id), usage);
    if (parser.isSet(tier) == parser.isSet(remove))
        return usageError(QStringLiteral("Give either --tier or --delete."), usage);
    if (parser.isSet(remove)) {
        if (!confirm(parser.isSet(yes), QStringLiteral("Delete the persistent storage of %1 and everything in it?").arg(id)))
            return CacheCommand::Failure;
        const auto result = m_hub.wait<SpaceRuntime>([&](HubCallback<SpaceRuntime> done) { m_hub.client().deleteStorage(id, std::move(done)); });
        return printRuntime(result, QStringLiteral("Storage deleted"), id);
    }
    const QString value = parser.value(tier);
    if (value != u"small" && value != u"medium" && value != u"large")
        return usageError(QStringLiteral("Storage tiers are small, medium and large, not '%1'.").arg(value), usage);
    const auto result =
        m_hub.wait<SpaceRuntime>([&](HubCallback<SpaceRuntime> done) { m_hub.client().requestStorage(id, value, std::move(done)); });
    return printRuntime(result, QStringLiteral("Storage requested"), id);
}

int SpacesCommand::volumes(const QStringList &arguments)
{
    const QString usage = QStringLiteral("volumes ls SPACE | set SPACE -v TYPE=SOURCE:MOUNT[:ro]... | delete SPACE [--yes]");
    const QString action = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0) + u' ' + action} + arguments.mid(2);
    QCommandLineParser parser;
    const QCommandLineOption volume({QStringLiteral("v"), QStringLiteral("volume")}, QStringLiteral("TYPE=SOURCE:MOUNT[:ro]"),
                                    QStringLiteral("SPEC"));
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")}, QStringLiteral("Do not ask."));
    parser.addOptions({volume, yes});
    if (action != u"ls" && action != u"set" && action != u"delete")
        return usageError(QStringLiteral("Choose ls, set or delete."), usage);
    if (const int code = parse(parser, rest, usage, 1, 1); code >= 0)
        return code;
    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(id), usage);
    if (action == u"ls") {
        const auto result = m_hub.wait<SpaceRuntime>([&](HubCallback<SpaceRuntime> done) { m_hub.client().runtime(id, std::move(done)); });
        if (!result.ok())
            return fail(result.error);
        if (m_hub.json()) {
            m_out.raw(QString::fromUtf8(QJsonDocument(result.value->volumes).toJson(QJsonDocument::Indented)));
            return CacheCommand::Success;
        }
        if (result.value->volumes.isEmpty()) {
            m_out.text(QStringLiteral("No results found."));
            return CacheCommand::Success;
        }
        TextTable table({QStringLiteral("TYPE"), QStringLiteral("SOURCE"), QStringLiteral("MOUNT_PATH"), QStringLiteral("READ_ONLY")});
        for (const QJsonValue &value : result.value->volumes) {
            const QJsonObject object = value.toObject();
            table.addRow({object.value(QStringLiteral("type")).toString(), object.value(QStringLiteral("source")).toString(),
                          object.value(QStringLiteral("mountPath")).toString(),
                          object.value(QStringLiteral("readOnly")).toBool() ? QStringLiteral("yes") : QString()});
        }
        m_out.text(table.render(CliOutput::terminalWidth()));
        return CacheCommand::Success;
    }
    if (action == u"delete") {
        if (!confirm(parser.isSet(yes), QStringLiteral("Remove every volume from %1?").arg(id)))
            return CacheCommand::Failure;
        const auto result = m_hub.wait<SpaceRuntime>([&](HubCallback<SpaceRuntime> done) { m_hub.client().deleteVolumes(id, std::move(done)); });
        return printRuntime(result, QStringLiteral("Volumes deleted"), id);
    }
    static const QRegularExpression spec(QStringLiteral("^([a-z]+)=([^:]+(?::[^/:][^:]*)?):(/[^:]*)(:ro)?$"));
    QJsonArray list;
    for (const QString &text : parser.values(volume)) {
        const auto match = spec.match(text);
        if (!match.hasMatch())
            return usageError(QStringLiteral("'%1' is not TYPE=SOURCE:MOUNT[:ro] (e.g. dataset=org/data:/data:ro).").arg(text), usage);
        QJsonObject object{{QStringLiteral("type"), match.captured(1)},
                           {QStringLiteral("source"), match.captured(2)},
                           {QStringLiteral("mountPath"), match.captured(3)}};
        if (!match.captured(4).isEmpty())
            object.insert(QStringLiteral("readOnly"), true);
        list.append(object);
    }
    if (list.isEmpty())
        return usageError(QStringLiteral("Give at least one -v TYPE=SOURCE:MOUNT."), usage);
    const auto result = m_hub.wait<SpaceRuntime>([&](HubCallback<SpaceRuntime> done) { m_hub.client().setVolumes(id, list, std::move(done)); });
    return printRuntime(result, QStringLiteral("Volumes set"), id);
}

bool SpacesCommand::readPairs(const QStringList &specs, bool secret, QList<SpaceSetting> &out, QString *error)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (const QString &spec : specs) {
        const qsizetype equals = spec.indexOf(u'=');
        SpaceSetting setting;
        setting.key = equals < 0 ? spec : spec.left(equals);
        if (!keyPattern.match(setting.key).hasMatch()) {
            *error = QStringLiteral("'%1' is not a valid key (letters, digits and _, not starting with a digit).").arg(setting.key);
            return false;
        }
        if (equals >= 0) {
            setting.value = spec.mid(equals + 1);
        } else if (env.contains(setting.key)) {
            setting.value = env.value(setting.key);
        } else if (secret && CliOutput::stdinIsTerminal()) {
            setting.value = CliOutput::readHidden(QStringLiteral("Value for %1: ").arg(setting.key));
        } else {
            *error = secret ? QStringLiteral("No value for %1: write %1=VALUE, set the environment variable %1, or run in a terminal to be asked.")
                                  .arg(setting.key)
                            : QStringLiteral("No value for %1: write %1=VALUE or set the environment variable %1.").arg(setting.key);
            return false;
        }
        out.append(setting);
    }
    return true;
}

int SpacesCommand::printSettings(const QList<SpaceSetting> &settings, bool withValues)
{
    if (m_hub.json()) {
        QJsonArray array;
        for (const SpaceSetting &setting : settings)
            array.append(setting.toJson(withValues));
        m_out.raw(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return CacheCommand::Success;
    }
    if (settings.isEmpty()) {
        m_out.text(QStringLiteral("No results found."));
        return CacheCommand::Success;
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
    m_out.text(table.render(CliOutput::terminalWidth()));
    return CacheCommand::Success;
}

int SpacesCommand::secrets(const QStringList &arguments)
{
    return settingsCommand(arguments, true);
}

int SpacesCommand::variables(const QStringList &arguments)
{
    return settingsCommand(arguments, false);
}

// Secrets and variables share their grammar; a secret's value is write-only and never printed.
int SpacesCommand::settingsCommand(const QStringList &arguments, bool secret)
{
    const QString usage = secret ? QStringLiteral("secrets ls SPACE | add SPACE -s KEY[=VALUE]... [--description TEXT] | delete SPACE KEY [--yes]")
                                 : QStringLiteral("variables ls SPACE | add SPACE -e KEY=VALUE... [--description TEXT] | delete SPACE KEY [--yes]");
    const QString action = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0) + u' ' + action} + arguments.mid(2);
    QCommandLineParser parser;
    const QCommandLineOption pairOption(secret ? QStringList{QStringLiteral("s"), QStringLiteral("secret")}
                                               : QStringList{QStringLiteral("e"), QStringLiteral("env")},
                                        secret ? QStringLiteral("KEY[=VALUE]") : QStringLiteral("KEY=VALUE"), QStringLiteral("PAIR"));
    const QCommandLineOption description(QStringLiteral("description"), QStringLiteral("Description."), QStringLiteral("TEXT"));
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")}, QStringLiteral("Do not ask."));
    parser.addOptions({pairOption, description, yes});
    if (action != u"ls" && action != u"add" && action != u"delete")
        return usageError(QStringLiteral("Choose ls, add or delete."), usage);
    if (const int code = parse(parser, rest, usage, 1, action == u"delete" ? 2 : 1); code >= 0)
        return code;
    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(id), usage);
    HubClient &client = m_hub.client();

    if (action == u"ls") {
        const auto result = m_hub.wait<QList<SpaceSetting>>([&](HubCallback<QList<SpaceSetting>> done) {
            secret ? client.secrets(id, std::move(done)) : client.variables(id, std::move(done));
        });
        return result.ok() ? printSettings(*result.value, !secret) : fail(result.error);
    }
    if (action == u"delete") {
        const QString key = parser.positionalArguments().value(1);
        if (key.isEmpty())
            return usageError(QStringLiteral("Which one? Give its KEY."), usage);
        const QString question = secret ? QStringLiteral("Delete the secret %1 of %2? The Space restarts.").arg(key, id)
                                        : QStringLiteral("Delete the variable %1 of %2?").arg(key, id);
        if (!confirm(parser.isSet(yes), question))
            return CacheCommand::Failure;
        HubResult<QList<SpaceSetting>> remaining;
        HubError error;
        if (secret) {
            error = m_hub.wait<bool>([&](HubCallback<bool> done) { client.deleteSecret(id, key, std::move(done)); }).error;
        } else {
            remaining = m_hub.wait<QList<SpaceSetting>>([&](HubCallback<QList<SpaceSetting>> done) { client.deleteVariable(id, key, std::move(done)); });
            error = remaining.error;
        }
        if (error.isError())
            return fail(error);
        if (m_hub.json() && !secret)
            return printSettings(*remaining.value, true);
        m_out.text(kTick + QStringLiteral(" %1 deleted\n  space_id: %2\n  key: %3").arg(secret ? QStringLiteral("Secret") : QStringLiteral("Variable"), id, key));
        return CacheCommand::Success;
    }

    QList<SpaceSetting> pairs;
    QString error;
    if (!readPairs(parser.values(pairOption), secret, pairs, &error))
        return usageError(error, usage);
    if (pairs.isEmpty())
        return usageError(secret ? QStringLiteral("Give at least one -s KEY=VALUE.") : QStringLiteral("Give at least one -e KEY=VALUE."), usage);
    HubResult<QList<SpaceSetting>> last;
    QStringList keys;
    for (const SpaceSetting &pair : std::as_const(pairs)) {
        HubError failure;
        if (secret) {
            failure = m_hub.wait<bool>([&](HubCallback<bool> done) {
                client.addSecret(id, pair.key, pair.value, parser.value(description), std::move(done));
            }).error;
        } else {
            last = m_hub.wait<QList<SpaceSetting>>([&](HubCallback<QList<SpaceSetting>> done) {
                client.addVariable(id, pair.key, pair.value, parser.value(description), std::move(done));
            });
            failure = last.error;
        }
        if (failure.isError())
            return fail(failure);
        keys.append(pair.key);
    }
    if (m_hub.json() && !secret)
        return printSettings(*last.value, true);
    // Only the keys: a secret's value is never printed.
    m_out.text(kTick + QStringLiteral(" %1 added\n  space_id: %2\n  keys: %3")
                           .arg(secret ? QStringLiteral("Secrets") : QStringLiteral("Variables"), id, keys.join(QStringLiteral(", "))));
    return CacheCommand::Success;
}

int SpacesCommand::logs(const QStringList &arguments)
{
    const QString usage = QStringLiteral("logs SPACE [--build] [-f|--follow] [-n N]");
    QCommandLineParser parser;
    const QCommandLineOption build(QStringLiteral("build"), QStringLiteral("Build logs instead of run logs."));
    const QCommandLineOption follow({QStringLiteral("f"), QStringLiteral("follow")}, QStringLiteral("Stream until stopped."));
    const QCommandLineOption tail({QStringLiteral("n"), QStringLiteral("tail")}, QStringLiteral("Last N lines."), QStringLiteral("N"));
    parser.addOptions({build, follow, tail});
    if (const int code = parse(parser, arguments, usage, 1, 1); code >= 0)
        return code;
    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(id), usage);
    int lines = -1;
    if (parser.isSet(tail)) {
        bool ok = false;
        lines = parser.value(tail).toInt(&ok);
        if (!ok || lines < 0)
            return usageError(QStringLiteral("-n takes a number of lines."), usage);
        if (parser.isSet(follow))
            return usageError(QStringLiteral("Cannot use --follow and --tail together."), usage);
    }
    SpaceLogStream *stream = m_hub.client().logs(id, parser.isSet(build), parser.isSet(follow));
    std::deque<QString> kept;
    int printed = 0;
    HubError outcome;
    QEventLoop loop;
    QObject::connect(stream, &SpaceLogStream::line, stream, [&](const QString &text) {
        if (lines >= 0) {
            kept.push_back(text);
            if (int(kept.size()) > lines)
                kept.pop_front();
            return;
        }
        m_out.text(text);
        ++printed;
    });
    QObject::connect(stream, &SpaceLogStream::finished, stream, [&](const HubError &error) {
        outcome = error;
        loop.quit();
    });
    stream->start();
    loop.exec();
    delete stream;
    for (const QString &text : kept) {
        m_out.text(text);
        ++printed;
    }
    if (outcome.isError())
        return fail(outcome);
    if (printed == 0)
        m_out.hint(parser.isSet(build) ? QStringLiteral("No build logs.")
                                       : QStringLiteral("No run logs. If the Space failed to build, try --build."));
    return CacheCommand::Success;
}

namespace {
const QString kNewSpaceOptions =
    QStringLiteral("[--private|--public] [--hardware FLAVOR] [--storage TIER] [--sleep-time SECONDS] [-s KEY=VALUE]... [-e KEY=VALUE]...");
}

int SpacesCommand::duplicate(const QStringList &arguments)
{
    return create(QStringList{QStringLiteral("duplicate")} + arguments);
}

int SpacesCommand::create(const QStringList &arguments)
{
    const bool isDuplicate = arguments.value(0) == u"duplicate";
    const QStringList args = isDuplicate ? arguments.mid(1) : arguments;
    const QString usage = isDuplicate ? QStringLiteral("duplicate FROM [TO] ") + kNewSpaceOptions
                                      : QStringLiteral("create NAME --sdk SDK [--organization ORG] ") + kNewSpaceOptions;
    QCommandLineParser parser;
    const QCommandLineOption privateOption(QStringLiteral("private"), QStringLiteral("Private Space."));
    const QCommandLineOption publicOption(QStringLiteral("public"), QStringLiteral("Public Space."));
    const QCommandLineOption hardwareOption(QStringLiteral("hardware"), QStringLiteral("Hardware flavour."), QStringLiteral("FLAVOR"));
    const QCommandLineOption storageOption(QStringLiteral("storage"), QStringLiteral("small, medium or large."), QStringLiteral("TIER"));
    const QCommandLineOption sleep(QStringLiteral("sleep-time"), QStringLiteral("Seconds; -1: never."), QStringLiteral("SECONDS"));
    const QCommandLineOption secret({QStringLiteral("s"), QStringLiteral("secret")}, QStringLiteral("KEY[=VALUE]"), QStringLiteral("SECRET"));
    const QCommandLineOption variable({QStringLiteral("e"), QStringLiteral("env")}, QStringLiteral("KEY=VALUE"), QStringLiteral("VARIABLE"));
    const QCommandLineOption sdk(QStringLiteral("sdk"), QStringLiteral("gradio, docker, static or streamlit."), QStringLiteral("SDK"));
    const QCommandLineOption organization(QStringLiteral("organization"), QStringLiteral("Owner organisation."), QStringLiteral("ORG"));
    parser.addOptions({privateOption, publicOption, hardwareOption, storageOption, sleep, secret, variable});
    if (!isDuplicate)
        parser.addOptions({sdk, organization});
    if (const int code = parse(parser, args, usage, 1, isDuplicate ? 2 : 1); code >= 0)
        return code;

    HubClient::NewSpace space;
    if (parser.isSet(privateOption) && parser.isSet(publicOption))
        return usageError(QStringLiteral("Choose --private or --public, not both."), usage);
    if (parser.isSet(privateOption) || parser.isSet(publicOption))
        space.isPrivate = parser.isSet(privateOption);
    space.hardware = parser.value(hardwareOption);
    space.storage = parser.value(storageOption);
    if (!space.storage.isEmpty() && space.storage != u"small" && space.storage != u"medium" && space.storage != u"large")
        return usageError(QStringLiteral("Storage tiers are small, medium and large, not '%1'.").arg(space.storage), usage);
    if (parser.isSet(sleep)) {
        bool ok = false;
        space.sleepTime = parser.value(sleep).toLongLong(&ok);
        if (!ok || *space.sleepTime < -1)
            return usageError(QStringLiteral("--sleep-time takes seconds, or -1 for never."), usage);
    }
    QString error;
    if (!readPairs(parser.values(secret), true, space.secrets, &error) || !readPairs(parser.values(variable), false, space.variables, &error))
        return usageError(error, usage);

    // Repo names: letters, digits, '-', '_', '.'; no "--" or ".."; at most 96 characters.
    static const QRegularExpression name(QStringLiteral("^(?!.*(--|\\.\\.))[A-Za-z0-9][A-Za-z0-9._-]{0,94}[A-Za-z0-9_]?$"));
    if (isDuplicate) {
        const QString from = parser.positionalArguments().first();
        if (!CliHub::isSpaceId(from))
            return usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(from), usage);
        space.name = parser.positionalArguments().value(1);
        if (!space.name.isEmpty() && (!CliHub::isSpaceId(space.name) || !name.match(space.name.section(u'/', 1)).hasMatch()))
            return usageError(QStringLiteral("'%1' is not a valid target (owner/name).").arg(space.name), usage);
        const auto result = m_hub.wait<QString>([&](HubCallback<QString> done) { m_hub.client().duplicate(from, space, std::move(done)); });
        if (!result.ok())
            return fail(result.error);
        if (m_hub.json())
            m_out.raw(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("url"), *result.value}}).toJson(QJsonDocument::Indented)));
        else
            m_out.text(kTick + QStringLiteral(" Space duplicated\n  from: %1\n  url: %2").arg(from, *result.value));
        return CacheCommand::Success;
    }
    space.name = parser.positionalArguments().first();
    space.organization = parser.value(organization);
    if (space.name.contains(u'/') && space.organization.isEmpty()) {
        space.organization = space.name.section(u'/', 0, 0);
        space.name = space.name.section(u'/', 1);
    }
    if (!name.match(space.name).hasMatch() || space.name.endsWith(QStringLiteral(".git")))
        return usageError(QStringLiteral("'%1' is not a valid Space name: use letters, digits, '-', '_' and '.', "
                                         "no '--' or '..', at most 96 characters.")
                              .arg(space.name),
                          usage);
    space.sdk = parser.value(sdk);
    if (space.sdk != u"gradio" && space.sdk != u"docker" && space.sdk != u"static" && space.sdk != u"streamlit")
        return usageError(QStringLiteral("--sdk must be gradio, docker, static or streamlit."), usage);
    const auto result = m_hub.wait<QString>([&](HubCallback<QString> done) { m_hub.client().create(space, std::move(done)); });
    if (!result.ok())
        return fail(result.error);
    if (m_hub.json())
        m_out.raw(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), *result.value}}).toJson(QJsonDocument::Indented)));
    else
        m_out.text(kTick + QStringLiteral(" Space created\n  id: %1").arg(*result.value));
    return CacheCommand::Success;
}

} // namespace hubdeck::cli
