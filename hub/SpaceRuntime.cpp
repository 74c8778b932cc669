// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpaceRuntime.h"

#include "JsonFields.h"

namespace hubdeck {

std::optional<SpaceRuntime> SpaceRuntime::fromJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral("the Space runtime is not an object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    JsonFields fields(object, QStringLiteral("runtime"));
    SpaceRuntime runtime;
    runtime.raw = object;
    runtime.stage = fields.string(QStringLiteral("stage"), JsonFields::Field::Required);
    const QJsonObject hardware = fields.object(QStringLiteral("hardware"));
    JsonFields hardwareFields(hardware, QStringLiteral("runtime.hardware"));
    runtime.hardware = hardwareFields.string(QStringLiteral("current"));
    runtime.requestedHardware = hardwareFields.string(QStringLiteral("requested"));
    if (const auto gc = fields.number(QStringLiteral("gcTimeout")))
        runtime.sleepTime = qint64(*gc);
    // storage is a tier name today; keep anything else visible through raw.
    if (object.value(QStringLiteral("storage")).isString())
        runtime.storage = object.value(QStringLiteral("storage")).toString();
    runtime.devMode = fields.boolean(QStringLiteral("devMode")).value_or(false);
    const QJsonObject replicas = fields.object(QStringLiteral("replicas"));
    JsonFields replicaFields(replicas, QStringLiteral("runtime.replicas"));
    if (const auto requested = replicaFields.number(QStringLiteral("requested")))
        runtime.replicasRequested = int(*requested);
    if (const auto current = replicaFields.number(QStringLiteral("current")))
        runtime.replicasCurrent = int(*current);
    for (const QJsonValue &domain : fields.array(QStringLiteral("domains"))) {
        if (!domain.isObject()) {
            fields.fail(QStringLiteral("a domain is not an object"));
            break;
        }
        JsonFields domainFields(domain.toObject(), QStringLiteral("runtime.domains"));
        runtime.domains.append({domainFields.string(QStringLiteral("domain")), domainFields.string(QStringLiteral("stage"))});
        if (!domainFields.ok())
            fields.fail(domainFields.error());
    }
    runtime.volumes = fields.array(QStringLiteral("volumes"));
    // A string or null; anything else is left in raw rather than failing the whole runtime.
    runtime.errorMessage = object.value(QStringLiteral("errorMessage")).toString().trimmed();
    for (const JsonFields *f : {&fields, &hardwareFields, &replicaFields}) {
        if (!f->ok()) {
            *error = f->error();
            return std::nullopt;
        }
    }
    return runtime;
}

QJsonObject SpaceRuntime::toJson() const
{
    auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text); };
    return QJsonObject{
        {QStringLiteral("stage"), stage},
        {QStringLiteral("hardware"), orNull(hardware)},
        {QStringLiteral("requested_hardware"), orNull(requestedHardware)},
        {QStringLiteral("sleep_time"), sleepTime ? QJsonValue(double(*sleepTime)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("storage"), orNull(storage)},
        {QStringLiteral("dev_mode"), devMode},
        {QStringLiteral("volumes"), volumes},
        {QStringLiteral("error_message"), orNull(errorMessage)},
        {QStringLiteral("raw"), raw},
    };
}

bool SpaceRuntime::isTransitional() const
{
    return stage == u"BUILDING" || stage == u"RUNNING_BUILDING" || stage == u"APP_STARTING" || stage == u"RUNNING_APP_STARTING";
}

} // namespace hubdeck
