// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HfHome.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace hubdeck;

// Where each part of a Hugging Face home is, for every way the environment can say it
// (huggingface_hub's constants.py, datasets' config.py).
class TestHfHome : public QObject
{
    Q_OBJECT

    static QProcessEnvironment env(const QList<std::pair<QString, QString>> &values)
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("HOME"), QStringLiteral("/home/ada"));
        for (const auto &[name, value] : values)
            e.insert(name, value);
        return e;
    }

private Q_SLOTS:
    // The GUI's --dir names a hub cache: the Overview shows the home it implies.
    void homeImpliedByAHubCache()
    {
        QTemporaryDir data;
        QVERIFY(QDir().mkpath(data.filePath(QStringLiteral("hf/hub/models--org--name/blobs"))));
        const QString hf = data.filePath(QStringLiteral("hf"));
        const HfHome inHome = HfHome::forHubCache(
            hf + QStringLiteral("/hub"),
            env({{QStringLiteral("HF_HOME"), QStringLiteral("/elsewhere")}, {QStringLiteral("HF_HUB_CACHE"), QStringLiteral("/x")}}));
        QCOMPARE(inHome.root(), hf);
        QCOMPARE(inHome.path(HfHome::Kind::Hub), hf + QStringLiteral("/hub"));
        QCOMPARE(inHome.path(HfHome::Kind::Xet), hf + QStringLiteral("/xet"));
        QCOMPARE(inHome.path(HfHome::Kind::Datasets), hf + QStringLiteral("/datasets"));
        QCOMPARE(inHome.tokenPath(), hf + QStringLiteral("/token"));
        // A part's own variable still says where that part is.
        QCOMPARE(HfHome::forHubCache(hf + QStringLiteral("/hub"), env({{QStringLiteral("HF_XET_CACHE"), QStringLiteral("/fast/xet")}}))
                     .path(HfHome::Kind::Xet),
                 QStringLiteral("/fast/xet"));
        // A project's own hub/ (no repo folder in it, no token or xet beside it) names no home:
        // its assets/ would have been offered (attack Q20).
        QVERIFY(QDir().mkpath(data.filePath(QStringLiteral("site/hub/src"))));
        QVERIFY(QDir().mkpath(data.filePath(QStringLiteral("site/assets/img"))));
        QVERIFY(!HfHome::isHomesHub(data.filePath(QStringLiteral("site/hub"))));
        QVERIFY(HfHome::forHubCache(data.filePath(QStringLiteral("site/hub")), env({})).root() != data.filePath(QStringLiteral("site")));
        QVERIFY(HfHome::isHomesHub(hf + QStringLiteral("/hub")));
        // An empty hub/ beside a token is a home's (not downloaded into yet).
        QVERIFY(QDir().mkpath(data.filePath(QStringLiteral("fresh/hub"))));
        QFile token(data.filePath(QStringLiteral("fresh/token")));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.close();
        QVERIFY(HfHome::isHomesHub(data.filePath(QStringLiteral("fresh/hub"))));
        // A hub cache under another name is only the hub part of the environment's home.
        const HfHome alone =
            HfHome::forHubCache(QStringLiteral("/data/models/"), env({{QStringLiteral("HUGGINGFACE_HUB_CACHE"), QStringLiteral("/y")}}));
        QCOMPARE(alone.root(), QStringLiteral("/home/ada/.cache/huggingface"));
        QCOMPARE(alone.path(HfHome::Kind::Hub), QStringLiteral("/data/models"));
        QCOMPARE(alone.path(HfHome::Kind::Xet), QStringLiteral("/home/ada/.cache/huggingface/xet"));
        // A home given instead of its hub cache (it holds hub/) is that home, its hub/ the hub
        // part; before, its own folders were listed as hub entries (GUI attack G21).
        QTemporaryDir given;
        QVERIFY(QDir().mkpath(given.filePath(QStringLiteral("hub"))));
        const HfHome home = HfHome::forHubCache(given.path(), env({}));
        QCOMPARE(home.root(), given.path());
        QCOMPARE(home.path(HfHome::Kind::Hub), given.filePath(QStringLiteral("hub")));
        QCOMPARE(home.path(HfHome::Kind::Xet), given.filePath(QStringLiteral("xet")));

        // One meaning of --dir, as the CLI's (attack R10): a home with no hub/ yet (an xet cache
        // only) is that home; a web project is neither a hub cache nor a home, and the Overview
        // stays on the environment's home instead of listing its files as the hub cache's.
        QTemporaryDir xetOnly;
        const auto write = [](const QString &path) {
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write("x") == 1);
        };
        write(xetOnly.filePath(QStringLiteral("xet/https___cas-server.xethub.hf.co/chunk-cache/ab/c1")));
        const HfHome xetHome = HfHome::forHubCache(xetOnly.path(), env({}));
        QCOMPARE(xetHome.root(), xetOnly.path());
        QCOMPARE(xetHome.path(HfHome::Kind::Hub), xetOnly.filePath(QStringLiteral("hub")));
        QTemporaryDir project;
        for (const char *file : {"assets/img/icons/svg/logo.svg", "src/main.py", "modules/auth/index.js", "package.json"})
            write(project.filePath(QString::fromLatin1(file)));
        QVERIFY(!HfHome::mayBeHome(project.path()));
        // A file named token is no mark unless it holds a Hugging Face token (attack A7: a
        // project's API token made its assets/ deletable); stored_tokens alike.
        {
            QFile token(project.filePath(QStringLiteral("token")));
            QVERIFY(token.open(QIODevice::WriteOnly) && token.write("some api token\n") > 0);
        }
        {
            QFile stored(project.filePath(QStringLiteral("stored_tokens")));
            QVERIFY(stored.open(QIODevice::WriteOnly) && stored.write("[default]\nkey = abc\n") > 0);
        }
        QVERIFY(!HfHome::mayBeHome(project.path()));
        QTemporaryDir loggedIn;
        {
            QFile token(loggedIn.filePath(QStringLiteral("token")));
            QVERIFY(token.open(QIODevice::WriteOnly) && token.write("hf_abcdefghijklmnopqrstuvwxyz01234567") > 0);
        }
        QVERIFY(HfHome::mayBeHome(loggedIn.path()));
        QTemporaryDir storedOnly;
        {
            QFile stored(storedOnly.filePath(QStringLiteral("stored_tokens")));
            QVERIFY(stored.open(QIODevice::WriteOnly) && stored.write("[work]\nhf_token = hf_abc\n") > 0);
        }
        QVERIFY(HfHome::mayBeHome(storedOnly.path()));
        // A home whose only datasets were prepared by a packaged builder (load_dataset("parquet",
        // data_files=…)); a project's datasets/csv/ of notes is none.
        QTemporaryDir builderOnly;
        write(builderOnly.filePath(QStringLiteral("datasets/parquet/default-1a2b3c4d5e6f7a8b/0.0.0/beef/dataset_info.json")));
        QVERIFY(HfHome::mayBeHome(builderOnly.path()));
        write(project.filePath(QStringLiteral("datasets/csv/notes/2024/q1/report.csv")));
        write(project.filePath(QStringLiteral("datasets/notes/a/b/c/dataset_info.json")));
        QVERIFY(!HfHome::mayBeHome(project.path()));
        const HfHome neither = HfHome::forHubCache(project.path(), env({}));
        QCOMPARE(neither.root(), QStringLiteral("/home/ada/.cache/huggingface"));
        QCOMPARE(neither.path(HfHome::Kind::Hub), QStringLiteral("/home/ada/.cache/huggingface/hub"));
    }

    void defaultsUnderTheHome()
    {
        const HfHome home = HfHome::locate(env({}));
        QCOMPARE(home.root(), QStringLiteral("/home/ada/.cache/huggingface"));
        QStringList kinds, paths;
        for (const HfHome::Part &part : home.parts()) {
            kinds.append(HfHome::kindName(part.kind));
            paths.append(part.path);
            QVERIFY(!part.movedByVariable);
        }
        QCOMPARE(kinds, (QStringList{QStringLiteral("hub"), QStringLiteral("xet"), QStringLiteral("datasets"), QStringLiteral("assets"),
                                     QStringLiteral("modules"), QStringLiteral("legacy")}));
        QCOMPARE(paths,
                 (QStringList{QStringLiteral("/home/ada/.cache/huggingface/hub"), QStringLiteral("/home/ada/.cache/huggingface/xet"),
                              QStringLiteral("/home/ada/.cache/huggingface/datasets"),
                              QStringLiteral("/home/ada/.cache/huggingface/assets"), QStringLiteral("/home/ada/.cache/huggingface/modules"),
                              QStringLiteral("/home/ada/.cache/huggingface/transformers")}));
        QCOMPARE(home.tokenPath(), QStringLiteral("/home/ada/.cache/huggingface/token"));
        QCOMPARE(home.storedTokensPath(), QStringLiteral("/home/ada/.cache/huggingface/stored_tokens"));
    }

    void xdgThenHfHome()
    {
        QCOMPARE(HfHome::locate(env({{QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("/var/cache/ada")}})).path(HfHome::Kind::Xet),
                 QStringLiteral("/var/cache/ada/huggingface/xet"));
        const HfHome home = HfHome::locate(env(
            {{QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("/var/cache/ada")}, {QStringLiteral("HF_HOME"), QStringLiteral("~/hf/")}}));
        QCOMPARE(home.root(), QStringLiteral("/home/ada/hf")); // HF_HOME wins, ~ expanded, the slash dropped
        QCOMPARE(home.path(HfHome::Kind::Datasets), QStringLiteral("/home/ada/hf/datasets"));
    }

    // "~name/…" is that user's home folder, as Python's expanduser reads it (HF_HOME=~hfshared/cache
    // on a shared server); a name no user has stays as given (attack R2: it was taken as a
    // folder "~name" under the current one).
    void tildeNameIsThatUsersHome()
    {
        const struct passwd *me = ::getpwuid(::getuid());
        QVERIFY(me);
        const QString name = QString::fromLocal8Bit(me->pw_name);
        QString dir = QString::fromLocal8Bit(me->pw_dir);
        while (dir.size() > 1 && dir.endsWith(u'/'))
            dir.chop(1);
        const HfHome home = HfHome::locate(env({{QStringLiteral("HF_HOME"), u'~' + name + QStringLiteral("/hf")}}));
        QCOMPARE(home.root(), QDir::cleanPath(dir + QStringLiteral("/hf")));
        QCOMPARE(home.path(HfHome::Kind::Datasets), QDir::cleanPath(dir + QStringLiteral("/hf/datasets")));
        QCOMPARE(CacheLocation::expandUser(u'~' + name, env({})), dir);
        QCOMPARE(CacheLocation::expandUser(QStringLiteral("~no-such-user-hubdeck/hf"), env({})),
                 QStringLiteral("~no-such-user-hubdeck/hf"));
        QCOMPARE(CacheLocation::expandUser(QStringLiteral("~/hf"), env({})), QStringLiteral("/home/ada/hf"));
        // HOME unset: the password database's, as expanduser (attack V4: "/.cache/huggingface").
        QCOMPARE(CacheLocation::expandUser(QStringLiteral("~/hf"), QProcessEnvironment()), QDir::cleanPath(dir + QStringLiteral("/hf")));
        QCOMPARE(CacheLocation::expandUser(QStringLiteral("a/~/hf"), env({})), QStringLiteral("a/~/hf"));
    }

    // datasets expands no variables where huggingface_hub does (datasets/config.py): a "$" left in
    // HF_HOME or HF_DATASETS_CACHE names, for load_dataset, a folder of that name below the
    // folder it runs in, which is where its caches are (attack R6: HubDeck showed another).
    void datasetsExpandsNoVariables()
    {
        const QString here = QDir::currentPath();
        const HfHome viaHome =
            HfHome::locate(env({{QStringLiteral("HF_HOME"), QStringLiteral("$MYH/hf")}, {QStringLiteral("MYH"), QStringLiteral("/data")}}));
        QCOMPARE(viaHome.root(), QStringLiteral("/data/hf"));
        QCOMPARE(viaHome.path(HfHome::Kind::Hub), QStringLiteral("/data/hf/hub"));
        QCOMPARE(viaHome.path(HfHome::Kind::Datasets), here + QStringLiteral("/$MYH/hf/datasets"));
        const HfHome viaXdg =
            HfHome::locate(env({{QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("${C}")}, {QStringLiteral("C"), QStringLiteral("/c")}}));
        // xet-core likewise (xet_cache_root, normalized_path_from_user_string: "~" alone), which
        // finds its own cache: hf_xet is given no folder by huggingface_hub (attack A17).
        QCOMPARE(viaXdg.path(HfHome::Kind::Xet), here + QStringLiteral("/${C}/huggingface/xet"));
        QCOMPARE(viaHome.path(HfHome::Kind::Xet), here + QStringLiteral("/$MYH/hf/xet"));
        QCOMPARE(HfHome::locate(env({{QStringLiteral("HF_XET_CACHE"), QStringLiteral("~/$X/xet")}})).path(HfHome::Kind::Xet),
                 QStringLiteral("/home/ada/$X/xet"));
        QCOMPARE(HfHome::locate(env({{QStringLiteral("HF_XET_CACHE"), QStringLiteral("~/xet")}})).path(HfHome::Kind::Xet),
                 QStringLiteral("/home/ada/xet"));
        QCOMPARE(viaXdg.path(HfHome::Kind::Datasets), here + QStringLiteral("/${C}/huggingface/datasets"));
        const HfHome own = HfHome::locate(
            env({{QStringLiteral("HF_DATASETS_CACHE"), QStringLiteral("~/$X/ds")}, {QStringLiteral("X"), QStringLiteral("x")}}));
        QCOMPARE(own.path(HfHome::Kind::Datasets), QStringLiteral("/home/ada/$X/ds"));
        // Without a "$" both libraries agree, "~" expanded.
        QCOMPARE(HfHome::locate(env({{QStringLiteral("HF_DATASETS_CACHE"), QStringLiteral("~/ds")}})).path(HfHome::Kind::Datasets),
                 QStringLiteral("/home/ada/ds"));
    }

    // xet-core names the chunk and shard caches of an endpoint as HF_XET_CHUNK_CACHE_SUBDIR and
    // HF_XET_SHARD_CACHE_SUBDIR say; a value that is no single folder name is not taken.
    void xetCacheNamesFollowTheirVariables()
    {
        const HfHome plain = HfHome::locate(env({}));
        QCOMPARE(plain.xetChunkCache(), QStringLiteral("chunk-cache"));
        QCOMPARE(plain.xetShardCache(), QStringLiteral("shard-cache"));
        const HfHome named = HfHome::locate(env({{QStringLiteral("HF_XET_CHUNK_CACHE_SUBDIR"), QStringLiteral("chunks")},
                                                 {QStringLiteral("HF_XET_SHARD_CACHE_SUBDIR"), QStringLiteral("shards")}}));
        QCOMPARE(named.xetChunkCache(), QStringLiteral("chunks"));
        QCOMPARE(named.xetShardCache(), QStringLiteral("shards"));
        for (const QString &bad : {QStringLiteral("a/b"), QStringLiteral(".."), QStringLiteral(".")})
            QCOMPARE(HfHome::locate(env({{QStringLiteral("HF_XET_CHUNK_CACHE_SUBDIR"), bad}})).xetChunkCache(),
                     QStringLiteral("chunk-cache"));
    }

    // HF_MODULES_CACHE is taken as given by transformers, diffusers and datasets: no "~", no
    // "$VAR" (attack A2: HubDeck listed the expanded folder, which those libraries never fill).
    void modulesExpandNothing()
    {
        const QString here = QDir::currentPath();
        QCOMPARE(HfHome::locate(env({{QStringLiteral("HF_MODULES_CACHE"), QStringLiteral("~/m")}})).path(HfHome::Kind::Modules),
                 here + QStringLiteral("/~/m"));
        QCOMPARE(
            HfHome::locate(env({{QStringLiteral("HF_MODULES_CACHE"), QStringLiteral("$V/m")}, {QStringLiteral("V"), QStringLiteral("/x")}}))
                .path(HfHome::Kind::Modules),
            here + QStringLiteral("/$V/m"));
        QCOMPARE(HfHome::locate(env({{QStringLiteral("HF_MODULES_CACHE"), QStringLiteral("/srv/m")}})).path(HfHome::Kind::Modules),
                 QStringLiteral("/srv/m"));
    }

    // transformers 4.x downloads into TRANSFORMERS_CACHE (else PYTORCH_TRANSFORMERS_CACHE, else
    // PYTORCH_PRETRAINED_BERT_CACHE), taken as given: a part of its own, only when set and not
    // the hub cache (attack A18).
    void transformersCacheIsAPartWhenSet()
    {
        const auto transformers = [](const HfHome &home) { return home.path(HfHome::Kind::Transformers); };
        QVERIFY(transformers(HfHome::locate(env({{QStringLiteral("HF_HOME"), QStringLiteral("/data/hf")}}))).isEmpty());
        QCOMPARE(transformers(HfHome::locate(env({{QStringLiteral("TRANSFORMERS_CACHE"), QStringLiteral("/models/tc")},
                                                  {QStringLiteral("PYTORCH_TRANSFORMERS_CACHE"), QStringLiteral("/models/pt")}}))),
                 QStringLiteral("/models/tc"));
        QCOMPARE(transformers(HfHome::locate(env({{QStringLiteral("PYTORCH_PRETRAINED_BERT_CACHE"), QStringLiteral("/models/bert")},
                                                  {QStringLiteral("PYTORCH_TRANSFORMERS_CACHE"), QStringLiteral("/models/pt")}}))),
                 QStringLiteral("/models/pt"));
        QCOMPARE(transformers(HfHome::locate(env({{QStringLiteral("PYTORCH_PRETRAINED_BERT_CACHE"), QStringLiteral("/models/bert/")}}))),
                 QStringLiteral("/models/bert"));
        QCOMPARE(transformers(HfHome::locate(env({{QStringLiteral("TRANSFORMERS_CACHE"), QStringLiteral("~/tc")}}))),
                 QDir::currentPath() + QStringLiteral("/~/tc"));
        // Set but empty: os.getenv gives transformers "", no folder HubDeck can know; the next
        // variable is not read, as transformers does not read it.
        QVERIFY(transformers(HfHome::locate(env({{QStringLiteral("TRANSFORMERS_CACHE"), QString()},
                                                 {QStringLiteral("PYTORCH_TRANSFORMERS_CACHE"), QStringLiteral("/models/pt")}})))
                    .isEmpty());
        // The hub cache named again (TRANSFORMERS_CACHE=$HF_HUB_CACHE, common in job scripts) is the hub part.
        const HfHome same = HfHome::locate(env({{QStringLiteral("HF_HOME"), QStringLiteral("/data/hf")},
                                                {QStringLiteral("TRANSFORMERS_CACHE"), QStringLiteral("/data/hf/hub/")}}));
        QVERIFY(transformers(same).isEmpty());
        QCOMPARE(same.parts().size(), 6);
        QCOMPARE(HfHome::kindName(HfHome::Kind::Transformers), QStringLiteral("transformers"));
    }

    // datasets downloads into HF_DATASETS_DOWNLOADED_DATASETS_PATH (its builder expands "~"),
    // and its cached_path unpacks into HF_DATASETS_EXTRACTED_DATASETS_PATH (taken as given):
    // each a part of its own when set and not the folder the datasets part already holds
    // (attack A6: neither was listed, so their gigabytes were nowhere).
    void datasetsDownloadFoldersAreVariableParts()
    {
        const auto at = [](const HfHome &home, HfHome::Kind kind) { return home.path(kind); };
        const QString hf = QStringLiteral("/data/hf");
        const HfHome moved = HfHome::locate(env({{QStringLiteral("HF_HOME"), hf},
                                                 {QStringLiteral("HF_DATASETS_DOWNLOADED_DATASETS_PATH"), QStringLiteral("/big/dl/")},
                                                 {QStringLiteral("HF_DATASETS_EXTRACTED_DATASETS_PATH"), QStringLiteral("/big/x")}}));
        QCOMPARE(at(moved, HfHome::Kind::DatasetsDownloads), QStringLiteral("/big/dl"));
        QCOMPARE(at(moved, HfHome::Kind::DatasetsExtracted), QStringLiteral("/big/x"));
        QCOMPARE(moved.parts().size(), 8);
        for (const HfHome::Part &part : moved.parts())
            if (part.kind == HfHome::Kind::DatasetsDownloads || part.kind == HfHome::Kind::DatasetsExtracted)
                QVERIFY(part.movedByVariable);
        QCOMPARE(HfHome::kindName(HfHome::Kind::DatasetsDownloads), QStringLiteral("datasets-downloads"));
        QCOMPARE(HfHome::kindName(HfHome::Kind::DatasetsExtracted), QStringLiteral("datasets-extracted"));
        // "~" is the builder's expanduser; "$V" is not expanded by datasets.
        const HfHome tilde = HfHome::locate(env({{QStringLiteral("HOME"), QStringLiteral("/home/u")},
                                                 {QStringLiteral("V"), QStringLiteral("/v")},
                                                 {QStringLiteral("HF_DATASETS_DOWNLOADED_DATASETS_PATH"), QStringLiteral("~/dl")},
                                                 {QStringLiteral("HF_DATASETS_EXTRACTED_DATASETS_PATH"), QStringLiteral("$V/x")}}));
        QCOMPARE(at(tilde, HfHome::Kind::DatasetsDownloads), QStringLiteral("/home/u/dl"));
        QCOMPARE(at(tilde, HfHome::Kind::DatasetsExtracted), QDir::currentPath() + QStringLiteral("/$V/x"));
        // The defaults named again are the datasets part's own folders: no part of their own.
        // Unpacking goes into the downloads folder's extracted/, wherever that is.
        const HfHome same = HfHome::locate(
            env({{QStringLiteral("HF_HOME"), hf},
                 {QStringLiteral("HF_DATASETS_DOWNLOADED_DATASETS_PATH"), QStringLiteral("/data/hf/datasets/downloads")},
                 {QStringLiteral("HF_DATASETS_EXTRACTED_DATASETS_PATH"), QStringLiteral("/data/hf/datasets/downloads/extracted/")}}));
        QVERIFY(at(same, HfHome::Kind::DatasetsDownloads).isEmpty());
        QVERIFY(at(same, HfHome::Kind::DatasetsExtracted).isEmpty());
        QCOMPARE(same.parts().size(), 6);
        const HfHome inMoved =
            HfHome::locate(env({{QStringLiteral("HF_HOME"), hf},
                                {QStringLiteral("HF_DATASETS_DOWNLOADED_DATASETS_PATH"), QStringLiteral("/big/dl")},
                                {QStringLiteral("HF_DATASETS_EXTRACTED_DATASETS_PATH"), QStringLiteral("/big/dl/extracted")}}));
        QCOMPARE(at(inMoved, HfHome::Kind::DatasetsDownloads), QStringLiteral("/big/dl"));
        QVERIFY(at(inMoved, HfHome::Kind::DatasetsExtracted).isEmpty());
        // Set but empty: a folder relative to wherever datasets runs, which HubDeck cannot know.
        const HfHome empty =
            HfHome::locate(env({{QStringLiteral("HF_HOME"), hf}, {QStringLiteral("HF_DATASETS_DOWNLOADED_DATASETS_PATH"), QString()}}));
        QVERIFY(at(empty, HfHome::Kind::DatasetsDownloads).isEmpty());
        QCOMPARE(empty.emptyVariables(), QStringList{QStringLiteral("HF_DATASETS_DOWNLOADED_DATASETS_PATH")});
    }

    // A home's part folder names that home, for the GUI's --dir and File → Open as for the CLI's
    // (attack A9); a home named like a part stays itself, and a project's datasets/ is no part.
    void aPartFolderNamesItsHome()
    {
        QTemporaryDir root;
        const QString home = root.path() + QStringLiteral("/hf");
        const auto write = [](const QString &path) {
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{}");
        };
        write(home + QStringLiteral("/datasets/org___set/default/0.0.0/beef/dataset_info.json"));
        write(home + QStringLiteral("/hub/models--org--m/refs/main"));
        QCOMPARE(HfHome::homeOfPartFolder(home + QStringLiteral("/datasets")), home);
        QCOMPARE(HfHome::forHubCache(home + QStringLiteral("/datasets")).root(), home);
        QCOMPARE(HfHome::forHubCache(home + QStringLiteral("/datasets")).path(HfHome::Kind::Hub), home + QStringLiteral("/hub"));
        QVERIFY(HfHome::homeOfPartFolder(home + QStringLiteral("/hub")).isEmpty()); // hub/ has its own rule
        const QString project = root.path() + QStringLiteral("/web");
        write(project + QStringLiteral("/datasets/train.csv"));
        write(project + QStringLiteral("/index.html"));
        QVERIFY(HfHome::homeOfPartFolder(project + QStringLiteral("/datasets")).isEmpty());
        // A project whose datasets/ is a real datasets cache (HF_DATASETS_CACHE=proj/datasets) is
        // still no home: its assets/ must not be offered (attack C1).
        write(project + QStringLiteral("/datasets/org___set/default/0.0.0/beef/dataset_info.json"));
        write(project + QStringLiteral("/assets/img/logo.png"));
        QVERIFY(HfHome::homeOfPartFolder(project + QStringLiteral("/datasets")).isEmpty());
        QCOMPARE(HfHome::forHubCache(project + QStringLiteral("/datasets")).root(), HfHome::locate().root());
        // A shell's completion ("datasets/") and "datasets/." name the folder (attack C4).
        QCOMPARE(HfHome::homeOfPartFolder(home + QStringLiteral("/datasets/")), home);
        QCOMPARE(HfHome::homeOfPartFolder(home + QStringLiteral("/datasets/.")), home);
        write(root.path() + QStringLiteral("/homes/datasets/hub/models--org--m/refs/main"));
        QVERIFY(HfHome::homeOfPartFolder(root.path() + QStringLiteral("/homes/datasets")).isEmpty());
    }

    void eachPartHasItsVariable()
    {
        const HfHome home = HfHome::locate(env({
            {QStringLiteral("HF_HOME"), QStringLiteral("/data/hf")},
            {QStringLiteral("HUGGINGFACE_HUB_CACHE"), QStringLiteral("/old/hub")}, // the legacy name
            {QStringLiteral("HF_XET_CACHE"), QStringLiteral("~/xet")},
            {QStringLiteral("HF_DATASETS_CACHE"), QStringLiteral("/fast/datasets")},
            {QStringLiteral("HUGGINGFACE_ASSETS_CACHE"), QStringLiteral("/old/assets")},
            {QStringLiteral("HF_ASSETS_CACHE"), QStringLiteral("/new/assets")}, // the new name wins
            {QStringLiteral("HF_MODULES_CACHE"), QString()},                    // empty: unset
            {QStringLiteral("HF_TOKEN_PATH"), QStringLiteral("/secrets/hf/token")},
        }));
        QCOMPARE(home.path(HfHome::Kind::Hub), QStringLiteral("/old/hub"));
        QCOMPARE(home.path(HfHome::Kind::Xet), QStringLiteral("/home/ada/xet"));
        QCOMPARE(home.path(HfHome::Kind::Datasets), QStringLiteral("/fast/datasets"));
        QCOMPARE(home.path(HfHome::Kind::Assets), QStringLiteral("/new/assets"));
        QCOMPARE(home.path(HfHome::Kind::Modules), QStringLiteral("/data/hf/modules"));
        QCOMPARE(home.path(HfHome::Kind::Legacy), QStringLiteral("/data/hf/transformers"));
        for (const HfHome::Part &part : home.parts())
            QCOMPARE(part.movedByVariable, part.kind != HfHome::Kind::Modules && part.kind != HfHome::Kind::Legacy);
        QCOMPARE(home.tokenPath(), QStringLiteral("/secrets/hf/token"));
        QCOMPARE(home.storedTokensPath(), QStringLiteral("/secrets/hf/stored_tokens")); // beside the token, as huggingface_hub
    }
};

QTEST_GUILESS_MAIN(TestHfHome)
#include "tst_hfhome.moc"
