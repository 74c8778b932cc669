// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FileIdentity.h"
#include "HomeEntry.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace hubdeck {

// What HomeScanner found in a Hugging Face home: its parts, each with its entries, and the
// filesystem that holds it. Sizes are measured on disk at scan time; each inode counts once
// across the whole scan, so a hard-linked file is never counted twice (as `du` counts).
struct HomeScan
{
    struct Part
    {
        // "hub", "xet", "datasets", "assets", "modules", "legacy" (HfHome::kindName) or "other"
        // (what HF_HOME holds beside its parts, credentials included).
        QString kind;
        QString path;        // absolute; for "other", HF_HOME itself
        bool exists = false; // a part that is not on disk is still listed, empty
        // Set when the part's folder is a symbolic link (xet -> /mnt/big/xet, a cache moved to a
        // bigger disk): where it leads, absolute and resolved. The libraries write there, so the
        // part is measured and cleaned there, as the table and the JSON say; `du` of HF_HOME,
        // which does not follow it, counts only the link.
        QString linkTarget;
        // Set when the part's folder is there but cannot be listed ("<path>: <reason>"): its
        // entries are unknown, none is listed, and its size is only the folder's own.
        QString unreadable;
        // The part's folder as the scan found it (links followed, as the libraries follow them):
        // a deletion works only in that same folder, never in whatever a path reaches later (a
        // part swapped for a link to another folder while the deletion waits or runs).
        FileIdentity folder;
        // On overlayfs (a container's root: PosixFs::isOverlay): what the image's read-only layers
        // hold is only hidden by deleting it, so its sizes are not what a deletion frees; a
        // deletion measures that on the disk (HomeDeletion::Report::hiddenBytes).
        bool layered = false;
        // Set when an earlier part (in the order of parts) is at the same folder (HF_HUB_CACHE=
        // $HF_HOME): that part's kind. This one then lists no entry, as each is that part's.
        QString sameFolderAs;
        // Set when the part's folder lies on another filesystem than HF_HOME (a variable or a link
        // put it on a bigger disk): that filesystem's size and the bytes free to the user there,
        // as HomeScan::diskTotal and diskFree are HF_HOME's. Both 0 otherwise.
        qint64 diskTotal = 0;
        qint64 diskFree = 0;
        // Another program's flock on the part's own folder (HomeDeletion::partsLockedByOthers):
        // its pid and name (/proc/PID/comm, read with the scan), 0 and empty when none. Its
        // entries are kept, with that reason, while it holds on; other parts are not held up.
        qint64 lockedByPid = 0;
        QString lockedBy;
        qint64 sizeOnDisk = 0;
        qint64 apparentSize = 0;
        QList<HomeEntry> entries; // largest first
    };

    QString root;         // HF_HOME, absolute
    qint64 diskTotal = 0; // bytes of the filesystem holding HF_HOME (or its nearest existing parent)
    qint64 diskFree = 0;  // bytes available to the user there
    QList<Part> parts;    // hub, xet, datasets, assets, modules, legacy, other: always all seven
    QStringList errors;   // folders that could not be read, one line each; their sizes are missing
    double scannedAt = 0; // seconds since the epoch
    // Another process's HubDeck deletion held the home when it was scanned (its pid: see
    // HomeDeletion::runningDeletion): the entries it is deleting are kept, with that reason.
    std::optional<qint64> deletionRunning;
    // That process's name (/proc/PID/comm: "hubdeck-cli", "flock"), read with the scan, off the
    // GUI thread; empty when it cannot be seen.
    QString deletionHolder;

    [[nodiscard]] qint64 sizeOnDisk() const
    {
        qint64 total = 0;
        for (const Part &part : parts)
            total += part.sizeOnDisk;
        return total;
    }
    // Whether no part lists an entry (and every part could be read): HF_HOME missing, or holding only empty folders (an
    // HF_HOME made by hand, or a home whose parts were all cleaned). Their own blocks still
    // count in sizeOnDisk(), as du counts them.
    [[nodiscard]] bool holdsNothing() const
    {
        return std::all_of(parts.cbegin(), parts.cend(),
                           [](const Part &part) { return part.entries.isEmpty() && part.unreadable.isEmpty(); });
    }
    // The entry listed with this absolute path (or one of its members), or nullptr.
    [[nodiscard]] const HomeEntry *entry(const QString &path) const;
    [[nodiscard]] const Part *part(const QString &kind) const;
    // The other entries that hold names of entry's hard-linked files (HomeEntry::sharedLinks:
    // cp -al between two entries), in listing order: deleting entry frees those files only with
    // them. Empty when its shared files are linked from outside every entry, or it shares none.
    [[nodiscard]] QList<const HomeEntry *> hardLinkedWith(const HomeEntry &entry) const;
};

} // namespace hubdeck
