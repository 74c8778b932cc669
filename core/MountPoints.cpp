// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "MountPoints.h"

#include <QFile>

namespace hubdeck {

namespace {

// proc(5): a mount point's space, tab, newline and backslash are written as \ooo.
QByteArray unescaped(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const auto isOctal = [&](qsizetype at) { return at < field.size() && field.at(at) >= '0' && field.at(at) <= '7'; };
        if (field.at(i) == '\\' && isOctal(i + 1) && isOctal(i + 2) && isOctal(i + 3)) {
            out.append(char(((field.at(i + 1) - '0') << 6) | ((field.at(i + 2) - '0') << 3) | (field.at(i + 3) - '0')));
            i += 3;
        } else {
            out.append(field.at(i));
        }
    }
    return out;
}

} // namespace

MountPoints MountPoints::current()
{
    QFile file(QStringLiteral("/proc/self/mountinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(file.readAll());
}

MountPoints MountPoints::parse(const QByteArray &mountinfo)
{
    // "36 35 98:0 /mnt1 /mnt/parent\040dir rw,noatime master:1 - ext3 /dev/root rw": fields are
    // separated by single spaces, and no field holds one (escaped).
    MountPoints table;
    for (const QByteArray &line : mountinfo.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 5 || !fields.at(4).startsWith('/'))
            continue;
        table.m_paths.append(unescaped(fields.at(4)));
    }
    return table;
}

QByteArray MountPoints::atOrBelow(const QByteArray &path) const
{
    if (m_paths.contains(path))
        return path;
    return below(path);
}

QByteArray MountPoints::below(const QByteArray &path) const
{
    for (const QByteArray &mount : m_paths)
        if (mount.size() > path.size() && mount.startsWith(path) && (path.endsWith('/') || mount.at(path.size()) == '/'))
            return mount;
    return {};
}

} // namespace hubdeck
