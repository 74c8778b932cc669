// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HfHome.h"

#include "CacheLocation.h"
#include "FileIdentity.h"
#include "FileName.h"
#include "internal/PosixFs.h"
#include "QuietFile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <sys/stat.h>

namespace hubdeck {

namespace {

// Absolute and cleaned as the kernel takes the path: "." and "//" dropped, but ".." taken after
// the links before it, as open() takes it (the libraries use these paths as given), so "L/.."
// with L a link is where L leads, up one, not the folder that holds L.
QString clean(const QString &path)
{
    const QString absolute = QDir::isAbsolutePath(path) ? path : QDir::currentPath() + u'/' + path;
    const QStringList parts = absolute.split(u'/');
    const qsizetype up = parts.lastIndexOf(QStringLiteral(".."));
    if (up < 0)
        return QDir::cleanPath(absolute);
    const QString real = PosixFs::realPath(parts.mid(0, up + 1).join(u'/'));
    if (real.isEmpty())
        return QDir::cleanPath(absolute); // not there: nothing to follow
    return QDir::cleanPath(real + u'/' + parts.mid(up + 1).join(u'/'));
}

// The first of the variables that is set and not empty, expanded; empty when none is. The first
// one set, when it is empty, goes to *empty: the libraries read `os.getenv(NAME, default)`,
// which takes "" as given (a path relative to whatever folder they run in), where HubDeck
// takes the default and says so (HfHome::emptyVariables).
QString fromVariables(const QProcessEnvironment &env, std::initializer_list<const char *> names, QStringList *empty)
{
    bool first = true;
    for (const char *name : names) {
        const QString variable = QString::fromLatin1(name);
        if (!env.contains(variable))
            continue;
        if (const QString value = env.value(variable); !value.isEmpty())
            return CacheLocation::expand(value, env);
        if (first && empty)
            empty->append(variable);
        first = false;
    }
    return {};
}

} // namespace

HfHome HfHome::locate(const QProcessEnvironment &env)
{
    HfHome home;
    home.m_root = clean(CacheLocation::hfHome(env));
    (void)fromVariables(env, {"HF_HOME", "XDG_CACHE_HOME"}, &home.m_emptyVariables);
    const auto add = [&](Kind kind, std::initializer_list<const char *> variables, const QString &folder) {
        const QString moved = fromVariables(env, variables, &home.m_emptyVariables);
        home.m_parts.append({kind, clean(moved.isEmpty() ? home.m_root + u'/' + folder : moved), !moved.isEmpty()});
    };
    add(Kind::Hub, {"HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"}, QStringLiteral("hub"));
    // datasets (config.py: HF_CACHE_HOME, HF_DATASETS_CACHE) and xet-core (xet_cache_root:
    // HF_XET_CACHE, else $HF_HOME/xet, else $XDG_CACHE_HOME/huggingface/xet, through
    // normalized_path_from_user_string) find their folders expanding "~" alone, where
    // huggingface_hub expands variables too: a "$" in the value (as a systemd unit or an .env
    // file leaves it) is a folder of that name to load_dataset and hf_xet, and that folder is
    // the one they fill (attacks R6, A17).
    const auto tildeOnly = [&](const char *variable, const QString &folder) {
        if (const QString own = env.value(QString::fromLatin1(variable)); !own.isEmpty()) {
            if (own.contains(u'$'))
                home.m_parts.last().path = clean(CacheLocation::expandUser(own, env));
            return;
        }
        const QString homeValue = env.value(QStringLiteral("HF_HOME"));
        const QString xdg = env.value(QStringLiteral("XDG_CACHE_HOME"));
        const QString base =
            !homeValue.isEmpty() ? homeValue : (xdg.isEmpty() ? QStringLiteral("~/.cache") : xdg) + QStringLiteral("/huggingface");
        if (base.contains(u'$')) {
            home.m_parts.last().path = clean(CacheLocation::expandUser(base, env) + u'/' + folder);
            home.m_parts.last().movedByVariable = true;
        }
    };
    add(Kind::Xet, {"HF_XET_CACHE"}, QStringLiteral("xet"));
    tildeOnly("HF_XET_CACHE", QStringLiteral("xet"));
    add(Kind::Datasets, {"HF_DATASETS_CACHE"}, QStringLiteral("datasets"));
    tildeOnly("HF_DATASETS_CACHE", QStringLiteral("datasets"));
    // xet-core names the caches inside an endpoint's folder as these say (its config groups
    // chunk_cache.subdir, shard.cache_subdir); a name that is no single folder name is left to
    // the default, whose folders a listing still tells apart.
    for (const auto &[variable, name] :
         {std::pair{"HF_XET_CHUNK_CACHE_SUBDIR", &home.m_xetChunkCache}, std::pair{"HF_XET_SHARD_CACHE_SUBDIR", &home.m_xetShardCache}})
        if (const QString value = env.value(QString::fromLatin1(variable));
            !value.isEmpty() && !value.contains(u'/') && value != u"." && value != u"..")
            *name = value;
    // datasets reads these two as given (config.py: Path(os.getenv(…))); its builder expands
    // "~" in the first (os.path.expanduser), cached_path and ExtractManager nothing in the
    // second. The defaults are folders of the datasets part, listed there.
    // The same folder by another spelling (a linked ~/.cache, a bind mount) is that folder: by
    // device and inode where both are there (attack F3: a second, overlapping part).
    const auto same = [](const QString &a, const QString &b) {
        if (a == b)
            return true;
        struct stat one
        {
        };
        struct stat two
        {
        };
        return ::stat(FileName::encode(a).constData(), &one) == 0 && ::stat(FileName::encode(b).constData(), &two) == 0 &&
               FileIdentity::of(one) == FileIdentity::of(two);
    };
    const QString datasetsDownloads = home.path(Kind::Datasets) + QStringLiteral("/downloads");
    QString downloads = datasetsDownloads;
    if (!fromVariables(env, {"HF_DATASETS_DOWNLOADED_DATASETS_PATH"}, &home.m_emptyVariables).isEmpty()) {
        const QString own = clean(CacheLocation::expandUser(env.value(QStringLiteral("HF_DATASETS_DOWNLOADED_DATASETS_PATH")), env));
        if (!same(own, datasetsDownloads)) {
            home.m_parts.append({Kind::DatasetsDownloads, own, true});
            downloads = own;
        }
    }
    if (!fromVariables(env, {"HF_DATASETS_EXTRACTED_DATASETS_PATH"}, &home.m_emptyVariables).isEmpty()) {
        const QString own = clean(env.value(QStringLiteral("HF_DATASETS_EXTRACTED_DATASETS_PATH")));
        if (!same(own, datasetsDownloads + QStringLiteral("/extracted")) && !same(own, downloads + QStringLiteral("/extracted")))
            home.m_parts.append({Kind::DatasetsExtracted, own, true});
    }
    add(Kind::Assets, {"HF_ASSETS_CACHE", "HUGGINGFACE_ASSETS_CACHE"}, QStringLiteral("assets"));
    add(Kind::Modules, {"HF_MODULES_CACHE"}, QStringLiteral("modules"));
    // transformers, diffusers and datasets take HF_MODULES_CACHE as given (os.getenv, then
    // os.makedirs): "~/m" and "$V/m" are folders of those names below the current one, which
    // is where they write their modules (attack A2).
    if (const QString own = env.value(QStringLiteral("HF_MODULES_CACHE")); !own.isEmpty())
        home.m_parts.last().path = clean(own);
    // transformers' own cache: the first of its variables that is set wins, as its chain of
    // os.getenv defaults has it; one set but empty names no folder HubDeck can know (a path
    // relative to wherever the program runs), and the hub cache named again is the hub part.
    for (const char *variable : {"TRANSFORMERS_CACHE", "PYTORCH_TRANSFORMERS_CACHE", "PYTORCH_PRETRAINED_BERT_CACHE"}) {
        if (!env.contains(QString::fromLatin1(variable)))
            continue;
        const QString own = env.value(QString::fromLatin1(variable));
        if (!own.isEmpty() && clean(own) != home.path(Kind::Hub))
            home.m_parts.append({Kind::Transformers, clean(own), true});
        break;
    }
    add(Kind::Legacy, {}, QStringLiteral("transformers"));
    const QString token = fromVariables(env, {"HF_TOKEN_PATH"}, &home.m_emptyVariables);
    home.m_tokenPath = clean(token.isEmpty() ? home.m_root + QStringLiteral("/token") : token);
    home.m_storedTokensPath = QFileInfo(home.m_tokenPath).absolutePath() + QStringLiteral("/stored_tokens");
    return home;
}

namespace {

// A folder's names, listed as the scans list (O_NOATIME where allowed): looking records no
// access. Empty when it cannot be listed.
QList<QByteArray> namesIn(const QString &folder)
{
    QList<PosixFs::Entry> entries;
    const UniqueFd fd = PosixFs::openDir(folder);
    if (fd.isValid())
        (void)PosixFs::listDir(fd.get(), entries);
    QList<QByteArray> result;
    result.reserve(entries.size());
    for (const PosixFs::Entry &entry : std::as_const(entries))
        result.append(entry.name);
    return result;
}

bool anyNameIn(const QString &folder, const std::function<bool(const QByteArray &)> &test)
{
    const QList<QByteArray> names = namesIn(folder);
    return std::any_of(names.cbegin(), names.cend(), test);
}

// What only huggingface_hub writes in a hub cache: a repo folder (<type>s--<org>--<name>) that
// holds its snapshots/, blobs/ or refs/, or .locks holding a repo's lock folder. A folder
// merely named models--x or .locks is not enough (attack R9: made by hand, it passed).
bool holdsHubRepo(const QString &hub)
{
    const auto isRepoName = [](const QByteArray &name) {
        return name.startsWith("models--") || name.startsWith("datasets--") || name.startsWith("spaces--");
    };
    return anyNameIn(hub, [&](const QByteArray &name) {
        const QString path = hub + u'/' + FileName::decode(name);
        if (name == ".locks")
            return anyNameIn(path, isRepoName);
        return isRepoName(name) &&
               anyNameIn(path, [](const QByteArray &inner) { return inner == "snapshots" || inner == "blobs" || inner == "refs"; });
    });
}

// xet-core's cache: an endpoint folder (named after its URL) holding its caches.
bool holdsXetEndpoint(const QString &xet)
{
    return anyNameIn(xet, [&](const QByteArray &name) {
        return (name.startsWith("https___") || name.startsWith("http___")) &&
               anyNameIn(xet + u'/' + FileName::decode(name),
                         [](const QByteArray &inner) { return inner == "chunk-cache" || inner == "shard-cache" || inner == "staging"; });
    });
}

} // namespace

QStringList HfHome::childFolders(const QString &folder)
{
    QStringList folders;
    for (const QByteArray &name : namesIn(folder)) {
        const QString path = folder + u'/' + FileName::decode(name);
        struct stat st
        {
        };
        if (::lstat(FileName::encode(path).constData(), &st) == 0 && S_ISDIR(st.st_mode))
            folders.append(path);
    }
    return folders;
}

bool HfHome::isHomesHub(const QString &hubDir)
{
    if (holdsHubRepo(hubDir))
        return true;
    const QString home = QFileInfo(hubDir).path();
    return PosixFs::isRegularFile(home + QStringLiteral("/token")) || PosixFs::isRegularFile(home + QStringLiteral("/stored_tokens")) ||
           holdsXetEndpoint(home + QStringLiteral("/xet"));
}

// What only a Hugging Face home holds, whatever its datasets/ or modules/ hold: a token as
// `hf auth login` writes it, a hub/ with a repo, an xet/ with an endpoint (mayBeHome's rule).
static bool holdsHomeMarks(const QString &folder)
{
    // A token may be a link to the real file (dotfiles kept elsewhere).
    const auto isFile = [](const QString &path) {
        struct stat st
        {
        };
        return ::stat(FileName::encode(path).constData(), &st) == 0 && S_ISREG(st.st_mode);
    };
    // Only a token as `hf auth login` writes it: many tools keep a file named "token" (CI, API
    // clients), and a web project with one was taken for a home whose assets/ could be deleted
    // (attack A7). Read without touching its access time (QuietFile).
    const auto holdsToken = [&](const QString &path, const QByteArray &mark) {
        if (!isFile(path))
            return false;
        const std::optional<QByteArray> head = QuietFile::readHead(path, 512, nullptr);
        return head && (mark.isEmpty() ? head->trimmed().startsWith("hf_") || head->trimmed().startsWith("api_") : head->contains(mark));
    };
    if (holdsToken(folder + QStringLiteral("/token"), {}) || holdsToken(folder + QStringLiteral("/stored_tokens"), "hf_token"))
        return true;
    // The parts as real folders, never links (a project's hub -> ~/.cache/huggingface/hub would
    // make the project a home: attack S5), holding what the libraries write.
    const QString hub = folder + QStringLiteral("/hub");
    const QString xet = folder + QStringLiteral("/xet");
    if ((PosixFs::isFolder(hub) && holdsHubRepo(hub)) || (PosixFs::isFolder(xet) && holdsXetEndpoint(xet)))
        return true;
    return false;
}

QString HfHome::homeOfPartFolder(const QString &given)
{
    // "datasets/" (a shell's completion) and "datasets/." are that folder; ".." stays as given,
    // as the kernel takes it after a link (clean()).
    const QString folder = given.split(u'/').contains(QStringLiteral("..")) ? given : QDir::cleanPath(given);
    static const QStringList partFolders{QStringLiteral("xet"), QStringLiteral("datasets"), QStringLiteral("assets"),
                                         QStringLiteral("modules"), QStringLiteral("transformers")};
    static const QStringList homeMarks{QStringLiteral("hub"), QStringLiteral("xet"), QStringLiteral("token"),
                                       QStringLiteral("stored_tokens")};
    const QFileInfo info(folder);
    if (!partFolders.contains(info.fileName()) || !PosixFs::isFolder(folder))
        return {};
    if (std::any_of(homeMarks.cbegin(), homeMarks.cend(), [&](const QString &mark) {
            struct stat st
            {
            };
            return ::lstat(FileName::encode(folder + u'/' + mark).constData(), &st) == 0;
        }))
        return {};
    // The parent must be a home by what only a home holds: a project's folder that holds a
    // datasets cache (HF_DATASETS_CACHE=proj/datasets) is not one, and its assets/ would be
    // offered (attack C1).
    return holdsHomeMarks(info.path()) ? info.path() : QString();
}

bool HfHome::mayBeHome(const QString &folder)
{
    // Nothing to offer: empty, or only empty folders (parts made before anything was stored).
    const QList<QByteArray> names = namesIn(folder);
    if (std::all_of(names.cbegin(), names.cend(), [&](const QByteArray &name) {
            const QString path = folder + u'/' + FileName::decode(name);
            return PosixFs::isFolder(path) && namesIn(path).isEmpty();
        }))
        return true;
    if (holdsHomeMarks(folder))
        return true;
    // datasets: downloads/ holding a download (named by a sha256, with its .json and .lock),
    // or a processed dataset <org>___<name>/<config>/<version>/<hash>/dataset_info.json, or one
    // a packaged builder prepared, <builder>/<config id>/<version>/<hash>/dataset_info.json. A
    // project's datasets/downloads/train.csv is neither (attack S5).
    const QString datasets = folder + QStringLiteral("/datasets");
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}"));
    if (PosixFs::isFolder(datasets + QStringLiteral("/downloads")) &&
        anyNameIn(datasets + QStringLiteral("/downloads"),
                  [](const QByteArray &name) { return sha256.match(QString::fromLatin1(name)).hasMatch(); }))
        return true;
    const auto holdsDatasetInfo = [](const QString &dataset) {
        for (const QString &config : childFolders(dataset))
            for (const QString &version : childFolders(config))
                for (const QString &hash : childFolders(version))
                    if (PosixFs::isRegularFile(hash + QStringLiteral("/dataset_info.json")))
                        return true;
        return false;
    };
    if (PosixFs::isFolder(datasets))
        for (const QString &dataset : childFolders(datasets))
            if (const QString name = QFileInfo(dataset).fileName();
                (name.contains(QLatin1String("___")) || isPackagedBuilder(name)) && holdsDatasetInfo(dataset))
                return true;
    // The legacy transformers cache: a download beside its .json, by their names alone (attack
    // S6: a home holding only that cache was refused).
    const QString legacy = folder + QStringLiteral("/transformers");
    if (PosixFs::isFolder(legacy) && anyNameIn(legacy, [&legacy](const QByteArray &name) {
            const QString download = QString::fromLatin1(name);
            return legacyDownloadName().match(download).hasMatch() &&
                   PosixFs::isRegularFile(legacy + u'/' + download + QStringLiteral(".json"));
        }))
        return true;
    // Dynamic modules of remote code: <library>_modules folders.
    const QString modules = folder + QStringLiteral("/modules");
    if (!PosixFs::isFolder(modules))
        return false;
    for (const QString &module : childFolders(modules)) {
        const QString name = QFileInfo(module).fileName();
        if (name.endsWith(QLatin1String("_modules")) && librariesWithModules().contains(name.chopped(8)))
            return true;
    }
    return false;
}

bool HfHome::isPackagedBuilder(const QString &name)
{
    static const QSet<QString> builders{QStringLiteral("arrow"),       QStringLiteral("audiofolder"), QStringLiteral("csv"),
                                        QStringLiteral("generator"),   QStringLiteral("imagefolder"), QStringLiteral("json"),
                                        QStringLiteral("pandas"),      QStringLiteral("parquet"),     QStringLiteral("pdffolder"),
                                        QStringLiteral("spark"),       QStringLiteral("sql"),         QStringLiteral("text"),
                                        QStringLiteral("videofolder"), QStringLiteral("webdataset"),  QStringLiteral("xml")};
    return builders.contains(name);
}

const QStringList &HfHome::librariesWithModules()
{
    static const QStringList libraries{QStringLiteral("transformers"), QStringLiteral("datasets"), QStringLiteral("evaluate"),
                                       QStringLiteral("diffusers")};
    return libraries;
}

const QRegularExpression &HfHome::legacyDownloadName()
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}(\\.[0-9a-f]{8,64})?(\\.h5)?$"));
    return pattern;
}

HfHome HfHome::forHubCache(const QString &hubCache, const QProcessEnvironment &env)
{
    const QString hub = QDir::cleanPath(QDir::current().absoluteFilePath(hubCache));
    QProcessEnvironment implied = env;
    implied.remove(QStringLiteral("HUGGINGFACE_HUB_CACHE"));
    implied.insert(QStringLiteral("HF_HUB_CACHE"), hub);
    if (QFileInfo(hub).fileName() == u"hub" && isHomesHub(hub)) {
        implied.insert(QStringLiteral("HF_HOME"), QFileInfo(hub).path());
        return locate(implied);
    }
    if (QFileInfo(hub + QStringLiteral("/hub")).isDir()) {
        // A home given where a hub cache was asked for (`hubdeck --dir ~/.cache/huggingface`):
        // a hub cache never holds a folder named hub, a home does. The home is that folder, not
        // its parts listed as hub entries under the environment's home.
        implied.insert(QStringLiteral("HF_HOME"), hub);
        implied.insert(QStringLiteral("HF_HUB_CACHE"), hub + QStringLiteral("/hub"));
        return locate(implied);
    }
    // Nothing in it named like a repo (models--…, .locks): not a hub cache. A home with no hub/
    // yet (its marks, as the CLI's --dir asks: mayBeHome) is that home; anything else (a web
    // project) is neither, and the Overview stays on the environment's home rather than list the
    // folder's files as the hub cache's (attack R10: three meanings of one --dir). The Cache page
    // says why the folder is no hub cache (CacheScanner).
    const QList<QByteArray> names = namesIn(hub);
    const bool repoLike =
        std::any_of(names.cbegin(), names.cend(), [](const QByteArray &name) { return name.contains("--") || name == ".locks"; });
    if (!names.isEmpty() && !repoLike) {
        // A home's xet/, datasets/… folder names that home, as its hub/ does (attack A9).
        if (const QString home = homeOfPartFolder(hub); !home.isEmpty()) {
            implied.insert(QStringLiteral("HF_HOME"), home);
            implied.insert(QStringLiteral("HF_HUB_CACHE"), home + QStringLiteral("/hub"));
            return locate(implied);
        }
        if (!mayBeHome(hub))
            return locate(env);
        implied.insert(QStringLiteral("HF_HOME"), hub);
        implied.insert(QStringLiteral("HF_HUB_CACHE"), hub + QStringLiteral("/hub"));
    }
    return locate(implied);
}

QString HfHome::path(Kind kind) const
{
    for (const Part &part : m_parts)
        if (part.kind == kind)
            return part.path;
    return {};
}

QString HfHome::activeTokenNamePathBeside(const QString &tokenPath)
{
    return QFileInfo(tokenPath).absolutePath() + QStringLiteral("/.hubdeck-active-token-name");
}

QString HfHome::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Hub:
        return QStringLiteral("hub");
    case Kind::Xet:
        return QStringLiteral("xet");
    case Kind::Datasets:
        return QStringLiteral("datasets");
    case Kind::DatasetsDownloads:
        return QStringLiteral("datasets-downloads");
    case Kind::DatasetsExtracted:
        return QStringLiteral("datasets-extracted");
    case Kind::Assets:
        return QStringLiteral("assets");
    case Kind::Modules:
        return QStringLiteral("modules");
    case Kind::Transformers:
        return QStringLiteral("transformers");
    case Kind::Legacy:
        return QStringLiteral("legacy");
    }
    return {};
}

} // namespace hubdeck
