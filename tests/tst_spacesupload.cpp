// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CliRun.h"
#include "FakeHub.h"
#include "FolderUpload.h"
#include "HubFixture.h"
#include "UploadFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using hubdeck::UploadFile;
using hubdeck::test::CliRun;
using hubdeck::test::FakeHub;
using hubdeck::test::HubFixture;

namespace {
const QString kSpace = QStringLiteral("alice/app");
constexpr qint64 kBigSize = 50LL * 1000 * 1000; // 50 MB
} // namespace

// `hubdeck-cli spaces upload` against the fake Hub and its object store: a folder with code
// and a 50 MB binary goes up and the Space then holds exactly those files; a second run sends
// nothing; --delete, --dry-run, --include/--exclude, --create; errors in one line; Ctrl+C
// mid-upload commits nothing; --format json.
class TestSpacesUpload : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<HubFixture> m_fx; // a fake Hub with the Space, a home for the CLI, the folder

    Run cli(const QStringList &arguments)
    {
        const CliRun run =
            CliRun::run(QStringList{QStringLiteral("spaces"), QStringLiteral("upload")} + arguments, m_fx->cliEnvironment(), 120000);
        if (!run.finished)
            qFatal("hubdeck-cli did not finish");
        return {run.code, run.out, run.err};
    }

    [[nodiscard]] QList<FakeHub::Request> requests(const QByteArray &method) const { return m_fx->requests(method); }

    // What the Space should hold for these files of the folder: path -> blob id (sha256 for LFS).
    [[nodiscard]] QMap<QString, QString> expected(const QStringList &paths, const QString &prefix = {}) const
    {
        QMap<QString, QString> oids;
        for (const QString &path : paths) {
            QString error;
            const auto file = UploadFile::read(m_fx->filePath(path), path, &error);
            if (!file)
                qFatal("%s", qPrintable(error));
            oids.insert(prefix + path, file->size >= m_fx->hub().lfsThreshold ? file->sha256 : file->gitSha1);
        }
        return oids;
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<HubFixture>(HubFixture::Options{kSpace});
        m_fx->write(QStringLiteral("app.py"), "import gradio as gr\n\ngr.Interface(lambda x: x, 'text', 'text').launch()\n");
        m_fx->write(QStringLiteral("requirements.txt"), "gradio\n");
        m_fx->write(QStringLiteral("lib/util.py"), "def helper():\n    return 42\n");
        m_fx->write(QStringLiteral(".git/config"), "[core]\n");
        m_fx->write(QStringLiteral("__pycache__/app.cpython-311.pyc"), "bytecode");
    }

    void aFolderWithABigBinaryGoesUpThenNothingIsSentAgain()
    {
        m_fx->writeNoise(QStringLiteral("model.bin"), kBigSize);
        m_fx->hub().multipartChunkSize = 16LL << 20;
        const Run run = cli({kSpace, m_fx->folder()});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.trimmed().startsWith(QStringLiteral("https://huggingface.co/spaces/alice/app/commit/")), qPrintable(run.out));
        QCOMPARE(run.out.count(u'\n'), 1);
        // Exactly these files, with these contents; .git and __pycache__ left out, and said.
        const QStringList sent{QStringLiteral("app.py"), QStringLiteral("requirements.txt"), QStringLiteral("lib/util.py"),
                               QStringLiteral("model.bin")};
        QCOMPARE(m_fx->hub().remoteOids, expected(sent));
        QCOMPARE(m_fx->hub().store().objects.value(expected({QStringLiteral("model.bin")}).first()), kBigSize);
        QCOMPARE(m_fx->hub().commits.size(), 1);
        QVERIFY2(run.err.contains(QStringLiteral("Left out: 2 ignored by default")), qPrintable(run.err));
        QVERIFY(!run.err.contains(u'\r')); // no progress line off a terminal
        QVERIFY(run.err.contains(QStringLiteral("4 files sent")));

        m_fx->hub().clearRequests();
        m_fx->hub().store().clearRequests();
        const Run again = cli({kSpace, m_fx->folder()});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("Nothing to commit")), qPrintable(again.out));
        QCOMPARE(m_fx->hub().commits.size(), 1);
        QVERIFY(m_fx->hub().store().requests().isEmpty());
    }

    // On a terminal, one line redrawn in place, its stage first and the stage's own count:
    // never "Sending: ... 0/5 files" while the bytes go.
    // A PUT that goes again is said on stderr (a stall waits the stall time per try: never
    // silently), then the upload ends as if nothing happened.
    void aRetryIsSaid()
    {
        m_fx->writeNoise(QStringLiteral("model.bin"), 3 << 20);
        m_fx->hub().lfsThreshold = 1 << 20;
        m_fx->hub().store().failNext(QStringLiteral("/objects/"), 503, 1);
        const Run run = cli({kSpace, m_fx->folder()});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Sending model.bin failed: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("trying again in ")) && run.err.contains(QStringLiteral("(2 of 4).")),
                 qPrintable(run.err));
        QCOMPARE(m_fx->hub().store().objects.value(expected({QStringLiteral("model.bin")}).first()), qint64(3 << 20));
    }

    void theProgressLineSaysEachStage()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QSKIP("script(1) gives the CLI a terminal: not installed");
        m_fx->writeNoise(QStringLiteral("model.bin"), kBigSize);
        QProcess process;
        process.setProcessEnvironment(m_fx->processEnvironment());
        QSignalSpy finished(&process, &QProcess::finished);
        const QString command =
            QStringLiteral("exec '%1' spaces upload %2 '%3'").arg(qEnvironmentVariable("HUBDECK_CLI"), kSpace, m_fx->folder());
        process.start(QStringLiteral("script"), {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
        process.closeWriteChannel();
        QVERIFY(finished.wait(120000));
        QCOMPARE(process.exitCode(), 0);
        const QString terminal = QString::fromUtf8(process.readAllStandardOutput());
        QStringList lines;
        for (QString line : terminal.split(u'\r')) {
            line.remove(QStringLiteral("\x1b[K"));
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
        const auto has = [&lines](const QString &start) {
            return std::any_of(lines.cbegin(), lines.cend(), [&start](const QString &l) { return l.startsWith(start); });
        };
        QVERIFY2(has(QStringLiteral("Reading files: ")), qPrintable(lines.join(u'\n')));
        QVERIFY2(has(QStringLiteral("Sending: ")), qPrintable(lines.join(u'\n')));
        QVERIFY2(has(QStringLiteral("Committing 4 files")), qPrintable(lines.join(u'\n')));
        for (const QString &line : std::as_const(lines)) {
            if (line.startsWith(QStringLiteral("Reading files: ")))
                QVERIFY2(line.contains(QStringLiteral("/4 files")), qPrintable(line));
            if (line.startsWith(QStringLiteral("Sending: ")))
                QVERIFY2(!line.contains(QStringLiteral("files")), qPrintable(line));
        }
        QCOMPARE(m_fx->hub().commits.size(), 1);
    }

    void deleteRemovesOnlyMatchingRemoteFiles()
    {
        m_fx->hub().remoteOids = {{QStringLiteral("old.py"), QString(40, u'a')},
                                  {QStringLiteral("notes.md"), QString(40, u'b')},
                                  {QStringLiteral("lib/gone.py"), QString(40, u'c')},
                                  {QStringLiteral(".gitattributes"), QString(40, u'd')}};
        const Run run = cli({kSpace, m_fx->folder(), QStringLiteral("--delete"), QStringLiteral("*.py"), QStringLiteral("--delete"),
                             QStringLiteral(".gitattributes")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QMap<QString, QString> want =
            expected({QStringLiteral("app.py"), QStringLiteral("requirements.txt"), QStringLiteral("lib/util.py")});
        want.insert(QStringLiteral("notes.md"), QString(40, u'b'));
        want.insert(QStringLiteral(".gitattributes"), QString(40, u'd')); // never deleted
        QCOMPARE(m_fx->hub().remoteOids, want);
    }

    void dryRunSendsNothing()
    {
        m_fx->hub().remoteOids = {{QStringLiteral("old.py"), QString(40, u'a')}};
        const Run run = cli({kSpace, m_fx->folder(), QStringLiteral("--dry-run"), QStringLiteral("--delete"), QStringLiteral("*.py")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(requests("POST").isEmpty());
        QVERIFY(m_fx->hub().store().requests().isEmpty());
        QVERIFY(run.out.contains(QStringLiteral("  + app.py")));
        QVERIFY(run.out.contains(QStringLiteral("  - old.py")));
        QVERIFY2(run.out.contains(QStringLiteral("Dry run: up to 3 files")), qPrintable(run.out));
        QCOMPARE(m_fx->hub().remoteOids.size(), 1);
    }

    void includeAndExcludeChooseTheFiles()
    {
        const Run run = cli({kSpace, m_fx->folder(), QStringLiteral("--include"), QStringLiteral("*.py"), QStringLiteral("--exclude"),
                             QStringLiteral("lib/"), QStringLiteral("--path-in-repo"), QStringLiteral("src"), QStringLiteral("-v")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(m_fx->hub().remoteOids, expected({QStringLiteral("app.py")}, QStringLiteral("src/")));
        // -v lists each file left out, with its reason.
        QVERIFY2(run.err.contains(QStringLiteral("  - requirements.txt: matches no include pattern")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("  - lib/util.py: matches an exclude pattern")));
    }

    // Patterns that leave nothing, or an empty folder, are said as such; not "nothing to commit".
    void nothingToUploadIsSaid()
    {
        Run run = cli({kSpace, m_fx->folder(), QStringLiteral("--include"), QStringLiteral("nomatch")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Nothing to upload: no file of the folder is to be sent (")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QStringLiteral("Nothing to commit")));
        QTemporaryDir empty;
        run = cli({kSpace, empty.path()});
        QCOMPARE(run.out, QStringLiteral("Nothing to upload: the folder has no file.\n"));
        QVERIFY(m_fx->hub().commits.isEmpty());
    }

    void createMakesTheSpaceFirst()
    {
        const Run run = cli({QStringLiteral("alice/brand-new"), m_fx->folder(), QStringLiteral("--create"), QStringLiteral("--sdk"),
                             QStringLiteral("gradio"), QStringLiteral("--private")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(m_fx->hub().spaces.contains(QStringLiteral("alice/brand-new")));
        const FakeHub::Request create = requests("POST").first();
        QCOMPARE(create.path, QStringLiteral("/api/repos/create"));
        QCOMPARE(create.json().value(QStringLiteral("private")).toBool(), true);
        QCOMPARE(m_fx->hub().commits.size(), 1);
        // Usage errors: --sdk without --create, --create without --sdk.
        QCOMPARE(cli({kSpace, m_fx->folder(), QStringLiteral("--sdk"), QStringLiteral("gradio")}).code, 2);
        QCOMPARE(cli({kSpace, m_fx->folder(), QStringLiteral("--create")}).code, 2);
        QCOMPARE(m_fx->hub().commits.size(), 1);
    }

    void errorsAreOneLine()
    {
        const Run missing = cli({kSpace, m_fx->filePath(QStringLiteral("nowhere"))});
        QCOMPARE(missing.code, 1);
        QCOMPARE(missing.err.count(u'\n'), 1);
        QVERIFY2(missing.err.startsWith(QStringLiteral("Error: ")) && missing.err.contains(QStringLiteral("nowhere")),
                 qPrintable(missing.err));
        QVERIFY(requests("POST").isEmpty());

        FakeHub::Canned conflict;
        conflict.status = 409;
        conflict.body = R"({"error":"A commit has happened since"})";
        m_fx->hub().failNext(QStringLiteral("/commit/main"), conflict);
        const Run changed = cli({kSpace, m_fx->folder(), QStringLiteral("-q")});
        QCOMPARE(changed.code, 1);
        QCOMPARE(changed.err.count(u'\n'), 1);
        QVERIFY2(changed.err.contains(QStringLiteral("nothing was committed")), qPrintable(changed.err));
        QVERIFY(m_fx->hub().remoteOids.isEmpty());

        QCOMPARE(cli({QStringLiteral("not-a-space"), m_fx->folder()}).code, 2);

        // Sparse: a file over the Hub's limit takes no room, and is refused before any call.
        m_fx->hub().clearRequests();
        QFile huge(m_fx->filePath(QStringLiteral("huge.bin")));
        QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(hubdeck::FolderUpload::kMaxFileBytes + 1));
        huge.close();
        const Run tooLarge = cli({kSpace, m_fx->folder()});
        QCOMPARE(tooLarge.code, 1);
        QVERIFY2(tooLarge.err.contains(QStringLiteral("huge.bin")) && tooLarge.err.contains(QStringLiteral("limit")),
                 qPrintable(tooLarge.err));
        QVERIFY(tooLarge.err.endsWith(QStringLiteral("Nothing was committed.\n")));
        QVERIFY(m_fx->hub().requests().isEmpty());
    }

    void interruptMidUploadCommitsNothing()
    {
        m_fx->writeNoise(QStringLiteral("model.bin"), kBigSize);
        // The object is stored, then its verify call never answers: the upload is stuck in its
        // LFS stage when Ctrl+C comes.
        FakeHub::Canned silent;
        silent.silent = true;
        m_fx->hub().failNext(QStringLiteral("/verify"), silent);
        QProcess process;
        process.setProcessEnvironment(m_fx->processEnvironment());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(qEnvironmentVariable("HUBDECK_CLI"), {QStringLiteral("spaces"), QStringLiteral("upload"), kSpace, m_fx->folder(),
                                                            QStringLiteral("--timeout"), QStringLiteral("60")});
        QVERIFY(process.waitForStarted());
        auto verifying = [&] {
            for (const FakeHub::Request &request : m_fx->hub().requests())
                if (request.path.endsWith(u"/verify"))
                    return true;
            return false;
        };
        QVERIFY(QTest::qWaitFor(verifying, 60000));
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(finished.wait(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit); // stopped cleanly, not killed
        QCOMPARE(process.exitCode(), 130);                    // as hf and a shell report Ctrl+C
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("Stopped: Nothing was committed.")), qPrintable(err));
        QVERIFY(m_fx->hub().commits.isEmpty());
        QVERIFY(m_fx->hub().remoteOids.isEmpty());
        for (const FakeHub::Request &request : m_fx->hub().requests())
            QVERIFY(!request.path.contains(QStringLiteral("/commit/")));
    }

    void jsonHasTheFields()
    {
        m_fx->hub().remoteOids = {{QStringLiteral("requirements.txt"), UploadFile::gitBlobId("gradio\n")},
                                  {QStringLiteral("old.txt"), QString(40, u'a')}};
        m_fx->hub().lfsThreshold = 20;                   // app.py goes as LFS
        m_fx->write(QStringLiteral("tiny.py"), "x=1\n"); // under the threshold: in the commit itself
        // A name that is not UTF-8 is left out; scripts get its bytes beside the shown form.
        const QByteArray rawName = QFile::encodeName(m_fx->folder()) + "/caf\xe9.txt";
        const int odd = ::open(rawName.constData(), O_WRONLY | O_CREAT | O_EXCL, 0644); // QFile would make it UTF-8
        QVERIFY(odd >= 0);
        QCOMPARE(::write(odd, "x", 1), ssize_t(1));
        ::close(odd);
        const Run run = cli({kSpace, m_fx->folder(), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--delete"),
                             QStringLiteral("*.txt")});
        ::unlink(rawName.constData());
        QFile::remove(m_fx->folder() + QStringLiteral("/tiny.py"));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QJsonParseError error{};
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(json.value(QStringLiteral("commit_url"))
                    .toString()
                    .startsWith(QStringLiteral("https://huggingface.co/spaces/alice/app/commit/")));
        QCOMPARE(json.value(QStringLiteral("oid")).toString().size(), 40);
        const QJsonArray files = json.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 3);
        qint64 lfsBytes = 0;
        qint64 inlineBytes = 0;
        for (const QJsonValue &value : files) {
            const QJsonObject file = value.toObject();
            QVERIFY(file.contains(QStringLiteral("size")));
            (file.value(QStringLiteral("lfs")).toBool() ? lfsBytes : inlineBytes) += qint64(file.value(QStringLiteral("size")).toDouble());
        }
        QCOMPARE(json.value(QStringLiteral("unchanged")).toArray(), QJsonArray{QStringLiteral("requirements.txt")});
        QCOMPARE(json.value(QStringLiteral("deletions")).toArray(), QJsonArray{QStringLiteral("old.txt")});
        QCOMPARE(qint64(json.value(QStringLiteral("lfs_bytes_uploaded")).toDouble()), lfsBytes);
        QCOMPARE(qint64(json.value(QStringLiteral("bytes_uploaded")).toDouble()), lfsBytes + inlineBytes);
        QVERIFY(lfsBytes > 0);
        QVERIFY(inlineBytes > 0);
        const QJsonArray skipped = json.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 3);
        QCOMPARE(skipped.first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("default_ignored"));
        bool oddFound = false;
        for (const QJsonValue &value : skipped) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QStringLiteral("reason")).toString() != u"refused_path")
                continue;
            oddFound = true;
            QCOMPARE(QByteArray::fromBase64(entry.value(QStringLiteral("path_bytes")).toString().toLatin1()), QByteArray("caf\xe9.txt"));
        }
        QVERIFY2(oddFound, qPrintable(run.out));
        QVERIFY(json.contains(QStringLiteral("ignored")));
        QVERIFY(!run.err.contains(QStringLiteral("Left out"))); // JSON says it
    }
};

QTEST_GUILESS_MAIN(TestSpacesUpload)
#include "tst_spacesupload.moc"
