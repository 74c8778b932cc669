// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SafeRemover.h"

#include "ArrivalTime.h"
#include "DirWalker.h"
#include "InUseFiles.h"
#include "Logging.h"
#include "PosixFs.h"
#include "RemovedLinks.h"
#include "SharedExtentLedger.h"
#include "SharedExtents.h"

#include <QDir>

#include <cerrno>
#include <cstdio> // renameat2
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace hubdeck {

namespace {

// What removing `name` (in dirFd, as `st` describes it) will give back, and what of it other
// files share (SharedExtents): asked before the unlink, as the file cannot be opened after.
// A file with other hard links frees nothing when one name goes.
// A file a process holds open frees nothing yet: what it holds alone is held, what it shares is
// shared all the same (attack Z8: a held blob with a reflinked copy was taken off "freed" twice,
// and closing the process was said to give back blocks the copy keeps).
struct Release
{
    qint64 freed = 0;
    qint64 shared = 0;
    dev_t device = 0;
    std::vector<SharedExtents::Extent> extents; // with a ledger only
    qint64 held = 0;
    QString holder; // InUseFiles::describe() when held
};

Release releaseOf(int dirFd, const char *name, const struct stat &st, const SharedExtentLedger *ledger, const InUseFiles *inUse)
{
    if (!S_ISREG(st.st_mode) || st.st_nlink > 1)
        return {};
    SharedExtents::Answer answer = SharedExtents::ask(dirFd, name, st, ledger);
    Release release;
    release.freed = qint64(st.st_blocks) * 512 - answer.shared;
    release.shared = answer.shared;
    release.device = st.st_dev;
    if (ledger)
        release.extents = std::move(answer.extents);
    if (const InUseFiles::Holder *holder = inUse ? inUse->holder(st.st_dev, st.st_ino) : nullptr) {
        release.held = release.freed;
        release.freed = 0;
        release.holder = InUseFiles::describe(*holder);
    }
    return release;
}

// Once the file is gone: with a ledger, its shared blocks count once in the run, and blocks an
// earlier removal counted as shared that this file held alone went with it (released).
// also: a second ledger kept the same way (a caller's per-entry one), or null.
void add(SafeRemover::Result &result, const Release &release, SharedExtentLedger *ledger, SharedExtentLedger *also)
{
    result.freedOnDisk += release.freed;
    result.heldOnDisk += release.held;
    if (!release.holder.isEmpty() && !result.heldBy.contains(release.holder))
        result.heldBy.append(release.holder);
    if (!ledger) {
        result.sharedOnDisk += release.shared;
        return;
    }
    for (const SharedExtents::Extent &extent : release.extents) {
        if (extent.shared) {
            result.sharedOnDisk += ledger->add(release.device, extent.physical, extent.length);
            if (also)
                also->add(release.device, extent.physical, extent.length);
        } else if (release.holder.isEmpty()) { // a held file's blocks have not gone yet
            result.releasedShared += ledger->release(release.device, extent.physical, extent.length);
            if (also)
                also->release(release.device, extent.physical, extent.length);
        }
    }
}

// Why a removal inside `dirFd` was refused, for a permission error: who owns the folder.
QString permissionHint(int dirFd)
{
    struct stat st
    {
    };
    if (::fstat(dirFd, &st) != 0)
        return {};
    if (st.st_uid != ::geteuid())
        return QStringLiteral(" (its folder belongs to %1, not to %2: remove it as %1, or make the cache group-writable for both)")
            .arg(PosixFs::userName(st.st_uid), PosixFs::userName(::geteuid()));
    if (!(st.st_mode & S_IWUSR))
        return QStringLiteral(" (its folder is read-only, mode %1: chmod u+w it)").arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'));
    return QStringLiteral(" (it or its folder may be immutable or append-only: see lsattr)");
}

QString failure(int error, const QString &path, int dirFd)
{
    if (error == EXDEV) // removeEntry's refusal to cross into a mount point
        return QStringLiteral("Cannot remove %1: another filesystem is mounted there, and HubDeck does not delete across it").arg(path);
    QString message = QStringLiteral("Cannot remove %1: %2").arg(path, PosixFs::errorString(error));
    if (error == EACCES || error == EPERM)
        message += permissionHint(dirFd);
    return message;
}

// A file's name goes: through links when given, which then records a file that keeps other
// names (its ctime moved by this removal is not an arrival's: arrivedSince). 0, or the errno.
int unlinkFile(int dirFd, const char *name, const struct stat &st, RemovedLinks *links)
{
    if (links)
        return links->unlink(dirFd, name, st);
    return ::unlinkat(dirFd, name, 0) == 0 ? 0 : errno;
}

// Empties one entry of a folder being removed: a file or a link goes, a folder is handed
// back to walk into. 0, or the errno of the step that failed; an entry already gone is fine.
// A folder of another device than the tree's (a mount point) is EXDEV: a removal never
// crosses into another filesystem, as `rm --one-file-system`.
int removeEntry(int dirFd, const PosixFs::Entry &entry, dev_t device, QList<QByteArray> &subfolders, SafeRemover::Result &freed,
                SharedExtentLedger *ledger, SharedExtentLedger *also, const InUseFiles *inUse, RemovedLinks *links)
{
    // A snapshot is mostly symlinks, and a symlink frees nothing: readdir's type saves their
    // lstat, a tenth of a whole deletion's time. An entry swapped for a folder since the
    // listing fails with EISDIR and takes the checked path below.
    if (entry.type == DT_LNK) {
        if (::unlinkat(dirFd, entry.name.constData(), 0) == 0 || errno == ENOENT)
            return 0;
        if (errno != EISDIR)
            return errno;
    }
    struct stat st
    {
    };
    if (!PosixFs::statAt(dirFd, entry.name, st, Links::NoFollow))
        return errno == ENOENT ? 0 : errno;
    if (S_ISDIR(st.st_mode)) {
        if (st.st_dev != device)
            return EXDEV;
        subfolders.append(entry.name);
        return 0;
    }
    const Release release = releaseOf(dirFd, entry.name.constData(), st, ledger, inUse);
    const int error = unlinkFile(dirFd, entry.name.constData(), st, links);
    if (error == 0)
        add(freed, release, ledger, also);
    return error == ENOENT ? 0 : error;
}

// Whether name in the folder open at dirFd came after sinceNs (the kernel's clock, as inode
// times are): born then (statx btime: written there), or its inode changed then (ctime: moved
// in by a rename, which keeps the birth time, or linked in; attack W1: files moved into a
// subfolder not walked yet were deleted). A tie is the tree's. An inode the run unlinked
// another name of changed then too, by the removal: not an arrival (RemovedLinks).
enum class Arrival { No, Born, Changed };

Arrival arrivedSince(int dirFd, const QByteArray &name, qint64 sinceNs, const RemovedLinks &links, bool byChangeTime, bool foldersByTime,
                     qint64 changedUntilNs)
{
    struct statx stx
    {
    };
    if (::statx(dirFd, name.constData(), AT_SYMLINK_NOFOLLOW | AT_STATX_DONT_SYNC, ArrivalTime::kMask | STATX_INO, &stx) != 0)
        return Arrival::No;
    if (S_ISDIR(stx.stx_mode) && !foldersByTime)
        return Arrival::No;
    if (ArrivalTime::isAfter(stx, sinceNs))
        return Arrival::Born;
    if (!byChangeTime || !ArrivalTime::isMovedIn(stx, sinceNs, changedUntilNs))
        return Arrival::No;
    return !S_ISDIR(stx.stx_mode) &&
                   links.changedByRemoval(FileIdentity{quint64(makedev(stx.stx_dev_major, stx.stx_dev_minor)), quint64(stx.stx_ino)},
                                          ArrivalTime::nanoseconds(stx.stx_ctime))
               ? Arrival::No
               : Arrival::Changed;
}

// Whether the folder open at fd is a mount's root or on another device than the tree's: a bind
// mount of a folder of the same filesystem keeps the device, and only the kernel's mount-root
// attribute (statx, Linux 5.8) tells it. Asked of the descriptor the walk holds, so a mount made
// after the folder was listed as a child is seen, and one made on top of it after it was opened
// is not entered (the descriptor is the folder below).
bool isMountRoot(int fd, dev_t device)
{
    struct statx sx
    {
    };
    if (::statx(fd, "", AT_EMPTY_PATH | AT_STATX_DONT_SYNC, STATX_TYPE, &sx) != 0)
        return false;
    if (makedev(sx.stx_dev_major, sx.stx_dev_minor) != device)
        return true;
    return (sx.stx_attributes_mask & sx.stx_attributes & STATX_ATTR_MOUNT_ROOT) != 0;
}

// A folder could not be opened or read, or was moved while it was being removed.
QString walkFailure(const DirWalker &walker, const QString &path, int rootFd)
{
    const QString where = walker.failedPrefix().isEmpty() ? path : path + u'/' + walker.failedPrefix().chopped(1);
    return walker.error() == ENOENT && !walker.failedPrefix().isEmpty()
               ? QStringLiteral("Cannot remove %1: the folder was moved while it was being removed").arg(where)
               : failure(walker.error(), where, rootFd);
}

} // namespace

SafeRemover::SafeRemover(QString cacheDir, std::function<bool()> isCanceled)
    : m_cacheDir(std::move(cacheDir))
    , m_rootFd(PosixFs::openDir(m_cacheDir))
    , m_isCanceled(std::move(isCanceled))
{
    if (struct stat st{}; m_rootFd.isValid() && ::fstat(m_rootFd.get(), &st) == 0)
        m_root = FileIdentity::of(st);
}

std::optional<FileIdentity> SafeRemover::rootIdentity() const
{
    return m_root;
}

int SafeRemover::openParent(const QString &relative, QByteArray &leaf, QString &error, int &errorCode)
{
    const qsizetype slash = relative.lastIndexOf(u'/');
    leaf = FileName::encode(relative.mid(slash + 1));
    if (slash < 0)
        return m_rootFd.get();
    const QString folder = relative.left(slash);
    // The deepest kept ancestor (or the folder itself), then down from there.
    int fromFd = m_rootFd.get();
    qsizetype done = 0; // characters of `folder` that fromFd stands for
    OpenFolder *best = nullptr;
    for (OpenFolder &open : m_folders) {
        const bool covers = open.relative == folder || (folder.startsWith(open.relative) && folder.at(open.relative.size()) == u'/');
        if (covers && (!best || open.relative.size() > best->relative.size()))
            best = &open;
    }
    if (best) {
        best->lastUse = ++m_uses;
        if (best->relative.size() == folder.size())
            return best->fd.get();
        fromFd = best->fd.get();
        done = best->relative.size() + 1;
    }
    const QStringList parts = folder.mid(done).split(u'/');
    for (const QString &part : parts) {
        UniqueFd next = PosixFs::openDir(fromFd, FileName::encode(part), Links::NoFollow);
        const QString opened = folder.left(done + part.size());
        if (!next.isValid()) {
            errorCode = errno;
            error = errno == ELOOP || errno == ENOTDIR
                        ? QStringLiteral("refused: %1 is not a real folder (a link?)").arg(m_cacheDir + u'/' + opened)
                        : PosixFs::errorString(errno);
            return -1;
        }
        // O_NOFOLLOW does not stop at a mount: a filesystem (or a bind mount of a folder
        // elsewhere) put on a folder on the way is never walked into, as removeTree never does.
        if (m_root && isMountRoot(next.get(), dev_t(m_root->device))) {
            errorCode = EXDEV;
            error = QStringLiteral("refused: another filesystem is mounted on %1, and HubDeck does not delete across it")
                        .arg(m_cacheDir + u'/' + opened);
            return -1;
        }
        if (int(m_folders.size()) >= kKeptFolders) {
            // The least recently used goes; never one on the path being walked down, whose
            // descriptor fromFd may be.
            auto victim = m_folders.end();
            for (auto it = m_folders.begin(); it != m_folders.end(); ++it)
                if (it->fd.get() != fromFd && (victim == m_folders.end() || it->lastUse < victim->lastUse))
                    victim = it;
            m_folders.erase(victim);
        }
        m_folders.push_back({opened, std::move(next), ++m_uses});
        fromFd = m_folders.back().fd.get();
        done += part.size() + 1;
    }
    return fromFd;
}

void SafeRemover::forgetFolders(const QString &relative)
{
    std::erase_if(m_folders, [&](const OpenFolder &open) {
        return open.relative == relative || (open.relative.startsWith(relative) && open.relative.at(relative.size()) == u'/');
    });
}

SafeRemover::Result SafeRemover::remove(const QString &absolutePath, Kind kind)
{
    Result result;
    QByteArray leaf;
    // The folder's removal may take kept folders with it.
    const int parentFd = openLeafParent(absolutePath, kind != Kind::File, QStringLiteral("remove"), leaf, result);
    if (parentFd < 0)
        return result;
    struct stat st
    {
    };
    if (!PosixFs::statAt(parentFd, leaf, st, Links::NoFollow)) {
        result.status = errno == ENOENT ? Status::AlreadyGone : Status::Failed;
        result.message = failure(errno, absolutePath, parentFd);
        return result;
    }
    if (S_ISLNK(st.st_mode) && kind != Kind::File) {
        // A folder reached through a link is not ours to empty, and removing only the link
        // would strand its data where no scan finds it.
        struct stat target
        {
        };
        if (PosixFs::statAt(parentFd, leaf, target, Links::Follow) && S_ISDIR(target.st_mode)) {
            result.status = Status::Refused;
            result.message =
                QStringLiteral("refused: %1 is a link to a folder elsewhere; remove the link or its target yourself").arg(absolutePath);
            return result;
        }
    }
    if (!S_ISDIR(st.st_mode)) {
        // Files, and links of every kind: the link goes, never its target.
        const Release release = releaseOf(parentFd, leaf.constData(), st, m_ledger, m_inUse);
        if (const int error = unlinkFile(parentFd, leaf.constData(), st, m_removedLinks); error != 0) {
            result.status = error == ENOENT ? Status::AlreadyGone : Status::Failed;
            result.message = failure(error, absolutePath, parentFd);
            return result;
        }
        result.status = Status::Removed;
        add(result, release, m_ledger, m_entryLedger);
        return result;
    }
    if (kind == Kind::File) {
        result.status = Status::Refused;
        result.message = QStringLiteral("refused: %1 is a folder, not a file").arg(absolutePath);
        return result;
    }
    if (kind == Kind::Repo)
        return removeRepo(parentFd, leaf, absolutePath);
    if (kind == Kind::Tree && ::unlinkat(parentFd, leaf.constData(), AT_REMOVEDIR) == 0) {
        // Already emptied (a snapshot whose links went before its blobs): no need to open and
        // list it again. Anything else (not empty, not permitted) takes the walk, which
        // removes what is inside and names the entry that fails.
        result.status = Status::Removed;
        return result;
    }
    return removeTree(parentFd, leaf, absolutePath, kind);
}

int SafeRemover::openLeafParent(const QString &absolutePath, bool forget, const QString &verb, QByteArray &leaf, Result &result)
{
    const QString prefix = m_cacheDir + u'/';
    if (!m_rootFd.isValid() || QDir::cleanPath(absolutePath) != absolutePath || !absolutePath.startsWith(prefix)) {
        result.status = Status::Refused;
        result.message = QStringLiteral("refused: %1 is not inside the cache %2").arg(absolutePath, m_cacheDir);
        return -1;
    }
    const QString relative = absolutePath.mid(prefix.size());
    if (forget)
        forgetFolders(relative);
    QString error;
    int errorCode = 0;
    const int parentFd = openParent(relative, leaf, error, errorCode);
    if (parentFd < 0) {
        result.status = error.startsWith(QStringLiteral("refused")) ? Status::Refused
                        : errorCode == ENOENT                       ? Status::AlreadyGone
                                                                    : Status::Failed;
        result.message = result.status == Status::Refused ? QStringLiteral("%1: %2").arg(absolutePath, error)
                                                          : QStringLiteral("Cannot %1 %2: %3").arg(verb, absolutePath, error);
    }
    return parentFd;
}

SafeRemover::Result SafeRemover::removeEmptyFolder(const QString &absolutePath)
{
    Result result;
    QByteArray leaf;
    const int parentFd = openLeafParent(absolutePath, true, QStringLiteral("remove"), leaf, result);
    if (parentFd < 0)
        return result;
    if (::unlinkat(parentFd, leaf.constData(), AT_REMOVEDIR) == 0) {
        result.status = Status::Removed;
        return result;
    }
    const int error = errno;
    result.status = error == ENOENT                                             ? Status::AlreadyGone
                    : error == ENOTEMPTY || error == EEXIST || error == ENOTDIR ? Status::Refused
                                                                                : Status::Failed;
    result.message = failure(error, absolutePath, parentFd);
    return result;
}

SafeRemover::Result SafeRemover::rename(const QString &absolutePath, const QString &newName)
{
    Result result;
    if (newName.isEmpty() || newName.contains(u'/') || newName == QLatin1String(".") || newName == QLatin1String("..")) {
        result.status = Status::Refused;
        result.message = QStringLiteral("refused: %1 is not a name for %2").arg(newName, absolutePath);
        return result;
    }
    QByteArray leaf;
    const int parentFd = openLeafParent(absolutePath, true, QStringLiteral("rename"), leaf, result);
    if (parentFd < 0)
        return result;
    if (::renameat2(parentFd, leaf.constData(), parentFd, FileName::encode(newName).constData(), RENAME_NOREPLACE) != 0) {
        result.status = errno == ENOENT ? Status::AlreadyGone : Status::Failed;
        result.message = QStringLiteral("Cannot rename %1: %2").arg(absolutePath, PosixFs::errorString(errno));
        return result;
    }
    result.status = Status::Removed;
    return result;
}

SafeRemover::Result SafeRemover::removeTree(int parentFd, const QByteArray &name, const QString &path, Kind kind) const
{
    // A post-order walk (DirWalker): each folder's files go when it is listed, the folder itself
    // once everything below it is gone. Iterative and with a bounded number of descriptors, so
    // thousands of nested folders need neither the stack nor the descriptor limit; links are
    // never followed, and a folder left through ".." is checked by device and inode.
    Result result;
    UniqueFd root = PosixFs::openDir(parentFd, name, Links::NoFollow);
    if (!root.isValid()) {
        if (errno == ENOENT) {
            result.status = Status::AlreadyGone;
            return result;
        }
        result.status = Status::Failed;
        result.message = failure(errno, path, parentFd);
        return result;
    }
    struct stat rootStat
    {
    };
    if (::fstat(root.get(), &rootStat) != 0) {
        result.status = Status::Failed;
        result.message = failure(errno, path, parentFd);
        return result;
    }
    auto pathOf = [&](const QString &relPrefix, const QByteArray &leaf) { return path + u'/' + relPrefix + FileName::decode(leaf); };
    bool failed = false;
    bool stopped = false;
    // The run's record when the caller keeps one (setRemovedLinks), else this tree's, which only
    // the arrival check reads: without it, nothing is recorded (no O_PATH open per linked file).
    RemovedLinks ownLinks;
    RemovedLinks &links = m_removedLinks ? *m_removedLinks : ownLinks;
    RemovedLinks *recording = m_removedLinks || m_keepSince ? &links : nullptr;
    // Every entry the walk listed in a folder went before it is removed (any failure stops the
    // walk first), so a folder that is not empty then holds only what arrived since.
    auto keptForArrivals = [&](int error, const QString &where) {
        if (!m_keepSince || (error != ENOTEMPTY && error != EEXIST))
            return false;
        result.keptFolders.append(where);
        return true;
    };
    auto failAt = [&](int error, const QString &where, int dirFd) {
        result.status = Status::Failed;
        result.message = failure(error, where, dirFd);
        failed = true;
        return false;
    };
    int sinceCheck = 0;
    qint64 removedEntries = 0;
    bool removedOne = false;
    DirWalker walker;
    walker.setSkipVanished(true); // a concurrent removal got there first
    const DirWalker::Result walked = walker.walk(
        root.get(),
        [&](const DirWalker::Folder &folder, const QList<PosixFs::Entry> &entries, QList<QByteArray> &subfolders) {
            if (isMountRoot(folder.fd, rootStat.st_dev))
                return failAt(EXDEV, folder.depth == 0 ? path : path + u'/' + folder.relPrefix().chopped(1), folder.fd);
            for (const PosixFs::Entry &entry : entries) {
                // A stop is asked between every two removals (a flag read, beside an unlink):
                // asked every 256, a Ctrl+C in an entry of 200 files was a "✓ deleted" (attack
                // R3). Not before the first: a tree begun (renamed aside) always loses something,
                // so a stop never leaves it begun with nothing removed. Progress goes out every
                // 256, which is often enough to be seen move.
                if (removedOne && canceled()) {
                    stopped = true;
                    return false;
                }
                if (++sinceCheck >= 256) {
                    removedEntries += sinceCheck;
                    sinceCheck = 0;
                    if (m_progress)
                        m_progress(removedEntries, result.freedOnDisk);
                }
                // Born after the tree was set aside: what a process wrote there since, left (its
                // folder's removal then keeps the folder). Not even looked into if a folder.
                if (m_keepSince) {
                    const Arrival arrival = arrivedSince(folder.fd, entry.name, *m_keepSince, links, m_keepByChangeTime,
                                                         m_keepFoldersByTime, m_keepChangedUntil);
                    if (arrival == Arrival::Changed)
                        result.keptByChangeTime.append(pathOf(folder.relPrefix(), entry.name));
                    if (arrival != Arrival::No)
                        continue;
                }
                const qsizetype folders = subfolders.size();
                if (const int error =
                        removeEntry(folder.fd, entry, rootStat.st_dev, subfolders, result, m_ledger, m_entryLedger, m_inUse, recording);
                    error != 0)
                    return failAt(error, pathOf(folder.relPrefix(), entry.name), folder.fd);
                removedOne = removedOne || subfolders.size() == folders; // a folder is handed back, not removed yet
            }
            return true;
        },
        [&](const DirWalker::Folder &parent, const QByteArray &child) {
            // Heard between folders too: a tree of thousands of empty folders went on for
            // 1,340 more removals after a Ctrl+C (attack S13).
            if (removedOne && canceled()) {
                stopped = true;
                return false;
            }
            if (::unlinkat(parent.fd, child.constData(), AT_REMOVEDIR) != 0 && errno != ENOENT) {
                if (!keptForArrivals(errno, pathOf(parent.relPrefix(), child)))
                    return failAt(errno, pathOf(parent.relPrefix(), child), parent.fd);
                return true;
            }
            removedOne = true;
            return true;
        });
    result.removedSome = removedOne;
    if (failed)
        return result;
    if (stopped) {
        result.status = Status::Canceled;
        return result;
    }
    if (walked == DirWalker::Result::Failed) {
        result.status = Status::Failed;
        result.message = walkFailure(walker, path, root.get());
        return result;
    }
    if (kind != Kind::Contents && ::unlinkat(parentFd, name.constData(), AT_REMOVEDIR) != 0 && errno != ENOENT &&
        !keptForArrivals(errno, path)) {
        failAt(errno, path, parentFd);
        return result;
    }
    result.status = Status::Removed;
    return result;
}

SafeRemover::Result SafeRemover::removeRepo(int parentFd, const QByteArray &name, const QString &path) const
{
    // refs first (no ref may outlive its snapshot), then each snapshot (no link may outlive
    // its blob), then blobs and the rest; the empty snapshots/ folder and the repo go last,
    // so a stop at any point leaves a repo that scans without a warning. (DeletionExecutor has
    // usually removed refs and snapshots one by one already; this finishes what is left.)
    Result result;
    UniqueFd repo = PosixFs::openDir(parentFd, name, Links::NoFollow);
    if (!repo.isValid()) {
        result.status = errno == ENOENT ? Status::AlreadyGone : Status::Failed;
        result.message = failure(errno, path, parentFd);
        return result;
    }
    auto accumulate = [&](const Result &step) {
        result.freedOnDisk += step.freedOnDisk;
        result.sharedOnDisk += step.sharedOnDisk;
        result.releasedShared += step.releasedShared;
        result.heldOnDisk += step.heldOnDisk;
        for (const QString &holder : std::as_const(step.heldBy))
            if (!result.heldBy.contains(holder))
                result.heldBy.append(holder);
        if (step.status == Status::Removed || step.status == Status::AlreadyGone)
            return true;
        result.status = step.status;
        result.message = step.message;
        return false;
    };
    auto removeChild = [&](int fd, const QByteArray &child, const QString &childPath) {
        struct stat st
        {
        };
        Result step;
        if (!PosixFs::statAt(fd, child, st, Links::NoFollow)) {
            step.status = errno == ENOENT ? Status::AlreadyGone : Status::Failed;
            if (step.status == Status::Failed)
                step.message = failure(errno, childPath, fd);
        } else if (S_ISDIR(st.st_mode)) {
            step = removeTree(fd, child, childPath, Kind::Tree);
        } else {
            const Release release = releaseOf(fd, child.constData(), st, m_ledger, m_inUse);
            if (const int error = unlinkFile(fd, child.constData(), st, m_removedLinks); error == 0 || error == ENOENT) {
                step.status = Status::Removed;
                add(step, release, m_ledger, m_entryLedger);
            } else {
                step.message = failure(error, childPath, fd);
            }
        }
        return step;
    };

    if (!accumulate(removeChild(repo.get(), "refs", path + QStringLiteral("/refs"))))
        return result;
    UniqueFd snapshots = PosixFs::openDir(repo.get(), "snapshots", Links::NoFollow);
    if (snapshots.isValid()) {
        QList<PosixFs::Entry> entries;
        if (!PosixFs::listDir(snapshots.get(), entries)) {
            result.message = failure(errno, path + QStringLiteral("/snapshots"), repo.get());
            return result;
        }
        for (const PosixFs::Entry &entry : entries) {
            if (canceled()) {
                result.status = Status::Canceled;
                return result;
            }
            if (!accumulate(removeChild(snapshots.get(), entry.name, path + QStringLiteral("/snapshots/") + FileName::decode(entry.name))))
                return result;
        }
    }
    QList<PosixFs::Entry> entries;
    if (!PosixFs::listDir(repo.get(), entries)) {
        result.message = failure(errno, path, parentFd);
        return result;
    }
    for (const PosixFs::Entry &entry : entries) {
        if (entry.name == "snapshots")
            continue;
        if (!accumulate(removeChild(repo.get(), entry.name, path + u'/' + FileName::decode(entry.name))))
            return result;
    }
    if (::unlinkat(repo.get(), "snapshots", AT_REMOVEDIR) != 0 && errno != ENOENT && errno != ENOTDIR) {
        result.message = failure(errno, path + QStringLiteral("/snapshots"), repo.get());
        return result;
    }
    ::unlinkat(repo.get(), "snapshots", 0); // a non-folder "snapshots" in a corrupted entry
    if (::unlinkat(parentFd, name.constData(), AT_REMOVEDIR) != 0 && errno != ENOENT) {
        result.message = failure(errno, path, parentFd);
        return result;
    }
    result.status = Status::Removed;
    return result;
}

} // namespace hubdeck
