// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HomeEntry.h"

#include "FileName.h"
#include "HomeScanner.h"

#include <QHash>
#include <QSet>

namespace hubdeck {

QList<QByteArray> HomeEntry::separateChildren() const
{
    QList<QByteArray> children;
    if (kind == Kind::DatasetsDownloads && !partRoot) {
        children = {QByteArrayLiteral("extracted"), QByteArrayLiteral("extracted") + FileName::encode(HomeScanner::deletingSuffix())};
        // What a deletion of extracted/ kept for a program that wrote into it (AsideFolder::giveBack's
        // names): an entry of its own, never a download (attack report 18, G2).
        children.append(HomeScanner::keptExtractedNames());
    }
    if (partRoot)
        children.append(FileName::encode(removingMarker().section(u'/', -1)));
    return children;
}

QString HomeEntry::removingMarker() const
{
    if (!partRoot)
        return HomeScanner::removingMarker(path);
    // Named by the entry, never by the folder: however the variable spells it (a link, a name
    // too long to take a prefix), one marker (attack F5, F6).
    return path + u'/' + HomeScanner::removingPrefix() + name;
}

qint64 HomeEntry::freeableTogether(const QList<const HomeEntry *> &entries)
{
    qint64 total = 0;
    QSet<QString> counted; // a plan may name one entry twice (two spellings of it)
    QHash<FileIdentity, quint64> names;
    QHash<FileIdentity, const HardLinkShare *> shared;
    for (const HomeEntry *entry : entries) {
        if (!entry || counted.contains(entry->path))
            continue;
        counted.insert(entry->path);
        total += entry->freeable;
        for (const HardLinkShare &link : entry->sharedLinks) {
            names[link.file] += link.linksHere;
            shared.insert(link.file, &link);
        }
    }
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const HardLinkShare *link = shared.value(it.key());
        if (it.value() >= link->links)
            total += link->sizeOnDisk;
    }
    return total;
}

qint64 HomeEntry::freeableTogether(const QList<HomeEntry> &entries)
{
    QList<const HomeEntry *> pointers;
    pointers.reserve(entries.size());
    for (const HomeEntry &entry : entries)
        pointers.append(&entry);
    return freeableTogether(pointers);
}

} // namespace hubdeck
