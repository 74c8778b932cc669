// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CliRun.h"
#include "FixtureCache.h"
#include "GoldenFile.h"
#include "HumanFormat.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using hubdeck::test::FixtureCache;
using hubdeck::test::GoldenFile;

// hubdeck-cli cache ls|rm|prune end to end, against golden files tests/golden/tst_cli/ in which
// the fixture's cache folder is written @CACHE@. HUBDECK_UPDATE_GOLDEN=1 rewrites them (then
// read the diff line by line). The fixture, with every figure the goldens must show:
//
//   dataset/rajpurkar/squad  1,250,000 B -> "1.2M" (an exact tie: Python rounds it to even)
//       accessed 3 d ("3 days ago"), modified 100 d ("3 months ago"), refs main,
//       plus <blob>.incomplete (old style, 1,000 B)
//   model/google/bert        weights 440,000 + config 570 (main) + config 1,430 (old) = 442,000 -> "442.0K"
//       accessed 5 d, modified 12 d ("2 weeks ago"), refs main and refs/pr/1 on bert-main,
//       bert-main 440,570 -> "440.6K" modified 12 d; bert-old (detached) 441,430 -> "441.4K",
//       modified 45 d ("6 weeks ago"); plus <blob>.0a1b2c3d.incomplete (2,500 B)
//   model/openai-community/gpt2  124,000 B -> "124.0K", accessed 8 d ("1 week ago"), modified 200 d ("7 months ago")
//   space/gradio/hello       300 B -> "300.0", accessed 30 h ("1 day ago"), modified 400 d ("1 year ago")
//   models--org--broken (no snapshots/) and notarepo/ (no "--"): two corrupted entries.
// Table fixtures use times before "now" that sit far from any rounding boundary; the JSON and
// CSV fixture uses fixed epoch times (base 1,700,000,000).
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static QString bertMain() { return FixtureCache::commit(QStringLiteral("bert-main")); }
    static QString bertOld() { return FixtureCache::commit(QStringLiteral("bert-old")); }
    static QString bertConfigMain() { return FixtureCache::commit(QStringLiteral("bert-config-main")); }
    static QString bertConfigOld() { return FixtureCache::commit(QStringLiteral("bert-config-old")); }

    static QStringList cacheArgs(const QString &command, const QString &root, const QStringList &more = {})
    {
        return QStringList{QStringLiteral("cache"), command, QStringLiteral("--dir"), root} + more;
    }

    // env: NAME=value pairs added to a clean environment (no COLUMNS, no cache variables).
    static Run cli(const QStringList &arguments, const QString &root, const QStringList &env = {})
    {
        const hubdeck::test::CliRun run = hubdeck::test::CliRun::run(arguments, env);
        if (!run.finished)
            qFatal("hubdeck-cli did not finish");
        auto clean = [&](QString text) { return root.isEmpty() ? text : text.replace(root, QStringLiteral("@CACHE@")); };
        return {run.crashed ? -2 : run.code, clean(run.out), clean(run.err)};
    }

    static void build(FixtureCache &cache, double base)
    {
        const double day = 86400, hour = 3600;
        const QString bert = QStringLiteral("models--google--bert");
        const QString weights = FixtureCache::sha256(QStringLiteral("bert-weights"));
        cache.addBlob(bert, weights, QByteArray(440000, 'w'), base - 5 * day, base - 50 * day);
        cache.addBlob(bert, bertConfigMain(), QByteArray(570, 'c'), base - 6 * day, base - 12 * day);
        cache.addBlob(bert, bertConfigOld(), QByteArray(1430, 'o'), base - 30 * day, base - 45 * day);
        cache.addLink(bert, bertMain(), QStringLiteral("model.safetensors"), weights);
        cache.addLink(bert, bertMain(), QStringLiteral("config.json"), bertConfigMain());
        cache.addLink(bert, bertOld(), QStringLiteral("model.safetensors"), weights);
        cache.addLink(bert, bertOld(), QStringLiteral("config.json"), bertConfigOld());
        cache.addRef(bert, QStringLiteral("main"), bertMain());
        cache.addRef(bert, QStringLiteral("refs/pr/1"), bertMain());
        cache.writeFile(bert + QStringLiteral("/blobs/") + FixtureCache::sha256(QStringLiteral("bert-partial")) +
                            QStringLiteral(".0a1b2c3d.incomplete"),
                        QByteArray(2500, 'p'));

        auto single = [&](const QString &folder, const QString &seed, const QString &file, qint64 size, double atime, double mtime) {
            const QString etag = FixtureCache::sha256(seed);
            cache.addBlob(folder, etag, QByteArray(size, 'x'), atime, mtime);
            cache.addLink(folder, FixtureCache::commit(seed), file, etag);
            cache.addRef(folder, QStringLiteral("main"), FixtureCache::commit(seed));
        };
        single(QStringLiteral("datasets--rajpurkar--squad"), QStringLiteral("squad"),
               QStringLiteral("plain_text/train-00000-of-00001.parquet"), 1250000, base - 3 * day, base - 100 * day);
        cache.writeFile(QStringLiteral("datasets--rajpurkar--squad/blobs/") + FixtureCache::sha256(QStringLiteral("squad-valid")) +
                            QStringLiteral(".incomplete"),
                        QByteArray(1000, 'v'));
        single(QStringLiteral("models--openai-community--gpt2"), QStringLiteral("gpt2"), QStringLiteral("model.safetensors"), 124000,
               base - 8 * day, base - 200 * day);
        single(QStringLiteral("spaces--gradio--hello"), QStringLiteral("hello"), QStringLiteral("app.py"), 300, base - 30 * hour,
               base - 400 * day);

        cache.addRef(QStringLiteral("models--org--broken"), QStringLiteral("main"), FixtureCache::commit(QStringLiteral("broken")));
        cache.mkdir(QStringLiteral("notarepo"));
    }

    static int lines(const QString &text, const QString &prefix)
    {
        int count = 0;
        for (const QString &line : text.split(u'\n'))
            count += line.startsWith(prefix) ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("HUBDECK_CLI")), "HUBDECK_CLI must name the built hubdeck-cli");
        QVERIFY2(QDir(GoldenFile::folder()).exists(), qPrintable(GoldenFile::folder()));
    }

    void tables()
    {
        FixtureCache cache;
        build(cache, double(QDateTime::currentSecsSinceEpoch()));
        const QString root = cache.root();

        const Run ls = cli(cacheArgs(QStringLiteral("ls"), root), root);
        QCOMPARE(ls.code, 0);
        GoldenFile::compare(QStringLiteral("ls.txt"), ls.out);
        GoldenFile::compare(QStringLiteral("ls.stderr.txt"), ls.err);

        // Piped with no COLUMNS, hf fits tables in 80 columns (shutil's fallback) and says how
        // to see everything; --no-truncate (anywhere on the line) shows the whole hashes.
        Run run = cli(cacheArgs(QStringLiteral("ls"), root, {QStringLiteral("--revisions")}), root);
        QCOMPARE(run.code, 0);
        for (const QString &line : run.out.section(QStringLiteral("\n\n"), 0, 0).split(u'\n'))
            QVERIFY2(line.size() <= 80, qPrintable(line));
        QVERIFY(!run.out.contains(bertMain()));
        QCOMPARE(run.err, QStringLiteral("Hint: Use `--no-truncate` or `--format json` to display full values.\n") + ls.err);
        run = cli(QStringList{QStringLiteral("--no-truncate")} + cacheArgs(QStringLiteral("ls"), root, {QStringLiteral("--revisions")}),
                  root);
        QCOMPARE(run.code, 0);
        GoldenFile::compare(QStringLiteral("ls-revisions.txt"), run.out);
        QCOMPARE(run.err, ls.err);
        const Run valued = cli(cacheArgs(QStringLiteral("ls"), root, {QStringLiteral("--no-truncate=1")}), root);
        QCOMPARE(valued.code, 2);
        QCOMPARE(valued.err, QStringLiteral("Error: Option '--no-truncate' does not take a value.\n"));

        // -q: the ids alone, one per line (revision hashes with --revisions), and no hints;
        // warnings still reach stderr.
        run = cli(cacheArgs(QStringLiteral("ls"), root, {QStringLiteral("-q")}), root);
        QCOMPARE(run.code, 0);
        QStringList ids;
        for (const QString &line : ls.out.section(QStringLiteral("\n\n"), 0, 0).split(u'\n').mid(2))
            ids.append(line.section(u' ', 0, 0));
        QCOMPARE(run.out, ids.join(u'\n') + u'\n');
        QCOMPARE(run.err, ls.err.section(u'\n', 0, 0) + u'\n');
        QVERIFY(run.err.startsWith(QStringLiteral("Warning:")));
        run = cli(QStringList{QStringLiteral("--quiet")} + cacheArgs(QStringLiteral("ls"), root, {QStringLiteral("--revisions")}), root);
        QCOMPARE(run.code, 0);
        const QStringList hashes = run.out.trimmed().split(u'\n');
        QVERIFY(hashes.contains(bertMain()) && hashes.contains(bertOld()));
        for (const QString &hash : hashes)
            QCOMPARE(hash.size(), 40);
        // verify -q: its listing's first column, each bad blob's path (the fixture's blobs are
        // named by hashes that are not their contents'), as the JSON lists them; exit 1 still.
        run = cli(cacheArgs(QStringLiteral("verify"), root, {QStringLiteral("-q")}), root);
        QCOMPARE(run.code, 1);
        const Run verifyJson = cli(cacheArgs(QStringLiteral("verify"), root, {QStringLiteral("--format=json")}), root);
        QStringList badBlobs;
        for (const QJsonValue &problem :
             QJsonDocument::fromJson(verifyJson.out.toUtf8()).object().value(QStringLiteral("problems")).toArray())
            badBlobs.append(problem.toObject().value(QStringLiteral("blob_path")).toString());
        QVERIFY(!badBlobs.isEmpty());
        QCOMPARE(run.out, badBlobs.join(u'\n') + u'\n');

        run = cli(cacheArgs(QStringLiteral("ls"), root, {QStringLiteral("--show-warnings")}), root);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, ls.out);
        GoldenFile::compare(QStringLiteral("ls-warnings.stderr.txt"), run.err);

        run = cli(cacheArgs(QStringLiteral("ls"), root,
                            {QStringLiteral("--filter"), QStringLiteral("size>1K"), QStringLiteral("--sort"), QStringLiteral("size:asc"),
                             QStringLiteral("--limit"), QStringLiteral("2")}),
                  root);
        QCOMPARE(run.code, 0);
        GoldenFile::compare(QStringLiteral("ls-filtered.txt"), run.out);

        // A 50-column terminal: hf's _truncate_columns shrinks the widest column still above its
        // floor (header width, at least 4) one character at a time, and cuts cells with "...";
        // here the ages go whole before the id is cut below 20 cells (attack report 19, H6: every
        // id read "m..." beside two whole date columns), the id only when no other column can
        // give more, and sizes never.
        run = cli(cacheArgs(QStringLiteral("ls"), root), root, {QStringLiteral("COLUMNS=50")});
        QCOMPARE(run.code, 0);
        GoldenFile::compare(QStringLiteral("ls-columns50.txt"), run.out);
        const QStringList tableLines = run.out.section(QStringLiteral("\n\n"), 0, 0).split(u'\n');
        QCOMPARE(tableLines.size(), 6);
        for (const QString &line : tableLines)
            QVERIFY2(line.size() <= 50, qPrintable(line));
        QVERIFY(run.out.contains(QStringLiteral(" 442.0K ")));
        QVERIFY(run.out.contains(QStringLiteral("m...")));                       // REFS cut to its floor first
        QVERIFY(!run.out.contains(QStringLiteral("LAST_MODIFIED")));             // then an age left out
        QVERIFY(run.out.contains(QStringLiteral("\nmodel/google/bert ")));       // so the ids read
        QVERIFY(run.out.contains(QStringLiteral("\nmodel/openai-communit..."))); // cut only where they must

        run = cli(cacheArgs(QStringLiteral("rm"), root, {bertMain(), QStringLiteral("--dry-run")}), root);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.err, QString());
        GoldenFile::compare(QStringLiteral("rm-dry-run.txt"), run.out);

        run = cli(cacheArgs(QStringLiteral("prune"), root, {QStringLiteral("--dry-run")}), root);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.err, QString());
        GoldenFile::compare(QStringLiteral("prune-dry-run.txt"), run.out);

        // Dry runs delete nothing.
        QVERIFY(QFile::exists(cache.path(QStringLiteral("models--google--bert/snapshots/")) + bertMain()));
        QVERIFY(QFile::exists(cache.path(QStringLiteral("models--google--bert/snapshots/")) + bertOld()));
        QVERIFY(QFile::exists(cache.path(QStringLiteral("models--google--bert/blobs/")) + bertConfigMain()));
        QVERIFY(QFile::exists(cache.path(QStringLiteral("models--google--bert/refs/refs/pr/1"))));
        QCOMPARE(cli(cacheArgs(QStringLiteral("ls"), root), root).out, ls.out);
    }

    void machineFormats()
    {
        FixtureCache cache;
        build(cache, 1700000000.0);
        const QString root = cache.root();

        Run run = cli(cacheArgs(QStringLiteral("ls"), root, {QStringLiteral("--format"), QStringLiteral("json")}), root);
        QCOMPARE(run.code, 0);
        GoldenFile::compare(QStringLiteral("ls.json"), run.out);
        QVERIFY(!run.err.contains(QStringLiteral("Error")));

        run = cli(cacheArgs(QStringLiteral("ls"), root, {QStringLiteral("--format"), QStringLiteral("csv")}), root);
        QCOMPARE(run.code, 0);
        GoldenFile::compare(QStringLiteral("ls.csv"), run.out);

        run = cli(cacheArgs(QStringLiteral("ls"), root, {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--revisions")}),
                  root);
        QCOMPARE(run.code, 0);
        GoldenFile::compare(QStringLiteral("ls-revisions.csv"), run.out);

        // With --revisions, a repo lists only the revisions that pass the filters.
        run = cli(cacheArgs(QStringLiteral("ls"), root,
                            {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--revisions"), QStringLiteral("--filter"),
                             QStringLiteral("type=model"), QStringLiteral("--filter"), QStringLiteral("refs=main")}),
                  root);
        QCOMPARE(run.code, 0);
        const QJsonArray repos = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("repos")).toArray();
        QCOMPARE(repos.size(), 2);
        QCOMPARE(repos[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("model/google/bert"));
        const QJsonArray bertRevisions = repos[0].toObject().value(QStringLiteral("revisions")).toArray();
        QCOMPARE(bertRevisions.size(), 1);
        QCOMPARE(bertRevisions[0].toObject().value(QStringLiteral("commit_hash")).toString(), bertMain());
        QCOMPARE(repos[1].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("model/openai-community/gpt2"));

        run = cli(cacheArgs(QStringLiteral("rm"), root,
                            {QStringLiteral("space/gradio/hello"), bertMain(), QStringLiteral("model/org/x"), QStringLiteral("--dry-run"),
                             QStringLiteral("--format"), QStringLiteral("json")}),
                  root);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.err, QStringLiteral("Warning: Could not find in cache:\n  - model/org/x\n"));
        GoldenFile::compare(QStringLiteral("rm-dry-run.json"), run.out);
        const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
        for (const char *key : {"expected_freed_size", "repos", "snapshots", "refs", "blobs"})
            QVERIFY2(plan.contains(QString::fromLatin1(key)), key);
        for (const QString &key : {QStringLiteral("repos"), QStringLiteral("snapshots"), QStringLiteral("refs"), QStringLiteral("blobs")}) {
            QStringList paths;
            for (const QJsonValue &value : plan.value(key).toArray())
                paths.append(value.toString());
            QStringList sorted = paths;
            sorted.sort();
            QCOMPARE(paths, sorted);
            for (const QString &path : std::as_const(paths))
                QVERIFY2(path.startsWith(QStringLiteral("@CACHE@/")), qPrintable(path));
        }
        QVERIFY(QFile::exists(cache.path(QStringLiteral("spaces--gradio--hello"))));

        run =
            cli(cacheArgs(QStringLiteral("prune"), root, {QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")}),
                root);
        QCOMPARE(run.code, 0);
        GoldenFile::compare(QStringLiteral("prune-dry-run.json"), run.out);
    }

    // The JSON is streamed (JsonStreamWriter), member by member: each document must be what
    // QJsonDocument::Indented prints for it, key order, layout and number forms included, as
    // it was when the documents were built whole. The goldens above compare parsed documents,
    // so this is what holds the bytes.
    void jsonIsQJsonDocumentsLayout()
    {
        FixtureCache cache;
        build(cache, 1700000000.5);
        const QString root = cache.root();
        const QString json = QStringLiteral("--format=json");
        const QList<QStringList> commands{
            cacheArgs(QStringLiteral("ls"), root, {json}),
            cacheArgs(QStringLiteral("ls"), root, {json, QStringLiteral("--revisions")}),
            cacheArgs(QStringLiteral("ls"), root,
                      {json, QStringLiteral("--revisions"), QStringLiteral("--filter"), QStringLiteral("type=model")}),
            cacheArgs(QStringLiteral("ls"), root,
                      {json, QStringLiteral("--sort"), QStringLiteral("size"), QStringLiteral("--limit"), QStringLiteral("2")}),
            cacheArgs(QStringLiteral("ls"), root, {json, QStringLiteral("--filter"), QStringLiteral("size>1TB")}),
            cacheArgs(QStringLiteral("rm"), root, {json, QStringLiteral("--dry-run"), bertOld(), QStringLiteral("model/org/x")}),
            cacheArgs(QStringLiteral("rm"), root, {json, QStringLiteral("--dry-run"), QStringLiteral("model/org/x")}),
            cacheArgs(QStringLiteral("prune"), root, {json, QStringLiteral("--dry-run")}),
            cacheArgs(QStringLiteral("trim"), root, {json, QStringLiteral("--dry-run"), QStringLiteral("--free"), QStringLiteral("1KB")}),
            cacheArgs(QStringLiteral("verify"), root, {json}),
            cacheArgs(QStringLiteral("rm"), root, {json, QStringLiteral("--yes"), bertOld()}),
            cacheArgs(QStringLiteral("prune"), root, {json, QStringLiteral("--yes")}),
        };
        for (const QStringList &arguments : commands) {
            const Run run = cli(arguments, root);
            const QString command = arguments.join(u' ');
            // verify fails the fixture: its blobs are named by hashes that are not their contents'.
            const int expected = arguments[1] == u"verify" ? 1 : 0;
            QVERIFY2(run.code == expected, qPrintable(command + u'\n' + run.err));
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), qPrintable(command + u'\n' + error.errorString()));
            QVERIFY2(document.object().size() >= 4, qPrintable(command));
            QCOMPARE(run.out, QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
        }
        // The deletions above happened: the report is of a real run, not a plan.
        QVERIFY(!QFile::exists(cache.path(QStringLiteral("models--google--bert/snapshots/")) + bertOld()));
    }

    void missingCacheDir_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("ls") << QStringLiteral("ls");
        QTest::newRow("rm") << QStringLiteral("rm");
        QTest::newRow("prune") << QStringLiteral("prune");
    }
    void missingCacheDir()
    {
        QFETCH(QString, command);
        FixtureCache cache;
        const QString root = cache.root();
        const QStringList extra = command == u"rm" ? QStringList{QStringLiteral("model/org/x")} : QStringList{};
        Run run = cli(cacheArgs(command, root + QStringLiteral("/missing"), extra), root);
        QCOMPARE(run.code, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, QStringLiteral("Error: Cache directory not found: @CACHE@/missing\n"));

        // A file where the folder should be: one error line too.
        cache.writeFile(QStringLiteral("file"), "x");
        run = cli(cacheArgs(command, root + QStringLiteral("/file"), extra), root);
        QCOMPARE(run.code, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(lines(run.err, QStringLiteral("Error: ")), 1);
        QVERIFY(run.err.endsWith(u'\n'));
        QCOMPARE(run.err.count(u'\n'), 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        auto row = [](const char *name, const QStringList &arguments) { QTest::newRow(name) << arguments; };
        row("unknown option", {QStringLiteral("ls"), QStringLiteral("--bogus")});
        row("unknown option for rm", {QStringLiteral("rm"), QStringLiteral("model/org/x"), QStringLiteral("--bogus")});
        row("bad filter key", {QStringLiteral("ls"), QStringLiteral("--filter"), QStringLiteral("colour=red")});
        row("bad filter operator", {QStringLiteral("ls"), QStringLiteral("-f"), QStringLiteral("size==1")});
        row("bad filter value", {QStringLiteral("ls"), QStringLiteral("--filter"), QStringLiteral("size>1.5GB")});
        row("bad sort", {QStringLiteral("ls"), QStringLiteral("--sort"), QStringLiteral("colour")});
        row("negative limit", {QStringLiteral("ls"), QStringLiteral("--limit"), QStringLiteral("-1")});
        row("limit not a number", {QStringLiteral("ls"), QStringLiteral("--limit"), QStringLiteral("ten")});
        row("bad ls format", {QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("xml")});
        row("bad rm format", {QStringLiteral("rm"), QStringLiteral("model/org/x"), QStringLiteral("--format"), QStringLiteral("csv")});
        row("bad prune format", {QStringLiteral("prune"), QStringLiteral("--format"), QStringLiteral("yaml")});
        row("rm without target", {QStringLiteral("rm")});
        row("prune with argument", {QStringLiteral("prune"), QStringLiteral("model/org/x")});
        row("ls with argument", {QStringLiteral("ls"), QStringLiteral("extra")});
        row("unknown command", {QStringLiteral("frobnicate")});
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        FixtureCache cache;
        build(cache, 1700000000.0);
        const QString root = cache.root();
        const Run run = cli(QStringList{QStringLiteral("cache")} + arguments + QStringList{QStringLiteral("--dir"), root}, root);
        QCOMPARE(run.code, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith(QStringLiteral("Error: ")), qPrintable(run.err));
        QCOMPARE(lines(run.err, QStringLiteral("Error: ")), 1);
        // Nothing was touched.
        QVERIFY(QFile::exists(cache.path(QStringLiteral("models--google--bert/snapshots/")) + bertOld()));
    }

    void refusesWithoutTerminal()
    {
        FixtureCache cache;
        build(cache, 1700000000.0);
        const QString root = cache.root();
        Run run = cli(cacheArgs(QStringLiteral("rm"), root, {QStringLiteral("model/google/bert")}), root);
        QCOMPARE(run.code, 1);
        QCOMPARE(lines(run.err, QStringLiteral("Error: ")), 1);
        QVERIFY2(run.err.contains(QStringLiteral("--yes")), qPrintable(run.err));
        QVERIFY(!run.out.contains(QStringLiteral("Deleted")));
        QVERIFY(QFile::exists(cache.path(QStringLiteral("models--google--bert/snapshots/")) + bertMain()));

        run = cli(cacheArgs(QStringLiteral("prune"), root), root);
        QCOMPARE(run.code, 1);
        QCOMPARE(lines(run.err, QStringLiteral("Error: ")), 1);
        QVERIFY(QFile::exists(cache.path(QStringLiteral("models--google--bert/snapshots/")) + bertOld()));
        QVERIFY(QFile::exists(cache.path(QStringLiteral("models--google--bert/blobs/")) +
                              FixtureCache::sha256(QStringLiteral("bert-partial")) + QStringLiteral(".0a1b2c3d.incomplete")));
    }

    void removes()
    {
        FixtureCache cache;
        build(cache, double(QDateTime::currentSecsSinceEpoch()));
        const QString root = cache.root();
        const qint64 hello = FixtureCache::blocks(
            {cache.path(QStringLiteral("spaces--gradio--hello/blobs/")) + FixtureCache::sha256(QStringLiteral("hello"))});
        const qint64 configOld = FixtureCache::blocks({cache.path(QStringLiteral("models--google--bert/blobs/")) + bertConfigOld()});
        Run run = cli(cacheArgs(QStringLiteral("rm"), root, {QStringLiteral("space/gradio/hello"), QStringLiteral("--yes")}), root);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.err, QString());
        // Measured on disk: the 300-byte blob's blocks; ref files count on neither side (DeletionPlan.h).
        QVERIFY2(run.out.contains(
                     QStringLiteral("\n✓ Deleted 1 repo(s) and 1 revision(s); freed %1.\n").arg(hubdeck::HumanFormat::sizeInText(hello))),
                 qPrintable(run.out));
        QVERIFY(!QFile::exists(cache.path(QStringLiteral("spaces--gradio--hello"))));
        run = cli(cacheArgs(QStringLiteral("ls"), root), root);
        QCOMPARE(run.code, 0);
        QVERIFY(!run.out.contains(QStringLiteral("space/gradio/hello")));
        // 1,250,000 + 442,000 + 124,000 = 1,816,000 bytes.
        QVERIFY2(run.out.endsWith(QStringLiteral("\nFound 3 repo(s) for a total of 4 revision(s) and 1.8M on disk.\n")),
                 qPrintable(run.out));

        // One revision by hash (`-y`): its snapshot and its own config go; the shared weights stay.
        run = cli(cacheArgs(QStringLiteral("rm"), root, {bertOld(), QStringLiteral("-y")}), root);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(
                     QStringLiteral("✓ Deleted 0 repo(s) and 1 revision(s); freed %1.").arg(hubdeck::HumanFormat::sizeInText(configOld))),
                 qPrintable(run.out));
        QVERIFY(!QFile::exists(cache.path(QStringLiteral("models--google--bert/snapshots/")) + bertOld()));
        QVERIFY(!QFile::exists(cache.path(QStringLiteral("models--google--bert/blobs/")) + bertConfigOld()));
        QVERIFY(QFile::exists(cache.path(QStringLiteral("models--google--bert/blobs/")) +
                              FixtureCache::sha256(QStringLiteral("bert-weights"))));
        QVERIFY(QFile::exists(cache.path(QStringLiteral("models--google--bert/refs/main"))));
        run = cli(cacheArgs(QStringLiteral("ls"), root, {QStringLiteral("--revisions"), QStringLiteral("--no-truncate")}), root);
        QVERIFY(!run.out.contains(bertOld()));
        QVERIFY(run.out.contains(bertMain()));
    }

    void unknownTarget()
    {
        FixtureCache cache;
        build(cache, 1700000000.0);
        const QString root = cache.root();
        const QString unknownHash = FixtureCache::commit(QStringLiteral("never-downloaded"));
        const Run run =
            cli(cacheArgs(QStringLiteral("rm"), root, {QStringLiteral("model/org/x"), unknownHash, QStringLiteral("--yes")}), root);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("Nothing to delete.\n"));
        QCOMPARE(run.err, QStringLiteral("Warning: Could not find in cache:\n  - model/org/x\n  - ") + unknownHash + u'\n');
        QVERIFY(QFile::exists(cache.path(QStringLiteral("models--google--bert"))));
    }

    void hubUriTargets()
    {
        FixtureCache cache;
        build(cache, 1700000000.0);
        const QString root = cache.root();
        // A revision by ref through a URI (hf takes repo-level URIs only): just that snapshot.
        Run run = cli(cacheArgs(QStringLiteral("rm"), root,
                                {QStringLiteral("hf://google/bert@main"), QStringLiteral("--dry-run"), QStringLiteral("--format"),
                                 QStringLiteral("json")}),
                      root);
        QCOMPARE(run.code, 0);
        const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(plan.value(QStringLiteral("snapshots")).toArray().size(), 1);
        QVERIFY(plan.value(QStringLiteral("snapshots")).toArray().first().toString().endsWith(bertMain()));
        QVERIFY(plan.value(QStringLiteral("repos")).toArray().isEmpty());
        // A file target beside a repo target is refused as hf refuses it, and nothing is deleted.
        run = cli(cacheArgs(QStringLiteral("rm"), root,
                            {QStringLiteral("model/google/bert"), QStringLiteral("hf://google/bert/config.json"), QStringLiteral("--yes")}),
                  root);
        QCOMPARE(run.code, 1);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith(QStringLiteral("Error: File targets cannot be mixed with repository or revision targets.")),
                 qPrintable(run.err));
        QVERIFY(QFile::exists(cache.path(QStringLiteral("models--google--bert"))));
    }

    void prunes()
    {
        FixtureCache cache;
        build(cache, double(QDateTime::currentSecsSinceEpoch()));
        const QString root = cache.root();
        const QString bertPartial = cache.path(QStringLiteral("models--google--bert/blobs/")) +
                                    FixtureCache::sha256(QStringLiteral("bert-partial")) + QStringLiteral(".0a1b2c3d.incomplete");
        const QString squadPartial = cache.path(QStringLiteral("datasets--rajpurkar--squad/blobs/")) +
                                     FixtureCache::sha256(QStringLiteral("squad-valid")) + QStringLiteral(".incomplete");
        QVERIFY(QFile::exists(bertPartial) && QFile::exists(squadPartial));
        const qint64 held =
            FixtureCache::blocks({cache.path(QStringLiteral("models--google--bert/blobs/")) + bertConfigOld(), bertPartial, squadPartial});
        Run run = cli(cacheArgs(QStringLiteral("prune"), root, {QStringLiteral("--yes")}), root);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.err, QString());
        // The old config (1,430 bytes) and the two partial downloads (2,500 + 1,000), in blocks.
        QVERIFY2(run.out.contains(QStringLiteral("✓ Deleted 1 unreferenced revision(s) and 2 incomplete download(s); freed %1.")
                                      .arg(hubdeck::HumanFormat::sizeInText(held))),
                 qPrintable(run.out));
        QVERIFY(!QFile::exists(cache.path(QStringLiteral("models--google--bert/snapshots/")) + bertOld()));
        QVERIFY(!QFile::exists(cache.path(QStringLiteral("models--google--bert/blobs/")) + bertConfigOld()));
        QVERIFY(!QFile::exists(bertPartial));
        QVERIFY(!QFile::exists(squadPartial));
        QVERIFY(QFile::exists(cache.path(QStringLiteral("models--google--bert/snapshots/")) + bertMain()));
        QVERIFY(QFile::exists(cache.path(QStringLiteral("models--google--bert/blobs/")) +
                              FixtureCache::sha256(QStringLiteral("bert-weights"))));

        run = cli(cacheArgs(QStringLiteral("prune"), root, {QStringLiteral("--dry-run")}), root);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("No unreferenced revisions, incomplete downloads or shared blobs found. Nothing to prune.\n"));
        run = cli(cacheArgs(QStringLiteral("ls"), root), root);
        QVERIFY2(run.out.endsWith(QStringLiteral("\nFound 4 repo(s) for a total of 4 revision(s) and 1.8M on disk.\n")),
                 qPrintable(run.out));
        QVERIFY(!run.err.contains(QStringLiteral("incomplete")));
    }

    void emptyCache()
    {
        FixtureCache cache;
        const Run run = cli(cacheArgs(QStringLiteral("ls"), cache.root()), cache.root());
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("No results found.\n"));
        QCOMPARE(run.err, QString());
    }

    // Without --dir: HF_HUB_CACHE, then HUGGINGFACE_HUB_CACHE, then $HF_HOME/hub, then
    // $XDG_CACHE_HOME/huggingface/hub, then ~/.cache/huggingface/hub.
    void cacheLookupOrder()
    {
        FixtureCache places;
        const QStringList caches{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("home/hub"),
                                 QStringLiteral("xdg/huggingface/hub"), QStringLiteral("user/.cache/huggingface/hub")};
        for (const QString &where : caches) {
            const QString name = where.section(u'/', 0, 0).remove(u'.');
            const QString folder = where + QStringLiteral("/models--org--") + name;
            const QString etag = FixtureCache::sha256(name);
            places.addBlob(folder, etag, QByteArrayLiteral("x"));
            places.addLink(folder, FixtureCache::commit(name), QStringLiteral("f"), etag);
        }
        const QString root = places.root();
        auto listed = [&](const QStringList &env) {
            const Run run = cli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("json")}, root,
                                env + QStringList{QStringLiteral("HOME=") + root + QStringLiteral("/user")});
            const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
            const QJsonArray repos = doc.value(QStringLiteral("repos")).toArray();
            return doc.value(QStringLiteral("cache_dir")).toString() + u' ' +
                   (repos.size() == 1 ? repos[0].toObject().value(QStringLiteral("id")).toString() : QString::number(repos.size()));
        };
        QStringList env{QStringLiteral("HF_HUB_CACHE=") + root + QStringLiteral("/a"),
                        QStringLiteral("HUGGINGFACE_HUB_CACHE=") + root + QStringLiteral("/b"),
                        QStringLiteral("HF_HOME=") + root + QStringLiteral("/home"),
                        QStringLiteral("XDG_CACHE_HOME=") + root + QStringLiteral("/xdg")};
        QCOMPARE(listed(env), QStringLiteral("@CACHE@/a model/org/a"));
        env.removeFirst();
        QCOMPARE(listed(env), QStringLiteral("@CACHE@/b model/org/b"));
        env.removeFirst();
        QCOMPARE(listed(env), QStringLiteral("@CACHE@/home/hub model/org/home"));
        env.removeFirst();
        QCOMPARE(listed(env), QStringLiteral("@CACHE@/xdg/huggingface/hub model/org/xdg"));
        env.removeFirst();
        QCOMPARE(listed(env), QStringLiteral("@CACHE@/user/.cache/huggingface/hub model/org/user"));
        // Set but empty, as huggingface_hub reads it (os.getenv(NAME, default) gives ""): a path
        // relative to the current folder, never the default cache below it (GUI attack G7: the
        // Cache page showed and deleted ~/.cache/huggingface/hub).
        const QString here = QDir::currentPath();
        for (const QStringList &empty : {QStringList{QStringLiteral("HF_HOME=")}, QStringList{QStringLiteral("HF_HUB_CACHE=")}}) {
            const Run run = cli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("json")}, {},
                                empty + QStringList{QStringLiteral("HOME=") + root + QStringLiteral("/user")});
            const QString dir = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("cache_dir")).toString();
            const QString expected = empty.first() == u"HF_HOME=" ? here + QStringLiteral("/hub") : here;
            QVERIFY2(dir == expected || run.err.contains(expected + u' ') || run.err.contains(expected + u'\n'),
                     qPrintable(empty.first() + u' ' + dir + u' ' + run.err));
        }
        // Environment variables inside HF_HOME are expanded.
        QCOMPARE(listed({QStringLiteral("FIXTURE_ROOT=") + root, QStringLiteral("HF_HOME=$FIXTURE_ROOT/home")}),
                 QStringLiteral("@CACHE@/home/hub model/org/home"));
        // --dir beats every variable.
        const Run run = cli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("--dir"), root + QStringLiteral("/b")},
                            root, {QStringLiteral("HF_HUB_CACHE=") + root + QStringLiteral("/a")});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("cache_dir")).toString(),
                 QStringLiteral("@CACHE@/b"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
