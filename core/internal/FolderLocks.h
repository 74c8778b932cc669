// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "UniqueFd.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hubdeck {

// Exclusive advisory locks (flock) on folders themselves, held while the object lives: two
// HubDeck processes deleting in one Hugging Face home (the CLI and the GUI) take turns instead
// of removing the same entries under each other. The folder is the lock, so no lock file is
// ever written where the libraries keep their files or where `home ls` would list it, and a
// folder reached through a link or spelt another way is the same lock (one inode). The
// libraries lock files, never these folders, so they are not held up.
class FolderLocks
{
public:
    // Locks each folder that exists (links followed to the real one), without waiting. False
    // when another open file holds one of them for more than a second (a probe of heldBy()
    // holds one for microseconds: waited out): nothing is kept locked, and holderPid() says
    // who (0 when /proc/locks does not show it: another user's process). A filesystem without
    // flock (some network ones) cannot lock: that folder is skipped, not refused.
    [[nodiscard]] bool lock(const QStringList &folders);
    // The process holding the folder that lock() could not take, from /proc/locks; 0 if unknown.
    [[nodiscard]] qint64 holderPid() const { return m_holderPid; }
    // The folder that lock() could not take, as it was given.
    [[nodiscard]] QString heldFolder() const { return m_heldFolder; }
    void unlock() { m_fds.clear(); }

    // Who holds a flock on one of these folders (links followed): the first holder's pid other
    // than this process's, 0 when one holds it whose pid cannot be known, or nullopt. Read from
    // /proc/locks. That file leaves out (or shows as pid 0) the locks of processes outside this
    // process's PID namespace (a container sharing HF_HOME: attack S14), so a folder with no
    // line of this process is also probed with a shared lock, taken and let go at once: lock()
    // waits out such a probe rather than turning a deletion away. Where /proc/locks cannot be
    // read, lock() is tried and released (holderPid() then).
    [[nodiscard]] static std::optional<qint64> heldBy(const QStringList &folders);

    // The pid /proc/locks (proc(5)) gives for a flock on (device, inode) other than `except`'s,
    // or 0. The text is a parameter for tests.
    [[nodiscard]] static qint64 flockHolder(const QByteArray &procLocks, dev_t device, ino_t inode, qint64 except);
    // The process that holds the flock /proc/locks gives to pid on (device, inode) now: pid while
    // it runs; when it has exited, the process whose descriptor still holds the lock (a child
    // that inherited it, found by /proc/<pid>/fdinfo), else pid.
    [[nodiscard]] static qint64 liveHolder(qint64 pid, dev_t device, ino_t inode);
    // Whether /proc/locks shows a flock of `pid` on (device, inode).
    [[nodiscard]] static bool holds(const QByteArray &procLocks, dev_t device, ino_t inode, qint64 pid);

private:
    std::vector<UniqueFd> m_fds;
    qint64 m_holderPid = 0;
    QString m_heldFolder;
};

} // namespace hubdeck
