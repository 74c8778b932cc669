// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QList>

namespace hubdeck {

// The mount points of this process's mount namespace, from /proc/self/mountinfo (proc(5)):
// the fifth field of each line, with the kernel's octal escapes (\040 a space, \011 a tab,
// \012 a newline, \134 a backslash) turned back into their bytes. Paths stay raw bytes, as
// the file names they are compared with. A bind mount of a folder of the same filesystem
// keeps its device number, so only this table tells it from a plain folder.
class MountPoints
{
public:
    // The table now; empty when /proc is not there (the walk's device check still holds).
    [[nodiscard]] static MountPoints current();
    // The table a mountinfo text describes; lines that do not parse are left out.
    [[nodiscard]] static MountPoints parse(const QByteArray &mountinfo);

    [[nodiscard]] const QList<QByteArray> &paths() const { return m_paths; }
    // The first mount point that is `path` itself or lies below it, or an empty array.
    // `path` must be resolved (no link in it), as the kernel's table is.
    [[nodiscard]] QByteArray atOrBelow(const QByteArray &path) const;
    // The same, but only a mount point below `path`: a folder whose contents alone go (a part's
    // own folder, HomeEntry::keepsItsFolder) may itself be one (a download folder on a disk of
    // its own).
    [[nodiscard]] QByteArray below(const QByteArray &path) const;

private:
    QList<QByteArray> m_paths;
};

} // namespace hubdeck
