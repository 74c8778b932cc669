// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FileIdentity.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <sys/types.h>

namespace hubdeck {

// Which files running processes are using right now, as /proc shows them to this user: the
// files and folders they hold open (/proc/<pid>/fd), the files they have mapped
// (/proc/<pid>/maps: Arrow caches are memory-mapped), the files they hold a lock on
// (/proc/locks: datasets' and xet's file locks, flock or fcntl) and the folders they work in
// (/proc/<pid>/cwd: a shell or a build writing there, whose next file would land in a folder
// being removed). A thread with a file table or working folder of its own (unshare
// CLONE_FILES, CLONE_FS; told apart with kcmp) has its /proc/<pid>/task/<tid>/fd and cwd read
// too, and is named by its process. Files are known by device and inode, never by path, so a
// renamed or hard-linked file is still recognised. Processes of other users are not visible
// and are not reported; neither is HubDeck itself, nor another HubDeck (hubdeck or hubdeck-cli
// beside this executable, told by /proc/<pid>/exe), whose scans hold folders open while they
// walk them (GUI attack B17): a HubDeck deletion is told by its lock on the home.
class InUseFiles
{
    Q_DECLARE_TR_FUNCTIONS(InUseFiles)

public:
    struct Holder
    {
        qint64 pid = 0;
        enum class Use {
            Open,          // an open descriptor
            Mapped,        // a mapping without a descriptor (an Arrow file memory-mapped by datasets)
            Lock,          // a lock (the holder is at work there)
            WorkingFolder, // the process's current folder
            RootFolder,    // the process's root folder (chroot): all it writes lands below it
        };
        QString command; // /proc/<pid>/comm, e.g. "python3"
        Use use = Use::Open;
    };

    // Reads /proc now. Cheap enough to call before each deletion (a few thousand readlinks).
    [[nodiscard]] static InUseFiles snapshot();

    [[nodiscard]] bool isEmpty() const { return m_holders.isEmpty(); }
    [[nodiscard]] const Holder *holder(dev_t device, ino_t inode) const;
    // The same, leaving out one process: a HubDeck deletion that holds the folders it empties
    // open is not another program's use of them (attack Z10: "in use: held open by
    // hubdeck-cli" beside "being deleted"), while a program that holds the same file too is.
    [[nodiscard]] const Holder *holder(dev_t device, ino_t inode, qint64 besidesPid) const;
    // "held open by python3 (pid 4242)", "locked by python3 (pid 4242)" or "the working folder
    // of bash (pid 4242)", for messages.
    [[nodiscard]] static QString describe(const Holder &holder);

    // For tests and for the scanner: records a holder of (device, inode).
    void add(dev_t device, ino_t inode, const Holder &holder);

private:
    // Each process that holds a file once, a lock before an open descriptor: one file is held
    // by several processes (a parent and the child that inherited its descriptors).
    QMultiHash<FileIdentity, Holder> m_holders;
};

} // namespace hubdeck
