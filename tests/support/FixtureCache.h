// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace hubdeck::test {

// Builds hub caches on disk for tests, laid out as huggingface_hub writes them, with explicit
// access and modification times so every figure is known in advance.
class FixtureCache
{
public:
    static constexpr double kDefaultTime = 1700000000.0; // 2023-11-14

    FixtureCache();

    [[nodiscard]] QString root() const { return m_root; }
    [[nodiscard]] QString path(const QString &relative) const { return m_root + u'/' + relative; }

    // <repo>/blobs/<etag> with the given content and times; returns its absolute path.
    QString addBlob(const QString &repo, const QString &etag, const QByteArray &content, double atime = kDefaultTime,
                    double mtime = kDefaultTime);
    // <repo>/snapshots/<commit>/<file> -> ../../blobs/<etag> (more ../ for nested files).
    void addLink(const QString &repo, const QString &commit, const QString &file, const QString &etag);
    // A real file inside the snapshot, as symlink-less (Windows) caches have.
    void addCopiedFile(const QString &repo, const QString &commit, const QString &file, const QByteArray &content,
                       double atime = kDefaultTime, double mtime = kDefaultTime);
    void addRef(const QString &repo, const QString &ref, const QString &commit);
    void addEmptyRevision(const QString &repo, const QString &commit, double mtime = kDefaultTime);

    // The shared store: marker, payload and manifest lines; returns the payload's path.
    void markSharedStore();
    QString addPayload(const QString &hash, const QByteArray &content, const QStringList &manifestLines, bool writeManifest = true);
    // <repo>/blobs/<etag> -> ../../blobs/<h2>/<hash>
    void linkBlobToPayload(const QString &repo, const QString &etag, const QString &hash);

    void mkdir(const QString &relative);
    void writeFile(const QString &relative, const QByteArray &content);
    void symlink(const QString &relative, const QString &target);
    static void setTimes(const QString &absolutePath, double atime, double mtime);

    // What these files hold on disk now, st_blocks × 512 summed (links not followed): what a
    // deletion that removes them reports as freed.
    [[nodiscard]] static qint64 blocks(const QStringList &absolutePaths);
    // A 40-hex commit hash and a 64-hex etag, derived from a seed word.
    [[nodiscard]] static QString commit(const QString &seed);
    [[nodiscard]] static QString sha256(const QString &seed);

private:
    QTemporaryDir m_dir;
    QString m_root;
};

} // namespace hubdeck::test
