// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CachedFile.h"

#include <QList>
#include <QStringList>

namespace hubdeck {

struct CachedRevision
{
    QString commitHash; // the snapshot folder's name
    QStringList refs;   // sorted; empty means detached
    qint64 sizeOnDisk = 0;
    // Beyond huggingface_hub, which gives a revision no access time: the newest st_atime of
    // the blobs its files link to (the repo's own when it has no files), in seconds since the
    // epoch. What "not accessed for N days" and the least-recently-used picks judge a
    // revision by: a repo read yesterday through its main revision does not make an old
    // detached revision recent, and a partial download, which is no blob, makes nothing recent.
    double lastAccessed = 0;
    double lastModified = 0;
    QList<CachedFile> files;
    // Folders below the snapshot folder that hold nothing, relative to it, '/'-separated: a
    // file removal stopped between a file and its emptied folder leaves one. No file of the
    // revision, so no figure counts them; prune (and a file removal in their repo) removes them.
    QStringList emptyFolders;
    // snapshots/<hash> is a symlink to a folder elsewhere: its files are listed, but HubDeck
    // never deletes through a link, so the planner refuses it up front with the reason.
    bool isLink = false;

    [[nodiscard]] bool isDetached() const { return refs.isEmpty(); }
    [[nodiscard]] qsizetype nbFiles() const { return files.size(); }
};

} // namespace hubdeck
