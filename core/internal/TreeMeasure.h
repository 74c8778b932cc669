// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HardLinkShare.h"
#include "HomeEntry.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <sys/stat.h>

namespace hubdeck {

// Totals of many folder trees at once, as `du` counts them, on every core: folders are work
// items that any thread picks up, so one tree of a million files in thousands of folders is
// shared out as well as many small trees are. A folder is read in fixed-size getdents64
// batches and each entry is counted as it is read: memory is a few kilobytes per thread plus
// one path per folder waiting its turn, never one record per file. Links are never followed.
class TreeMeasure
{
public:
    struct Root
    {
        QString path;                   // absolute; a file or a link counts itself
        QList<QByteArray> skipChildren; // children of the root left out ("extracted" in datasets/downloads)
        // false: a root folder's own inode is not counted, only what it holds (a folder that
        // stays when its entry is deleted, as datasets/downloads does)
        bool countSelf = true;
        // false: only the root's own inode, not what it holds (a folder that holds entries
        // without being one: a part's root, xet's endpoint folders)
        bool descend = true;
        // Roots deleted together (an entry and its members) share a group >= 0, so that a
        // file hard-linked between them counts as freeable; -1: the root is a group of its own.
        int group = -1;
        // When set: Total::marked says whether a name it accepts lies within markDepth levels
        // below the root (1: the root's own children), read as the walk lists the folders, so
        // that telling what a folder is costs no walk of its own.
        bool (*isMark)(const char *name) = nullptr;
        int markDepth = 0;
        // true: Total::unremovable names the first folder (the root included) whose entries the
        // user cannot remove (faccessat W_OK|X_OK): one call per folder, none per file.
        bool checkRemovable = false;
        // Files and folders that must not lie in the tree under any name (the access token,
        // another part's folder, reached through a bind mount), with what each is: Total::guarded
        // says the first found. Compared by device and inode, before anything is skipped.
        const QHash<FileIdentity, QString> *guarded = nullptr;
        // true: the root is measured though admit() refuses it (a part that is one entry, whose
        // own folder is a boundary to every other walk); what it holds still goes through admit().
        bool admitSelf = false;
    };
    struct Total
    {
        qint64 sizeOnDisk = 0; // st_blocks × 512
        qint64 apparentSize = 0;
        // Names below the root that are no folder, as find counts them: a file with two names
        // in the tree counts twice, and one whose bytes another root counted (hard-linked)
        // counts here too, with its times.
        qint64 files = 0;
        // A name that is no folder lies below the root, counted here or, hard-linked, in another
        // root measured first: what holds it is not empty, whatever files says.
        bool anyFile = false;
        double lastAccessed = HomeEntry::kNoTime; // newest st_atime of a non-folder, counted or not
        double lastModified = HomeEntry::kNoTime;
        QString inUse;       // from the check, for the first file or folder it matched
        bool marked = false; // Root::isMark accepted a name within Root::markDepth
        // "<path>: <reason>" of the first folder below the root (or the root) that could not be
        // read: the totals then miss what it holds.
        QString unreadable;
        // With Root::checkRemovable: "<path>: <reason>" of the first folder found whose entries
        // cannot be removed (read-only, another user's); deleting the tree would stop there.
        QString unremovable;
        // With Root::guarded: what the first guarded file or folder found at or below the root is.
        QString guarded;
        bool guardedByHardLink = false; // that file is a second link of it, not a bind mount
        // What removing the root's group gives back, st_blocks × 512: its admitted folders and
        // files with one link, and each hard-linked file whose every link (st_nlink) lies in
        // the group, whether admitted or not (a file also linked from elsewhere stays on disk
        // through that other name). A group's hard-linked files count in its first root only.
        qint64 freeable = 0;
        // Blocks of the freeable files that other files share (reflinks, snapshots: see
        // SharedExtents), left out of freeable: the disk keeps them while the others stay.
        // Counted once in the group, however many of its files share them (attack S1).
        qint64 sharedExtents = 0;
        // The group's hard-linked files not all of whose links lie in it, in its first root only
        // (empty for nearly every tree: the libraries do not hard-link across their caches).
        QList<HardLinkShare> sharedLinks;
    };

    // Whether a file or folder is counted at all (false for an inode already counted, and for
    // a folder not to enter); called from several threads at once.
    using Admit = std::function<bool(const struct stat &st)>;
    // For files and counted folders: who uses it, or an empty string; called from several threads at once.
    using InUse = std::function<QString(const struct stat &st)>;
    // Called from a worker now and then; true stops the walk.
    using Canceled = std::function<bool()>;

    // total += more, held at the largest qint64 rather than wrapping: sparse files of exabytes
    // (st_size up to 2^63 - 1 each) must not sum to a small or negative size.
    static void addSaturating(qint64 &total, qint64 more)
    {
        if (__builtin_add_overflow(total, more, &total))
            total = std::numeric_limits<qint64>::max();
    }

    // One Total per root, in order; folders that cannot be read are named in *errors.
    [[nodiscard]] static QList<Total> measure(const QList<Root> &roots, const Admit &admit, const InUse &inUse, const Canceled &canceled,
                                              QStringList *errors, const std::function<void(int rootsDone)> &progress = {});
};

} // namespace hubdeck
