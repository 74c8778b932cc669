// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FolderFlock.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <sys/stat.h>

namespace hubdeck::test {

FolderFlock::FolderFlock(const QString &folder)
{
    // -o: the lock stays with flock(1), not with its child, so that killing flock ends it.
    m_process.start(QStringLiteral("flock"),
                    {QStringLiteral("-x"), QStringLiteral("-o"), folder, QStringLiteral("sleep"), QStringLiteral("60")});
    struct stat st
    {
    };
    if (!m_process.waitForStarted(5000) || ::stat(QFile::encodeName(folder).constData(), &st) != 0)
        return;
    // "1: FLOCK  ADVISORY  WRITE 4242 fd:01:1310734 0 EOF": this inode, this process.
    const QByteArray line = ' ' + QByteArray::number(m_process.processId()) + ' ';
    const QByteArray inode = ':' + QByteArray::number(quint64(st.st_ino)) + ' ';
    for (QDeadlineTimer deadline(5000); !deadline.hasExpired(); QThread::msleep(20)) {
        QFile locks(QStringLiteral("/proc/locks"));
        if (!locks.open(QIODevice::ReadOnly))
            return;
        for (const QByteArray &entry : locks.readAll().split('\n'))
            if (entry.contains("FLOCK") && entry.contains(line) && entry.contains(inode)) {
                m_held = true;
                return;
            }
    }
}

FolderFlock::~FolderFlock()
{
    release();
}

void FolderFlock::release()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished();
}

} // namespace hubdeck::test
