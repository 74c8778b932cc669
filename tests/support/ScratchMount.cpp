// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "ScratchMount.h"

#include <QDir>
#include <QFile>
#include <QProcess>

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
    if (m_image)
        ::umount2(QFile::encodeName(path(QStringLiteral("image"))).constData(), MNT_DETACH);
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

bool ScratchMount::mountImage(const QString &type, const QStringList &mkfsArguments, qint64 bytes)
{
    if (!isMounted())
        return false;
    const QString image = path(QStringLiteral("fs.img"));
    QFile file(image);
    if (!file.open(QIODevice::WriteOnly) || !file.resize(bytes) || !QDir().mkpath(path(QStringLiteral("image")))) {
        m_whyNot = QStringLiteral("cannot make an image file on the tmpfs");
        return false;
    }
    file.close();
    const auto run = [](const QString &program, const QStringList &arguments) {
        QProcess process;
        process.start(program, arguments);
        return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    };
    if (!run(QStringLiteral("mkfs.") + type,
             QStringList{QStringLiteral("-q"), QStringLiteral("-F")} + mkfsArguments + QStringList{image})) {
        m_whyNot = QStringLiteral("cannot make an %1 filesystem (mkfs.%1)").arg(type);
        return false;
    }
    if (!run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("loop"), image, path(QStringLiteral("image"))})) {
        m_whyNot = QStringLiteral("cannot mount an image here (no loop device)");
        return false;
    }
    m_image = true;
    return true;
}

} // namespace hubdeck::test
