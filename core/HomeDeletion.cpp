// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HomeDeletion.h"

#include "FileIdentity.h"
#include "FileName.h"
#include "HomeScanner.h"
#include "internal/ArrivalTime.h"
#include "internal/AsideFolder.h"
#include "internal/CredentialFiles.h"
#include "internal/DirWalker.h"
#include "internal/FolderLocks.h"
#include "internal/LayeredFreeSpace.h"
#include "internal/ListedDownloads.h"
#include "internal/PosixFs.h"
#include "internal/RemovedLinks.h"
#include "internal/SafeRemover.h"
#include "internal/SharedExtentLedger.h"
#include "internal/TreeMeasure.h"
#include "InUseFiles.h"
#include "LinkTally.h"
#include "Logging.h"
#include "MountPoints.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QScopeGuard>
#include <QSet>
#include <QtConcurrent>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

namespace hubdeck {

namespace {

bool isInside(const QString &path, const QString &root)
{
    return path.size() > root.size() + 1 && path.startsWith(root) && path.at(root.size()) == u'/';
}

// What removing these paths gives back (TreeMeasure's freeable, the paths as one group: folders,
// and files with no link outside them), and whether a running process uses a file in them.
// Walked just before the removal, and again after it, never taken from a plan.
struct Freeable
{
    qint64 bytes = 0;
    qint64 shared = 0; // in extents other files share, not in bytes, each block once
    qint64 files = 0;  // everything but folders
    QString inUse;
    QString guarded; // what of HomeScanner::guardedIdentities lies in them, under another name
    bool guardedByHardLink = false;
};

Freeable freeable(const QList<TreeMeasure::Root> &roots, const InUseFiles &inUse, const QHash<FileIdentity, QString> *guarded = nullptr)
{
    Freeable f;
    QList<TreeMeasure::Root> grouped = roots;
    for (TreeMeasure::Root &root : grouped) {
        root.group = 0;
        root.guarded = guarded;
    }
    const QList<TreeMeasure::Total> totals = TreeMeasure::measure(
        grouped, [](const struct stat &) { return true; },
        [&inUse](const struct stat &st) {
            const InUseFiles::Holder *holder = inUse.holder(st.st_dev, st.st_ino);
            return holder ? InUseFiles::describe(*holder) : QString();
        },
        {}, nullptr);
    for (const TreeMeasure::Total &total : totals) {
        f.bytes += total.freeable;
        f.shared += total.sharedExtents;
        f.files += total.files;
        if (f.inUse.isEmpty())
            f.inUse = total.inUse;
        if (f.guarded.isEmpty()) {
            f.guarded = total.guarded;
            f.guardedByHardLink = total.guardedByHardLink;
        }
    }
    return f;
}

// One wording wherever an entry is refused for being in use: the plan, the confirmation's
// check and the run. The use ("held open by python3 (pid 4242)") follows a colon, not nested
// in parentheses (GUI attack K7).
QString inUseReason(const QString &path, const QString &use)
{
    return HomeDeletion::tr("Not deleted: %1 is in use: %2.").arg(path, use);
}

QString partRootOf(const HfHome &home, const QString &path)
{
    QString best;
    for (const HfHome::Part &part : home.parts())
        if (isInside(path, part.path) && part.path.size() > best.size())
            best = part.path;
    return best;
}

// The scan's overlap rule (HomeScanner's markOverlaps), checked again when the entry is about to
// go, as the plan may be older than the layout: the part root or HF_HOME that the entry holds,
// compared resolved, or an empty string. The entry's own name is not resolved: an entry that is
// a link goes as a link, which holds nothing.
QString heldPart(const HfHome &home, const HomeEntry &entry, QString *kind)
{
    const QString &entryPath = entry.path;
    const auto resolved = [](const QString &path) {
        const QString canonical = PosixFs::realPath(path);
        return canonical.isEmpty() ? QDir::cleanPath(path) : canonical;
    };
    const QFileInfo info(entryPath);
    const QString path = resolved(info.path()) + u'/' + info.fileName();
    const auto holds = [&](const QString &root) { return root == path || root.startsWith(path + u'/'); };
    if (holds(resolved(home.root())))
        return home.root();
    // A part that is one entry: that entry empties the part's folder, and holds what is below it.
    const auto ownPart = [&](const HfHome::Part &part) {
        return entry.partRoot && part.path == entryPath &&
               (part.kind == HfHome::Kind::DatasetsDownloads
                    ? entry.kind == HomeEntry::Kind::DatasetsDownloads
                    : part.kind == HfHome::Kind::DatasetsExtracted && entry.kind == HomeEntry::Kind::DatasetsExtracted);
    };
    for (const HfHome::Part &part : home.parts()) {
        struct stat st
        {
        };
        const QString root = resolved(part.path);
        if (::stat(FileName::encode(part.path).constData(), &st) == 0 && S_ISDIR(st.st_mode) &&
            (ownPart(part) ? root.startsWith(path + u'/') : holds(root))) {
            *kind = HfHome::kindName(part.kind);
            return part.path;
        }
    }
    return {};
}

// Writes the marker of an in-place removal (HomeScanner::removingMarker) naming the entry, and
// makes it durable before the first removal: a power cut must not keep the removals and lose
// the marker. An existing marker (an earlier run that stopped) is kept as it is. Returns the
// error, or an empty string.
// The marker holds the entry's path, then the name it is listed by (a legacy download's URL,
// read from the .json that may go first): the scan names what is left by it, so that the same
// `home rm` finishes it.
QString writeMarker(const QString &marker, const QString &entryPath, const QString &listedName)
{
    const QByteArray path = FileName::encode(marker);
    UniqueFd fd(::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!fd.isValid()) {
        struct stat st
        {
        };
        if (errno == EEXIST && ::lstat(path.constData(), &st) == 0 && S_ISREG(st.st_mode))
            return {};
        return PosixFs::errorString(errno);
    }
    QByteArray name = FileName::encode(listedName);
    name.replace('\n', ' '); // one line
    const QByteArray content = FileName::encode(entryPath) + '\n' + name + '\n';
    if (::write(fd.get(), content.constData(), size_t(content.size())) != content.size() || ::fsync(fd.get()) != 0) {
        const QString error = PosixFs::errorString(errno);
        ::unlink(path.constData());
        return error;
    }
    UniqueFd folder = PosixFs::openDir(QFileInfo(marker).path());
    if (!folder.isValid() || ::fsync(folder.get()) != 0) {
        const QString error = PosixFs::errorString(errno);
        ::unlink(path.constData());
        return error;
    }
    return {};
}

// Why the removal of these paths (an entry's folder or files, and its members) could not go
// whole, found before anything of it is touched, or an empty string: a folder that cannot be
// listed or entered, one whose entries cannot be removed (read-only, another user's), or a
// mount point at or below it (another filesystem, or a bind mount of this one, which keeps the
// device number: the kernel's table is the only sure sign). SafeRemover would stop at the
// first of these with part of the entry already gone.
// A stop asked for meanwhile ends the walk (stopped set): nothing has been touched yet.
// Whether statx reports the immutable or append-only attribute (chattr +i, +a) for a name in a
// folder (or the folder itself, with AT_EMPTY_PATH): then its removal, or that of what it
// holds, fails with EPERM whoever asks. A filesystem that does not report them says no.
bool fixedByAttribute(int dirFd, const char *name, int flags)
{
    struct statx sx
    {
    };
    if (::statx(dirFd, name, flags | AT_SYMLINK_NOFOLLOW | AT_STATX_DONT_SYNC, STATX_TYPE, &sx) != 0)
        return false;
    const quint64 fixed = STATX_ATTR_IMMUTABLE | STATX_ATTR_APPEND;
    return (sx.stx_attributes & sx.stx_attributes_mask & fixed) != 0;
}

QString fixedNote(const QString &entryPath, const QString &path)
{
    return HomeDeletion::tr("Not deleted: %1, as %2 is marked immutable or append-only (chattr): it cannot be removed as it stands.")
        .arg(entryPath, path);
}

QString wholeRemovalObstacle(const QString &entryPath, const QStringList &targets, const MountPoints &mounts,
                             const std::function<bool()> &canceled, bool &stopped)
{
    int sinceCheck = 0;
    for (const QString &target : targets) {
        struct stat st
        {
        };
        const QByteArray encoded = FileName::encode(target);
        if (::lstat(encoded.constData(), &st) != 0)
            continue; // gone
        // Also a file: one can be bind-mounted, and its unlink would fail after its members went.
        if (const QByteArray mount = mounts.atOrBelow(FileName::encode(PosixFs::realLocation(target))); !mount.isEmpty())
            return HomeDeletion::tr("Not deleted: %1 holds another mounted filesystem (%2); HubDeck does not delete across it.")
                .arg(entryPath, FileName::decode(mount));
        if (!S_ISDIR(st.st_mode)) {
            // A file or link: its own removal needs only its folder, which the first step checks,
            // and that it is not immutable.
            if (fixedByAttribute(AT_FDCWD, encoded.constData(), 0))
                return fixedNote(entryPath, target);
            continue;
        }
        UniqueFd root = PosixFs::openDir(AT_FDCWD, encoded, Links::NoFollow); // no access recorded (P2)
        if (!root.isValid())
            return HomeDeletion::tr("Not deleted: %1, as not all of it can be read (%2).").arg(entryPath, target);
        const dev_t device = st.st_dev;
        QString obstacle;
        DirWalker walker(DirWalker::Unreadable::Fail);
        const DirWalker::Result walked = walker.walk(root.get(), [&](const DirWalker::Folder &folder, const QList<PosixFs::Entry> &entries,
                                                                     QList<QByteArray> &subfolders) {
            if (++sinceCheck >= 256) {
                sinceCheck = 0;
                if (canceled()) {
                    stopped = true;
                    return false;
                }
            }
            if (::faccessat(folder.fd, ".", W_OK | X_OK, AT_EACCESS) != 0) {
                obstacle = HomeDeletion::tr("Not deleted: %1, as not all of it can be removed (%2: %3).")
                               .arg(entryPath, QDir::cleanPath(target + u'/' + folder.relPrefix()), PosixFs::errorString(errno));
                return false;
            }
            // A sticky folder (mode 1777, as /tmp) lets only a child's owner or its own remove
            // the child: another user's file there stops the removal half-way.
            if (struct stat here{}; ::fstat(folder.fd, &here) == 0 && (here.st_mode & S_ISVTX)) {
                for (const PosixFs::Entry &entry : entries) {
                    struct stat child
                    {
                    };
                    if (PosixFs::statAt(folder.fd, entry.name, child, Links::NoFollow) && !PosixFs::stickyAllows(here, child)) {
                        obstacle = HomeDeletion::tr("Not deleted: %1, as not all of it can be removed (%2: another user's, in a sticky "
                                                    "folder).")
                                       .arg(entryPath, target + u'/' + folder.relPrefix() + FileName::decode(entry.name));
                        return false;
                    }
                }
            }
            // Not even root removes what a folder holds while the folder is immutable or
            // append-only, nor an immutable file (chattr +i, +a): statx says so without opening.
            if (fixedByAttribute(folder.fd, "", AT_EMPTY_PATH)) {
                obstacle = fixedNote(entryPath, QDir::cleanPath(target + u'/' + folder.relPrefix()));
                return false;
            }
            for (const PosixFs::Entry &entry : entries) {
                if (entry.type != DT_DIR && entry.type != DT_UNKNOWN) {
                    if (fixedByAttribute(folder.fd, entry.name.constData(), 0)) {
                        obstacle = fixedNote(entryPath, target + u'/' + folder.relPrefix() + FileName::decode(entry.name));
                        return false;
                    }
                    continue;
                }
                struct stat child
                {
                };
                if (!PosixFs::statAt(folder.fd, entry.name, child, Links::NoFollow) || !S_ISDIR(child.st_mode)) {
                    if (fixedByAttribute(folder.fd, entry.name.constData(), 0)) {
                        obstacle = fixedNote(entryPath, target + u'/' + folder.relPrefix() + FileName::decode(entry.name));
                        return false;
                    }
                    continue;
                }
                if (child.st_dev != device) {
                    obstacle = HomeDeletion::tr("Not deleted: %1 holds another mounted filesystem (%2); HubDeck does not delete across it.")
                                   .arg(entryPath, target + u'/' + folder.relPrefix() + FileName::decode(entry.name));
                    return false;
                }
                subfolders.append(entry.name);
            }
            return true;
        });
        if (!obstacle.isEmpty() || stopped)
            return obstacle;
        if (walked == DirWalker::Result::Failed)
            return HomeDeletion::tr("Not deleted: %1, as not all of it can be read (%2).")
                .arg(entryPath, walker.failedPrefix().isEmpty() ? target : target + u'/' + walker.failedPrefix().chopped(1));
    }
    return {};
}

// The folder a deletion of the entry works in: its part's, or its own when the entry is a part
// (HomeEntry::partRoot), which stays. Empty when it lies in no part.
QString workFolder(const HfHome &home, const HomeEntry &entry)
{
    const bool ownFolder = entry.partRoot && std::any_of(home.parts().cbegin(), home.parts().cend(),
                                                         [&](const HfHome::Part &part) { return part.path == entry.path; });
    return ownFolder ? entry.path : partRootOf(home, entry.path);
}

// What a deletion locks (FolderLocks): HF_HOME's own folder, which every deletion in the home
// takes (one deletion per home, as the CLI and the Overview see one home), and the folder of
// each part it deletes in: a part another home shares (HF_DATASETS_CACHE set in both)
// serializes those homes' deletions there. A part it leaves alone is not taken, so that another
// program's flock on it (a script serialising its jobs on the folder a variable names) holds up
// no deletion elsewhere (attack report 17, F9).
QStringList lockedFolders(const HfHome &home, const HomeDeletion::Plan &plan)
{
    QStringList folders{home.root()};
    for (const HomeEntry &entry : plan.entries)
        if (const QString folder = workFolder(home, entry); !folder.isEmpty() && !folders.contains(folder))
            folders.append(folder);
    return folders;
}

SafeRemover::Kind removalKind(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(FileName::encode(path).constData(), &st) == 0 && S_ISDIR(st.st_mode) ? SafeRemover::Kind::Tree : SafeRemover::Kind::File;
}

// Whether run() removes the entry where it is, with a marker beside it (HomeScanner::
// removingMarker), rather than renaming it aside first: datasets' downloads, a legacy download
// with its members, an entry whose earlier in-place removal stopped, and a folder on overlayfs,
// where a folder of the image's layers cannot be renamed (EXDEV; attack U1).
// Whether the entry and the folder that held it are both gone (a builder folder removed with
// its configs since the listing) while what it listed beside them (a builder lock in datasets/)
// may still be there: nothing is left to mark or rename there, and what is left goes file by
// file (attack C5: "the folder that holds it cannot be changed", the lock left).
bool goneWithItsFolder(const HomeEntry &entry)
{
    struct stat st
    {
    };
    return ::lstat(FileName::encode(entry.path).constData(), &st) != 0 && errno == ENOENT &&
           ::lstat(FileName::encode(QFileInfo(entry.path).path()).constData(), &st) != 0 && errno == ENOENT;
}

// gone: goneWithItsFolder(entry), when the caller has it already.
bool removedInPlace(const HomeEntry &entry, std::optional<bool> gone = std::nullopt)
{
    if (entry.kind == HomeEntry::Kind::InterruptedDeletion || (gone ? *gone : goneWithItsFolder(entry)))
        return false;
    const SafeRemover::Kind kind = removalKind(entry.path);
    return entry.keepsItsFolder() || (kind == SafeRemover::Kind::File && !entry.members.isEmpty()) || entry.removalInterrupted ||
           (kind == SafeRemover::Kind::Tree && PosixFs::isOverlay(entry.path));
}

// wholeRemovalObstacle for what removing this entry walks: its folder or file, what an earlier
// stopped deletion left renamed, its members (a removal marker is bookkeeping, not its own),
// and for datasets' downloads each download but extracted/, which is an entry of its own.
QString entryObstacle(const HomeEntry &entry, const MountPoints &mounts, const std::function<bool()> &canceled, bool &stopped)
{
    const bool gone = goneWithItsFolder(entry);
    const bool inPlace = removedInPlace(entry, gone);
    // The marker is written where nothing is (O_EXCL): anything but HubDeck's own marker file
    // there would fail the run (attack S15: a folder of that name, hidden, then "File exists").
    if (struct stat st{}; inPlace && ::lstat(FileName::encode(entry.removingMarker()).constData(), &st) == 0 && !S_ISREG(st.st_mode))
        return HomeDeletion::tr("Not deleted: %1, as %2 is in the way: HubDeck did not make it. Move it away and delete again.")
            .arg(entry.path, entry.removingMarker());
    QStringList whole;
    if (entry.keepsItsFolder()) {
        UniqueFd dir = PosixFs::openDir(entry.path);
        QList<PosixFs::Entry> names;
        if (!dir.isValid() || !PosixFs::listDir(dir.get(), names))
            return HomeDeletion::tr("Not deleted: %1, as not all of it can be read (%2).").arg(entry.path, entry.path);
        for (const PosixFs::Entry &name : std::as_const(names))
            if (!entry.separateChildren().contains(name.name))
                whole.append(entry.path + u'/' + FileName::decode(name.name));
    } else {
        whole = {entry.path};
        if (entry.kind != HomeEntry::Kind::InterruptedDeletion)
            whole.append(entry.path + HomeScanner::deletingSuffix());
        // A file (or FIFO...) where the entry would be renamed aside is someone else's: the run
        // refuses the entry, so the plan says it first (attack R8).
        if (struct stat st{}; !inPlace && entry.kind != HomeEntry::Kind::InterruptedDeletion &&
                              removalKind(entry.path) == SafeRemover::Kind::Tree &&
                              ::lstat(FileName::encode(entry.path + HomeScanner::deletingSuffix()).constData(), &st) == 0) {
            if (!S_ISDIR(st.st_mode))
                return HomeDeletion::tr("Not deleted: %1, as %2 is in the way: a file HubDeck did not make. Move it away and delete again.")
                    .arg(entry.path, entry.path + HomeScanner::deletingSuffix());
            if (HomeScanner::notSetAside(entry.path + HomeScanner::deletingSuffix()))
                return HomeDeletion::tr("Not deleted: %1, as %2 is in the way: a folder HubDeck did not make. Move it away and delete "
                                        "again.")
                    .arg(entry.path, entry.path + HomeScanner::deletingSuffix());
        }
        // A folder is renamed aside first; a name that leaves no room for the suffix cannot be
        // (ENAMETOOLONG), so the entry would be promised and then refused.
        if (!inPlace && entry.kind != HomeEntry::Kind::InterruptedDeletion && removalKind(entry.path) == SafeRemover::Kind::Tree &&
            FileName::encode(QFileInfo(entry.path).fileName() + HomeScanner::deletingSuffix()).size() > NAME_MAX)
            return HomeDeletion::tr("Not deleted: %1, as its name is too long to rename it aside while it is deleted (the "
                                    "filesystem allows %2 bytes). Delete it yourself.")
                .arg(entry.path)
                .arg(NAME_MAX);
    }
    QStringList members = entry.members;
    members.removeAll(entry.removingMarker());
    // The folder that holds the entry: renaming it aside, writing the marker and removing the
    // entry's own name all change it. Read-only (a read-only mount says EROFS), another user's,
    // or immutable / append-only: nothing of the entry could go, or only what it holds. Gone
    // with the entry: the folders of what is left of it instead.
    // A part's own folder holds what changes itself (the marker, its children's names): the
    // folder above it, outside the part, is never changed (a download folder mounted at /mnt/dl).
    QStringList folders;
    for (const QString &path : gone ? members : QStringList{entry.path}) {
        struct stat st
        {
        };
        if (const QString folder = entry.partRoot && path == entry.path ? path : QFileInfo(path).path();
            !folders.contains(folder) && (path == entry.path || ::lstat(FileName::encode(path).constData(), &st) == 0))
            folders.append(folder);
    }
    for (const QString &folder : std::as_const(folders)) {
        if (::faccessat(AT_FDCWD, FileName::encode(folder).constData(), W_OK | X_OK, AT_EACCESS) != 0)
            return HomeDeletion::tr("Not deleted: %1, as the folder that holds it cannot be changed (%2: %3).")
                .arg(entry.path, folder, PosixFs::errorString(errno));
        if (fixedByAttribute(AT_FDCWD, FileName::encode(folder).constData(), 0))
            return fixedNote(entry.path, folder);
    }
    // A sticky folder (a shared datasets/ of mode 1777) lets only an entry's owner or its own
    // rename or remove the entry, whatever its mode says (attack Q23: planned, then "Cannot
    // rename …: Operation not permitted" with no reason). Each by the folder it is in: a
    // builder lock lies in datasets/, its config in the builder's folder.
    for (const QString &path : (entry.partRoot ? whole : QStringList{entry.path}) + members) {
        const QString folder = QFileInfo(path).path();
        struct stat around
        {
        };
        struct stat own
        {
        };
        if (::stat(FileName::encode(folder).constData(), &around) == 0 && (around.st_mode & S_ISVTX) &&
            ::lstat(FileName::encode(path).constData(), &own) == 0 && !PosixFs::stickyAllows(around, own))
            return HomeDeletion::tr("Not deleted: %1, as it is another user's (%2) in a sticky folder (%3), where only its owner "
                                    "can rename or remove it.")
                .arg(entry.path, PosixFs::userName(own.st_uid), folder);
    }
    if (QString obstacle = wholeRemovalObstacle(entry.path, whole + members, mounts, canceled, stopped); !obstacle.isEmpty() || stopped)
        return obstacle;
    // The path may name another folder than the one listed (moved away and another put in its
    // place): its layout and contents were never looked at. Here, so that a prompt that
    // measures again does not ask about it at its new size only for the run to refuse it
    // (attack C6); after the walk, whose reasons (a mount over it) are the more exact.
    if (struct stat st{}; entry.identity != FileIdentity() && ::lstat(FileName::encode(entry.path).constData(), &st) == 0 &&
                          (FileIdentity::of(st) != entry.identity || (entry.born != 0 && PosixFs::birthTime(entry.path) != entry.born)))
        return HomeDeletion::tr("Not deleted: %1 is no longer what was listed (replaced since). List the home again.").arg(entry.path);
    return {};
}

// The folders an entry sat in below its part's root (assets/<library>/<namespace>,
// xet/<endpoint>) that hold nothing once it is gone: removed, nearest first, so that a part
// cleaned whole is left with nothing to list. The library makes them again when it next writes
// there. Stops at the first that holds something, and at datasets' downloads/, which stays
// (HomeEntry::keepsItsFolder) whether or not its extracted/ went last. Returns the bytes on disk
// they held.
// What lies in the folders a removal kept for it (SafeRemover::Result::keptFolders): each
// entry of theirs that is not itself a kept folder, by path. through: how run() reaches a path.
QStringList arrivalsIn(const QStringList &keptFolders, const std::function<QString(const QString &)> &through)
{
    QStringList arrived;
    const QSet<QString> kept(keptFolders.cbegin(), keptFolders.cend());
    for (const QString &folder : keptFolders) {
        UniqueFd dir = PosixFs::openDir(through(folder));
        QList<PosixFs::Entry> names;
        if (!dir.isValid() || !PosixFs::listDir(dir.get(), names))
            continue;
        for (const PosixFs::Entry &name : std::as_const(names))
            if (const QString path = folder + u'/' + FileName::decode(name.name); !kept.contains(path))
                arrived.append(path);
    }
    return arrived;
}

// The bytes on disk (st_blocks × 512) of what lies at paths, folders and all, made by ns (birth
// time, else ctime; links not followed): what of them a measure taken at ns counted. That
// measure counted a file with several names once, and only when all of them were in what it
// measured: one whose names are not all among these paths (a hard link from outside the entry)
// was never counted, so it is not here either (attack Z1: "freed" less its size, though it
// was never in it).
// fromNs: only what was made after it (born after the listing: attack report 20, J2); what was
// made before, and moved in, is the ctime rule's (keptOlder in run()).
qint64 heldBy(const QStringList &paths, qint64 ns, const std::function<QString(const QString &)> &through,
              qint64 fromNs = std::numeric_limits<qint64>::min())
{
    qint64 bytes = 0;
    LinkTally linked;
    const auto made = [](const struct stat &st, qint64 born) {
        return born > 0 ? born : qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    };
    const auto count = [&](const struct stat &st) {
        if (S_ISDIR(st.st_mode) || st.st_nlink <= 1) {
            bytes += qint64(st.st_blocks) * 512;
            return;
        }
        linked.add(FileIdentity::of(st), st.st_nlink, qint64(st.st_blocks) * 512);
    };
    for (const QString &path : paths) {
        const QByteArray at = FileName::encode(through(path));
        struct stat st
        {
        };
        if (::lstat(at.constData(), &st) != 0)
            continue;
        if (const qint64 madeAt = made(st, PosixFs::birthTime(through(path))); madeAt > ns || madeAt <= fromNs)
            continue;
        count(st);
        if (!S_ISDIR(st.st_mode))
            continue;
        DirWalker walker(DirWalker::Unreadable::Skip);
        const UniqueFd dir = PosixFs::openDir(through(path));
        if (!dir.isValid())
            continue;
        (void)walker.walk(
            dir.get(), [&](const DirWalker::Folder &folder, const QList<PosixFs::Entry> &entries, QList<QByteArray> &subfolders) {
                for (const PosixFs::Entry &entry : entries) {
                    struct stat child
                    {
                    };
                    if (!PosixFs::statAt(folder.fd, entry.name, child, Links::NoFollow))
                        continue;
                    if (const qint64 madeAt = made(child, PosixFs::birthTimeAt(folder.fd, entry.name)); madeAt > ns || madeAt <= fromNs)
                        continue;
                    count(child);
                    if (S_ISDIR(child.st_mode))
                        subfolders.append(entry.name);
                }
                return true;
            });
    }
    return bytes + linked.wholeBytes();
}

// inUse: a folder a process works in or holds open stays, with those above it (attack V8: a
// shell was left in a deleted folder).
qint64 removeEmptyParents(SafeRemover &remover, const HfHome &home, const QString &partRoot, const QString &entryPath,
                          const InUseFiles &inUse)
{
    const QString downloads = home.path(HfHome::Kind::Datasets) + QStringLiteral("/downloads");
    qint64 freed = 0;
    for (QString dir = QFileInfo(entryPath).path(); isInside(dir, partRoot) && dir != downloads; dir = QFileInfo(dir).path()) {
        struct stat st
        {
        };
        if (::lstat(FileName::encode(dir).constData(), &st) != 0 || !S_ISDIR(st.st_mode) || inUse.holder(st.st_dev, st.st_ino))
            break;
        if (remover.removeEmptyFolder(dir).status != SafeRemover::Status::Removed)
            break;
        freed += qint64(st.st_blocks) * 512;
    }
    return freed;
}

// The folders between planned entries and their part's folder that hold nothing else, as
// removeEmptyParents() will find them once the entries are gone: deepest first, so that a
// folder holding only such folders (assets/<library> above its namespaces) counts too.
void countEmptiedFolders(HomeDeletion::Plan &plan, const InUseFiles *known)
{
    plan.emptiedFolders.clear();
    plan.emptiedFolderBytes = 0;
    if (plan.entries.isEmpty())
        return;
    // A folder in use stays (removeEmptyParents).
    const std::optional<InUseFiles> taken = known ? std::nullopt : std::optional<InUseFiles>(InUseFiles::snapshot());
    const InUseFiles &inUse = known ? *known : *taken;
    QSet<QString> going;
    QSet<QString> candidates;
    for (const HomeEntry &entry : std::as_const(plan.entries)) {
        // A stopped deletion's folder that a program wrote into since stays, under the entry's
        // name again: the folders above it are not emptied (attack Z7: "+ 8.2K in 2 folders left
        // empty" that stayed).
        if (entry.keptArrivals == 0)
            going.insert(entry.path);
        for (const QString &member : entry.members)
            going.insert(member);
        for (QString dir = QFileInfo(entry.path).path(); !plan.foldersThatStay.contains(dir); dir = QFileInfo(dir).path()) {
            const bool inPart = std::any_of(plan.foldersThatStay.cbegin(), plan.foldersThatStay.cend(),
                                            [&](const QString &stays) { return isInside(dir, stays); });
            if (!inPart || candidates.contains(dir))
                break;
            candidates.insert(dir);
        }
    }
    QStringList deepestFirst(candidates.cbegin(), candidates.cend());
    std::sort(deepestFirst.begin(), deepestFirst.end(),
              [](const QString &a, const QString &b) { return a.count(u'/') != b.count(u'/') ? a.count(u'/') > b.count(u'/') : a < b; });
    for (const QString &dir : std::as_const(deepestFirst)) {
        UniqueFd fd = PosixFs::openDir(dir);
        QList<PosixFs::Entry> names;
        struct stat st
        {
        };
        if (!fd.isValid() || !PosixFs::listDir(fd.get(), names) || ::fstat(fd.get(), &st) != 0 || inUse.holder(st.st_dev, st.st_ino))
            continue;
        // One this user may not remove stays, as the run finds (attack W11: another user's
        // library in a shared sticky assets/ was counted, then left): the folder that holds it
        // must let this user write there, and its sticky bit allow it.
        const QString parent = QFileInfo(dir).path();
        if (struct stat above{}; ::stat(FileName::encode(parent).constData(), &above) != 0 ||
                                 ::faccessat(AT_FDCWD, FileName::encode(parent).constData(), W_OK | X_OK, AT_EACCESS) != 0 ||
                                 !PosixFs::stickyAllows(above, st))
            continue;
        if (std::all_of(names.cbegin(), names.cend(),
                        [&](const PosixFs::Entry &name) { return going.contains(dir + u'/' + FileName::decode(name.name)); })) {
            going.insert(dir);
            plan.emptiedFolders.append(dir);
            plan.emptiedFolderBytes += qint64(st.st_blocks) * 512;
        }
    }
}

} // namespace

qint64 HomeDeletion::Plan::sizeOnDisk() const
{
    return HomeEntry::freeableTogether(entries) + emptiedFolderBytes;
}

qint64 HomeDeletion::Plan::linkedBetweenEntries() const
{
    qint64 alone = 0;
    for (const HomeEntry &entry : entries)
        alone += entry.freeable;
    return std::max<qint64>(0, sizeOnDisk() - emptiedFolderBytes - alone); // the emptied folders have their own line
}

QList<std::pair<QString, QString>> HomeDeletion::Plan::linkedPartsUsed() const
{
    QList<std::pair<QString, QString>> used;
    for (auto it = partLinks.cbegin(); it != partLinks.cend(); ++it) {
        const QString prefix = it.key() + u'/';
        if (std::any_of(entries.cbegin(), entries.cend(), [&](const HomeEntry &entry) { return entry.path.startsWith(prefix); }))
            used.append({it.key(), it.value()});
    }
    return used;
}

qint64 HomeDeletion::Plan::sharedExtents() const
{
    qint64 shared = 0;
    for (const HomeEntry &entry : entries)
        shared += entry.sharedExtents;
    return shared;
}

QStringList HomeDeletion::Plan::refusalReasons() const
{
    QStringList reasons;
    reasons.reserve(refusals.size());
    for (const Refusal &refusal : refusals)
        reasons.append(refusal.reason);
    return reasons;
}

QString HomeDeletion::asListed(const HomeScan &scan, const QString &path)
{
    return asListed(scan, HomeEntryIndex(scan), path);
}

QString HomeDeletion::asListed(const HomeScan &scan, const HomeEntryIndex &index, const QString &path)
{
    // As given, not cleaned: "x/.." is where x leads, then up, as the kernel reads it.
    QString raw = path.startsWith(u'/') ? path : QDir::currentPath() + u'/' + path;
    const auto listed = [&scan, &index](const QString &candidate) {
        if (candidate == scan.root || index.entry(candidate) || index.entry(candidate + HomeScanner::deletingSuffix()) ||
            index.partHolding(candidate))
            return true;
        return std::any_of(scan.parts.cbegin(), scan.parts.cend(), [&](const HomeScan::Part &part) { return part.path == candidate; });
    };
    if (raw.size() > 1 && raw.endsWith(u'/')) {
        while (raw.size() > 1 && raw.endsWith(u'/'))
            raw.chop(1);
        // "x/" is the listed entry x when it is one (a shell completes a link to a folder with
        // a '/'); else, as the kernel reads it, where x leads: a link of the user's to an
        // entry, like "x/." (attack N21 e: "x/" refused, "x/." taken).
        if (const QString plain = asListed(scan, index, raw); listed(plain) || raw == u"/")
            return plain;
        return asListed(scan, index, raw + QStringLiteral("/."));
    }
    const QString cleaned = QDir::cleanPath(raw);
    const qsizetype slash = raw.lastIndexOf(u'/');
    const QString leaf = raw.mid(slash + 1);
    QString resolved;
    if (leaf == u"." || leaf == u".." || leaf.isEmpty())
        resolved = PosixFs::realPath(raw); // names a folder, never a link
    else if (const QString folder = PosixFs::realPath(slash == 0 ? QStringLiteral("/") : raw.left(slash)); !folder.isEmpty())
        resolved = (folder == u"/" ? folder : folder + u'/') + leaf;
    if (resolved.isEmpty()) // its folder is not there: nothing it names can be deleted
        return cleaned;
    // Where HF_HOME and each part's folder really are (a part that is a link is followed, as
    // the libraries follow it); the path, resolved, inside one of them is that one's entry.
    QStringList roots{scan.root};
    for (const HomeScan::Part &part : scan.parts)
        roots.append(part.path);
    QString best;
    qsizetype bestLength = -1;
    for (const QString &root : std::as_const(roots)) {
        const QString real = PosixFs::realPath(root);
        if (real.isEmpty() || real.size() <= bestLength)
            continue;
        QString candidate;
        if (resolved == real)
            candidate = root;
        else if (resolved.startsWith(real == u"/" ? real : real + u'/'))
            candidate = QDir::cleanPath(root + u'/' + resolved.mid(real.size()));
        if (!candidate.isEmpty() && listed(candidate)) {
            best = candidate;
            bestLength = real.size();
        }
    }
    if (!best.isEmpty())
        return best;
    // Not listed where it leads: never its lexical twin (x/../y through a link x is not y).
    return listed(cleaned) ? resolved : cleaned;
}

// Names of what a folder keeps, the first five, then how many more.
QString HomeDeletion::firstNames(const QStringList &names)
{
    constexpr qsizetype kNamed = 5;
    QString shown = QStringList(names.mid(0, kNamed)).join(QStringLiteral(", "));
    if (names.size() > kNamed)
        shown = tr("%1 and %n more", nullptr, int(names.size() - kNamed)).arg(shown);
    return shown;
}

HomeDeletion::Plan HomeDeletion::plan(const HomeScan &scan, const QStringList &paths)
{
    // A folder given whole that holds only entries HubDeck never deletes: they are named.
    const auto onlyKept = [](const QString &path, const QStringList &kept) {
        return tr("Nothing to delete in %1: it holds only what HubDeck never deletes (%2).").arg(path, firstNames(kept));
    };
    Plan plan;
    // scannedAt is the millisecond the scan began in (truncated): its end, so that nothing made
    // before the scan reads as made after it.
    plan.listedAtNs = scan.scannedAt > 0 ? (qRound64(scan.scannedAt * 1000.0) + 1) * 1000000 : 0;
    for (const HomeScan::Part &part : scan.parts)
        if (part.exists && part.kind != QLatin1String("other")) {
            plan.foldersThatStay.insert(part.path);
            if (part.kind == QLatin1String("datasets"))
                plan.foldersThatStay.insert(part.path + QStringLiteral("/downloads"));
            plan.partFolders.insert(part.path, part.folder);
            if (!part.linkTarget.isEmpty())
                plan.partLinks.insert(part.path, part.linkTarget);
        }
    const HomeEntryIndex index(scan);
    int given = 0; // the index of the path being planned
    QSet<QString> refused;
    // A path asked for twice (by name and again in its part) is refused once, for the first.
    const auto refuse = [&](const QString &path, const QString &reason) {
        if (!refused.contains(path)) {
            refused.insert(path);
            plan.refusals.append({path, {}, reason, given});
        }
    };
    QSet<QString> taken;
    QSet<QString> partsTaken;
    const auto take = [&](const HomeEntry &entry, const QString &asGiven) {
        if (!entry.deletable()) {
            refuse(asGiven, tr("Not deleted: %1 (%2). %3")
                                .arg(asGiven, HomeScanner::kindLabel(entry),
                                     entry.keep.isEmpty() ? HomeScanner::costOfDeleting(entry) : entry.keep));
            return;
        }
        if (!entry.inUse.isEmpty()) {
            refuse(asGiven, inUseReason(asGiven, entry.inUse));
            return;
        }
        // What an earlier, stopped deletion of it left renamed aside ("<entry>.hubdeck-deleting")
        // is in the way of its rename, so the run finishes it first: planned as an entry of its
        // own, just before, so that the plan shows it and counts it (attack S7: it went unplanned,
        // with a user's folder of that name). One that cannot go keeps the entry back too.
        const HomeEntry *leftover =
            entry.kind == HomeEntry::Kind::InterruptedDeletion ? nullptr : index.entry(entry.path + HomeScanner::deletingSuffix());
        if (leftover && leftover->kind == HomeEntry::Kind::InterruptedDeletion) {
            if (!leftover->deletable() || !leftover->inUse.isEmpty()) {
                refuse(asGiven, tr("Not deleted: %1, as what an earlier deletion of it left (%2) cannot be deleted: %3")
                                    .arg(asGiven, leftover->path, !leftover->inUse.isEmpty() ? leftover->inUse : leftover->keep));
                return;
            }
            if (!taken.contains(leftover->path)) {
                taken.insert(leftover->path);
                plan.entries.append(*leftover);
            }
        }
        if (!taken.contains(entry.path)) {
            taken.insert(entry.path);
            plan.entries.append(entry);
        }
    };
    for (; given < paths.size(); ++given) {
        const QString path = asListed(scan, index, paths.at(given));
        if (const HomeEntry *entry = index.entry(path); entry && entry->partRoot && entry->emptied()) {
            plan.alreadyClear.append(path); // a part that is one entry, given as part or entry
            continue;
        }
        if (const HomeEntry *entry = index.entry(path)) {
            // A dataset's builder lock names its dataset only by the lock's name: someone
            // removing a stale lock by its path must not lose the prepared dataset.
            if (entry->path != path && entry->kind == HomeEntry::Kind::DatasetArrowCache) {
                refuse(
                    path,
                    tr("Not deleted: %1 is the builder lock of %2; name that dataset to delete it with its lock.").arg(path, entry->path));
                continue;
            }
            take(*entry, path);
            continue;
        }
        // Deleted before and stopped: what is left is listed under its deleting name.
        if (const HomeEntry *entry = index.entry(path + HomeScanner::deletingSuffix())) {
            take(*entry, path);
            continue;
        }
        const HomeScan::Part *part = nullptr;
        for (const HomeScan::Part &p : scan.parts)
            if (!part && p.path == path && p.kind != QLatin1String("other"))
                part = &p; // the first: two parts at one path are that one (HomeScan::Part::sameFolderAs)
        if (part && part->kind == QLatin1String("hub")) {
            refuse(
                path,
                tr("Not deleted: %1 is the hub cache; use `cache rm` or `cache prune`, which keep shared blobs and refs right.").arg(path));
        } else if (part && !part->sameFolderAs.isEmpty()) {
            // Its folder is an earlier part's, which lists what it holds (attack V10: "Nothing left
            // to delete", exit 0, with the chunks there).
            refuse(path, tr("Nothing deleted in %1: it is the same folder as the %2 part, which lists what it holds; delete "
                            "its entries there.")
                             .arg(path, part->sameFolderAs));
        } else if (part && partsTaken.contains(part->path)) {
            continue; // the same part given again ("datasets datasets/"): already planned whole
        } else if (part) {
            partsTaken.insert(part->path);
            const qsizetype entriesBefore = plan.entries.size();
            const qsizetype refusalsBefore = plan.refusals.size();
            QStringList kept; // what the part holds that HubDeck never deletes, by name
            for (const HomeEntry &entry : part->entries)
                if (entry.deletable() || (entry.ofDeletableKind() && !entry.emptied()))
                    // One in use is refused with the process named, one that cannot go as it
                    // stands with what stands in the way (attack U4: left out without a word, or
                    // said to be "what HubDeck never deletes").
                    take(entry, entry.path);
                else if (!entry.emptied() && !(part->kind == QLatin1String("modules") && entry.name == u"__init__.py"))
                    kept.append(entry.name); // modules/__init__.py is the part's own, as its folder is (attack Q8)
            // Asked for the whole part and nothing of it goes, nor is refused on its own: say
            // why, rather than a bare "Nothing to delete".
            if (plan.entries.size() == entriesBefore && plan.refusals.size() == refusalsBefore) {
                if (!part->unreadable.isEmpty()) {
                    refuse(path, tr("Nothing to delete in %1: it cannot be read (%2).").arg(path, part->unreadable));
                } else if (kept.isEmpty() && part->exists) {
                    plan.alreadyClear.append(path);
                } else if (kept.isEmpty()) {
                    refuse(path, tr("Nothing to delete in %1: it is not on disk.").arg(path));
                } else {
                    refuse(path, onlyKept(path, kept));
                }
            } else if (!kept.isEmpty()) {
                plan.keptInside.append({path, kept});
            }
        } else if (const HomeScan::Part *holder = index.partHolding(path)) {
            // A folder of a part that holds listed entries (datasets/parquet holding its configs,
            // assets/<library>) stands for them, as the part's folder does; it goes once emptied
            // (attack C8: "not an entry" once it held a config, taken when empty).
            const qsizetype entriesBefore = plan.entries.size();
            const qsizetype refusalsBefore = plan.refusals.size();
            QStringList kept;
            for (const HomeEntry &entry : holder->entries)
                if (!entry.path.startsWith(path + u'/'))
                    continue;
                else if (entry.deletable() || (entry.ofDeletableKind() && !entry.emptied()))
                    take(entry, entry.path);
                else if (!entry.emptied())
                    kept.append(entry.name);
            if (plan.entries.size() == entriesBefore && plan.refusals.size() == refusalsBefore)
                refuse(path, kept.isEmpty() ? tr("Nothing to delete in %1: it is not on disk.").arg(path) : onlyKept(path, kept));
            else if (!kept.isEmpty())
                plan.keptInside.append({path, kept});
        } else if (path == scan.root) {
            refuse(path, tr("Not deleted: %1 is the Hugging Face home itself; name its parts or entries.").arg(path));
        } else if (struct stat st{};
                   const HomeEntry *around = ::lstat(FileName::encode(path).constData(), &st) == 0 ? index.entryHolding(path) : nullptr) {
            refuse(
                path,
                tr("Not deleted: %1 lies inside the entry %2, which HubDeck deletes only whole: name that entry.").arg(path, around->path));
        } else {
            refuse(path, tr("Not deleted: %1 is not an entry `home ls` lists.").arg(path));
        }
    }
    return plan;
}

QString HomeDeletion::keptInsideNote(const QString &folder, const QStringList &kept)
{
    return tr("Stays in %1, as HubDeck never deletes it: %2.").arg(folder, firstNames(kept));
}

QString HomeDeletion::obstacle(const HomeEntry &entry, const std::function<bool()> &isCanceled)
{
    bool stopped = false;
    return entryObstacle(
        entry, MountPoints::current(), isCanceled ? isCanceled : [] { return false; }, stopped);
}

QList<HomeDeletion::Refusal> HomeDeletion::withoutObstacles(Plan &plan, const std::function<bool()> &isCanceled, const InUseFiles *inUse)
{
    QList<Refusal> refused;
    const MountPoints mounts = MountPoints::current();
    const std::function<bool()> canceled = isCanceled ? isCanceled : [] { return false; };
    for (qsizetype i = 0; i < plan.entries.size();) {
        bool stopped = false;
        const QString reason = entryObstacle(plan.entries.at(i), mounts, canceled, stopped);
        if (stopped)
            break;
        if (reason.isEmpty()) {
            ++i;
            continue;
        }
        refused.append({plan.entries.at(i).path, {}, reason, -1});
        plan.entries.removeAt(i);
    }
    plan.refusals += refused;
    countEmptiedFolders(plan, inUse);
    return refused;
}

QList<HomeDeletion::Refusal> HomeDeletion::remeasure(Plan &plan, const InUseFiles &inUse, const std::function<bool()> &isCanceled)
{
    QList<Refusal> refused;
    // What is measured here is what the confirmation then quotes: what was written before now is
    // in it, and what comes after is kept by the run as arrived (AsideFolder::setAside, J2). Set
    // once every entry is measured: a plan measured in part keeps its listing's time, which
    // keeps more.
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME_COARSE, &now);
    const qint64 measuredAtNs = qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    const auto listedAgain = qScopeGuard([&] {
        if (plan.listedAtNs > 0 && !(isCanceled && isCanceled()))
            plan.listedAtNs = std::max(plan.listedAtNs, measuredAtNs);
    });
    for (qsizetype i = 0; i < plan.entries.size();) {
        if (isCanceled && isCanceled())
            break;
        HomeEntry &entry = plan.entries[i];
        // As run() measures it just before it starts on it: the downloads listed by then, the
        // entry's folder but its entries of their own, its members but the marker.
        QStringList members = entry.members;
        members.removeAll(entry.removingMarker());
        QList<TreeMeasure::Root> roots;
        if (entry.keepsItsFolder())
            roots = ListedDownloads(
                        entry, [](const QString &path) { return path; }, plan.listedAtNs > 0 ? measuredAtNs : 0)
                        .roots();
        else
            roots.append({entry.path, entry.separateChildren()});
        for (const QString &member : std::as_const(members))
            roots.append({member, {}});
        const Freeable now = freeable(roots, inUse);
        if (!now.inUse.isEmpty()) {
            refused.append({entry.path, {}, inUseReason(entry.path, now.inUse), -1});
            plan.entries.removeAt(i);
            continue;
        }
        // What a stopped deletion keeps (written into it since) is measured apart by the scan
        // (AsideFolder::measureKept) and in no figure here: its scanned figure stands.
        if (entry.keptArrivals == 0) {
            entry.sizeOnDisk += now.bytes - entry.freeable;
            entry.freeable = now.bytes;
            entry.sharedExtents = now.shared;
        }
        ++i;
    }
    plan.refusals += refused;
    return refused;
}

QString HomeDeletion::keptArrivalsGoTo(const HomeEntry &leftover)
{
    const QString entryPath =
        leftover.path.endsWith(HomeScanner::deletingSuffix()) ? leftover.path.chopped(HomeScanner::deletingSuffix().size()) : leftover.path;
    struct stat st
    {
    };
    if (leftover.keptArrivalsApart || ::lstat(FileName::encode(entryPath).constData(), &st) == 0 || errno != ENOENT)
        return entryPath + HomeScanner::keptSuffix();
    return entryPath;
}

qsizetype HomeDeletion::withoutGone(Plan &plan)
{
    const auto there = [](const QString &path) {
        struct stat st
        {
        };
        return ::lstat(FileName::encode(path).constData(), &st) == 0 || errno != ENOENT;
    };
    return plan.entries.removeIf([&](const HomeEntry &entry) {
        if (there(entry.path) || std::any_of(entry.members.cbegin(), entry.members.cend(), there))
            return false;
        plan.gone.append(entry.path);
        return true;
    });
}

void HomeDeletion::findEmptiedFolders(Plan &plan)
{
    countEmptiedFolders(plan, nullptr);
}

std::optional<qint64> HomeDeletion::runningDeletion(const HfHome &home)
{
    return locks(home).deletion;
}

QHash<QString, qint64> HomeDeletion::partsLockedByOthers(const HfHome &home)
{
    return locks(home).partsByOthers;
}

HomeDeletion::HomeLocks HomeDeletion::locks(const HfHome &home)
{
    HomeLocks locks;
    if ((locks.deletion = FolderLocks::heldBy({home.root()})))
        return locks;
    QSet<QString> asked{home.root()};
    for (const HfHome::Part &part : home.parts()) {
        if (asked.contains(part.path))
            continue;
        asked.insert(part.path);
        const std::optional<qint64> pid = FolderLocks::heldBy({part.path});
        if (!pid)
            continue;
        // A deletion in another home that shares a part holds that part's folder only.
        if (mayBeDeletion(*pid, holderName(*pid))) {
            locks.deletion = pid;
            locks.partsByOthers.clear();
            return locks;
        }
        locks.partsByOthers.insert(part.path, *pid);
    }
    return locks;
}

bool HomeDeletion::mayBeDeletion(qint64 pid, const QString &holder)
{
    return pid <= 0 || holder.isEmpty() || holder.startsWith(QLatin1String("hubdeck"));
}

QString HomeDeletion::holderName(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (pid <= 0 || !comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(comm.read(64)).trimmed();
}

QString HomeDeletion::blockedReason(qint64 pid)
{
    return blockedReason(pid, holderName(pid));
}

QString HomeDeletion::blockedReason(qint64 pid, const QString &name, const QString &folder)
{
    // The folders are the locks, so another program's flock on one (a script serialising its
    // dataset jobs with flock(1)) holds them too: named as what it is, not as a HubDeck run.
    if (!mayBeDeletion(pid, name))
        return folder.isEmpty()
                   ? tr("Nothing deleted: another process (%1, pid %2) holds a lock on this home's folders. Try again once it has "
                        "released it.")
                         .arg(name)
                         .arg(pid)
                   : tr("Nothing deleted: another process (%1, pid %2) holds a lock on %3. Try again once it has released it.")
                         .arg(name)
                         .arg(pid)
                         .arg(folder);
    return pid > 0
               ? tr("Nothing deleted: another HubDeck deletion is running in this home (pid %1). Try again once it has finished.").arg(pid)
               // Its process cannot be seen from here (another PID namespace: a container).
               : tr("Nothing deleted: another HubDeck deletion is running in this home, or another program holds a lock on its "
                    "folders. Try again once it has finished.");
}

HomeDeletion::Report HomeDeletion::run(const HfHome &home, const Plan &plan, const std::function<bool()> &isCanceled,
                                       const Progress &progress)
{
    Report report;
    // A home the libraries do not use as located (a variable set but empty) or cannot use:
    // nothing of it is touched, whatever a front end planned.
    if (const QString unusable = HomeScanner::unusable(home); !unusable.isEmpty() && !plan.entries.isEmpty()) {
        report.errors.append(tr("Nothing deleted: %1").arg(unusable));
        return report;
    }
    // One deletion at a time in a home: a second process (the CLI while the Overview deletes)
    // would find entries half gone under it, report them as errors, and measure the other's
    // removals as its own freed bytes. Locked for the whole run, before anything is read.
    FolderLocks locks;
    if (!plan.entries.isEmpty() && !locks.lock(lockedFolders(home, plan))) {
        report.blocked = true;
        const qint64 pid = locks.holderPid();
        // A part's own folder is named: only deletions there wait for it.
        report.errors.append(blockedReason(pid, holderName(pid), locks.heldFolder() == home.root() ? QString() : locks.heldFolder()));
        return report;
    }
    const MountPoints mounts = MountPoints::current();
    const QHash<FileIdentity, QString> guarded = HomeScanner::guardedIdentities(home);
    // Taken again as the run goes: a process may open a file of a later entry, or a token be
    // moved into one, while earlier entries go. The processes' files at most every two seconds
    // (a walk of /proc), the credentials before each entry (a few lstat calls).
    InUseFiles inUse = InUseFiles::snapshot();
    QElapsedTimer inUseAge;
    inUseAge.start();
    const auto canceled = [&] { return isCanceled && isCanceled(); };
    QHash<QString, FileIdentity> listedFolders = plan.partFolders;
    // The shared blocks of what the run removed that another file still held then (see
    // SharedExtentLedger): the report's sharedBytes, and what a removal later frees when it
    // takes their last holder.
    SharedExtentLedger keptShared;
    // Entries may share files (hard links): an earlier entry's removals move the ctime of a later
    // one's files, which must not read as written by another program since the listing.
    RemovedLinks removedLinks;
    QSet<QString> planned;
    for (const HomeEntry &entry : plan.entries)
        planned.insert(entry.path);
    int done = 0;
    for (const HomeEntry &entry : plan.entries) {
        if (canceled()) {
            report.canceled = true;
            break;
        }
        // A part that is one entry is worked in from its own folder, which stays.
        const QString root = workFolder(home, entry);
        const bool ownFolder = root == entry.path;
        if (root.isEmpty()) {
            report.errors.append(tr("Refused: %1 is not inside a part of the Hugging Face home.").arg(entry.path));
            continue;
        }
        // Opened now, once, and worked in through that descriptor: a part's path swapped for a
        // link (or HF_HOME's) since the scan, or while an earlier entry went, reaches another
        // folder, whose look-alike names must not be taken for the listed entries.
        SafeRemover remover(root, isCanceled);
        // The shared blocks of this entry's removed files that another file held when they went:
        // what of the entry the disk keeps (also blocks shared only since the measure before: a
        // snapshot or a reflink copy taken while the run goes, attack T1).
        SharedExtentLedger entryKept;
        remover.setLedger(&keptShared, &entryKept);
        remover.setRemovedLinks(&removedLinks);
        const std::optional<FileIdentity> opened = remover.rootIdentity();
        if (opened && !listedFolders.contains(root))
            listedFolders.insert(root, *opened);
        if (struct stat st{}; !opened && ::lstat(FileName::encode(root).constData(), &st) != 0 && errno == ENOENT) {
            report.alreadyGone.append(entry.path); // the whole part went since the scan
            ++done;
            if (progress)
                progress(done, report.freedBytes);
            continue;
        }
        if (!opened || *opened != listedFolders.value(root)) {
            report.errors.append(tr("Not deleted: %1, as its part's folder %2 is no longer the folder that was listed (moved, or "
                                    "replaced by a link, since). List the home again.")
                                     .arg(entry.path, root));
            continue;
        }
        // What the run reads and writes beside its removals (the measures before and after, the
        // marker, the names of the downloads) goes through the same descriptor, so that a part
        // swapped for a link while this entry goes neither makes "freed" measure another folder
        // nor gets a marker written into it. Paths stay as they are where /proc is not there.
        const QString viaRoot = QStringLiteral("/proc/self/fd/%1").arg(remover.rootFd());
        const bool procThere = ::access("/proc/self/fd", X_OK) == 0;
        const auto through = [&](const QString &path) {
            return procThere && ((isInside(path, root) && path != root) || (ownFolder && path == root)) ? viaRoot + path.mid(root.size())
                                                                                                        : path;
        };
        if (!entry.deletable()) {
            report.errors.append(tr("Not deleted: %1 (%2). %3")
                                     .arg(entry.path, HomeScanner::kindLabel(entry.kind),
                                          entry.keep.isEmpty() ? HomeScanner::costOfDeleting(entry) : entry.keep));
            continue;
        }
        // The plan may predate another deletion that finished meanwhile: what it removed is
        // not this run's to report as removed or freed.
        {
            QStringList anyOf;
            for (const QString &path : QStringList{entry.path} + entry.members)
                anyOf.append(through(path));
            const bool gone = std::none_of(anyOf.cbegin(), anyOf.cend(), [](const QString &path) {
                struct stat st
                {
                };
                return ::lstat(FileName::encode(path).constData(), &st) == 0 || errno != ENOENT;
            });
            if (gone) {
                report.alreadyGone.append(entry.path);
                ++done;
                if (progress)
                    progress(done, report.freedBytes);
                continue;
            }
        }
        // Removed in place rather than renamed first: a marker beside it says so until it is
        // gone. Bookkeeping, not the entry's: never measured, never a target of its own.
        const QString marker = entry.removingMarker();
        const bool inPlace = removedInPlace(entry);
        QStringList members = entry.members;
        members.removeAll(marker);
        // datasets' downloads: this run's are the downloads there now (ListedDownloads), and they
        // alone are measured.
        std::optional<ListedDownloads> downloads;
        QList<TreeMeasure::Root> measured;
        if (entry.keepsItsFolder()) {
            downloads.emplace(entry, through, plan.listedAtNs, &removedLinks);
            measured = downloads->roots();
        } else {
            measured.append({through(entry.path), entry.separateChildren()});
        }
        for (const QString &member : std::as_const(members))
            measured.append({through(member), {}});
        if (inUseAge.elapsed() >= 2000) {
            inUse = InUseFiles::snapshot();
            inUseAge.restart();
        }
        timespec measuredAt{}; // by the kernel's clock, as inode times are
        ::clock_gettime(CLOCK_REALTIME_COARSE, &measuredAt);
        const Freeable before = freeable(measured, inUse, &guarded);
        if (!before.inUse.isEmpty()) {
            report.errors.append(inUseReason(entry.path, before.inUse));
            continue;
        }
        // Checked again here, not only in the scan: the plan may be older than the token. Paths
        // compared resolved, as the kernel reaches them (CredentialFiles): HF_HOME given through
        // a link and HF_TOKEN_PATH by its real path (or the other way round) are the same file;
        // a token that is a link counts where it is, where it leads and every link between.
        const QString credential = CredentialFiles::of(home).heldBy(QStringList{entry.path} + entry.members);
        if (!credential.isEmpty()) {
            report.errors.append(tr("Not deleted: %1 holds your access token %2.").arg(entry.path, credential));
            continue;
        }
        QString heldKind;
        if (const QString held = heldPart(home, entry, &heldKind); !held.isEmpty()) {
            const QString reason =
                heldKind.isEmpty()
                    ? tr("It holds the whole Hugging Face home %1: HubDeck does not delete it.").arg(held)
                    : HomeScanner::tr("It holds the %1 part (%2): HubDeck does not delete a part from inside another.").arg(heldKind, held);
            report.errors.append(tr("Not deleted: %1 (%2). %3").arg(entry.path, HomeScanner::kindLabel(entry.kind), reason));
            continue;
        }
        // The token or another part's folder under a second name (a bind mount into the entry
        // since the scan, or a plan made without the check): by device and inode, after the
        // checks by path, whose words fit when the name is the same.
        if (!before.guarded.isEmpty()) {
            report.errors.append(tr("Not deleted: %1 holds %2 under another name (%3).")
                                     .arg(entry.path, before.guarded, HomeScanner::anotherName(before.guardedByHardLink)));
            continue;
        }

        // Everything the removal will walk, checked before the first change: an entry goes
        // whole or stays as it is, never half (a folder it cannot read, a mount inside it).
        bool stopped = false;
        const QString obstacle = entryObstacle(entry, mounts, canceled, stopped);
        if (stopped) {
            report.canceled = true;
            break;
        }
        if (!obstacle.isEmpty()) {
            report.errors.append(obstacle);
            continue;
        }
        // The folder that holds the entry gains a name while it goes (the entry renamed aside, a
        // marker), which may take it a block more (ext4 keeps a folder's blocks): not freed, as du
        // sees (attack U11: "freed" was 4.1K over du's figure). Its size before the first change.
        // A part's own folder holds its marker itself.
        const QString holder = through(entry.partRoot ? entry.path : QFileInfo(entry.path).path());
        const auto blocksOf = [](const QString &folder) {
            struct stat st
            {
            };
            return ::stat(FileName::encode(folder).constData(), &st) == 0 ? qint64(st.st_blocks) * 512 : qint64(0);
        };
        const qint64 holderBefore = blocksOf(holder);
        // A marker an earlier run left is on disk before this one: its blocks count as freed.
        struct stat markerStat
        {
        };
        const bool markerWasThere =
            inPlace && ::lstat(FileName::encode(through(marker)).constData(), &markerStat) == 0 && S_ISREG(markerStat.st_mode);
        // On a full disk the marker may not fit (ENOSPC, EDQUOT), exactly when space is wanted:
        // datasets' downloads then go without it, as each download is whole on its own and a
        // stop leaves fewer of them, which the next scan shows as they are (attack N4); so does
        // a legacy download, whose file goes before its .json and .lock, which a scan after a
        // stop lists as that download (attack Q24: the legacy cache could not be deleted at all).
        if (inPlace) {
            const QString error = writeMarker(through(marker), entry.path, entry.name);
            const bool full = error == PosixFs::errorString(ENOSPC) || error == PosixFs::errorString(EDQUOT);
            const bool wholeWithout = entry.keepsItsFolder() || entry.kind == HomeEntry::Kind::LegacyFile;
            if (!error.isEmpty() && !(full && wholeWithout)) {
                report.errors.append(tr("Not deleted: %1 (could not record the deletion in %2: %3).").arg(entry.path, marker, error));
                continue;
            }
        }
        // A folder removed in place (overlayfs: the kernel does not rename a folder of the image)
        // keeps its name while it goes, so the library writes there by path: what is born or
        // moved in after the marker is its (SafeRemover::setKeepArrivals), as for a folder set
        // aside (attack W4: new shards were deleted without a word). Only in a run that wrote the
        // marker: finishing a stopped one, the folders the stopped run emptied were copied up to
        // the writable layer since, and would read as new.
        std::optional<qint64> inPlaceSince;
        if (inPlace && !markerWasThere && !entry.keepsItsFolder() && removalKind(entry.path) == SafeRemover::Kind::Tree) {
            struct stat written
            {
            };
            if (const qint64 born = PosixFs::birthTime(through(marker)); born > 0)
                inPlaceSince = born;
            else if (::lstat(FileName::encode(through(marker)).constData(), &written) == 0)
                inPlaceSince = qint64(written.st_ctim.tv_sec) * 1000000000 + written.st_ctim.tv_nsec;
            // As for a folder set aside: what came after the listing was never confirmed (J2).
            if (inPlaceSince && plan.listedAtNs > 0)
                inPlaceSince = std::min(*inPlaceSince, plan.listedAtNs);
        }
        // On overlayfs what a removed file of the image's layers held stays there (hidden behind a
        // whiteout): the disk's free space, measured for this entry, tells what went (attack U1:
        // "10.5M freed" where not a byte was). Read once the marker is there: it stays until the
        // figure is taken.
        const LayeredFreeSpace layers(root);
        // Bytes move while a large entry goes, from the blocks each removed file held (du's
        // unit, as the plan's); the report's figure is still the measured one (before less after).
        const qint64 freedBefore = report.freedBytes;
        qint64 freedByTargets = 0; // by the targets of this entry already removed
        remover.setProgress([&](qint64, qint64 freedInTarget) {
            if (progress)
                progress(done, freedBefore + freedByTargets + freedInTarget);
        });
        QStringList targets; // removed in this order
        qint64 notOurs = 0;  // listed downloads another program replaced or removed first
        // Folders of the entry renamed aside that were kept for what arrived in them while they
        // were emptied (SafeRemover::setKeepArrivals), deepest first.
        QStringList keptFolders;
        QStringList keptByChangeTime; // SafeRemover::Result::keptByChangeTime of the targets
        bool failed = false;
        // Whether this entry has been changed yet: a stop or a failure after that leaves it
        // part-deleted, which the report says (the next scan flags it too).
        bool begun = inPlace && ::lstat(FileName::encode(through(marker)).constData(), &markerStat) == 0;
        bool renamedAside = false;
        bool mainGone = false; // the entry's own file or folder was gone at its turn
        // The folder set aside whose arrivals are kept (renamed by this run, or left so by an
        // earlier, stopped one): what arrived gets the entry's name back.
        std::optional<AsideFolder> aside;
        const auto fail = [&](const SafeRemover::Result &result) {
            if (result.status == SafeRemover::Status::Canceled)
                report.canceled = true;
            else
                report.errors.append(result.message);
            failed = true;
        };
        if (entry.keepsItsFolder()) {
            // Its extracted/ is an entry of its own: the downloads go one by one, each a whole
            // download that datasets fetches again if it is missing.
            targets = downloads->paths();
        } else if (!inPlace && entry.kind != HomeEntry::Kind::InterruptedDeletion && removalKind(entry.path) == SafeRemover::Kind::Tree) {
            const QString renamed = entry.path + HomeScanner::deletingSuffix();
            struct stat st
            {
            };
            if (::lstat(FileName::encode(renamed).constData(), &st) == 0 && !S_ISDIR(st.st_mode)) {
                // HubDeck renames only folders aside: a file of that name is someone else's, and
                // it is in the way (attack Q14: it was deleted with the entry, unplanned).
                report.errors.append(tr("Not deleted: %1, as %2 is in the way: a file HubDeck did not make. Move it away and delete "
                                        "again.")
                                         .arg(entry.path, renamed));
                failed = true;
            } else if (::lstat(FileName::encode(renamed).constData(), &st) == 0) {
                // A leftover of an earlier deletion is planned just before its entry (plan()):
                // still here, it could not be finished, or it was made since the plan and was
                // never shown to anyone, so it is not deleted unasked (attack S7).
                report.errors.append(
                    planned.contains(renamed)
                        ? tr("Not deleted: %1, as what an earlier deletion of it left (%2) is still there.").arg(entry.path, renamed)
                    : HomeScanner::notSetAside(renamed)
                        ? tr("Not deleted: %1, as %2 is in the way: a folder HubDeck did not make. Move it away and delete again.")
                              .arg(entry.path, renamed)
                        : tr("Not deleted: %1, as %2 is in the way: a folder that was not in the plan (made since "
                             "it was listed). List the home again.")
                              .arg(entry.path, renamed));
                failed = true;
            }
            if (!failed) {
                const SafeRemover::Result moved = AsideFolder::setAside(remover, entry.path, through, aside, plan.listedAtNs);
                if (moved.status == SafeRemover::Status::Removed) {
                    targets.append(renamed);
                    begun = true;
                    renamedAside = true;
                } else if (moved.status == SafeRemover::Status::AlreadyGone) {
                    mainGone = true;
                } else {
                    fail(moved);
                }
            }
        } else {
            targets.append(entry.path);
            // What a stopped deletion left renamed aside: what was born in it after it was set
            // aside (the time the stopped run kept on it) is a writer's, kept as above.
            if (entry.kind == HomeEntry::Kind::InterruptedDeletion && removalKind(entry.path) == SafeRemover::Kind::Tree)
                aside = AsideFolder::resume(entry.path, through);
            // What the stopped run's removals of one name of a file changed is its own doing.
            if (struct stat st{};
                aside && !aside->unlinked().isEmpty() && ::lstat(FileName::encode(through(aside->path())).constData(), &st) == 0)
                removedLinks.addStopped(quint64(st.st_dev), aside->unlinked(), aside->since(), aside->until());
        }
        // A folder renamed aside goes last: a stop between targets then leaves it, which names
        // what is left (its path finds it), never its lock alone under a name nothing lists
        // (attack P7: "not an entry" on the command that was to finish it).
        targets = renamedAside ? members + targets : targets + members;
        for (qsizetype i = 0; i < targets.size(); ++i) {
            const QString &target = targets.at(i);
            if (failed)
                break;
            // Between targets only: the entry has begun (renamed or marked), and a stop before its
            // first target would leave it begun with nothing removed. A large target still stops
            // inside, in SafeRemover.
            if (i > 0 && canceled()) {
                report.canceled = true;
                failed = true;
                break;
            }
            // A download whose name holds another file by now is the library's, fetched again:
            // kept, and its old file's blocks are not this run's to count (attack S3).
            if (qint64 blocks = 0; downloads && downloads->replaced(target, &blocks)) {
                notOurs += blocks;
                continue;
            }
            // What a process writes into the folder renamed aside (one working in it, or holding
            // it open, since the check before) is its own, new: kept with the folders that hold it
            // (attack T3: "Directory not empty", the entry partly deleted, the new file subtracted
            // from freed).
            // The ctime rule only in the run that set the folder aside (attack X1); on overlayfs
            // folders only by what they hold at their turn (X3).
            // The run finishing a stopped one keeps, by the ctime rule, what was moved in while
            // the stopped one went, up to its stop (attack Z9).
            if (aside && target == aside->path())
                remover.setKeepArrivals(aside->since(), renamedAside || aside->until() > 0, true,
                                        renamedAside ? ArrivalTime::kOpen : aside->until());
            else
                remover.setKeepArrivals(inPlaceSince && target == entry.path ? inPlaceSince : std::nullopt, true, false);
            const SafeRemover::Result result = remover.remove(target, removalKind(target));
            if (result.status == SafeRemover::Status::AlreadyGone && target == entry.path && !downloads)
                mainGone = true;
            if (result.status == SafeRemover::Status::Removed) // else what is left is measured whole
            {
                keptFolders += result.keptFolders;
                keptByChangeTime += result.keptByChangeTime;
            }
            freedByTargets += result.freedOnDisk;
            if (result.status == SafeRemover::Status::Removed || result.freedOnDisk > 0)
                begun = true;
            if (result.status != SafeRemover::Status::Removed && result.status != SafeRemover::Status::AlreadyGone)
                fail(result);
            else if (progress) // datasets' downloads go one file at a time: bytes move between them
                progress(done, freedBefore + freedByTargets);
        }
        // Stopped with the folder still aside: when, for the run that finishes it to keep what was
        // moved in until then by the ctime rule, which is this run's alone (attack Z9).
        // What was written or moved into it meanwhile stays in it, and is in what is left below
        // though it was not in what was measured before: by the rule the run that finishes it
        // keeps by, it is taken out again (GUI attack B10: a file moved in mid-run made a stop
        // that had freed 4.8 MB say "0 bytes freed").
        qint64 arrivedInAside = 0;
        if (aside && renamedAside && failed) {
            (void)aside->recordStop(through, &removedLinks);
            arrivedInAside = aside->measureKept();
        }
        // Measured: what the entry held before, less whatever of it is still there. A download
        // whose name now holds another file (fetched again) is gone, and the new file arrived.
        if (downloads)
            report.arrived += downloads->settle(measured);
        // A folder renamed aside is measured where it went: what its old name holds now was
        // written there since, by the library that owns it (datasets building the cache again, xet
        // storing a chunk): the library's, kept and said, neither unremoved nor subtracted from
        // freed (attack S4, as Q9 for downloads).
        // Folders kept for what arrived in them are what is left of the entry: their own blocks,
        // not the new files'.
        QStringList arrivedInside;
        if (aside) {
            const QString was = through(entry.path); // the root measured before
            if (keptFolders.isEmpty()) {
                for (TreeMeasure::Root &root : measured)
                    if (root.path == was)
                        root.path = through(aside->path());
            } else {
                measured.removeIf([&](const TreeMeasure::Root &root) { return root.path == was; });
                for (const QString &folder : std::as_const(keptFolders))
                    measured.append({through(folder), {}, true, false});
                arrivedInside = arrivalsIn(keptFolders, through);
            }
            if (struct stat st{}; renamedAside && ::lstat(FileName::encode(was).constData(), &st) == 0)
                report.arrived.append(entry.path);
        }
        if (inPlaceSince && !keptFolders.isEmpty()) { // in place: kept where they are, under the entry's name
            const QString was = through(entry.path);
            measured.removeIf([&](const TreeMeasure::Root &root) { return root.path == was; });
            for (const QString &folder : std::as_const(keptFolders))
                measured.append({through(folder), {}, true, false});
            arrivedInside = arrivalsIn(keptFolders, through);
        }
        const Freeable after = freeable(measured, inUse);
        const qint64 left = after.bytes;
        // Shared blocks: the measures count them once each, as part of the entry; what of them the
        // disk keeps is what another file held when their file went (entryKept), however the
        // sharing was when measured (attack S1: reflinked copies inside the entry, or one in an
        // entry deleted before, were all "kept", "freed 8192" for df's 105 MB; T1: blocks shared
        // since, by a snapshot taken mid-run, were freed and kept both). A stop that leaves a
        // partner of a removed file in the entry says less than the disk got back, never more.
        const qint64 sharedFreed = before.shared - after.shared - entryKept.total();
        // A marker this run wrote and a stop or failure leaves in place takes blocks the entry
        // gave back: "freed" is what the disk gained.
        qint64 markerLeft = 0;
        if (inPlace && !markerWasThere && (failed || report.canceled || after.files > 0))
            if (::lstat(FileName::encode(through(marker)).constData(), &markerStat) == 0 && S_ISREG(markerStat.st_mode))
                markerLeft = qint64(markerStat.st_blocks) * 512;
        const qint64 holderGrew = std::max<qint64>(0, blocksOf(holder) - holderBefore);
        // A stopped deletion being finished: what a writer put in it before this run began was
        // measured with it, and is kept: not freed (attack W5: "freed" 606208 over du's figure).
        const bool keptWereMeasured = aside && !renamedAside && !arrivedInside.isEmpty();
        const qint64 measuredAtNs = qint64(measuredAt.tv_sec) * 1000000000 + measuredAt.tv_nsec;
        qint64 keptMeasured = keptWereMeasured ? heldBy(arrivedInside, measuredAtNs, through) : 0;
        // This run's own: what was born after the listing and before the measure was measured with
        // the entry and kept as arrived (J2), so it is not freed either.
        if (!keptWereMeasured && !arrivedInside.isEmpty() && plan.listedAtNs > 0 && (renamedAside || inPlaceSince))
            keptMeasured = heldBy(arrivedInside, measuredAtNs, through, renamedAside ? aside->since() : *inPlaceSince);
        // What was kept by its change time alone may be the entry's own (chmod -R, an append, a
        // hard-link backup during the run): its bytes are not counted as freed, which undercounts
        // a file moved in from elsewhere rather than overstating (attack Z13: "freed 4.2M", du 1.0M).
        // Finishing a stopped run, what it keeps so was there when measured: in keptMeasured.
        qint64 keptOlder = 0;
        if (!keptByChangeTime.isEmpty() && !keptWereMeasured) {
            QList<TreeMeasure::Root> roots;
            for (const QString &kept : std::as_const(keptByChangeTime))
                roots.append({through(kept), {}, true, true});
            keptOlder = freeable(roots, inUse).bytes;
        }
        qint64 entryFreed = std::max<qint64>(0, before.bytes - (left - arrivedInAside) - markerLeft - notOurs + sharedFreed - holderGrew -
                                                    keptMeasured - keptOlder);
        // The entry's own files whose change time moved during the run count as arrivals there
        // too: what the removal gave back bounds it, so that a stop never says more than that.
        if (arrivedInAside > 0)
            entryFreed = std::min(entryFreed, freedByTargets);
        if (layers.measures()) {
            const LayeredFreeSpace::Split split = layers.split(entryFreed);
            report.hiddenBytes += split.hidden;
            entryFreed = split.freed;
        }
        report.freedBytes += entryFreed;
        if (!failed && !report.canceled && after.files > 0) {
            // Never "deleted" while files of it stay, whatever the removal said.
            report.errors.append(tr("%1: %n file(s) could not be removed.", nullptr, int(after.files)).arg(entry.path));
            failed = true;
        }
        if (!failed && inPlace) {
            // Gone whole: nothing is left to finish. After a failure or a stop it stays, and
            // the next scan flags the entry.
            const SafeRemover::Result cleared = remover.remove(marker, SafeRemover::Kind::File);
            if (markerWasThere)
                report.freedBytes += cleared.freedOnDisk;
            if (cleared.status != SafeRemover::Status::Removed && cleared.status != SafeRemover::Status::AlreadyGone)
                report.errors.append(cleared.message);
        }
        if (!failed && !arrivedInside.isEmpty()) {
            // The library goes on writing where it put those files: under the entry's name. When
            // that holds a new folder already, under a name no listing takes for a stopped
            // deletion, which a later `home rm` of the entry would finish, taking them (attack V2).
            if (aside) {
                // What may be the entry's own old files never gets the entry's name back, where the
                // library would take it for its cache, half-deleted (Z13): it is kept apart.
                const QString keptAt = aside->giveBack(remover, through, keptByChangeTime.isEmpty());
                for (const QString &path : std::as_const(arrivedInside))
                    report.arrived.append(keptAt + path.mid(aside->path().size()));
                if (!renamedAside)
                    report.arrivedInStopped += arrivedInside.size();
            } else {
                report.arrived += arrivedInside;
            }
        }
        if (!failed) {
            // Another program removed it between the plan and its turn: not this run's doing
            // (attack Y1: "✓ 2 of 2 entries deleted", one of them by someone else).
            if (mainGone)
                report.alreadyGone.append(entry.path);
            else
                report.removed.append(entry.path);
            report.freedBytes += removeEmptyParents(remover, home, root, entry.path, inUse);
        } else if (begun || before.bytes - left > 0) {
            // Named by what is left: a folder renamed aside is finished under its renamed name, as
            // its old name may hold a new folder by then, the library's (attack T4: the printed
            // "To finish" command planned that one too, and deleted it).
            report.partlyDeleted.append(renamedAside ? entry.path + HomeScanner::deletingSuffix() : entry.path);
        }
        ++done;
        qCDebug(lcHome) << "deleted" << entry.path << "freed" << before.bytes - left;
        if (progress)
            progress(done, report.freedBytes);
        if (report.canceled)
            break;
    }
    report.sharedBytes = keptShared.total();
    return report;
}

void HomeDeletion::GoneEntries::add(qsizetype index)
{
    const std::lock_guard lock(m_mutex);
    m_indexes.append(index);
}

QList<qsizetype> HomeDeletion::GoneEntries::take()
{
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_indexes, {});
}

bool HomeDeletion::isGone(const HomeEntry &entry)
{
    const auto there = [](const QString &path) {
        struct stat st
        {
        };
        return ::lstat(FileName::encode(path).constData(), &st) == 0 || errno != ENOENT;
    };
    if (std::any_of(entry.members.cbegin(), entry.members.cend(), there))
        return false;
    // An entry whose folder stays (datasets/downloads) is gone once the folder holds nothing but
    // its entries of their own (extracted/): its row would otherwise keep its downloads' figures
    // beside "Deleted … freed" until the next listing (attack report 20, J4). Anything else in it
    // (a download fetched meanwhile) keeps it.
    if (entry.keepsItsFolder() && !entry.partRoot) {
        const UniqueFd folder = PosixFs::openDir(entry.path);
        QList<PosixFs::Entry> names;
        if (!folder.isValid() || !PosixFs::listDir(folder.get(), names))
            return false;
        const QList<QByteArray> own = entry.separateChildren();
        return std::all_of(names.cbegin(), names.cend(), [&](const PosixFs::Entry &name) { return own.contains(name.name); });
    }
    return !there(entry.path) && !there(entry.path + HomeScanner::deletingSuffix());
}

QFuture<HomeDeletion::Report> HomeDeletion::runAsync(const HfHome &home, const Plan &plan, std::shared_ptr<std::atomic_bool> cancel,
                                                     std::shared_ptr<GoneEntries> gone)
{
    return QtConcurrent::run([home, plan, cancel, gone](QPromise<Report> &promise) {
        // The value only counts reports; its maximum is kept for the last one, which
        // QFutureInterface never drops (it throttles the others to 25 a second).
        constexpr int kLast = std::numeric_limits<int>::max();
        promise.setProgressRange(0, kLast);
        int reports = 0;
        int lastDone = -1;
        qint64 lastFreed = 0;
        qsizetype looked = 0; // entries of the plan looked at for being gone
        const auto lookUpTo = [&](int done) {
            for (; gone && looked < std::min<qsizetype>(done, plan.entries.size()); ++looked)
                if (isGone(plan.entries.at(looked)))
                    gone->add(looked);
        };
        QElapsedTimer sinceReport;
        Report report = run(
            home, plan, [cancel] { return cancel && cancel->load(); },
            [&](int done, qint64 freed) {
                lookUpTo(done);
                const bool sameEntry = done == lastDone;
                lastDone = done;
                lastFreed = freed;
                // Called per file removed in a large entry: the text is built only when shown.
                if (sameEntry && sinceReport.isValid() && sinceReport.elapsed() < 50)
                    return;
                sinceReport.start();
                if (reports < kLast - 1)
                    promise.setProgressValueAndText(++reports, QStringLiteral("%1 %2").arg(done).arg(freed));
            });
        if (lastDone >= 0)
            promise.setProgressValueAndText(kLast, QStringLiteral("%1 %2").arg(lastDone).arg(lastFreed));
        promise.addResult(std::move(report));
    });
}

std::pair<int, qint64> HomeDeletion::progressFromText(const QString &text)
{
    const QStringList fields = text.split(u' ');
    bool doneOk = false;
    bool freedOk = false;
    const int done = fields.size() == 2 ? fields.at(0).toInt(&doneOk) : 0;
    const qint64 freed = fields.size() == 2 ? fields.at(1).toLongLong(&freedOk) : 0;
    if (!doneOk || !freedOk)
        return {0, 0};
    return {done, freed};
}

} // namespace hubdeck
