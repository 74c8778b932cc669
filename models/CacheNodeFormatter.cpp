// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheNodeFormatter.h"

#include "CacheScan.h"
#include "CacheTreeModel.h"
#include "DisplayFormat.h"
#include "PrintableText.h"
#include "RowFrees.h"

#include <QDateTime>

namespace hubdeck {

// The column and role names are the model's public API; spelling each one out in full
// would bury what the rows show.
using enum CacheTreeModel::Column;
using enum CacheTreeModel::Role;

namespace {

QString absoluteDate(double seconds)
{
    return DisplayFormat::dateTime(seconds);
}

// Names as PrintableText shows them: a byte that is not UTF-8 as \xff, a newline as \n, so a
// row stays one line and every name can be told from every other.
QString shown(const QString &name)
{
    return PrintableText::name(name);
}

QString shown(const QStringList &names, const QString &separator)
{
    return PrintableText::names(names, separator);
}

// A tooltip is shown as rich text when Qt guesses it might be (a "<b>" in a file name
// would do); escaped names are plain text and must stay so.
QString toolTip(const QString &plain)
{
    return PrintableText::plainToolTip(plain);
}

// Why a row's Frees differs from its Size, in one sentence.
QString freesToolTip(qint64 frees, qint64 size, bool linked)
{
    if (linked)
        return CacheTreeModel::tr("Frees nothing: part of it is reached through a link, and HubDeck never deletes through a link.");
    if (frees >= size)
        return CacheTreeModel::tr("Deleting this alone frees %1 (%2 bytes).").arg(DisplayFormat::size(frees)).arg(frees);
    return CacheTreeModel::tr("Deleting this alone frees %1 of its %2: the rest are blobs that other revisions or repos still use.")
        .arg(DisplayFormat::size(frees), DisplayFormat::size(size));
}

} // namespace

CacheNodeFormatter::CacheNodeFormatter(const CacheScan &scan, const RowFrees &frees, double now, qint64 largestRepo)
    : m_scan(scan)
    , m_frees(frees)
    , m_now(now)
    , m_largestRepo(largestRepo)
{}

QVariant CacheNodeFormatter::repoData(int r, int column, int role) const
{
    const CachedRepo &repo = m_scan.repos[r];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return shown(repo.repoId);
        case TypeColumn:
            return DisplayFormat::repoType(repo.type);
        case SizeColumn:
            return DisplayFormat::size(repo.sizeOnDisk);
        case FreesColumn:
            return DisplayFormat::size(m_frees.repo(r));
        case FilesColumn:
            return repo.nbFiles();
        case AccessedColumn:
            return DisplayFormat::timeSince(repo.lastAccessed, m_now);
        case ModifiedColumn:
            return DisplayFormat::timeSince(repo.lastModified, m_now);
        case RefsColumn:
            return shown(repo.refs(), QStringLiteral(", "));
        }
        return {};
    case SortRole:
        switch (column) {
        case NameColumn:
            return repo.repoId.toLower();
        case TypeColumn:
            return repoTypeName(repo.type);
        case SizeColumn:
            return repo.sizeOnDisk;
        case FreesColumn:
            return m_frees.repo(r);
        case FilesColumn:
            return repo.nbFiles();
        case AccessedColumn:
            return repo.lastAccessed;
        case ModifiedColumn:
            return repo.lastModified;
        case RefsColumn:
            return repo.refs().join(u' ');
        }
        return {};
    case Qt::ToolTipRole:
        if (column == SizeColumn) {
            qint64 sum = 0;
            for (const CachedRevision &revision : repo.revisions)
                sum += revision.sizeOnDisk;
            if (sum > repo.sizeOnDisk)
                return CacheTreeModel::tr("%1 on disk. Its revisions add up to %2 because they share blobs, which are stored once.")
                    .arg(DisplayFormat::size(repo.sizeOnDisk), DisplayFormat::size(sum));
            return CacheTreeModel::tr("%1 on disk (%2 bytes)").arg(DisplayFormat::size(repo.sizeOnDisk)).arg(repo.sizeOnDisk);
        }
        if (column == FreesColumn)
            return freesToolTip(m_frees.repo(r), repo.sizeOnDisk, !repo.linkedFolders.isEmpty());
        if (column == AccessedColumn)
            return CacheTreeModel::tr("%1 (approximate: access times are updated lazily on relatime and noatime mounts)")
                .arg(absoluteDate(repo.lastAccessed));
        if (column == ModifiedColumn)
            return absoluteDate(repo.lastModified);
        return toolTip(shown(repo.repoPath));
    case FreesRole:
        return m_frees.repo(r);
    case RepoTypeRole:
        return int(repo.type);
    case PathRole:
        return repo.repoPath;
    case CacheIdRole:
        return repo.cacheId();
    case LastAccessedRole:
        return repo.lastAccessed;
    case SizeFractionRole:
        return m_largestRepo > 0 ? double(repo.sizeOnDisk) / double(m_largestRepo) : 0.0;
    case SearchTextRole:
        return shown(repo.cacheId()) + u' ' + shown(repo.refs(), QStringLiteral(" "));
    }
    return {};
}

QVariant CacheNodeFormatter::corruptedData(int c, int column, int role) const
{
    const CorruptedRepo &corrupted = m_scan.corrupted[c];
    const QString name = shown(corrupted.path.section(u'/', -1));
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return name;
        case TypeColumn:
            return CacheTreeModel::tr("corrupted");
        case SizeColumn:
            return DisplayFormat::size(corrupted.sizeOnDisk);
        case FreesColumn:
            return DisplayFormat::size(m_frees.corrupted(c));
        case RefsColumn:
            return DisplayFormat::corruption(corrupted.reason);
        }
        return {};
    case SortRole:
        switch (column) {
        case NameColumn:
            return name.toLower();
        case SizeColumn:
            return corrupted.sizeOnDisk;
        case FreesColumn:
            return m_frees.corrupted(c);
        case TypeColumn:
            return QStringLiteral("~corrupted");
        case RefsColumn:
            return DisplayFormat::corruption(corrupted.reason);
        }
        return 0;
    case Qt::ToolTipRole:
        return toolTip(CacheTreeModel::tr("huggingface_hub skips this entry: %1\nTick it to remove it.").arg(shown(corrupted.message)));
    case FreesRole:
        return m_frees.corrupted(c);
    case PathRole:
        return corrupted.path;
    case SearchTextRole:
        return name + u' ' + shown(corrupted.message) + u' ' + DisplayFormat::corruption(corrupted.reason);
    }
    return {};
}

QVariant CacheNodeFormatter::revisionData(int r, int v, int column, int role) const
{
    const CachedRepo &repo = m_scan.repos[r];
    const CachedRevision &revision = repo.revisions[v];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return revision.refs.isEmpty()
                       ? CacheTreeModel::tr("%1 (detached)").arg(shown(revision.commitHash.left(12)))
                       : QStringLiteral("%1 (%2)").arg(shown(revision.commitHash.left(12)), shown(revision.refs, QStringLiteral(", ")));
        case TypeColumn:
            return CacheTreeModel::tr("revision");
        case SizeColumn:
            return DisplayFormat::size(revision.sizeOnDisk);
        case FreesColumn:
            return DisplayFormat::size(m_frees.revision(r, v));
        case FilesColumn:
            return revision.nbFiles();
        case AccessedColumn:
            return DisplayFormat::timeSince(revision.lastAccessed, m_now);
        case ModifiedColumn:
            return DisplayFormat::timeSince(revision.lastModified, m_now);
        case RefsColumn:
            return shown(revision.refs, QStringLiteral(", "));
        }
        return {};
    case SortRole:
        switch (column) {
        case NameColumn:
            return revision.commitHash;
        case SizeColumn:
            return revision.sizeOnDisk;
        case FreesColumn:
            return m_frees.revision(r, v);
        case FilesColumn:
            return revision.nbFiles();
        case AccessedColumn:
            return revision.lastAccessed;
        case ModifiedColumn:
            return revision.lastModified;
        case RefsColumn:
            return revision.refs.join(u' ');
        }
        return QString();
    case Qt::ToolTipRole:
        if (column == FreesColumn)
            return freesToolTip(m_frees.revision(r, v), revision.sizeOnDisk, revision.isLink || !repo.linkedFolders.isEmpty());
        if (column == AccessedColumn)
            return CacheTreeModel::tr("%1: the newest access of the blobs this revision uses (approximate on relatime and noatime mounts)")
                .arg(absoluteDate(revision.lastAccessed));
        if (column == ModifiedColumn)
            return absoluteDate(revision.lastModified);
        return toolTip(CacheTreeModel::tr("Commit %1\n%2").arg(shown(revision.commitHash), shown(repo.snapshotPath(revision))));
    case FreesRole:
        return m_frees.revision(r, v);
    case RepoTypeRole:
        return int(repo.type);
    case PathRole:
        return repo.snapshotPath(revision);
    case CommitHashRole:
        return revision.commitHash;
    case CacheIdRole:
        return repo.cacheId();
    case LastAccessedRole:
        return revision.lastAccessed;
    case DetachedRole:
        return revision.isDetached();
    case SizeFractionRole:
        return repo.sizeOnDisk > 0 ? std::min(1.0, double(revision.sizeOnDisk) / double(repo.sizeOnDisk)) : 0.0;
    case SearchTextRole:
        return shown(revision.commitHash) + u' ' + shown(revision.refs, QStringLiteral(" "));
    }
    return {};
}

QVariant CacheNodeFormatter::incompleteData(int r, int i, int column, int role) const
{
    const IncompleteFile &file = m_scan.repos[r].incompleteFiles[i];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return CacheTreeModel::tr("%1 (partial download)").arg(shown(file.path.section(u'/', -1)).left(24));
        case TypeColumn:
            return CacheTreeModel::tr("incomplete");
        case SizeColumn:
        case FreesColumn: // nothing else uses a partial download
            return DisplayFormat::size(file.size);
        }
        return {};
    case SortRole:
        return column == SizeColumn || column == FreesColumn ? QVariant(file.size) : QVariant(file.path);
    case FreesRole:
        return file.size;
    case Qt::ToolTipRole:
        return toolTip(CacheTreeModel::tr("An interrupted download. \"Prune\" removes it unless the download is still running.\n%1")
                           .arg(shown(file.path)));
    case PathRole:
        return file.path;
    case CacheIdRole:
        return m_scan.repos[r].cacheId();
    case SearchTextRole:
        return shown(file.path.section(u'/', -1));
    }
    return {};
}

QVariant CacheNodeFormatter::fileData(int r, int v, int f, int column, int role) const
{
    const CachedRepo &repo = m_scan.repos[r];
    const CachedRevision &revision = repo.revisions[v];
    const CachedFile &file = revision.files[f];
    const CachedBlob &blob = repo.blobs[file.blob];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return shown(file.relativePath);
        case TypeColumn:
            return CacheTreeModel::tr("file");
        case SizeColumn:
            return DisplayFormat::size(blob.size);
        case AccessedColumn:
            return DisplayFormat::timeSince(blob.lastAccessed, m_now);
        case ModifiedColumn:
            return DisplayFormat::timeSince(blob.lastModified, m_now);
        }
        return {};
    case SortRole:
        switch (column) {
        case NameColumn:
            return file.relativePath.toLower();
        case SizeColumn:
            return blob.size;
        case AccessedColumn:
            return blob.lastAccessed;
        case ModifiedColumn:
            return blob.lastModified;
        }
        return QString();
    case Qt::ToolTipRole:
        return toolTip(CacheTreeModel::tr("%1\nBlob: %2").arg(shown(repo.filePath(revision, file)), shown(repo.blobPath(blob))));
    case RepoTypeRole:
        return int(repo.type);
    case PathRole:
        return repo.filePath(revision, file);
    case CommitHashRole:
        return revision.commitHash;
    case CacheIdRole:
        return repo.cacheId();
    case LastAccessedRole:
        return blob.lastAccessed;
    case SizeFractionRole:
        return revision.sizeOnDisk > 0 ? std::min(1.0, double(blob.size) / double(revision.sizeOnDisk)) : 0.0;
    case SearchTextRole:
        return shown(file.relativePath);
    }
    return {};
}

} // namespace hubdeck
