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

    [[nodiscard]] bool isDetached() const { return refs.isEmpty(); }
    [[nodiscard]] qsizetype nbFiles() const { return files.size(); }
};

} // namespace hubdeck
