// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AsideFolder.h"

#include "ArrivalTime.h"
#include "DirWalker.h"
#include "FileIdentity.h"
#include "FileName.h"
#include "HomeScanner.h"
#include "LinkTally.h"
#include "PosixFs.h"
#include "RemovedLinks.h"
#include "SharedExtents.h"
#include "UniqueFd.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>

#include <cerrno>
#include <ctime>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>

namespace hubdeck {

namespace {

constexpr const char *kSetAsideAttribute = HomeScanner::setAsideAttribute();
// The stopped run's removals of one name of files with others (AsideFolder::recordStop). ext4
// keeps all of a folder's attributes in its inode's spare room and one block: a value of at
// most kUnlinkedInBlock bytes fits there beside the time; on XFS and btrfs up to the kernel's
// bound on a value.
constexpr const char *kUnlinkedAttribute = "user.hubdeck.unlinked";
constexpr qsizetype kUnlinkedInBlock = 3840;
constexpr qsizetype kUnlinkedAtMost = 65536; // XATTR_SIZE_MAX

void keepUnlinked(const QByteArray &path, const InodeRanges &unlinked)
{
    for (const qsizetype bound : {kUnlinkedAtMost, kUnlinkedInBlock}) {
        const QByteArray value = unlinked.encoded(bound);
        if (::lsetxattr(path.constData(), kUnlinkedAttribute, value.constData(), size_t(value.size()), 0) == 0)
            return;
        if (errno != E2BIG && errno != ENOSPC && errno != ERANGE)
            return; // no user attributes here: the record is lost, what it names is kept as moved in
    }
}

InodeRanges readUnlinked(const QByteArray &path)
{
    QByteArray value(kUnlinkedAtMost, Qt::Uninitialized);
    const ssize_t read = ::lgetxattr(path.constData(), kUnlinkedAttribute, value.data(), size_t(value.size()));
    if (read <= 0)
        return {};
    value.truncate(read);
    return InodeRanges::decoded(value).value_or(InodeRanges());
}

// "<ns> <inode> <birth ns>": the time, and the folder it was written on. User attributes travel
// with copies (cp -a, rsync -aX, mv to another disk), whose files are all born later: trusted
// on another folder, the time would make every file of a copied leftover a writer's, and the
// run finishing it would give a half-deleted cache its name back (attack W2). A copy is a new
// folder: another inode, born later. Not the device number, which a remount may change
// (a loop or dm device, NVMe order, btrfs subvolumes: attack X2).
// Once the run that set it aside stopped (AsideFolder::recordStop): "<ns> <inode> 0 <until - ns>",
// the folder born no later than the time standing for its birth time. The value stays within
// what ext4 keeps inside a 256-byte inode (52 bytes for this name): a longer one takes a block
// of its own, which the folder's measured size would count and giving it back would free.
// 0 when kept, else the errno of what failed.
int keepTime(const QString &path, qint64 since, qint64 until = 0)
{
    struct stat st
    {
    };
    if (::lstat(FileName::encode(path).constData(), &st) != 0)
        return errno;
    const QByteArray value = QByteArray::number(since) + ' ' + QByteArray::number(quint64(st.st_ino)) + ' ' +
                             (until > since ? "0 " + QByteArray::number(until - since) : QByteArray::number(PosixFs::birthTime(path)));
    return ::lsetxattr(FileName::encode(path).constData(), kSetAsideAttribute, value.constData(), size_t(value.size()), 0) == 0 ? 0 : errno;
}

// Bytes of a regular file held in extents shared with other files, as TreeMeasure leaves them
// out of what deleting it frees.
qint64 sharedBytes(int dirFd, const QByteArray &name)
{
    struct stat st
    {
    };
    if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
        return 0;
    return SharedExtents::bytes(dirFd, name.constData(), st);
}

} // namespace

AsideFolder::AsideFolder(const QString &path, const QString &entryPath, qint64 since, qint64 until)
    : m_path(path)
    , m_entryPath(entryPath)
    , m_since(since)
    , m_until(until)
{}

bool AsideFolder::recordStop(const Through &through, const RemovedLinks *links)
{
    // Every ctime the run's time saw is from the kernel's coarse clock, behind this one.
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    m_until = qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    if (keepTime(through(m_path), m_since, m_until) != 0)
        return false;
    const QByteArray path = FileName::encode(through(m_path));
    struct stat st
    {
    };
    if (links && ::lstat(path.constData(), &st) == 0) {
        // An earlier stop's record (read by resume()) is in links too, when this run resumed it.
        const InodeRanges unlinked = links->changedWithin(quint64(st.st_dev), m_since, m_until).united(m_unlinked);
        if (!unlinked.isEmpty()) {
            keepUnlinked(path, unlinked);
            m_unlinked = unlinked;
        }
    }
    return true;
}

SafeRemover::Result AsideFolder::setAside(SafeRemover &remover, const QString &entryPath, const Through &through,
                                          std::optional<AsideFolder> &aside, qint64 listedAtNs)
{
    aside.reset();
    // The time goes on the folder before the rename too (the kernel's coarse clock, as birth
    // times are), so that a kill between the rename and the exact time below still leaves one:
    // then a little early, which keeps more, never less.
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME_COARSE, &now);
    const int notKept = keepTime(through(entryPath), qint64(now.tv_sec) * 1000000000 + now.tv_nsec);
    if (notKept != 0 && notKept != ENOTSUP && notKept != ENOENT) {
        // Where the filesystem keeps user attributes, a "<name>.hubdeck-deleting" without the
        // mark is someone's own folder (HomeScanner::notSetAside): renamed aside unmarked (its
        // inode's attribute room full, a quota), a stop would leave a half-deleted cache that no
        // listing offers to finish. Nothing of it is touched yet.
        SafeRemover::Result refused;
        refused.status = SafeRemover::Status::Failed;
        refused.message = QStringLiteral("Cannot set %1 aside to delete it: its mark (the user attribute %2) could not be written: %3. "
                                         "Nothing of it was deleted.")
                              .arg(entryPath, QLatin1String(kSetAsideAttribute), PosixFs::errorString(notKept));
        return refused;
    }
    const bool kept = notKept == 0;
    const QString renamed = entryPath + HomeScanner::deletingSuffix();
    const SafeRemover::Result moved = remover.rename(entryPath, QFileInfo(entryPath).fileName() + HomeScanner::deletingSuffix());
    if (moved.status != SafeRemover::Status::Removed) {
        if (kept)
            (void)::lremovexattr(FileName::encode(through(entryPath)).constData(), kSetAsideAttribute);
        return moved;
    }
    // Its ctime, which the rename set; what is born in it later is a writer's, not the entry's.
    struct stat st
    {
    };
    qint64 since = ::lstat(FileName::encode(through(renamed)).constData(), &st) == 0
                       ? qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec
                       : QDateTime::currentMSecsSinceEpoch() * 1000000;
    // What was written into it after it was listed was never shown to whoever confirmed the
    // deletion: not the entry's either (attack report 20, J2: a file written while an earlier
    // entry of the run was deleted went with this one, counted as freed).
    if (listedAtNs > 0)
        since = std::min(since, listedAtNs);
    (void)keepTime(through(renamed), since);
    aside = AsideFolder(renamed, entryPath, since);
    return moved;
}

std::optional<AsideFolder> AsideFolder::resume(const QString &asidePath, const Through &through)
{
    if (!asidePath.endsWith(HomeScanner::deletingSuffix()))
        return std::nullopt;
    const QByteArray path = FileName::encode(through(asidePath));
    char value[96] = {};
    const ssize_t read = ::lgetxattr(path.constData(), kSetAsideAttribute, value, sizeof value - 1);
    const QList<QByteArray> fields = read > 0 ? QByteArray(value, int(read)).split(' ') : QList<QByteArray>();
    struct stat st
    {
    };
    if ((fields.size() != 3 && fields.size() != 4) || ::lstat(path.constData(), &st) != 0)
        return std::nullopt;
    bool number = false;
    bool inode = false;
    bool born = false;
    const qint64 since = fields.at(0).toLongLong(&number);
    // Written on another folder (this one is a copy): not this folder's time, so all of it goes.
    const qint64 birth = PosixFs::birthTime(through(asidePath));
    if (!number || since <= 0 || fields.at(1).toULongLong(&inode) != quint64(st.st_ino) || !inode)
        return std::nullopt;
    if (fields.size() == 3)
        return fields.at(2).toLongLong(&born) == birth && born
                   ? std::optional(AsideFolder(asidePath, asidePath.chopped(HomeScanner::deletingSuffix().size()), since))
                   : std::nullopt;
    bool stopped = false;
    const qint64 ran = fields.at(3).toLongLong(&stopped);
    if (fields.at(2) != "0" || !stopped || ran <= 0 || birth > since)
        return std::nullopt;
    AsideFolder aside(asidePath, asidePath.chopped(HomeScanner::deletingSuffix().size()), since, since + ran);
    // Only with the stop's time, which a copy of the folder cannot carry on (checked above).
    aside.m_unlinked = readUnlinked(path);
    return aside;
}

QString AsideFolder::giveBack(SafeRemover &remover, const Through &through, bool entryName) const
{
    const QString name = QFileInfo(m_entryPath).fileName();
    for (int i = entryName ? 0 : 1; i < 10; ++i) {
        const QString to = i == 0   ? name
                           : i == 1 ? name + HomeScanner::keptSuffix()
                                    : name + HomeScanner::keptSuffix() + u'-' + QString::number(i);
        if (remover.rename(m_path, to).status != SafeRemover::Status::Removed)
            continue;
        const QString keptAt = QFileInfo(m_entryPath).path() + u'/' + to;
        // The time was the deletion's, not the writer's: the attribute now says what the folder
        // holds, for a listing that does not know its layout (attack X5: "other", never deleted
        // by HubDeck), in one call that replaces its value, so that no kill leaves the folder
        // with neither (attack Z3), and without a second attribute, which may not fit in the
        // inode: a block of attributes would be counted against what was freed.
        (void)::lsetxattr(FileName::encode(through(keptAt)).constData(), kSetAsideAttribute, HomeScanner::keptValue(),
                          std::char_traits<char>::length(HomeScanner::keptValue()), XATTR_REPLACE);
        (void)::lremovexattr(FileName::encode(through(keptAt)).constData(), kUnlinkedAttribute); // the deletion's bookkeeping
        return keptAt;
    }
    return m_path;
}

qint64 AsideFolder::measureKept(QSet<FileIdentity> *keptLinked, bool *keptApart) const
{
    if (keptApart)
        *keptApart = false;
    qint64 kept = 0;
    UniqueFd root = PosixFs::openDir(m_path);
    if (!root.isValid())
        return 0;
    QSet<QString> holding; // prefixes of the folders an arrival lies in
    // Prefixes of the folders that arrived and of every folder below them: all they hold is an
    // arrival, whatever its birth time (moved in whole).
    QSet<QString> arrivedTrees;
    // A file with several names is kept, and counted once, when all its names are in the folder
    // (the finishing run's measure counts it so), whether they are arrivals or not: one with a
    // name outside was never counted (attack Z6: two names of a new file, both in new folders,
    // were left out of what is kept). A name met outside an arrival does not make it count.
    LinkTally linked;
    DirWalker walker(DirWalker::Unreadable::Skip);
    walker.setSkipVanished(true);
    (void)walker.walk(root.get(),
                      [&](const DirWalker::Folder &folder, const QList<PosixFs::Entry> &entries, QList<QByteArray> &subfolders) {
                          const QString prefix = folder.relPrefix();
                          const bool inArrived = arrivedTrees.contains(prefix);
                          if (struct stat st{}; inArrived && ::fstat(folder.fd, &st) == 0)
                              kept += qint64(st.st_blocks) * 512;
                          for (const PosixFs::Entry &entry : entries) {
                              struct statx stx
                              {
                              };
                              if (::statx(folder.fd, entry.name.constData(), AT_SYMLINK_NOFOLLOW | AT_STATX_DONT_SYNC,
                                          ArrivalTime::kMask | STATX_BLOCKS | STATX_NLINK | STATX_INO, &stx) != 0)
                                  continue;
                              const bool isFolder = S_ISDIR(stx.stx_mode);
                              const FileIdentity id{quint64(makedev(stx.stx_dev_major, stx.stx_dev_minor)), quint64(stx.stx_ino)};
                              const bool born = ArrivalTime::isAfter(stx, m_since);
                              // Not a file whose other name the stopped run removed (G2), as the
                              // finishing run, given the same record, does not keep it either.
                              const bool movedIn = !born && m_until > 0 && ArrivalTime::isMovedIn(stx, m_since, m_until) &&
                                                   (isFolder || !changedByStoppedRun(stx.stx_ino, ArrivalTime::nanoseconds(stx.stx_ctime)));
                              const bool arrived = inArrived || born || movedIn;
                              if (movedIn && keptApart)
                                  *keptApart = true;
                              if (!isFolder && stx.stx_nlink > 1)
                                  linked.add(id, stx.stx_nlink, qint64(stx.stx_blocks) * 512, arrived);
                              if (!arrived) {
                                  if (isFolder)
                                      subfolders.append(entry.name);
                                  continue;
                              }
                              if (!inArrived)
                                  holding.insert(prefix);
                              if (isFolder) {
                                  arrivedTrees.insert(prefix + FileName::decode(entry.name) + u'/');
                                  subfolders.append(entry.name); // its own blocks are counted at its visit
                              } else if (stx.stx_nlink <= 1) {   // with several names, the tally counts it
                                  // Only what it holds alone: blocks it shares (a reflink copy,
                                  // `cp`'s default on btrfs and XFS) were never in the entry's
                                  // freeable figure (TreeMeasure), so they are not taken out of it
                                  // again (attack Z4: plan and freed 2.1M, df 3.1M).
                                  kept += qint64(stx.stx_blocks) * 512 - sharedBytes(folder.fd, entry.name);
                              }
                          }
                          return true;
                      });
    kept += linked.wholeBytes();
    if (keptLinked)
        keptLinked->unite(linked.partial());
    // Each folder that holds an arrival stays, with every folder above it up to this one.
    QSet<QString> stays;
    for (QString prefix : std::as_const(holding)) {
        for (;;) {
            if (stays.contains(prefix))
                break;
            stays.insert(prefix);
            if (prefix.isEmpty())
                break;
            const qsizetype slash = prefix.lastIndexOf(u'/', prefix.size() - 2);
            prefix = slash < 0 ? QString() : prefix.left(slash + 1);
        }
    }
    // Their own blocks, read once the walk knows which stay, rather than kept for every folder
    // of a tree that may hold millions (a folder keeps its blocks once its names go, on ext4).
    for (const QString &prefix : std::as_const(stays))
        if (struct stat st{}; prefix.isEmpty()
                                  ? ::fstat(root.get(), &st) == 0
                                  : ::fstatat(root.get(), FileName::encode(prefix.chopped(1)).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
                                        S_ISDIR(st.st_mode))
            kept += qint64(st.st_blocks) * 512;
    return kept;
}

} // namespace hubdeck
