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
            steps.append({{}, FileName::decode(next), quint64(st.st_dev), quint64(st.st_ino), true});
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
            steps.append({{}, FileName::decode(next), quint64(st.st_dev), quint64(st.st_ino), false});
    }
    return steps;
}

CredentialFiles CredentialFiles::of(const HfHome &home)
{
    CredentialFiles files;
    for (const QString &credential : home.credentialPaths()) {
        QList<Step> steps = stepsOf(credential);
        if (!steps.isEmpty())
            files.m_credentials.append(credential);
        for (Step &step : steps) {
            step.credential = credential;
            files.m_steps.append(step);
        }
    }
    return files;
}

QString CredentialFiles::heldBy(const QStringList &paths) const
{
    for (const QString &path : paths) {
        const QString cleaned = QDir::cleanPath(path);
        const QString real = PosixFs::realLocation(cleaned);
        for (const QString &credential : m_credentials)
            if (within(QDir::cleanPath(credential), cleaned))
                return credential;
        for (const Step &step : m_steps)
            if (within(step.location, real) || within(step.location, cleaned))
                return step.credential;
        // The token or a link on its way under another name (a hard link, a bind mount):
        // removing that name alone would leave the token, but HubDeck does not bet on it.
        struct stat st
        {
        };
        if (::lstat(FileName::encode(cleaned).constData(), &st) == 0)
            for (const Step &step : m_steps)
                if (step.inode != 0 && quint64(st.st_dev) == step.device && quint64(st.st_ino) == step.inode)
                    return step.credential;
    }
    return {};
}

bool CredentialFiles::anyWithin(const QString &folder) const
{
    const QString real = PosixFs::realPath(folder);
    const QString cleaned = QDir::cleanPath(folder);
    return std::any_of(
               m_steps.cbegin(), m_steps.cend(),
               [&](const Step &step) { return (!real.isEmpty() && within(step.location, real)) || within(step.location, cleaned); }) ||
           std::any_of(m_credentials.cbegin(), m_credentials.cend(),
                       [&](const QString &credential) { return within(QDir::cleanPath(credential), cleaned); });
}

} // namespace hubdeck
