// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AtimeProbe.h"
#include "CacheScanner.h"
#include "FixtureCache.h"
#include "QuietFile.h"
#include "RepoPreview.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using hubdeck::CacheScanner;
using hubdeck::QuietFile;
using hubdeck::RepoPreview;
using hubdeck::test::AtimeProbe;
using hubdeck::test::FixtureCache;

namespace {

QByteArray safetensors(const QByteArray &json, qint64 dataBytes)
{
    QByteArray out(8, '\0');
    const quint64 length = quint64(json.size());
    std::memcpy(out.data(), &length, 8);
    return out + json + QByteArray(dataBytes, '\0');
}

// One tensor of rows x columns F32 values.
QByteArray shard(int rows, int columns)
{
    const qint64 bytes = qint64(rows) * columns * 4;
    return safetensors(
        QStringLiteral("{\"w\":{\"dtype\":\"F32\",\"shape\":[%1,%2],\"data_offsets\":[0,%3]}}").arg(rows).arg(columns).arg(bytes).toUtf8(),
        bytes);
}

const QByteArray kConfig = "{\"architectures\": [\"BertModel\", \"BertForMaskedLM\"], \"model_type\": \"bert\", "
                           "\"torch_dtype\": \"float32\", \"hidden_size\": 768, \"num_hidden_layers\": 12, \"vocab_size\": 30522}\n";

} // namespace

// RepoPreview, the preview layer's summary of a repo: which files it reads, config.json,
// parameters summed over the shards, and reads that neither block nor change access times.
class TestRepoPreview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            qFatal("cannot write the fixture %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // "main" wins over a newer revision; without it, the newest revision.
    void sourcesAreTheNewestRevisionsFiles()
    {
        FixtureCache cache;
        const QString repo = QStringLiteral("models--org--m");
        const QString mainCommit = FixtureCache::commit(QStringLiteral("main"));
        const QString newer = FixtureCache::commit(QStringLiteral("newer"));
        cache.addBlob(repo, QStringLiteral("cfg"), kConfig);
        cache.addBlob(repo, QStringLiteral("s1"), shard(2, 3));
        cache.addBlob(repo, QStringLiteral("s2"), shard(4, 5));
        cache.addBlob(repo, QStringLiteral("sub"), "{}");
        cache.addBlob(repo, QStringLiteral("other"), "{}", FixtureCache::kDefaultTime, FixtureCache::kDefaultTime + 1000);
        cache.addLink(repo, mainCommit, QStringLiteral("config.json"), QStringLiteral("cfg"));
        cache.addLink(repo, mainCommit, QStringLiteral("model-00001.safetensors"), QStringLiteral("s1"));
        cache.addLink(repo, mainCommit, QStringLiteral("model-00002.safetensors"), QStringLiteral("s2"));
        cache.addLink(repo, mainCommit, QStringLiteral("sub/config.json"), QStringLiteral("sub"));
        cache.addLink(repo, newer, QStringLiteral("config.json"), QStringLiteral("other"));
        cache.addRef(repo, QStringLiteral("main"), mainCommit);

        auto scan = CacheScanner::scan(cache.root());
        QCOMPARE(scan.repos.size(), 1);
        RepoPreview::Sources sources = RepoPreview::sourcesOf(scan.repos.first());
        QCOMPARE(sources.cacheId, QStringLiteral("model/org/m"));
        QCOMPARE(sources.sizeOnDisk, scan.repos.first().sizeOnDisk);
        QCOMPARE(sources.configPath, cache.path(repo + QStringLiteral("/blobs/cfg")));
        QStringList weights = sources.weightPaths;
        weights.sort();
        QCOMPARE(weights, (QStringList{cache.path(repo + QStringLiteral("/blobs/s1")), cache.path(repo + QStringLiteral("/blobs/s2"))}));

        const auto preview = RepoPreview::load(sources);
        QVERIFY(preview);
        QCOMPARE(preview->cacheId, QStringLiteral("model/org/m"));
        QVERIFY(preview->config);
        QCOMPARE(preview->config->modelType, QStringLiteral("bert"));
        QCOMPARE(preview->parameters, std::optional<qint64>(2 * 3 + 4 * 5));

        // Without "main", the revision modified last.
        QVERIFY(QFile::remove(cache.path(repo + QStringLiteral("/refs/main"))));
        scan = CacheScanner::scan(cache.root());
        sources = RepoPreview::sourcesOf(scan.repos.first());
        QCOMPARE(sources.configPath, cache.path(repo + QStringLiteral("/blobs/other")));
        QVERIFY(sources.weightPaths.isEmpty());
    }

    void configJson()
    {
        const RepoPreview::ModelConfig config = RepoPreview::ModelConfig::parse(kConfig);
        QCOMPARE(config.architectures, QStringLiteral("BertModel, BertForMaskedLM"));
        QCOMPARE(config.modelType, QStringLiteral("bert"));
        QCOMPARE(config.dtype, QStringLiteral("float32"));
        QCOMPARE(config.hiddenSize, QStringLiteral("768"));
        QCOMPARE(config.layers, QStringLiteral("12"));
        QCOMPARE(config.vocabulary, QStringLiteral("30522"));

        RepoPreview::Sources sources;
        sources.cacheId = QStringLiteral("model/org/m");
        sources.sizeOnDisk = 1234;
        sources.configPath = write(QStringLiteral("config"), kConfig);
        const auto preview = RepoPreview::load(sources);
        QVERIFY(preview);
        QCOMPARE(preview->cacheId, sources.cacheId);
        QCOMPARE(preview->sizeOnDisk, 1234);
        QVERIFY(preview->config);
        QCOMPARE(preview->config->architectures, config.architectures);
        QCOMPARE(preview->config->vocabulary, config.vocabulary);
        QVERIFY(!preview->parameters); // no shard: nothing counted
    }

    // What cannot be parsed is an empty config, not none: the file is there.
    void configThatIsNotAnObject_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << kConfig.left(30);
        QTest::newRow("an array") << QByteArray("[1, 2]");
        QTest::newRow("binary") << QByteArray("\0\1\2\3", 4);
        QTest::newRow("fields of other types") << QByteArray("{\"model_type\": 5, \"hidden_size\": {}}");
    }
    void configThatIsNotAnObject()
    {
        QFETCH(QByteArray, content);
        RepoPreview::Sources sources;
        sources.configPath = write(QStringLiteral("config"), content);
        const auto preview = RepoPreview::load(sources);
        QVERIFY(preview);
        QVERIFY(preview->config);
        QCOMPARE(preview->config->modelType, QString());
        QCOMPARE(preview->config->architectures, QString());
        QCOMPARE(preview->config->hiddenSize, QString());
    }

    void noConfig()
    {
        RepoPreview::Sources sources;
        auto preview = RepoPreview::load(sources);
        QVERIFY(preview);
        QVERIFY(!preview->config);
        sources.configPath = m_dir.filePath(QStringLiteral("missing-config"));
        preview = RepoPreview::load(sources);
        QVERIFY(preview);
        QVERIFY(!preview->config);
    }

    // Counted only when every shard's header reads.
    void parameterCount_data()
    {
        QTest::addColumn<QList<QByteArray>>("shards");
        QTest::addColumn<std::optional<qint64>>("parameters");
        QByteArray huge(8, '\0');
        const quint64 length = quint64(1) << 62;
        std::memcpy(huge.data(), &length, 8);
        QTest::newRow("one shard") << QList<QByteArray>{shard(3, 4)} << std::optional<qint64>(12);
        QTest::newRow("three shards") << QList<QByteArray>{shard(3, 4), shard(10, 10), shard(1, 1)} << std::optional<qint64>(113);
        QTest::newRow("a truncated header") << QList<QByteArray>{shard(3, 4), shard(10, 10).left(30)} << std::optional<qint64>();
        QTest::newRow("a hostile length") << QList<QByteArray>{huge + "{}", shard(3, 4)} << std::optional<qint64>();
        QTest::newRow("no shard") << QList<QByteArray>{} << std::optional<qint64>();
    }
    void parameterCount()
    {
        QFETCH(QList<QByteArray>, shards);
        QFETCH(std::optional<qint64>, parameters);
        RepoPreview::Sources sources;
        for (int i = 0; i < shards.size(); ++i)
            sources.weightPaths.append(write(QStringLiteral("shard%1").arg(i), shards[i]));
        const auto preview = RepoPreview::load(sources);
        QVERIFY(preview);
        QCOMPARE(preview->parameters, parameters);
    }

    void fifoDoesNotBlock()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
        QFile::remove(fifo);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        auto removeFifo = qScopeGuard([&] { QFile::remove(fifo); });
        RepoPreview::Sources sources;
        sources.configPath = fifo;
        sources.weightPaths = {write(QStringLiteral("shard"), shard(3, 4)), fifo};
        std::optional<RepoPreview> preview;
        std::unique_ptr<QThread> thread(QThread::create([&] { preview = RepoPreview::load(sources); }));
        thread->start();
        const bool finished = thread->wait(QDeadlineTimer(3000));
        if (!finished) { // release the reader blocked in open(), then fail
            const int writer = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (writer >= 0)
                ::close(writer);
            thread->wait();
        }
        QVERIFY2(finished, "reading a FIFO blocked");
        QVERIFY(preview);
        QVERIFY(!preview->config);
        QVERIFY(!preview->parameters);
    }

    // Asked before each file in turn; a stop reads nothing more.
    void beforeReadCanStopTheLoad()
    {
        RepoPreview::Sources sources;
        sources.weightPaths = {write(QStringLiteral("a"), shard(1, 2)), write(QStringLiteral("b"), shard(3, 4))};
        sources.configPath = write(QStringLiteral("config"), kConfig);
        QStringList asked;
        auto preview = RepoPreview::load(sources, [&](const QString &path) {
            asked.append(path);
            return true;
        });
        QVERIFY(preview);
        QCOMPARE(asked, sources.weightPaths + QStringList{sources.configPath});
        QCOMPARE(preview->parameters, std::optional<qint64>(14));

        asked.clear();
        preview = RepoPreview::load(sources, [&](const QString &path) {
            asked.append(path);
            return asked.size() < 2;
        });
        QVERIFY(!preview);
        QCOMPARE(asked, sources.weightPaths);
    }

    void readingNeverChangesTheAccessTime_data()
    {
        QTest::addColumn<bool>("noAtimeAllowed");
        QTest::newRow("O_NOATIME") << true;
        QTest::newRow("restored") << false;
    }
    void readingNeverChangesTheAccessTime()
    {
        QFETCH(bool, noAtimeAllowed);
        HUBDECK_REQUIRE_ATIME_UPDATES(m_dir.path());
        RepoPreview::Sources sources;
        sources.weightPaths = {write(QStringLiteral("a"), shard(1, 2)), write(QStringLiteral("b"), QByteArray(12, '\0'))};
        sources.configPath = write(QStringLiteral("config"), kConfig);
        const QStringList paths = sources.weightPaths + QStringList{sources.configPath};
        QList<timespec> before;
        for (const QString &path : paths) {
            const timespec times[2] = {{1600000000, 250000000}, {1600000000, 0}}; // older than relatime's 24 h
            QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
            before.append(AtimeProbe::atime(path));
            QCOMPARE(before.last().tv_sec, 1600000000);
        }
        QuietFile::setNoAtimeAllowedForTesting(noAtimeAllowed);
        auto restore = qScopeGuard([] { QuietFile::setNoAtimeAllowedForTesting(true); });
        const auto preview = RepoPreview::load(sources);
        QVERIFY(preview);
        QVERIFY(preview->config);
        for (int i = 0; i < paths.size(); ++i)
            HUBDECK_COMPARE_ATIME(before[i], paths[i]);
    }
};

QTEST_GUILESS_MAIN(TestRepoPreview)
#include "tst_repopreview.moc"
