// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheTreeModel.h"

#include "CacheNodeFormatter.h"
#include "CacheScanPatcher.h"
#include "DeletionReport.h"
#include "HumanFormat.h"

#include <QSet>

namespace hubdeck {

namespace {

// internalId names the parent: 0 for top-level rows; for rows under a repo, kUnderRepo and
// the repo's identity; for files, kUnderRevision and the revision's identity. Identities,
// not rows: see CacheTreeIdentities.
constexpr quintptr kUnderRepo = 1;
constexpr quintptr kUnderRevision = 2;

quintptr encode(quintptr kind, quint32 identity)
{
    return kind | (quintptr(identity) << 2);
}

quint32 identityOf(quintptr id)
{
    return quint32(id >> 2);
}

} // namespace

CacheTreeModel::CacheTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_now(HumanFormat::now())
{}

void CacheTreeModel::setScan(CacheScan scan)
{
    beginResetModel();
    m_scan = std::move(scan);
    m_ids.reset(m_scan);
    m_ledger.reset(&m_scan);
    m_frees = RowFrees::measure(m_scan, m_ledger);
    m_now = HumanFormat::now();
    updateLargestRepo();
    endResetModel();
    Q_EMIT checksChanged();
}

void CacheTreeModel::updateLargestRepo()
{
    m_largestRepo = 0;
    for (const CachedRepo &repo : std::as_const(m_scan.repos))
        m_largestRepo = std::max(m_largestRepo, repo.sizeOnDisk);
}

CacheTreeModel::Node CacheTreeModel::node(const QModelIndex &index) const
{
    // An invalid index (a view's current row when a filter hides every row) is no row: read as
    // row -1 at the top it was once taken for repos[-1] (attack K6: a crash typing a filter).
    if (!index.isValid())
        return {NodeKind::None, -1, -1, -1};
    const quintptr id = index.internalId();
    const quintptr kind = id & 3;
    if (kind == 0) {
        const bool isRepo = index.row() < m_scan.repos.size();
        return {isRepo ? NodeKind::Repo : NodeKind::Corrupted, index.row(), -1, -1};
    }
    if (kind == kUnderRepo) {
        const int top = m_ids.repoRow(identityOf(id));
        Q_ASSERT(top != CacheTreeIdentities::kGone); // an index under a removed repo was used
        const bool isRevision = index.row() < m_scan.repos[top].revisions.size();
        return {isRevision ? NodeKind::Revision : NodeKind::Incomplete, top, index.row(), -1};
    }
    const quint32 revision = identityOf(id);
    Q_ASSERT(m_ids.isValidRevisionId(revision)); // an index under a removed revision was used
    return {NodeKind::File, m_ids.repoRow(m_ids.repoOfRevision(revision)), m_ids.revisionRow(revision), index.row()};
}

CacheTreeModel::NodeKind CacheTreeModel::kind(const QModelIndex &index) const
{
    return node(index).kind;
}

int CacheTreeModel::repoRow(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    const Node n = node(index);
    return n.kind == NodeKind::Corrupted ? -1 : n.top;
}

int CacheTreeModel::revisionRow(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    const Node n = node(index);
    return n.kind == NodeKind::Revision || n.kind == NodeKind::File ? n.revision : -1;
}

QModelIndex CacheTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const Node p = node(parent);
    if (p.kind == NodeKind::Repo)
        return createIndex(row, column, encode(kUnderRepo, m_ids.repoId(p.top)));
    return createIndex(row, column, encode(kUnderRevision, m_ids.revisionId(p.top, p.revision)));
}

QModelIndex CacheTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    switch (id & 3) {
    case kUnderRepo:
        return createIndex(m_ids.repoRow(identityOf(id)), 0, quintptr(0));
    case kUnderRevision: {
        const quint32 revision = identityOf(id);
        return createIndex(m_ids.revisionRow(revision), 0, encode(kUnderRepo, m_ids.repoOfRevision(revision)));
    }
    default:
        return {};
    }
}

int CacheTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_scan.repos.size() + m_scan.corrupted.size());
    if (parent.column() != 0)
        return 0;
    const Node n = node(parent);
    if (n.kind == NodeKind::Repo) {
        const CachedRepo &repo = m_scan.repos[n.top];
        return int(repo.revisions.size() + repo.incompleteFiles.size());
    }
    if (n.kind == NodeKind::Revision)
        return int(m_scan.repos[n.top].revisions[n.revision].files.size());
    return 0;
}

bool CacheTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

int CacheTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CacheTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case TypeColumn:
            return tr("Type");
        case SizeColumn:
            return tr("Size");
        case FreesColumn:
            return tr("Frees");
        case FilesColumn:
            return tr("Files");
        case AccessedColumn:
            return tr("Last accessed");
        case ModifiedColumn:
            return tr("Last modified");
        case RefsColumn:
            return tr("Refs");
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == SizeColumn)
            return tr("Bytes on disk. A blob shared by several revisions is counted once for the repo, "
                      "so a repo can be smaller than the sum of its revisions.");
        if (section == FreesColumn)
            return tr("What deleting this row alone frees: Size counts what the row holds, Frees leaves out the "
                      "blobs that other revisions or repos still use.");
        if (section == AccessedColumn)
            return tr("Newest access time of the repo's blobs. On file systems mounted with relatime "
                      "(the Linux default) it is updated at most once a day, and never with noatime: "
                      "treat it as approximate.");
    }
    return {};
}

Qt::CheckState CacheTreeModel::repoCheckState(int repo) const
{
    const int selected = m_ledger.selectedRevisionCount(repo);
    if (selected == 0)
        return Qt::Unchecked;
    return selected == m_scan.repos[repo].revisions.size() ? Qt::Checked : Qt::PartiallyChecked;
}

QVariant CacheTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node n = node(index);
    if (role == NodeKindRole)
        return int(n.kind);
    if (role == Qt::TextAlignmentRole)
        return index.column() == SizeColumn || index.column() == FreesColumn || index.column() == FilesColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == Qt::CheckStateRole)
        return index.column() == NameColumn ? checkStateData(n) : QVariant();
    if (role == FreesRole && n.kind == NodeKind::File)
        return qint64(-1); // a file goes with its revision, never alone
    const CacheNodeFormatter formatter(m_scan, m_frees, m_now, m_largestRepo);
    switch (n.kind) {
    case NodeKind::Repo:
        return formatter.repoData(n.top, index.column(), role);
    case NodeKind::Corrupted:
        return formatter.corruptedData(n.top - int(m_scan.repos.size()), index.column(), role);
    case NodeKind::Revision:
        return formatter.revisionData(n.top, n.revision, index.column(), role);
    case NodeKind::Incomplete:
        return formatter.incompleteData(n.top, n.revision - int(m_scan.repos[n.top].revisions.size()), index.column(), role);
    case NodeKind::File:
        return formatter.fileData(n.top, n.revision, n.file, index.column(), role);
    case NodeKind::None:
        break;
    }
    return {};
}

QVariant CacheTreeModel::checkStateData(const Node &n) const
{
    switch (n.kind) {
    case NodeKind::Repo:
        return QVariant(repoCheckState(n.top));
    case NodeKind::Corrupted:
        if (!m_scan.corrupted[n.top - int(m_scan.repos.size())].deletable)
            break; // credentials or another cache of an HF_HOME: never offered for deletion
        return QVariant(m_ledger.isCorruptedSelected(n.top - int(m_scan.repos.size())) ? Qt::Checked : Qt::Unchecked);
    case NodeKind::Revision:
        return QVariant(m_ledger.isRevisionSelected(n.top, n.revision) ? Qt::Checked : Qt::Unchecked);
    case NodeKind::Incomplete:
    case NodeKind::File:
    case NodeKind::None:
        break; // partial downloads go with "Prune", files with their revision
    }
    return {};
}

Qt::ItemFlags CacheTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn) {
        const NodeKind k = node(index).kind;
        if (k == NodeKind::Repo)
            flags |= Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate;
        else if (k == NodeKind::Revision ||
                 (k == NodeKind::Corrupted && m_scan.corrupted[node(index).top - int(m_scan.repos.size())].deletable))
            flags |= Qt::ItemIsUserCheckable;
    }
    if (node(index).kind == NodeKind::File || node(index).kind == NodeKind::Incomplete)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

bool CacheTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != NameColumn)
        return false;
    const bool checked = value.toInt() != Qt::Unchecked;
    const Node n = node(index);
    switch (n.kind) {
    case NodeKind::Repo: {
        // A partially ticked repo becomes fully ticked, as a tristate box does.
        const bool target = repoCheckState(n.top) == Qt::Checked ? checked : (checked || value.toInt() == Qt::PartiallyChecked);
        for (int v = 0; v < m_scan.repos[n.top].revisions.size(); ++v)
            m_ledger.setRevisionSelected(n.top, v, target);
        emitRepoChecksChanged(n.top);
        return true;
    }
    case NodeKind::Revision:
        setRevisionChecked(n.top, n.revision, checked);
        return true;
    case NodeKind::Corrupted:
        setCorruptedChecked(n.top - int(m_scan.repos.size()), checked);
        return true;
    default:
        return false;
    }
}

void CacheTreeModel::emitRepoChecksChanged(int repo)
{
    const QModelIndex repoIndex = index(repo, NameColumn);
    Q_EMIT dataChanged(repoIndex, repoIndex, {Qt::CheckStateRole});
    const int revisions = int(m_scan.repos[repo].revisions.size());
    if (revisions > 0)
        Q_EMIT dataChanged(index(0, NameColumn, repoIndex), index(revisions - 1, NameColumn, repoIndex), {Qt::CheckStateRole});
    Q_EMIT checksChanged();
}

void CacheTreeModel::setRevisionChecked(int repo, int revision, bool checked)
{
    if (!m_ledger.setRevisionSelected(repo, revision, checked))
        return;
    const QModelIndex repoIndex = index(repo, NameColumn);
    const QModelIndex revisionIndex = index(revision, NameColumn, repoIndex);
    Q_EMIT dataChanged(revisionIndex, revisionIndex, {Qt::CheckStateRole});
    Q_EMIT dataChanged(repoIndex, repoIndex, {Qt::CheckStateRole});
    Q_EMIT checksChanged();
}

void CacheTreeModel::setCorruptedChecked(int corrupted, bool checked)
{
    if (!m_ledger.setCorruptedSelected(corrupted, checked))
        return;
    const QModelIndex corruptedIndex = index(int(m_scan.repos.size()) + corrupted, NameColumn);
    Q_EMIT dataChanged(corruptedIndex, corruptedIndex, {Qt::CheckStateRole});
    Q_EMIT checksChanged();
}

int CacheTreeModel::checkRevisions(const std::function<bool(const CachedRepo &, const CachedRevision &)> &predicate, bool checked)
{
    int accepted = 0;
    for (int r = 0; r < m_scan.repos.size(); ++r) {
        bool changed = false;
        const CachedRepo &repo = m_scan.repos[r];
        for (int v = 0; v < repo.revisions.size(); ++v) {
            if (predicate(repo, repo.revisions[v])) {
                ++accepted;
                changed |= m_ledger.setRevisionSelected(r, v, checked);
            }
        }
        if (changed) {
            const QModelIndex repoIndex = index(r, NameColumn);
            Q_EMIT dataChanged(repoIndex, repoIndex, {Qt::CheckStateRole});
            if (!repo.revisions.isEmpty())
                Q_EMIT dataChanged(index(0, NameColumn, repoIndex), index(int(repo.revisions.size()) - 1, NameColumn, repoIndex),
                                   {Qt::CheckStateRole});
        }
    }
    Q_EMIT checksChanged();
    return accepted;
}

void CacheTreeModel::clearChecks()
{
    checkRevisions([](const CachedRepo &, const CachedRevision &) { return true; }, false);
    for (int c = 0; c < m_scan.corrupted.size(); ++c)
        setCorruptedChecked(c, false);
}

void CacheTreeModel::removeRowRuns(const QModelIndex &parent, int begin, int end, const std::function<bool(int)> &removed,
                                   const std::function<void(int, int)> &take)
{
    for (int last = end - 1; last >= begin; --last) {
        if (!removed(last))
            continue;
        int first = last;
        while (first > begin && removed(first - 1))
            --first;
        beginRemoveRows(parent, first, last);
        take(first, last - first + 1);
        endRemoveRows();
        last = first;
    }
}

void CacheTreeModel::applyDeletion(const DeletionReport &report)
{
    // Ticks are kept by identity, so that they follow their revision when rows move and never
    // jump to another repo's revision with the same commit hash.
    QList<quint32> keptRevisions;
    for (int r = 0; r < m_scan.repos.size(); ++r)
        for (int v = 0; v < m_scan.repos[r].revisions.size(); ++v)
            if (m_ledger.isRevisionSelected(r, v))
                keptRevisions.append(m_ids.revisionId(r, v));
    const QSet<QString> keptCorrupted = m_ledger.selectedCorruptedPaths();
    m_ledger.reset(nullptr); // rows are about to move: no ticks are shown until they are restored

    const QSet<QString> repos(report.removedRepos.cbegin(), report.removedRepos.cend());
    const QSet<QString> snapshots(report.removedSnapshots.cbegin(), report.removedSnapshots.cend());
    const QSet<QString> incomplete(report.removedIncompleteFiles.cbegin(), report.removedIncompleteFiles.cend());

    // Top level: corrupted entries (after the repos), then repos. Each list is handled on its
    // own so that one run of removed rows never spans both.
    const int repoCount = int(m_scan.repos.size());
    removeRowRuns(
        {}, repoCount, repoCount + int(m_scan.corrupted.size()),
        [&](int row) { return repos.contains(m_scan.corrupted[row - repoCount].path); },
        [&](int first, int count) { m_scan.corrupted.remove(first - repoCount, count); });
    removeRowRuns(
        {}, 0, repoCount, [&](int row) { return repos.contains(m_scan.repos[row].repoPath); },
        [&](int first, int count) {
            m_scan.repos.remove(first, count);
            m_ids.removeRepos(first, count);
        });

    // Under each remaining repo: partial downloads (after the revisions), then revisions.
    for (int r = 0; r < m_scan.repos.size(); ++r) {
        CachedRepo &repo = m_scan.repos[r];
        const QModelIndex parentIndex = index(r, 0);
        const int revisionCount = int(repo.revisions.size());
        removeRowRuns(
            parentIndex, revisionCount, revisionCount + int(repo.incompleteFiles.size()),
            [&](int row) { return incomplete.contains(repo.incompleteFiles[row - revisionCount].path); },
            [&](int first, int count) { repo.incompleteFiles.remove(first - revisionCount, count); });
        removeRowRuns(
            parentIndex, 0, revisionCount, [&](int row) { return snapshots.contains(repo.snapshotPath(repo.revisions[row])); },
            [&](int first, int count) {
                repo.revisions.remove(first, count);
                m_ids.removeRevisions(r, first, count);
            });
    }
    // Files removed from every revision (`cache rm hf://org/name/PATH`): their rows under each
    // remaining revision.
    if (!report.removedFiles.isEmpty()) {
        const QSet<QString> files(report.removedFiles.cbegin(), report.removedFiles.cend());
        for (int r = 0; r < m_scan.repos.size(); ++r) {
            CachedRepo &repo = m_scan.repos[r];
            if (!std::any_of(report.removedFiles.cbegin(), report.removedFiles.cend(),
                             [&](const QString &file) { return file.startsWith(repo.repoPath + u'/'); }))
                continue;
            for (int v = 0; v < repo.revisions.size(); ++v) {
                CachedRevision &revision = repo.revisions[v];
                removeRowRuns(
                    index(v, 0, index(r, 0)), 0, int(revision.files.size()),
                    [&](int row) { return files.contains(repo.filePath(revision, revision.files[row])); },
                    [&](int first, int count) { revision.files.remove(first, count); });
            }
        }
    }
    CacheScanPatcher::refresh(m_scan, report);
    updateLargestRepo();

    m_ledger.reset(&m_scan);
    m_frees = RowFrees::measure(m_scan, m_ledger); // a revision whose sibling went may free more now
    for (const quint32 revision : std::as_const(keptRevisions))
        if (m_ids.isValidRevisionId(revision))
            m_ledger.setRevisionSelected(m_ids.repoRow(m_ids.repoOfRevision(revision)), m_ids.revisionRow(revision), true);
    for (int c = 0; c < m_scan.corrupted.size(); ++c)
        if (keptCorrupted.contains(m_scan.corrupted[c].path))
            m_ledger.setCorruptedSelected(c, true);

    // Sizes, dates, refs and ticks of what remains changed too.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int r = 0; r < m_scan.repos.size(); ++r) {
        const QModelIndex parentIndex = index(r, 0);
        if (const int rows = rowCount(parentIndex); rows > 0)
            Q_EMIT dataChanged(index(0, 0, parentIndex), index(rows - 1, ColumnCount - 1, parentIndex));
    }
    Q_EMIT checksChanged();
}

} // namespace hubdeck
