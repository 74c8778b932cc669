// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "ScratchMount.h"

#include <QDir>
#include <QFile>

#include <sys/mount.h>
#include <unistd.h>

namespace hubdeck::test {

ScratchMount::ScratchMount(const QByteArray &options)
{
    if (::geteuid() != 0)
        m_whyNot = QStringLiteral("mounting needs root");
    else if (::mount("none", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, options.constData()) != 0)
        m_whyNot = QStringLiteral("cannot mount a tmpfs here (no CAP_SYS_ADMIN in this namespace)");
}

ScratchMount::~ScratchMount()
{
    if (m_overlay)
        ::umount2(QFile::encodeName(path(QStringLiteral("merged"))).constData(), MNT_DETACH);
    if (isMounted())
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
}

QString ScratchMount::path(const QString &relative) const
{
    return relative.isEmpty() ? m_dir.path() : m_dir.filePath(relative);
}

bool ScratchMount::mountOverlay()
{
    if (!isMounted())
        return false;
    for (const char *folder : {"lower", "upper", "work", "merged"})
        if (!QDir().mkpath(path(QString::fromLatin1(folder)))) {
            m_whyNot = QStringLiteral("cannot make the overlay's folders");
            return false;
        }
    const QByteArray options = "lowerdir=" + QFile::encodeName(path(QStringLiteral("lower"))) +
                               ",upperdir=" + QFile::encodeName(path(QStringLiteral("upper"))) +
                               ",workdir=" + QFile::encodeName(path(QStringLiteral("work")));
    if (::mount("overlay", QFile::encodeName(path(QStringLiteral("merged"))).constData(), "overlay", 0, options.constData()) != 0) {
        m_whyNot = QStringLiteral("cannot mount an overlayfs here");
        return false;
    }
    m_overlay = true;
    return true;
}

} // namespace hubdeck::test
