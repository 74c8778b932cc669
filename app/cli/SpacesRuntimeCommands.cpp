// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpacesRuntimeCommands.h"

#include "AppliedSettings.h"
#include "ExitCode.h"
#include "PrintableText.h"
#include "SpaceCost.h"
#include "TextTable.h"
#include "VolumeSpec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace hubdeck::cli {

namespace {

// A field from the Hub on a "  key: value" line of its own: a newline in it must not start
// a line that looks like another field (tables escape their cells themselves).
QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : PrintableText::line(text);
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

} // namespace

int SpacesRuntimeCommands::printRuntime(const HubResult<SpaceRuntime> &result, const QString &done, const QString &spaceId,
                                        const QStringList &extra)
{
    if (!result.ok())
        return m_context.fail(result.error);
    const SpaceRuntime &runtime = *result.value;
    if (m_hub.json()) {
        m_out.json(runtime.toJson());
        return ExitCode::Success;
    }
    m_out.success(done);
    m_out.text(QStringLiteral("  space_id: %1\n  stage: %2\n  hardware: %3\n  requested_hardware: %4\n  "
                              "sleep_time: %5\n  storage: %6")
                   .arg(spaceId, orDash(runtime.stage), orDash(runtime.hardware), orDash(runtime.requestedHardware),
                        sleepText(runtime.sleepTime), orDash(runtime.storage)));
    if (!runtime.errorMessage.isEmpty())
        m_out.text(QStringLiteral("  error: ") + PrintableText::line(runtime.errorMessage));
    for (const QString &line : extra)
        m_out.text(QStringLiteral("  ") + line);
    return ExitCode::Success;
}

int SpacesRuntimeCommands::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption author(QStringLiteral("author"), QStringLiteral("User or organisation."), QStringLiteral("NAME"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N Spaces."), QStringLiteral("N"));
    parser.addOptions({author, limit});
    if (const int code = m_context.parse(parser, arguments, QStringLiteral("ls [--author NAME] [--limit N]"), 0, 0); code >= 0)
        return code;
    int max = 0;
    if (parser.isSet(limit)) {
        bool ok = false;
        max = parser.value(limit).toInt(&ok);
        if (!ok || max <= 0)
            return m_context.usageError(QStringLiteral("--limit takes a positive number."),
                                        QStringLiteral("ls [--author NAME] [--limit N]"));
    }
    QString owner = parser.value(author);
    if (owner.isEmpty()) {
        if (!m_hub.hasToken()) {
            m_out.error(QStringLiteral("Whose Spaces? Pass --author NAME, or sign in with 'hubdeck-cli auth login'."));
            return ExitCode::Failure;
        }
        const auto who = m_hub.wait<WhoAmI>([this](HubCallback<WhoAmI> done) { m_hub.client().whoami(std::move(done)); });
        if (!who.ok())
            return m_context.fail(who.error);
        owner = who.value->name;
    }
    const auto spaces =
        m_hub.wait<QList<SpaceInfo>>([&](HubCallback<QList<SpaceInfo>> done) { m_hub.client().listSpaces(owner, std::move(done), max); });
    if (!spaces.ok())
        return m_context.fail(spaces.error);
    // Prices only from the Hub's catalogue: when it cannot be read, no cost is shown, never a
    // guess (the list itself is still printed).
    std::optional<SpaceCost::Prices> prices;
    if (!spaces.value->isEmpty()) {
        const auto catalogue = m_hub.wait<QList<HardwareFlavor>>(
            [this](HubCallback<QList<HardwareFlavor>> done) { m_hub.client().hardwareCatalogue(std::move(done)); });
        if (catalogue.ok())
            prices = SpaceCost::prices(*catalogue.value);
        else
            m_out.warning(QStringLiteral("No costs: the hardware prices could not be read (%1).").arg(catalogue.error.message()));
    }
    if (m_hub.json()) {
        m_out.jsonStream([&](JsonStreamWriter &writer) {
            writer.beginArray();
            for (const SpaceInfo &space : *spaces.value) {
                QJsonObject object = space.toJson();
                // USD per hour on the current hardware; null when not on any or no price is known.
                const std::optional<double> cost = SpaceCost::perHour(space.runtime.value_or(SpaceRuntime{}), prices);
                object.insert(QStringLiteral("cost_per_hour_usd"), cost ? QJsonValue(*cost) : QJsonValue(QJsonValue::Null));
                writer.value(object);
            }
            writer.endArray();
        });
        return ExitCode::Success;
    }
    if (spaces.value->isEmpty()) {
        m_out.text(QStringLiteral("No results found."));
        return ExitCode::Success;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("SDK"), QStringLiteral("STAGE"), QStringLiteral("HARDWARE"),
                     QStringLiteral("REQUESTED"), QStringLiteral("SLEEP"), QStringLiteral("STORAGE"), QStringLiteral("LAST_MODIFIED"),
                     QStringLiteral("COST/H")});
    table.setRightAligned(8); // a price is never cut on a narrow terminal
    // On 80 columns the id stays whole: what the Hub was asked for, storage, the SDK and the
    // date go first ("spaces info" and --no-truncate show them).
    table.setDroppable({4, 6, 1, 7});
    for (const SpaceInfo &space : *spaces.value) {
        const SpaceRuntime runtime = space.runtime.value_or(SpaceRuntime{});
        const std::optional<double> cost = SpaceCost::perHour(runtime, prices);
        table.addRow({space.id, orDash(space.sdk), orDash(runtime.stage), orDash(runtime.hardware), orDash(runtime.requestedHardware),
                      space.runtime ? sleepText(runtime.sleepTime) : QStringLiteral("-"), orDash(runtime.storage),
                      space.lastModified.isValid() ? space.lastModified.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("-"),
                      cost ? SpaceCost::usd(*cost) : QStringLiteral("-")});
    }
    m_out.table(table);
    if (prices) {
        const SpaceCost::Total total = SpaceCost::total(*spaces.value, prices);
        QString line =
            QStringLiteral("Running now: %1 Space(s), %2/h, about %3/month at 730 h (estimate: storage and ZeroGPU not included)")
                .arg(total.billed)
                .arg(SpaceCost::usd(total.perHourUSD), SpaceCost::usd(total.perMonthUSD()));
        if (total.unpriced > 0)
            line += QStringLiteral("; %1 without a price, not counted").arg(total.unpriced);
        m_out.text(line + u'.');
    }
    return ExitCode::Success;
}

int SpacesRuntimeCommands::info(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const int code = m_context.parse(parser, arguments, QStringLiteral("info SPACE"), 1, 1); code >= 0)
        return code;
    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return m_context.usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(id), QStringLiteral("info SPACE"));
    const auto result = m_hub.wait<SpaceInfo>([&](HubCallback<SpaceInfo> done) { m_hub.client().spaceInfo(id, std::move(done)); });
    if (!result.ok())
        return m_context.fail(result.error);
    QJsonObject object = result.value->toJson();
    // A settled Space that runs other hardware than it requested: said beside the runtime.
    QString mismatch;
    if (const auto &runtime = result.value->runtime; runtime && !runtime->requestedHardware.isEmpty())
        mismatch = AppliedSettings::mismatch({runtime->requestedHardware, std::nullopt}, *runtime);
    object.insert(QStringLiteral("hardware_mismatch"), mismatch.isEmpty() ? QJsonValue() : QJsonValue(mismatch));
    m_out.json(object);
    if (!m_hub.json() && !mismatch.isEmpty())
        m_out.warning(mismatch);
    return ExitCode::Success;
}

int SpacesRuntimeCommands::pause(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const int code = m_context.parse(parser, arguments, QStringLiteral("pause SPACE"), 1, 1); code >= 0)
        return code;
    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return m_context.usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(id), QStringLiteral("pause SPACE"));
    const auto result = m_hub.wait<SpaceRuntime>([&](HubCallback<SpaceRuntime> done) { m_hub.client().pause(id, std::move(done)); });
    const int code = printRuntime(result, QStringLiteral("Space paused"), id);
    if (code == ExitCode::Success && !m_hub.json())
        m_out.hint(QStringLiteral("Use 'hubdeck-cli spaces restart %1' to restart it.").arg(id));
    return code;
}

int SpacesRuntimeCommands::restart(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption factory(QStringLiteral("factory-reboot"), QStringLiteral("Rebuild from scratch, without the build cache."));
    parser.addOption(factory);
    if (const int code = m_context.parse(parser, arguments, QStringLiteral("restart SPACE [--factory-reboot]"), 1, 1); code >= 0)
        return code;
    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return m_context.usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(id), QStringLiteral("restart SPACE"));
    const bool rebuild = parser.isSet(factory);
    const auto result =
        m_hub.wait<SpaceRuntime>([&](HubCallback<SpaceRuntime> done) { m_hub.client().restart(id, rebuild, std::move(done)); });
    return printRuntime(result, QStringLiteral("Space restart triggered"), id,
                        {QStringLiteral("factory_reboot: %1").arg(rebuild ? QStringLiteral("True") : QStringLiteral("False"))});
}

int SpacesRuntimeCommands::hardware(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const int code = m_context.parse(parser, arguments, QStringLiteral("hardware"), 0, 0); code >= 0)
        return code;
    const auto result = m_hub.wait<QList<HardwareFlavor>>(
        [&](HubCallback<QList<HardwareFlavor>> done) { m_hub.client().hardwareCatalogue(std::move(done)); });
    if (!result.ok())
        return m_context.fail(result.error);
    if (m_hub.json()) {
        m_out.jsonStream([&](JsonStreamWriter &writer) {
            writer.beginArray();
            for (const HardwareFlavor &flavor : *result.value)
                writer.value(flavor.toJson());
            writer.endArray();
        });
        return ExitCode::Success;
    }
    TextTable table({QStringLiteral("NAME"), QStringLiteral("PRETTY_NAME"), QStringLiteral("CPU"), QStringLiteral("RAM"),
                     QStringLiteral("ACCELERATOR"), QStringLiteral("COST/MIN"), QStringLiteral("COST/HOUR")});
    table.setRightAligned(5);
    table.setRightAligned(6);
    for (const HardwareFlavor &f : *result.value) {
        const QString accelerator =
            f.acceleratorModel.isEmpty()
                ? QString()
                : QStringLiteral("%1x %2 (%3)").arg(f.acceleratorQuantity).arg(f.acceleratorModel, f.acceleratorVram);
        const bool free = f.unitCostUSD == 0;
        const double perMinute = f.unitLabel == u"hour" ? f.unitCostUSD / 60.0 : f.unitCostUSD;
        table.addRow({f.name, f.prettyName, f.cpu, f.ram, accelerator,
                      free ? QStringLiteral("free") : QStringLiteral("$%1").arg(perMinute, 0, 'f', 4),
                      free ? QStringLiteral("free") : QStringLiteral("$%1").arg(f.costPerHourUSD(), 0, 'f', 2)});
    }
    m_out.table(table);
    m_out.hint(QStringLiteral("Use 'hubdeck-cli spaces settings <space_id> --hardware <name>' to request hardware for a Space."));
    return ExitCode::Success;
}

int SpacesRuntimeCommands::settings(const QStringList &arguments)
{
    const QString usage = QStringLiteral("settings SPACE [--hardware FLAVOR] [--sleep-time SECONDS]");
    QCommandLineParser parser;
    const QCommandLineOption hardwareOption(QStringLiteral("hardware"), QStringLiteral("Hardware flavour."), QStringLiteral("FLAVOR"));
    const QCommandLineOption sleep(QStringLiteral("sleep-time"), QStringLiteral("Seconds of inactivity before sleeping; -1: never."),
                                   QStringLiteral("SECONDS"));
    parser.addOptions({hardwareOption, sleep});
    if (const int code = m_context.parse(parser, arguments, usage, 1, 1); code >= 0)
        return code;
    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return m_context.usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(id), usage);
    std::optional<qint64> sleepTime;
    if (parser.isSet(sleep)) {
        bool ok = false;
        sleepTime = parser.value(sleep).toLongLong(&ok);
        if (!ok || *sleepTime < -1)
            return m_context.usageError(QStringLiteral("--sleep-time takes seconds, or -1 for never."), usage);
    }
    const QString flavor = parser.value(hardwareOption);
    if (flavor.isEmpty() && !sleepTime)
        return m_context.usageError(QStringLiteral("Specify at least one setting to update."), usage);
    const auto result = m_hub.wait<SpaceRuntime>([&](HubCallback<SpaceRuntime> done) {
        // One hardware request carries the sleep time too, as huggingface_hub sends it.
        if (!flavor.isEmpty())
            m_hub.client().requestHardware(id, flavor, sleepTime, std::move(done));
        else
            m_hub.client().setSleepTime(id, *sleepTime, std::move(done));
    });
    // The Hub answers with the runtime it kept, which may not be what was asked.
    const QString mismatch = result.ok() ? AppliedSettings::mismatch({flavor, sleepTime}, *result.value) : QString();
    if (result.ok() && m_hub.json()) {
        QJsonObject object = result.value->toJson();
        object.insert(QStringLiteral("mismatch"), mismatch.isEmpty() ? QJsonValue() : QJsonValue(mismatch));
        m_out.json(object);
        return ExitCode::Success;
    }
    const int code = printRuntime(result, QStringLiteral("Space settings updated"), id);
    if (code == ExitCode::Success && !mismatch.isEmpty())
        m_out.warning(mismatch);
    return code;
}

int SpacesRuntimeCommands::storage(const QStringList &arguments)
{
    const QString usage = QStringLiteral("storage SPACE (--tier small|medium|large | --delete [--yes])");
    QCommandLineParser parser;
    const QCommandLineOption tier(QStringLiteral("tier"), QStringLiteral("small, medium or large."), QStringLiteral("TIER"));
    const QCommandLineOption remove(QStringLiteral("delete"), QStringLiteral("Delete the persistent storage and its data."));
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")}, QStringLiteral("Do not ask."));
    parser.addOptions({tier, remove, yes});
    if (const int code = m_context.parse(parser, arguments, usage, 1, 1); code >= 0)
        return code;
    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return m_context.usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(id), usage);
    if (parser.isSet(tier) == parser.isSet(remove))
        return m_context.usageError(QStringLiteral("Give either --tier or --delete."), usage);
    if (parser.isSet(remove)) {
        if (!m_context.confirm(parser.isSet(yes), QStringLiteral("Delete the persistent storage of %1 and everything in it?").arg(id)))
            return ExitCode::Failure;
        const auto result =
            m_hub.wait<SpaceRuntime>([&](HubCallback<SpaceRuntime> done) { m_hub.client().deleteStorage(id, std::move(done)); });
        return printRuntime(result, QStringLiteral("Storage deleted"), id);
    }
    const QString value = parser.value(tier);
    if (value != u"small" && value != u"medium" && value != u"large")
        return m_context.usageError(QStringLiteral("Storage tiers are small, medium and large, not '%1'.").arg(value), usage);
    const auto result =
        m_hub.wait<SpaceRuntime>([&](HubCallback<SpaceRuntime> done) { m_hub.client().requestStorage(id, value, std::move(done)); });
    return printRuntime(result, QStringLiteral("Storage requested"), id);
}

int SpacesRuntimeCommands::volumes(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("volumes ls SPACE | set SPACE -v hf://[TYPE/]SOURCE[@REV][/PATH]:/MOUNT[:ro|:rw]... | delete SPACE [--yes]");
    const QString action = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0) + u' ' + action} + arguments.mid(2);
    QCommandLineParser parser;
    const QCommandLineOption volume({QStringLiteral("v"), QStringLiteral("volume")},
                                    QStringLiteral("hf://[TYPE/]SOURCE[@REV][/PATH]:/MOUNT[:ro|:rw], or TYPE=SOURCE:MOUNT[:ro]"),
                                    QStringLiteral("SPEC"));
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")}, QStringLiteral("Do not ask."));
    parser.addOptions({volume, yes});
    if (action != u"ls" && action != u"set" && action != u"delete")
        return m_context.usageError(QStringLiteral("Choose ls, set or delete."), usage);
    if (const int code = m_context.parse(parser, rest, usage, 1, 1); code >= 0)
        return code;
    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return m_context.usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(id), usage);
    if (action == u"ls") {
        const auto result = m_hub.wait<SpaceRuntime>([&](HubCallback<SpaceRuntime> done) { m_hub.client().runtime(id, std::move(done)); });
        if (!result.ok())
            return m_context.fail(result.error);
        if (m_hub.json()) {
            m_out.json(result.value->volumes);
            return ExitCode::Success;
        }
        if (result.value->volumes.isEmpty()) {
            m_out.text(QStringLiteral("No results found."));
            return ExitCode::Success;
        }
        TextTable table({QStringLiteral("TYPE"), QStringLiteral("SOURCE"), QStringLiteral("REVISION"), QStringLiteral("PATH"),
                         QStringLiteral("MOUNT_PATH"), QStringLiteral("READ_ONLY")});
        for (const QJsonValue &value : result.value->volumes) {
            const QJsonObject object = value.toObject();
            const QJsonValue readOnly = object.value(QStringLiteral("readOnly"));
            table.addRow({object.value(QStringLiteral("type")).toString(), object.value(QStringLiteral("source")).toString(),
                          object.value(QStringLiteral("revision")).toString(), object.value(QStringLiteral("path")).toString(),
                          object.value(QStringLiteral("mountPath")).toString(),
                          readOnly.isBool() ? (readOnly.toBool() ? QStringLiteral("yes") : QStringLiteral("no")) : QString()});
        }
        m_out.table(table);
        return ExitCode::Success;
    }
    if (action == u"delete") {
        if (!m_context.confirm(parser.isSet(yes), QStringLiteral("Remove every volume from %1?").arg(id)))
            return ExitCode::Failure;
        const auto result =
            m_hub.wait<SpaceRuntime>([&](HubCallback<SpaceRuntime> done) { m_hub.client().deleteVolumes(id, std::move(done)); });
        return printRuntime(result, QStringLiteral("Volumes deleted"), id);
    }
    QJsonArray list;
    QStringList uris;
    for (const QString &text : parser.values(volume)) {
        QJsonObject object;
        QString error;
        if (!VolumeSpec::parse(text, object, &error))
            return m_context.invalidValue(error, usage);
        list.append(object);
        uris.append(VolumeSpec::toUri(object));
    }
    if (list.isEmpty())
        return m_context.usageError(QStringLiteral("At least one volume must be specified with -v/--volume."), usage);
    if (QString error; !VolumeSpec::checkMountPaths(list, &error))
        return m_context.invalidValue(error, usage);
    const auto result =
        m_hub.wait<SpaceRuntime>([&](HubCallback<SpaceRuntime> done) { m_hub.client().setVolumes(id, list, std::move(done)); });
    return printRuntime(result, QStringLiteral("Volumes set"), id,
                        {QStringLiteral("volumes: ") + PrintableText::line(uris.join(QStringLiteral(", ")))});
}

} // namespace hubdeck::cli
