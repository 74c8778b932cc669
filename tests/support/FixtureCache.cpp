// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FixtureCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hubdeck::test {

FixtureCache::FixtureCache()
{
    QVERIFY2(m_dir.isValid(), "cannot create a temporary folder");
    m_root = QDir(m_dir.path()).canonicalPath() + QStringLiteral("/hub");
    QDir().mkpath(m_root);
}

void FixtureCache::mkdir(const QString &relative)
{
    QDir().mkpath(path(relative));
}

void FixtureCache::writeFile(const QString &relative, const QByteArray &content)
{
    const QString full = path(relative);
    QDir().mkpath(QFileInfo(full).path());
    QFile file(full);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(full));
    file.write(content);
}

void FixtureCache::symlink(const QString &relative, const QString &target)
{
    const QString full = path(relative);
    QDir().mkpath(QFileInfo(full).path());
    if (::symlink(QFile::encodeName(target).constData(), QFile::encodeName(full).constData()) != 0)
        qFatal("cannot link %s", qPrintable(full));
}

void FixtureCache::setTimes(const QString &absolutePath, double atime, double mtime)
{
    auto toTimespec = [](double seconds) {
        timespec ts{};
        ts.tv_sec = time_t(seconds);
        ts.tv_nsec = long((seconds - double(ts.tv_sec)) * 1e9);
        return ts;
    };
    const timespec times[2] = {toTimespec(atime), toTimespec(mtime)};
    ::utimensat(AT_FDCWD, QFile::encodeName(absolutePath).constData(), times, 0);
}

QString FixtureCache::addBlob(const QString &repo, const QString &etag, const QByteArray &content, double atime, double mtime)
{
    const QString relative = repo + QStringLiteral("/blobs/") + etag;
    writeFile(relative, content);
    setTimes(path(relative), atime, mtime);
    return path(relative);
}

void FixtureCache::addLink(const QString &repo, const QString &commit, const QString &file, const QString &etag)
{
    const int depth = int(file.count(u'/'));
    QString target;
    for (int i = 0; i < depth + 2; ++i)
        target += QStringLiteral("../");
    mkdir(repo + QStringLiteral("/snapshots/") + commit);
    symlink(repo + QStringLiteral("/snapshots/") + commit + u'/' + file, target + QStringLiteral("blobs/") + etag);
}

void FixtureCache::addCopiedFile(const QString &repo, const QString &commit, const QString &file, const QByteArray &content, double atime,
                                 double mtime)
{
    const QString relative = repo + QStringLiteral("/snapshots/") + commit + u'/' + file;
    writeFile(relative, content);
    setTimes(path(relative), atime, mtime);
}

void FixtureCache::addRef(const QString &repo, const QString &ref, const QString &commit)
{
    writeFile(repo + QStringLiteral("/refs/") + ref, commit.toUtf8());
}

void FixtureCache::addEmptyRevision(const QString &repo, const QString &commit, double mtime)
{
    mkdir(repo + QStringLiteral("/snapshots/") + commit);
    setTimes(path(repo + QStringLiteral("/snapshots/") + commit), mtime, mtime);
}

void FixtureCache::markSharedStore()
{
    writeFile(QStringLiteral("blobs/.huggingface-shared-blobs"), "1\n");
}

QString FixtureCache::addPayload(const QString &hash, const QByteArray &content, const QStringList &manifestLines, bool writeManifest)
{
    const QString relative = QStringLiteral("blobs/") + hash.left(2) + u'/' + hash;
    writeFile(relative, content);
    if (writeManifest) {
        QByteArray manifest;
        for (const QString &line : manifestLines)
            manifest += line.toUtf8() + '\n';
        writeFile(relative + QStringLiteral(".refs"), manifest);
    }
    return path(relative);
}

void FixtureCache::linkBlobToPayload(const QString &repo, const QString &etag, const QString &hash)
{
    symlink(repo + QStringLiteral("/blobs/") + etag, QStringLiteral("../../blobs/") + hash.left(2) + u'/' + hash);
}

qint64 FixtureCache::blocks(const QStringList &absolutePaths)
{
    qint64 total = 0;
    for (const QString &path : absolutePaths) {
        struct stat st
        {
        };
        if (::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode))
            total += qint64(st.st_blocks) * 512;
    }
    return total;
}

QString FixtureCache::commit(const QString &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString FixtureCache::sha256(const QString &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace hubdeck::test
