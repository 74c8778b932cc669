// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CliRun.h"
#include "FixtureCache.h"
#include "GoldenFile.h"
#include "HubFixture.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using hubdeck::test::CliRun;
using hubdeck::test::FixtureCache;
using hubdeck::test::GoldenFile;
using hubdeck::test::HubFixture;

// hubdeck-cli's global output flags, as the newest hf has them (cli/_output.py,
// cli/_cli_utils.py): --format auto|human|agent|json|quiet (and table, csv), --json, -q; auto
// picking agent under an AI agent's environment; and the cache ls total (physical for the whole
// cache, the rows' sum for a selection). Goldens in tests/golden/tst_clioutput, the cache folder
// written @CACHE@ (HUBDECK_UPDATE_GOLDEN=1 rewrites them: read the diff).
class TestCliOutput : public QObject
{
    Q_OBJECT

    static constexpr double kDay = 86400;

    // Three repos. alpha: two revisions sharing a 50,000-byte blob, each with its own config
    // (1,200 and 1,300 bytes): 51.2K and 51.3K as rows, 52.5K on disk. beta and gamma: one
    // 30,000-byte shared-store payload each links to, 30.0K per repo, stored once. So the cache
    // takes 82.5K; its repo rows add up to 112.5K and its revision rows to 162.5K.
    static void build(FixtureCache &cache, double now)
    {
        const QString alpha = QStringLiteral("models--org--alpha");
        const QString weights = FixtureCache::sha256(QStringLiteral("weights"));
        cache.addBlob(alpha, weights, QByteArray(50000, 'w'), now - 5 * kDay, now - 21 * kDay);
        cache.addBlob(alpha, QStringLiteral("cfg1"), QByteArray(1200, 'c'), now - 8 * kDay, now - 21 * kDay);
        cache.addBlob(alpha, QStringLiteral("cfg2"), QByteArray(1300, 'd'), now - 9 * kDay, now - 40 * kDay);
        const QString a1 = FixtureCache::commit(QStringLiteral("a1")), a2 = FixtureCache::commit(QStringLiteral("a2"));
        cache.addLink(alpha, a1, QStringLiteral("model.bin"), weights);
        cache.addLink(alpha, a1, QStringLiteral("config.json"), QStringLiteral("cfg1"));
        cache.addLink(alpha, a2, QStringLiteral("model.bin"), weights);
        cache.addLink(alpha, a2, QStringLiteral("config.json"), QStringLiteral("cfg2"));
        cache.addRef(alpha, QStringLiteral("main"), a1);
        cache.addRef(alpha, QStringLiteral("v1"), a1);

        cache.markSharedStore();
        const QString hash = FixtureCache::sha256(QStringLiteral("payload"));
        const QString etag = FixtureCache::sha256(QStringLiteral("xet-weights"));
        QStringList manifest;
        for (const char *name : {"beta", "gamma"}) {
            const QString repo = QStringLiteral("models--org--") + QString::fromLatin1(name);
            manifest.append(repo + QStringLiteral("/blobs/") + etag);
        }
        const QString payload = cache.addPayload(hash, QByteArray(30000, 'x'), manifest);
        FixtureCache::setTimes(payload, now - 2 * kDay, now - 60 * kDay);
        for (const char *name : {"beta", "gamma"}) {
            const QString repo = QStringLiteral("models--org--") + QString::fromLatin1(name);
            cache.linkBlobToPayload(repo, etag, hash);
            const QString commit = FixtureCache::commit(QString::fromLatin1(name));
            cache.addLink(repo, commit, QStringLiteral("model.safetensors"), etag);
            cache.addRef(repo, QStringLiteral("main"), commit);
        }
    }

    static CliRun cache(const QStringList &arguments, const QString &root, const QStringList &env = {})
    {
        CliRun run = CliRun::run(QStringList{QStringLiteral("cache")} + arguments + QStringList{QStringLiteral("--dir"), root}, env);
        run.out.replace(root, QStringLiteral("@CACHE@"));
        run.err.replace(root, QStringLiteral("@CACHE@"));
        return run;
    }

    static QString lastLine(const QString &text)
    {
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        return lines.isEmpty() ? QString() : lines.last();
    }

    std::unique_ptr<FixtureCache> m_cache;
    QString m_root;

private Q_SLOTS:
    void init()
    {
        m_cache = std::make_unique<FixtureCache>();
        build(*m_cache, double(QDateTime::currentSecsSinceEpoch()));
        m_root = m_cache->root();
    }

    // human is the default (no agent in the environment: ctest clears its variables), and
    // table is its older name.
    void lsHuman()
    {
        const CliRun byDefault = cache({QStringLiteral("ls")}, m_root);
        QCOMPARE(byDefault.code, 0);
        GoldenFile::compare(QStringLiteral("ls.human.txt"), byDefault.out);
        QCOMPARE(byDefault.err, QString());
        for (const char *value : {"human", "table", "auto"}) {
            const CliRun run = cache({QStringLiteral("ls"), QStringLiteral("--format"), QString::fromLatin1(value)}, m_root);
            QCOMPARE(run.code, 0);
            QCOMPARE(run.out, byDefault.out);
        }
    }

    // hf's agent table: lower-case headers, tab-separated, refs as a Python list; then the same
    // totals line a person reads.
    void lsAgent()
    {
        const CliRun run = cache({QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("agent")}, m_root);
        QCOMPARE(run.code, 0);
        GoldenFile::compare(QStringLiteral("ls.agent.txt"), run.out);
        QVERIFY(run.out.startsWith(QStringLiteral("id\tsize\tlast_accessed\tlast_modified\trefs\n")));
        QVERIFY(run.out.contains(QStringLiteral("\t['main', 'v1']\n")));
        QVERIFY(!run.out.contains(QStringLiteral("---")));
        const CliRun revisions = cache({QStringLiteral("ls"), QStringLiteral("--revisions"), QStringLiteral("--format=agent")}, m_root);
        QCOMPARE(revisions.code, 0);
        GoldenFile::compare(QStringLiteral("ls-revisions.agent.txt"), revisions.out);
        QVERIFY(revisions.out.contains(QStringLiteral("\t[]\n"))); // the detached revision
    }

    // -q, --quiet and --format quiet: the ids, one per line, nothing else on stdout.
    void lsQuiet()
    {
        const QString ids = QStringLiteral("model/org/alpha\nmodel/org/beta\nmodel/org/gamma\n");
        for (const QStringList &flag : {QStringList{QStringLiteral("-q")}, QStringList{QStringLiteral("--quiet")},
                                        QStringList{QStringLiteral("--format"), QStringLiteral("quiet")}}) {
            const CliRun run = cache(QStringList{QStringLiteral("ls")} + flag, m_root);
            QCOMPARE(run.code, 0);
            QCOMPARE(run.out, ids);
        }
        // With --revisions the id is the revision (hf's id_key).
        const CliRun revisions = cache({QStringLiteral("ls"), QStringLiteral("--revisions"), QStringLiteral("-q")}, m_root);
        QCOMPARE(revisions.out.count(u'\n'), 4);
        QVERIFY(revisions.out.contains(FixtureCache::commit(QStringLiteral("a2")) + u'\n'));
    }

    // --json is --format json: the scan document, the same bytes either way.
    void lsJson()
    {
        const CliRun json = cache({QStringLiteral("ls"), QStringLiteral("--json")}, m_root);
        QCOMPARE(json.code, 0);
        const QJsonObject document = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(document.value(QStringLiteral("repos")).toArray().size(), 3);
        const CliRun format = cache({QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("json")}, m_root);
        QCOMPARE(format.out, json.out);
        // csv stays ls's own.
        const CliRun csv = cache({QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("csv")}, m_root);
        QCOMPARE(csv.code, 0);
        QVERIFY(csv.out.startsWith(QStringLiteral("id,size_on_disk,")));
    }

    // auto is agent when hf would detect an AI agent: AI_AGENT or AGENT set to anything, or a
    // tool's own variable; human otherwise, an empty variable included.
    void autoPicksAgent_data()
    {
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<bool>("agent");
        QTest::newRow("nothing") << QStringList{} << false;
        QTest::newRow("AI_AGENT") << QStringList{QStringLiteral("AI_AGENT=my-harness")} << true;
        QTest::newRow("AGENT") << QStringList{QStringLiteral("AGENT=goose")} << true;
        QTest::newRow("AI_AGENT blank") << QStringList{QStringLiteral("AI_AGENT=  ")} << false;
        QTest::newRow("CLAUDECODE") << QStringList{QStringLiteral("CLAUDECODE=1")} << true;
        QTest::newRow("CURSOR_AGENT") << QStringList{QStringLiteral("CURSOR_AGENT=1")} << true;
        QTest::newRow("CODEX_SANDBOX empty") << QStringList{QStringLiteral("CODEX_SANDBOX=")} << false;
        QTest::newRow("an unrelated variable") << QStringList{QStringLiteral("TERM_PROGRAM=vscode")} << false;
    }
    void autoPicksAgent()
    {
        QFETCH(QStringList, env);
        QFETCH(bool, agent);
        const CliRun run = cache({QStringLiteral("ls")}, m_root, env);
        QCOMPARE(run.code, 0);
        const CliRun expected =
            cache({QStringLiteral("ls"), QStringLiteral("--format"), agent ? QStringLiteral("agent") : QStringLiteral("human")}, m_root);
        QCOMPARE(run.out, expected.out);
        // An explicit format wins over the detection.
        const CliRun human = cache({QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("human")}, m_root, env);
        QVERIFY(human.out.startsWith(QStringLiteral("ID ")));
    }

    // hf's cached copy of the Hub's harness registry ($HF_HOME/.agent_harnesses.json) replaces
    // the built-in list when it is there, as in hf.
    void registryFromHfHome()
    {
        QTemporaryDir home;
        QFile registry(home.filePath(QStringLiteral(".agent_harnesses.json")));
        QVERIFY(registry.open(QIODevice::WriteOnly));
        registry.write(R"({"standardEnvVars": ["MY_AGENT_ID"],
                           "harnesses": {"mytool": {"envVars": {"MYTOOL_SESSION": "*", "MYTOOL_MODE": "agent"}}}})");
        registry.close();
        const QString hfHome = QStringLiteral("HF_HOME=") + home.path();
        const auto isAgent = [&](const QStringList &env) {
            return cache({QStringLiteral("ls")}, m_root, QStringList{hfHome} + env).out.startsWith(QStringLiteral("id\t"));
        };
        QVERIFY(!isAgent({}));
        QVERIFY(isAgent({QStringLiteral("MYTOOL_SESSION=42")}));
        QVERIFY(isAgent({QStringLiteral("MYTOOL_MODE=agent")}));
        QVERIFY(!isAgent({QStringLiteral("MYTOOL_MODE=human")})); // an exact pattern
        QVERIFY(isAgent({QStringLiteral("MY_AGENT_ID=whatever")}));
        // The registry's standard variables, not the built-in ones; nor the built-in tools.
        QVERIFY(!isAgent({QStringLiteral("AI_AGENT=x")}));
        QVERIFY(!isAgent({QStringLiteral("CLAUDECODE=1")}));
        // A file that is not a registry is ignored: the built-in list again.
        QVERIFY(registry.open(QIODevice::WriteOnly | QIODevice::Truncate));
        registry.write("not json");
        registry.close();
        QVERIFY(isAgent({QStringLiteral("CLAUDECODE=1")}));
        QVERIFY(!isAgent({QStringLiteral("MYTOOL_SESSION=42")}));
    }

    // The newest hf's total: physical (each blob, each shared payload once) for the whole
    // cache, the rows' sum once a filter or a limit picks rows.
    void totals()
    {
        const auto total = [&](const QStringList &arguments) {
            const CliRun run = cache(QStringList{QStringLiteral("ls")} + arguments, m_root);
            if (run.code != 0)
                qWarning("%s", qPrintable(run.err));
            return lastLine(run.out);
        };
        const QString whole = QStringLiteral("Found 3 repo(s) for a total of 4 revision(s) and 82.5K on disk.");
        QCOMPARE(total({}), whole);
        QCOMPARE(total({QStringLiteral("--revisions")}), whole);
        QCOMPARE(total({QStringLiteral("--sort"), QStringLiteral("size")}), whole); // sorting picks nothing
        // A selection that lists every row is the whole cache: a blob (or shared payload) that
        // two listed repos or revisions use is counted once, not once per row as hf's row sum
        // would (112.5K and 162.5K here, more than the cache holds).
        QCOMPARE(total({QStringLiteral("--limit"), QStringLiteral("10")}), whole);
        QCOMPARE(total({QStringLiteral("--revisions"), QStringLiteral("--limit"), QStringLiteral("10")}), whole);
        // A part of it counts what its rows use, each file once.
        const QString mainOnly = total({QStringLiteral("--revisions"), QStringLiteral("--filter"), QStringLiteral("refs=main")});
        QVERIFY2(mainOnly.startsWith(QStringLiteral("Found 3 repo(s) for a total of 3 revision(s) and ")), qPrintable(mainOnly));
        QVERIFY2(mainOnly != whole && !mainOnly.contains(QStringLiteral("111.2K")), qPrintable(mainOnly));
        // The agent reads the same line.
        const CliRun agent = cache({QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("agent")}, m_root);
        QCOMPARE(lastLine(agent.out), whole);
    }

    // rm --dry-run in each mode: the plan, then hf's result (check mark and "key: value"
    // lines; key=value pairs; the first value; the plan document).
    void rmDryRun()
    {
        const QStringList rm{QStringLiteral("rm"), QStringLiteral("model/org/alpha"), QStringLiteral("--dry-run")};
        const CliRun human = cache(rm, m_root);
        QCOMPARE(human.code, 0);
        GoldenFile::compare(QStringLiteral("rm-dry-run.human.txt"), human.out);
        const CliRun agent = cache(rm + QStringList{QStringLiteral("--format"), QStringLiteral("agent")}, m_root);
        QCOMPARE(agent.code, 0);
        GoldenFile::compare(QStringLiteral("rm-dry-run.agent.txt"), agent.out);
        QVERIFY(agent.out.endsWith(QStringLiteral("\ndry_run=True repos=1 revisions=2 size=52.5K\n")));
        const CliRun quiet = cache(rm + QStringList{QStringLiteral("-q")}, m_root);
        QCOMPARE(quiet.code, 0);
        QCOMPARE(quiet.out, QStringLiteral("True\n")); // hf prints the first value: dry_run
        const CliRun json = cache(rm + QStringList{QStringLiteral("--json")}, m_root);
        QCOMPARE(json.code, 0);
        QVERIFY2(QJsonDocument::fromJson(json.out.toUtf8()).isObject(), qPrintable(json.out));
        QVERIFY(QFileInfo::exists(m_cache->path(QStringLiteral("models--org--alpha"))));
    }

    // Outside human mode nothing is asked: hf's ConfirmationError, exit 1, nothing deleted.
    void noQuestionOutsideHuman_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QStringList>("env");
        QTest::newRow("agent") << QStringList{QStringLiteral("--format"), QStringLiteral("agent")} << QStringList{};
        QTest::newRow("auto under an agent") << QStringList{} << QStringList{QStringLiteral("AI_AGENT=x")};
        QTest::newRow("json") << QStringList{QStringLiteral("--json")} << QStringList{};
        QTest::newRow("quiet") << QStringList{QStringLiteral("-q")} << QStringList{};
    }
    void noQuestionOutsideHuman()
    {
        QFETCH(QStringList, flags);
        QFETCH(QStringList, env);
        const CliRun rm = cache(QStringList{QStringLiteral("rm"), QStringLiteral("model/org/alpha")} + flags, m_root, env);
        QCOMPARE(rm.code, 1);
        QVERIFY2(rm.err.endsWith(QStringLiteral("Error: Proceed with deletion? Use --yes to skip confirmation.\n")), qPrintable(rm.err));
        QVERIFY(QFileInfo::exists(m_cache->path(QStringLiteral("models--org--alpha"))));
        // --yes goes ahead, and the result is in the mode's words.
        const CliRun yes =
            cache(QStringList{QStringLiteral("rm"), QStringLiteral("model/org/alpha"), QStringLiteral("-y")} + flags, m_root, env);
        QCOMPARE(yes.code, 0);
        QVERIFY(!QFileInfo::exists(m_cache->path(QStringLiteral("models--org--alpha"))));
        if (flags.contains(QStringLiteral("-q")))
            QCOMPARE(yes.out, QStringLiteral("1\n")); // repos_deleted
        else if (!flags.contains(QStringLiteral("--json")))
            // freed is measured on disk (blocks), so only its shape is fixed here.
            QVERIFY2(
                QRegularExpression(QStringLiteral("\nrepos_deleted=1 revisions_deleted=2 freed=[0-9.]+K\n$")).match(yes.out).hasMatch(),
                qPrintable(yes.out));
    }

    // Bad flags are usage errors (exit 2), worded as hf words them, and nothing runs.
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("err");
        const QString all = QStringLiteral("agent, auto, human, json, quiet, table, csv");
        QTest::newRow("unknown value") << QStringList{QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("xml")}
                                       << QStringLiteral("Error: Invalid value for '--format': 'xml'. Valid values: %1.\n").arg(all);
        QTest::newRow("unknown value, = form")
            << QStringList{QStringLiteral("ls"), QStringLiteral("--format=YAML")}
            << QStringLiteral("Error: Invalid value for '--format': 'YAML'. Valid values: %1.\n").arg(all);
        QTest::newRow("empty value") << QStringList{QStringLiteral("ls"), QStringLiteral("--format=")}
                                     << QStringLiteral("Error: Invalid value for '--format': ''. Valid values: %1.\n").arg(all);
        QTest::newRow("csv outside ls")
            << QStringList{QStringLiteral("prune"), QStringLiteral("--format"), QStringLiteral("csv")}
            << QStringLiteral("Error: Invalid value for '--format': 'csv'. Valid values: agent, auto, human, json, quiet, table.\n"
                              "Hint: See 'hubdeck-cli cache prune --help'.\n");
        QTest::newRow("unknown value outside ls (N21 c)")
            << QStringList{QStringLiteral("prune"), QStringLiteral("--format=JSON")}
            << QStringLiteral("Error: Invalid value for '--format': 'JSON'. Valid values: agent, auto, human, json, quiet, table.\n");
        QTest::newRow("no value") << QStringList{QStringLiteral("ls"), QStringLiteral("--format")}
                                  << QStringLiteral("Error: Option '--format' requires a value.\n");
        QTest::newRow("--json and -q") << QStringList{QStringLiteral("ls"), QStringLiteral("--json"), QStringLiteral("-q")}
                                       << QStringLiteral("Error: '--json' and '-q' are mutually exclusive.\n");
        QTest::newRow("-q and --format") << QStringList{QStringLiteral("--quiet"), QStringLiteral("ls"), QStringLiteral("--format=json")}
                                         << QStringLiteral("Error: '--quiet' and '--format' are mutually exclusive.\n");
        QTest::newRow("twice") << QStringList{QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("json"),
                                              QStringLiteral("--format"), QStringLiteral("bogus")}
                               << QStringLiteral("Error: '--format' is given twice: give it once.\n"); // not "exclusive" with itself (G6)
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, err);
        const CliRun run = cache(arguments, m_root);
        QCOMPARE(run.code, 2);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, err);
    }

    // hf's exit codes for a command that needs arguments: none at all prints its help (0);
    // options without the argument are a usage error (2).
    void rmWithoutArguments()
    {
        const CliRun bare = CliRun::run({QStringLiteral("cache"), QStringLiteral("rm")});
        QCOMPARE(bare.code, 0);
        QVERIFY2(bare.out.startsWith(QStringLiteral("Usage: hubdeck-cli cache rm TARGET...")), qPrintable(bare.out));
        QCOMPARE(bare.err, QString());
        const CliRun json = CliRun::run({QStringLiteral("cache"), QStringLiteral("rm"), QStringLiteral("--json")});
        QCOMPARE(json.code, 0); // the output flags are not the command's arguments
        const CliRun dryRun = cache({QStringLiteral("rm"), QStringLiteral("--dry-run")}, m_root);
        QCOMPARE(dryRun.code, 2);
        QVERIFY2(dryRun.err.startsWith(QStringLiteral("Error: Missing argument 'TARGET...'.\n")), qPrintable(dryRun.err));
        // An empty target (a script's unset variable) is a usage error, not "Nothing to delete."
        const CliRun empty = cache({QStringLiteral("rm"), QString(), QStringLiteral("--yes")}, m_root);
        QCOMPARE(empty.code, 2);
        QVERIFY2(empty.err.startsWith(QStringLiteral("Error: An empty TARGET names nothing (an unset variable?).\n")),
                 qPrintable(empty.err));
        QCOMPARE(empty.out, QString());
    }

    // A flag after "--" is an argument, as hf leaves it.
    void nothingAfterDoubleDash()
    {
        const CliRun run = CliRun::run({QStringLiteral("cache"), QStringLiteral("rm"), QStringLiteral("--dir"), m_root,
                                        QStringLiteral("--dry-run"), QStringLiteral("--"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.err, QStringLiteral("Warning: Could not find in cache:\n  - --json\n")); // a target, not a flag
        QCOMPARE(run.out, QStringLiteral("Nothing to delete.\n"));
    }

    // spaces ls in each mode, against the fake Hub.
    void spacesList()
    {
        HubFixture fixture;
        const QStringList ls{QStringLiteral("spaces"), QStringLiteral("ls")};
        const CliRun human = CliRun::run(ls, fixture.cliEnvironment());
        QCOMPARE(human.code, 0);
        QVERIFY2(human.out.startsWith(QStringLiteral("ID ")), qPrintable(human.out));
        QVERIFY(human.out.contains(QStringLiteral("\n---")));
        const CliRun agent = CliRun::run(ls + QStringList{QStringLiteral("--format"), QStringLiteral("agent")}, fixture.cliEnvironment());
        QCOMPARE(agent.code, 0);
        const QStringList lines = agent.out.split(u'\n');
        QCOMPARE(lines.value(0), QStringLiteral("id\tsdk\tstage\thardware\trequested\tsleep\tstorage\tlast_modified\tcost/h"));
        QVERIFY2(lines.value(1).startsWith(QStringLiteral("alice/app\t")), qPrintable(agent.out));
        QCOMPARE(lines.value(1).count(u'\t'), 8);
        const CliRun quiet = CliRun::run(ls + QStringList{QStringLiteral("-q")}, fixture.cliEnvironment());
        QCOMPARE(quiet.code, 0);
        QCOMPARE(quiet.out, QStringLiteral("alice/app\n"));
        const CliRun json = CliRun::run(ls + QStringList{QStringLiteral("--json")}, fixture.cliEnvironment());
        QCOMPARE(json.code, 0);
        const QJsonArray spaces = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(spaces.size(), 1);
        QCOMPARE(spaces.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("alice/app"));
        const CliRun csv = CliRun::run(ls + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}, fixture.cliEnvironment());
        QCOMPARE(csv.code, 2);
        QVERIFY2(csv.err.startsWith(QStringLiteral("Error: Invalid value for '--format': 'csv'.")), qPrintable(csv.err));
    }

    // auth list in each mode: the stored tokens, masked, the active one marked.
    void authList()
    {
        QTemporaryDir home;
        QFile stored(home.filePath(QStringLiteral("stored_tokens")));
        QVERIFY(stored.open(QIODevice::WriteOnly));
        stored.write(
            "[laptop]\nhf_token = hf_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n\n[ci]\nhf_token = hf_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\n");
        stored.close();
        QFile token(home.filePath(QStringLiteral("token")));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("hf_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
        token.close();
        const QStringList env{QStringLiteral("HF_HOME=") + home.path()};
        const QStringList list{QStringLiteral("auth"), QStringLiteral("list")};
        const CliRun human = CliRun::run(list, env);
        QCOMPARE(human.code, 0);
        GoldenFile::compare(QStringLiteral("auth-list.human.txt"), human.out);
        const CliRun agent = CliRun::run(list + QStringList{QStringLiteral("--format"), QStringLiteral("agent")}, env);
        QCOMPARE(agent.code, 0);
        GoldenFile::compare(QStringLiteral("auth-list.agent.txt"), agent.out);
        QVERIFY(agent.out.startsWith(QStringLiteral("name\ttoken\tactive\n")));
        const CliRun quiet = CliRun::run(list + QStringList{QStringLiteral("-q")}, env);
        QCOMPARE(quiet.code, 0);
        QCOMPARE(quiet.out, QStringLiteral("laptop\nci\n"));
        const CliRun json = CliRun::run(list + QStringList{QStringLiteral("--json")}, env);
        QCOMPARE(json.code, 0);
        const QJsonArray tokens = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("tokens")).toArray();
        QCOMPARE(tokens.size(), 2);
        QCOMPARE(tokens.at(1).toObject().value(QStringLiteral("active")).toBool(), true);
        QVERIFY(!json.out.contains(QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbb"))); // masked in every mode
        QVERIFY(!agent.out.contains(QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbb")));
    }

    // HUGGING_FACE_HUB_TOKEN is hf's older name for HF_TOKEN: the Hub commands use it, and
    // HF_TOKEN wins when both are set.
    void olderTokenVariable()
    {
        HubFixture fixture;
        QStringList env;
        for (const QString &pair : fixture.cliEnvironment())
            env.append(pair.startsWith(QStringLiteral("HF_TOKEN=")) ? QStringLiteral("HUGGING_FACE_HUB_TOKEN=") + fixture.hub().token
                                                                    : pair);
        const CliRun whoami = CliRun::run({QStringLiteral("auth"), QStringLiteral("whoami"), QStringLiteral("--json")}, env);
        QCOMPARE(whoami.code, 0);
        QCOMPARE(QJsonDocument::fromJson(whoami.out.toUtf8()).object().value(QStringLiteral("name")).toString(), fixture.hub().user);
        const CliRun spaces = CliRun::run({QStringLiteral("spaces"), QStringLiteral("ls"), QStringLiteral("-q")}, env);
        QCOMPARE(spaces.code, 0);
        QCOMPARE(spaces.out, QStringLiteral("alice/app\n"));
        const CliRun both = CliRun::run({QStringLiteral("auth"), QStringLiteral("whoami")},
                                        env + QStringList{QStringLiteral("HF_TOKEN=hf_not_a_token_the_hub_knows")});
        QCOMPARE(both.code, 1);
        const CliRun none = CliRun::run(
            {QStringLiteral("auth"), QStringLiteral("whoami")},
            QStringList{QStringLiteral("HF_HOME=") + fixture.home(), QStringLiteral("HF_ENDPOINT=") + fixture.hub().endpoint()});
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains(QStringLiteral("Not signed in")), qPrintable(none.err));
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
