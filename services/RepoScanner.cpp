#include "RepoScanner.h"

#include "Logging.h"
#include "PosixFs.h"

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

struct Corruption
{
    CorruptedRepo::Reason reason;
    QString message;
};

// Python's Path.resolve(strict=False): follow links as far as they go, keep the rest lexical.
QString resolveLoosely(const QString &path)
{
    QString current = path;
    for (int hop = 0; hop < 40; ++hop) {
        char buffer[PATH_MAX];
        if (::realpath(PosixFs::encode(current).constData(), buffer))
            return PosixFs::decode(QByteArray(buffer));
        const auto target = PosixFs::readLink(AT_FDCWD, PosixFs::encode(current));
        const QString parent = current.section(u'/', 0, -2);
        if (!target) {
            // The leaf is missing: resolve what exists above it.
            if (::realpath(PosixFs::encode(parent).constData(), buffer))
                return PosixFs::decode(QByteArray(buffer)) + u'/' + current.section(u'/', -1);
            return QDir::cleanPath(current);
        }
        const QString t = PosixFs::decode(*target);
        current = QDir::cleanPath(QDir::isAbsolutePath(t) ? t : parent + u'/' + t);
    }
    return current;
}

class RepoWalk
{
public:
    RepoWalk(CachedRepo &repo, int repoFd, const SharedBlobStore *store, const std::atomic_bool &canceled, RepoScanner::Outcome &outcome)
        : m_repo(repo)
        , m_repoFd(repoFd)
        , m_store(store)
        , m_canceled(canceled)
        , m_outcome(outcome)
        , m_blobsDir(repo.repoPath + QStringLiteral("/blobs"))
        , m_snapshotsDir(repo.repoPath + QStringLiteral("/snapshots/"))
    {}

    QHash<QString, QStringList> readRefs(int refsFd, const QString &prefix)
    {
        QHash<QString, QStringList> byHash;
        walkRefs(refsFd, prefix, byHash);
        return byHash;
    }

    // Fills revision.files and returns false when the walk was canceled.
    void walkSnapshot(int dirFd, const QString &relPrefix, int depth, CachedRevision &revision)
    {
        QList<PosixFs::Entry> entries;
        if (!PosixFs::listDir(dirFd, entries))
            throw Corruption{CorruptedRepo::Reason::Unreadable,
                             QStringLiteral("Cannot read snapshot folder %1: %2")
                                 .arg(m_snapshotsDir + revision.commitHash + u'/' + relPrefix, PosixFs::errorString(errno))};
        for (const PosixFs::Entry &entry : entries) {
            unsigned char type = entry.type;
            struct stat st
            {
            };
            if (type == DT_UNKNOWN) {
                if (!PosixFs::statAt(dirFd, entry.name, st, false))
                    continue; // vanished under us
                type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK : DT_REG;
            }
            const QString relPath = relPrefix + PosixFs::decode(entry.name);
            if (type == DT_DIR) {
                UniqueFd sub = PosixFs::openDir(dirFd, entry.name, false);
                if (!sub.isValid())
                    throw Corruption{CorruptedRepo::Reason::Unreadable,
                                     QStringLiteral("Cannot read snapshot folder %1: %2")
                                         .arg(m_snapshotsDir + revision.commitHash + u'/' + relPath, PosixFs::errorString(errno))};
                walkSnapshot(sub.get(), relPath + u'/', depth + 1, revision);
                continue;
            }
            ++m_outcome.snapshotEntries;
            const int blob = type == DT_LNK ? blobForLink(dirFd, entry.name, relPrefix, depth, revision)
                                            : blobForFile(dirFd, entry.name, revision.commitHash + u'/' + relPath);
            if (blob >= 0)
                revision.files.append(CachedFile{relPath, blob});
        }
    }

private:
    void walkRefs(int dirFd, const QString &prefix, QHash<QString, QStringList> &byHash)
    {
        QList<PosixFs::Entry> entries;
        if (!PosixFs::listDir(dirFd, entries))
            throw Corruption{CorruptedRepo::Reason::Unreadable,
                             QStringLiteral("Cannot read refs folder %1: %2")
                                 .arg(m_repo.repoPath + QStringLiteral("/refs/") + prefix, PosixFs::errorString(errno))};
        for (const PosixFs::Entry &entry : entries) {
            const QString name = prefix + PosixFs::decode(entry.name);
            struct stat st
            {
            };
            if (!PosixFs::statAt(dirFd, entry.name, st, true)) {
                throw Corruption{CorruptedRepo::Reason::Unreadable,
                                 QStringLiteral("Cannot read ref %1: %2")
                                     .arg(m_repo.repoPath + QStringLiteral("/refs/") + name, PosixFs::errorString(errno))};
            }
            if (S_ISDIR(st.st_mode)) {
                // pathlib's "**" does not descend into linked folders
                UniqueFd sub = PosixFs::openDir(dirFd, entry.name, false);
                if (sub.isValid())
                    walkRefs(sub.get(), name + u'/', byHash);
                continue;
            }
            if (isIgnoredName(entry.name))
                continue;
            const auto content = PosixFs::readSmallFile(dirFd, entry.name, 1 << 20, true);
            if (!content)
                throw Corruption{CorruptedRepo::Reason::Unreadable,
                                 QStringLiteral("Cannot read ref %1: %2")
                                     .arg(m_repo.repoPath + QStringLiteral("/refs/") + name, PosixFs::errorString(errno))};
            // Python reads refs in text mode: universal newlines, nothing stripped.
            QString hash = PosixFs::decode(*content); // as the snapshot folder names are
            hash.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
            byHash[hash].append(name);
        }
    }

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

    int blobForLink(int dirFd, const QByteArray &name, const QString &relPrefix, int depth, const CachedRevision &revision)
    {
        const auto target = PosixFs::readLink(dirFd, name);
        if (!target)
            throw Corruption{
                CorruptedRepo::Reason::Unreadable,
                QStringLiteral("Cannot read link %1: %2")
                    .arg(m_snapshotsDir + revision.commitHash + u'/' + relPrefix + PosixFs::decode(name), PosixFs::errorString(errno))};
        QByteArray leaf;
        if (isPlainBlobLink(*target, depth, leaf))
            return repoBlob(leaf);
        // Anything else: first hop taken lexically, as huggingface_hub does.
        const QString linkDir = m_snapshotsDir + revision.commitHash + (relPrefix.isEmpty() ? QString() : u'/' + relPrefix.chopped(1));
        const QString t = PosixFs::decode(*target);
        const QString firstHop = QDir::cleanPath(QDir::isAbsolutePath(t) ? t : linkDir + u'/' + t);
        if (firstHop.section(u'/', 0, -2) == m_blobsDir)
            return repoBlob(PosixFs::encode(firstHop.section(u'/', -1)));
        const QString resolved = resolveLoosely(linkDir + u'/' + PosixFs::decode(name));
        return otherBlob(resolved);
    }

    int blobForFile(int dirFd, const QByteArray &name, const QString &pathInSnapshots)
    {
        const QString path = m_snapshotsDir + pathInSnapshots;
        if (const auto it = m_otherBlobs.constFind(path); it != m_otherBlobs.cend())
            return *it;
        struct stat st
        {
        };
        if (!PosixFs::statAt(dirFd, name, st, true))
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
            m_blobsFd = PosixFs::openDir(m_repoFd, "blobs", true); // reading may follow; deleting never does
            if (!m_blobsFd.isValid())
                throw Corruption{CorruptedRepo::Reason::BrokenLink,
                                 QStringLiteral("Blob missing (broken symlink): %1").arg(m_blobsDir + u'/' + PosixFs::decode(leaf))};
        }
        struct stat st
        {
        };
        if (!PosixFs::statAt(m_blobsFd.get(), leaf, st, true))
            throw Corruption{CorruptedRepo::Reason::BrokenLink,
                             QStringLiteral("Blob missing (broken symlink): %1").arg(m_blobsDir + u'/' + PosixFs::decode(leaf))};
        if (S_ISDIR(st.st_mode)) {
            m_nonFileBlobs.insert(leaf); // a link to a folder is a folder, not a file of the revision
            return -1;
        }
        int index = -1;
        QHash<QByteArray, int> &map = m_repoBlobs;
        index = int(m_repo.blobs.size());
        CachedBlob blob;
        blob.name = leaf;
        fill(blob, st, CachedBlob::Location::RepoBlobs);
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
        if (!PosixFs::statAt(AT_FDCWD, PosixFs::encode(resolved), st, true))
            throw Corruption{CorruptedRepo::Reason::BrokenLink, QStringLiteral("Blob missing (broken symlink): %1").arg(resolved)};
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
        blob.path = path;
        fill(blob, st, location);
        m_repo.blobs.append(std::move(blob));
        map.insert(path, index);
        return index;
    }

    static void fill(CachedBlob &blob, const struct stat &st, CachedBlob::Location location)
    {
        blob.size = st.st_size;
        blob.lastAccessed = PosixFs::seconds(st.st_atim);
        blob.lastModified = PosixFs::seconds(st.st_mtim);
        blob.location = location;
    }

    CachedRepo &m_repo;
    int m_repoFd;
    const SharedBlobStore *m_store;
    const std::atomic_bool &m_canceled;
    RepoScanner::Outcome &m_outcome;
    const QString m_blobsDir;
    const QString m_snapshotsDir;
    UniqueFd m_blobsFd;
    QHash<QByteArray, int> m_repoBlobs;
    QSet<QByteArray> m_nonFileBlobs;
    QHash<QString, int> m_otherBlobs;
};

QString pythonSetRepr(QStringList items)
{
    items.sort();
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(u'\'' + item + u'\'');
    return u'{' + quoted.join(QStringLiteral(", ")) + u'}';
}

} // namespace

RepoScanner::RepoScanner(int rootFd, QString cacheDir, const SharedBlobStore *store, const std::atomic_bool &canceled)
    : m_rootFd(rootFd)
    , m_cacheDir(std::move(cacheDir))
    , m_store(store)
    , m_canceled(canceled)
{}

qint64 RepoScanner::treeSize(int dirFd, const QByteArray &name)
{
    struct stat st
    {
    };
    if (!PosixFs::statAt(dirFd, name, st, false))
        return 0;
    if (S_ISREG(st.st_mode))
        return st.st_size;
    if (!S_ISDIR(st.st_mode))
        return 0;
    UniqueFd fd = PosixFs::openDir(dirFd, name, false);
    QList<PosixFs::Entry> entries;
    if (!fd.isValid() || !PosixFs::listDir(fd.get(), entries))
        return 0;
    qint64 total = 0;
    for (const PosixFs::Entry &entry : entries)
        total += treeSize(fd.get(), entry.name);
    return total;
}

RepoScanner::Outcome RepoScanner::scan(const QByteArray &entryName) const
{
    Outcome outcome;
    const QString name = PosixFs::decode(entryName);
    const QString repoPath = m_cacheDir + u'/' + name;

    // Partial downloads are listed for every entry, as the reference's "*/blobs/*.incomplete" glob does.
    UniqueFd entryFd = PosixFs::openDir(m_rootFd, entryName, true);
    if (entryFd.isValid()) {
        if (UniqueFd blobs = PosixFs::openDir(entryFd.get(), "blobs", true); blobs.isValid()) {
            QList<PosixFs::Entry> entries;
            if (PosixFs::listDir(blobs.get(), entries)) {
                for (const PosixFs::Entry &entry : entries) {
                    if (!entry.name.endsWith(".incomplete"))
                        continue;
                    struct stat st
                    {
                    };
                    if (PosixFs::statAt(blobs.get(), entry.name, st, true))
                        outcome.incompleteFiles.append(
                            {repoPath + QStringLiteral("/blobs/") + PosixFs::decode(entry.name), name, st.st_size});
                }
            }
        }
    }

    auto corrupt = [&](CorruptedRepo::Reason reason, const QString &message) {
        outcome.corrupted = CorruptedRepo{repoPath, message, reason, treeSize(m_rootFd, entryName)};
        return outcome;
    };

    struct stat st
    {
    };
    if (!entryFd.isValid() || !PosixFs::statAt(m_rootFd, entryName, st, true) || !S_ISDIR(st.st_mode))
        return corrupt(CorruptedRepo::Reason::NotADirectory, QStringLiteral("Repo path is not a directory: %1").arg(repoPath));
    const qsizetype separator = name.indexOf(QStringLiteral("--"));
    if (separator < 0)
        return corrupt(CorruptedRepo::Reason::BadFolderName,
                       QStringLiteral("Repo path is not a valid HuggingFace cache directory: %1").arg(repoPath));
    const QString typeName = name.left(separator).chopped(name.left(separator).isEmpty() ? 0 : 1);
    const auto type = repoTypeFromName(typeName);
    if (!type)
        return corrupt(CorruptedRepo::Reason::BadRepoType,
                       QStringLiteral("Repo type must be `dataset`, `model` or `space`, found `%1` (%2).").arg(typeName, repoPath));

    CachedRepo repo;
    repo.folderName = name;
    repo.repoPath = repoPath;
    repo.type = *type;
    repo.repoId = name.mid(separator + 2).replace(QStringLiteral("--"), QStringLiteral("/"));
    const double folderAtime = PosixFs::seconds(st.st_atim);
    const double folderMtime = PosixFs::seconds(st.st_mtim);

    const QString snapshotsPath = repoPath + QStringLiteral("/snapshots");
    if (!PosixFs::statAt(entryFd.get(), "snapshots", st, true) || !S_ISDIR(st.st_mode))
        return corrupt(CorruptedRepo::Reason::NoSnapshotsFolder,
                       QStringLiteral("Snapshots dir doesn't exist in cached repo: %1").arg(snapshotsPath));

    try {
        RepoWalk walk(repo, entryFd.get(), m_store, m_canceled, outcome);
        QHash<QString, QStringList> refsByHash;
        if (PosixFs::statAt(entryFd.get(), "refs", st, true)) {
            if (S_ISREG(st.st_mode))
                return corrupt(CorruptedRepo::Reason::RefsIsAFile,
                               QStringLiteral("Refs directory cannot be a file: %1").arg(repoPath + QStringLiteral("/refs")));
            if (S_ISDIR(st.st_mode)) {
                UniqueFd refsFd = PosixFs::openDir(entryFd.get(), "refs", true);
                if (!refsFd.isValid())
                    throw Corruption{CorruptedRepo::Reason::Unreadable,
                                     QStringLiteral("Cannot read refs folder %1: %2")
                                         .arg(repoPath + QStringLiteral("/refs"), PosixFs::errorString(errno))};
                refsByHash = walk.readRefs(refsFd.get(), QString());
            }
        }

        UniqueFd snapshotsFd = PosixFs::openDir(entryFd.get(), "snapshots", true);
        QList<PosixFs::Entry> revisions;
        if (!snapshotsFd.isValid() || !PosixFs::listDir(snapshotsFd.get(), revisions))
            throw Corruption{CorruptedRepo::Reason::Unreadable,
                             QStringLiteral("Cannot read snapshots folder %1: %2").arg(snapshotsPath, PosixFs::errorString(errno))};
        std::sort(revisions.begin(), revisions.end(), [](const PosixFs::Entry &a, const PosixFs::Entry &b) { return a.name < b.name; });
        for (const PosixFs::Entry &entry : revisions) {
            if (m_canceled.load(std::memory_order_relaxed))
                return outcome;
            if (isIgnoredName(entry.name))
                continue;
            const QString revisionPath = snapshotsPath + u'/' + PosixFs::decode(entry.name);
            if (!PosixFs::statAt(snapshotsFd.get(), entry.name, st, true)) {
                // Python would crash on the stat of an empty, dangling revision link; say what it is instead.
                throw Corruption{CorruptedRepo::Reason::BrokenLink,
                                 QStringLiteral("Snapshot missing (broken symlink): %1").arg(revisionPath)};
            }
            if (S_ISREG(st.st_mode))
                return corrupt(CorruptedRepo::Reason::FileInSnapshots,
                               QStringLiteral("Snapshots folder corrupted. Found a file: %1").arg(revisionPath));
            CachedRevision revision;
            revision.commitHash = PosixFs::decode(entry.name);
            const double folderModified = PosixFs::seconds(st.st_mtim);
            if (S_ISDIR(st.st_mode)) {
                UniqueFd revisionFd = PosixFs::openDir(snapshotsFd.get(), entry.name, true);
                if (!revisionFd.isValid())
                    throw Corruption{CorruptedRepo::Reason::Unreadable,
                                     QStringLiteral("Cannot read snapshot folder %1: %2").arg(revisionPath, PosixFs::errorString(errno))};
                walk.walkSnapshot(revisionFd.get(), QString(), 0, revision);
            }
            // Sizes and dates over the distinct blobs of this revision.
            QSet<int> seen;
            double newest = -1;
            for (const CachedFile &file : std::as_const(revision.files)) {
                const CachedBlob &blob = repo.blobs[file.blob];
                newest = std::max(newest, blob.lastModified);
                if (!seen.contains(file.blob)) {
                    seen.insert(file.blob);
                    revision.sizeOnDisk += blob.size;
                }
            }
            revision.lastModified = revision.files.isEmpty() ? folderModified : newest;
            revision.refs = refsByHash.take(revision.commitHash);
            revision.refs.sort();
            std::sort(revision.files.begin(), revision.files.end(),
                      [](const CachedFile &a, const CachedFile &b) { return a.relativePath < b.relativePath; });
            repo.revisions.append(std::move(revision));
        }
        if (!refsByHash.isEmpty()) {
            QStringList keys = refsByHash.keys();
            keys.sort();
            QStringList parts;
            for (const QString &key : keys)
                parts.append(u'\'' + key + QStringLiteral("': ") + pythonSetRepr(refsByHash.value(key)));
            return corrupt(
                CorruptedRepo::Reason::RefToMissingCommit,
                QStringLiteral("Reference(s) refer to missing commit hashes: {%1} (%2).").arg(parts.join(QStringLiteral(", ")), repoPath));
        }
    } catch (const Corruption &corruption) {
        return corrupt(corruption.reason, corruption.message);
    }

    if (repo.blobs.isEmpty()) {
        repo.lastAccessed = folderAtime;
        repo.lastModified = folderMtime;
    } else {
        repo.lastAccessed = repo.lastModified = -1;
        for (const CachedBlob &blob : std::as_const(repo.blobs)) {
            repo.sizeOnDisk += blob.size;
            repo.lastAccessed = std::max(repo.lastAccessed, blob.lastAccessed);
            repo.lastModified = std::max(repo.lastModified, blob.lastModified);
        }
    }
    repo.incompleteFiles = outcome.incompleteFiles;
    outcome.repo = std::move(repo);
    return outcome;
}

} // namespace hubdeck
