// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QTemporaryDir>

namespace hubdeck::test {

// A Hugging Face home in a temporary folder, laid out as the libraries write one (issue #14):
// hub/ with a dataset repo, xet/ with one endpoint (chunk-cache, shard-cache, staging) and
// logs/, datasets/ with downloads (and extracted/), one processed dataset with its builder
// lock and an orphan lock, assets/, modules/, the legacy transformers/ cache, the credentials
// and a folder of another tool. Files hold real bytes, so du sees them allocated.
class FixtureHome
{
public:
    // under: the folder to make it in (a filesystem mounted for the test); the system's
    // temporary folder when empty.
    explicit FixtureHome(const QString &under = {});

    [[nodiscard]] QString root() const { return m_dir.path(); }
    [[nodiscard]] QString path(const QString &relative) const { return m_dir.path() + u'/' + relative; }
    // HF_HOME set to root(), nothing else (no part variable).
    [[nodiscard]] QProcessEnvironment environment() const;

    void write(const QString &relative, const QByteArray &content);
    void write(const QString &relative, qint64 size); // that many bytes of data
    // A folder (and those on its way) that write() leaves as it is: one named like a deletion's
    // leftover ("….hubdeck-deleting") is then someone's own, not set aside by a deletion.
    void makeUnmarked(const QString &relative);
    // A file of that many bytes at an absolute path outside the home (a folder a variable
    // names), with the folders on its way.
    static void writeElsewhere(const QString &absolute, qint64 size);
    // Marks a folder (absolute) as a deletion marks what it renames aside, with no time it could
    // resume by: what a test that renames an entry aside by hand leaves.
    static void markSetAside(const QString &folder);

    // The dataset the fixture prepares and the repo it came from.
    static constexpr const char *kDataset = "org___set";
    static constexpr const char *kDatasetRepo = "datasets--org--set";
    static constexpr const char *kEndpoint = "https___cas-server.xethub.hf.co";

private:
    QTemporaryDir m_dir;
    QSet<QString> m_unmarked; // absolute
};

} // namespace hubdeck::test
