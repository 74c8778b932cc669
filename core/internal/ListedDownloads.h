// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FileIdentity.h"
#include "HomeEntry.h"
#include "TreeMeasure.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <ctime>
#include <functional>
#include <sys/stat.h>

namespace hubdeck {

class RemovedLinks;

// The downloads of datasets' downloads/ as a deletion (HomeDeletion::run) listed them when it
// began: each by its file's identity, so that a name that later holds another file (fetched
// again: written aside and renamed over it, or removed and made anew, which may reuse the inode
// number) is not taken for the listed download. Told by inode and ctime together (attack S3). One
// that arrives while they go (a load_dataset in another terminal) is the library's: left, not
// counted as unremoved, not subtracted from freed (attack Q9).
class ListedDownloads
{
public:
    // How the run reaches a path (through its part's descriptor: see HomeDeletion::run).
    using Through = std::function<QString(const QString &path)>;

    // Lists what the entry's folder holds now, but the entries of their own in it
    // (HomeEntry::separateChildren: extracted/), and, when listedAtNs is given (ns since the
    // epoch), what was made or changed after it (born or ctime later: the plan never showed it;
    // settle() then names it as arrived). A change the run's own removal of another name of
    // the file made (links, when given) is not one: an entry sharing hard links with one the
    // run deleted before is listed whole (attack report 17, F4). Paths are the entry's, as
    // targets name them.
    ListedDownloads(const HomeEntry &entry, Through through, qint64 listedAtNs = 0, const RemovedLinks *links = nullptr);

    // The listed downloads' paths, in listing order: what the run removes, one by one.
    [[nodiscard]] QStringList paths() const;
    // A measure root per listed download, reached through the run's descriptor.
    [[nodiscard]] QList<TreeMeasure::Root> roots() const;
    // Whether path is a listed download whose name now holds another file or nothing (the
    // library fetched it again, or another program removed it): not the run's to remove or
    // count. *blocks then gets what the listed file held (st_blocks × 512, 0 for a folder or a
    // file linked elsewhere). False for a path that is not a listed download.
    [[nodiscard]] bool replaced(const QString &path, qint64 *blocks) const;
    // After the removals: takes out of `measured` the roots of listed downloads no longer there
    // as listed (removed, or replaced: gone as far as this run goes), and returns the paths of
    // what the folder holds now that was not listed as it is (arrived).
    [[nodiscard]] QStringList settle(QList<TreeMeasure::Root> &measured) const;

private:
    struct Download
    {
        QString path; // under the entry's own path
        FileIdentity identity;
        timespec changed{}; // st_ctim
        qint64 blocks = 0;  // st_blocks × 512 of a file with one link; folders are measured
    };
    [[nodiscard]] QList<Download> list(qint64 listedAtNs) const;
    // Whether a file's ctime (ns) is the one a removal of this run left (RemovedLinks).
    [[nodiscard]] bool changedByRemoval(const struct stat &st) const;
    [[nodiscard]] bool isListed(const QString &reached, const Download &download) const;

    HomeEntry m_entry;
    Through m_through;
    const RemovedLinks *m_links = nullptr;
    QList<Download> m_downloads;
    QHash<QString, qsizetype> m_at; // by path, as targets name them
};

} // namespace hubdeck
