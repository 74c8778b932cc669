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
    double lastModified = 0;
    QList<CachedFile> files;
    // snapshots/<hash> is a symlink to a folder elsewhere: its files are listed, but HubDeck
    // never deletes through a link, so the planner refuses it up front with the reason.
    bool isLink = false;

    [[nodiscard]] bool isDetached() const { return refs.isEmpty(); }
    [[nodiscard]] qsizetype nbFiles() const { return files.size(); }
};

} // namespace hubdeck
