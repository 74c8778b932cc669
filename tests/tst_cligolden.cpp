// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FixtureCache.h"
#include "GoldenFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using hubdeck::test::FixtureCache;
using hubdeck::test::GoldenFile;

// hubdeck-cli cache ls|rm|prune against golden outputs in tests/golden (the cache folder is
// written @CACHE@ there). HUBDECK_UPDATE_GOLDEN=1 rewrites them: read the diff before committing.
class TestCliGolden : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run cli(const QStringList &arguments, const QString &root, const QStringList &env = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"COLUMNS", "HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "HF_HOME", "XDG_CACHE_HOME"})
            environment.remove(QString::fromLatin1(name));
        for (const QString &pair : env)
            environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("HUBDECK_CLI"), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            qFatal("hubdeck-cli did not finish");
        auto clean = [&](QByteArray bytes) { return QString::fromUtf8(bytes).replace(root, QStringLiteral("@CACHE@")); };
        return {process.exitCode(), clean(process.readAllStandardOutput()), clean(process.readAllStandardError())};
    }

    // Two repos, a shared blob, a detached revision, a nested ref, a partial download and a
    // corrupted entry. Times are `base` minus whole days, so the wording is stable.
    static void build(FixtureCache &cache, double base)
    {
        const QString alpha = QStringLiteral("models--org--alpha");
        const QString data = QStringLiteral("datasets--org--data");
        const double day = 86400;
        cache.addBlob(alpha, FixtureCache::sha256(QStringLiteral("weights")), QByteArray(50000, 'w'), base - 5 * day, base - 21 * day);
        cache.addBlob(alpha, QStringLiteral("cfg1"), QByteArray(1200, 'c'), base - 8 * day, base - 21 * day);
        cache.addBlob(alpha, QStringLiteral("cfg2"), QByteArray(1300, 'd'), base - 9 * day, base - 40 * day);
        const QString a1 = FixtureCache::commit(QStringLiteral("a1")), a2 = FixtureCache::commit(QStringLiteral("a2"));
        cache.addLink(alpha, a1, QStringLiteral("model.bin"), FixtureCache::sha256(QStringLiteral("weights")));
        cache.addLink(alpha, a1, QStringLiteral("config.json"), QStringLiteral("cfg1"));
        cache.addLink(alpha, a2, QStringLiteral("model.bin"), FixtureCache::sha256(QStringLiteral("weights")));
        cache.addLink(alpha, a2, QStringLiteral("config.json"), QStringLiteral("cfg2"));
        cache.addRef(alpha, QStringLiteral("main"), a1);
        cache.addRef(alpha, QStringLiteral("refs/pr/7"), a1);
        cache.writeFile(alpha + QStringLiteral("/blobs/partial.0badc0de.incomplete"), QByteArray(4096, 'p'));
        cache.addBlob(data, QStringLiteral("parquet"), QByteArray(2000000, 'q'), base - 100 * day, base - 200 * day);
        cache.addLink(data, FixtureCache::commit(QStringLiteral("d1")), QStringLiteral("data/train.parquet"), QStringLiteral("parquet"));
        cache.addRef(data, QStringLiteral("main"), FixtureCache::commit(QStringLiteral("d1")));
        cache.writeFile(QStringLiteral("not-a-repo.txt"), "hello");
    }

private Q_SLOTS:
    void tables()
    {
        FixtureCache cache;
        build(cache, double(QDateTime::currentSecsSinceEpoch()));
        const QString root = cache.root();
        Run run = cli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--dir"), root}, root);
        QCOMPARE(run.code, 0);
        GoldenFile::compare(QStringLiteral("ls.txt"), run.out);
        GoldenFile::compare(QStringLiteral("ls.stderr.txt"), run.err);

        run = cli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--dir"), root, QStringLiteral("--revisions"),
                   QStringLiteral("--show-warnings")},
                  root);
        QCOMPARE(run.code, 0);
        GoldenFile::compare(QStringLiteral("ls-revisions.txt"), run.out);
        GoldenFile::compare(QStringLiteral("ls-revisions.stderr.txt"), run.err);

        run = cli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--dir"), root, QStringLiteral("--filter"),
                   QStringLiteral("size>10K"), QStringLiteral("--sort"), QStringLiteral("size:asc"), QStringLiteral("--limit"),
                   QStringLiteral("1")},
                  root);
        GoldenFile::compare(QStringLiteral("ls-filtered.txt"), run.out);

        run = cli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--dir"), root, QStringLiteral("--format"),
                   QStringLiteral("csv")},
                  root);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.count(u'\n'), 3);
        QVERIFY(run.out.startsWith(QStringLiteral("id,size_on_disk,nb_files,last_accessed,last_modified,refs,repo_path\n")));

        run = cli({QStringLiteral("cache"), QStringLiteral("rm"), QStringLiteral("--dir"), root, FixtureCache::commit(QStringLiteral("a2")),
                   QStringLiteral("model/org/nothing"), QStringLiteral("--dry-run")},
                  root);
        QCOMPARE(run.code, 0);
        GoldenFile::compare(QStringLiteral("rm-dry-run.txt"), run.out + QStringLiteral("--- stderr ---\n") + run.err);

        run = cli({QStringLiteral("cache"), QStringLiteral("prune"), QStringLiteral("--dir"), root, QStringLiteral("--dry-run")}, root);
        QCOMPARE(run.code, 0);
        GoldenFile::compare(QStringLiteral("prune-dry-run.txt"), run.out);
    }

    void json()
    {
        FixtureCache cache;
        build(cache, 1700000000.0);
        const QString root = cache.root();
        Run run = cli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--dir"), root, QStringLiteral("--format"),
                       QStringLiteral("json")},
                      root);
        QCOMPARE(run.code, 0);
        GoldenFile::compare(QStringLiteral("ls.json"), run.out);

        run = cli({QStringLiteral("cache"), QStringLiteral("rm"), QStringLiteral("--dir"), root, QStringLiteral("model/org/alpha"),
                   QStringLiteral("not-a-repo.txt"), QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")},
                  root);
        QCOMPARE(run.code, 0);
        GoldenFile::compare(QStringLiteral("rm-dry-run.json"), run.out);

        run = cli({QStringLiteral("cache"), QStringLiteral("prune"), QStringLiteral("--dir"), root, QStringLiteral("--dry-run"),
                   QStringLiteral("--format"), QStringLiteral("json")},
                  root);
        GoldenFile::compare(QStringLiteral("prune-dry-run.json"), run.out);
    }

    void deletionAndExitCodes()
    {
        FixtureCache cache;
        build(cache, double(QDateTime::currentSecsSinceEpoch()));
        const QString root = cache.root();
        // No terminal, no --yes: refused, nothing deleted.
        Run run =
            cli({QStringLiteral("cache"), QStringLiteral("rm"), QStringLiteral("--dir"), root, QStringLiteral("dataset/org/data")}, root);
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("Re-run with --yes")));
        QVERIFY(QFile::exists(cache.path(QStringLiteral("datasets--org--data"))));
        run = cli({QStringLiteral("cache"), QStringLiteral("rm"), QStringLiteral("--dir"), root, QStringLiteral("dataset/org/data"),
                   QStringLiteral("--yes")},
                  root);
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QStringLiteral("✓ Deleted 1 repo(s) and 1 revision(s); freed 2.0M.")));
        QVERIFY(!QFile::exists(cache.path(QStringLiteral("datasets--org--data"))));
        run = cli({QStringLiteral("cache"), QStringLiteral("prune"), QStringLiteral("--dir"), root, QStringLiteral("--yes")}, root);
        QCOMPARE(run.code, 0);
        QVERIFY(!QFile::exists(cache.path(QStringLiteral("models--org--alpha/blobs/partial.0badc0de.incomplete"))));
        QVERIFY(!QFile::exists(cache.path(QStringLiteral("models--org--alpha/blobs/cfg2"))));
        run = cli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--dir"), root, QStringLiteral("--revisions")}, root);
        QVERIFY(run.out.contains(QStringLiteral("Found 1 repo(s) for a total of 1 revision(s) and 51.2K on disk.")));

        run = cli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--dir"), root + QStringLiteral("/missing")}, root);
        QCOMPARE(run.code, 1);
        QCOMPARE(run.err, QStringLiteral("Error: Cache directory not found: @CACHE@/missing\n"));
        QCOMPARE(cli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--bogus")}, root).code, 2);
        QCOMPARE(cli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--dir"), root, QStringLiteral("--filter"),
                      QStringLiteral("size==1")},
                     root)
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--dir"), root, QStringLiteral("--format"),
                      QStringLiteral("xml")},
                     root)
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("cache"), QStringLiteral("rm"), QStringLiteral("--dir"), root}, root).code, 2);
        run = cli({QStringLiteral("cache"), QStringLiteral("rm"), QStringLiteral("--dir"), root, QStringLiteral("model/org/none")}, root);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("Nothing to delete.\n"));
        QVERIFY(run.err.startsWith(QStringLiteral("Warning: Could not find in cache:\n  - model/org/none")));
    }

    void cacheLookupOrder()
    {
        FixtureCache first, second, third;
        build(first, 1700000000.0);
        auto scannedDir = [](const QStringList &env, const QString &root) {
            const Run run =
                cli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("json")}, root, env);
            return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("cache_dir")).toString();
        };
        const QString a = first.root(), b = second.root(), c = third.root();
        QCOMPARE(scannedDir({QStringLiteral("HF_HUB_CACHE=") + a, QStringLiteral("HUGGINGFACE_HUB_CACHE=") + b}, a),
                 QStringLiteral("@CACHE@"));
        QCOMPARE(scannedDir({QStringLiteral("HUGGINGFACE_HUB_CACHE=") + a, QStringLiteral("HF_HOME=") + b}, a), QStringLiteral("@CACHE@"));
        // HF_HOME/hub: the fixture roots are <tmp>/hub.
        const QString homeA = a.section(u'/', 0, -2);
        QCOMPARE(scannedDir({QStringLiteral("HF_HOME=") + homeA, QStringLiteral("XDG_CACHE_HOME=") + c}, a), QStringLiteral("@CACHE@"));
        QVERIFY(QDir().mkpath(c.section(u'/', 0, -2) + QStringLiteral("/xdg/huggingface")));
        QVERIFY(QFile::link(a, c.section(u'/', 0, -2) + QStringLiteral("/xdg/huggingface/hub")));
        // The path is resolved before it is reported, as huggingface_hub resolves it.
        QCOMPARE(scannedDir({QStringLiteral("XDG_CACHE_HOME=") + c.section(u'/', 0, -2) + QStringLiteral("/xdg")}, a),
                 QStringLiteral("@CACHE@"));
    }
};

QTEST_GUILESS_MAIN(TestCliGolden)
#include "tst_cligolden.moc"
