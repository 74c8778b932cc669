// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FileIdentity.h"
#include "UniqueFd.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace hubdeck {

class InUseFiles;
class RemovedLinks;

class SharedExtentLedger;

// Removes paths inside one cache root and nowhere else. Every path is walked down from the
// root with O_NOFOLLOW and the leaf is lstat'ed just before it goes, so a link planted in
// the cache (or a path that changed since the scan) can never redirect a removal outside it.
class SafeRemover
{
public:
    enum class Status { Removed, AlreadyGone, Canceled, Refused, Failed };
    struct Result
    {
        Status status = Status::Failed;
        // st_blocks × 512 of the regular files whose last link went, also when stopped
        // part-way: du's unit, what every freed figure reports (a sparse file's apparent size
        // can be far more than it held).
        qint64 freedOnDisk = 0;
        // Blocks of the removed files that other files share (reflinks, snapshots: see
        // SharedExtents), left out of freedOnDisk: the disk keeps them while the others stay.
        // With a ledger (setLedger): only the shared blocks the ledger did not hold yet.
        qint64 sharedOnDisk = 0;
        // With a ledger: blocks it held (an earlier removal's shared ones) that a file removed
        // here held alone by then, so that they went with it and are in freedOnDisk.
        qint64 releasedShared = 0;
        // With setHeldFiles: blocks of files whose last name went while a process held them open
        // or mapped (a model being served), less what other files share: they stay allocated
        // until it lets go, so they are not in freedOnDisk. heldBy names those processes
        // (InUseFiles::describe), each once.
        qint64 heldOnDisk = 0;
        QStringList heldBy;
        // One line naming the entry that could not be removed (not its parent folder), with a
        // hint on permission errors (who owns the folder). A path a concurrent removal took
        // first is AlreadyGone, never an error.
        QString message;
        // Whether anything below the path was removed before a stop or failure (Canceled,
        // Failed): a folder then is partly emptied, not as it was.
        bool removedSome = false;
        // With setKeepArrivals: the folders of the tree kept because they held what the walk
        // never listed, deepest first (the tree's own path last when it was kept too).
        QStringList keptFolders;
        // Of what setKeepArrivals kept, what was born before the tree was set aside and kept by
        // its change time alone (moved or linked in, or an old file of the tree's own that a
        // chmod -R, an append or a hard-link backup changed meanwhile: the times cannot tell
        // which), by path: the bytes it holds may be the tree's, measured with it before
        // (attack Z13). Empty when every kept thing was born later.
        QStringList keptByChangeTime;
    };
    enum class Kind {
        File,     // a blob, ref or partial download: never a folder
        Tree,     // a snapshot folder: its contents, links not followed
        Contents, // what a snapshot folder holds, the folder itself kept (see DeletionPlan's order)
        Repo,     // a whole repo, emptied in an order that keeps it valid if stopped half-way
    };

    explicit SafeRemover(QString cacheDir, std::function<bool()> isCanceled = {});

    [[nodiscard]] bool isOpen() const { return m_rootFd.isValid(); }
    // The root folder this remover works in, opened once when it was made (links followed then,
    // never after): what a caller compares with the folder it listed, so that a root path
    // swapped for a link since then is never worked in. nullopt when it could not be opened.
    [[nodiscard]] std::optional<FileIdentity> rootIdentity() const;
    // That root's descriptor (-1 when it could not be opened), for reads that must see the same
    // folder as the removals ("/proc/self/fd/N/…"), however its path is swapped meanwhile.
    [[nodiscard]] int rootFd() const { return m_rootFd.get(); }
    [[nodiscard]] Result remove(const QString &absolutePath, Kind kind);
    // Removes absolutePath if it is an empty folder (rmdir: never a link, never its contents).
    // Removed, AlreadyGone, Refused when it is not empty or not a folder (the caller's cue to
    // stop climbing), Failed with the message for anything else.
    [[nodiscard]] Result removeEmptyFolder(const QString &absolutePath);
    // Renames absolutePath's leaf to newName in the same folder, walked down as remove() walks
    // (no link followed on the way), never replacing an entry that exists (RENAME_NOREPLACE).
    // Removed means renamed; AlreadyGone, Refused and Failed as for remove().
    [[nodiscard]] Result rename(const QString &absolutePath, const QString &newName);
    // Called with the number of entries removed so far by the running remove(), every few
    // hundred entries, from the thread that removes: a tree of a million files shows progress.
    // Called every 256 entries of a tree: entries removed and the bytes on disk they freed so
    // far (Result::freedOnDisk), both counted from the start of this remove().
    void setProgress(std::function<void(qint64 removedEntries, qint64 freedOnDisk)> progress) { m_progress = std::move(progress); }
    // The deletion's record of shared blocks (SharedExtentLedger), kept by the caller for the
    // whole run, across removers: each shared block counts once, and a block whose holders the
    // run all removed counts as freed, not as kept. None by default.
    // entry: a second ledger kept the same way for a part of the run (HomeDeletion's entry: the
    // shared blocks of its removed files that something else still held when they went).
    void setLedger(SharedExtentLedger *ledger, SharedExtentLedger *entry = nullptr)
    {
        m_ledger = ledger;
        m_entryLedger = entry;
    }

    // Files that running processes hold open or have mapped, as a snapshot taken before the
    // run found them (InUseFiles): asked when a file's last name goes, as the file that holds
    // the blocks is known then, whichever of its names the plan saw (attack Z12: a blob hard-
    // linked between two repos was "freed" while a server had it mapped). Null: none.
    void setHeldFiles(const InUseFiles *inUse) { m_inUse = inUse; }

    // The run's record of the files it removed one name of while others stayed (RemovedLinks),
    // kept by the caller across removers: the ctime those removals moved is never taken for an
    // arrival's (setKeepArrivals), in this remover's trees or in a later entry's. Null (the
    // default): each tree keeps its own.
    void setRemovedLinks(RemovedLinks *links) { m_removedLinks = links; }

    // A Tree removal keeps what arrived in the tree since `sinceNs` (ns since the epoch): a file,
    // link or folder born later (statx btime; V1: written into a subfolder the walk had not
    // reached yet), and a folder that holds entries its walk never listed (written there after
    // it was listed), with the folders that hold them, rather than failing on them: a process
    // holding a folder open or working in it made them, so they are its new files, not the
    // tree's (HomeDeletion, attack T3). Result::keptFolders names the folders kept. Where the
    // filesystem keeps no birth time, a file written since stands for one born since
    // (ArrivalTime::isAfter, attack Z11). What was moved or linked in
    // keeps its birth time but not its ctime: an inode changed after that time is kept too
    // (attack W1), unless the run's own unlink of another of its names changed it. An
    // inode hard-linked within the tree whose other name a stopped run removed reads as changed,
    // and is kept. nullopt (the default): off.
    // byChangeTime: the ctime rule too, which only the run that set the tree aside may use (while
    // a deletion is stopped, a chown -R, a hard-link backup or the stopped run's own unlinks move
    // the ctime of the tree's own files: attack X1). foldersByTime: a folder is kept whole by its
    // times; off on overlayfs, where a folder copied up to the writable layer (by a file written
    // below it) is born anew with its old mtime (attack X3): there a folder is kept only when it
    // is not empty at its turn. changedUntilNs: the ctime rule only up to then (ns since the
    // epoch): the run finishing a stopped one keeps what was moved in while the stopped one ran,
    // up to its stop (ArrivalTime::isMovedIn, attack Z9).
    void setKeepArrivals(std::optional<qint64> sinceNs, bool byChangeTime = true, bool foldersByTime = true,
                         qint64 changedUntilNs = std::numeric_limits<qint64>::max())
    {
        m_keepSince = sinceNs;
        m_keepByChangeTime = byChangeTime;
        m_keepFoldersByTime = foldersByTime;
        m_keepChangedUntil = changedUntilNs;
    }

private:
    // The folder holding `relative`'s leaf, opened by walking down from the root and refusing
    // any linked component; -1 with `error` set when that fails. The folders opened on the way
    // stay open for the next calls (see OpenFolder): a revision's refs, snapshot and blobs sit
    // in three folders of one repo, and walking down again for each entry cost a tenth of a
    // whole-cache deletion (bench/delete_bench.py). Reusing a descriptor is as safe as the
    // walk: it is the same folder object, opened without following links.
    [[nodiscard]] int openParent(const QString &relative, QByteArray &leaf, QString &error, int &errorCode);
    // openParent for an absolute path inside the root: -1 with `result` saying why ("Cannot
    // <verb> <path>: ...") when it is outside the root or cannot be walked to. forget: the
    // entry is a folder about to go or move, whose kept descriptors must close first.
    [[nodiscard]] int openLeafParent(const QString &absolutePath, bool forget, const QString &verb, QByteArray &leaf, Result &result);
    // Closes the kept descriptors of `relative` and of every folder below it: it is about to go.
    void forgetFolders(const QString &relative);
    // path: the absolute path of parentFd/name, for messages that name the failing entry.
    // kind: Kind::Tree removes the folder too, Kind::Contents leaves it, emptied.
    [[nodiscard]] Result removeTree(int parentFd, const QByteArray &name, const QString &path, Kind kind) const;
    [[nodiscard]] Result removeRepo(int parentFd, const QByteArray &name, const QString &path) const;
    [[nodiscard]] bool canceled() const { return m_isCanceled && m_isCanceled(); }

    QString m_cacheDir;
    UniqueFd m_rootFd;
    // The root as opened (set with it): what rootIdentity() gives and what a folder walked
    // down to is checked against (isMountRoot), fstat'ed once rather than per folder.
    std::optional<FileIdentity> m_root;
    struct OpenFolder
    {
        QString relative; // "models--org--name/blobs", relative to the root
        UniqueFd fd;
        quint64 lastUse = 0;
    };
    static constexpr int kKeptFolders = 8; // a repo, its refs/, snapshots/, blobs/, and the last repo's
    std::vector<OpenFolder> m_folders;
    quint64 m_uses = 0;
    std::function<bool()> m_isCanceled;
    std::function<void(qint64, qint64)> m_progress;
    SharedExtentLedger *m_ledger = nullptr;
    SharedExtentLedger *m_entryLedger = nullptr;
    const InUseFiles *m_inUse = nullptr;
    RemovedLinks *m_removedLinks = nullptr;
    std::optional<qint64> m_keepSince;
    bool m_keepByChangeTime = true;
    qint64 m_keepChangedUntil = std::numeric_limits<qint64>::max();
    bool m_keepFoldersByTime = true;
};

} // namespace hubdeck
