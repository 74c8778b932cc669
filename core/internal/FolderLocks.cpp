// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FolderLocks.h"

#include "FileName.h"
#include "Logging.h"
#include "PosixFs.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>
#include <unistd.h>

namespace hubdeck {

bool FolderLocks::lock(const QStringList &folders)
{
    m_fds.clear();
    m_holderPid = 0;
    m_heldFolder.clear();
    struct Opened
    {
        UniqueFd fd;
        dev_t device;
        ino_t inode;
        QString folder; // the first spelling given
    };
    std::vector<Opened> opened;
    for (const QString &folder : folders) {
        UniqueFd fd(::open(FileName::encode(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        struct stat st
        {
        };
        if (!fd.isValid() || ::fstat(fd.get(), &st) != 0)
            continue;
        const bool known =
            std::any_of(opened.cbegin(), opened.cend(), [&](const Opened &o) { return o.device == st.st_dev && o.inode == st.st_ino; });
        if (!known)
            opened.push_back({std::move(fd), st.st_dev, st.st_ino, folder});
    }
    // One order for every process, so that two never each hold a lock the other waits for.
    std::sort(opened.begin(), opened.end(),
              [](const Opened &a, const Opened &b) { return a.device != b.device ? a.device < b.device : a.inode < b.inode; });
    for (Opened &o : opened) {
        // Another process's heldBy() probe holds a shared lock for a moment: tried again for a
        // second before the folder counts as held.
        int tries = 0;
        int locked = -1;
        while ((locked = ::flock(o.fd.get(), LOCK_EX | LOCK_NB)) != 0 && errno == EWOULDBLOCK && ++tries < 50)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        if (locked == 0) {
            m_fds.push_back(std::move(o.fd));
            continue;
        }
        if (errno != EWOULDBLOCK) {
            qCWarning(lcHome) << "cannot lock" << o.inode << PosixFs::errorString(errno);
            continue;
        }
        QFile locks(QStringLiteral("/proc/locks"));
        if (locks.open(QIODevice::ReadOnly))
            m_holderPid = liveHolder(flockHolder(locks.readAll(), o.device, o.inode, ::getpid()), o.device, o.inode);
        m_heldFolder = o.folder;
        m_fds.clear();
        return false;
    }
    return true;
}

std::optional<qint64> FolderLocks::heldBy(const QStringList &folders)
{
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly)) {
        FolderLocks probe;
        if (probe.lock(folders))
            return std::nullopt;
        return probe.holderPid();
    }
    const QByteArray text = locks.readAll();
    for (const QString &folder : folders) {
        struct stat st
        {
        };
        if (::stat(FileName::encode(folder).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
            continue;
        if (const qint64 pid = flockHolder(text, st.st_dev, st.st_ino, ::getpid()); pid > 0)
            return liveHolder(pid, st.st_dev, st.st_ino);
        if (holds(text, st.st_dev, st.st_ino, ::getpid()))
            continue; // this process's own deletion
        // Not shown, or shown with pid 0: a holder in another PID namespace, if any.
        UniqueFd fd(::open(FileName::encode(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (!fd.isValid())
            continue;
        if (::flock(fd.get(), LOCK_SH | LOCK_NB) == 0)
            ::flock(fd.get(), LOCK_UN);
        else if (errno == EWOULDBLOCK)
            return 0;
        // Else a filesystem without flock (some network ones): lock() skips that folder too.
    }
    return std::nullopt;
}

qint64 FolderLocks::liveHolder(qint64 pid, dev_t device, ino_t inode)
{
    if (pid <= 0 || ::access(QByteArray("/proc/" + QByteArray::number(pid)).constData(), F_OK) == 0)
        return pid;
    // /proc/locks names the process that took the lock, which may have exited since, leaving it
    // to a child that inherited the descriptor (flock(1) killed while its command runs, a
    // daemon): the process whose descriptor shows the lock (fdinfo's "lock:" lines) holds it now
    // (attack U12: "a HubDeck deletion is running (pid N)" for a pid that did not exist).
    const QByteArray id = ' ' + QByteArray::number(::major(device), 16).rightJustified(2, '0') + ':' +
                          QByteArray::number(::minor(device), 16).rightJustified(2, '0') + ':' + QByteArray::number(quint64(inode)) + ' ';
    UniqueFd proc = PosixFs::openDir(QStringLiteral("/proc"));
    QList<PosixFs::Entry> processes;
    if (!proc.isValid() || !PosixFs::listDir(proc.get(), processes))
        return pid;
    for (const PosixFs::Entry &process : std::as_const(processes)) {
        bool number = false;
        const qint64 other = process.name.toLongLong(&number);
        if (!number || other == ::getpid())
            continue;
        const QByteArray fdinfo = "/proc/" + process.name + "/fdinfo";
        UniqueFd dir = PosixFs::openDir(QString::fromLatin1(fdinfo));
        QList<PosixFs::Entry> fds;
        if (!dir.isValid() || !PosixFs::listDir(dir.get(), fds))
            continue;
        for (const PosixFs::Entry &fd : std::as_const(fds)) {
            QFile info(QString::fromLatin1(fdinfo + '/' + fd.name));
            if (!info.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &line : info.readAll().split('\n'))
                if (line.startsWith("lock:") && line.contains(" FLOCK ") && line.simplified().append(' ').contains(id))
                    return other;
        }
    }
    return pid;
}

bool FolderLocks::holds(const QByteArray &procLocks, dev_t device, ino_t inode, qint64 pid)
{
    const QByteArray id = QByteArray::number(::major(device), 16).rightJustified(2, '0') + ':' +
                          QByteArray::number(::minor(device), 16).rightJustified(2, '0') + ':' + QByteArray::number(quint64(inode));
    for (const QByteArray &line : procLocks.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 6 && fields.at(1) == "FLOCK" && fields.at(5) == id && fields.at(4).toLongLong() == pid)
            return true;
    }
    return false;
}

qint64 FolderLocks::flockHolder(const QByteArray &procLocks, dev_t device, ino_t inode, qint64 except)
{
    // "1: FLOCK  ADVISORY  WRITE 4242 08:01:1234567 0 EOF"; a waiter's line has "->" after the
    // number. The device is major:minor in hex, as the kernel prints it.
    const QByteArray id = QByteArray::number(::major(device), 16).rightJustified(2, '0') + ':' +
                          QByteArray::number(::minor(device), 16).rightJustified(2, '0') + ':' + QByteArray::number(quint64(inode));
    for (const QByteArray &line : procLocks.split('\n')) {
        QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 1 && fields.at(1) == "->")
            continue;
        if (fields.size() < 6 || fields.at(1) != "FLOCK" || fields.at(5) != id)
            continue;
        const qint64 pid = fields.at(4).toLongLong();
        if (pid > 0 && pid != except)
            return pid;
    }
    return 0;
}

} // namespace hubdeck
