// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "RepoPreview.h"

#include "CachedRepo.h"
#include "QuietFile.h"
#include "WeightsHeader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace hubdeck {

RepoPreview::ModelConfig RepoPreview::ModelConfig::parse(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    auto text = [&](const QString &key) { return object.value(key).toVariant().toString(); };
    ModelConfig config;
    config.architectures = object.value(QStringLiteral("architectures")).toVariant().toStringList().join(QStringLiteral(", "));
    config.modelType = object.value(QStringLiteral("model_type")).toString();
    config.dtype = object.value(QStringLiteral("torch_dtype")).toString();
    config.hiddenSize = text(QStringLiteral("hidden_size"));
    config.layers = text(QStringLiteral("num_hidden_layers"));
    config.vocabulary = text(QStringLiteral("vocab_size"));
    return config;
}

RepoPreview::Sources RepoPreview::sourcesOf(const CachedRepo &repo)
{
    const CachedRevision *newest = nullptr;
    for (const CachedRevision &revision : repo.revisions)
        if (!newest || revision.refs.contains(QStringLiteral("main")) ||
            (!newest->refs.contains(QStringLiteral("main")) && revision.lastModified > newest->lastModified))
            newest = &revision;
    Sources sources;
    sources.cacheId = repo.cacheId();
    sources.sizeOnDisk = repo.sizeOnDisk;
    if (newest)
        for (const CachedFile &file : newest->files) {
            if (file.relativePath == u"config.json")
                sources.configPath = repo.blobPath(file.blob);
            else if (file.relativePath.endsWith(QStringLiteral(".safetensors")))
                sources.weightPaths.append(repo.blobPath(file.blob));
        }
    return sources;
}

std::optional<RepoPreview> RepoPreview::load(const Sources &sources, const BeforeRead &beforeRead)
{
    RepoPreview preview;
    preview.cacheId = sources.cacheId;
    preview.sizeOnDisk = sources.sizeOnDisk;
    qint64 parameters = 0;
    bool counted = !sources.weightPaths.isEmpty();
    for (const QString &path : sources.weightPaths) {
        if (beforeRead && !beforeRead(path))
            return std::nullopt;
        QString error;
        if (const auto header = WeightsHeader::readSafetensors(path, &error))
            parameters += header->parameters;
        else
            counted = false;
    }
    if (counted)
        preview.parameters = parameters;
    if (!sources.configPath.isEmpty()) {
        if (beforeRead && !beforeRead(sources.configPath))
            return std::nullopt;
        if (const auto bytes = QuietFile::readHead(sources.configPath, kMaxConfigBytes, nullptr))
            preview.config = ModelConfig::parse(*bytes);
    }
    return preview;
}

} // namespace hubdeck
