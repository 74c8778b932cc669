// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DisplayFormat.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace hubdeck {

QString DisplayFormat::size(qint64 bytes)
{
    // Qt says "1 bytes"; below a kilobyte the count is ours. Spelled out, as timeSince's, so
    // it reads right with no translator loaded.
    if (bytes == 1)
        return tr("1 byte");
    if (bytes >= 0 && bytes < 1000)
        return tr("%1 bytes").arg(QLocale().toString(bytes));
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

bool DisplayFormat::holdsLessOnDisk(qint64 size, qint64 onDisk)
{
    // Visibly: a small file's last block makes it hold a little more, never this.
    return onDisk < size && DisplayFormat::size(onDisk) != DisplayFormat::size(size);
}

QString DisplayFormat::timeSince(double timestamp, double now)
{
    const double delta = now - timestamp;
    if (delta < -60) // clock skew of a minute still reads as now (HumanFormat::timeSince)
        return tr("in the future");
    if (delta < 20)
        return tr("a few seconds ago");
    auto rounded = [delta](double unit) { return int(std::llround(std::nearbyint(delta / unit))); };
    // Singular and plural spelled out: n is at least 1 here, which German and French treat
    // as English does, and untranslated English then reads right too.
    if (const int n = rounded(1); n <= 60)
        return n == 1 ? tr("1 second ago") : tr("%1 seconds ago").arg(n);
    if (const int n = rounded(60); n <= 60)
        return n == 1 ? tr("1 minute ago") : tr("%1 minutes ago").arg(n);
    if (const int n = rounded(3600); n <= 24)
        return n == 1 ? tr("1 hour ago") : tr("%1 hours ago").arg(n);
    if (const int n = rounded(86400); n <= 6)
        return n == 1 ? tr("1 day ago") : tr("%1 days ago").arg(n);
    if (const int n = rounded(86400 * 7); n <= 6)
        return n == 1 ? tr("1 week ago") : tr("%1 weeks ago").arg(n);
    if (const int n = rounded(86400 * 30); n <= 11)
        return n == 1 ? tr("1 month ago") : tr("%1 months ago").arg(n);
    const int years = rounded(86400 * 365);
    return years == 1 ? tr("1 year ago") : tr("%1 years ago").arg(years);
}

QString DisplayFormat::dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return QLocale().toString(when.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DisplayFormat::dateTime(double secondsSinceEpoch)
{
    return dateTime(QDateTime::fromMSecsSinceEpoch(qint64(std::llround(secondsSinceEpoch * 1000.0))));
}

QString DisplayFormat::repoType(RepoType type)
{
    switch (type) {
    case RepoType::Model:
        return tr("model");
    case RepoType::Dataset:
        return tr("dataset");
    case RepoType::Space:
        return tr("space");
    }
    return repoTypeName(type);
}

QString DisplayFormat::timeLeft(double seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("about %1 s left").arg(std::max(1, int(std::ceil(seconds / 5) * 5)));
    if (seconds < 3600)
        return tr("about %1 min left").arg(int(std::ceil(seconds / 60)));
    return tr("about %1 h %2 min left").arg(int(seconds / 3600)).arg(int(std::fmod(seconds, 3600) / 60));
}

QString DisplayFormat::corruption(CorruptedRepo::Reason reason)
{
    using Reason = CorruptedRepo::Reason;
    switch (reason) {
    case Reason::NotADirectory:
        return tr("A file where a repo folder belongs");
    case Reason::BadFolderName:
        return tr("Not a repo folder: the name is not type--owner--name");
    case Reason::BadRepoType:
        return tr("Unknown repo type in the folder name");
    case Reason::NoSnapshotsFolder:
        return tr("No snapshots folder: nothing usable was downloaded");
    case Reason::RefsIsAFile:
        return tr("Its refs folder is a file");
    case Reason::FileInSnapshots:
        return tr("A stray file among the snapshots");
    case Reason::BrokenLink:
        return tr("A file links to a blob that is missing");
    case Reason::RefToMissingCommit:
        return tr("A ref names a commit that is not in the cache");
    case Reason::Unreadable:
        return tr("Cannot be read (permissions or a disk error)");
    }
    return {};
}

} // namespace hubdeck
