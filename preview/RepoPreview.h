// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace hubdeck {

struct CachedRepo;

// What the preview of a repo holds: what its newest revision's config.json says, and its
// parameters summed over the headers of that revision's .safetensors files. Sources are
// chosen from the scan (sourcesOf(), cheap, on any thread); load() reads them and blocks,
// so it is meant for a worker thread. Reads go through QuietFile (access times stay; a FIFO,
// a device or a folder is refused at once) and headers through WeightsHeader's bounds.
struct RepoPreview
{
    // The files load() reads, and what it reports beside them.
    struct Sources
    {
        QString cacheId;         // "model/org/name"
        qint64 sizeOnDisk = 0;   // bytes
        QString configPath;      // the blob of config.json; empty when the revision has none
        QStringList weightPaths; // the blobs of its *.safetensors files, in file order
    };

    // The fields of a config.json the preview shows, as text ("" when absent): the numbers
    // as JSON wrote them ("768"), architectures joined with ", ".
    struct ModelConfig
    {
        QString architectures; // "architectures"
        QString modelType;     // "model_type"
        QString dtype;         // "torch_dtype"
        QString hiddenSize;    // "hidden_size"
        QString layers;        // "num_hidden_layers"
        QString vocabulary;    // "vocab_size"

        // Anything but a JSON object (truncated, invalid, an array) gives all fields empty.
        [[nodiscard]] static ModelConfig parse(const QByteArray &json);
    };

    // Most bytes of config.json read; a longer one is cut, so it no longer parses.
    static constexpr qint64 kMaxConfigBytes = 4 * 1024 * 1024;

    QString cacheId;
    qint64 sizeOnDisk = 0;             // bytes
    std::optional<ModelConfig> config; // nullopt: no config.json, or it could not be read
    std::optional<qint64> parameters;  // nullopt: no .safetensors file, or a header could not be read

    // The revision "main" points to, else the one modified last; its config.json and
    // *.safetensors files (by path in the snapshot).
    [[nodiscard]] static Sources sourcesOf(const CachedRepo &repo);

    // Called with a path before that file is read; false stops the load there (its result is
    // no longer wanted, so the rest of the shards are not read), true goes on.
    using BeforeRead = std::function<bool(const QString &path)>;

    // Reads the weights headers, then config.json. nullopt only when beforeRead stopped it.
    [[nodiscard]] static std::optional<RepoPreview> load(const Sources &sources, const BeforeRead &beforeRead = {});
};

} // namespace hubdeck
