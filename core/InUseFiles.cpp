// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "InUseFiles.h"

#include "FileName.h"
#include "internal/PosixFs.h"

#include <QByteArrayList>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <dirent.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace hubdeck {

namespace {

QString commandOf(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return QStringLiteral("process");
    return QString::fromUtf8(comm.readAll().trimmed());
}

// "fd:01" or "08:01:1310734": a device as /proc prints it, major and minor in hex.
bool parseDevice(const QByteArray &text, dev_t &device)
{
    const QByteArrayList parts = text.split(':');
    if (parts.size() < 2)
        return false;
    bool okMajor = false;
    bool okMinor = false;
    const uint major = parts.at(0).toUInt(&okMajor, 16);
    const uint minor = parts.at(1).toUInt(&okMinor, 16);
    device = makedev(major, minor);
    return okMajor && okMinor;
}

QList<qint64> processes()
{
    QList<qint64> pids;
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return pids;
    while (const dirent *entry = ::readdir(proc)) {
        bool ok = false;
        const qint64 pid = QByteArray(entry->d_name).toLongLong(&ok);
        if (ok && pid > 0)
            pids.append(pid);
    }
    ::closedir(proc);
    return pids;
}

// The process's other threads (/proc/PID/task, the leader left out).
QList<qint64> threadsOf(qint64 pid)
{
    QList<qint64> tids;
    DIR *tasks = ::opendir(("/proc/" + QByteArray::number(pid) + "/task").constData());
    if (!tasks)
        return tids;
    while (const dirent *entry = ::readdir(tasks)) {
        bool ok = false;
        const qint64 tid = QByteArray(entry->d_name).toLongLong(&ok);
        if (ok && tid > 0 && tid != pid)
            tids.append(tid);
    }
    ::closedir(tasks);
    return tids;
}

// kcmp(2)'s resource types (linux/kcmp.h).
constexpr int KcmpFiles = 2;
constexpr int KcmpFs = 3;

// Whether thread tid shares that resource with its process: kcmp answers 0 when both use the
// same one. When it cannot tell (no kcmp in this kernel, not allowed), the thread's own is
// read as well: reading twice costs time, missing one would delete a file in use.
bool sameAsProcess(qint64 pid, qint64 tid, int type)
{
    return ::syscall(SYS_kcmp, pid_t(pid), pid_t(tid), type, 0UL, 0UL) == 0;
}

// hubdeck and hubdeck-cli beside this process's executable (installed side by side, as in a
// build's bin/), by device and inode.
QSet<FileIdentity> hubdeckExecutables()
{
    QSet<FileIdentity> found;
    struct stat st
    {
    };
    const QString folder = QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).path();
    for (const char *name : {"hubdeck", "hubdeck-cli"})
        if (::stat(FileName::encode(folder + u'/' + QLatin1String(name)).constData(), &st) == 0 && S_ISREG(st.st_mode))
            found.insert(FileIdentity::of(st));
    return found;
}

} // namespace

InUseFiles InUseFiles::snapshot()
{
    InUseFiles files;
    const qint64 self = ::getpid();
    QHash<qint64, QString> commands;
    const auto holderOf = [&](qint64 pid, Holder::Use use) {
        auto it = commands.find(pid);
        if (it == commands.end())
            it = commands.insert(pid, pid > 0 ? commandOf(pid) : tr("a process"));
        return Holder{pid, it.value(), use};
    };

    // Another HubDeck (the window, the CLI) holds the folders it walks open while it scans and
    // checks: taken for a program's use, one HubDeck's look greyed the other's entries and
    // refused its deletion (GUI attack B17). Told by its executable, the same file as one of
    // ours. A HubDeck deletion is told by its lock on the home instead (HomeScan::deletionRunning).
    const QSet<FileIdentity> hubdeck = hubdeckExecutables();
    QHash<qint64, bool> hubdeckPids; // a pid that holds locks is met again in the process walk
    const auto isHubDeck = [&](qint64 pid) {
        if (pid <= 0 || hubdeck.isEmpty())
            return false;
        auto it = hubdeckPids.constFind(pid);
        if (it == hubdeckPids.cend()) {
            struct stat st
            {
            };
            it = hubdeckPids.insert(pid, ::stat(("/proc/" + QByteArray::number(pid) + "/exe").constData(), &st) == 0 &&
                                             hubdeck.contains(FileIdentity::of(st)));
        }
        return it.value();
    };

    // Locks first: "1: FLOCK  ADVISORY  WRITE 4242 08:01:1310734 0 EOF". Waiters ("->") hold
    // nothing yet; OFD locks show pid -1.
    QFile locks(QStringLiteral("/proc/locks"));
    if (locks.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : locks.readAll().split('\n')) {
            const QByteArrayList fields = line.simplified().split(' ');
            if (fields.size() < 6 || fields.at(1) == "->")
                continue;
            const qint64 pid = fields.at(4).toLongLong();
            const QByteArray &id = fields.at(5);
            dev_t device = 0;
            const qsizetype lastColon = id.lastIndexOf(':');
            if (lastColon < 0 || !parseDevice(id.left(lastColon), device) || pid == self || isHubDeck(pid))
                continue;
            files.add(device, ino_t(id.mid(lastColon + 1).toULongLong()), holderOf(pid, Holder::Use::Lock));
        }
    }

    struct stat rootStat
    {
    };
    const FileIdentity ownRoot = ::stat("/", &rootStat) == 0 ? FileIdentity::of(rootStat) : FileIdentity();
    // The open files of one task (a process, or one of its threads: base is /proc/PID or
    // /proc/PID/task/TID), named by the process, the one a `kill` reaches.
    const auto addOpenFiles = [&](const QByteArray &base, qint64 pid) {
        UniqueFd fdDir = PosixFs::openDir(QString::fromLatin1(base + "/fd"));
        QList<PosixFs::Entry> fds;
        if (!fdDir.isValid() || !PosixFs::listDir(fdDir.get(), fds))
            return;
        for (const PosixFs::Entry &fd : std::as_const(fds)) {
            struct stat st
            {
            };
            // Following the magic link reaches the open file itself, even a deleted or renamed
            // one. A folder held open is one a process may still create files in (openat):
            // removed under it, they would land in a folder being emptied (attack T3).
            if (PosixFs::statAt(fdDir.get(), fd.name, st, Links::Follow) && (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)))
                files.add(st.st_dev, st.st_ino, holderOf(pid, Holder::Use::Open));
        }
    };
    const auto addFolders = [&](const QByteArray &base, qint64 pid) {
        // A shell or a program working in a folder writes its next file there (attack Q11: a
        // shell's folder was deleted under it, and its next file failed the run half-way).
        if (struct stat st{}; ::stat((base + "/cwd").constData(), &st) == 0 && S_ISDIR(st.st_mode))
            files.add(st.st_dev, st.st_ino, holderOf(pid, Holder::Use::WorkingFolder));
        // Chrooted into a folder (a build root, a sandbox kept in a dataset folder): everything it
        // writes lands below it (attack W9). Processes sharing this one's root are left alone.
        if (struct stat st{}; ::stat((base + "/root").constData(), &st) == 0 && S_ISDIR(st.st_mode) && FileIdentity::of(st) != ownRoot)
            files.add(st.st_dev, st.st_ino, holderOf(pid, Holder::Use::RootFolder));
    };
    for (const qint64 pid : processes()) {
        if (pid == self || isHubDeck(pid))
            continue;
        const QByteArray base = "/proc/" + QByteArray::number(pid);
        addOpenFiles(base, pid);
        addFolders(base, pid);
        // A thread that unshared its file table or its working folder (unshare(CLONE_FILES),
        // CLONE_FS: thread pools, sandboxes) shows them only under its own task, not the
        // process's (attack Z15: a file held open that way was deleted and counted as freed).
        // Threads that share the process's (nearly all) are not read twice.
        for (const qint64 tid : threadsOf(pid)) {
            const QByteArray task = base + "/task/" + QByteArray::number(tid);
            if (!sameAsProcess(pid, tid, KcmpFiles))
                addOpenFiles(task, pid);
            if (!sameAsProcess(pid, tid, KcmpFs))
                addFolders(task, pid);
        }
        // The memory map is the whole thread group's: threads cannot unshare it.
        // "7f…-7f… r--s 00000000 fd:01 1310734  /path/file.arrow"
        QFile maps(QString::fromLatin1(base + "/maps"));
        if (!maps.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : maps.readAll().split('\n')) {
            const QByteArrayList fields = line.simplified().split(' ');
            if (fields.size() < 6)
                continue;
            const qulonglong inode = fields.at(4).toULongLong();
            dev_t device = 0;
            if (inode == 0 || !parseDevice(fields.at(3), device))
                continue;
            // After the descriptors: a file the process also has open is said as held open.
            files.add(device, ino_t(inode), holderOf(pid, Holder::Use::Mapped)); // once per process
        }
    }
    return files;
}

const InUseFiles::Holder *InUseFiles::holder(dev_t device, ino_t inode) const
{
    return holder(device, inode, 0);
}

const InUseFiles::Holder *InUseFiles::holder(dev_t device, ino_t inode, qint64 besidesPid) const
{
    // A lock says more than an open descriptor (the lock holder is the one at work).
    const Holder *found = nullptr;
    for (auto it = m_holders.constFind({quint64(device), quint64(inode)});
         it != m_holders.cend() && it.key() == FileIdentity{quint64(device), quint64(inode)}; ++it) {
        if (besidesPid > 0 && it->pid == besidesPid)
            continue;
        if (!found || (it->use == Holder::Use::Lock && found->use != Holder::Use::Lock))
            found = &it.value();
    }
    return found;
}

QString InUseFiles::describe(const Holder &holder)
{
    // In the user's language: the reason shows inside translated sentences (GUI attack H2).
    const QString who = holder.pid > 0 ? tr("%1 (pid %2)").arg(holder.command).arg(holder.pid) : holder.command;
    switch (holder.use) {
    case Holder::Use::Lock:
        return tr("locked by %1").arg(who);
    case Holder::Use::WorkingFolder:
        return tr("the working folder of %1").arg(who);
    case Holder::Use::RootFolder:
        return tr("the root folder (chroot) of %1").arg(who);
    case Holder::Use::Mapped:
        // Not "held open": no descriptor shows it in /proc/PID/fd or lsof's FD column (attack
        // report 18, G5), only its mapping in /proc/PID/maps.
        return tr("mapped into memory by %1").arg(who);
    case Holder::Use::Open:
        break;
    }
    return tr("held open by %1").arg(who);
}

void InUseFiles::add(dev_t device, ino_t inode, const Holder &holder)
{
    const FileIdentity key{quint64(device), quint64(inode)};
    for (auto it = m_holders.find(key); it != m_holders.end() && it.key() == key; ++it) {
        // /proc/locks names the process that took the lock; a child that inherited its
        // descriptor holds it once that one exits (flock(1) handing it to a job), and an OFD
        // lock names none: then the process with the file open is the one to name (attack W10:
        // "locked by process (pid 499)", an exited pid that kill cannot reach).
        if (it->use == Holder::Use::Lock && holder.use == Holder::Use::Open && holder.pid > 0 && it->pid != holder.pid &&
            (it->pid <= 0 || ::access(QByteArray("/proc/" + QByteArray::number(it->pid)).constData(), F_OK) != 0)) {
            *it = Holder{holder.pid, holder.command, Holder::Use::Lock};
            return;
        }
        if (it->pid != holder.pid)
            continue;
        // The same process again: a lock says more than an open descriptor.
        if (holder.use == Holder::Use::Lock && it->use != Holder::Use::Lock)
            *it = holder;
        return;
    }
    m_holders.insert(key, holder);
}

} // namespace hubdeck
