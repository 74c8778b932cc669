// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FixtureCache.h"

namespace hubdeck::test {

// A cache that looks like a real user's, for screenshots and manual runs: well-known models,
// datasets and a Space with their usual files (weights as sparse files of their real size,
// readable configs, model cards, code and safetensors headers), revisions that share blobs,
// a pull-request ref, a detached revision with thousands of files, a partial download,
// entries nobody used for months, and three corrupted entries.
class DemoCache
{
public:
    explicit DemoCache(double now);

    [[nodiscard]] QString root() const { return m_cache.root(); }

private:
    // The cache's repos, each with what it shows in the pictures.
    void addLlama();
    void addPhi();
    void addModels();
    void addMiniLm();
    void addFineWeb();
    void addDatasetsAndSpaces();
    void addBrokenRepos();
    void addModel(const QString &folder, const QString &seed, double accessedDaysAgo, const QStringList &files, const QList<qint64> &sizes,
                  const QString &ref = QStringLiteral("main"));
    QString addFile(const QString &folder, const QString &commit, const QString &file, const QByteArray &content, qint64 size,
                    double accessedDaysAgo);

    FixtureCache m_cache;
    double m_now;
};

} // namespace hubdeck::test
