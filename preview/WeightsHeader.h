// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace hubdeck {

// What the header of a .safetensors or .gguf file says, read without trusting it: lengths
// are bounded, JSON and metadata are validated, offsets are checked against the file size.
// Files are read with QuietFile: access times stay, and only regular files are read.
struct WeightsHeader
{
    struct Tensor
    {
        QString name;
        QString dtype;
        QList<qint64> shape;
        qint64 elements = 0;
    };

    QString format;  // "safetensors" or "gguf"
    int version = 0; // GGUF only
    qint64 tensorCount = 0;
    qint64 parameters = 0;
    QMap<QString, qint64> dtypes;                // dtype -> tensor count
    QList<Tensor> largest;                       // up to 10, by elements
    QList<std::pair<QString, QString>> metadata; // key -> value as text, in file order

    static constexpr qint64 kMaxHeaderBytes = 100 * 1024 * 1024;
    static constexpr qint64 kMaxEntries = 1'000'000;

    [[nodiscard]] static std::optional<WeightsHeader> readSafetensors(const QString &path, QString *error);
    [[nodiscard]] static std::optional<WeightsHeader> readGguf(const QString &path, QString *error);
    // The same, from bytes already read (the first bytes of a file of fileSize bytes).
    [[nodiscard]] static std::optional<WeightsHeader> parseSafetensors(const QByteArray &head, qint64 fileSize, QString *error);
    [[nodiscard]] static std::optional<WeightsHeader> parseGguf(const QByteArray &head, qint64 fileSize, QString *error);
};

} // namespace hubdeck
