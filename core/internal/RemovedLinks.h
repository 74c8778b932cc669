// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FileIdentity.h"
#include "InodeRanges.h"

#include <QHash>
#include <QList>

#include <sys/stat.h>

namespace hubdeck {

// The files with several names (hard links) of which a deletion removed one name while others
// stayed, each with the change time (ctime) that removal left on it. Removing a name moves the
// ctime of the file every other name reaches, and a ctime moved after a deletion began is how
// it tells a file moved or linked in meanwhile (SafeRemover::setKeepArrivals, ListedDownloads).
// Kept by the caller for a whole run, across removers and entries: two entries sharing files
// (a downloads folder copied with `cp -al`, then moved by HF_DATASETS_DOWNLOADED_DATASETS_PATH)
// went together, and the second one's files were all kept as "written by another program"
// after the first one's removals (attack report 17, F4). One run at a time: not thread-safe.
class RemovedLinks
{
public:
    // Removes `name` from the folder open at dirFd, as unlinkat(dirFd, name, 0): 0, or the
    // errno. `before` is its lstat from just before. When it is a regular file with other names,
    // its ctime after the removal is recorded, read through a descriptor opened on the file
    // itself (O_PATH: no access time moves) and checked to be the file `before` described.
    [[nodiscard]] int unlink(int dirFd, const char *name, const struct stat &before);
    // Whether the file's ctime (ns since the epoch) is the one a removal of this run left: its
    // change is the run's own, not an arrival's. A file changed again since (moved or linked in,
    // chmod'ed) is not.
    [[nodiscard]] bool changedByRemoval(const FileIdentity &file, qint64 ctimeNs) const;
    // Records the removals a stopped run made (kept on its folder by AsideFolder::recordStop):
    // the files on `device` it removed one name of, whose ctime it moved into (sinceNs, untilNs]
    // (ns since the epoch). A file's ctime in that time is the stopped run's doing: only the
    // inode is kept on the folder, so that thousands fit where its attributes must.
    void addStopped(quint64 device, const InodeRanges &inodes, qint64 sinceNs, qint64 untilNs)
    {
        m_stopped.append({device, inodes, sinceNs, untilNs});
    }
    // The files on `device` whose recorded ctime lies in (sinceNs, untilNs]: what this run's
    // removals in that time changed (one entry's, between its setting aside and its stop).
    [[nodiscard]] InodeRanges changedWithin(quint64 device, qint64 sinceNs, qint64 untilNs) const;

private:
    QHash<FileIdentity, qint64> m_changedAt; // ctime in ns since the epoch after the last removal
    struct Stopped
    {
        quint64 device = 0;
        InodeRanges inodes;
        qint64 sinceNs = 0;
        qint64 untilNs = 0;
    };
    QList<Stopped> m_stopped;
};

} // namespace hubdeck
