// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HomeTreeModel.h"

#include "DisplayFormat.h"
#include "HomeDeletion.h"
#include "HomeScanner.h"
#include "HumanFormat.h"
#include "PrintableText.h"
#include "RepoType.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QPixmap>
#include <QSet>

#include <algorithm>
#include <optional>
#include <utility>

namespace hubdeck {

namespace {

// internalId 0: a part row; partRow + 1: an entry of that part.
constexpr quintptr kPartId = 0;
// Below this, the folders holding the entries are a few blocks each, not worth a sentence.
constexpr qint64 kFoldersWorthSaying = qint64(1) << 20;

double newest(const HomeScan::Part &part, double HomeEntry::*field)
{
    double best = HomeEntry::kNoTime;
    for (const HomeEntry &entry : part.entries)
        best = std::max(best, entry.*field);
    return best;
}

qint64 fileCount(const HomeScan::Part &part)
{
    qint64 files = 0;
    for (const HomeEntry &entry : part.entries)
        files += entry.files;
    return files;
}

// A time column of a row that holds no file: there is no time to show (0 would be 1970).
QString noTime()
{
    return QStringLiteral("\u2014");
}

QString partDescription(const QString &kind)
{
    if (kind == u"hub")
        return HomeTreeModel::tr("Models, datasets and Spaces downloaded with huggingface_hub. Open it on the Cache page to "
                                 "delete repos and revisions.");
    if (kind == u"xet")
        return HomeTreeModel::tr("The Xet client's caches: chunks of downloaded files, dedup metadata, uploads being prepared.");
    if (kind == u"datasets")
        return HomeTreeModel::tr("The datasets library: raw downloads, unpacked archives and prepared Arrow caches.");
    if (kind == u"datasets-downloads")
        return HomeTreeModel::tr("Where load_dataset downloads, as HF_DATASETS_DOWNLOADED_DATASETS_PATH says: the raw files and the "
                                 "archives unpacked from them (extracted/), deleted together. The folder itself stays.");
    if (kind == u"datasets-extracted")
        return HomeTreeModel::tr("Where datasets unpacks archives it was given no cache folder for, as "
                                 "HF_DATASETS_EXTRACTED_DATASETS_PATH says. The folder itself stays.");
    if (kind == u"assets")
        return HomeTreeModel::tr("Files libraries store with cached_assets_path.");
    if (kind == u"modules")
        return HomeTreeModel::tr("Python modules of remote code: trust_remote_code models and dataset scripts.");
    if (kind == u"transformers")
        return HomeTreeModel::tr("Where transformers downloads models, as TRANSFORMERS_CACHE says: a hub cache of its own (open it "
                                 "on the Cache page to delete repos) and downloads of transformers before 4.22.");
    if (kind == u"legacy")
        return HomeTreeModel::tr("The pre-2022 transformers cache, which current versions no longer read.");
    return HomeTreeModel::tr("What HF_HOME holds beside its parts: your access tokens and files of other tools.");
}

} // namespace

HomeTreeModel::HomeTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QString HomeTreeModel::partLabel(const QString &kind)
{
    if (kind == u"hub")
        return tr("Hub cache");
    if (kind == u"xet")
        return tr("Xet");
    if (kind == u"datasets")
        return tr("Datasets");
    if (kind == u"datasets-downloads")
        return tr("Datasets downloads");
    if (kind == u"datasets-extracted")
        return tr("Datasets unpacked archives");
    if (kind == u"assets")
        return tr("Assets");
    if (kind == u"modules")
        return tr("Modules");
    if (kind == u"transformers")
        return tr("TRANSFORMERS_CACHE");
    if (kind == u"legacy")
        return tr("Legacy transformers cache"); // the old cache, not an old library (GUI attack B18)
    return tr("Other");
}

double HomeTreeModel::now() const
{
    return m_now > 0 ? m_now : HumanFormat::now();
}

void HomeTreeModel::advanceClock()
{
    if (m_nowFixed)
        return;
    m_now = HumanFormat::now();
    const QList<int> roles{Qt::DisplayRole};
    for (int p = 0; p < int(m_scan.parts.size()); ++p) {
        const QModelIndex part = index(p, AccessedColumn);
        Q_EMIT dataChanged(part, part.siblingAtColumn(ModifiedColumn), roles);
        if (const int entries = int(m_scan.parts.at(p).entries.size()); entries > 0)
            Q_EMIT dataChanged(index(0, AccessedColumn, index(p, 0)), index(entries - 1, ModifiedColumn, index(p, 0)), roles);
    }
}

void HomeTreeModel::setScan(HomeScan scan)
{
    // The names of the ticked entries as listed, for those the new listing no longer has.
    QMap<QString, QString> tickedNames; // by path: said in a steady order
    for (const HomeScan::Part &part : std::as_const(m_scan.parts))
        for (const HomeEntry &entry : part.entries)
            if (m_checked.contains(entry.path))
                tickedNames.insert(entry.path, entry.name);
    beginResetModel();
    m_scan = std::move(scan);
    if (!m_nowFixed)
        m_now = HumanFormat::now();
    QSet<QString> kept;
    QStringList untickedReasons;
    for (const HomeScan::Part &part : std::as_const(m_scan.parts))
        for (const HomeEntry &entry : part.entries) {
            if (!m_checked.contains(entry.path))
                continue;
            tickedNames.remove(entry.path);
            if (isTickable(entry))
                kept.insert(entry.path);
            else
                untickedReasons.append(untickReason(entry));
        }
    // Ticked, then removed or moved by another program: said as an entry taken into use is,
    // not left to vanish with its row (GUI attack B7: ten ticked, nine left, no word why).
    for (auto it = tickedNames.cbegin(); it != tickedNames.cend(); ++it)
        untickedReasons.append(tr("%1 is no longer there: another program removed or moved it").arg(PrintableText::name(it.value())));
    const bool changed = kept != m_checked;
    m_checked = std::move(kept);
    endResetModel();
    if (changed)
        Q_EMIT checksChanged();
    if (!untickedReasons.isEmpty())
        Q_EMIT ticksTakenAway(untickedReasons);
}

QString HomeTreeModel::untickReason(const HomeEntry &entry)
{
    const QString name = PrintableText::name(entry.name);
    if (!entry.inUse.isEmpty())
        return tr("%1 is in use now: %2").arg(name, entry.inUse);
    if (entry.beingDeleted)
        return tr("%1 is being deleted by another program").arg(name);
    if (!entry.keep.isEmpty())
        return tr("%1 cannot be deleted now: %2").arg(name, entry.keep);
    return tr("%1 cannot be deleted now").arg(name);
}

void HomeTreeModel::setPartColors(const QHash<QString, QColor> &colors)
{
    // An icon whose selected form is the colour itself: a QColor decoration is tinted by the
    // selection, and the swatch would no longer match its segment in the bar.
    m_partSwatches.clear();
    for (auto it = colors.cbegin(); it != colors.cend(); ++it) {
        QPixmap swatch(16, 16);
        swatch.fill(it.value());
        QIcon icon;
        icon.addPixmap(swatch, QIcon::Normal);
        icon.addPixmap(swatch, QIcon::Selected);
        m_partSwatches.insert(it.key(), icon);
    }
    if (!m_scan.parts.isEmpty())
        Q_EMIT dataChanged(index(0, NameColumn), index(int(m_scan.parts.size()) - 1, NameColumn), {Qt::DecorationRole});
}

const HomeEntry *HomeTreeModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kPartId)
        return nullptr;
    const HomeScan::Part &part = m_scan.parts.at(int(index.internalId() - 1));
    return &part.entries.at(index.row());
}

const HomeScan::Part *HomeTreeModel::part(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    return &m_scan.parts.at(index.internalId() == kPartId ? index.row() : int(index.internalId() - 1));
}

QModelIndex HomeTreeModel::partIndex(const QString &kind, int column) const
{
    for (int p = 0; p < m_scan.parts.size(); ++p)
        if (m_scan.parts[p].kind == kind)
            return index(p, column);
    return {};
}

QModelIndex HomeTreeModel::indexOfPath(const QString &path, int column) const
{
    for (int p = 0; p < m_scan.parts.size(); ++p) {
        const HomeScan::Part &part = m_scan.parts[p];
        if (part.path == path && part.kind != u"other")
            return index(p, column);
        for (int e = 0; e < part.entries.size(); ++e)
            if (part.entries[e].path == path)
                return index(e, column, index(p, 0));
    }
    return {};
}

QStringList HomeTreeModel::checkedPaths() const
{
    QStringList paths;
    for (const HomeScan::Part &part : m_scan.parts)
        for (const HomeEntry &entry : part.entries)
            if (m_checked.contains(entry.path))
                paths.append(entry.path);
    return paths;
}

qint64 HomeTreeModel::checkedSize(std::optional<quint64> device) const
{
    QList<const HomeEntry *> checked;
    for (const HomeScan::Part &part : m_scan.parts)
        for (const HomeEntry &entry : part.entries)
            if (m_checked.contains(entry.path) && (!device || entry.identity.device == *device))
                checked.append(&entry);
    return HomeEntry::freeableTogether(checked);
}

qint64 HomeTreeModel::checkedSizeOn(quint64 device) const
{
    return checkedSize(device);
}

bool HomeTreeModel::setPathChecked(const QString &path, bool checked)
{
    const QModelIndex found = indexOfPath(path);
    if (!found.isValid() || !(flags(found) & Qt::ItemIsUserCheckable))
        return false;
    return setData(found, checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

void HomeTreeModel::clearChecks()
{
    if (m_checked.isEmpty())
        return;
    m_checked.clear();
    for (int p = 0; p < m_scan.parts.size(); ++p)
        emitPartChanged(p);
    Q_EMIT checksChanged();
}

bool HomeTreeModel::removeEntry(const QString &path)
{
    for (int p = 0; p < m_scan.parts.size(); ++p) {
        HomeScan::Part &part = m_scan.parts[p];
        for (int row = 0; row < part.entries.size(); ++row) {
            if (part.entries.at(row).path != path)
                continue;
            beginRemoveRows(index(p, NameColumn), row, row);
            const HomeEntry &entry = part.entries.at(row);
            part.sizeOnDisk = std::max<qint64>(0, part.sizeOnDisk - entry.sizeOnDisk);
            part.apparentSize = std::max<qint64>(0, part.apparentSize - entry.apparentSize);
            part.entries.removeAt(row);
            const bool wasChecked = m_checked.remove(path);
            endRemoveRows();
            // The part's size and tick state changed with it.
            Q_EMIT dataChanged(index(p, NameColumn), index(p, ColumnCount - 1));
            if (wasChecked)
                Q_EMIT checksChanged();
            return true;
        }
    }
    return false;
}

int HomeTreeModel::checkNotAccessedBefore(double limit)
{
    int ticked = 0;
    for (int p = 0; p < m_scan.parts.size(); ++p) {
        int inPart = 0;
        for (const HomeEntry &e : std::as_const(m_scan.parts[p].entries))
            if (isTickable(e) && HomeEntry::hasTime(e.lastAccessed) && e.lastAccessed < limit && !m_checked.contains(e.path)) {
                m_checked.insert(e.path);
                ++inPart;
            }
        if (inPart > 0)
            emitPartChanged(p);
        ticked += inPart;
    }
    if (ticked > 0)
        Q_EMIT checksChanged();
    return ticked;
}

void HomeTreeModel::emitPartChanged(int partRow)
{
    const QModelIndex partRowIndex = index(partRow, NameColumn);
    Q_EMIT dataChanged(partRowIndex, partRowIndex, {Qt::CheckStateRole});
    const int entries = int(m_scan.parts[partRow].entries.size());
    if (entries > 0)
        Q_EMIT dataChanged(index(0, NameColumn, partRowIndex), index(entries - 1, NameColumn, partRowIndex), {Qt::CheckStateRole});
}

QModelIndex HomeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_scan.parts.size() ? createIndex(row, column, kPartId) : QModelIndex();
    if (parent.internalId() != kPartId || parent.row() >= m_scan.parts.size())
        return {};
    if (row >= m_scan.parts[parent.row()].entries.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex HomeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kPartId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kPartId);
}

int HomeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_scan.parts.size());
    if (parent.column() != 0 || parent.internalId() != kPartId)
        return 0;
    return int(m_scan.parts[parent.row()].entries.size());
}

int HomeTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant HomeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == NameColumn)
        return tr("Sorts the entries of each part by name; the parts keep their order.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case SizeColumn:
        return tr("Size on disk");
    case FilesColumn:
        return tr("Files");
    case AccessedColumn:
        return tr("Last accessed");
    case ModifiedColumn:
        return tr("Last modified");
    default:
        return {};
    }
}

Qt::ItemFlags HomeTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != NameColumn)
        return flags;
    // An entry in use keeps its (unticked) box, which does not take a tick until the process lets go.
    if (const HomeEntry *e = entry(index))
        return isTickable(*e) ? flags | Qt::ItemIsUserCheckable : flags;
    if (partCheckState(m_scan.parts[index.row()]) != Qt::CheckState(-1))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

Qt::CheckState HomeTreeModel::partCheckState(const HomeScan::Part &part) const
{
    int tickable = 0;
    int ticked = 0;
    for (const HomeEntry &e : part.entries) {
        if (!isTickable(e))
            continue;
        ++tickable;
        ticked += m_checked.contains(e.path);
    }
    if (tickable == 0)
        return Qt::CheckState(-1); // no box
    return ticked == 0 ? Qt::Unchecked : ticked == tickable ? Qt::Checked : Qt::PartiallyChecked;
}

bool HomeTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const bool checked = Qt::CheckState(value.toInt()) != Qt::Unchecked;
    const int partRow = index.internalId() == kPartId ? index.row() : int(index.internalId() - 1);
    bool changed = false;
    const auto apply = [&](const HomeEntry &e) {
        if (!isTickable(e))
            return;
        if (checked && !m_checked.contains(e.path)) {
            m_checked.insert(e.path);
            changed = true;
        } else if (!checked && m_checked.remove(e.path)) {
            changed = true;
        }
    };
    if (const HomeEntry *e = entry(index))
        apply(*e);
    else
        for (const HomeEntry &e : std::as_const(m_scan.parts[partRow].entries))
            apply(e);
    if (changed) {
        emitPartChanged(partRow);
        Q_EMIT checksChanged();
    }
    return true;
}

QVariant HomeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kPartId)
        return partData(index.row(), index.column(), role);
    const HomeScan::Part &part = m_scan.parts.at(int(index.internalId() - 1));
    return entryData(part.entries.at(index.row()), part, index.column(), role);
}

QString HomeTreeModel::entryDetails(const HomeEntry &entry) const
{
    // Sentences the tooltips and the CLI already say, one a line.
    QStringList lines{PrintableText::name(entry.path), HomeScanner::kindLabel(entry)};
    if (!(entry.kind == HomeEntry::Kind::Unknown && !entry.keep.isEmpty())) // its reason says what it is (G11)
        lines.append(HomeScanner::costOfDeleting(entry));
    if (!entry.inUse.isEmpty())
        lines.append(tr("In use: %1. It cannot be deleted while that process uses it.").arg(entry.inUse));
    if (!entry.keep.isEmpty())
        lines.append(entry.keep);
    // A folder a stopped deletion renamed aside: its kind's sentence says this already (GUI
    // attack B3: the same thing twice). An entry removed in place part-way needs it said.
    if (entry.removalInterrupted && entry.kind != HomeEntry::Kind::InterruptedDeletion)
        lines.append(HomeScanner::removalInterruptedNote());
    if (const QString note = keptArrivalsNote(entry); !note.isEmpty())
        lines.append(note);
    if (const QString note = sharingNote(entry); !note.isEmpty())
        lines.append(note);
    return lines.join(u'\n');
}

QString HomeTreeModel::keptArrivalsNote(const HomeEntry &entry)
{
    if (entry.keptArrivals <= 0)
        return {};
    // Where the finishing run puts it, as the confirmation says: the detail line had said
    // "under the entry's name again" for files the run keeps apart (attack Z9) or whose name a
    // new folder holds.
    const QString keptAt = HomeDeletion::keptArrivalsGoTo(entry);
    if (entry.keptArrivalsApart)
        return tr("%1 of it was moved or written there since it was set aside: finishing the deletion keeps that as %2 (what was "
                  "moved in may be the entry's own old files, so it does not get the entry's name), and frees the rest.")
            .arg(DisplayFormat::size(entry.keptArrivals), PrintableText::name(QFileInfo(keptAt).fileName()));
    if (keptAt.endsWith(HomeScanner::keptSuffix()))
        return tr("%1 of it was written there after the deletion stopped: finishing the deletion keeps that as %2 (the entry's name "
                  "holds a new folder), and frees the rest.")
            .arg(DisplayFormat::size(entry.keptArrivals), PrintableText::name(QFileInfo(keptAt).fileName()));
    return tr("%1 of it was written there after the deletion stopped: finishing the deletion keeps that, under the entry's name "
              "again, and frees the rest.")
        .arg(DisplayFormat::size(entry.keptArrivals));
}

QString HomeTreeModel::sharingNote(const HomeEntry &entry) const
{
    // A row's size counts each file once across the home, in the first entry measured, so the
    // rows of entries that share hard-linked files do not say what deleting each one frees
    // (GUI attack G19): said here, as the confirmation and "frees" count it.
    if (entry.sharedLinks.isEmpty())
        return {};
    qint64 shared = 0;
    for (const HardLinkShare &link : entry.sharedLinks)
        shared += link.sizeOnDisk;
    QStringList others;
    for (const HomeEntry *other : m_scan.hardLinkedWith(entry))
        others.append(PrintableText::name(other->name));
    QString text = tr("Deleting it alone frees %1.").arg(DisplayFormat::size(entry.freeable)) + u' ';
    if (others.isEmpty())
        return text + tr("%1 is in files hard-linked from outside it, which stay on disk through those other names.")
                          .arg(DisplayFormat::size(shared));
    constexpr qsizetype kNamed = 3;
    QString names = QStringList(others.mid(0, kNamed)).join(QStringLiteral(", "));
    if (others.size() > kNamed)
        names = tr("%1 and %Ln more", nullptr, int(others.size() - kNamed)).arg(names);
    return text + tr("%1 is in files hard-linked with %2: freed when those are deleted with it.").arg(DisplayFormat::size(shared), names);
}

QString HomeTreeModel::partToolTip(const HomeScan::Part &part) const
{
    QString text = partLabel(part.kind) + u'\n' + PrintableText::name(part.path) + u'\n';
    // The libraries write where the link leads: that is what is measured and cleaned.
    if (!part.linkTarget.isEmpty())
        text += tr("A link to %1: listed and cleaned there, where the libraries write.").arg(PrintableText::name(part.linkTarget)) + u'\n';
    // Another disk than HF_HOME's: the free space the page shows is not this part's.
    if (part.exists && part.diskTotal > 0)
        text += tr("On another filesystem than HF_HOME: %1 free of %2 there.")
                    .arg(DisplayFormat::size(part.diskFree), DisplayFormat::size(part.diskTotal)) +
                u'\n';
    if (!part.exists)
        text += tr("Not on disk.");
    else if (!part.sameFolderAs.isEmpty()) // two parts at one folder: listed once, under the first
        text += tr("The same folder as the %1 part: its entries are listed there.").arg(partLabel(part.sameFolderAs));
    else if (!part.unreadable.isEmpty())
        text += tr("It cannot be read (%1): its entries are not listed and its size is missing.").arg(PrintableText::name(part.unreadable));
    else {
        text += tr("%1 on disk (apparent size %2) in %Ln entr(ies).", nullptr, int(part.entries.size()))
                    .arg(DisplayFormat::size(part.sizeOnDisk), DisplayFormat::size(part.apparentSize));
        // The folders that hold the entries count in the part, as du counts them; one that
        // once listed many files keeps its size (ext4 never shrinks a folder), so an emptied
        // datasets/downloads can leave tens of MB that no entry shows (GUI attack G2).
        qint64 inEntries = 0;
        for (const HomeEntry &entry : part.entries)
            inEntries += entry.sizeOnDisk;
        if (const qint64 folders = part.sizeOnDisk - inEntries; folders >= kFoldersWorthSaying)
            text += u'\n' + tr("%1 of it is the folders that hold the entries (a folder that once listed many files keeps its size); "
                               "HubDeck leaves them, as the libraries write into them.")
                                .arg(DisplayFormat::size(folders));
    }
    return text + u'\n' + partDescription(part.kind);
}

QVariant HomeTreeModel::partData(int partRow, int column, int role) const
{
    const HomeScan::Part &part = m_scan.parts.at(partRow);
    const double now = this->now();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            // Where the libraries write, as the CLI's "xet → /mnt/big/xet" says it.
            if (!part.linkTarget.isEmpty())
                return tr("%1 → %2").arg(partLabel(part.kind), PrintableText::name(part.linkTarget));
            return partLabel(part.kind);
        case KindColumn:
            if (!part.exists)
                return tr("not on disk");
            return part.unreadable.isEmpty() ? tr("%Ln entr(ies)", nullptr, int(part.entries.size())) : tr("cannot be read");
        case SizeColumn:
            return part.exists ? DisplayFormat::size(part.sizeOnDisk) : QString();
        case FilesColumn:
            return part.exists ? QLocale().toString(fileCount(part)) : QString();
        case AccessedColumn: {
            const double at = newest(part, &HomeEntry::lastAccessed);
            return HomeEntry::hasTime(at) ? DisplayFormat::timeSince(at, now) : part.exists ? noTime() : QString();
        }
        case ModifiedColumn: {
            const double at = newest(part, &HomeEntry::lastModified);
            return HomeEntry::hasTime(at) ? DisplayFormat::timeSince(at, now) : part.exists ? noTime() : QString();
        }
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case NameColumn:
            return partRow; // the parts keep their order when sorted by name (HomeSortProxy)
        case KindColumn:
            return qint64(part.entries.size());
        case SizeColumn:
            return part.sizeOnDisk;
        case FilesColumn:
            return fileCount(part);
        case AccessedColumn:
            return newest(part, &HomeEntry::lastAccessed);
        case ModifiedColumn:
            return newest(part, &HomeEntry::lastModified);
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (column == NameColumn)
            if (const Qt::CheckState state = partCheckState(part); state != Qt::CheckState(-1))
                return int(state);
        return {};
    case Qt::DecorationRole:
        if (column == NameColumn && m_partSwatches.contains(part.kind))
            return m_partSwatches.value(part.kind);
        return {};
    case Qt::ToolTipRole:
        // The column says "3 days ago"; its tooltip the date, as the Cache page's does.
        if (column == AccessedColumn || column == ModifiedColumn) {
            const double at = newest(part, column == AccessedColumn ? &HomeEntry::lastAccessed : &HomeEntry::lastModified);
            if (HomeEntry::hasTime(at))
                return DisplayFormat::dateTime(at);
        }
        return PrintableText::plainToolTip(partToolTip(part));
    case Qt::StatusTipRole:
        return partDescription(part.kind);
    case Qt::TextAlignmentRole:
        if (column == SizeColumn || column == FilesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (!part.exists)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case PathRole:
        return part.path;
    case DetailsRole:
        return partToolTip(part);
    case PartKindRole:
        return part.kind;
    case EntryKindRole:
        return -1;
    case TickableRole:
        return partCheckState(part) != Qt::CheckState(-1);
    default:
        return {};
    }
}

namespace {

// A hub repo's folder ("datasets--org--name") as the Cache page names it: its type and id
// (huggingface_hub's repo folder rule, as RepoScanner reads it), or nullopt for another name.
std::optional<RepoFolderName> hubRepo(const HomeEntry &entry)
{
    if (entry.kind != HomeEntry::Kind::HubRepo)
        return std::nullopt;
    return parseRepoFolderName(entry.name);
}

} // namespace

QVariant HomeTreeModel::entryData(const HomeEntry &entry, const HomeScan::Part &part, int column, int role) const
{
    const double now = this->now();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            // Named as on the Cache page, one click away (GUI attack G23: folder names here).
            if (const auto repo = hubRepo(entry))
                return PrintableText::name(repo->repoId);
            return PrintableText::name(entry.name);
        case KindColumn:
            if (const auto repo = hubRepo(entry))
                return tr("%1 repo").arg(repoTypeName(repo->type));
            return HomeScanner::kindLabel(entry);
        case SizeColumn:
            return DisplayFormat::size(entry.sizeOnDisk);
        case FilesColumn:
            return QLocale().toString(entry.files);
        case AccessedColumn:
            return HomeEntry::hasTime(entry.lastAccessed) ? DisplayFormat::timeSince(entry.lastAccessed, now) : noTime();
        case ModifiedColumn:
            return HomeEntry::hasTime(entry.lastModified) ? DisplayFormat::timeSince(entry.lastModified, now) : noTime();
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case NameColumn:
            if (const auto repo = hubRepo(entry))
                return repo->repoId.toLower();
            return entry.name.toLower();
        case KindColumn:
            return HomeScanner::kindLabel(entry);
        case SizeColumn:
            return entry.sizeOnDisk;
        case FilesColumn:
            return entry.files;
        case AccessedColumn:
            return entry.lastAccessed;
        case ModifiedColumn:
            return entry.lastModified;
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (column == NameColumn && entry.deletable())
            return int(m_checked.contains(entry.path) ? Qt::Checked : Qt::Unchecked);
        return {};
    case Qt::ToolTipRole: {
        if (column == AccessedColumn && HomeEntry::hasTime(entry.lastAccessed))
            return DisplayFormat::dateTime(entry.lastAccessed);
        if (column == ModifiedColumn && HomeEntry::hasTime(entry.lastModified))
            return DisplayFormat::dateTime(entry.lastModified);
        QString text = PrintableText::name(entry.path);
        // What an entry kept for a reason is, its reason says ("where the assets part belongs,
        // but a link to nowhere"); "not written by a library HubDeck knows" beside it
        // contradicted it (GUI attack G11).
        if (!(entry.kind == HomeEntry::Kind::Unknown && !entry.keep.isEmpty()))
            text += u'\n' + HomeScanner::costOfDeleting(entry);
        if (!entry.inUse.isEmpty())
            text += u'\n' + tr("In use: %1. It cannot be deleted while that process uses it.").arg(entry.inUse);
        if (!entry.keep.isEmpty())
            text += u'\n' + tr("Not deleted by HubDeck: %1").arg(entry.keep);
        if (entry.removalInterrupted && entry.kind != HomeEntry::Kind::InterruptedDeletion)
            text += u'\n' + HomeScanner::removalInterruptedNote();
        if (const QString note = keptArrivalsNote(entry); !note.isEmpty())
            text += u'\n' + note;
        if (const QString note = sharingNote(entry); !note.isEmpty())
            text += u'\n' + note;
        // The Cache page counts a repo as huggingface_hub does (file sizes, files without
        // their links); here it is blocks on disk, as du and the rest of the home (G23).
        if (entry.kind == HomeEntry::Kind::HubRepo)
            text += u'\n' + tr("Its size here is what it takes on disk, as du counts it; the Cache page shows its files' sizes as "
                               "huggingface_hub counts them, revision by revision.");
        return PrintableText::plainToolTip(text);
    }
    case Qt::StatusTipRole:
        if (!entry.inUse.isEmpty()) // inUse holds parentheses of its own: "held open by sleep (pid 42)"
            return tr("In use, %1: %2").arg(entry.inUse, HomeScanner::costOfDeleting(entry));
        if (!entry.keep.isEmpty())
            return tr("Not deleted by HubDeck: %1").arg(entry.keep);
        return HomeScanner::costOfDeleting(entry);
    case Qt::TextAlignmentRole:
        if (column == SizeColumn || column == FilesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // Greyed, as a disabled row: what HubDeck will not delete as it stands (in use, or kept
        // for a reason: a token inside, not the library's, unreadable, a mount inside), so that
        // the missing checkbox is not the only sign.
        // Credentials and what no library HubDeck knows wrote are never deleted here either:
        // greyed alike, so that the look tells what can be ticked (G11). Hub repos are deleted
        // on the Cache page and keep their colour.
        if (!entry.inUse.isEmpty() || !entry.keep.isEmpty() || entry.kind == HomeEntry::Kind::Credentials ||
            entry.kind == HomeEntry::Kind::Unknown)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case PathRole:
        return entry.path;
    case DetailsRole:
        return entryDetails(entry);
    case PartKindRole:
        return part.kind;
    case EntryKindRole:
        return int(entry.kind);
    case TickableRole:
        return isTickable(entry);
    default:
        return {};
    }
}

} // namespace hubdeck
