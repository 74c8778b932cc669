// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hubdeck {

// What GET /api/spaces/{id}/runtime answers. Unknown stages and flavours are kept as they
// come: the Hub adds new ones over time.
struct SpaceRuntime
{
    struct Domain
    {
        QString domain;
        QString stage;
    };

    QString stage;
    QString hardware;                // hardware.current; empty when null
    QString requestedHardware;       // hardware.requested
    std::optional<qint64> sleepTime; // gcTimeout, seconds; none means never or the default
    QString storage;
    bool devMode = false;
    // replicas.requested and replicas.current; none when the Hub left the field out (or sent
    // null), which is not the same as 0: a Space whose running replicas the Hub does not report
    // may well be running.
    std::optional<int> replicasRequested;
    std::optional<int> replicasCurrent;
    QList<Domain> domains;
    QJsonArray volumes;
    // errorMessage: why the Space failed (stages BUILD_ERROR, RUNTIME_ERROR, CONFIG_ERROR...),
    // e.g. "Scheduling failure: not enough hardware capacity"; empty when the Hub gives none.
    QString errorMessage;
    QJsonObject raw; // the Hub's whole object

    [[nodiscard]] static std::optional<SpaceRuntime> fromJson(const QJsonValue &value, QString *error);
    // The reference's SpaceRuntime names: stage, hardware, requested_hardware, sleep_time,
    // storage, dev_mode, volumes, raw; plus error_message (null when there is none).
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] bool isTransitional() const;
};

} // namespace hubdeck
