// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "RepoScanner.h"

#include "CacheLocation.h"
#include "DirWalker.h"
#include "Logging.h"
#include "PosixFs.h"
#include "Result.h"

#include <QDir>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>

namespace hubdeck {

namespace {

bool isIgnoredName(const QByteArray &name)
{
    return name == ".DS_Store" || name == "Thumbs.db" || name == "desktop.ini";
}

// What repoBlob and otherBlob return for a target that does not exist (-1: not a file of the revision).
constexpr int kMissing = -2;

// Why an entry is not a valid repo: what scanning it found wrong, for CorruptedRepo.
struct Corruption
{
    CorruptedRepo::Reason reason;
    QString message;
};

// How far a walk went: all the way, or until the scan was canceled.
enum class Walked {
    Whole,
    Canceled,
};

// Python's Path.resolve(strict=False): follow links as far as they go, keep the rest lexical.
QString resolveLoosely(const QString &path)
{
    QString current = path;
    for (int hop = 0; hop < 40; ++hop) {
        if (const QString real = PosixFs::realPath(current); !real.isEmpty())
            return real;
        const auto target = PosixFs::readLink(AT_FDCWD, FileName::encode(current));
        const QString parent = current.section(u'/', 0, -2);
        if (!target) {
            // The leaf is missing: resolve what exists above it.
            if (const QString real = PosixFs::realPath(parent); !real.isEmpty())
                return real + u'/' + current.section(u'/', -1);
            return QDir::cleanPath(current);
        }
        const QString t = FileName::decode(*target);
        current = QDir::cleanPath(QDir::isAbsolutePath(t) ? t : parent + u'/' + t);
    }
    return current;
}

class RepoWalk
{
public:
    RepoWalk(CachedRepo &repo, int repoFd, const SharedBlobStore *store, std::function<bool()> canceled, RepoScanner::Outcome &outcome)
        : m_repo(repo)
        , m_repoFd(repoFd)
        , m_store(store)
        , m_canceled(std::move(canceled))
        , m_outcome(outcome)
        , m_blobsDir(repo.repoPath + QStringLiteral("/blobs"))
        , m_snapshotsDir(repo.repoPath + QStringLiteral("/snapshots/"))
    {}

    // The <repo>/blobs/ names that some snapshot entry links to.
    [[nodiscard]] const QHash<QByteArray, int> &linkedBlobNames() const { return m_repoBlobs; }
    // <repo>/blobs/ entries that are symlinks (from the readdir done for partial downloads).
    void setBlobLinks(QSet<QByteArray> links) { m_blobLinks = std::move(links); }

    // Ref files by the commit hash they hold.
    Result<QHash<QString, QStringList>, Corruption> readRefs(int refsFd)
    {
        QHash<QString, QStringList> byHash;
        const QString refsDir = m_repo.repoPath + QStringLiteral("/refs/");
        std::optional<Corruption> failure; // stops the walk
        auto fail = [&failure](Corruption corruption) {
            failure = std::move(corruption);
            return false;
        };
        DirWalker walker;
        const auto result = walker.walk(refsFd, [&](const DirWalker::Folder &folder, const QList<PosixFs::Entry> &entries,
                                                    QList<QByteArray> &subfolders) {
            for (const PosixFs::Entry &entry : entries) {
                const QString name = folder.relPrefix() + FileName::decode(entry.name);
                struct stat st
                {
                };
                if (!PosixFs::statAt(folder.fd, entry.name, st, Links::Follow))
                    return fail({CorruptedRepo::Reason::Unreadable,
                                 QStringLiteral("Cannot read ref %1: %2").arg(refsDir + name, PosixFs::errorString(errno))});
                if (S_ISDIR(st.st_mode)) {
                    // pathlib's "**" does not descend into linked folders
                    struct stat own
                    {
                    };
                    if (entry.type == DT_DIR ||
                        (entry.type == DT_UNKNOWN && PosixFs::statAt(folder.fd, entry.name, own, Links::NoFollow) && S_ISDIR(own.st_mode)))
                        subfolders.append(entry.name);
                    continue;
                }
                if (isIgnoredName(entry.name))
                    continue;
                // A FIFO would block the read forever and a device would never end: never open them.
                if (!S_ISREG(st.st_mode))
                    return fail({CorruptedRepo::Reason::Unreadable, QStringLiteral("Ref is not a regular file: %1").arg(refsDir + name)});
                const auto content = PosixFs::readSmallFile(folder.fd, entry.name, 1 << 20, Links::Follow);
                if (!content)
                    return fail({CorruptedRepo::Reason::Unreadable,
                                 QStringLiteral("Cannot read ref %1: %2").arg(refsDir + name, PosixFs::errorString(errno))});
                // Python reads refs in text mode: universal newlines, nothing stripped.
                QString hash = FileName::decode(*content); // as the snapshot folder names are
                hash.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
                byHash[hash].append(name);
            }
            return !m_canceled();
        });
        if (failure)
            return Failure(std::move(*failure));
        if (result == DirWalker::Result::Failed)
            return Failure(Corruption{CorruptedRepo::Reason::Unreadable,
                                      QStringLiteral("Cannot read refs folder %1: %2")
                                          .arg(withoutSlash(refsDir + walker.failedPrefix()), PosixFs::errorString(walker.error()))});
        return byHash;
    }

    // Fills revision.files; the scan's cancel is looked at in every folder.
    Result<Walked, Corruption> walkSnapshot(int revisionFd, CachedRevision &revision)
    {
        const QString revisionDir = m_snapshotsDir + revision.commitHash + u'/';
        std::optional<Corruption> failure; // stops the walk
        DirWalker walker;
        const auto result = walker.walk(
            revisionFd, [&](const DirWalker::Folder &folder, const QList<PosixFs::Entry> &entries, QList<QByteArray> &subfolders) {
                if (m_canceled())
                    return false;
                if (folder.depth > 0 && entries.isEmpty())
                    revision.emptyFolders.append(folder.relPrefix().chopped(1));
                for (const PosixFs::Entry &entry : entries) {
                    unsigned char type = entry.type;
                    struct stat st
                    {
                    };
                    if (type == DT_UNKNOWN) {
                        if (!PosixFs::statAt(folder.fd, entry.name, st, Links::NoFollow))
                            continue; // vanished under us
                        type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK : DT_REG;
                    }
                    if (type == DT_DIR) {
                        subfolders.append(entry.name);
                        continue;
                    }
                    // Anything else is a file of the revision, FIFOs and devices included: they are
                    // stat'ed (which never blocks), never opened.
                    const QString relPath = folder.relPrefix() + FileName::decode(entry.name);
                    ++m_outcome.snapshotEntries;
                    int blob = -1;
                    if (type == DT_LNK) {
                        const auto linked = blobForLink(folder.fd, entry.name, folder.relPrefix(), folder.depth, revision);
                        if (!linked.ok()) {
                            failure = linked.error();
                            return false;
                        }
                        blob = linked.value();
                    } else {
                        blob = blobForFile(folder.fd, entry.name, revision.commitHash + u'/' + relPath);
                    }
                    if (blob >= 0)
                        revision.files.append(CachedFile{relPath, blob});
                }
                return true;
            });
        if (failure)
            return Failure(std::move(*failure));
        if (result == DirWalker::Result::Failed)
            return Failure(Corruption{CorruptedRepo::Reason::Unreadable,
                                      QStringLiteral("Cannot read snapshot folder %1: %2")
                                          .arg(withoutSlash(revisionDir + walker.failedPrefix()), PosixFs::errorString(walker.error()))});
        return result == DirWalker::Result::Done ? Walked::Whole : Walked::Canceled;
    }

    // Snapshot entries whose blob does not exist, in walk order (huggingface_hub's rule 7).
    [[nodiscard]] const QList<CorruptedRepo::MissingBlob> &missingBlobs() const { return m_missing; }

private:
    static QString withoutSlash(const QString &path) { return path.endsWith(u'/') ? path.chopped(1) : path; }

    // The common layout: "../../blobs/<etag>" with one more "../" per sub-folder.
    static bool isPlainBlobLink(const QByteArray &target, int depth, QByteArray &leaf)
    {
        const int ups = depth + 2;
        if (target.size() <= ups * 3 + 6)
            return false;
        for (int i = 0; i < ups; ++i)
            if (target[i * 3] != '.' || target[i * 3 + 1] != '.' || target[i * 3 + 2] != '/')
                return false;
        const qsizetype start = qsizetype(ups) * 3;
        if (!QByteArrayView(target).sliced(start, 6).startsWith("blobs/"))
            return false;
        leaf = target.mid(start + 6);
        return !leaf.contains('/') && leaf != "." && leaf != "..";
    }

    // The index of the blob a snapshot link reaches, or -1 (missing, or not a file).
    Result<int, Corruption> blobForLink(int dirFd, const QByteArray &name, const QString &relPrefix, int depth,
                                        const CachedRevision &revision)
    {
        const auto target = PosixFs::readLink(dirFd, name);
        if (!target)
            return Failure(Corruption{
                CorruptedRepo::Reason::Unreadable,
                QStringLiteral("Cannot read link %1: %2")
                    .arg(m_snapshotsDir + revision.commitHash + u'/' + relPrefix + FileName::decode(name), PosixFs::errorString(errno))});
        QByteArray leaf;
        int blob = kMissing;
        QString missingPath;
        if (isPlainBlobLink(*target, depth, leaf)) {
            blob = repoBlob(leaf);
            missingPath = m_blobsDir + u'/' + FileName::decode(leaf);
        } else {
            // Anything else: first hop taken lexically, as huggingface_hub does.
            const QString linkDir = m_snapshotsDir + revision.commitHash + (relPrefix.isEmpty() ? QString() : u'/' + relPrefix.chopped(1));
            const QString t = FileName::decode(*target);
            const QString firstHop = QDir::cleanPath(QDir::isAbsolutePath(t) ? t : linkDir + u'/' + t);
            const QString firstHopDir = firstHop.section(u'/', 0, -2);
            if (firstHopDir == m_blobsDir || isRepoBlobsFolder(firstHopDir)) {
                // Also the repo's blobs/ when spelled another way (a linked home, a bind mount).
                blob = repoBlob(FileName::encode(firstHop.section(u'/', -1)));
                missingPath = m_blobsDir + u'/' + firstHop.section(u'/', -1);
            } else {
                missingPath = resolveLoosely(linkDir + u'/' + FileName::decode(name));
                const QString resolvedDir = missingPath.section(u'/', 0, -2);
                if (resolvedDir != firstHopDir && isRepoBlobsFolder(resolvedDir)) {
                    blob = repoBlob(FileName::encode(missingPath.section(u'/', -1)));
                    missingPath = m_blobsDir + u'/' + missingPath.section(u'/', -1);
                } else {
                    blob = otherBlob(missingPath);
                }
            }
        }
        if (blob == -1 && missingPath.startsWith(m_blobsDir + u'/') &&
            m_nonFileBlobs.contains(FileName::encode(missingPath.section(u'/', -1))))
            m_repo.folderBlobs.append(
                {revision.commitHash, m_snapshotsDir + revision.commitHash + u'/' + relPrefix + FileName::decode(name), missingPath});
        if (blob == kMissing) {
            m_missing.append(
                {revision.commitHash, m_snapshotsDir + revision.commitHash + u'/' + relPrefix + FileName::decode(name), missingPath});
            return -1;
        }
        return blob;
    }

    // Whether an absolute folder path is this repo's blobs/ folder, by device and inode.
    bool isRepoBlobsFolder(const QString &folder)
    {
        if (const auto it = m_blobsFolderChecks.constFind(folder); it != m_blobsFolderChecks.cend())
            return *it;
        if (!m_blobsIdentity) {
            struct stat own
            {
            };
            m_blobsIdentity = PosixFs::statAt(m_repoFd, "blobs", own, Links::Follow) && S_ISDIR(own.st_mode)
                                  ? std::optional<std::pair<dev_t, ino_t>>(std::pair(own.st_dev, own.st_ino))
                                  : std::optional<std::pair<dev_t, ino_t>>(std::pair(dev_t(0), ino_t(0)));
        }
        struct stat st
        {
        };
        const bool same = m_blobsIdentity->second != 0 && PosixFs::statAt(AT_FDCWD, FileName::encode(folder), st, Links::Follow) &&
                          S_ISDIR(st.st_mode) && st.st_dev == m_blobsIdentity->first && st.st_ino == m_blobsIdentity->second;
        m_blobsFolderChecks.insert(folder, same);
        return same;
    }

    int blobForFile(int dirFd, const QByteArray &name, const QString &pathInSnapshots)
    {
        const QString path = m_snapshotsDir + pathInSnapshots;
        if (const auto it = m_otherBlobs.constFind(path); it != m_otherBlobs.cend())
            return *it;
        struct stat st
        {
        };
        if (!PosixFs::statAt(dirFd, name, st, Links::Follow))
            return -1; // vanished between readdir and stat
        return addBlob(path, st, CachedBlob::Location::InSnapshot, m_otherBlobs);
    }

    int repoBlob(const QByteArray &leaf)
    {
        if (const auto it = m_repoBlobs.constFind(leaf); it != m_repoBlobs.cend())
            return *it;
        if (m_nonFileBlobs.contains(leaf))
            return -1;
        if (!m_blobsFd.isValid()) {
            m_blobsFd = PosixFs::openDir(m_repoFd, "blobs", Links::Follow); // reading may follow; deleting never does
            if (!m_blobsFd.isValid())
                return kMissing;
        }
        struct stat st
        {
        };
        if (!PosixFs::statAt(m_blobsFd.get(), leaf, st, Links::Follow))
            return kMissing;
        if (S_ISDIR(st.st_mode)) {
            m_nonFileBlobs.insert(leaf); // a link to a folder is a folder, not a file of the revision
            return -1;
        }
        int index = -1;
        QHash<QByteArray, int> &map = m_repoBlobs;
        index = int(m_repo.blobs.size());
        CachedBlob blob;
        blob.name = BlobName(leaf);
        fill(blob, st, CachedBlob::Location::RepoBlobs);
        // Removing a link frees nothing; a store link is counted through its payload instead.
        blob.isLink = m_blobLinks.contains(leaf);
        m_repo.blobs.append(std::move(blob));
        map.insert(leaf, index);
        if (m_store) {
            if (const auto target = PosixFs::readLink(m_blobsFd.get(), leaf)) {
                if (auto hash = m_store->payloadForLink(m_blobsDir, *target); hash && S_ISREG(st.st_mode))
                    m_outcome.sharedLinks.append({index, std::move(*hash)});
            }
        }
        return index;
    }

    int otherBlob(const QString &resolved)
    {
        if (const auto it = m_otherBlobs.constFind(resolved); it != m_otherBlobs.cend())
            return *it;
        struct stat st
        {
        };
        if (!PosixFs::statAt(AT_FDCWD, FileName::encode(resolved), st, Links::Follow))
            return kMissing;
        if (S_ISDIR(st.st_mode))
            return -1;
        const QString repoPrefix = m_repo.repoPath + u'/';
        const auto location = !resolved.startsWith(repoPrefix)      ? CachedBlob::Location::OutsideRepo
                              : resolved.startsWith(m_snapshotsDir) ? CachedBlob::Location::InSnapshot
                                                                    : CachedBlob::Location::ElsewhereInRepo;
        return addBlob(resolved, st, location, m_otherBlobs);
    }

    int addBlob(const QString &path, const struct stat &st, CachedBlob::Location location, QHash<QString, int> &map)
    {
        const int index = int(m_repo.blobs.size());
        CachedBlob blob;
        fill(blob, st, location);
        blob.setPath(path);
        m_repo.blobs.append(std::move(blob));
        map.insert(path, index);
        return index;
    }

    static void fill(CachedBlob &blob, const struct stat &st, CachedBlob::Location location)
    {
        blob.size = st.st_size;
        blob.setBlocks(st.st_blocks);
        blob.lastAccessed = PosixFs::seconds(st.st_atim);
        blob.lastModified = PosixFs::seconds(st.st_mtim);
        blob.location = location;
        blob.links = quint32(st.st_nlink);
        blob.device = quint64(st.st_dev);
        blob.inode = quint64(st.st_ino);
    }

    CachedRepo &m_repo;
    int m_repoFd;
    const SharedBlobStore *m_store;
    const std::function<bool()> m_canceled;
    RepoScanner::Outcome &m_outcome;
    const QString m_blobsDir;
    const QString m_snapshotsDir;
    UniqueFd m_blobsFd;
    QHash<QByteArray, int> m_repoBlobs;
    QSet<QByteArray> m_nonFileBlobs;
    QSet<QByteArray> m_blobLinks;
    QHash<QString, int> m_otherBlobs;
    std::optional<std::pair<dev_t, ino_t>> m_blobsIdentity; // inode 0 when blobs/ is not a folder
    QHash<QString, bool> m_blobsFolderChecks;
    QList<CorruptedRepo::MissingBlob> m_missing;
};

// Entries of <repo>/blobs/ that no snapshot links to. Partial downloads are listed apart, and
// dot-files are shared-store temporaries (".<etag>.<8 hex>.shared") or other tools' own.
void findUnreferencedBlobs(CachedRepo &repo, int blobsFd, QList<PosixFs::Entry> entries, const QHash<QByteArray, int> &linked,
                           const SharedBlobStore *store, RepoScanner::Outcome &outcome)
{
    if (blobsFd < 0)
        return;
    std::sort(entries.begin(), entries.end(), [](const PosixFs::Entry &a, const PosixFs::Entry &b) { return a.name < b.name; });
    const QString blobsDir = repo.repoPath + QStringLiteral("/blobs");
    for (const PosixFs::Entry &entry : std::as_const(entries)) {
        if (entry.name.startsWith('.') || entry.name.endsWith(".incomplete") || linked.contains(entry.name))
            continue;
        struct stat lst
        {
        };
        if (!PosixFs::statAt(blobsFd, entry.name, lst, Links::NoFollow) || S_ISDIR(lst.st_mode))
            continue;
        CachedBlob blob;
        blob.name = BlobName(entry.name);
        struct stat st = lst;
        if (S_ISLNK(lst.st_mode)) {
            // A store link counts through its payload; any other link frees only itself.
            if (!PosixFs::statAt(blobsFd, entry.name, st, Links::Follow) || !S_ISREG(st.st_mode))
                st = lst;
        }
        blob.size = S_ISREG(st.st_mode) ? st.st_size : 0;
        blob.setBlocks(S_ISREG(st.st_mode) ? st.st_blocks : 0);
        blob.lastAccessed = PosixFs::seconds(st.st_atim);
        blob.lastModified = PosixFs::seconds(st.st_mtim);
        blob.links = quint32(st.st_nlink);
        blob.isLink = S_ISLNK(lst.st_mode);
        blob.device = quint64(st.st_dev);
        blob.inode = quint64(st.st_ino);
        if (S_ISLNK(lst.st_mode) && !S_ISREG(st.st_mode)) {
            blob.size = 0;
            blob.blocks = 0;
            blob.links = 1;
        }
        if (store && S_ISLNK(lst.st_mode) && S_ISREG(st.st_mode)) {
            if (const auto target = PosixFs::readLink(blobsFd, entry.name))
                if (auto hash = store->payloadForLink(blobsDir, *target))
                    outcome.unreferencedLinks.append({int(repo.unreferencedBlobs.size()), std::move(*hash)});
        }
        repo.unreferencedBlobs.append(std::move(blob));
    }
}

// True when the folder holds no entry but empty folders, a few levels down at most (a repo
// folder emptied by a deletion keeps at most refs/ and blobs/ with nothing in them).
bool holdsOnlyEmptyFolders(int dirFd, int depth = 0)
{
    QList<PosixFs::Entry> entries;
    if (depth > 4 || !PosixFs::listDir(dirFd, entries))
        return false;
    for (const PosixFs::Entry &entry : std::as_const(entries)) {
        struct stat st
        {
        };
        if (!PosixFs::statAt(dirFd, entry.name, st, Links::NoFollow) || !S_ISDIR(st.st_mode))
            return false;
        UniqueFd sub = PosixFs::openDir(dirFd, entry.name, Links::NoFollow);
        if (!sub.isValid() || !holdsOnlyEmptyFolders(sub.get(), depth + 1))
            return false;
    }
    return true;
}

QString pythonSetRepr(QStringList items)
{
    items.sort();
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(u'\'' + item + u'\'');
    return u'{' + quoted.join(QStringLiteral(", ")) + u'}';
}

} // namespace

RepoScanner::RepoScanner(int rootFd, QString cacheDir, const SharedBlobStore *store, const std::atomic_bool &canceled,
                         std::function<bool()> isCanceled)
    : m_rootFd(rootFd)
    , m_cacheDir(std::move(cacheDir))
    , m_store(store)
    , m_canceled(canceled)
    , m_isCanceled(std::move(isCanceled))
{}

RepoScanner::TreeSize RepoScanner::treeSize(int dirFd, const QByteArray &name, const std::atomic_bool *canceled)
{
    struct stat st
    {
    };
    if (!PosixFs::statAt(dirFd, name, st, Links::NoFollow))
        return {};
    if (S_ISREG(st.st_mode))
        return {st.st_size, qint64(st.st_blocks) * 512};
    if (!S_ISDIR(st.st_mode))
        return {};
    UniqueFd fd = PosixFs::openDir(dirFd, name, Links::NoFollow);
    if (!fd.isValid())
        return {};
    TreeSize total;
    DirWalker walker(DirWalker::Unreadable::Skip);
    (void)walker.walk(fd.get(), [&](const DirWalker::Folder &folder, const QList<PosixFs::Entry> &entries, QList<QByteArray> &subfolders) {
        for (const PosixFs::Entry &entry : entries) {
            if (entry.type == DT_DIR) {
                subfolders.append(entry.name);
            } else if (entry.type == DT_REG || entry.type == DT_UNKNOWN) {
                if (!PosixFs::statAt(folder.fd, entry.name, st, Links::NoFollow))
                    continue;
                if (S_ISREG(st.st_mode)) {
                    total.size += st.st_size;
                    total.allocated += qint64(st.st_blocks) * 512;
                } else if (S_ISDIR(st.st_mode))
                    subfolders.append(entry.name);
            }
        }
        return !canceled || !canceled->load(std::memory_order_relaxed);
    });
    return total;
}

namespace {

// One entry of the cache folder, scanned as huggingface_hub's _scan_cached_repo does: its
// partial downloads, its folder name, then its refs and revisions. Every way it can be
// corrupted ends in corrupt(), which names the reason and the size of what is there.
class EntryScan
{
public:
    EntryScan(int rootFd, const QByteArray &entryName, const QString &cacheDir, const SharedBlobStore *store,
              const std::atomic_bool &canceled, std::function<bool()> isCanceled)
        : m_rootFd(rootFd)
        , m_entryName(entryName)
        , m_name(FileName::decode(entryName))
        , m_repoPath(cacheDir + u'/' + m_name)
        , m_store(store)
        , m_canceled(canceled)
        , m_isCanceled(std::move(isCanceled))
    {}

    RepoScanner::Outcome run()
    {
        // Partial downloads are listed for every entry, as the reference's "*/blobs/*.incomplete" glob does.
        m_entryFd = PosixFs::openDir(m_rootFd, m_entryName, Links::Follow);
        listPartialDownloads();
        struct stat st
        {
        };
        if (!m_entryFd.isValid() || !PosixFs::statAt(m_rootFd, m_entryName, st, Links::Follow) || !S_ISDIR(st.st_mode))
            return corrupt({CorruptedRepo::Reason::NotADirectory, QStringLiteral("Repo path is not a directory: %1").arg(m_repoPath)});
        auto named = repoFromFolderName();
        if (!named.ok())
            return corrupt(named.error());
        CachedRepo repo = std::move(named).value();
        m_cacheId = repo.cacheId();
        const double folderAtime = PosixFs::seconds(st.st_atim);
        const double folderMtime = PosixFs::seconds(st.st_mtim);
        findLinkedFolders(repo);

        if (!PosixFs::statAt(m_entryFd.get(), "snapshots", st, Links::Follow) || !S_ISDIR(st.st_mode)) {
            if (!holdsOnlyEmptyFolders(m_entryFd.get()))
                return corrupt({CorruptedRepo::Reason::NoSnapshotsFolder,
                                QStringLiteral("Snapshots dir doesn't exist in cached repo: %1").arg(snapshotsPath())});
            // Beyond huggingface_hub (which warns "Snapshots dir doesn't exist"): what a stop in
            // the last step of a whole-repo deletion leaves. Nothing in it is lost by removing
            // it, so it is an empty repo like any other: listed, named by its id, pruned.
            repo.lastAccessed = folderAtime;
            repo.lastModified = folderMtime;
            m_outcome.repo = std::move(repo);
            return m_outcome;
        }

        RepoWalk walk(
            repo, m_entryFd.get(), m_store, [this] { return isCanceled(); }, m_outcome);
        walk.setBlobLinks(blobLinks());
        const auto walked = readRevisions(repo, walk);
        if (!walked.ok())
            return corruptWalked(walk, walked.error());
        if (walked.value() == Walked::Canceled)
            return m_outcome;
        finishRepo(repo, folderAtime, folderMtime);
        return m_outcome;
    }

private:
    [[nodiscard]] bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed) || (m_isCanceled && m_isCanceled()); }
    [[nodiscard]] QString snapshotsPath() const { return m_repoPath + QStringLiteral("/snapshots"); }

    // Keeps the blobs/ listing: the unreferenced blobs are found in it once the snapshots are walked.
    void listPartialDownloads()
    {
        if (!m_entryFd.isValid())
            return;
        m_blobsFd = PosixFs::openDir(m_entryFd.get(), "blobs", Links::Follow);
        if (!m_blobsFd.isValid() || !PosixFs::listDir(m_blobsFd.get(), m_blobEntries))
            return;
        for (const PosixFs::Entry &entry : std::as_const(m_blobEntries)) {
            if (!entry.name.endsWith(".incomplete"))
                continue;
            struct stat st
            {
            };
            if (PosixFs::statAt(m_blobsFd.get(), entry.name, st, Links::Follow))
                m_outcome.incompleteFiles.append({m_repoPath + QStringLiteral("/blobs/") + FileName::decode(entry.name), m_name, st.st_size,
                                                  qint64(st.st_blocks) * 512});
        }
    }

    // "<type>s--<org>--<name>": the repo's type and id.
    Result<CachedRepo, Corruption> repoFromFolderName() const
    {
        const qsizetype separator = m_name.indexOf(QStringLiteral("--"));
        if (separator < 0)
            return Failure(Corruption{CorruptedRepo::Reason::BadFolderName,
                                      QStringLiteral("Repo path is not a valid HuggingFace cache directory: %1").arg(m_repoPath)});
        const QString typeName = m_name.left(separator).chopped(m_name.left(separator).isEmpty() ? 0 : 1);
        const std::optional<RepoFolderName> parsed = parseRepoFolderName(m_name);
        if (!parsed)
            return Failure(
                Corruption{CorruptedRepo::Reason::BadRepoType,
                           QStringLiteral("Repo type must be `dataset`, `model` or `space`, found `%1` (%2).").arg(typeName, m_repoPath)});
        CachedRepo repo;
        repo.folderName = m_name;
        repo.repoPath = m_repoPath;
        repo.type = parsed->type;
        repo.repoId = parsed->repoId;
        return repo;
    }

    void findLinkedFolders(CachedRepo &repo) const
    {
        struct stat lst
        {
        };
        if (PosixFs::statAt(m_rootFd, m_entryName, lst, Links::NoFollow) && S_ISLNK(lst.st_mode))
            repo.linkedFolders.append(QStringLiteral("."));
        for (const char *part : {"blobs", "refs", "snapshots"})
            if (PosixFs::statAt(m_entryFd.get(), part, lst, Links::NoFollow) && S_ISLNK(lst.st_mode))
                repo.linkedFolders.append(QString::fromLatin1(part));
    }

    // The <repo>/blobs/ entries that are symlinks, from the listing made for partial downloads.
    QSet<QByteArray> blobLinks() const
    {
        QSet<QByteArray> links;
        for (const PosixFs::Entry &entry : std::as_const(m_blobEntries)) {
            struct stat lst
            {
            };
            if (entry.type == DT_LNK ||
                (entry.type == DT_UNKNOWN && PosixFs::statAt(m_blobsFd.get(), entry.name, lst, Links::NoFollow) && S_ISLNK(lst.st_mode)))
                links.insert(entry.name);
        }
        return links;
    }

    Result<QHash<QString, QStringList>, Corruption> readRefs(RepoWalk &walk) const
    {
        struct stat st
        {
        };
        if (!PosixFs::statAt(m_entryFd.get(), "refs", st, Links::Follow))
            return QHash<QString, QStringList>();
        if (S_ISREG(st.st_mode))
            return Failure(Corruption{CorruptedRepo::Reason::RefsIsAFile,
                                      QStringLiteral("Refs directory cannot be a file: %1").arg(m_repoPath + QStringLiteral("/refs"))});
        if (!S_ISDIR(st.st_mode))
            return QHash<QString, QStringList>();
        UniqueFd refsFd = PosixFs::openDir(m_entryFd.get(), "refs", Links::Follow);
        if (!refsFd.isValid())
            return Failure(Corruption{
                CorruptedRepo::Reason::Unreadable,
                QStringLiteral("Cannot read refs folder %1: %2").arg(m_repoPath + QStringLiteral("/refs"), PosixFs::errorString(errno))});
        return walk.readRefs(refsFd.get());
    }

    // The refs, then every revision in name order, then the blobs no snapshot links to.
    Result<Walked, Corruption> readRevisions(CachedRepo &repo, RepoWalk &walk)
    {
        auto refs = readRefs(walk);
        if (!refs.ok())
            return Failure(refs.error());
        QHash<QString, QStringList> refsByHash = std::move(refs).value();
        UniqueFd snapshotsFd = PosixFs::openDir(m_entryFd.get(), "snapshots", Links::Follow);
        QList<PosixFs::Entry> entries;
        if (!snapshotsFd.isValid() || !PosixFs::listDir(snapshotsFd.get(), entries))
            return Failure(
                Corruption{CorruptedRepo::Reason::Unreadable,
                           QStringLiteral("Cannot read snapshots folder %1: %2").arg(snapshotsPath(), PosixFs::errorString(errno))});
        std::sort(entries.begin(), entries.end(), [](const PosixFs::Entry &a, const PosixFs::Entry &b) { return a.name < b.name; });
        for (const PosixFs::Entry &entry : std::as_const(entries)) {
            if (isCanceled())
                return Walked::Canceled;
            if (isIgnoredName(entry.name))
                continue;
            const auto walked = readRevision(repo, walk, snapshotsFd.get(), entry.name, refsByHash);
            if (!walked.ok() || walked.value() == Walked::Canceled)
                return walked;
        }
        if (!walk.missingBlobs().isEmpty())
            return Failure(Corruption{CorruptedRepo::Reason::BrokenLink, QString()}); // corruptWalked names the first
        if (!refsByHash.isEmpty())
            return Failure(refsToMissingCommits(refsByHash));
        findUnreferencedBlobs(repo, m_blobsFd.get(), m_blobEntries, walk.linkedBlobNames(), m_store, m_outcome);
        return Walked::Whole;
    }

    Result<Walked, Corruption> readRevision(CachedRepo &repo, RepoWalk &walk, int snapshotsFd, const QByteArray &name,
                                            QHash<QString, QStringList> &refsByHash) const
    {
        const QString revisionPath = snapshotsPath() + u'/' + FileName::decode(name);
        struct stat st
        {
        };
        if (!PosixFs::statAt(snapshotsFd, name, st, Links::Follow)) {
            // Python would crash on the stat of an empty, dangling revision link; say what it is instead.
            return Failure(
                Corruption{CorruptedRepo::Reason::BrokenLink, QStringLiteral("Snapshot missing (broken symlink): %1").arg(revisionPath)});
        }
        // Only a folder is a revision. huggingface_hub stops at a file; a FIFO, a socket or a
        // link to a device it would list as an empty revision that no deletion can remove as
        // one: all are the same fault, reported as the reference reports a file.
        if (!S_ISDIR(st.st_mode))
            return Failure(
                Corruption{CorruptedRepo::Reason::FileInSnapshots,
                           QStringLiteral("Snapshots folder corrupted. Found %1: %2").arg(PosixFs::typeName(st.st_mode), revisionPath)});
        CachedRevision revision;
        revision.commitHash = FileName::decode(name);
        struct stat lst
        {
        };
        revision.isLink = PosixFs::statAt(snapshotsFd, name, lst, Links::NoFollow) && S_ISLNK(lst.st_mode);
        const double folderModified = PosixFs::seconds(st.st_mtim);
        {
            UniqueFd revisionFd = PosixFs::openDir(snapshotsFd, name, Links::Follow);
            if (!revisionFd.isValid())
                return Failure(
                    Corruption{CorruptedRepo::Reason::Unreadable,
                               QStringLiteral("Cannot read snapshot folder %1: %2").arg(revisionPath, PosixFs::errorString(errno))});
            const auto walked = walk.walkSnapshot(revisionFd.get(), revision);
            if (!walked.ok() || walked.value() == Walked::Canceled)
                return walked;
        }
        // Sizes and dates over the distinct blobs of this revision.
        double newest = -1;
        for (const CachedFile &file : std::as_const(revision.files))
            newest = std::max(newest, repo.blobs[file.blob].lastModified);
        revision.sizeOnDisk = repo.distinctRevisionSize(revision);
        revision.lastModified = revision.files.isEmpty() ? folderModified : newest;
        revision.refs = refsByHash.take(revision.commitHash);
        revision.refs.sort();
        std::sort(revision.files.begin(), revision.files.end(),
                  [](const CachedFile &a, const CachedFile &b) { return a.relativePath < b.relativePath; });
        repo.revisions.append(std::move(revision));
        return Walked::Whole;
    }

    Corruption refsToMissingCommits(const QHash<QString, QStringList> &refsByHash) const
    {
        QStringList keys = refsByHash.keys();
        keys.sort();
        QStringList parts;
        for (const QString &key : std::as_const(keys))
            parts.append(u'\'' + key + QStringLiteral("': ") + pythonSetRepr(refsByHash.value(key)));
        return {
            CorruptedRepo::Reason::RefToMissingCommit,
            QStringLiteral("Reference(s) refer to missing commit hashes: {%1} (%2).").arg(parts.join(QStringLiteral(", ")), m_repoPath)};
    }

    void finishRepo(CachedRepo &repo, double folderAtime, double folderMtime)
    {
        if (repo.blobs.isEmpty()) {
            repo.lastAccessed = folderAtime;
            repo.lastModified = folderMtime;
        } else {
            repo.sizeOnDisk = repo.distinctBlobsSize();
        }
        repo.updateTimes();
        repo.incompleteFiles = m_outcome.incompleteFiles;
        m_outcome.repo = std::move(repo);
    }

    RepoScanner::Outcome corrupt(const Corruption &corruption)
    {
        CorruptedRepo corrupted;
        corrupted.path = m_repoPath;
        corrupted.message = corruption.message;
        corrupted.reason = corruption.reason;
        const RepoScanner::TreeSize tree = RepoScanner::treeSize(m_rootFd, m_entryName, &m_canceled);
        corrupted.sizeOnDisk = tree.size;
        corrupted.allocated = tree.allocated;
        corrupted.deletable = !CacheLocation::isHfHomeEntry(m_entryName);
        corrupted.cacheId = m_cacheId;
        m_outcome.corrupted = std::move(corrupted);
        return m_outcome;
    }

    // huggingface_hub stops at the first broken link (its rule 7); the walk goes on to find them
    // all for `cache verify`, so a fault met later must not hide the one the reference reports.
    RepoScanner::Outcome corruptWalked(const RepoWalk &walk, const Corruption &corruption)
    {
        const QList<CorruptedRepo::MissingBlob> &missing = walk.missingBlobs();
        if (missing.isEmpty())
            return corrupt(corruption);
        corrupt({CorruptedRepo::Reason::BrokenLink, QStringLiteral("Blob missing (broken symlink): %1").arg(missing.first().blobPath)});
        m_outcome.corrupted->missingBlobs = missing;
        return m_outcome;
    }

    int m_rootFd;
    QByteArray m_entryName;
    QString m_name;
    QString m_repoPath;
    const SharedBlobStore *m_store;
    const std::atomic_bool &m_canceled;
    std::function<bool()> m_isCanceled;
    UniqueFd m_entryFd;
    UniqueFd m_blobsFd;
    QList<PosixFs::Entry> m_blobEntries;
    QString m_cacheId; // known once the folder name has been read as a repo's
    RepoScanner::Outcome m_outcome;
};

} // namespace

RepoScanner::Outcome RepoScanner::scan(const QByteArray &entryName) const
{
    EntryScan scan(m_rootFd, entryName, m_cacheDir, m_store, m_canceled, m_isCanceled);
    return scan.run();
}

} // namespace hubdeck
