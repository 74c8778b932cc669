// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HomeScanner.h"

#include "CacheLocation.h"
#include "FileIdentity.h"
#include "FileName.h"
#include "HomeDeletion.h"
#include "internal/AsideFolder.h"
#include "internal/CredentialFiles.h"
#include "internal/PosixFs.h"
#include "internal/SeenInodes.h"
#include "internal/TreeMeasure.h"
#include "InUseFiles.h"
#include "Logging.h"
#include "MountPoints.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QtConcurrent>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace hubdeck {

namespace {

// Folders never walked into from elsewhere: the part roots (a part its variable moved inside
// another part is counted once, in its own part).
class Boundaries
{
public:
    void add(const QString &path)
    {
        struct stat st
        {
        };
        if (::stat(FileName::encode(path).constData(), &st) == 0)
            m_roots.insert(FileIdentity::of(st));
    }
    [[nodiscard]] bool isRoot(const struct stat &st) const { return S_ISDIR(st.st_mode) && m_roots.contains(FileIdentity::of(st)); }

private:
    QSet<FileIdentity> m_roots;
};

// One entry to measure: a path, and optionally a child of it to leave out (datasets/downloads
// is listed without its extracted/ folder, which is an entry of its own).
struct Job
{
    int part = 0;
    int entry = 0;
    QString path;
    QList<QByteArray> skipChildren;
    bool countSelf = true;
    int group = 0;    // one per entry: its members are deleted with it
    bool self = true; // the entry's own file or folder, not one of its members
    // HubDeck's own removal marker: its bytes are the entry's to count and free, its times are
    // no use of the entry by its library (attack report 18, G1: a stopped deletion made an entry
    // unused for months read "a few seconds ago").
    bool marker = false;
};

struct Child
{
    QString name;
    bool isDir = false;
    bool isFile = false; // a regular file: what HubDeck's markers are, never a FIFO or link
};

QList<Child> children(const QString &path)
{
    QList<Child> result;
    UniqueFd fd = PosixFs::openDir(path);
    QList<PosixFs::Entry> entries;
    if (!fd.isValid() || !PosixFs::listDir(fd.get(), entries))
        return result;
    for (const PosixFs::Entry &entry : std::as_const(entries)) {
        struct stat st
        {
        };
        if (!PosixFs::statAt(fd.get(), entry.name, st, Links::NoFollow))
            continue;
        result.append({FileName::decode(entry.name), S_ISDIR(st.st_mode), S_ISREG(st.st_mode)});
    }
    // A removal marker goes with the entry it names (see removingMarker), listed alone only
    // when that entry is gone. Only a regular file is a marker: a folder or link of that name is
    // someone else's, and listed (attack S15: it was hidden, and the run then failed on it).
    QSet<QString> names;
    for (const Child &child : std::as_const(result))
        names.insert(child.name);
    result.removeIf([&](const Child &child) {
        return child.isFile && child.name.startsWith(HomeScanner::removingPrefix()) &&
               names.contains(child.name.mid(HomeScanner::removingPrefix().size()));
    });
    std::sort(result.begin(), result.end(), [](const Child &a, const Child &b) { return a.name < b.name; });
    return result;
}

// By the path's own bytes (FileName), which QFileInfo would not keep for a name that is not UTF-8.
// A folder, or a link to one, as QFileInfo::isDir says, by the path's own bytes.
bool isDirectory(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(FileName::encode(path).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

// What a stopped deletion leaves: a folder renamed aside (HubDeck renames only folders), or the
// marker file beside an entry removed in place. A file named like the first, or a folder like
// the second, is someone else's (attack Q14: such a file was listed as a stopped deletion).
bool isInterrupted(const QString &name, bool isDir, bool isFile)
{
    return isDir ? name.endsWith(HomeScanner::deletingSuffix()) : isFile && name.startsWith(HomeScanner::removingPrefix());
}

bool isInterrupted(const Child &child)
{
    return isInterrupted(child.name, child.isDir, child.isFile);
}

HomeEntry make(HomeEntry::Kind kind, const QString &name, const QString &path)
{
    HomeEntry entry;
    entry.kind = kind;
    entry.name = name;
    entry.path = path;
    return entry;
}

// A repo folder's name in a hub cache ("models--org--name"), by its type's prefix.
bool isRepoFolderName(const QString &name)
{
    static const QStringList prefixes{QStringLiteral("models--"), QStringLiteral("datasets--"), QStringLiteral("spaces--"),
                                      QStringLiteral("kernels--")};
    return std::any_of(prefixes.begin(), prefixes.end(), [&](const QString &p) { return name.startsWith(p); });
}

// The hub cache: one entry per repo folder, the rest (.locks, the shared blob store) as itself.
void listHub(const QString &root, QList<HomeEntry> &entries)
{
    for (const Child &child : children(root)) {
        const bool repo = child.isDir && isRepoFolderName(child.name);
        entries.append(make(repo ? HomeEntry::Kind::HubRepo : HomeEntry::Kind::HubOther, child.name, root + u'/' + child.name));
    }
}

// xet-core writes its logs as "xet_<time>....log" (its log prefix, "xet") in logs/.
// Whether path is a folder that could be listed and holds nothing (children() is empty for one
// that cannot be read, too).
bool isEmptyFolder(const QString &path)
{
    UniqueFd fd = PosixFs::openDir(path);
    QList<PosixFs::Entry> entries;
    return fd.isValid() && PosixFs::listDir(fd.get(), entries) && entries.isEmpty();
}

bool isXetLog(const QString &name)
{
    return name.startsWith(QLatin1String("xet")) && name.contains(QLatin1String(".log"));
}

// How a folder is told to be what its place says, while the measure walks it: a name within a
// few levels that its library never writes (a stray) makes it not the library's (a part's
// variable pointing at a folder of the user's): listed as "other".
struct MarkRule
{
    bool (*isStray)(const char *name) = nullptr;
    int depth = 0;
};

// xet-core's layout (HF_XET_CACHE): one folder per CAS endpoint, named after its URL with
// every character that cannot be in a file name replaced ("https___cas-server.xethub.hf.co"),
// holding chunk-cache/, shard-cache/ and staging/ (the first two as HfHome names them);
// logs/ beside them.
void listXet(const QString &root, const HfHome &home, QList<HomeEntry> &entries)
{
    const QString chunkCache = home.xetChunkCache();
    const QString shardCache = home.xetShardCache();
    for (const Child &child : children(root)) {
        const QString path = root + u'/' + child.name;
        if (isInterrupted(child)) {
            entries.append(make(HomeEntry::Kind::InterruptedDeletion, child.name, path));
        } else if (child.isDir && child.name == QLatin1String("logs")) {
            // xet-core's own log files only: a logs folder that holds anything else (a
            // variable pointing at a server's folder) is not its.
            const QList<Child> logs = children(path);
            const bool xets = std::all_of(logs.begin(), logs.end(),
                                          [](const Child &log) { return !log.isDir && (isXetLog(log.name) || isInterrupted(log)); });
            entries.append(make(xets ? HomeEntry::Kind::XetLogs : HomeEntry::Kind::Unknown, child.name, path));
        } else if (child.isDir && !child.name.startsWith(QLatin1String("https___")) && !child.name.startsWith(QLatin1String("http___"))) {
            // An endpoint's folder is named after its URL ("https___cas-server.xethub.hf.co"):
            // any other folder is not xet-core's, whatever it holds.
            entries.append(make(HomeEntry::Kind::Unknown, child.name, path));
        } else if (child.isDir) {
            const QList<Child> inner = children(path);
            // An endpoint's folder with nothing left in it: what a deletion killed after its last
            // cache went leaves (removeEmptyParents comes next), offered so that `home rm xet`
            // finishes it (attack R11.1: listed as "other" and kept for good).
            if (inner.isEmpty() && isEmptyFolder(path)) {
                entries.append(make(HomeEntry::Kind::XetEmptyEndpoint, child.name, path));
                continue;
            }
            // Also what a stopped deletion renamed aside: an endpoint whose last cache was being
            // deleted holds only "chunk-cache.hubdeck-deleting", which must stay listed as a
            // stopped deletion, not turn the endpoint into "other" (attack Q7).
            const bool endpoint = std::any_of(inner.begin(), inner.end(), [&](const Child &c) {
                QString name = c.name;
                if (name.endsWith(HomeScanner::deletingSuffix()))
                    name.chop(HomeScanner::deletingSuffix().size());
                return name == chunkCache || name == shardCache || name == QLatin1String("staging");
            });
            if (!endpoint) {
                entries.append(make(HomeEntry::Kind::Unknown, child.name, path));
                continue;
            }
            for (const Child &c : inner) {
                HomeEntry::Kind kind = HomeEntry::Kind::Unknown;
                if (isInterrupted(c))
                    kind = HomeEntry::Kind::InterruptedDeletion;
                else if (c.isDir && c.name == chunkCache)
                    kind = HomeEntry::Kind::XetChunkCache;
                else if (c.isDir && c.name == shardCache)
                    kind = HomeEntry::Kind::XetShardCache;
                else if (c.isDir && c.name == QLatin1String("staging"))
                    kind = HomeEntry::Kind::XetStaging;
                HomeEntry entry = make(kind, child.name + u'/' + c.name, path + u'/' + c.name);
                // Two of xet's caches in one folder (HF_XET_CHUNK_CACHE_SUBDIR=shard-cache): what
                // deleting it costs is both, which no one label says (attack report 18, G7).
                const int roles = int(c.name == chunkCache) + int(c.name == shardCache) + int(c.name == QLatin1String("staging"));
                if (c.isDir && roles > 1)
                    entry.keep = HomeScanner::tr("xet keeps two of its caches in this folder (HF_XET_CHUNK_CACHE_SUBDIR or "
                                                 "HF_XET_SHARD_CACHE_SUBDIR names it): HubDeck deletes nothing that two caches share.");
                // A cache by its default name that a variable renamed: xet writes elsewhere now.
                else if (c.isDir && kind == HomeEntry::Kind::Unknown &&
                         (c.name == QLatin1String("chunk-cache") || c.name == QLatin1String("shard-cache")))
                    entry.keep =
                        HomeScanner::tr("xet's %1 by its default name: %2 names %3 instead, so xet no longer writes here. "
                                        "HubDeck deletes only what xet uses now; delete it yourself, or list the home with "
                                        "%2 unset.")
                            .arg(c.name == QLatin1String("chunk-cache") ? HomeScanner::tr("chunk cache") : HomeScanner::tr("shard cache"),
                                 c.name == QLatin1String("chunk-cache") ? QStringLiteral("HF_XET_CHUNK_CACHE_SUBDIR")
                                                                        : QStringLiteral("HF_XET_SHARD_CACHE_SUBDIR"),
                                 c.name == QLatin1String("chunk-cache") ? chunkCache : shardCache);
                entries.append(entry);
            }
        } else {
            entries.append(make(HomeEntry::Kind::Unknown, child.name, path));
        }
    }
}

// datasets' cache (HF_DATASETS_CACHE): downloads/ with extracted/ inside it, and per dataset
// "<org>___<name>/<config>/<version>/<hash>/" (the builder's cache_dir, "/" in the repo id
// written "___"), with the builder's lock "<cache_dir with / as _>.lock" at the top.
// A dataset's processed cache as the datasets library lays it out: <config>/<version>/<hash>/
// with the version "x.y.z" and the hash folder holding dataset_info.json or .arrow files, or
// being prepared (<hash>.incomplete). A folder without that layout (HF_DATASETS_CACHE set to a
// folder of projects, one with an .arrow file of the user's) is listed, never offered.

// A <version> folder holding a prepared (or being prepared) <hash> folder.
bool holdsPreparedHash(const QString &versionPath)
{
    for (const Child &hash : children(versionPath)) {
        // datasets names it by a fingerprint in hex (Hasher), "<hash>.incomplete" while it is
        // prepared: a project's "thesis/chapter/1.0.0/final" is not one (attack Q20).
        static const QRegularExpression fingerprint(QStringLiteral("^[0-9a-f]+(\\.incomplete)?$"));
        if (!hash.isDir || !fingerprint.match(hash.name).hasMatch())
            continue;
        if (hash.name.endsWith(QLatin1String(".incomplete")))
            return true;
        const QList<Child> files = children(versionPath + u'/' + hash.name);
        if (std::any_of(files.begin(), files.end(), [](const Child &file) {
                return !file.isDir && (file.name == u"dataset_info.json" || file.name.endsWith(QLatin1String(".arrow")));
            }))
            return true;
    }
    return false;
}

// A config folder: <version>/<hash>/ with the version "x.y.z".
bool hasConfigLayout(const QString &configPath)
{
    static const QRegularExpression version(QStringLiteral("^\\d+\\.\\d+\\.\\d+"));
    for (const Child &v : children(configPath))
        if (v.isDir && version.match(v.name).hasMatch() && holdsPreparedHash(configPath + u'/' + v.name))
            return true;
    return false;
}

bool hasDatasetLayout(const QString &path)
{
    for (const Child &config : children(path))
        if (config.isDir && !isInterrupted(config) && hasConfigLayout(path + u'/' + config.name))
            return true;
    return false;
}

// datasets' downloads/ and downloads/extracted/ hold only names that start with a sha256 in hex
// (hash_url_to_filename: sha256(url), "." sha256(etag), ".json", ".lock", ".py"): any other
// name is a stray, and a folder with one (a "downloads" folder of the user's own) is not theirs.
bool isDownloadStray(const char *name)
{
    int hex = 0;
    while (hex < 64 && std::isxdigit(static_cast<unsigned char>(name[hex])) && !std::isupper(static_cast<unsigned char>(name[hex])))
        ++hex;
    const bool theirs = hex == 64 && (name[64] == 0 || name[64] == '.');
    return !theirs && !QByteArrayView(name).startsWith(".hubdeck-") && QByteArrayView(name) != "extracted.hubdeck-deleting";
}

// The same for the downloads/ of datasets' own folder, where a deletion of its extracted/ may
// have left what it kept beside it: that folder is HubDeck's, listed as kept, and leaves the
// downloads theirs (attack report 18, G2: the whole downloads/ turned "other").
bool isOwnDownloadStray(const char *name)
{
    if (!isDownloadStray(name))
        return false;
    // Asked of every name in downloads/ (a million in a large home): the list is made once.
    static const QList<QByteArray> kept = HomeScanner::keptExtractedNames();
    return !QByteArrayView(name).startsWith("extracted.hubdeck-kept") || !kept.contains(QByteArray(name));
}

// datasets' downloads folder (DOWNLOADED_DATASETS_PATH) at path, listed as `name`: the
// downloads, one entry that keeps its folder, and extracted/ inside it, an entry of its own
// named `prefix` + "extracted". Both are told by what they hold as the measure walks them.
void listDownloads(const QString &path, const QString &name, const QString &prefix, QList<HomeEntry> &entries,
                   QHash<QString, MarkRule> &unconfirmed)
{
    entries.append(make(HomeEntry::Kind::DatasetsDownloads, name, path));
    unconfirmed.insert(path, {isOwnDownloadStray, 1});
    for (const QByteArray &kept : HomeScanner::keptExtractedNames())
        if (struct stat st{};
            ::lstat(FileName::encode(path + u'/' + QString::fromLatin1(kept)).constData(), &st) == 0 && S_ISDIR(st.st_mode))
            entries.append(
                make(HomeEntry::Kind::KeptArrivals, prefix + QString::fromLatin1(kept), path + u'/' + QString::fromLatin1(kept)));
    if (PosixFs::isFolder(path + QStringLiteral("/extracted"))) {
        entries.append(make(HomeEntry::Kind::DatasetsExtracted, prefix + QStringLiteral("extracted"), path + QStringLiteral("/extracted")));
        unconfirmed.insert(path + QStringLiteral("/extracted"), {isDownloadStray, 1});
    }
    // extracted/ renamed aside by a deletion that was stopped: that deletion, listed so that
    // the same `home rm datasets/downloads/extracted` finds and finishes it.
    const QString renamed = QStringLiteral("extracted") + HomeScanner::deletingSuffix();
    if (struct stat st{}; ::lstat(FileName::encode(path + u'/' + renamed).constData(), &st) == 0 && S_ISDIR(st.st_mode))
        entries.append(make(HomeEntry::Kind::InterruptedDeletion, prefix + renamed, path + u'/' + renamed));
}

// The same in a downloads folder that is a part of its own, which holds its extracted/, and
// two levels down: what extracted/ holds is named the same way (a user's photos in an extracted/
// of their own folder were deleted, attack F1). A name below a download that is a folder is
// then checked too, which at worst keeps the folder back as "other".
bool isMovedDownloadStray(const char *name)
{
    return QByteArrayView(name) != "extracted" && isDownloadStray(name);
}

// A packaged builder's folder holds the caches of unrelated datasets (every local parquet
// dataset, each Hub dataset an old datasets loaded through it): one entry per config id, so that
// one can go without the others (attack A11), named "<builder>/<config id>". The hub repo is told
// by a "<namespace>--<name>-<hash>" config id whose repo is in the hub cache. An empty builder
// folder (what is left once its caches went) is an entry of its own, as an emptied assets
// folder is.
void listPackagedBuilder(const QString &root, const QString &builder, const QString &hubPath, QList<HomeEntry> &entries)
{
    static const QRegularExpression hubConfig(QStringLiteral("^(.+)-[0-9a-f]{16}$"));
    const QString folder = root + u'/' + builder;
    const QList<Child> configs = children(folder);
    if (configs.isEmpty()) // no prepared dataset in it, so not called one (attack C8)
        entries.append(make(HomeEntry::Kind::DatasetsEmptyBuilder, builder, folder));
    for (const Child &config : configs) {
        const QString name = builder + u'/' + config.name;
        const QString path = folder + u'/' + config.name;
        if (isInterrupted(config)) {
            entries.append(make(HomeEntry::Kind::InterruptedDeletion, name, path));
            continue;
        }
        const bool layout = config.isDir && hasConfigLayout(path);
        HomeEntry entry = make(layout ? HomeEntry::Kind::DatasetArrowCache : HomeEntry::Kind::Unknown, name, path);
        if (const QRegularExpressionMatch match = hubConfig.match(config.name); layout && match.hasMatch()) {
            const QString repo = QStringLiteral("datasets--") + match.captured(1);
            if (PosixFs::isFolder(hubPath + u'/' + repo))
                entry.hubRepo = repo;
        }
        entries.append(entry);
    }
}

// unconfirmed: the folders to be told by what they hold as the measure walks them (downloads/,
// downloads/extracted/).
void listDatasets(const QString &root, const QString &hubPath, QList<HomeEntry> &entries, QHash<QString, MarkRule> &unconfirmed)
{
    QList<Child> locks;
    for (const Child &child : children(root)) {
        const QString path = root + u'/' + child.name;
        if (isInterrupted(child)) {
            entries.append(make(HomeEntry::Kind::InterruptedDeletion, child.name, path));
        } else if (child.isDir && child.name == QLatin1String("downloads")) {
            listDownloads(path, child.name, QStringLiteral("downloads/"), entries, unconfirmed);
        } else if (child.isDir && HfHome::isPackagedBuilder(child.name)) {
            listPackagedBuilder(root, child.name, hubPath, entries);
        } else if (child.isDir) {
            HomeEntry entry =
                make(hasDatasetLayout(path) ? HomeEntry::Kind::DatasetArrowCache : HomeEntry::Kind::Unknown, child.name, path);
            const qsizetype split = child.name.indexOf(QLatin1String("___"));
            const QString repo = split < 0 ? QStringLiteral("datasets--") + child.name
                                           : QStringLiteral("datasets--%1--%2").arg(child.name.left(split), child.name.mid(split + 3));
            if (PosixFs::isFolder(hubPath + u'/' + repo))
                entry.hubRepo = repo;
            entries.append(entry);
        } else if (child.name.endsWith(QLatin1String(".lock"))) {
            locks.append(child);
        } else {
            entries.append(make(HomeEntry::Kind::Unknown, child.name, path));
        }
    }
    // Each builder lock goes with the dataset it names, so a held lock marks that dataset in use:
    // a dataset name that appears between two '_' of the lock's name (its cache path with '/'
    // written '_'), followed by "<config>_<version>_<hash>". Names meet at '_' (org___x with
    // config y_z, org___x_y with config z), so the one whose <config>/<version>/<hash> folder is
    // there wins (attack P5), else the longest name. A dataset a stopped deletion renamed aside
    // keeps its locks, so that finishing it ends where a whole run would (attack P6). Looked up
    // by name, as a home holds thousands of each.
    // A packaged builder's config entry ("parquet/default-<hash>") is keyed as its lock writes
    // it, "parquet_default-<hash>"; its keys live in keyNames, which the views point into.
    QHash<QStringView, qsizetype> datasetAt;
    QStringList keyNames;
    QSet<qsizetype> renamedAside;
    QSet<qsizetype> configLevel;
    const qsizetype suffixLength = HomeScanner::deletingSuffix().size();
    const auto keyOf = [&](qsizetype i, qsizetype chop) {
        const QString &name = entries.at(i).name;
        if (!name.contains(u'/'))
            return QStringView(name).chopped(chop);
        configLevel.insert(i);
        keyNames.append(QString(name).replace(u'/', u'_'));
        return QStringView(keyNames.last()).chopped(chop);
    };
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (const HomeEntry &entry = entries.at(i);
            entry.kind == HomeEntry::Kind::InterruptedDeletion && !entry.name.startsWith(QLatin1String("downloads/")) &&
            entry.name.size() > suffixLength && entry.name.endsWith(HomeScanner::deletingSuffix())) {
            datasetAt.insert(keyOf(i, suffixLength), i);
            renamedAside.insert(i);
        }
    for (qsizetype i = 0; i < entries.size(); ++i) // after: the dataset itself wins over its renamed leftover
        if (entries.at(i).kind == HomeEntry::Kind::DatasetArrowCache || entries.at(i).kind == HomeEntry::Kind::DatasetsEmptyBuilder)
            datasetAt.insert(keyOf(i, 0), i);
    // The folder the rest of the lock's name names in that dataset, '_' read as '/' where the
    // layout has it: <config> (may hold '_') / <version> (x.y.z) / <hash>; in a builder's config
    // entry, <version> / <hash>.
    const auto namesAFolderOf = [&](qsizetype entry, QStringView rest) {
        rest.chop(5); // ".lock"
        const qsizetype hash = rest.lastIndexOf(u'_');
        if (hash <= 0 || renamedAside.contains(entry))
            return false;
        const QString &path = entries.at(entry).path;
        if (configLevel.contains(entry))
            return PosixFs::isFolder(path + u'/' + rest.left(hash).toString() + u'/' + rest.mid(hash + 1).toString());
        const qsizetype version = rest.lastIndexOf(u'_', hash - 1);
        if (version <= 0)
            return false;
        return PosixFs::isFolder(path + u'/' + rest.left(version).toString() + u'/' + rest.mid(version + 1, hash - version - 1).toString() +
                                 u'/' + rest.mid(hash + 1).toString());
    };
    QList<Child> orphans;
    QList<qsizetype> underscores;
    for (const Child &lock : std::as_const(locks)) {
        underscores.clear();
        for (qsizetype i = 0; i < lock.name.size(); ++i)
            if (lock.name.at(i) == u'_')
                underscores.append(i);
        qsizetype owner = -1;
        bool ownerHasTheFolder = false;
        for (qsizetype a = 0; a < underscores.size(); ++a)
            for (qsizetype b = underscores.size() - 1; b > a; --b) {
                const qsizetype length = underscores.at(b) - underscores.at(a) - 1;
                const auto found = datasetAt.constFind(QStringView(lock.name).mid(underscores.at(a) + 1, length));
                if (found == datasetAt.cend())
                    continue;
                const bool hasTheFolder = namesAFolderOf(*found, QStringView(lock.name).mid(underscores.at(b) + 1));
                if (owner < 0 || (hasTheFolder && !ownerHasTheFolder) ||
                    (hasTheFolder == ownerHasTheFolder && length > entries.at(owner).name.size())) {
                    owner = *found;
                    ownerHasTheFolder = hasTheFolder;
                }
            }
        // filelock's lock files are empty: a .lock with content is a file of someone else's.
        struct stat st
        {
        };
        const bool empty =
            ::lstat(FileName::encode(root + u'/' + lock.name).constData(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 0;
        if (!empty)
            entries.append(make(HomeEntry::Kind::Unknown, lock.name, root + u'/' + lock.name));
        else if (owner >= 0)
            entries[owner].members.append(root + u'/' + lock.name);
        else
            orphans.append(lock);
    }
    if (!orphans.isEmpty()) {
        HomeEntry entry = make(HomeEntry::Kind::DatasetsLocks, QStringLiteral("*.lock"), root + u'/' + orphans.first().name);
        for (qsizetype i = 1; i < orphans.size(); ++i)
            entry.members.append(root + u'/' + orphans.at(i).name);
        entries.append(entry);
    }
}

// cached_assets_path(library_name, namespace, subfolder): assets/<library>/<namespace>/<subfolder>.
void listAssets(const QString &root, const QString &relative, int depth, QList<HomeEntry> &entries)
{
    for (const Child &child : children(relative.isEmpty() ? root : root + u'/' + relative)) {
        const QString name = relative.isEmpty() ? child.name : relative + u'/' + child.name;
        if (isInterrupted(child)) {
            entries.append(make(HomeEntry::Kind::InterruptedDeletion, name, root + u'/' + name));
        } else if (child.isDir && depth < 2) {
            const qsizetype before = entries.size();
            listAssets(root, name, depth + 1, entries);
            // A library or namespace folder with nothing in it (what is left once its assets
            // went) is an entry of its own: counted, as du counts it, and deletable.
            if (entries.size() == before)
                entries.append(make(HomeEntry::Kind::Assets, name, root + u'/' + name));
        } else if (depth < 2) {
            // cached_assets_path makes only folders here: a file is not its (see strayAssets).
            entries.append(make(HomeEntry::Kind::Unknown, name, root + u'/' + name));
        } else {
            entries.append(make(HomeEntry::Kind::Assets, name, root + u'/' + name));
        }
    }
}

// An assets folder with a file where cached_assets_path writes only folders (its top, a
// library's folder) is not an assets cache, or not only one (HF_ASSETS_CACHE pointing at a
// folder of documents): nothing at or below that level is offered for deletion.
void strayAssets(QList<HomeEntry> &entries)
{
    QList<std::pair<QString, QString>> scopes; // folder ("" for the top), the stray file's name
    for (const HomeEntry &entry : std::as_const(entries))
        // A link is a library's folder moved elsewhere by hand, as in xet/ and datasets/: said as
        // the link it is (see scan()), and no sign of a folder of documents (attack F4: "otherlib
        // is a file", and every assets entry kept for it).
        if (struct stat st{}; entry.kind == HomeEntry::Kind::Unknown &&
                              !(::lstat(FileName::encode(entry.path).constData(), &st) == 0 && S_ISLNK(st.st_mode))) {
            const qsizetype slash = entry.name.lastIndexOf(u'/');
            scopes.append({slash < 0 ? QString() : entry.name.left(slash), entry.name});
        }
    for (HomeEntry &entry : entries)
        for (const auto &[scope, stray] : std::as_const(scopes))
            if (entry.keep.isEmpty() && (scope.isEmpty() || entry.name.startsWith(scope + u'/')))
                entry.keep = HomeScanner::tr("This does not look like an assets cache: %1 is a file, where cached_assets_path "
                                             "writes only folders. HubDeck deletes nothing from it.")
                                 .arg(stray);
}

// HF_MODULES_CACHE: "<library>_modules" packages of downloaded remote code (transformers',
// datasets', evaluate's, diffusers' dynamic modules); the root's __init__.py makes the folder
// importable and stays, and any other folder is not the libraries': listed, never deleted.
// The libraries that keep their dynamic modules in HF_MODULES_CACHE, as "<library>_modules":
// transformers (trust_remote_code), datasets (dataset scripts), evaluate (metrics), diffusers
// (community pipelines). Any other "*_modules" folder (node_modules, a project's own) is not
// theirs.

void listModules(const QString &root, QList<HomeEntry> &entries)
{
    const QLatin1String suffix("_modules");
    for (const Child &child : children(root)) {
        const QString path = root + u'/' + child.name;
        HomeEntry::Kind kind = HomeEntry::Kind::Unknown;
        if (isInterrupted(child))
            kind = HomeEntry::Kind::InterruptedDeletion;
        else if (child.isDir &&
                 HfHome::librariesWithModules().contains(child.name.chopped(std::min(child.name.size(), qsizetype(suffix.size())))) &&
                 child.name.endsWith(suffix))
            kind = HomeEntry::Kind::Module;
        entries.append(make(kind, child.name, path));
    }
}

// transformers' url_to_filename: sha256(url) in hex, then "." sha256(etag) in hex, then ".h5"
// for Keras weights (the .json and .lock beside it add their own extension).
const QRegularExpression &legacyNamePattern()
{
    return HfHome::legacyDownloadName();
}

// The pre-2022 transformers cache: "<sha256 of url>.<sha256 of etag>" files, each with a
// ".json" ({"url", "etag"}) and a ".lock" beside it. One entry per download, named by its URL.
void listLegacy(const QString &root, QList<HomeEntry> &entries)
{
    const qsizetype first = entries.size();
    const auto stemOf = [](QString name) {
        if (name.endsWith(QLatin1String(".json")) || name.endsWith(QLatin1String(".lock")))
            name.chop(5);
        return name;
    };
    QMap<QString, QStringList> groups;
    // The removal markers left of a stopped deletion whose file went first (children() keeps
    // a marker only when what it names is gone), by the stem of what they name.
    QMap<QString, QStringList> markers;
    QSet<QString> folders; // never a legacy download
    QSet<QString> files;
    for (const Child &child : children(root)) {
        if (child.isDir)
            folders.insert(child.name);
        if (child.isFile)
            files.insert(child.name);
        if (child.name.startsWith(HomeScanner::removingPrefix()) && child.isFile)
            markers[stemOf(child.name.mid(HomeScanner::removingPrefix().size()))].append(child.name);
        else
            groups[stemOf(child.name)].append(child.name);
    }
    // A marker whose files are all gone is listed alone, to be cleared.
    for (auto it = markers.cbegin(); it != markers.cend(); ++it)
        if (!groups.contains(it.key()))
            for (const QString &marker : it.value())
                groups[marker].append(marker);
    // Anything else than legacyNamePattern(), and every folder, is not the legacy cache's.
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QStringList &names = it.value();
        const QString primary = names.contains(it.key()) ? it.key() : names.first();
        HomeEntry::Kind kind = HomeEntry::Kind::LegacyFile;
        if (isInterrupted(it.key(), folders.contains(it.key()), files.contains(it.key())))
            kind = HomeEntry::Kind::InterruptedDeletion;
        else if (!legacyNamePattern().match(it.key()).hasMatch() ||
                 std::any_of(names.begin(), names.end(), [&](const QString &name) { return folders.contains(name); }))
            kind = HomeEntry::Kind::Unknown;
        HomeEntry entry = make(kind, it.key(), root + u'/' + primary);
        for (const QString &name : names)
            if (name != primary)
                entry.members.append(root + u'/' + name);
        // The rest of a legacy download whose deletion stopped after its file went: flagged,
        // the marker deleted with it (after the files: HomeDeletion writes its own first).
        if (entry.kind == HomeEntry::Kind::LegacyFile && markers.contains(it.key())) {
            entry.removalInterrupted = true;
            for (const QString &marker : markers.value(it.key()))
                entry.members.append(root + u'/' + marker);
        }
        // What a stopped deletion's marker says the entry was listed as, for when its .json
        // went first: named the same, the same `home rm` finishes it.
        const QStringList markerNames =
            isInterrupted(it.key(), false, files.contains(it.key())) ? QStringList{it.key()} : markers.value(it.key());
        for (const QString &marker : markerNames) {
            UniqueFd dir = PosixFs::openDir(root);
            if (const auto content = PosixFs::readSmallFile(dir.get(), FileName::encode(marker), 64 * 1024, Links::NoFollow)) {
                const QList<QByteArray> lines = content->split('\n');
                if (lines.size() > 1 && !lines.at(1).isEmpty())
                    entry.name = FileName::decode(lines.at(1));
            }
        }
        // The URL only when reading it leaves the .json's access time as it was: another user's
        // file (a shared cache) would show "accessed a few seconds ago" to everyone after a look.
        const QByteArray json = FileName::encode(it.key() + QStringLiteral(".json"));
        UniqueFd dir = names.contains(it.key() + QStringLiteral(".json")) ? PosixFs::openDir(root) : UniqueFd();
        if (struct stat st{}; dir.isValid() && PosixFs::statAt(dir.get(), json, st, Links::NoFollow) && PosixFs::readsQuietly(st)) {
            if (const auto content = PosixFs::readSmallFile(dir.get(), json, 64 * 1024, Links::NoFollow)) {
                // Only the URL the file is named by (url_to_filename: sha256 of its UTF-8), so that
                // a .json cannot name its download "token" or "../../x"; never a blank one
                // (attack A8).
                const QString url = QJsonDocument::fromJson(*content).object().value(QLatin1String("url")).toString();
                if (!url.trimmed().isEmpty() &&
                    QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex() == it.key().left(64).toLatin1())
                    entry.name = url;
            }
        }
        entries.append(entry);
    }
    // Two downloads of one URL (two etags: the file changed on the Hub) would share a name, and
    // `home rm legacy/URL` would reach only one (attack N14): each then carries the start of its
    // etag's hash, "URL#3f2a9c1b2d4e", as its file name does.
    QHash<QString, int> uses;
    for (qsizetype i = first; i < entries.size(); ++i)
        ++uses[entries.at(i).name];
    for (qsizetype i = first; i < entries.size(); ++i) {
        HomeEntry &entry = entries[i];
        if (uses.value(entry.name) > 1 && entry.kind == HomeEntry::Kind::LegacyFile) {
            const QString file = QFileInfo(entry.path).fileName();
            const QString etag = file.contains(u'.') ? file.section(u'.', 1, 1) : file;
            entry.name += u'#' + etag.left(12);
        }
    }
    // A URL that is itself "URL#<12 hex>" (or a file name) may still meet another's name: those
    // are named by their files, which are unique, so that one name never lists two downloads
    // and `home rm` of it never picks one silently (attack A8b).
    uses.clear();
    for (qsizetype i = first; i < entries.size(); ++i)
        ++uses[entries.at(i).name];
    for (qsizetype i = first; i < entries.size(); ++i)
        if (HomeEntry &entry = entries[i]; uses.value(entry.name) > 1 && entry.kind == HomeEntry::Kind::LegacyFile)
            entry.name = stemOf(QFileInfo(entry.path).fileName());
}

// TRANSFORMERS_CACHE: transformers 4.22 and later download into it in the hub layout
// (repo folders and .locks, one hub cache of its own), older ones in the legacy layout, and a
// folder used by both holds both. The legacy downloads are listed and deleted as in
// $HF_HOME/transformers; the hub repos are listed and left to `cache rm --dir` and the Cache
// page, which keep shared blobs and refs right, as the hub part's are (attack A18: none of it
// was listed, and a home whose models all lived there read "Nothing is stored in it").
void listTransformers(const QString &root, QList<HomeEntry> &entries)
{
    const qsizetype first = entries.size();
    listLegacy(root, entries);
    for (qsizetype i = first; i < entries.size(); ++i) {
        HomeEntry &entry = entries[i];
        if (entry.kind != HomeEntry::Kind::Unknown || !entry.members.isEmpty() || entry.path != root + u'/' + entry.name ||
            !isDirectory(entry.path))
            continue;
        const bool repo = isRepoFolderName(entry.name);
        if (!repo && entry.name != QLatin1String(".locks"))
            continue;
        entry.kind = repo ? HomeEntry::Kind::HubRepo : HomeEntry::Kind::HubOther;
        entry.keep = HomeScanner::tr("Part of the hub cache transformers keeps in TRANSFORMERS_CACHE: delete it on the Cache page "
                                     "or with hubdeck-cli cache rm --dir %1, which keep shared blobs and refs right.")
                         .arg(root);
    }
}

// HubDeck renames aside only entries that passed their part's layout rule, and never makes a
// link: a "<name>.hubdeck-deleting" is an interrupted deletion only when it is no link and
// <name> is one of that part's entries by the same rule (not node_modules.hubdeck-deleting in
// modules/, not notes.hubdeck-deleting in xet/). Others are left to "not the library's".
void confirmInterrupted(const HfHome &home, HfHome::Kind part, QList<HomeEntry> &entries)
{
    const QRegularExpression xetEntry(
        QStringLiteral("^https?___[^/]+/(%1|%2|staging)$")
            .arg(QRegularExpression::escape(home.xetChunkCache()), QRegularExpression::escape(home.xetShardCache())));
    for (HomeEntry &entry : entries) {
        if (entry.kind != HomeEntry::Kind::InterruptedDeletion)
            continue;
        struct stat st
        {
        };
        if (::lstat(FileName::encode(entry.path).constData(), &st) == 0 && S_ISLNK(st.st_mode)) {
            entry.kind = HomeEntry::Kind::Unknown;
            continue;
        }
        if (!entry.name.endsWith(HomeScanner::deletingSuffix()))
            continue; // a removal marker: its entry is checked where it is listed
        const QString base = entry.name.chopped(HomeScanner::deletingSuffix().size());
        bool theirs = true;
        switch (part) {
        case HfHome::Kind::Xet:
            theirs = base == QLatin1String("logs") || xetEntry.match(base).hasMatch();
            break;
        case HfHome::Kind::Modules:
            theirs = base.endsWith(QLatin1String("_modules")) && HfHome::librariesWithModules().contains(base.chopped(8));
            break;
        case HfHome::Kind::Assets:
            theirs = base.count(u'/') == 2;
            break;
        case HfHome::Kind::Legacy:
        case HfHome::Kind::Transformers: // its hub repos are never HubDeck's to delete here
            theirs = legacyNamePattern().match(base).hasMatch();
            break;
        case HfHome::Kind::DatasetsDownloads: // its one entry is its folder, never renamed aside
        case HfHome::Kind::DatasetsExtracted:
            theirs = false;
            break;
        case HfHome::Kind::Datasets: // dataset caches are named freely (org___name)
        case HfHome::Kind::Hub:
            break;
        }
        if (!theirs)
            entry.kind = HomeEntry::Kind::Unknown;
    }
}

const HfHome::Part *partAt(const HfHome &home, const QString &path)
{
    for (const HfHome::Part &part : home.parts())
        if (part.path == path)
            return &part;
    return nullptr;
}

// What stands at a path where a folder belongs, as the end of a sentence that starts with the
// path ("is a file, not a folder"); empty when a folder is there (links followed, as the
// libraries follow them) or nothing is. A link is described as the link it is: one to nowhere
// or one that loops makes every library fail there (os.makedirs raises), as a file does.
QString notAFolderThere(const QString &path)
{
    const QByteArray encoded = FileName::encode(path);
    struct stat st
    {
    };
    if (::lstat(encoded.constData(), &st) != 0)
        return {};
    if (S_ISLNK(st.st_mode) && ::stat(encoded.constData(), &st) != 0) {
        if (errno == ELOOP)
            return HomeScanner::tr("is a link that loops (it leads back to itself)");
        const std::optional<QByteArray> target = PosixFs::readLink(AT_FDCWD, encoded);
        return HomeScanner::tr("is a link to %1, which does not exist").arg(target ? FileName::decode(*target) : QString());
    }
    if (S_ISDIR(st.st_mode))
        return {};
    if (S_ISFIFO(st.st_mode))
        return HomeScanner::tr("is a FIFO, not a folder");
    if (S_ISSOCK(st.st_mode))
        return HomeScanner::tr("is a socket, not a folder");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return HomeScanner::tr("is a device, not a folder");
    return HomeScanner::tr("is a file, not a folder");
}

// What a part's path is when it is there but not a folder (a file named "xet"): no library can
// keep its cache in it, and HubDeck does not know what wrote it.
QString notAFolder(const HfHome::Part &part)
{
    QString what = notAFolderThere(part.path);
    if (what.isEmpty())
        what = HomeScanner::tr("is not a folder");
    return HomeScanner::tr("This is where the %1 part belongs, but it %2: the library cannot keep its cache there. HubDeck leaves it "
                           "alone.")
        .arg(HfHome::kindName(part.kind), what);
}

// What a deletion kept for a program that wrote into the entry while it went, under
// "<entry>.hubdeck-kept[-N]" (HomeDeletion: the entry's own name held a new folder by then): a
// name HubDeck made, which no library reads and no rule above knows. Listed as what it is, and
// deletable, so that it does not stay forever as "other" (attack W6).
// A folder whose layout no rule knows that still carries a deletion's set-aside time under a
// name that is not "….hubdeck-deleting" was given back by a run killed before it swapped that
// attribute for the kept one (attack Z3: listed as "other", never deleted by HubDeck). Only a
// deletion puts it there, on an entry it was allowed to delete.
void markKept(QList<HomeEntry> &entries)
{
    static const QRegularExpression kept(QRegularExpression::escape(HomeScanner::keptSuffix()) + QStringLiteral("(-[0-9]+)?$"));
    const auto hasAttribute = [](const HomeEntry &entry, const char *name) {
        return ::lgetxattr(FileName::encode(entry.path).constData(), name, nullptr, 0) >= 0;
    };
    for (HomeEntry &entry : entries) {
        // No library reads a folder of that name, whatever it holds: one whose files kept a
        // dataset's layout was listed as a "dataset cache" (GUI attack B11). A folder given its
        // entry's name back is the library's again, as its layout says.
        const bool keptName = kept.match(entry.name.section(u'/', -1)).hasMatch();
        if ((keptName && entry.kind != HomeEntry::Kind::InterruptedDeletion && entry.kind != HomeEntry::Kind::Credentials &&
             entry.kind != HomeEntry::Kind::HubRepo) ||
            (entry.kind == HomeEntry::Kind::Unknown &&
             (hasAttribute(entry, HomeScanner::keptAttribute()) ||
              (!entry.name.endsWith(HomeScanner::deletingSuffix()) && hasAttribute(entry, HomeScanner::setAsideAttribute())))))
            entry.kind = HomeEntry::Kind::KeptArrivals;
    }
}

// A part's default folder in HF_HOME that its variable moved the part away from: what it holds
// is what the library wrote before, which nothing writes to now (attack report 18, G7: 30 GB
// of an old xet cache listed as "other" without a word). Empty for anything else.
QString movedAway(const HfHome &home, const Child &child)
{
    static const std::pair<HfHome::Kind, const char *> kVariables[] = {{HfHome::Kind::Hub, "HF_HUB_CACHE"},
                                                                       {HfHome::Kind::Xet, "HF_XET_CACHE"},
                                                                       {HfHome::Kind::Datasets, "HF_DATASETS_CACHE"},
                                                                       {HfHome::Kind::Assets, "HF_ASSETS_CACHE"},
                                                                       {HfHome::Kind::Modules, "HF_MODULES_CACHE"}};
    if (!child.isDir)
        return {};
    for (const auto &[kind, variable] : kVariables) {
        if (child.name != HfHome::kindName(kind))
            continue;
        for (const HfHome::Part &part : home.parts())
            if (part.kind == kind && part.movedByVariable)
                return HomeScanner::tr("The %1 part's default folder: %2 moved that part to %3, so nothing writes here now. HubDeck "
                                       "deletes only what the libraries use now; delete it yourself, or list the home with %2 unset.")
                    .arg(child.name, QLatin1String(variable), part.path);
    }
    return {};
}

// HF_HOME's own entries that are not parts: credentials, and anything else other tools put there.
void listOther(const HfHome &home, QList<HomeEntry> &entries)
{
    // HF_HOME=/ (a container's): "/proc", not "//proc".
    const QString base = home.root() == u"/" ? QString() : home.root();
    for (const Child &child : children(home.root())) {
        const QString path = base + u'/' + child.name;
        const HfHome::Part *part = partAt(home, path);
        if (part && isDirectory(path))
            continue;
        // $HF_HOME/token and stored_tokens stay credentials when HF_TOKEN_PATH moved the active
        // token elsewhere: `hf auth login` wrote them there before, and other tools read them.
        const bool credentials = home.credentialPaths().contains(path) || child.name == u"token" || child.name == u"stored_tokens";
        HomeEntry entry = make(credentials ? HomeEntry::Kind::Credentials : HomeEntry::Kind::Unknown, child.name, path);
        if (part)
            entry.keep = notAFolder(*part);
        else if (const QString moved = movedAway(home, child); !moved.isEmpty())
            entry.keep = moved;
        else if (const UniqueFd dir = PosixFs::openDir(path); dir.isValid() && PosixFs::isSystemFilesystem(dir.get()))
            entry.keep = HomeScanner::tr("A filesystem the system makes up (as /proc and /sys are): nothing of it is on a disk, and "
                                         "HubDeck neither measures nor deletes it.");
        entries.append(entry);
    }
    // A part its variable put outside HF_HOME that is a file, not a folder: counted and listed
    // here, as it would be in HF_HOME, so that the parts still add up to what is on disk.
    for (const HfHome::Part &part : home.parts()) {
        struct stat st
        {
        };
        if (QFileInfo(part.path).absolutePath() != home.root() && ::lstat(FileName::encode(part.path).constData(), &st) == 0 &&
            !isDirectory(part.path)) {
            HomeEntry entry = make(HomeEntry::Kind::Unknown, part.path, part.path);
            entry.keep = notAFolder(part);
            entries.append(entry);
        }
    }
    // A token file moved by HF_TOKEN_PATH is still a credential of this home; inside a part it
    // is listed with the entry that holds it (which it makes undeletable), not twice.
    for (const QString &path : home.credentialPaths()) {
        const auto &parts = home.parts();
        const bool inPart =
            std::any_of(parts.begin(), parts.end(), [&](const HfHome::Part &part) { return path.startsWith(part.path + u'/'); });
        struct stat st
        {
        };
        if (QFileInfo(path).absolutePath() != home.root() && !inPart && ::lstat(FileName::encode(path).constData(), &st) == 0)
            entries.append(make(HomeEntry::Kind::Credentials, path, path));
    }
}

// HF_HUB_CACHE, HF_ASSETS_CACHE and the others may point into each other or at HF_HOME itself
// (HF_DATASETS_CACHE=$HF_HOME, HF_ASSETS_CACHE=$HF_HOME/hub). Then a part's entries are another
// part's folders, and deleting "a dataset cache" would delete the hub cache. Such entries are
// listed and never deletable: an entry that holds another part's root or HF_HOME, and every
// entry of a part that lies inside another part (or holds HF_HOME). Paths are compared
// resolved, so a link to a part counts as that part.
// Whether the folder `outer` is `folder` or one of the folders above it, by device and inode
// (links followed), so that a second path to the same folder (a bind mount: home folders
// mounted at two paths on HPC sites and NAS setups, or bound into a container) is the same
// folder, which path prefixes miss (attack U2: a bind mount of $HOME used as HF_HOME deleted
// ~/assets/…).
bool holdsByIdentity(const QString &outer, const QString &folder)
{
    struct stat top
    {
    };
    if (::stat(FileName::encode(outer).constData(), &top) != 0)
        return false;
    const FileIdentity wanted = FileIdentity::of(top);
    QString at = PosixFs::realPath(folder);
    for (int depth = 0; !at.isEmpty() && depth < 4096; ++depth) {
        struct stat st
        {
        };
        if (::stat(FileName::encode(at).constData(), &st) == 0 && FileIdentity::of(st) == wanted)
            return true;
        if (at == u"/")
            break;
        at = QFileInfo(at).path();
    }
    return false;
}

// The newest access and change times of the files in a hub repo's blobs/ (links not
// followed), or nothing when it holds none. An fstatat each: reading changes no time.
std::optional<std::pair<double, double>> blobTimes(const QString &repo)
{
    const UniqueFd blobs = PosixFs::openDir(repo + QStringLiteral("/blobs"));
    QList<PosixFs::Entry> names;
    if (!blobs.isValid() || !PosixFs::listDir(blobs.get(), names))
        return std::nullopt;
    std::optional<std::pair<double, double>> newest;
    for (const PosixFs::Entry &name : std::as_const(names)) {
        struct stat st
        {
        };
        if (!PosixFs::statAt(blobs.get(), name.name, st, Links::NoFollow) || !S_ISREG(st.st_mode))
            continue;
        const double accessed = PosixFs::seconds(st.st_atim);
        const double modified = PosixFs::seconds(st.st_mtim);
        newest = newest ? std::pair{std::max(newest->first, accessed), std::max(newest->second, modified)} : std::pair{accessed, modified};
    }
    return newest;
}

void markOverlaps(const HfHome &home, HomeScan &scan)
{
    const auto resolved = [](const QString &path) {
        const QString canonical = PosixFs::realPath(path);
        return canonical.isEmpty() ? QDir::cleanPath(path) : canonical;
    };
    const auto within = [](const QString &path, const QString &root) { return path == root || path.startsWith(root + u'/'); };
    // For the home and the user's own folders: also a second path to them (a bind mount).
    const auto withinAnyPath = [&](const QString &path, const QString &root) { return within(path, root) || holdsByIdentity(root, path); };
    const QString homeRoot = resolved(home.root());
    // The user's own folders: a part's variable pointing at one (HF_XET_CACHE=$HOME,
    // HF_ASSETS_CACHE=~/Documents) makes its files look like a part's entries.
    QStringList userFolders{resolved(QDir::homePath())};
    // The home folder the password database gives too: HOME may name another (a sudo -E, a
    // service), and HF_HOME=~me then reaches the user's own (attack V4).
    if (const QString own = CacheLocation::expandUser(QStringLiteral("~"), QProcessEnvironment()); own != u"~")
        userFolders.append(resolved(own));
    // QStandardPaths reads ~/.config/user-dirs.dirs with a blocking open: a FIFO there would hang
    // the scan for good. Only a regular file (links followed) is left to it; else the defaults.
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty())
        config = QDir::homePath() + QStringLiteral("/.config");
    struct stat dirs
    {
    };
    const bool readable =
        ::stat(FileName::encode(config + QStringLiteral("/user-dirs.dirs")).constData(), &dirs) != 0 || S_ISREG(dirs.st_mode);
    if (readable) {
        for (const auto location : {QStandardPaths::DesktopLocation, QStandardPaths::DocumentsLocation, QStandardPaths::DownloadLocation,
                                    QStandardPaths::MusicLocation, QStandardPaths::PicturesLocation, QStandardPaths::MoviesLocation})
            if (const QString folder = QStandardPaths::writableLocation(location); !folder.isEmpty())
                userFolders.append(resolved(folder));
    } else {
        for (const char *folder : {"Desktop", "Documents", "Downloads", "Music", "Pictures", "Videos"})
            userFolders.append(resolved(QDir::homePath() + u'/' + QLatin1String(folder)));
    }
    // The hub cache (and transformers', which is one now or a legacy cache of hashed files)
    // writes only names of its own layout, flat in its folder: models--…, datasets--…,
    // spaces--…, .locks, or a legacy download's hash. A part folder below it by another name
    // ($HF_HOME/xet with HF_HUB_CACHE=$HF_HOME, as old HUGGINGFACE_HUB_CACHE settings and setup
    // scripts have it) is that part's alone, not shared (attack report 18, G3: nothing in xet,
    // datasets, assets or modules could be deleted, "lies inside the hub part").
    const auto writesBeside = [](const QString &outerKind, const QString &inner, const QString &outer) {
        if (outerKind != u"hub" && outerKind != u"transformers" && outerKind != u"legacy")
            return false;
        if (inner == outer)
            return false;
        const QString first = inner.mid(outer.size() + 1).section(u'/', 0, 0);
        static const QRegularExpression hashed(QStringLiteral("^[0-9a-f]{64}(\\.[0-9a-f]+)?(\\.json|\\.lock)?$"));
        return !first.startsWith(QLatin1String("models--")) && !first.startsWith(QLatin1String("datasets--")) &&
               !first.startsWith(QLatin1String("spaces--")) && first != u".locks" && !hashed.match(first).hasMatch();
    };
    const auto &homeParts = home.parts();
    const bool assetsByDefault = std::any_of(homeParts.begin(), homeParts.end(), [](const HfHome::Part &part) {
        return part.kind == HfHome::Kind::Assets && !part.movedByVariable;
    });
    const bool assetsMoved = !assetsByDefault;
    // TRANSFORMERS_CACHE=$HF_HOME/transformers (the old default, still in many profiles) is one
    // library's one folder, not two parts sharing it: the legacy part there is the transformers
    // part (attack C2: every legacy download "lies inside the legacy part", none deletable).
    // Two libraries' parts at one folder stay shared, and nothing in them is deleted.
    QList<std::pair<QString, QString>> roots; // resolved part root, its variable's kind
    for (const HomeScan::Part &part : std::as_const(scan.parts))
        if (part.kind != QLatin1String("other") && part.exists &&
            !(part.kind == QLatin1String("legacy") && part.sameFolderAs == QLatin1String("transformers")))
            roots.append({resolved(part.path), part.kind});
    for (HomeScan::Part &part : scan.parts) {
        if (part.kind == QLatin1String("other") || !part.exists)
            continue;
        const QString root = resolved(part.path);
        QString shared;
        if (withinAnyPath(homeRoot, root)) {
            shared = HomeScanner::tr("This part's folder %1 holds the whole Hugging Face home %2 (its variable points too high): HubDeck "
                                     "deletes nothing from it.")
                         .arg(part.path, home.root());
        } else if (const auto own = std::find_if(userFolders.cbegin(), userFolders.cend(),
                                                 [&](const QString &folder) { return withinAnyPath(folder, root); });
                   own != userFolders.cend()) {
            shared = HomeScanner::tr("This part's folder %1 is your own folder %2, or holds it: not a cache (its variable points "
                                     "there). HubDeck deletes nothing from it.")
                         .arg(part.path, *own);
        } else if (part.kind == QLatin1String("assets") && assetsMoved && !within(root, homeRoot)) {
            // A variable moved it out of HF_HOME, and cached_assets_path leaves no mark: a
            // project's own assets/ (img/icons/svg/…) has the very same shape.
            shared = HomeScanner::tr("HF_ASSETS_CACHE moved the assets cache to %1, outside HF_HOME: assets caches carry no mark that "
                                     "tells them from a folder of your own, so HubDeck deletes nothing from it there.")
                         .arg(part.path);
        } else if (part.kind == QLatin1String("assets") && assetsByDefault &&
                   std::any_of(userFolders.cbegin(), userFolders.cend(),
                               [&](const QString &folder) { return withinAnyPath(folder, homeRoot) && withinAnyPath(homeRoot, folder); })) {
            // cached_assets_path leaves no mark, so only the place tells an assets cache: in a
            // user's own folder used as HF_HOME, "assets" may well be the user's.
            shared = HomeScanner::tr("HF_HOME is your own folder %1, so %2 may be yours: assets caches carry no mark that tells "
                                     "them apart. HubDeck deletes nothing from it.")
                         .arg(home.root(), part.path);
        } else {
            for (const auto &[other, kind] : std::as_const(roots))
                if (kind != part.kind && within(root, other) && !writesBeside(kind, root, other))
                    // One folder that two variables name is said as such, not as one inside the
                    // other (attack report 17, F10: both downloads variables at one folder).
                    shared = other == root ? HomeScanner::tr("This part's folder %1 is also the %2 part's: HubDeck deletes nothing "
                                                             "that two parts share.")
                                                 .arg(part.path, kind)
                                           : HomeScanner::tr("This part's folder %1 lies inside the %2 part (%3): HubDeck deletes "
                                                             "nothing that two parts share.")
                                                 .arg(part.path, kind, other);
        }
        // Another part whose folder lies inside this one's (HF_ASSETS_CACHE=$HF_HOME lists hub/,
        // xet/… as assets; HF_ASSETS_CACHE naming an xet endpoint folder makes xet's chunk-cache
        // lie in it), or HF_HOME inside it: what lies in that folder is listed and counted there,
        // not here again (attack A1: "4.2M" for du's 2.1M, the hub's snapshots listed as assets).
        QStringList nested;
        for (const auto &[other, kind] : std::as_const(roots))
            if (kind != part.kind && other != root && within(other, root))
                nested.append(other);
        if (homeRoot != root && within(homeRoot, root))
            nested.append(homeRoot);
        if (!nested.isEmpty())
            part.entries.removeIf([&](const HomeEntry &entry) {
                const QString path = root + entry.path.mid(part.path.size());
                return std::any_of(nested.cbegin(), nested.cend(), [&](const QString &inner) { return within(path, inner); });
            });
        for (HomeEntry &entry : part.entries) {
            if (!entry.keep.isEmpty())
                continue;
            if (!shared.isEmpty()) {
                entry.keep = shared;
                continue;
            }
            // The part's root resolved, then the entry's own name: entries are never links.
            const QString path = root + entry.path.mid(part.path.size());
            for (const auto &[other, kind] : std::as_const(roots))
                if (kind != part.kind && within(other, path))
                    entry.keep =
                        HomeScanner::tr("It holds the %1 part (%2): HubDeck does not delete a part from inside another.").arg(kind, other);
        }
    }
}

} // namespace

const HomeEntry *HomeScan::entry(const QString &path) const
{
    for (const Part &part : parts)
        for (const HomeEntry &entry : part.entries)
            if (entry.path == path || entry.members.contains(path))
                return &entry;
    return nullptr;
}

QList<const HomeEntry *> HomeScan::hardLinkedWith(const HomeEntry &entry) const
{
    QList<const HomeEntry *> others;
    if (entry.sharedLinks.isEmpty())
        return others;
    QSet<FileIdentity> files;
    for (const HardLinkShare &link : entry.sharedLinks)
        files.insert(link.file);
    for (const Part &part : parts)
        for (const HomeEntry &other : part.entries)
            if (other.path != entry.path && std::any_of(other.sharedLinks.cbegin(), other.sharedLinks.cend(),
                                                        [&](const HardLinkShare &link) { return files.contains(link.file); }))
                others.append(&other);
    return others;
}

const HomeScan::Part *HomeScan::part(const QString &kind) const
{
    for (const Part &part : parts)
        if (part.kind == kind)
            return &part;
    return nullptr;
}

QFuture<HomeScan> HomeScanner::scanAsync(const HfHome &home)
{
    return QtConcurrent::run([home](QPromise<HomeScan> &promise) {
        const InUseFiles inUse = InUseFiles::snapshot();
        HomeScan scan = HomeScanner::scan(home, &inUse, &promise);
        if (!promise.isCanceled())
            promise.addResult(std::move(scan));
    });
}

HomeScan HomeScanner::scan(const HfHome &home, const InUseFiles *inUse, QPromise<HomeScan> *promise)
{
    HomeScan scan;
    scan.root = home.root();
    scan.scannedAt = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    // Before the listing: what a deletion renames aside while this scan reads is then marked.
    const HomeDeletion::HomeLocks locks = HomeDeletion::locks(home);
    scan.deletionRunning = locks.deletion;
    if (scan.deletionRunning)
        scan.deletionHolder = HomeDeletion::holderName(*scan.deletionRunning);
    const QStorageInfo storage(CacheLocation::nearestExisting(home.root()));
    scan.diskTotal = storage.bytesTotal();
    scan.diskFree = storage.bytesAvailable();

    Boundaries boundaries;
    for (const HfHome::Part &p : home.parts())
        boundaries.add(p.path);

    const QString hubPath = home.path(HfHome::Kind::Hub);
    QHash<QString, MarkRule> unconfirmed; // folders told by what they hold, as the measure walks them
    for (const HfHome::Part &p : home.parts()) {
        HomeScan::Part part;
        part.kind = HfHome::kindName(p.kind);
        part.path = p.path;
        part.exists = isDirectory(p.path);
        struct stat link
        {
        };
        if (::lstat(FileName::encode(p.path).constData(), &link) == 0 && S_ISLNK(link.st_mode)) {
            part.linkTarget = PosixFs::realPath(p.path);
            if (part.linkTarget.isEmpty()) // a dangling link: where it would lead
                if (const std::optional<QByteArray> target = PosixFs::readLink(AT_FDCWD, FileName::encode(p.path)))
                    part.linkTarget = QDir::cleanPath(QDir(QFileInfo(p.path).path()).filePath(FileName::decode(*target)));
        }
        if (struct stat folder{}; part.exists && ::stat(FileName::encode(p.path).constData(), &folder) == 0)
            part.folder = FileIdentity::of(folder);
        part.layered = part.exists && PosixFs::isOverlay(p.path);
        // A part on another disk than HF_HOME (HF_XET_CACHE=/mnt/big/xet): its free space is not
        // the header's, and deleting there frees that disk (attack U9: never said).
        if (struct stat at{}, top{}; part.exists && ::stat(FileName::encode(p.path).constData(), &at) == 0 &&
                                     ::stat(FileName::encode(CacheLocation::nearestExisting(home.root())).constData(), &top) == 0 &&
                                     at.st_dev != top.st_dev) {
            const QStorageInfo there(p.path);
            part.diskTotal = there.bytesTotal();
            part.diskFree = there.bytesAvailable();
        }
        if (part.exists) {
            // A part's folder that cannot be listed shows nothing, which must not read as empty.
            UniqueFd dir = PosixFs::openDir(p.path);
            QList<PosixFs::Entry> probe;
            if (!dir.isValid() || !PosixFs::listDir(dir.get(), probe)) {
                part.unreadable = QStringLiteral("%1: %2").arg(p.path, PosixFs::errorString(errno));
                scan.errors.append(QStringLiteral("Cannot read %1").arg(part.unreadable));
            }
        }
        if (part.exists && part.unreadable.isEmpty()) {
            switch (p.kind) {
            case HfHome::Kind::Hub:
                listHub(p.path, part.entries);
                break;
            case HfHome::Kind::Xet:
                listXet(p.path, home, part.entries);
                break;
            case HfHome::Kind::Datasets:
                listDatasets(p.path, hubPath, part.entries, unconfirmed);
                break;
            // A part that is one entry, its folder emptied and kept (HomeEntry::partRoot): the
            // downloads go with the archives unpacked from them, so that a path, the part and
            // the entry never name different things.
            case HfHome::Kind::DatasetsDownloads:
                part.entries.append(make(HomeEntry::Kind::DatasetsDownloads, QStringLiteral("downloads"), p.path));
                part.entries.last().partRoot = true;
                unconfirmed.insert(p.path, {isMovedDownloadStray, 2}); // and what extracted/ holds (attack F1)
                break;
            case HfHome::Kind::DatasetsExtracted:
                part.entries.append(make(HomeEntry::Kind::DatasetsExtracted, QStringLiteral("extracted"), p.path));
                part.entries.last().partRoot = true;
                unconfirmed.insert(p.path, {isDownloadStray, 1});
                break;
            case HfHome::Kind::Assets:
                listAssets(p.path, {}, 0, part.entries);
                strayAssets(part.entries);

                break;
            case HfHome::Kind::Modules:
                listModules(p.path, part.entries);
                break;
            case HfHome::Kind::Transformers:
                listTransformers(p.path, part.entries);
                break;
            case HfHome::Kind::Legacy:
                listLegacy(p.path, part.entries);
                break;
            }
            confirmInterrupted(home, p.kind, part.entries);
            if (p.kind != HfHome::Kind::Hub)
                markKept(part.entries);
        }
        scan.parts.append(part);
    }
    HomeScan::Part other;
    other.kind = QStringLiteral("other");
    other.path = home.root();
    other.exists = isDirectory(home.root());
    if (other.exists)
        listOther(home, other.entries);
    scan.parts.append(other);

    // Two parts at one folder (HF_HUB_CACHE=$HF_HOME, HF_XET_CACHE=$HF_HOME/hub): its entries are
    // listed and counted once, in the first of them; the other says where (attack U3: every
    // file counted twice, "108.5M on disk" for du's 54.7M, each repo again as "other").
    if (struct stat st{}; other.exists && ::stat(FileName::encode(home.root()).constData(), &st) == 0)
        scan.parts.last().folder = FileIdentity::of(st);
    for (qsizetype i = 1; i < scan.parts.size(); ++i) {
        HomeScan::Part &part = scan.parts[i];
        if (!part.exists || part.folder == FileIdentity())
            continue;
        for (qsizetype j = 0; j < i; ++j)
            if (scan.parts.at(j).exists && scan.parts.at(j).folder == part.folder) {
                part.sameFolderAs = scan.parts.at(j).kind;
                part.entries.clear();
                break;
            }
    }

    // Removals stopped part-way in place: the entry is flagged, and its marker counts with it
    // (and goes last when `home rm` finishes it).
    for (HomeScan::Part &part : scan.parts) {
        if (part.kind == QLatin1String("hub") || part.kind == QLatin1String("other"))
            continue;
        for (HomeEntry &entry : part.entries) {
            // Every deletion writes its time on a folder before it renames it aside
            // (AsideFolder::setAside): a folder by that name without it, where the filesystem
            // keeps user attributes, was not set aside by HubDeck. Someone's own folder is
            // "other", never finished as a deletion (attack report 18, G4: user files in
            // xet/logs.hubdeck-deleting were deleted as "a deletion stopped part-way").
            if (entry.kind == HomeEntry::Kind::InterruptedDeletion && entry.path.endsWith(HomeScanner::deletingSuffix()) &&
                HomeScanner::notSetAside(entry.path)) {
                entry.kind = HomeEntry::Kind::Unknown;
                continue;
            }
            if (entry.kind == HomeEntry::Kind::InterruptedDeletion) {
                entry.removalInterrupted = true; // renamed aside, or a marker whose entry is gone
                continue;
            }
            const QString marker = entry.removingMarker();
            struct stat st
            {
            };
            if (::lstat(FileName::encode(marker).constData(), &st) == 0 && S_ISREG(st.st_mode)) {
                entry.removalInterrupted = true;
                if (!entry.members.contains(marker))
                    entry.members.append(marker);
            }
        }
    }

    // An entry that holds a credential file, or a link on the way to one, is never deletable,
    // whatever its kind and however the paths are spelt (CredentialFiles).
    // A part that holds none of them (the usual case) needs no question per entry; "other"
    // is HF_HOME, which holds the token, and is asked entry by entry.
    const CredentialFiles credentials = CredentialFiles::of(home);
    for (HomeScan::Part &part : scan.parts) {
        if (part.kind != u"other" && !credentials.anyWithin(part.path))
            continue;
        for (HomeEntry &entry : part.entries)
            if (entry.kind != HomeEntry::Kind::Credentials)
                if (const QString held = credentials.heldBy(QStringList{entry.path} + entry.members); !held.isEmpty())
                    entry.keep = tr("It holds your access token %1; HubDeck never deletes it.").arg(held);
    }

    markOverlaps(home, scan);

    // cached_assets_path leaves no mark of its own: a folder its variable names is taken for an
    // assets cache only when it is named like one, so that a variable pointing at a source tree
    // (whose folders look like library/namespace/subfolder) offers nothing.
    for (qsizetype i = 0; i < home.parts().size(); ++i) { // scan.parts: the same order, then "other"
        const HfHome::Part &p = home.parts().at(i);
        if (p.kind != HfHome::Kind::Assets || !p.movedByVariable ||
            QFileInfo(p.path).fileName().contains(QLatin1String("assets"), Qt::CaseInsensitive))
            continue;
        for (HomeEntry &entry : scan.parts[i].entries)
            if (entry.kind == HomeEntry::Kind::Assets && entry.keep.isEmpty())
                entry.keep = tr("HF_ASSETS_CACHE points at %1, a folder not named like an assets cache: HubDeck lists what it "
                                "holds but deletes nothing from it.")
                                 .arg(p.path);
    }

    QList<Job> jobs;
    // Entries measured without their folder's own inode, which then counts in the part: decided
    // here, as the measure may find such an entry not to be the library's after all.
    QSet<QString> folderLeftToPart;
    int group = 0;
    for (int p = 0; p < scan.parts.size(); ++p) {
        const HomeScan::Part &part = scan.parts.at(p);
        for (int e = 0; e < part.entries.size(); ++e, ++group) {
            const HomeEntry &entry = part.entries.at(e);
            // A part's folder that is a link is measured where it leads, as the library writes
            // there: the entry that is that folder too (its own name is the link).
            const bool throughLink = entry.partRoot && !part.linkTarget.isEmpty();
            jobs.append({p, e, throughLink ? entry.path + QStringLiteral("/.") : entry.path, entry.separateChildren(),
                         !entry.keepsItsFolder(), group});
            if (entry.keepsItsFolder())
                folderLeftToPart.insert(entry.path);
            for (const QString &member : entry.members)
                jobs.append({p, e, member, {}, true, group, false, member == entry.removingMarker()});
        }
    }
    if (promise)
        promise->setProgressRange(0, int(jobs.size()));

    SeenInodes seen;
    const QHash<FileIdentity, QString> guarded = guardedIdentities(home);
    // A part that is one entry (HomeEntry::partRoot) is measured from its own folder, which
    // stays: that folder is no other name of a guarded one, whatever else is.
    QHash<QString, QHash<FileIdentity, QString>> guardedButPart;
    for (const HomeScan::Part &part : std::as_const(scan.parts))
        for (const HomeEntry &entry : part.entries)
            if (entry.partRoot && part.folder != FileIdentity()) {
                QHash<FileIdentity, QString> others = guarded;
                others.remove(part.folder);
                guardedButPart.insert(entry.path, others);
            }
    QList<TreeMeasure::Root> roots;
    roots.reserve(jobs.size());
    for (const Job &job : std::as_const(jobs)) {
        roots.append({job.path, job.skipChildren, job.countSelf, true, job.group});
        // Rules and exceptions are the entry's, by its own path (a part's folder that is a link is
        // walked through "<link>/.").
        const QString &entryPath = scan.parts.at(job.part).entries.at(job.entry).path;
        const auto own = job.self ? guardedButPart.constFind(entryPath) : guardedButPart.cend();
        roots.last().guarded = own != guardedButPart.cend() ? &*own : &guarded;
        // A part that is one entry is walked from its own folder, a boundary to every other walk.
        roots.last().admitSelf = own != guardedButPart.cend();
        // What the deletion would refuse as it stands (HomeDeletion::obstacle) is told here for
        // folders that cannot be emptied: one call per folder. Immutable files (a statx per
        // file) are left to the plan.
        roots.last().checkRemovable = scan.parts.at(job.part).entries.at(job.entry).deletable();
        if (const auto rule = job.self ? unconfirmed.constFind(entryPath) : unconfirmed.cend(); rule != unconfirmed.cend()) {
            roots.last().isMark = rule->isStray;
            roots.last().markDepth = rule->depth;
        }
    }
    // A HubDeck deletion running on this home holds the folders it empties open: not another
    // program's use of them (attack Z10: "in use: held open by hubdeck-cli" beside "being
    // deleted"). Another program's lock on a part's folder (a script's flock) is no deletion.
    const qint64 deleter = scan.deletionRunning && scan.deletionHolder.startsWith(QLatin1String("hubdeck")) ? *scan.deletionRunning : 0;
    const QList<TreeMeasure::Total> totals = TreeMeasure::measure(
        roots, [&](const struct stat &st) { return !boundaries.isRoot(st) && seen.firstTime(st); },
        [inUse, deleter](const struct stat &st) {
            const InUseFiles::Holder *holder = inUse ? inUse->holder(st.st_dev, st.st_ino, deleter) : nullptr;
            return holder ? InUseFiles::describe(*holder) : QString();
        },
        [promise] { return promise && promise->isCanceled(); }, &scan.errors,
        [promise](int done) {
            if (promise)
                promise->setProgressValue(done);
        });

    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const Job &job = jobs.at(i);
        const TreeMeasure::Total &m = totals.at(i);
        HomeEntry &entry = scan.parts[job.part].entries[job.entry];
        entry.sizeOnDisk += m.sizeOnDisk;
        TreeMeasure::addSaturating(entry.apparentSize, m.apparentSize);
        entry.freeable += m.freeable;
        entry.sharedExtents += m.sharedExtents;
        entry.sharedLinks += m.sharedLinks;
        entry.files += m.files;
        entry.holdsFiles = entry.holdsFiles || m.anyFile;
        if (!job.marker) {
            entry.lastAccessed = std::max(entry.lastAccessed, m.lastAccessed);
            entry.lastModified = std::max(entry.lastModified, m.lastModified);
        }
        if (entry.inUse.isEmpty())
            entry.inUse = m.inUse;
        if (!m.unreadable.isEmpty() && entry.keep.isEmpty())
            entry.keep =
                tr("Not all of it can be read (%1): its size counts only what could be, and HubDeck does not delete it.").arg(m.unreadable);
        if (!m.guarded.isEmpty() && entry.deletable())
            entry.keep =
                tr("It holds %1 under another name (%2): HubDeck does not delete it.").arg(m.guarded, anotherName(m.guardedByHardLink));
        if (!m.unremovable.isEmpty() && entry.keep.isEmpty())
            entry.keep = tr("Not all of it can be removed (%1): HubDeck deletes an entry only whole, so it leaves this one as it is.")
                             .arg(m.unremovable);
        if (job.self && unconfirmed.contains(entry.path) && m.marked)
            entry.kind = HomeEntry::Kind::Unknown;
    }
    // A hub repo's times are its blobs', as the Cache page and huggingface_hub's CachedRepoInfo
    // give them: refs/ and .no_exist/ are written on every lookup, which made a repo unused for
    // months read "13 minutes ago" on the Overview (GUI attack B4).
    for (HomeScan::Part &part : scan.parts)
        for (HomeEntry &entry : part.entries)
            if (entry.kind == HomeEntry::Kind::HubRepo)
                if (const std::optional<std::pair<double, double>> times = blobTimes(entry.path)) {
                    entry.lastAccessed = times->first;
                    entry.lastModified = times->second;
                }
    // A stopped deletion's folder that a program wrote into since: the run that finishes it keeps
    // what arrived (AsideFolder), so a plan must not promise it (attack Y2).
    for (HomeScan::Part &part : scan.parts)
        for (HomeEntry &entry : part.entries)
            if (entry.kind == HomeEntry::Kind::InterruptedDeletion)
                if (const std::optional<AsideFolder> aside = AsideFolder::resume(entry.path, [](const QString &path) { return path; })) {
                    QSet<FileIdentity> keptLinked;
                    entry.keptArrivals = std::min(aside->measureKept(&keptLinked, &entry.keptArrivalsApart), entry.freeable);
                    entry.freeable -= entry.keptArrivals;
                    entry.sharedLinks.removeIf([&](const HardLinkShare &link) { return keptLinked.contains(link.file); });
                }
    // What the measure does not tell, one pass over the entries (a few system calls each).
    // The kernel's mount table, not device numbers: a bind mount of the same filesystem keeps
    // its device.
    const MountPoints mounts = MountPoints::current();
    QHash<QString, std::optional<struct stat>> folders; // the folders holding entries, by path
    for (HomeScan::Part &part : scan.parts)
        for (HomeEntry &entry : part.entries) {
            if (struct stat st{}; ::lstat(FileName::encode(entry.path).constData(), &st) == 0) {
                entry.identity = FileIdentity::of(st);
                entry.born = PosixFs::birthTime(entry.path);
                // In a sticky folder (a shared datasets/ of mode 1777) only an entry's owner or
                // the folder's may rename or remove it, whatever its mode (attack Q23).
                const QString folder = QFileInfo(entry.path).path();
                auto around = folders.find(folder);
                if (around == folders.end()) {
                    struct stat dir
                    {
                    };
                    around = folders.insert(
                        folder, ::stat(FileName::encode(folder).constData(), &dir) == 0 ? std::optional<struct stat>(dir) : std::nullopt);
                }
                if (entry.deletable() && *around && !PosixFs::stickyAllows(**around, st))
                    entry.keep = tr("It is another user's (%1) in a sticky folder (%2), where only its owner can rename or remove it: "
                                    "HubDeck does not delete it.")
                                     .arg(PosixFs::userName(st.st_uid), folder);
                // A link where the library keeps a folder (a chunk cache or a dataset moved to a
                // bigger disk by hand) is no foreign file: said as the link it is, which HubDeck
                // neither follows nor deletes inside a part (attack U8: "Not written by a
                // library HubDeck knows", 0 bytes).
                if (S_ISLNK(st.st_mode) && entry.kind == HomeEntry::Kind::Unknown && entry.keep.isEmpty())
                    if (const std::optional<QByteArray> target = PosixFs::readLink(AT_FDCWD, FileName::encode(entry.path)))
                        entry.keep = tr("A link to %1: HubDeck follows no link inside a part, so its size is the link's own and it "
                                        "leaves it alone; clean where it leads with the library that wrote there.")
                                         .arg(FileName::decode(*target));
            }
            // An emptied downloads/ is kept (datasets downloads into it): deleting it would free
            // nothing, so it is not offered (GUI attack G2: "Delete (frees 0 bytes)…").
            if (entry.emptied() && entry.deletable())
                entry.keep = tr("Empty: there is nothing in it to delete. The folder itself stays, as datasets downloads into it.");
            // A folder entry is renamed aside before it is emptied: a name with no room left for
            // the suffix cannot be, so it is not offered (HomeDeletion refuses it with the same reason).
            if (entry.deletable() && entry.kind != HomeEntry::Kind::InterruptedDeletion && !entry.keepsItsFolder() &&
                isDirectory(entry.path) &&
                FileName::encode(QFileInfo(entry.path).fileName() + HomeScanner::deletingSuffix()).size() > NAME_MAX)
                entry.keep = tr("Its name is too long to rename it aside while it is deleted (the filesystem allows %1 bytes): delete it "
                                "yourself.")
                                 .arg(NAME_MAX);
            // An entry with a mount point at or below it is measured across it, as du measures,
            // but the deletion never crosses one (HomeDeletion::obstacle): said here already.
            // A folder whose contents alone go may be a mount point itself.
            for (const QString &path : QStringList{entry.path} + entry.members) {
                const QByteArray resolved = FileName::encode(PosixFs::realLocation(path));
                if (const QByteArray mount =
                        path == entry.path && entry.keepsItsFolder() ? mounts.below(resolved) : mounts.atOrBelow(resolved);
                    entry.deletable() && !mount.isEmpty())
                    entry.keep = tr("It holds another mounted filesystem (%1): its size counts what is mounted there, as du counts "
                                    "it, and HubDeck does not delete across it.")
                                     .arg(FileName::decode(mount));
            }
        }
    // The folders that hold entries without being one (the part's root, xet's endpoint
    // folders, assets' library folders) count in the part, as du counts them: their own
    // inodes only, what they hold being in the entries. One measure for every part.
    QList<TreeMeasure::Root> holders;
    QList<int> holderPart;
    for (int p = 0; p < scan.parts.size(); ++p) {
        const HomeScan::Part &part = scan.parts.at(p);
        if (!part.exists || !part.sameFolderAs.isEmpty()) // that folder counts in the first part at it
            continue;
        QSet<QString> dirs{part.path};
        for (const HomeEntry &entry : part.entries) {
            QStringList paths = entry.members;
            paths.prepend(entry.path);
            for (const QString &path : std::as_const(paths))
                for (QString dir = QFileInfo(path).path(); dir.size() > part.path.size() && dir.startsWith(part.path + u'/');
                     dir = QFileInfo(dir).path())
                    dirs.insert(dir);
        }
        // An entry that keeps its folder (datasets' downloads/) leaves that folder's own blocks to
        // the part, also when nothing below it is an entry (no extracted/): a large folder keeps
        // its size after its files go, and du counts it.
        for (const HomeEntry &entry : part.entries)
            if (folderLeftToPart.contains(entry.path))
                dirs.insert(entry.path);
            else
                dirs.remove(entry.path);
        for (const QString &dir : std::as_const(dirs)) {
            holders.append({dir, {}, true, false});
            holderPart.append(p);
        }
        // A part reached through a link: the link counts (as du of HF_HOME counts it), and so
        // does the folder it leads to, as du of that folder counts it.
        if (!part.linkTarget.isEmpty()) {
            holders.append({part.linkTarget, {}, true, false});
            holderPart.append(p);
        }
    }
    const QList<TreeMeasure::Total> held = TreeMeasure::measure(
        holders, [&](const struct stat &st) { return seen.firstTime(st); }, {}, {}, nullptr);
    for (qsizetype i = 0; i < held.size(); ++i) {
        scan.parts[holderPart.at(i)].sizeOnDisk += held.at(i).sizeOnDisk;
        TreeMeasure::addSaturating(scan.parts[holderPart.at(i)].apparentSize, held.at(i).apparentSize);
    }
    // What another process's deletion has renamed aside or marked looks like a stopped deletion,
    // which it is not: offered, it would be refused by that run's lock (attack Q6: the Overview
    // offered it, "each entry can be deleted whole"). Kept, and said why, until that run ends.
    if (scan.deletionRunning) {
        const qint64 pid = *scan.deletionRunning;
        const QString &holder = scan.deletionHolder;
        for (HomeScan::Part &part : scan.parts)
            for (HomeEntry &entry : part.entries)
                if ((entry.kind == HomeEntry::Kind::InterruptedDeletion || entry.removalInterrupted) && entry.keep.isEmpty()) {
                    // Another program's flock on a part's folder (a script's flock(1)) deletes
                    // nothing: the entry is a stopped deletion, which waits for that lock (T7).
                    if (pid > 0 && !holder.isEmpty() && !holder.startsWith(QLatin1String("hubdeck"))) {
                        entry.keep =
                            tr("Kept while another program (%1, pid %2) holds a lock on this home's folders.").arg(holder).arg(pid);
                        continue;
                    }
                    // Not "stopped part-way … deleting it again finishes it": it is going now (S8).
                    entry.beingDeleted = true;
                    entry.removalInterrupted = false;
                    entry.keep = pid <= 0           ? tr("Being deleted now by another process: it is shown as it stands until that "
                                                                   "deletion ends.")
                                 : holder.isEmpty() ? tr("Being deleted now by another process (pid %1): it is shown as it stands "
                                                         "until that deletion ends.")
                                                          .arg(pid)
                                                    : tr("Being deleted now by %1 (pid %2): it is shown as it stands until that "
                                                         "deletion ends.")
                                                          .arg(holder)
                                                          .arg(pid);
                }
    }
    // Another program's flock on a part's own folder: what the part holds waits for it, as a
    // deletion there would be refused; the rest of the home does not (attack report 17, F9).
    if (!scan.deletionRunning) {
        const QHash<QString, qint64> &locked = locks.partsByOthers;
        for (HomeScan::Part &part : scan.parts) {
            const auto lock = locked.constFind(part.path);
            if (lock == locked.cend())
                continue;
            part.lockedByPid = *lock;
            part.lockedBy = HomeDeletion::holderName(*lock);
            for (HomeEntry &entry : part.entries)
                if (entry.deletable())
                    entry.keep = tr("Kept while another program (%1, pid %2) holds a lock on %3.")
                                     .arg(part.lockedBy)
                                     .arg(part.lockedByPid)
                                     .arg(part.path);
        }
    }
    for (HomeScan::Part &part : scan.parts) {
        for (const HomeEntry &entry : std::as_const(part.entries)) {
            part.sizeOnDisk += entry.sizeOnDisk;
            TreeMeasure::addSaturating(part.apparentSize, entry.apparentSize);
        }
        std::stable_sort(part.entries.begin(), part.entries.end(),
                         [](const HomeEntry &a, const HomeEntry &b) { return a.sizeOnDisk > b.sizeOnDisk; });
    }
    qCDebug(lcHome) << "scanned" << scan.root << jobs.size() << "entries," << scan.sizeOnDisk() << "bytes on disk";
    return scan;
}

QString HomeScanner::kindLabel(const HomeEntry &entry)
{
    return entry.beingDeleted ? tr("being deleted") : kindLabel(entry.kind);
}

QString HomeScanner::kindLabel(HomeEntry::Kind kind)
{
    switch (kind) {
    case HomeEntry::Kind::HubRepo:
        return tr("repo");
    case HomeEntry::Kind::HubOther:
        return tr("hub cache");
    case HomeEntry::Kind::XetChunkCache:
        return tr("chunk cache");
    case HomeEntry::Kind::XetShardCache:
        return tr("shard cache");
    case HomeEntry::Kind::XetStaging:
        return tr("upload staging");
    case HomeEntry::Kind::XetLogs:
        return tr("logs");
    case HomeEntry::Kind::XetEmptyEndpoint:
        return tr("empty endpoint folder");
    case HomeEntry::Kind::DatasetsDownloads:
        return tr("downloads");
    case HomeEntry::Kind::DatasetsExtracted:
        return tr("extracted archives");
    case HomeEntry::Kind::DatasetArrowCache:
        return tr("dataset cache");
    case HomeEntry::Kind::DatasetsLocks:
        return tr("lock files");
    case HomeEntry::Kind::DatasetsEmptyBuilder:
        return tr("empty builder folder");
    case HomeEntry::Kind::Assets:
        return tr("assets");
    case HomeEntry::Kind::Module:
        return tr("modules");
    case HomeEntry::Kind::LegacyFile:
        return tr("legacy download");
    case HomeEntry::Kind::InterruptedDeletion:
        return tr("interrupted deletion");
    case HomeEntry::Kind::KeptArrivals:
        return tr("kept from a deletion");
    case HomeEntry::Kind::Credentials:
        return tr("credentials");
    case HomeEntry::Kind::Unknown:
        break;
    }
    return tr("other");
}

bool HomeScanner::notSetAside(const QString &folder)
{
    return ::lgetxattr(FileName::encode(folder).constData(), setAsideAttribute(), nullptr, 0) < 0 && errno == ENODATA;
}

QList<QByteArray> HomeScanner::keptExtractedNames()
{
    QList<QByteArray> names{QByteArrayLiteral("extracted") + FileName::encode(keptSuffix())};
    for (int i = 2; i < 10; ++i)
        names.append(names.first() + '-' + QByteArray::number(i));
    return names;
}

QString HomeScanner::removingMarker(const QString &entryPath)
{
    const qsizetype slash = entryPath.lastIndexOf(u'/');
    return entryPath.left(slash + 1) + removingPrefix() + entryPath.mid(slash + 1);
}

QString HomeScanner::unusable(const HfHome &home)
{
    if (const QStringList empty = home.emptyVariables(); empty == QStringList{QStringLiteral("HF_TOKEN_PATH")})
        return tr("Set but empty: HF_TOKEN_PATH. The Hugging Face libraries then keep the access token relative to whatever folder "
                  "they run in, which HubDeck cannot tell; set it to a file, or unset it.");
    else if (!empty.isEmpty())
        return tr("Set but empty: %1. The Hugging Face libraries then keep their caches relative to whatever folder they run in, "
                  "which HubDeck cannot tell; set it to a folder, or unset it.")
            .arg(empty.join(QStringLiteral(", ")));
    const QString root = home.root(); // raw: the front end escapes the whole line once
    if (const QString what = notAFolderThere(home.root()); !what.isEmpty())
        return tr("HF_HOME %1 %2: no Hugging Face library can keep its caches there.").arg(root, what);
    struct stat st
    {
    };
    const bool there = ::lstat(FileName::encode(home.root()).constData(), &st) == 0;
    if (!there && errno != ENOENT)
        return tr("HF_HOME %1 cannot be reached: %2.").arg(root, PosixFs::errorString(errno));
    // A home this user cannot enter (left by `sudo python …` with umask 077): its parts look
    // missing from outside, and it was listed as empty, "not on disk" (attack R12).
    if (there && ::faccessat(AT_FDCWD, FileName::encode(home.root()).constData(), R_OK | X_OK, AT_EACCESS) != 0 && errno != ENOENT) {
        const int error = errno;
        struct stat folder
        {
        };
        const bool others = ::stat(FileName::encode(home.root()).constData(), &folder) == 0 && folder.st_uid != ::geteuid();
        return others ? tr("HF_HOME %1 cannot be read: %2 (it belongs to %3). Run as that user, or give it back to yours "
                           "(sudo chown -R).")
                            .arg(root, PosixFs::errorString(error), PosixFs::userName(folder.st_uid))
                      : tr("HF_HOME %1 cannot be read: %2.").arg(root, PosixFs::errorString(error));
    }
    if (!there) {
        // Not there yet: the libraries make it (os.makedirs) unless what is on the way cannot
        // hold it, a link to nowhere above it most of all, which lstat of HF_HOME only says is
        // missing (attack P11: "Nothing is there yet" for a home no library can make).
        for (QString above = QFileInfo(root).path(); !above.isEmpty() && above != u'/'; above = QFileInfo(above).path()) {
            if (::lstat(FileName::encode(above).constData(), &st) != 0) {
                if (errno == ENOENT)
                    continue;
                return tr("HF_HOME %1 cannot be reached: %2.").arg(root, PosixFs::errorString(errno));
            }
            if (const QString what = notAFolderThere(above); !what.isEmpty())
                return tr("HF_HOME %1 cannot be made: %2 on the way %3.").arg(root, above, what);
            break;
        }
    }
    return {};
}

QHash<FileIdentity, QString> HomeScanner::guardedIdentities(const HfHome &home)
{
    QHash<FileIdentity, QString> guarded;
    const auto guard = [&](const QString &path, const QString &what) {
        if (struct stat st{}; !path.isEmpty() && ::stat(FileName::encode(path).constData(), &st) == 0)
            guarded.insert(FileIdentity::of(st), what);
    };
    for (const HfHome::Part &part : home.parts())
        guard(part.path, tr("the %1 part's folder (%2)").arg(HfHome::kindName(part.kind), part.path));
    guard(home.root(), tr("the Hugging Face home's folder (%1)").arg(home.root()));
    for (const QString &path : home.protectedPaths()) // last: a token wins over a folder's words
        guard(path, tr("your access token %1").arg(path));
    return guarded;
}

QString HomeScanner::anotherName(bool hardLink)
{
    return hardLink ? tr("a hard link") : tr("a bind mount");
}

QString HomeScanner::removalInterruptedNote()
{
    return tr("A deletion of it was stopped part-way: some of it may be gone. Deleting it again finishes that deletion.");
}

QString HomeScanner::costOfDeleting(const HomeEntry &entry)
{
    // A downloads folder moved by its variable is one entry with its extracted/ (attack F7: the
    // sentence said so of datasets/downloads too, whose extracted/ stays).
    if (entry.partRoot && entry.kind == HomeEntry::Kind::DatasetsDownloads)
        return costOfDeleting(entry.kind) + u' ' +
               tr("Its extracted/, the archives unpacked from these downloads, goes with them: they are unpacked again when a "
                  "dataset is prepared.");
    return costOfDeleting(entry.kind);
}

QString HomeScanner::costOfDeleting(HomeEntry::Kind kind)
{
    switch (kind) {
    case HomeEntry::Kind::HubRepo:
        return tr("A repo of the hub cache: delete it on the Cache page or with hubdeck-cli cache rm, which keep shared blobs and refs "
                  "right.");
    case HomeEntry::Kind::HubOther:
        return tr("Part of the hub cache's own structure: the Cache page and hubdeck-cli cache rm and cache prune clean it.");
    case HomeEntry::Kind::XetChunkCache:
        return tr("Chunks of files downloaded through Xet. Deleting it costs nothing but downloading those chunks again "
                  "the next time a file that uses them is fetched.");
    case HomeEntry::Kind::XetShardCache:
        return tr("What Xet knows of files already on the Hub, used to skip data that is already there. Deleting it makes "
                  "the next upload slower (more is sent); it is fetched again as needed.");
    case HomeEntry::Kind::XetStaging:
        return tr("Data of uploads being prepared. Deleting it loses an interrupted upload's progress: that upload starts "
                  "again from the beginning.");
    case HomeEntry::Kind::XetLogs:
        return tr("Logs of the Xet client. Deleting them loses nothing but what they would tell about past transfers.");
    case HomeEntry::Kind::XetEmptyEndpoint:
        return tr("An Xet server's folder with no cache left in it. Deleting it costs nothing: Xet makes it again when it "
                  "next downloads from that server.");
    case HomeEntry::Kind::DatasetsDownloads:
        // Not "prepared datasets keep working": audio and image datasets keep paths into these
        // files in their Arrow cache (huggingface/datasets#5457; attack A16).
        return tr("Raw files load_dataset fetched. Deleting them means downloading them again the next time a dataset "
                  "needs preparing. A prepared dataset of audio or images may read its files from here: it then fails "
                  "until it is prepared again (download_mode=\"force_redownload\").");
    case HomeEntry::Kind::DatasetsExtracted:
        return tr("Archives unpacked from the downloads. Deleting them means unpacking again when a dataset is prepared. "
                  "A prepared dataset of audio or images may read its files from here: it then fails until it is prepared "
                  "again (download_mode=\"force_redownload\").");
    case HomeEntry::Kind::DatasetArrowCache:
        return tr("The dataset as load_dataset prepared it (Arrow files). Deleting it means preparing it again on next "
                  "load, from the hub cache or downloads if they are still there, else from the Hub.");
    case HomeEntry::Kind::DatasetsLocks:
        return tr("Empty lock files datasets left behind. Deleting them costs nothing.");
    case HomeEntry::Kind::DatasetsEmptyBuilder:
        return tr("The folder of one of datasets' packaged builders (parquet, json, csv…) with no prepared dataset left in it. "
                  "Deleting it costs nothing: datasets makes it again when it next prepares one.");
    case HomeEntry::Kind::Assets:
        return tr("Files a library stored with cached_assets_path. Deleting them means that library downloads or "
                  "computes them again.");
    case HomeEntry::Kind::Module:
        return tr("Python modules of remote code (trust_remote_code, dataset scripts). Deleting them means fetching "
                  "that code again on next use.");
    case HomeEntry::Kind::LegacyFile:
        return tr("A download of the pre-2022 transformers cache, which current versions no longer read. Deleting "
                  "it costs nothing to current libraries.");
    case HomeEntry::Kind::InterruptedDeletion:
        // Not "no library uses it": a program may have written into it since (GUI attack K2).
        return tr("What a stopped deletion left, under a name no library reads. Deleting it finishes that deletion.");
    case HomeEntry::Kind::KeptArrivals:
        return tr("What a program wrote into an entry while HubDeck deleted it, kept for that program under a name no library "
                  "reads. Deleting it costs nothing once that program is done with it.");
    case HomeEntry::Kind::Credentials:
        return tr("Your access tokens. HubDeck never deletes them; to log out, run hf auth logout (or hubdeck-cli auth logout).");
    case HomeEntry::Kind::Unknown:
        break;
    }
    return tr("Not written by a library HubDeck knows; HubDeck lists it but leaves it alone.");
}

} // namespace hubdeck
