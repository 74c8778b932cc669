// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CacheLocation.h"

#include <QList>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace hubdeck {

// The parts of a Hugging Face home (issue #14), located as the libraries that write them locate
// them: each part's own variable first, then HF_HOME, then $XDG_CACHE_HOME/huggingface, then
// ~/.cache/huggingface (huggingface_hub's constants.py; datasets' config.py for the datasets
// cache; `~` and $VAR expanded as Python's expanduser(expandvars()) does). A part's variable
// may move it out of HF_HOME: it is still that part, found where the library would write it.
class HfHome
{
public:
    enum class Kind {
        Hub,      // HF_HUB_CACHE, HUGGINGFACE_HUB_CACHE; $HF_HOME/hub
        Xet,      // HF_XET_CACHE; $HF_HOME/xet: chunk and shard caches per endpoint, staging, logs
        Datasets, // HF_DATASETS_CACHE; $HF_HOME/datasets: downloads/ and processed Arrow caches
        // HF_DATASETS_DOWNLOADED_DATASETS_PATH, only when set and not <datasets>/downloads:
        // where load_dataset downloads (datasets' config.DOWNLOADED_DATASETS_PATH, the builder's
        // _cache_downloaded_dir), with its archives unpacked into extracted/ inside it.
        // HF_DATASETS_EXTRACTED_DATASETS_PATH, only when set and not an extracted/ above: where
        // datasets' cached_path unpacks archives when it is given no cache folder (ExtractManager).
        // Each is a part that is one entry (its folder emptied, never removed): HomeEntry::partRoot.
        DatasetsDownloads,
        DatasetsExtracted,
        Assets,  // HF_ASSETS_CACHE, HUGGINGFACE_ASSETS_CACHE; $HF_HOME/assets (cached_assets_path)
        Modules, // HF_MODULES_CACHE; $HF_HOME/modules: dynamic modules of remote code
        // TRANSFORMERS_CACHE (else PYTORCH_TRANSFORMERS_CACHE, else PYTORCH_PRETRAINED_BERT_CACHE),
        // only when set and not the hub cache: transformers 4.x downloads every model there, in
        // the hub layout (transformers' utils/hub.py: cached_files' default cache_dir), and
        // before 4.22 in the old layout. Taken as given, as os.getenv gives it to transformers.
        Transformers,
        Legacy, // $HF_HOME/transformers: the pre-2022 transformers cache
    };
    struct Part
    {
        Kind kind;
        QString path;         // absolute, cleaned, as the library would use it
        bool movedByVariable; // its own variable set it (it may lie outside HF_HOME)
    };

    [[nodiscard]] static HfHome locate(const QProcessEnvironment &env = CacheLocation::systemEnvironment());
    // The home that a hub cache named by itself implies (the GUI's --dir): located as above
    // with HF_HUB_CACHE set to that folder. A folder named "hub" is taken to be a home's own
    // ($HF_HOME/hub, the libraries' default layout): its parent is then HF_HOME, so the other
    // parts are looked for beside it unless their own variables say otherwise. hubCache is
    // absolute or taken from the current folder.
    [[nodiscard]] static HfHome forHubCache(const QString &hubCache, const QProcessEnvironment &env = CacheLocation::systemEnvironment());
    // Whether a folder named "hub" is a home's hub cache, so that its parent is that home: it
    // holds a repo folder (models--…, datasets--…, spaces--…) or .locks, or its parent holds
    // what only a Hugging Face home holds (token, stored_tokens, xet). A project's own hub/
    // beside its assets/ and datasets/ is not (attack Q20: `home rm assets --dir PROJECT/hub`
    // deleted the project's assets). Reads two folder listings; changes nothing.
    [[nodiscard]] static bool isHomesHub(const QString &hubDir);
    // The folders right inside `folder` (links not followed), absolute, listed with O_NOATIME
    // where allowed: a front end that watches them records no access on the parts (attack R5:
    // the Overview's watch made every part look just used to an atime-based cleaner).
    [[nodiscard]] static QStringList childFolders(const QString &folder);
    // Whether a folder holds what only the Hugging Face libraries write in a home: a token file
    // holding a Hugging Face token ("hf_…", or an old "api_…"), a stored_tokens file with an
    // hf_token entry (as huggingface_hub's _login.py writes them), a hub cache with a repo (isHomesHub's rule), an xet endpoint with its
    // caches, datasets' downloads/ or a processed dataset (<org>___<name>), a library's
    // dynamic modules, or the legacy transformers cache (a download named as
    // legacyDownloadName() says, with its .json beside it). A folder given by hand as the home (`home ls/rm --dir`) must, or a
    // project's assets/ would be offered as the home's (attack R9: `home rm assets --dir .`
    // in a web project deleted its icons). assets/ alone is no mark: too many projects have
    // one. Also true of a folder that holds nothing (missing, empty, only empty folders, or that cannot be listed:
    // HomeScanner::unusable says why), which has nothing to offer. Reads a few folder
    // listings; changes nothing.
    [[nodiscard]] static bool mayBeHome(const QString &folder);
    // The home whose part folder (xet/, datasets/, assets/, modules/, transformers/ by name; a
    // trailing "/" or "/." allowed) this is, as its hub/ names it: the parent, when that holds
    // what only a home holds (a token, a hub/ with a repo, an xet/ with an endpoint) and the
    // folder is not a home itself (no hub/, xet/, token or stored_tokens of its own); else empty.
    // `--dir ~/.cache/huggingface/datasets` means that home (attack A9).
    [[nodiscard]] static QString homeOfPartFolder(const QString &folder);
    // The libraries that keep dynamic modules of remote code in HF_MODULES_CACHE, as
    // "<library>_modules" (transformers' dynamic_module_utils, datasets' load.py, evaluate,
    // diffusers).
    [[nodiscard]] static const QStringList &librariesWithModules();
    // Whether a folder of datasets' cache with this name is one of the builders datasets ships
    // (datasets/packaged_modules, with generator and spark, which Dataset.from_generator and
    // from_spark use). Each writes its caches under its own name, "<builder>/<config id>/
    // <version>/<hash>/", one config id per set of data files: "default-<hash>" for local files
    // (load_dataset("parquet", data_files=…)), and, in datasets < 2.14, also
    // "<namespace>--<name>-<hash>" for every Hub dataset without a script.
    [[nodiscard]] static bool isPackagedBuilder(const QString &name);
    // A download of the pre-2022 transformers cache (file_utils.url_to_filename): the sha256 of
    // its URL, then "." and the sha256 (or a shorter hash) of its ETag, ".h5" for TF weights.
    [[nodiscard]] static const QRegularExpression &legacyDownloadName();

    [[nodiscard]] QString root() const { return m_root; } // HF_HOME
    [[nodiscard]] const QList<Part> &parts() const { return m_parts; }
    [[nodiscard]] QString path(Kind kind) const;
    // Credentials, never offered for deletion: HF_TOKEN_PATH or $HF_HOME/token, and
    // stored_tokens beside it (huggingface_hub's HF_STORED_TOKENS_PATH).
    [[nodiscard]] QString tokenPath() const { return m_tokenPath; }
    [[nodiscard]] QString storedTokensPath() const { return m_storedTokensPath; }
    // HubDeck's record of the active token's stored name, beside the token file
    // (HubCredentials::activeTokenNamePath): listed and kept with the credentials.
    [[nodiscard]] QString activeTokenNamePath() const { return activeTokenNamePathBeside(m_tokenPath); }
    [[nodiscard]] static QString activeTokenNamePathBeside(const QString &tokenPath);
    // The credentials above, in that order.
    [[nodiscard]] QStringList credentialPaths() const { return {m_tokenPath, m_storedTokensPath, activeTokenNamePath()}; }
    // Credentials of another home to keep as well, though this home does not list them: a home
    // named on the command line (`--dir`) is located without the environment, whose token
    // (HF_TOKEN_PATH, or its own HF_HOME's) may still lie inside it.
    void alsoProtect(const QStringList &paths) { m_alsoProtected += paths; }
    // credentialPaths() and those: what no deletion in this home may remove (CredentialFiles).
    [[nodiscard]] QStringList protectedPaths() const { return credentialPaths() + m_alsoProtected; }

    // Variables that are set but empty where the libraries read them ("HF_HOME", "HF_XET_CACHE",
    // "XDG_CACHE_HOME" when HF_HOME is unset...): os.getenv(NAME, default) takes "" as given,
    // a path relative to whatever folder the library runs in, which HubDeck cannot know. The
    // paths above take the default instead; front ends refuse to show or clean such a home
    // (HomeScanner::unusable).
    [[nodiscard]] const QStringList &emptyVariables() const { return m_emptyVariables; }
    // The names of the chunk and shard caches in each xet endpoint's folder: "chunk-cache" and
    // "shard-cache", or what HF_XET_CHUNK_CACHE_SUBDIR and HF_XET_SHARD_CACHE_SUBDIR say.
    [[nodiscard]] QString xetChunkCache() const { return m_xetChunkCache; }
    [[nodiscard]] QString xetShardCache() const { return m_xetShardCache; }
    // "hub", "xet", "datasets", "datasets-downloads", "datasets-extracted", "assets", "modules",
    // "transformers", "legacy": the JSON's "kind".
    [[nodiscard]] static QString kindName(Kind kind);

private:
    QString m_root;
    QList<Part> m_parts;
    QString m_tokenPath;
    QString m_storedTokensPath;
    QStringList m_emptyVariables;
    QStringList m_alsoProtected;
    QString m_xetChunkCache = QStringLiteral("chunk-cache");
    QString m_xetShardCache = QStringLiteral("shard-cache");
};

} // namespace hubdeck
