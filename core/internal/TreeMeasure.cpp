// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "TreeMeasure.h"

#include "FileName.h"
#include "PosixFs.h"
#include "SharedExtentLedger.h"
#include "SharedExtents.h"
#include "UniqueFd.h"

#include <QFile>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <condition_variable>
#include <cstddef>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <mutex>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>
#include <vector>

namespace hubdeck {

namespace {

// struct linux_dirent64 without its trailing name, which starts right after d_type.
struct Dirent64
{
    ino64_t d_ino;
    off64_t d_off;
    unsigned short d_reclen;
    unsigned char d_type;
};
constexpr size_t kNameOffset = offsetof(Dirent64, d_type) + 1;

// O_NOATIME keeps our reading from touching the folders' access times where we own them;
// elsewhere the kernel refuses it (EPERM) and a plain open does.
int openFolder(int dirFd, const char *name)
{
    constexpr int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
    const int fd = ::openat(dirFd, name, flags | O_NOATIME);
    return fd >= 0 || errno != EPERM ? fd : ::openat(dirFd, name, flags);
}

// A root whose path is longer than PATH_MAX is opened one component at a time.
UniqueFd openPath(const QByteArray &path)
{
    if (path.size() < PATH_MAX - 1)
        return UniqueFd(openFolder(AT_FDCWD, path.constData()));
    UniqueFd current(openFolder(AT_FDCWD, "/"));
    for (const QByteArray &part : path.split('/')) {
        if (part.isEmpty() || !current.isValid())
            continue;
        current = UniqueFd(openFolder(current.get(), part.constData()));
    }
    return current;
}

// A folder being walked. Below a root it is known by its name in its parent and opened with
// openat from the parent's descriptor, so each level costs one call however deep the tree
// (reopening a path from the root made a tree of 4,000 levels take 38 s). A folder keeps its
// descriptor while it is being read and while sub-folders of it wait to be opened; past the
// descriptor budget it keeps it only while it is read, and a sub-folder then reopens it by
// walking down from the nearest ancestor that still has one, checked by device and inode.
struct Dir
{
    std::shared_ptr<Dir> parent; // null for a root
    QByteArray name;             // in the parent; a root's absolute path
    // Under Walk::m_dirsMutex:
    std::shared_ptr<UniqueFd> fd; // null once closed
    int readers = 0;              // its reading, and batches of its names not yet counted
    int waiting = 0;              // sub-folders listed, not yet opened
    bool transient = false;       // opened past the budget: closed once read
    int depth = 0;                // 0 for a root
    dev_t device = 0;
    ino_t inode = 0;
    // Its stat when its mode has the sticky bit and Root::checkRemovable asks: then each child
    // is checked against it (PosixFs::stickyAllows). Null for nearly every folder.
    std::unique_ptr<struct stat> sticky;

    Dir() = default;
    Dir(const Dir &) = delete;
    Dir &operator=(const Dir &) = delete;
    // A chain of thousands of folders would otherwise be released by as many nested calls.
    ~Dir()
    {
        std::shared_ptr<Dir> up = std::move(parent);
        while (up && up.use_count() == 1)
            up = std::move(up->parent);
    }

    [[nodiscard]] QByteArray path() const
    {
        QByteArray result = name;
        for (const Dir *up = parent.get(); up; up = up->parent.get())
            result = up->name + '/' + result;
        return result;
    }
};

// A hard-linked file seen under a group: deleting the group frees it only once every one of its
// links has been seen there.
struct LinkSeen
{
    int group = 0;
    dev_t device = 0;
    ino_t inode = 0;
    nlink_t links = 0;
    qint64 blocks = 0;
};

struct LinkKey
{
    int group;
    dev_t device;
    ino_t inode;
    bool operator==(const LinkKey &other) const = default;
};
struct LinkKeyHash
{
    size_t operator()(const LinkKey &key) const noexcept
    {
        return std::hash<quint64>()(quint64(key.inode) * 31 + quint64(key.device)) ^ std::hash<int>()(key.group);
    }
};

class Walk
{
public:
    Walk(const QList<TreeMeasure::Root> &roots, const TreeMeasure::Admit &admit, const TreeMeasure::InUse &inUse,
         const TreeMeasure::Canceled &canceled)
        : m_roots(roots)
        , m_admit(admit)
        , m_inUse(inUse)
        , m_canceled(canceled)
        , m_pending(size_t(roots.size()), 0)
    {
        struct rlimit limit
        {
        };
        if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
            m_budget = std::max(m_budget, int(std::min<rlim_t>(limit.rlim_cur / 4, 4096)));
        for (int i = 0; i < roots.size(); ++i) {
            const int group = roots.at(i).group >= 0 ? roots.at(i).group : -1 - i;
            m_groupOf.push_back(group);
            m_firstOfGroup.try_emplace(group, i);
        }
    }

    QList<TreeMeasure::Total> run(QStringList *errors, const std::function<void(int)> &progress)
    {
        const int threads = std::max(1, QThread::idealThreadCount());
        m_threads = threads;
        std::vector<QList<TreeMeasure::Total>> totals(size_t(threads), QList<TreeMeasure::Total>(m_roots.size()));
        m_links.resize(size_t(threads));
        m_progress = progress;
        for (int i = 0; i < m_roots.size(); ++i) {
            const QByteArray path = FileName::encode(m_roots.at(i).path);
            struct stat st
            {
            };
            if (::lstat(path.constData(), &st) != 0) {
                if (errno != ENOENT) {
                    totals[0][i].unreadable = QStringLiteral("%1: %2").arg(m_roots.at(i).path, PosixFs::errorString(errno));
                    m_errors.append(QStringLiteral("Cannot read %1").arg(totals[0][i].unreadable));
                }
                continue;
            }
            noteLink(m_links[0], i, st);
            noteGuarded(totals[0][i], i, st);
            totals[0][i].anyFile = totals[0][i].anyFile || !S_ISDIR(st.st_mode);
            if (!(m_roots.at(i).admitSelf && S_ISDIR(st.st_mode)) && !m_admit(st)) {
                if (!S_ISDIR(st.st_mode))
                    countName(totals[0][i], st);
                continue;
            }
            if (m_roots.at(i).countSelf || !S_ISDIR(st.st_mode))
                count(totals[0][i], st, AT_FDCWD, path.constData(), i);
            if (S_ISDIR(st.st_mode) && m_roots.at(i).descend) {
                m_stack.push_back({i, nullptr, path, true, {}});
                ++m_pending[size_t(i)];
            }
        }
        for (int i = 0; i < m_roots.size(); ++i)
            if (m_pending[size_t(i)] == 0)
                ++m_rootsDone;
        std::vector<std::thread> workers;
        for (int t = 1; t < threads; ++t)
            workers.emplace_back([this, &totals, t] { work(totals[size_t(t)], m_links[size_t(t)]); });
        work(totals[0], m_links[0]);
        for (std::thread &worker : workers)
            worker.join();

        QList<TreeMeasure::Total> merged(m_roots.size());
        for (const QList<TreeMeasure::Total> &local : totals) {
            for (int i = 0; i < m_roots.size(); ++i) {
                TreeMeasure::Total &m = merged[i];
                const TreeMeasure::Total &l = local.at(i);
                m.sizeOnDisk += l.sizeOnDisk;
                TreeMeasure::addSaturating(m.apparentSize, l.apparentSize);
                m.freeable += l.freeable;
                m.sharedExtents += l.sharedExtents;
                m.files += l.files;
                m.anyFile = m.anyFile || l.anyFile;
                m.marked = m.marked || l.marked;
                m.lastAccessed = std::max(m.lastAccessed, l.lastAccessed);
                m.lastModified = std::max(m.lastModified, l.lastModified);
                if (m.inUse.isEmpty())
                    m.inUse = l.inUse;
                if (m.unreadable.isEmpty())
                    m.unreadable = l.unreadable;
                if (m.unremovable.isEmpty())
                    m.unremovable = l.unremovable;
                if (m.guarded.isEmpty()) {
                    m.guarded = l.guarded;
                    m.guardedByHardLink = l.guardedByHardLink;
                }
            }
        }
        addWhollyLinked(merged);
        if (errors)
            *errors += m_errors;
        return merged;
    }

private:
    // Names read from one folder, to be counted: a batch of a big folder that another thread
    // counts while the reading goes on (a flat folder of 500,000 downloads is one folder).
    struct Batch
    {
        std::shared_ptr<UniqueFd> fd;
        std::shared_ptr<Dir> dir; // counted in its readers until the batch is counted
        bool isRoot = false;
        QByteArray names; // NUL-terminated, one after the other
    };
    struct Item
    {
        int root = 0;
        std::shared_ptr<Dir> parent; // null for a root
        QByteArray name;             // in parent; a root's absolute path
        bool isRoot = false;
        std::shared_ptr<Batch> batch; // set: count these names; else read the folder
    };

    void noteGuarded(TreeMeasure::Total &total, int root, const struct stat &st) const
    {
        const QHash<FileIdentity, QString> *guarded = m_roots.at(root).guarded;
        if (!guarded || !total.guarded.isEmpty())
            return;
        if (const auto it = guarded->constFind(FileIdentity::of(st)); it != guarded->cend()) {
            total.guarded = *it;
            // A file bind-mounted over another keeps one link: only a second link is a hard link.
            total.guardedByHardLink = !S_ISDIR(st.st_mode) && st.st_nlink > 1;
        }
    }

    void noteLink(std::vector<LinkSeen> &links, int root, const struct stat &st) const
    {
        if (!S_ISDIR(st.st_mode) && st.st_nlink > 1)
            links.push_back({m_groupOf[size_t(root)], st.st_dev, st.st_ino, st.st_nlink, qint64(st.st_blocks) * 512});
    }

    // Each hard-linked file all of whose links were seen in one group is freeable there, once;
    // the others are kept for a joint sum across groups.
    void addWhollyLinked(QList<TreeMeasure::Total> &merged)
    {
        std::unordered_map<LinkKey, std::pair<nlink_t, const LinkSeen *>, LinkKeyHash> seen;
        for (const std::vector<LinkSeen> &links : m_links)
            for (const LinkSeen &link : links) {
                auto &[count, first] = seen[{link.group, link.device, link.inode}];
                if (++count == 1)
                    first = &link;
            }
        for (const auto &[key, value] : seen) {
            TreeMeasure::Total &first = merged[m_firstOfGroup.at(key.group)];
            if (value.first >= value.second->links)
                first.freeable += value.second->blocks;
            else
                first.sharedLinks.append(
                    {{quint64(key.device), quint64(key.inode)}, quint64(value.first), quint64(value.second->links), value.second->blocks});
        }
    }

    // dirFd and name reach the file (AT_FDCWD and a path for a root), for SharedExtents.
    void count(TreeMeasure::Total &total, const struct stat &st, int dirFd, const char *name, int root)
    {
        total.sizeOnDisk += qint64(st.st_blocks) * 512;
        TreeMeasure::addSaturating(total.apparentSize, qint64(st.st_size));
        if (S_ISDIR(st.st_mode) || st.st_nlink <= 1) { // hard-linked files: addWhollyLinked
            const SharedExtents::Answer answer = SharedExtents::ask(dirFd, name, st);
            total.freeable += qint64(st.st_blocks) * 512 - answer.shared;
            if (answer.shared > 0) {
                // Each shared block once per group: two reflinked copies hold one set of blocks.
                qint64 located = 0;
                qint64 added = 0;
                const std::lock_guard lock(m_sharedMutex);
                SharedExtentLedger &ranges = m_sharedByGroup[m_groupOf[size_t(root)]];
                for (const SharedExtents::Extent &extent : answer.extents)
                    if (extent.shared) {
                        located += qint64(extent.length);
                        added += ranges.add(st.st_dev, extent.physical, extent.length);
                    }
                total.sharedExtents += std::min(added + std::max<qint64>(0, answer.shared - located), answer.shared);
            }
        }
        // A folder counts too: a process working in it or holding it open writes its next file
        // there (InUseFiles). Only folders that go with the root are counted, so a part's folder
        // that stays (Root::countSelf false) is never in use this way.
        if (m_inUse && total.inUse.isEmpty())
            total.inUse = m_inUse(st);
        if (!S_ISDIR(st.st_mode))
            countName(total, st);
    }

    // A name that is no folder, counted or not: a second name of a file counted under another
    // root (a hard link between two entries, cp -al) is still a file of this root, with its
    // times, though its bytes count once (attack report 19, H8: the second entry read "0 files,
    // never accessed" and fell out of "not accessed for N days").
    static void countName(TreeMeasure::Total &total, const struct stat &st)
    {
        ++total.files;
        // File times only: reading a folder may itself touch the folder's atime, and so does
        // reading a link (readlink records an access, and `cache ls` reads every snapshot link):
        // a link's times say when it was looked at, not when its file was used.
        if (!S_ISLNK(st.st_mode)) {
            total.lastAccessed = std::max(total.lastAccessed, PosixFs::seconds(st.st_atim));
            total.lastModified = std::max(total.lastModified, PosixFs::seconds(st.st_mtim));
        }
    }

    void work(QList<TreeMeasure::Total> &totals, std::vector<LinkSeen> &links)
    {
        std::vector<Item> found;
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return !m_stack.empty() || m_active == 0 || m_stop; });
            if (m_stop || (m_stack.empty() && m_active == 0))
                break;
            Item item = std::move(m_stack.back());
            m_stack.pop_back();
            if (item.batch)
                --m_queuedBatches;
            ++m_active;
            lock.unlock();

            found.clear();
            if (item.batch) {
                countBatch(item.root, *item.batch, totals[item.root], links, found);
                doneReading(*item.batch->dir);
            } else
                folder(item, totals, links, found);
            const bool stop = m_canceled && m_canceled();

            lock.lock();
            finish(item.root, found);
            --m_active;
            if (stop)
                m_stop = true;
            m_wake.notify_all();
        }
        m_wake.notify_all();
    }

    // Under m_mutex: queues what an item found, and counts the item done.
    void finish(int root, std::vector<Item> &found)
    {
        for (Item &next : found)
            m_stack.push_back(std::move(next));
        m_pending[size_t(root)] += qsizetype(found.size());
        if (--m_pending[size_t(root)] == 0) {
            ++m_rootsDone;
            if (m_progress)
                m_progress(m_rootsDone);
        }
    }

    void countBatch(int root, const Batch &batch, TreeMeasure::Total &total, std::vector<LinkSeen> &links, std::vector<Item> &found)
    {
        const TreeMeasure::Root &measured = m_roots.at(root);
        const QList<QByteArray> *skip = batch.isRoot && !measured.skipChildren.isEmpty() ? &measured.skipChildren : nullptr;
        const bool lookForMarks = measured.isMark && !total.marked && batch.dir->depth < measured.markDepth;
        int subfolders = 0;
        bool unstatable = false;
        for (qsizetype at = 0; at < batch.names.size();) {
            const char *name = batch.names.constData() + at;
            at += qsizetype(std::strlen(name)) + 1;
            if (skip && skip->contains(QByteArrayView(name)))
                continue;
            if (lookForMarks && measured.isMark(name))
                total.marked = true;
            struct stat st
            {
            };
            if (::fstatat(batch.fd->get(), name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
                // Gone since it was listed is fine; a folder that can be listed but not entered
                // (mode r without x) hides every size: said once a batch, not once a name.
                if (errno != ENOENT && !unstatable) {
                    unstatable = true;
                    error(total, batch.dir->path(), errno);
                }
                continue;
            }
            noteLink(links, root, st);
            noteGuarded(total, root, st);
            total.anyFile = total.anyFile || !S_ISDIR(st.st_mode);
            if (batch.dir->sticky && total.unremovable.isEmpty() && !PosixFs::stickyAllows(*batch.dir->sticky, st))
                total.unremovable = QStringLiteral("%1: %2").arg(FileName::decode(batch.dir->path() + '/' + name),
                                                                 QStringLiteral("another user's, in a sticky folder"));
            if (!m_admit(st)) {
                if (!S_ISDIR(st.st_mode))
                    countName(total, st);
                continue;
            }
            count(total, st, batch.fd->get(), name, root);
            if (S_ISDIR(st.st_mode)) {
                found.push_back({root, batch.dir, QByteArray(name), false, {}});
                ++subfolders;
            }
        }
        if (subfolders > 0) {
            const std::lock_guard lock(m_dirsMutex);
            batch.dir->waiting += subfolders;
        }
    }

    void error(TreeMeasure::Total &total, const QByteArray &path, int code)
    {
        const QString what = QStringLiteral("%1: %2").arg(FileName::decode(path), PosixFs::errorString(code));
        if (total.unreadable.isEmpty())
            total.unreadable = what;
        const std::lock_guard guard(m_errorsMutex);
        m_errors.append(QStringLiteral("Cannot read %1").arg(what));
    }

    // Under m_dirsMutex: dir's descriptor, reopened from its nearest ancestor that has one when
    // it was closed (never kept: it was closed for the budget); null with errno set.
    std::shared_ptr<UniqueFd> descriptor(Dir *dir)
    {
        std::vector<Dir *> closed;
        Dir *open = dir;
        for (; open && !open->fd; open = open->parent.get())
            closed.push_back(open);
        std::shared_ptr<UniqueFd> fd = open ? open->fd : nullptr;
        for (auto it = closed.rbegin(); it != closed.rend(); ++it) {
            Dir *down = *it;
            UniqueFd next = down->parent ? UniqueFd(openFolder(fd->get(), down->name.constData())) : openPath(down->name);
            struct stat st
            {
            };
            if (!next.isValid() || ::fstat(next.get(), &st) != 0)
                return nullptr;
            if (st.st_dev != down->device || st.st_ino != down->inode) {
                errno = ENOENT; // moved away while it was walked
                return nullptr;
            }
            fd = std::make_shared<UniqueFd>(std::move(next));
        }
        return fd;
    }

    // Under m_dirsMutex: closes dir's descriptor once nothing needs it any more.
    void closeIfDone(Dir &dir)
    {
        if (dir.fd && dir.readers == 0 && (dir.waiting == 0 || dir.transient)) {
            dir.fd.reset();
            --m_openDirs;
        }
    }

    void doneReading(Dir &dir)
    {
        const std::lock_guard lock(m_dirsMutex);
        --dir.readers;
        closeIfDone(dir);
    }

    // Opens the item's folder from its parent's descriptor (a root from its path); errno set
    // when it cannot.
    UniqueFd open(const Item &item)
    {
        if (!item.parent)
            return openPath(item.name);
        std::shared_ptr<UniqueFd> parentFd;
        int code = 0;
        {
            const std::lock_guard lock(m_dirsMutex);
            parentFd = descriptor(item.parent.get());
            if (!parentFd)
                code = errno;
        }
        UniqueFd fd;
        if (parentFd) {
            fd = UniqueFd(openFolder(parentFd->get(), item.name.constData()));
            if (!fd.isValid())
                code = errno;
        }
        {
            const std::lock_guard lock(m_dirsMutex);
            --item.parent->waiting;
            closeIfDone(*item.parent);
        }
        errno = code;
        return fd;
    }

    void folder(const Item &item, QList<TreeMeasure::Total> &totals, std::vector<LinkSeen> &links, std::vector<Item> &found)
    {
        UniqueFd opened = open(item);
        struct stat st
        {
        };
        if (!opened.isValid() || ::fstat(opened.get(), &st) != 0) {
            if (errno != ENOENT)
                error(totals[item.root], item.parent ? item.parent->path() + '/' + item.name : item.name, errno);
            return;
        }
        // A filesystem the kernel makes up (a /proc or /sys below HF_HOME=/, a chroot's) holds
        // nothing on disk: not walked, at a mount only (a change of device), so one statfs each.
        if ((!item.parent || st.st_dev != item.parent->device) && PosixFs::isSystemFilesystem(opened.get()))
            return;
        TreeMeasure::Total &total = totals[item.root];
        if (m_roots.at(item.root).checkRemovable && total.unremovable.isEmpty() &&
            ::faccessat(opened.get(), ".", W_OK | X_OK, AT_EACCESS) != 0)
            total.unremovable = QStringLiteral("%1: %2").arg(
                FileName::decode(item.parent ? item.parent->path() + '/' + item.name : item.name), PosixFs::errorString(errno));
        auto dir = std::make_shared<Dir>();
        dir->parent = item.parent;
        dir->depth = item.parent ? item.parent->depth + 1 : 0;
        dir->name = item.name;
        dir->device = st.st_dev;
        dir->inode = st.st_ino;
        if ((st.st_mode & S_ISVTX) && m_roots.at(item.root).checkRemovable)
            dir->sticky = std::make_unique<struct stat>(st);
        auto fd = std::make_shared<UniqueFd>(std::move(opened));
        {
            const std::lock_guard lock(m_dirsMutex);
            dir->fd = fd;
            dir->readers = 1;
            dir->transient = ++m_openDirs > m_budget;
        }
        alignas(8) char buffer[32 * 1024];
        for (;;) {
            const long read = ::syscall(SYS_getdents64, fd->get(), buffer, sizeof buffer);
            if (read <= 0) {
                if (read < 0 && errno != ENOENT) // ENOENT: removed while it was read, as if gone
                    error(totals[item.root], dir->path(), errno);
                break;
            }
            auto batch = std::make_shared<Batch>(Batch{fd, dir, item.isRoot, {}});
            batch->names.reserve(read);
            for (long offset = 0; offset < read;) {
                const auto *entry = reinterpret_cast<const Dirent64 *>(buffer + offset);
                const char *name = buffer + offset + kNameOffset;
                offset += entry->d_reclen;
                if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
                    continue;
                batch->names.append(name, qsizetype(std::strlen(name)) + 1);
            }
            // Other threads count this batch when they are free; never more than two batches
            // a thread waiting, so a big folder is never held in memory whole.
            {
                const std::lock_guard lock(m_mutex);
                if (m_queuedBatches < 2 * m_threads) {
                    {
                        const std::lock_guard dirs(m_dirsMutex);
                        ++dir->readers;
                    }
                    m_stack.push_back({item.root, item.parent, item.name, item.isRoot, batch});
                    ++m_queuedBatches;
                    ++m_pending[size_t(item.root)];
                    m_wake.notify_one();
                    continue;
                }
            }
            countBatch(item.root, *batch, totals[item.root], links, found);
        }
        doneReading(*dir);
    }

    const QList<TreeMeasure::Root> &m_roots;
    const TreeMeasure::Admit &m_admit;
    const TreeMeasure::InUse &m_inUse;
    const TreeMeasure::Canceled &m_canceled;
    std::function<void(int)> m_progress;
    std::vector<int> m_groupOf;                  // per root
    std::unordered_map<int, int> m_firstOfGroup; // group -> its first root
    std::vector<std::vector<LinkSeen>> m_links;  // per thread: hard-linked files seen

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Item> m_stack;        // depth first: the newest folders first, so few paths wait
    std::vector<qsizetype> m_pending; // folders and batches of each root still to do
    int m_queuedBatches = 0;

    int m_threads = 1;
    int m_rootsDone = 0;
    int m_active = 0;
    bool m_stop = false;

    // Folders' descriptors (Dir): kept open up to the budget, a quarter of the process's limit,
    // which the rest of the application shares.
    std::mutex m_dirsMutex;
    int m_openDirs = 0;
    int m_budget = 64;

    std::mutex m_errorsMutex;
    std::mutex m_sharedMutex; // taken only for files that share blocks
    std::unordered_map<int, SharedExtentLedger> m_sharedByGroup;
    QStringList m_errors;
};

} // namespace

QList<TreeMeasure::Total> TreeMeasure::measure(const QList<Root> &roots, const Admit &admit, const InUse &inUse, const Canceled &canceled,
                                               QStringList *errors, const std::function<void(int)> &progress)
{
    Walk walk(roots, admit, inUse, canceled);
    return walk.run(errors, progress);
}

} // namespace hubdeck
