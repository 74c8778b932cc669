// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FileIdentity.h"
#include "InodeRanges.h"
#include "SafeRemover.h"

#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace hubdeck {

class RemovedLinks;

// A folder entry renamed aside ("<name>.hubdeck-deleting", HomeScanner::deletingSuffix())
// while HomeDeletion::run empties it, with the time it was set aside. The library that wrote
// the entry never sees it half-deleted under its name; what a process writes into the folder
// after that time (born later, statx birth time) is its own, kept (SafeRemover::setKeepArrivals)
// and given the entry's name back (attack T3). The time is also kept on the folder, as the user
// attribute user.hubdeck.set-aside, so that the run finishing a stopped deletion keeps those
// files too (attack V2), but only on the folder it was written on, by inode and birth time: a copy
// of the home (cp -a, rsync -aX, mv to another disk) carries the attribute to new folders
// (attack W2). A filesystem without user attributes keeps none: that run then keeps only what
// arrives during it.
class AsideFolder
{
public:
    // How the run reaches a path (through its part's descriptor: see HomeDeletion::run).
    using Through = std::function<QString(const QString &path)>;

    // Renames the folder entryPath aside in its folder, through remover, and records the time:
    // the rename's result, and the folder set aside when it was renamed. Failed, with nothing
    // renamed, when the filesystem keeps user attributes but the time could not be written on
    // the folder (ENOSPC in an inode's full attribute room, EDQUOT, EPERM): unmarked, a stopped
    // run's folder would be taken for someone's own (HomeScanner::notSetAside) and never finished.
    // listedAtNs (ns since the epoch, 0 when unknown): when the listing the deletion was
    // confirmed from began (HomeDeletion::Plan::listedAtNs); what came into the folder since then
    // counts as arrived, not only what came after the rename.
    [[nodiscard]] static SafeRemover::Result setAside(SafeRemover &remover, const QString &entryPath, const Through &through,
                                                      std::optional<AsideFolder> &aside, qint64 listedAtNs = 0);
    // What a stopped run left renamed aside at asidePath, with the time it kept on it; nullopt
    // when it kept none.
    [[nodiscard]] static std::optional<AsideFolder> resume(const QString &asidePath, const Through &through);

    [[nodiscard]] const QString &path() const { return m_path; }           // where it is now
    [[nodiscard]] const QString &entryPath() const { return m_entryPath; } // the name it had
    // When it was set aside, in nanoseconds since the epoch, by the kernel's clock as birth times
    // are; a file born at that time counts as the entry's.
    [[nodiscard]] qint64 since() const { return m_since; }
    // When the run that set it aside stopped (a Ctrl+C, a failure), in the same clock; 0 when
    // it was killed first, or runs still. What was moved in before then is the run's to keep
    // (ArrivalTime::isMovedIn, attack Z9).
    [[nodiscard]] qint64 until() const { return m_until; }
    // Records now as until() on the folder, for the run that finishes the deletion: the run that
    // set it aside calls it when it stops before the folder is gone. False when the attribute
    // could not be written (that run then keeps only what was born since).
    // links: the run's record of the files it removed one name of (RemovedLinks); those of this
    // folder's removals (their ctime after since()) are kept on the folder too, as the user
    // attribute user.hubdeck.unlinked (their inode numbers, InodeRanges: thousands in the one
    // block ext4 gives a folder's attributes; what does not fit is left out, and kept as moved
    // in), so that the run finishing it knows their ctime for the stopped run's doing, not a
    // file moved in (attack report 18, G2: a tree of hard-linked files stopped by Ctrl+C was
    // finished as "0 bytes freed", all kept as moved in).
    bool recordStop(const Through &through, const RemovedLinks *links = nullptr);
    // The stopped run's record read by resume(): the inodes of this folder's device whose ctime
    // its removals of another name moved. Empty when none was kept.
    [[nodiscard]] const InodeRanges &unlinked() const { return m_unlinked; }
    // Whether a file (its inode and ctime, ns since the epoch) is one the stopped run changed by
    // removing another name of it: in unlinked(), changed between since() and until().
    [[nodiscard]] bool changedByStoppedRun(quint64 inode, qint64 ctimeNs) const
    {
        return ctimeNs > m_since && ctimeNs <= m_until && m_unlinked.contains(inode);
    }
    // Gives the folder, which holds only what arrived by now, the entry's name back, or
    // "<name>.hubdeck-kept" (HomeScanner::keptSuffix(), then "-2" … "-9") when that name holds a
    // new folder already: a name no listing takes for a stopped deletion, which a later `home
    // rm` of the entry would finish (attack V2). The path it has then, or path() when no name
    // could be given.
    // entryName false: never the entry's own name, only "<name>.hubdeck-kept[-N]" (what it holds
    // may be old files of the entry, which the library must not take for its cache).
    [[nodiscard]] QString giveBack(SafeRemover &remover, const Through &through, bool entryName = true) const;

    // What the run that finishes this stopped deletion keeps, by the rule it keeps by
    // (SafeRemover::setKeepArrivals(since(), until() > 0, true, until()): born in the folder
    // after since(), or moved in before until(), a folder whole) with the folders that hold it,
    // this one included. Bytes on disk (st_blocks × 512),
    // each inode once; a hard-linked file only when every link to it lies in the folder, as
    // HomeEntry::freeable counts. A scan takes it out of the entry's freeable bytes, so that a
    // plan to finish the deletion promises what the run frees (attack Y2: "1.4M" planned, 1.0M
    // freed, as du said). Walks the folder without following links; what cannot be read counts
    // as the entry's. keptLinked, when given, receives the hard-linked files it keeps that
    // have a name outside the folder: the run keeps them, so deleting the folder together with
    // the entry that holds their other name does not free them (attack Z2: a plan's "hard-linked
    // between these entries" counted one). keptApart, when given, is set when some of it is
    // kept by its change time alone, which the run gives back only as "<name>.hubdeck-kept".
    [[nodiscard]] qint64 measureKept(QSet<FileIdentity> *keptLinked = nullptr, bool *keptApart = nullptr) const;

private:
    AsideFolder(const QString &path, const QString &entryPath, qint64 since, qint64 until = 0);

    QString m_path;
    QString m_entryPath;
    qint64 m_since = 0;
    qint64 m_until = 0;
    InodeRanges m_unlinked;
};

} // namespace hubdeck
