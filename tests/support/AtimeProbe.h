// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FixtureCache.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>

#include <sys/stat.h>

namespace hubdeck::test {

// Access times to the nanosecond, and whether this file system would record a read at all:
// the tests of QuietFile's readers prove something only where a plain read moves atime.
struct AtimeProbe
{
    [[nodiscard]] static timespec atime(const QString &path)
    {
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return {-1, -1};
        return st.st_atim;
    }
    [[nodiscard]] static bool same(const timespec &a, const timespec &b) { return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec; }
    [[nodiscard]] static QString text(const timespec &t)
    {
        return QStringLiteral("%1.%2").arg(qint64(t.tv_sec)).arg(qint64(t.tv_nsec), 9, 10, QChar(u'0'));
    }

    // The access times of every folder of a tree (the root included, links not followed),
    // each set three days back first, so that relatime records the next listing of any of
    // them; empty when this file system records no access for a folder listed (noatime).
    [[nodiscard]] static QHash<QString, timespec> agedFolders(const QString &root)
    {
        QStringList folders{root};
        for (QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
             it.hasNext();)
            folders.append(it.next());
        const double old = double(QDateTime::currentSecsSinceEpoch() - 3 * 24 * 3600) + 0.25;
        const auto age = [&] {
            for (const QString &folder : std::as_const(folders))
                FixtureCache::setTimes(folder, old, old);
        };
        age();
        const timespec probe = atime(root);
        (void)QDir(root).entryList(); // a plain listing
        if (same(probe, atime(root)))
            return {};
        age();
        QHash<QString, timespec> times;
        for (const QString &folder : std::as_const(folders))
            times.insert(folder, atime(folder));
        return times;
    }
    // The folders of agedFolders() whose access time has moved since.
    [[nodiscard]] static QStringList touchedFolders(const QHash<QString, timespec> &before)
    {
        QStringList touched;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (!same(it.value(), atime(it.key())))
                touched.append(it.key());
        return touched;
    }

    // A plain read of a file in folder whose atime is three days old: relatime (the usual
    // mount) records it because the atime is older than 24 h; noatime never does.
    [[nodiscard]] static bool plainReadUpdatesAtime(const QString &folder)
    {
        const QString path = folder + QStringLiteral("/atime-probe");
        {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write("probe") != 5)
                return false;
        }
        const double old = double(QDateTime::currentSecsSinceEpoch() - 3 * 24 * 3600) + 0.25;
        FixtureCache::setTimes(path, old, old);
        const timespec before = atime(path);
        {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly) || file.readAll() != "probe")
                return false;
        }
        const bool moved = !same(before, atime(path));
        QFile::remove(path);
        return moved;
    }
};

} // namespace hubdeck::test

// In a test function: skip, saying why, where the check could not fail.
#define HUBDECK_REQUIRE_ATIME_UPDATES(folder)                                                                                              \
    do {                                                                                                                                   \
        if (!hubdeck::test::AtimeProbe::plainReadUpdatesAtime(folder))                                                                     \
            QSKIP("this file system never records reads (noatime mount): an unchanged atime would prove nothing");                         \
    } while (false)

// Both access times, equal to the nanosecond.
#define HUBDECK_COMPARE_ATIME(before, path)                                                                                                \
    do {                                                                                                                                   \
        const timespec after_ = hubdeck::test::AtimeProbe::atime(path);                                                                    \
        QVERIFY2(hubdeck::test::AtimeProbe::same(before, after_),                                                                          \
                 qPrintable(QStringLiteral("atime of %1 moved from %2 to %3")                                                              \
                                .arg(path, hubdeck::test::AtimeProbe::text(before), hubdeck::test::AtimeProbe::text(after_))));            \
    } while (false)
