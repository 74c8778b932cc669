// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CommitUpload.h"
#include "FakeHub.h"
#include "FileSlice.h"
#include "HubClient.h"
#include "RepoPath.h"
#include "UploadFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hubdeck;
using hubdeck::test::FakeHub;
using hubdeck::test::FakeLfsStore;

namespace {

const QString kSpace = QStringLiteral("alice/app");
constexpr qint64 kBigSize = 50LL * 1000 * 1000; // 50 MB

// One upload run to its end against the fake Hub, with what it reported.
struct Run
{
    HubResult<CommitUpload::Outcome> result;
    QList<CommitUpload::Progress> progress;
    struct Retry
    {
        QString path;
        int part = 0;
        int attempt = 0;
        int maxAttempts = 0;
        HubError::Kind kind = HubError::Kind::None;
    };
    QList<Retry> retries;
};

} // namespace

// The commit protocol against the fake Hub and its object store (another origin): every
// request's method, path, headers and body, the token kept to the Hub, unchanged files left
// out, basic and multipart LFS uploads, and every way it must stop before committing.
class TestCommitUpload : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHub> m_hub;
    std::unique_ptr<HubClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_bigHead; // the big file's first bytes (the rest is a hole: zeros)

    QString write(const QString &relative, const QByteArray &content)
    {
        const QString path = m_dir->filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QList<UploadFile> readFolder()
    {
        QList<UploadFile> files;
        const QStringList relative{QStringLiteral("app.py"), QStringLiteral("README.md"), QStringLiteral("empty.txt"),
                                   QStringLiteral("lib/util.py"), QStringLiteral("model.bin")};
        for (const QString &path : relative) {
            QString error;
            auto file = UploadFile::read(m_dir->filePath(path), path, &error);
            if (!file)
                qFatal("%s", qPrintable(error));
            files.append(*file);
        }
        return files;
    }

    CommitUpload::Request request(QList<UploadFile> additions, QStringList deletions = {})
    {
        CommitUpload::Request r;
        r.repoId = kSpace;
        r.summary = QStringLiteral("Upload app");
        r.description = QStringLiteral("from HubDeck");
        r.additions = std::move(additions);
        r.deletions = std::move(deletions);
        return r;
    }

    Run run(CommitUpload::Request r, const std::function<void(CommitUpload &, const CommitUpload::Progress &)> &onProgress = {})
    {
        Run out;
        bool done = false;
        CommitUpload upload(m_client.get(), std::move(r));
        connect(&upload, &CommitUpload::progress, this, [&](const CommitUpload::Progress &p) {
            out.progress.append(p);
            if (onProgress)
                onProgress(upload, p);
        });
        connect(&upload, &CommitUpload::retrying, this,
                [&](const QString &path, int part, int attempt, int maxAttempts, const HubError &error, int) {
                    out.retries.append({path, part, attempt, maxAttempts, error.kind});
                });
        connect(&upload, &CommitUpload::finished, this, [&](const HubResult<CommitUpload::Outcome> &result) {
            if (done)
                qFatal("finished twice");
            out.result = result;
            done = true;
        });
        // A real event loop: QTest::qWaitFor sleeps 10 ms between turns, and Qt hands an
        // upload's body to its network thread a block a turn.
        QEventLoop loop;
        connect(&upload, &CommitUpload::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, [] { qFatal("the upload never finished"); });
        upload.start();
        if (done)
            qFatal("finished from within start()");
        loop.exec();
        // Nothing more may arrive after finished().
        QTest::qWait(20);
        return out;
    }

    QList<FakeHub::Request> hubRequests(const QByteArray &method, const QString &pathPart) const
    {
        QList<FakeHub::Request> found;
        for (const FakeHub::Request &r : m_hub->requests())
            if (r.method == method && r.path.contains(pathPart))
                found.append(r);
        return found;
    }

    QList<FakeLfsStore::Request> storeRequests(const QByteArray &method, const QString &path) const
    {
        QList<FakeLfsStore::Request> found;
        for (const FakeLfsStore::Request &r : m_hub->store().requests())
            if (r.method == method && r.path == path)
                found.append(r);
        return found;
    }

    // PUTs begun for part n of `oid` (cut off and failed ones included).
    [[nodiscard]] int partPuts(const QString &oid, int n) const
    {
        return m_hub->store().started("PUT", QStringLiteral("/parts/%1/%2").arg(oid).arg(n));
    }

    // The big file alone, in 3 parts of 16 MiB (the last 16,445,568 bytes), no verify action.
    CommitUpload::Request multipartRequest(int concurrency = CommitUpload::kDefaultConcurrency)
    {
        m_hub->multipartChunkSize = 16LL << 20;
        m_hub->verifyAction = false;
        CommitUpload::Request r = request({readFolder().last()});
        r.concurrency = concurrency;
        return r;
    }

    // Bytes sent never exceed the total and end at it once every object is stored.
    static void verifyProgressIsTruthful(const Run &out, qint64 total)
    {
        for (const CommitUpload::Progress &p : out.progress) {
            QVERIFY2(p.bytesSent <= p.bytesTotal, qPrintable(QStringLiteral("%1 of %2").arg(p.bytesSent).arg(p.bytesTotal)));
            if (p.stage == CommitUpload::Stage::Uploading || p.stage == CommitUpload::Stage::Committing)
                QCOMPARE(p.bytesTotal, total);
        }
        QCOMPARE(out.progress.last().bytesSent, total);
    }

    [[nodiscard]] int commitRequests() const { return int(hubRequests("POST", QStringLiteral("/commit/")).size()); }

    void verifyTokenStaysOnTheHub()
    {
        const QByteArray bearer = "Bearer " + m_hub->token.toUtf8();
        for (const FakeHub::Request &r : m_hub->requests())
            QCOMPARE(r.authorization, bearer);
        for (const FakeLfsStore::Request &r : m_hub->store().requests())
            for (const auto &[name, value] : r.headers) {
                QVERIFY2(name.compare("Authorization", Qt::CaseInsensitive) != 0, qPrintable(r.path));
                QVERIFY2(!value.contains(m_hub->token.toUtf8()), qPrintable(r.path));
            }
    }

    [[nodiscard]] static QString sha256(const QByteArray &bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

private Q_SLOTS:
    void init()
    {
        m_hub = std::make_unique<FakeHub>();
        QVERIFY(m_hub->listen());
        m_hub->addSpace(kSpace, QStringLiteral("RUNNING"));
        HubClient::Options options;
        options.endpoint = m_hub->endpoint();
        options.token = m_hub->token;
        options.timeoutMs = 20000;
        options.maxRetries = 2;
        options.firstBackoffMs = 10;
        m_client = std::make_unique<HubClient>(options);
        // Parts an earlier test stored must not stand in for this one's (a port may come again).
        CommitUpload::forgetStoredParts();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        write(QStringLiteral("app.py"), "import gradio as gr\n\ngr.Interface(lambda x: x, \"text\", \"text\").launch()\n");
        write(QStringLiteral("README.md"), "---\ntitle: App\nsdk: gradio\n---\n");
        write(QStringLiteral("empty.txt"), {});
        write(QStringLiteral("lib/util.py"), "def twice(x):\n    return 2 * x\n");
        // 50 MB: random first and last MiB around a hole, so its hash is its own.
        QFile big(m_dir->filePath(QStringLiteral("model.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        m_bigHead.resize(1 << 20);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(m_bigHead.data()), m_bigHead.size() / 4);
        QVERIFY(big.write(m_bigHead) == m_bigHead.size());
        QVERIFY(big.resize(kBigSize - m_bigHead.size()));
        QVERIFY(big.seek(kBigSize - m_bigHead.size()));
        QVERIFY(big.write(m_bigHead) == m_bigHead.size());
    }

    void cleanup()
    {
        m_client.reset();
        m_hub.reset();
        m_dir.reset();
    }

    void readsAndHashes()
    {
        QString error;
        const auto file = UploadFile::read(m_dir->filePath(QStringLiteral("lib/util.py")), QStringLiteral("lib/util.py"), &error);
        QVERIFY2(file, qPrintable(error));
        const QByteArray content = "def twice(x):\n    return 2 * x\n";
        QCOMPARE(file->size, content.size());
        QCOMPARE(file->sample, content);
        QCOMPARE(file->sha256, sha256(content));
        // git hash-object of the same bytes
        QCOMPARE(UploadFile::gitBlobId("hello\n"), QStringLiteral("ce013625030ba8dba906f756967f9e9ca394464a"));
        QCOMPARE(file->gitSha1, UploadFile::gitBlobId(content));
        const auto big = UploadFile::read(m_dir->filePath(QStringLiteral("model.bin")), QStringLiteral("model.bin"), &error);
        QVERIFY(big);
        QCOMPARE(big->size, kBigSize);
        QCOMPARE(big->sample, m_bigHead.left(UploadFile::kSampleBytes));

        QVERIFY(!UploadFile::read(m_dir->filePath(QStringLiteral("nothing")), QStringLiteral("nothing"), &error));
        QVERIFY2(error.contains(QStringLiteral("no such file")), qPrintable(error));
        QVERIFY(!UploadFile::read(m_dir->filePath(QStringLiteral("lib")), QStringLiteral("lib"), &error));
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
    }

    void fileSlice()
    {
        const QString path = m_dir->filePath(QStringLiteral("model.bin"));
        QString error;
        auto slice = FileSlice::open(path, kBigSize, kBigSize - 10, 10, &error);
        QVERIFY2(slice, qPrintable(error));
        QCOMPARE(slice->size(), 10);
        QCOMPARE(slice->readAll(), m_bigHead.right(10));
        QVERIFY(slice->seek(4));
        QCOMPARE(slice->readAll(), m_bigHead.right(6));
        QVERIFY(!FileSlice::open(path, kBigSize + 1, 0, 10, &error)); // the file is not the size it was read with
        QVERIFY2(error.contains(QStringLiteral("changed")), qPrintable(error));
        QVERIFY(!FileSlice::open(path, kBigSize, kBigSize - 5, 10, &error));
        QVERIFY(!FileSlice::open(m_dir->filePath(QStringLiteral("gone")), 1, 0, 1, &error));
    }

    void badRequests_data()
    {
        QTest::addColumn<QString>("pathInRepo");
        QTest::addColumn<QString>("repoId");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("expected");
        const QString ok = QStringLiteral("app.py");
        const QString summary = QStringLiteral("Upload");
        QTest::newRow("parent") << QStringLiteral("../app.py") << kSpace << summary << QStringLiteral("\"..\"");
        QTest::newRow("inner parent") << QStringLiteral("a/../../app.py") << kSpace << summary << QStringLiteral("\"..\"");
        QTest::newRow("absolute") << QStringLiteral("/etc/app.py") << kSpace << summary << QStringLiteral("relative");
        QTest::newRow("git") << QStringLiteral(".git/config") << kSpace << summary << QStringLiteral(".git/");
        QTest::newRow("cache") << QStringLiteral("a/.cache/x") << kSpace << summary << QStringLiteral(".cache/");
        QTest::newRow("empty part") << QStringLiteral("a//b") << kSpace << summary << QStringLiteral("empty part");
        QTest::newRow("trailing slash") << QStringLiteral("a/") << kSpace << summary << QStringLiteral("empty part");
        QTest::newRow("empty") << QString() << kSpace << summary << QStringLiteral("empty");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << kSpace << summary << QStringLiteral("backslash");
        QTest::newRow("control") << QStringLiteral("a\nb") << kSpace << summary << QStringLiteral("control");
        QTest::newRow("dot slash") << QStringLiteral("./app.py") << kSpace << summary << QStringLiteral("write it as \"app.py\"");
        QTest::newRow("repo id") << ok << QStringLiteral("app") << summary << QStringLiteral("owner/name");
        QTest::newRow("repo id path") << ok << QStringLiteral("alice/app/../x") << summary << QStringLiteral("owner/name");
        QTest::newRow("repo id query") << ok << QStringLiteral("alice/app?x") << summary << QStringLiteral("owner/name");
        QTest::newRow("summary") << ok << kSpace << QStringLiteral("  ") << QStringLiteral("no summary");
    }

    void badRequests()
    {
        QFETCH(QString, pathInRepo);
        QFETCH(QString, repoId);
        QFETCH(QString, summary);
        QFETCH(QString, expected);
        QList<UploadFile> files = readFolder();
        files.first().pathInRepo = pathInRepo;
        CommitUpload::Request r = request(files);
        r.repoId = repoId;
        r.summary = summary;
        QVERIFY2(CommitUpload::problem(r).contains(expected), qPrintable(CommitUpload::problem(r)));
        const Run out = run(r);
        QCOMPARE(out.result.error.kind, HubError::Kind::LocalFile);
        QVERIFY2(out.result.error.message().contains(expected), qPrintable(out.result.error.message()));
        QVERIFY(out.result.error.message().contains(QStringLiteral("Nothing was committed")));
        // Refused before any call.
        QVERIFY(m_hub->requests().isEmpty());
        QVERIFY(m_hub->store().requests().isEmpty());
    }

    void duplicates()
    {
        QList<UploadFile> files = readFolder();
        files.append(files.first());
        QVERIFY(CommitUpload::problem(request(files)).contains(QStringLiteral("added twice")));
        files.removeLast();
        QVERIFY(CommitUpload::problem(request(files, {QStringLiteral("app.py")})).contains(QStringLiteral("both added and deleted")));
        QVERIFY(CommitUpload::problem(request({})).contains(QStringLiteral("nothing to add or delete")));
        QVERIFY(CommitUpload::problem(request(files, {QStringLiteral("old.py")})).isEmpty());
        QString error;
        QCOMPARE(RepoPath::check(QStringLiteral("./a/b.py"), &error), QStringLiteral("a/b.py"));
    }

    // The whole folder, the big file as one PUT: every request as huggingface_hub makes it.
    void uploadsAFolder()
    {
        const QList<UploadFile> files = readFolder();
        const Run out = run(request(files, {QStringLiteral("old.py")}), {});
        QVERIFY(!out.result.ok()); // old.py does not exist on the Space: the Hub refuses the deletion
        QCOMPARE(out.result.error.kind, HubError::Kind::NotFound);
        QVERIFY(m_hub->commits.isEmpty());

        m_hub->clearRequests();
        m_hub->store().clearRequests();
        m_hub->store().objects.clear();
        m_hub->remoteOids.insert(QStringLiteral("old.py"), UploadFile::gitBlobId("old"));
        const Run second = run(request(files, {QStringLiteral("old.py")}));
        QVERIFY2(second.result.ok(), qPrintable(second.result.error.message()));
        const CommitUpload::Outcome &outcome = *second.result.value;
        const UploadFile &big = files.last();

        // The Hub: preupload, LFS batch, verify, commit, in that order, each with the token.
        QStringList calls;
        for (const FakeHub::Request &r : m_hub->requests())
            calls.append(QString::fromLatin1(r.method) + u' ' + r.path);
        QCOMPARE(calls, QStringList({QStringLiteral("POST /api/spaces/alice/app/preupload/main"),
                                     QStringLiteral("POST /spaces/alice/app.git/info/lfs/objects/batch"),
                                     QStringLiteral("POST /spaces/alice/app.git/info/lfs/objects/verify"),
                                     QStringLiteral("POST /api/spaces/alice/app/commit/main")}));
        verifyTokenStaysOnTheHub();

        QJsonArray preuploadFiles;
        for (const UploadFile &file : files)
            preuploadFiles.append(QJsonObject{{QStringLiteral("path"), file.pathInRepo},
                                              {QStringLiteral("sample"), QString::fromLatin1(file.sample.toBase64())},
                                              {QStringLiteral("size"), QJsonValue(qint64(file.size))}});
        QCOMPARE(m_hub->requests()[0].json(), QJsonObject({{QStringLiteral("files"), preuploadFiles}}));
        QCOMPARE(m_hub->requests()[0].header("Content-Type"), QByteArray("application/json"));

        const FakeHub::Request &batch = m_hub->requests()[1];
        QCOMPARE(batch.header("Content-Type"), QByteArray("application/vnd.git-lfs+json"));
        QCOMPARE(batch.header("Accept"), QByteArray("application/vnd.git-lfs+json"));
        QCOMPARE(batch.json(),
                 QJsonObject({{QStringLiteral("operation"), QStringLiteral("upload")},
                              {QStringLiteral("transfers"), QJsonArray{QStringLiteral("basic"), QStringLiteral("multipart")}},
                              {QStringLiteral("objects"), QJsonArray{QJsonObject{{QStringLiteral("oid"), big.sha256},
                                                                                 {QStringLiteral("size"), QJsonValue(kBigSize)}}}},
                              {QStringLiteral("hash_algo"), QStringLiteral("sha256")},
                              {QStringLiteral("ref"), QJsonObject{{QStringLiteral("name"), QStringLiteral("main")}}}}));
        QCOMPARE(m_hub->requests()[2].json(),
                 QJsonObject({{QStringLiteral("oid"), big.sha256}, {QStringLiteral("size"), QJsonValue(kBigSize)}}));
        QCOMPARE(m_hub->requests()[2].header("X-Verify-Ticket"), QByteArray("v"));

        // The store: one PUT of the whole file with the batch answer's header, no token.
        QCOMPARE(m_hub->store().requests().size(), 1);
        const FakeLfsStore::Request &put = m_hub->store().requests().first();
        QCOMPARE(put.method, QByteArray("PUT"));
        QCOMPARE(put.path, QStringLiteral("/objects/") + big.sha256);
        QCOMPARE(put.bodySize, kBigSize);
        QCOMPARE(put.header("X-Store-Ticket"), QByteArray("ticket-") + big.sha256.left(8).toLatin1());
        QCOMPARE(put.header("Content-Length"), QByteArray::number(kBigSize));
        QCOMPARE(m_hub->store().objects.value(big.sha256), kBigSize);

        // The commit: NDJSON, line by line.
        const FakeHub::Request &commit = m_hub->requests()[3];
        QCOMPARE(commit.header("Content-Type"), QByteArray("application/x-ndjson"));
        auto b64 = [](const QByteArray &bytes) { return bytes.toBase64(); };
        const QByteArray expected = "{\"key\":\"header\",\"value\":{\"description\":\"from HubDeck\",\"summary\":\"Upload app\"}}"
                                    "\n"
                                    "{\"key\":\"file\",\"value\":{\"content\":\"" +
                                    b64("import gradio as gr\n\ngr.Interface(lambda x: x, \"text\", \"text\").launch()\n") +
                                    "\",\"encoding\":\"base64\",\"path\":\"app.py\"}}"
                                    "\n"
                                    "{\"key\":\"file\",\"value\":{\"content\":\"" +
                                    b64("---\ntitle: App\nsdk: gradio\n---\n") +
                                    "\",\"encoding\":\"base64\",\"path\":\"README.md\"}}"
                                    "\n"
                                    "{\"key\":\"file\",\"value\":{\"content\":\"\",\"encoding\":\"base64\",\"path\":\"empty.txt\"}}"
                                    "\n"
                                    "{\"key\":\"file\",\"value\":{\"content\":\"" +
                                    b64("def twice(x):\n    return 2 * x\n") +
                                    "\",\"encoding\":\"base64\",\"path\":\"lib/util.py\"}}"
                                    "\n"
                                    "{\"key\":\"lfsFile\",\"value\":{\"algo\":\"sha256\",\"oid\":\"" +
                                    big.sha256.toLatin1() +
                                    "\",\"path\":\"model.bin\",\"size\":50000000}}"
                                    "\n"
                                    "{\"key\":\"deletedFile\",\"value\":{\"path\":\"old.py\"}}"
                                    "\n";
        QCOMPARE(commit.body, expected);

        QCOMPARE(outcome.commitOid, QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha1).toHex()));
        QCOMPARE(outcome.commitUrl, QStringLiteral("https://huggingface.co/spaces/alice/app/commit/") + outcome.commitOid);
        QCOMPARE(outcome.sentRegular, QStringList({QStringLiteral("app.py"), QStringLiteral("README.md"), QStringLiteral("empty.txt"),
                                                   QStringLiteral("lib/util.py")}));
        QCOMPARE(outcome.sentLfs, QStringList{QStringLiteral("model.bin")});
        QVERIFY(outcome.unchanged.isEmpty());
        QCOMPARE(outcome.lfsBytesUploaded, kBigSize);
        QVERIFY(!outcome.nothingToCommit);

        // Progress: bytes climb to the total, then every file is done.
        QVERIFY(second.progress.size() >= 3);
        qint64 last = 0;
        for (const CommitUpload::Progress &p : second.progress) {
            QVERIFY(p.bytesSent >= last || p.stage != CommitUpload::Stage::Uploading);
            last = p.bytesSent;
        }
        QCOMPARE(second.progress.last().bytesSent, kBigSize);
        QCOMPARE(second.progress.last().bytesTotal, kBigSize);
        QCOMPARE(second.progress.last().filesTotal, 5);
        QCOMPARE(second.progress.last().filesDone, 5);
        QCOMPARE(second.progress.last().stage, CommitUpload::Stage::Committing);
    }

    // What the Space has with the same content is not sent again; all of it: no commit at all.
    void unchangedFilesAreNotSent()
    {
        const QList<UploadFile> files = readFolder();
        const UploadFile &big = files.last();
        m_hub->remoteOids.insert(QStringLiteral("app.py"), files[0].gitSha1);
        m_hub->remoteOids.insert(QStringLiteral("model.bin"), big.sha256);
        m_hub->remoteOids.insert(QStringLiteral("README.md"), UploadFile::gitBlobId("an older README\n"));
        m_hub->ignoredPaths.insert(QStringLiteral("lib/util.py"));
        const Run out = run(request(files));
        QVERIFY2(out.result.ok(), qPrintable(out.result.error.message()));
        QCOMPARE(out.result.value->unchanged, QStringList({QStringLiteral("app.py"), QStringLiteral("model.bin")}));
        QCOMPARE(out.result.value->ignored, QStringList{QStringLiteral("lib/util.py")});
        QCOMPARE(out.result.value->sentRegular, QStringList({QStringLiteral("README.md"), QStringLiteral("empty.txt")}));
        QVERIFY(out.result.value->sentLfs.isEmpty());
        // No LFS call, nothing to the store.
        QVERIFY(hubRequests("POST", QStringLiteral("/info/lfs/")).isEmpty());
        QVERIFY(m_hub->store().requests().isEmpty());
        QCOMPARE(m_hub->commits.size(), 1);
        const QList<QJsonObject> lines = m_hub->commits.first();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[1].value(QStringLiteral("value")).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("README.md"));
        QCOMPARE(lines[2].value(QStringLiteral("value")).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("empty.txt"));

        // The same folder again: the Space has everything now.
        m_hub->clearRequests();
        const Run again = run(request(files));
        QVERIFY2(again.result.ok(), qPrintable(again.result.error.message()));
        QVERIFY(again.result.value->nothingToCommit);
        QVERIFY(again.result.value->commitOid.isEmpty());
        QCOMPARE(m_hub->requests().size(), 1); // preupload only
        QCOMPARE(commitRequests(), 0);
        QCOMPARE(m_hub->commits.size(), 1);
    }

    // An object the store has already (no "actions") is committed without being sent.
    void objectAlreadyStored()
    {
        const QList<UploadFile> files = readFolder();
        m_hub->store().objects.insert(files.last().sha256, kBigSize);
        const Run out = run(request({files.last()}));
        QVERIFY2(out.result.ok(), qPrintable(out.result.error.message()));
        QCOMPARE(out.result.value->sentLfs, QStringList{QStringLiteral("model.bin")});
        QCOMPARE(out.result.value->lfsBytesUploaded, 0);
        QVERIFY(m_hub->store().requests().isEmpty());
        QCOMPARE(hubRequests("POST", QStringLiteral("/verify")).size(), 0);
        QCOMPARE(commitRequests(), 1);
    }

    void multipart()
    {
        m_hub->multipartChunkSize = 16LL << 20; // 50 MB: two parts of 16 MiB and one of 16,445,568 bytes
        m_hub->verifyAction = false;
        m_hub->lfsPaths.insert(QStringLiteral("lib/util.py")); // a small LFS file goes as one PUT still
        const QList<UploadFile> files = readFolder();
        const UploadFile &big = files.last();
        const Run out = run(request(files));
        QVERIFY2(out.result.ok(), qPrintable(out.result.error.message()));
        // The PUTs go side by side (the small object's and the parts): found by path, not order.
        const QList<FakeLfsStore::Request> &store = m_hub->store().requests();
        QCOMPARE(store.size(), 5);
        QCOMPARE(storeRequests("PUT", QStringLiteral("/objects/") + files[3].sha256).size(), 1);
        const qint64 part = 16LL << 20;
        for (int n = 1; n <= 3; ++n) {
            const QList<FakeLfsStore::Request> puts = storeRequests("PUT", QStringLiteral("/parts/%1/%2").arg(big.sha256).arg(n));
            QCOMPARE(puts.size(), 1);
            const FakeLfsStore::Request &put = puts.first();
            QCOMPARE(put.bodySize, n < 3 ? part : kBigSize - 2 * part);
            QCOMPARE(put.header("Content-Length"), QByteArray::number(put.bodySize));
            // A part's URL is signed for it alone: the upload action's headers are not sent with it.
            QVERIFY(put.header("chunk_size").isEmpty());
        }
        // Completion only once every part is stored.
        QCOMPARE(store.last().path, QStringLiteral("/complete/") + big.sha256);
        const FakeLfsStore::Request &complete = store.last();
        QCOMPARE(complete.method, QByteArray("POST"));
        QCOMPARE(complete.path, QStringLiteral("/complete/") + big.sha256);
        QCOMPARE(complete.header("Content-Type"), QByteArray("application/vnd.git-lfs+json"));
        const QJsonObject body = QJsonDocument::fromJson(complete.body).object();
        QCOMPARE(body.value(QStringLiteral("oid")).toString(), big.sha256);
        const QJsonArray listed = body.value(QStringLiteral("parts")).toArray();
        QCOMPARE(listed.size(), 3);
        // The ETags the store gave, in part order (the store checks them, and the whole object's sha256).
        for (int n = 1; n <= 3; ++n) {
            const QString etag = QString::fromLatin1(m_hub->store().etag(QStringLiteral("/parts/%1/%2").arg(big.sha256).arg(n)));
            QVERIFY(etag.startsWith(QStringLiteral("\"part-%1-").arg(n)));
            QCOMPARE(listed[n - 1].toObject(), QJsonObject({{QStringLiteral("partNumber"), n}, {QStringLiteral("etag"), etag}}));
        }
        QCOMPARE(m_hub->store().objects.value(big.sha256), kBigSize);
        QCOMPARE(out.result.value->lfsBytesUploaded, kBigSize + files[3].size);
        verifyTokenStaysOnTheHub();
        QCOMPARE(commitRequests(), 1);
    }

    // The parts of one object go side by side, at most `concurrency` and `partsAtOnce` at once.
    void partsGoSideBySide_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<int>("partsAtOnce");
        QTest::newRow("1, default") << 1 << CommitUpload::kDefaultPartsAtOnce;
        QTest::newRow("2, default") << 2 << CommitUpload::kDefaultPartsAtOnce;
        QTest::newRow("5, default") << 5 << CommitUpload::kDefaultPartsAtOnce;
        QTest::newRow("5, 1") << 5 << 1;
        QTest::newRow("5, 3") << 5 << 3;
        QTest::newRow("2, 3") << 2 << 3;
    }

    void partsGoSideBySide()
    {
        QFETCH(int, concurrency);
        QFETCH(int, partsAtOnce);
        CommitUpload::Request r = multipartRequest(concurrency);
        r.partsAtOnce = partsAtOnce;
        const Run out = run(r);
        QVERIFY2(out.result.ok(), qPrintable(out.result.error.message()));
        const QString oid = readFolder().last().sha256;
        for (int n = 1; n <= 3; ++n)
            QCOMPARE(partPuts(oid, n), 1);
        // 16 MiB bodies overlap whenever two may go at once.
        QCOMPARE(m_hub->store().mostAtOnce(), std::min({concurrency, partsAtOnce, 3}));
        QCOMPARE(m_hub->store().objects.value(oid), kBigSize);
        QCOMPARE(out.result.value->lfsBytesUploaded, kBigSize);
        verifyProgressIsTruthful(out, kBigSize);
        QCOMPARE(commitRequests(), 1);
        QVERIFY(out.retries.isEmpty()); // nothing failed: nothing said
    }

    // Many small objects: side by side too, never more than asked.
    void objectsGoSideBySide()
    {
        QList<UploadFile> files;
        for (int i = 0; i < 12; ++i) {
            const QString name = QStringLiteral("data/%1.bin").arg(i);
            write(name, QByteArray(256 * 1024 + i, char('a' + i)));
            QString error;
            const auto file = UploadFile::read(m_dir->filePath(name), name, &error);
            QVERIFY2(file, qPrintable(error));
            files.append(*file);
            m_hub->lfsPaths.insert(name);
        }
        CommitUpload::Request r = request(files);
        r.concurrency = 3;
        const Run out = run(r);
        QVERIFY2(out.result.ok(), qPrintable(out.result.error.message()));
        QCOMPARE(out.result.value->sentLfs.size(), 12);
        QVERIFY(m_hub->store().mostAtOnce() <= 3);
        for (const UploadFile &file : std::as_const(files))
            QCOMPARE(m_hub->store().started("PUT", QStringLiteral("/objects/") + file.sha256), 1);
        QCOMPARE(m_hub->store().objects.size(), 12);
        QCOMPARE(out.progress.last().filesDone, 12);
        QCOMPARE(commitRequests(), 1);
    }

    void concurrencyOutOfRange_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("0") << 0;
        QTest::newRow("-1") << -1;
        QTest::newRow("7") << 7;
    }

    void concurrencyOutOfRange()
    {
        QFETCH(int, concurrency);
        CommitUpload::Request r = request(readFolder());
        r.concurrency = concurrency;
        QVERIFY2(CommitUpload::problem(r).contains(QStringLiteral("it must be 1 to 6")), qPrintable(CommitUpload::problem(r)));
        const Run out = run(r);
        QCOMPARE(out.result.error.kind, HubError::Kind::LocalFile);
        QVERIFY(m_hub->requests().isEmpty());
    }

    void partsAtOnceOutOfRange_data()
    {
        QTest::addColumn<int>("partsAtOnce");
        QTest::newRow("0") << 0;
        QTest::newRow("-1") << -1;
        QTest::newRow("7") << 7;
    }

    void partsAtOnceOutOfRange()
    {
        QFETCH(int, partsAtOnce);
        CommitUpload::Request r = request(readFolder());
        r.partsAtOnce = partsAtOnce;
        QVERIFY2(CommitUpload::problem(r).contains(QStringLiteral("parts at once: it must be 1 to 6")),
                 qPrintable(CommitUpload::problem(r)));
        const Run out = run(r);
        QCOMPARE(out.result.error.kind, HubError::Kind::LocalFile);
        QVERIFY(m_hub->requests().isEmpty());
    }

    // A part that fails (5xx, or the connection cut mid-body) goes again, alone: the other
    // parts are PUT once, and the figures count each byte once.
    void failedPartGoesAgainAlone_data()
    {
        QTest::addColumn<bool>("drop");
        QTest::addColumn<int>("failures");
        QTest::newRow("503 twice") << false << 2;
        QTest::newRow("cut off once") << true << 1;
    }

    void failedPartGoesAgainAlone()
    {
        QFETCH(bool, drop);
        QFETCH(int, failures);
        const QString oid = readFolder().last().sha256;
        const QString part2 = QStringLiteral("/parts/%1/2").arg(oid);
        if (drop)
            m_hub->store().dropNext(part2, failures);
        else
            m_hub->store().failNext(part2, 503, failures);
        const Run out = run(multipartRequest());
        QVERIFY2(out.result.ok(), qPrintable(out.result.error.message()));
        QCOMPARE(partPuts(oid, 1), 1);
        QCOMPARE(partPuts(oid, 3), 1);
        // Qt itself may send a body again once when the connection closes under it.
        QVERIFY2(partPuts(oid, 2) >= failures + 1 && partPuts(oid, 2) <= 2 * failures + 1, qPrintable(QString::number(partPuts(oid, 2))));
        QCOMPARE(m_hub->store().objects.value(oid), kBigSize);
        QCOMPARE(out.result.value->lfsBytesUploaded, kBigSize);
        verifyProgressIsTruthful(out, kBigSize);
        QCOMPARE(commitRequests(), 1);
        // Each try again is said, with the part and the count.
        QVERIFY(out.retries.size() >= failures);
        for (qsizetype i = 0; i < out.retries.size(); ++i) {
            QCOMPARE(out.retries[i].part, 1);
            QCOMPARE(out.retries[i].attempt, int(i) + 2);
            QCOMPARE(out.retries[i].maxAttempts, m_client->options().maxRetries + 1);
        }
    }

    // One part refused: the others in flight are canceled, the error is reported once, nothing
    // more reaches the store and nothing is committed.
    void oneFailureStopsTheOthers()
    {
        const QString oid = readFolder().last().sha256;
        m_hub->store().failNext(QStringLiteral("/parts/%1/1").arg(oid), 403);
        const Run out = run(multipartRequest());
        QCOMPARE(out.result.error.kind, HubError::Kind::Forbidden);
        const int received = int(m_hub->store().requests().size());
        int begun = 0;
        for (int n = 1; n <= 3; ++n)
            begun += partPuts(oid, n);
        QTest::qWait(300);
        QCOMPARE(int(m_hub->store().requests().size()), received);
        int begunLater = 0;
        for (int n = 1; n <= 3; ++n)
            begunLater += partPuts(oid, n);
        QCOMPARE(begunLater, begun);
        QCOMPARE(partPuts(oid, 1), 1); // a 403 is not tried again
        QVERIFY(storeRequests("POST", QStringLiteral("/complete/") + oid).isEmpty());
        QVERIFY(!m_hub->store().objects.contains(oid));
        QCOMPARE(commitRequests(), 0);
    }

    // Cancel with several PUTs in flight: every one stops.
    void cancelStopsEveryCall()
    {
        const QString oid = readFolder().last().sha256;
        bool canceled = false;
        const Run out = run(multipartRequest(), [&](CommitUpload &upload, const CommitUpload::Progress &p) {
            if (!canceled && p.stage == CommitUpload::Stage::Uploading && p.bytesSent > 0) {
                canceled = true;
                upload.cancel();
            }
        });
        QVERIFY(canceled);
        QCOMPARE(out.result.error.kind, HubError::Kind::Canceled);
        const qsizetype received = m_hub->store().requests().size();
        QTest::qWait(300);
        QCOMPARE(m_hub->store().requests().size(), received);
        QVERIFY(storeRequests("POST", QStringLiteral("/complete/") + oid).isEmpty());
        QVERIFY(!m_hub->store().objects.contains(oid));
        QCOMPARE(commitRequests(), 0);
    }

    // Across uploads: an object stored by a run that failed later is not sent again.
    void storedObjectsAreNotSentAgain()
    {
        m_hub->lfsPaths.insert(QStringLiteral("lib/util.py"));
        const QList<UploadFile> files = readFolder();
        const QString small = QStringLiteral("/objects/") + files[3].sha256;
        const QString big = QStringLiteral("/objects/") + files.last().sha256;
        m_hub->store().failNext(big, 403);
        CommitUpload::Request r = request(files);
        r.concurrency = 1; // the small object first, then the big one
        const Run first = run(r);
        QCOMPARE(first.result.error.kind, HubError::Kind::Forbidden);
        QVERIFY(m_hub->store().objects.contains(files[3].sha256));
        QCOMPARE(commitRequests(), 0);
        const Run second = run(r);
        QVERIFY2(second.result.ok(), qPrintable(second.result.error.message()));
        QCOMPARE(m_hub->store().started("PUT", small), 1);
        QCOMPARE(m_hub->store().started("PUT", big), 2);
        QCOMPARE(second.result.value->lfsBytesUploaded, kBigSize);
        // The object stored before counts as sent: the bar ends full.
        verifyProgressIsTruthful(second, kBigSize + files[3].size);
        QCOMPARE(commitRequests(), 1);
    }

    // Across uploads in one process: the same part URLs again, only the missing part goes.
    void sameMultipartUploadResumes()
    {
        const QString oid = readFolder().last().sha256;
        m_hub->store().failNext(QStringLiteral("/parts/%1/3").arg(oid), 403);
        const Run first = run(multipartRequest(1));
        QCOMPARE(first.result.error.kind, HubError::Kind::Forbidden);
        QCOMPARE(commitRequests(), 0);
        const Run second = run(multipartRequest(1));
        QVERIFY2(second.result.ok(), qPrintable(second.result.error.message()));
        QCOMPARE(partPuts(oid, 1), 1);
        QCOMPARE(partPuts(oid, 2), 1);
        QCOMPARE(partPuts(oid, 3), 2);
        QCOMPARE(second.result.value->lfsBytesUploaded, kBigSize - 2 * (16LL << 20));
        verifyProgressIsTruthful(second, kBigSize);
        // The store checked the remembered ETags against the parts it has.
        QCOMPARE(m_hub->store().objects.value(oid), kBigSize);
        QCOMPARE(commitRequests(), 1);
    }

    // Other part URLs (a new multipart upload): every part goes again; nothing is assumed.
    void newMultipartUploadSendsEveryPart()
    {
        const QString oid = readFolder().last().sha256;
        m_hub->store().failNext(QStringLiteral("/parts/%1/3").arg(oid), 403);
        QCOMPARE(run(multipartRequest(1)).result.error.kind, HubError::Kind::Forbidden);
        QJsonObject header{{QStringLiteral("chunk_size"), QString::number(16LL << 20)}};
        for (int n = 1; n <= 3; ++n)
            header.insert(QString::number(n),
                          m_hub->store().endpoint() + QStringLiteral("/parts/%1/%2?X-Amz-Signature=new%2").arg(oid).arg(n));
        const QJsonObject upload{{QStringLiteral("href"), m_hub->store().endpoint() + QStringLiteral("/complete/") + oid},
                                 {QStringLiteral("header"), header}};
        FakeHub::Canned canned;
        canned.body =
            QJsonDocument(
                QJsonObject{{QStringLiteral("objects"),
                             QJsonArray{QJsonObject{{QStringLiteral("oid"), oid},
                                                    {QStringLiteral("size"), QJsonValue(kBigSize)},
                                                    {QStringLiteral("actions"), QJsonObject{{QStringLiteral("upload"), upload}}}}}}})
                .toJson(QJsonDocument::Compact);
        m_hub->failNext(QStringLiteral("/batch"), canned);
        const Run second = run(multipartRequest(1));
        QVERIFY2(second.result.ok(), qPrintable(second.result.error.message()));
        QCOMPARE(partPuts(oid, 1), 2);
        QCOMPARE(partPuts(oid, 2), 2);
        QCOMPARE(partPuts(oid, 3), 2);
        QCOMPARE(second.result.value->lfsBytesUploaded, kBigSize);
        QCOMPARE(commitRequests(), 1);
    }

    // The store dropped the upload meanwhile: the completion is refused, the remembered parts
    // are forgotten, and the next upload sends them all.
    void refusedCompletionForgetsTheParts()
    {
        const QString oid = readFolder().last().sha256;
        m_hub->store().failNext(QStringLiteral("/parts/%1/3").arg(oid), 403);
        QCOMPARE(run(multipartRequest(1)).result.error.kind, HubError::Kind::Forbidden);
        m_hub->store().forgetParts();
        const Run second = run(multipartRequest(1));
        QCOMPARE(second.result.error.httpStatus, 400);
        QCOMPARE(partPuts(oid, 1), 1);
        QCOMPARE(commitRequests(), 0);
        const Run third = run(multipartRequest(1));
        QVERIFY2(third.result.ok(), qPrintable(third.result.error.message()));
        QCOMPARE(partPuts(oid, 1), 2);
        QCOMPARE(partPuts(oid, 2), 2);
        QCOMPARE(partPuts(oid, 3), 3);
        QCOMPARE(m_hub->store().objects.value(oid), kBigSize);
        QCOMPARE(commitRequests(), 1);
    }

    // A storage address in plain http:// off loopback is refused before anything is sent there.
    void insecureStorageAddress()
    {
        const UploadFile big = readFolder().last();
        const QJsonObject upload{{QStringLiteral("href"), QStringLiteral("http://storage.example/objects/") + big.sha256}};
        FakeHub::Canned canned;
        canned.body =
            QJsonDocument(
                QJsonObject{{QStringLiteral("objects"),
                             QJsonArray{QJsonObject{{QStringLiteral("oid"), big.sha256},
                                                    {QStringLiteral("size"), QJsonValue(kBigSize)},
                                                    {QStringLiteral("actions"), QJsonObject{{QStringLiteral("upload"), upload}}}}}}})
                .toJson(QJsonDocument::Compact);
        m_hub->failNext(QStringLiteral("/batch"), canned);
        const Run out = run(request({big}));
        QCOMPARE(out.result.error.kind, HubError::Kind::InsecureEndpoint);
        QVERIFY(out.result.error.message().contains(QStringLiteral("storage.example")));
        QCOMPARE(commitRequests(), 0);
    }

    void multipartWithWrongPartCount()
    {
        m_hub->multipartChunkSize = 16LL << 20;
        const QList<UploadFile> files = readFolder();
        // The batch answer names 4 parts; a chunk_size of 32 MiB would need 2.
        QJsonObject header{{QStringLiteral("chunk_size"), QString::number(32LL << 20)}};
        for (int n = 1; n <= 4; ++n)
            header.insert(QString::number(n), m_hub->store().endpoint() + QStringLiteral("/parts/x/%1").arg(n));
        FakeHub::Canned canned;
        canned.body =
            QJsonDocument(QJsonObject{{QStringLiteral("objects"),
                                       QJsonArray{QJsonObject{{QStringLiteral("oid"), files.last().sha256},
                                                              {QStringLiteral("size"), QJsonValue(kBigSize)},
                                                              {QStringLiteral("actions"),
                                                               QJsonObject{{QStringLiteral("upload"),
                                                                            QJsonObject{{QStringLiteral("href"), m_hub->store().endpoint()},
                                                                                        {QStringLiteral("header"), header}}}}}}}}})
                .toJson(QJsonDocument::Compact);
        m_hub->failNext(QStringLiteral("/batch"), canned);
        const Run out = run(request(files));
        QCOMPARE(out.result.error.kind, HubError::Kind::BadResponse);
        QVERIFY2(out.result.error.message().contains(QStringLiteral("4 multipart part URLs")), qPrintable(out.result.error.message()));
        QVERIFY(m_hub->store().requests().isEmpty());
        QCOMPARE(commitRequests(), 0);
    }

    void conflict_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("409") << 409;
        QTest::newRow("412") << 412;
    }

    // The Space changed meanwhile: one clear sentence, nothing committed.
    void conflict()
    {
        QFETCH(int, status);
        FakeHub::Canned canned;
        canned.status = status;
        canned.body = "{\"error\":\"A commit has happened since. Please refresh and try again.\"}";
        m_hub->failNext(QStringLiteral("/commit/main"), canned);
        CommitUpload::Request r = request(readFolder());
        r.parentCommit = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        const Run out = run(r);
        QCOMPARE(out.result.error.kind, HubError::Kind::RepoChanged);
        QCOMPARE(out.result.error.httpStatus, status);
        const QString message = out.result.error.message();
        QVERIFY2(message.contains(QStringLiteral("changed while the files were uploading (HTTP %1)").arg(status)), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("A commit has happened since")));
        QVERIFY(!message.contains(u'\n'));
        QVERIFY(m_hub->commits.isEmpty());
        // Tried once: a commit is not repeated.
        QCOMPARE(commitRequests(), 1);
        QVERIFY(hubRequests("POST", QStringLiteral("/commit/"))
                    .first()
                    .body.startsWith("{\"key\":\"header\",\"value\":{\"description\":\"from "
                                     "HubDeck\",\"parentCommit\":\"0123456789abcdef0123456789abcdef01234567\",\"summary\":\"Upload app\"}}"
                                     "\n"));
    }

    void lfsPutFails_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("times");
        QTest::addColumn<int>("expectedPuts");
        QTest::addColumn<int>("kind");
        QTest::newRow("403") << 403 << 1 << 1 << int(HubError::Kind::Forbidden);
        // 500 is retried (a PUT of the same bytes): maxRetries is 2, so 3 tries.
        QTest::newRow("500 every time") << 500 << 10 << 3 << int(HubError::Kind::ServerError);
    }

    void lfsPutFails()
    {
        QFETCH(int, status);
        QFETCH(int, times);
        QFETCH(int, expectedPuts);
        QFETCH(int, kind);
        m_hub->store().failNext(QStringLiteral("/objects/"), status, times);
        const Run out = run(request(readFolder()));
        QCOMPARE(int(out.result.error.kind), kind);
        QCOMPARE(m_hub->store().requests().size(), expectedPuts);
        QCOMPARE(commitRequests(), 0);
        QVERIFY(m_hub->commits.isEmpty());
        verifyTokenStaysOnTheHub();
    }

    void lfsPutRetried()
    {
        m_hub->store().failNext(QStringLiteral("/objects/"), 503, 1);
        const Run out = run(request(readFolder()));
        QVERIFY2(out.result.ok(), qPrintable(out.result.error.message()));
        QCOMPARE(m_hub->store().requests().size(), 2);
        QCOMPARE(m_hub->store().requests().last().bodySize, kBigSize);
        QCOMPARE(commitRequests(), 1);
        QCOMPARE(out.retries.size(), 1);
        QCOMPARE(out.retries.first().part, -1); // a whole object in one PUT
        QCOMPARE(out.retries.first().attempt, 2);
        QCOMPARE(int(out.retries.first().kind), int(HubError::Kind::ServerError));
    }

    void batchObjectError()
    {
        const QList<UploadFile> files = readFolder();
        FakeHub::Canned canned;
        canned.body =
            QJsonDocument(
                QJsonObject{{QStringLiteral("objects"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("oid"), files.last().sha256},
                                 {QStringLiteral("size"), QJsonValue(kBigSize)},
                                 {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), 422},
                                                                       {QStringLiteral("message"), QStringLiteral("File too large")}}}}}}})
                .toJson(QJsonDocument::Compact);
        m_hub->failNext(QStringLiteral("/batch"), canned);
        const Run out = run(request(files));
        QCOMPARE(out.result.error.kind, HubError::Kind::HttpError);
        QCOMPARE(out.result.error.httpStatus, 422);
        QVERIFY2(out.result.error.message().contains(QStringLiteral("model.bin: File too large")), qPrintable(out.result.error.message()));
        QVERIFY(m_hub->store().requests().isEmpty());
        QCOMPARE(commitRequests(), 0);
    }

    void cancelMidUpload()
    {
        bool canceled = false;
        const Run out = run(request(readFolder()), [&](CommitUpload &upload, const CommitUpload::Progress &p) {
            if (!canceled && p.stage == CommitUpload::Stage::Uploading && p.bytesSent > 0 && p.bytesSent < kBigSize) {
                canceled = true;
                upload.cancel();
            }
        });
        QVERIFY(canceled);
        QCOMPARE(out.result.error.kind, HubError::Kind::Canceled);
        QVERIFY(out.progress.last().bytesSent < kBigSize);
        QCOMPARE(commitRequests(), 0);
        QVERIFY(!m_hub->store().objects.contains(readFolder().last().sha256));
    }

    void cancelBeforeAnything()
    {
        CommitUpload upload(m_client.get(), request(readFolder()));
        QSignalSpy finished(&upload, &CommitUpload::finished);
        upload.start();
        upload.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<HubResult<CommitUpload::Outcome>>().error.kind, HubError::Kind::Canceled);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(commitRequests(), 0);
    }

    void fileGoneBeforeStart()
    {
        const QList<UploadFile> files = readFolder();
        QVERIFY(QFile::remove(files.last().localPath));
        const Run out = run(request(files));
        QCOMPARE(out.result.error.kind, HubError::Kind::LocalFile);
        QVERIFY2(out.result.error.message().contains(QStringLiteral("model.bin: it is gone")), qPrintable(out.result.error.message()));
        QVERIFY(m_hub->requests().isEmpty());
    }

    // A regular file changed (same size, other bytes and time) while the big one went up:
    // caught when its content is read for the commit, which is never sent.
    void fileChangedDuringUpload()
    {
        const QList<UploadFile> files = readFolder();
        bool changed = false;
        const Run out = run(request(files), [&](CommitUpload &, const CommitUpload::Progress &p) {
            if (!changed && p.stage == CommitUpload::Stage::Uploading && p.bytesSent > 0) {
                changed = true;
                write(QStringLiteral("lib/util.py"), "def twice(x):\n    return 3 * x\n");
            }
        });
        QVERIFY(changed);
        QCOMPARE(out.result.error.kind, HubError::Kind::LocalFile);
        QVERIFY2(out.result.error.message().contains(QStringLiteral("util.py: it changed since it was read")),
                 qPrintable(out.result.error.message()));
        QCOMPARE(commitRequests(), 0);
    }

    void fileVanishedDuringUpload()
    {
        const QList<UploadFile> files = readFolder();
        bool removed = false;
        const Run out = run(request(files), [&](CommitUpload &, const CommitUpload::Progress &p) {
            if (!removed && p.stage == CommitUpload::Stage::Uploading && p.bytesSent > 0) {
                removed = true;
                QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("app.py"))));
            }
        });
        QVERIFY(removed);
        QCOMPARE(out.result.error.kind, HubError::Kind::LocalFile);
        QVERIFY2(out.result.error.message().contains(QStringLiteral("app.py: it is gone")), qPrintable(out.result.error.message()));
        QCOMPARE(commitRequests(), 0);
    }

    void deletionsOnly()
    {
        m_hub->remoteOids.insert(QStringLiteral("old/a.py"), UploadFile::gitBlobId("a"));
        m_hub->remoteOids.insert(QStringLiteral("b.txt"), UploadFile::gitBlobId("b"));
        const Run out = run(request({}, {QStringLiteral("old/a.py"), QStringLiteral("b.txt")}));
        QVERIFY2(out.result.ok(), qPrintable(out.result.error.message()));
        QCOMPARE(m_hub->requests().size(), 1); // no preupload: nothing to add
        QCOMPARE(m_hub->requests().first().body,
                 QByteArray("{\"key\":\"header\",\"value\":{\"description\":\"from HubDeck\",\"summary\":\"Upload app\"}}\n"
                            "{\"key\":\"deletedFile\",\"value\":{\"path\":\"old/a.py\"}}\n"
                            "{\"key\":\"deletedFile\",\"value\":{\"path\":\"b.txt\"}}\n"));
        QVERIFY(m_hub->remoteOids.isEmpty());
    }

    void revisionIsEncoded()
    {
        CommitUpload::Request r = request({readFolder().first()});
        r.revision = QStringLiteral("refs/pr/1");
        const Run out = run(r);
        QVERIFY2(out.result.ok(), qPrintable(out.result.error.message()));
        QCOMPARE(hubRequests("POST", QStringLiteral("/preupload/")).size(), 1);
        // One path segment, as huggingface_hub quotes it.
        QCOMPARE(commitRequests(), 1);
        QCOMPARE(hubRequests("POST", QStringLiteral("/commit/")).first().target, QByteArray("/api/spaces/alice/app/commit/refs%2Fpr%2F1"));
        QCOMPARE(hubRequests("POST", QStringLiteral("/preupload/")).first().target,
                 QByteArray("/api/spaces/alice/app/preupload/refs%2Fpr%2F1"));
    }

    // The store verifies a multipart object's sha256 before completion answers 200, whether a
    // part was hashed as it came (the next one in order), later (it came before the parts
    // ahead of it), sent again with other bytes, or answered with an error after it came.
    void storeVerifiesMultipartObjects()
    {
        QByteArray one(256 << 10, Qt::Uninitialized);
        QByteArray two(256 << 10, Qt::Uninitialized);
        QRandomGenerator generator(11);
        generator.fillRange(reinterpret_cast<quint32 *>(one.data()), one.size() / 4);
        generator.fillRange(reinterpret_cast<quint32 *>(two.data()), two.size() / 4);
        const QString oid = sha256(one + two);
        const auto send = [&](const QString &path, const QByteArray &body, QByteArray *etag = nullptr) {
            HubClient::RawRequest raw;
            raw.verb = path.startsWith(u"/complete/") ? "POST" : "PUT";
            raw.url = QUrl(m_hub->store().endpoint() + path);
            raw.body = body;
            raw.anyOrigin = true;
            int status = 0;
            m_client->sendRaw(raw, [&](const HubClient::Response &response, const HubError &error) {
                status = error.isError() ? std::max(error.httpStatus, 1) : response.status;
                if (etag)
                    *etag = response.header("ETag");
            });
            if (!QTest::qWaitFor([&] { return status != 0; }, 10000))
                return -1;
            return status;
        };
        const auto complete = [&](const QList<QByteArray> &etags) {
            QJsonArray parts;
            for (int i = 0; i < etags.size(); ++i)
                parts.append(QJsonObject{{QStringLiteral("partNumber"), i + 1}, {QStringLiteral("etag"), QString::fromLatin1(etags[i])}});
            return send(QStringLiteral("/complete/") + oid,
                        QJsonDocument(QJsonObject{{QStringLiteral("oid"), oid}, {QStringLiteral("parts"), parts}}).toJson());
        };
        const QString part1 = QStringLiteral("/parts/%1/1").arg(oid);
        const QString part2 = QStringLiteral("/parts/%1/2").arg(oid);
        QByteArray etag1, etag2;

        // In order.
        QCOMPARE(send(part1, one, &etag1), 200);
        QCOMPARE(send(part2, two, &etag2), 200);
        QCOMPARE(complete({etag1, etag2}), 200);
        QCOMPARE(m_hub->store().objects.value(oid), one.size() + two.size());
        m_hub->store().objects.clear();

        // The second part first.
        QCOMPARE(send(part2, two, &etag2), 200);
        QCOMPARE(send(part1, one, &etag1), 200);
        QCOMPARE(complete({etag1, etag2}), 200);
        m_hub->store().objects.clear();

        // A part answered with an error after it came is not in the object's hash; sent again, it is.
        m_hub->store().failNext(part1, 500);
        QCOMPARE(send(part1, two), 500);
        QCOMPARE(send(part1, one, &etag1), 200);
        QCOMPARE(send(part2, two, &etag2), 200);
        QCOMPARE(complete({etag1, etag2}), 200);
        m_hub->store().objects.clear();

        // Wrong bytes, in order or sent again over right ones: refused, and nothing stored.
        QCOMPARE(send(part1, two, &etag1), 200);
        QCOMPARE(send(part2, one, &etag2), 200);
        QCOMPARE(complete({etag1, etag2}), 400);
        QCOMPARE(send(part1, one, &etag1), 200);
        QCOMPARE(send(part2, two, &etag2), 200);
        QCOMPARE(send(part1, two, &etag1), 200);
        QCOMPARE(complete({etag1, etag2}), 400);
        QVERIFY(!m_hub->store().objects.contains(oid));
        // Right again: the parts sent last count.
        QCOMPARE(send(part1, one, &etag1), 200);
        QCOMPARE(complete({etag1, etag2}), 200);
        QVERIFY(m_hub->store().objects.contains(oid));
    }

    void rawSendKeepsTheOriginRules()
    {
        // Without anyOrigin, another origin is refused before anything is sent.
        HubClient::RawRequest raw;
        raw.verb = "PUT";
        raw.url = QUrl(m_hub->store().endpoint() + QStringLiteral("/objects/x"));
        raw.body = "x";
        HubError seen;
        bool done = false;
        m_client->sendRaw(raw, [&](HubClient::Response, HubError error) {
            seen = error;
            done = true;
        });
        QVERIFY(!done);
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        QCOMPARE(seen.kind, HubError::Kind::RefusedRedirect);
        // Plain http:// off loopback, even for storage.
        raw.url = QUrl(QStringLiteral("http://storage.example.com/objects/x"));
        raw.anyOrigin = true;
        done = false;
        m_client->sendRaw(raw, [&](HubClient::Response, HubError error) {
            seen = error;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        QCOMPARE(seen.kind, HubError::Kind::InsecureEndpoint);
        QTest::qWait(20);
        QVERIFY(m_hub->store().requests().isEmpty());
        QVERIFY(m_hub->requests().isEmpty());

        // anyOrigin never carries the token, even to the endpoint's own origin.
        raw.url = QUrl(m_hub->endpoint() + QStringLiteral("/api/whoami-v2"));
        raw.verb = "GET";
        raw.body.clear();
        done = false;
        m_client->sendRaw(raw, [&](HubClient::Response, HubError error) {
            seen = error;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        QCOMPARE(seen.kind, HubError::Kind::Unauthorized);
        QCOMPARE(m_hub->requests().size(), 1);
        QVERIFY(m_hub->requests().first().authorization.isEmpty());
        // Without it, the same call has the token.
        raw.anyOrigin = false;
        done = false;
        m_client->sendRaw(raw, [&](HubClient::Response, HubError error) {
            seen = error;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        QVERIFY2(!seen.isError(), qPrintable(seen.message()));
        QCOMPARE(m_hub->requests().last().authorization, "Bearer " + m_hub->token.toUtf8());
    }

    // cancel() between tries (in a backoff) ends the call at once, and it is not tried again.
    void cancelDuringBackoff()
    {
        HubClient::Options options = m_client->options();
        options.firstBackoffMs = 2000;
        HubClient client(options);
        m_hub->failNext(QStringLiteral("/api/whoami-v2"), FakeHub::Canned{503, {}, {}, false});
        HubClient::RawRequest raw;
        raw.verb = "GET";
        raw.url = QUrl(m_hub->endpoint() + QStringLiteral("/api/whoami-v2"));
        raw.idempotent = true;
        HubError seen;
        int calls = 0;
        const HubClient::CallId id = client.sendRaw(raw, [&](HubClient::Response, HubError error) {
            seen = error;
            ++calls;
        });
        QVERIFY(QTest::qWaitFor([&] { return m_hub->requests().size() == 1; }, 5000));
        QTest::qWait(50);
        client.cancel(id);
        QVERIFY(QTest::qWaitFor([&] { return calls == 1; }, 1000));
        QCOMPARE(seen.kind, HubError::Kind::Canceled);
        QTest::qWait(2500);
        QCOMPARE(calls, 1);
        QCOMPARE(m_hub->requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCommitUpload)
#include "tst_commitupload.moc"
