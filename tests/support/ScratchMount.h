// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace hubdeck::test {

// A tmpfs mounted for one test on a temporary folder, unmounted (MNT_DETACH) with what was
// mounted on it when this goes: a filesystem of a known size, or the layers of an overlayfs,
// that no other test writes to. Mounting needs root (CAP_SYS_ADMIN): whyNot() then says why
// not, for a QSKIP.
class ScratchMount
{
public:
    // options: tmpfs's ("size=8m", "size=4m,nr_inodes=64").
    explicit ScratchMount(const QByteArray &options);
    ~ScratchMount();
    ScratchMount(const ScratchMount &) = delete;
    ScratchMount &operator=(const ScratchMount &) = delete;

    [[nodiscard]] bool isMounted() const { return m_whyNot.isEmpty(); }
    [[nodiscard]] const QString &whyNot() const { return m_whyNot; }
    // Absolute; the tmpfs's root for an empty `relative`.
    [[nodiscard]] QString path(const QString &relative = {}) const;
    // Mounts an overlayfs at merged/ of lower/ (a container image's read-only layer) and upper/
    // (the container's writable one), with work/, all on this tmpfs. False with whyNot() set
    // when it cannot be.
    [[nodiscard]] bool mountOverlay();
    // Makes a filesystem of `type` (mkfs.<type> with mkfsArguments) in an image of `bytes` on
    // this tmpfs and mounts it on image/ through a loop device: a filesystem made as some
    // machines have it (ext4 with 128-byte inodes, which keep no birth time). False with
    // whyNot() set when it cannot be (no mkfs.<type>, no loop device).
    [[nodiscard]] bool mountImage(const QString &type, const QStringList &mkfsArguments, qint64 bytes);

private:
    QTemporaryDir m_dir;
    QString m_whyNot;
    bool m_overlay = false;
    bool m_image = false;
};

} // namespace hubdeck::test
