// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "ListedDownloads.h"

#include "ArrivalTime.h"
#include "FileName.h"
#include "PosixFs.h"
#include "RemovedLinks.h"
#include "UniqueFd.h"

#include <QSet>

#include <fcntl.h>
#include <sys/stat.h>

namespace hubdeck {

ListedDownloads::ListedDownloads(const HomeEntry &entry, Through through, qint64 listedAtNs, const RemovedLinks *links)
    : m_entry(entry)
    , m_through(std::move(through))
    , m_links(links)
    , m_downloads(list(listedAtNs))
{
    m_at.reserve(m_downloads.size());
    for (qsizetype i = 0; i < m_downloads.size(); ++i)
        m_at.insert(m_downloads.at(i).path, i);
}

bool ListedDownloads::changedByRemoval(const struct stat &st) const
{
    return m_links && m_links->changedByRemoval(FileIdentity::of(st), ArrivalTime::nanoseconds(st.st_ctim));
}

QList<ListedDownloads::Download> ListedDownloads::list(qint64 listedAtNs) const
{
    QList<Download> downloads;
    UniqueFd dir = PosixFs::openDir(m_through(m_entry.path));
    QList<PosixFs::Entry> names;
    if (!dir.isValid() || !PosixFs::listDir(dir.get(), names))
        return downloads;
    const QList<QByteArray> separate = m_entry.separateChildren();
    for (const PosixFs::Entry &name : std::as_const(names)) {
        struct stat st
        {
        };
        if (separate.contains(name.name) || ::fstatat(dir.get(), name.name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        // Made or changed since the plan's scan (a birth is a change too).
        if (listedAtNs > 0 && ArrivalTime::nanoseconds(st.st_ctim) > listedAtNs && !changedByRemoval(st))
            continue;
        downloads.append({m_entry.path + u'/' + FileName::decode(name.name), FileIdentity::of(st), st.st_ctim,
                          S_ISREG(st.st_mode) && st.st_nlink <= 1 ? qint64(st.st_blocks) * 512 : 0});
    }
    return downloads;
}

bool ListedDownloads::isListed(const QString &reached, const Download &download) const
{
    struct stat st
    {
    };
    return ::lstat(FileName::encode(reached).constData(), &st) == 0 && FileIdentity::of(st) == download.identity &&
           ((st.st_ctim.tv_sec == download.changed.tv_sec && st.st_ctim.tv_nsec == download.changed.tv_nsec) || changedByRemoval(st));
}

QStringList ListedDownloads::paths() const
{
    QStringList paths;
    paths.reserve(m_downloads.size());
    for (const Download &download : m_downloads)
        paths.append(download.path);
    return paths;
}

QList<TreeMeasure::Root> ListedDownloads::roots() const
{
    QList<TreeMeasure::Root> roots;
    roots.reserve(m_downloads.size());
    for (const Download &download : m_downloads)
        roots.append({m_through(download.path), {}});
    return roots;
}

bool ListedDownloads::replaced(const QString &path, qint64 *blocks) const
{
    const auto at = m_at.constFind(path);
    if (at == m_at.cend())
        return false;
    const Download &download = m_downloads.at(*at);
    if (isListed(m_through(path), download))
        return false;
    if (blocks)
        *blocks = download.blocks;
    return true;
}

QStringList ListedDownloads::settle(QList<TreeMeasure::Root> &measured) const
{
    QHash<QString, qsizetype> rootAt; // measured roots by path, each download's once
    for (qsizetype i = 0; i < m_downloads.size(); ++i)
        rootAt.insert(m_through(m_downloads.at(i).path), i);
    QSet<QString> stayed;
    measured.removeIf([&](const TreeMeasure::Root &root) {
        const auto listed = rootAt.constFind(root.path);
        if (listed == rootAt.cend())
            return false; // a member or the leftover renamed aside
        const Download &download = m_downloads.at(*listed);
        if (isListed(root.path, download)) {
            stayed.insert(download.path);
            return false;
        }
        return true;
    });
    QStringList arrived;
    for (const Download &now : list(0))
        if (!stayed.contains(now.path))
            arrived.append(now.path);
    return arrived;
}

} // namespace hubdeck
