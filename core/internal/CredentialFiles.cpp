// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CredentialFiles.h"

#include "FileName.h"
#include "HfHome.h"
#include "PosixFs.h"

#include <QDir>

#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>

namespace hubdeck {

namespace {

constexpr int kMaxLinks = 40; // the kernel's MAXSYMLINKS

QList<QByteArray> components(const QByteArray &path)
{
    QList<QByteArray> result;
    for (const QByteArray &part : path.split('/'))
        if (!part.isEmpty() && part != ".")
            result.append(part);
    return result;
}

QByteArray parentOf(const QByteArray &path)
{
    const qsizetype slash = path.lastIndexOf('/');
    return slash <= 0 ? QByteArray("/") : path.left(slash);
}

QByteArray joined(const QByteArray &folder, const QByteArray &name)
{
    return folder == "/" ? '/' + name : folder + '/' + name;
}

bool within(const QString &path, const QString &root)
{
    return path == root || (path.startsWith(root) && (root.endsWith(u'/') || path.at(root.size()) == u'/'));
}

} // namespace

QList<CredentialFiles::Step> CredentialFiles::stepsOf(const QString &path)
{
    QList<Step> steps;
    QByteArray start = FileName::encode(QDir::isAbsolutePath(path) ? path : QDir::current().absoluteFilePath(path));
    if (start.isEmpty())
        return steps;
    QList<QByteArray> queue = components(start);
    QByteArray current("/"); // resolved so far: no link in it
    int links = 0;
    while (!queue.isEmpty()) {
        const QByteArray name = queue.takeFirst();
        if (name == "..") {
            current = parentOf(current);
            continue;
        }
        const QByteArray next = joined(current, name);
        struct stat st
        {
        };
        if (::lstat(next.constData(), &st) != 0)
            return {}; // no such file: nothing to keep (yet); the run checks again
        if (S_ISLNK(st.st_mode)) {
            steps.append({{}, FileName::decode(next), quint64(st.st_dev), quint64(st.st_ino)});
            const std::optional<QByteArray> target = PosixFs::readLink(AT_FDCWD, next);
            if (!target || ++links > kMaxLinks)
                return steps; // unreadable or a loop: the file cannot be reached, the links can
            if (target->startsWith('/'))
                current = "/";
            queue = components(*target) + queue;
            continue;
        }
        current = next;
        if (queue.isEmpty())
            steps.append({{}, FileName::decode(next), quint64(st.st_dev), quint64(st.st_ino)});
    }
    return steps;
}

CredentialFiles CredentialFiles::of(const HfHome &home)
{
    CredentialFiles files;
    for (const QString &credential : home.protectedPaths()) {
        QList<Step> steps = stepsOf(credential);
        if (!steps.isEmpty())
            files.m_credentials.append(credential);
        for (Step &step : steps) {
            step.credential = credential;
            files.m_identities.insert({step.device, step.inode}, credential);
            // Every folder on the step's real path (it has no link in it): an entry that is one
            // of them holds the step, whatever name reaches it.
            QByteArray folder = FileName::encode(step.location);
            for (qsizetype slash = folder.lastIndexOf('/'); slash > 0; slash = folder.lastIndexOf('/')) {
                folder.truncate(slash);
                struct stat st
                {
                };
                if (::lstat(folder.constData(), &st) == 0)
                    files.m_identities.insert(FileIdentity::of(st), credential);
            }
        }
    }
    return files;
}

QString CredentialFiles::credentialOf(quint64 device, quint64 inode) const
{
    return m_identities.value({device, inode});
}

QString CredentialFiles::heldBy(const QStringList &paths) const
{
    if (m_credentials.isEmpty())
        return {};
    for (const QString &path : paths) {
        const QString cleaned = QDir::cleanPath(path);
        for (const QString &credential : m_credentials)
            if (within(QDir::cleanPath(credential), cleaned))
                return credential;
        struct stat st
        {
        };
        if (::lstat(FileName::encode(cleaned).constData(), &st) == 0)
            if (const QString held = credentialOf(quint64(st.st_dev), quint64(st.st_ino)); !held.isEmpty())
                return held;
    }
    return {};
}

bool CredentialFiles::anyWithin(const QString &folder) const
{
    if (m_credentials.isEmpty())
        return false;
    struct stat st
    {
    };
    if (::stat(FileName::encode(folder).constData(), &st) == 0 && !credentialOf(quint64(st.st_dev), quint64(st.st_ino)).isEmpty())
        return true;
    const QString cleaned = QDir::cleanPath(folder);
    return std::any_of(m_credentials.cbegin(), m_credentials.cend(),
                       [&](const QString &credential) { return within(QDir::cleanPath(credential), cleaned); });
}

} // namespace hubdeck
