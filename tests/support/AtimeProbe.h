// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FixtureCache.h"

#include <QDateTime>
#include <QFile>
#include <QString>

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
