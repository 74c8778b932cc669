// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FakeHub.h"
#include "FolderUpload.h"
#include "FolderUploadPlanner.h"
#include "HubClient.h"
#include "HubFixture.h"
#include "UploadFile.h"

#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace hubdeck;
using hubdeck::test::FakeHub;
using hubdeck::test::HubFixture;

namespace {

const QString kSpace = QStringLiteral("alice/app");

// One upload run to its end, with everything it reported in order.
struct Run
{
    HubResult<FolderUpload::Outcome> result;
    QList<FolderUpload::Progress> progress;
    QList<FolderUploadPlan> plans;
    bool plannedBeforeFinished = false;
    bool usedPriorPlan = false;
};

} // namespace

// A folder upload's stages against the fake Hub: planning, listing for deletions, hashing, the
// commit; a dry run that sends nothing; creating the Space; cancel at each stage with nothing
// committed; the errors found before anything is sent.
class TestFolderUpload : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HubFixture> m_fx; // a fake Hub with the Space, a client to it, the folder

    FolderUpload::Request request() const
    {
        FolderUpload::Request r;
        r.repoId = kSpace;
        r.options.folder = m_fx->folder();
        return r;
    }

    Run run(FolderUpload::Request r, const std::function<void(FolderUpload &, const FolderUpload::Progress &)> &onProgress = {})
    {
        Run out;
        bool done = false;
        FolderUpload upload(&m_fx->client(), std::move(r));
        out.usedPriorPlan = upload.usesPriorPlan();
        connect(&upload, &FolderUpload::planned, this, [&](const FolderUploadPlan &plan) { out.plans.append(plan); });
        connect(&upload, &FolderUpload::progress, this, [&](const FolderUpload::Progress &p) {
            out.progress.append(p);
            if (onProgress)
                onProgress(upload, p);
        });
        connect(&upload, &FolderUpload::finished, this, [&](const HubResult<FolderUpload::Outcome> &result) {
            if (done)
                qFatal("finished twice");
            out.plannedBeforeFinished = !out.plans.isEmpty();
            out.result = result;
            done = true;
        });
        QEventLoop loop;
        connect(&upload, &FolderUpload::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, [] { qFatal("the upload never finished"); });
        upload.start();
        if (done)
            qFatal("finished from within start()");
        loop.exec();
        QTest::qWait(20);
        return out;
    }

    [[nodiscard]] int posts() const
    {
        int count = 0;
        for (const FakeHub::Request &request : m_fx->hub().requests())
            count += request.method == "POST";
        return count;
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<HubFixture>(HubFixture::Options{kSpace});
        m_fx->hub().lfsThreshold = 1024 * 1024;
        m_fx->write(QStringLiteral("app.py"), "import gradio\n");
        m_fx->write(QStringLiteral("lib/util.py"), "def f():\n    return 1\n");
        m_fx->write(QStringLiteral("model.bin"), QByteArray(3 * 1024 * 1024, 'm'));
        m_fx->write(QStringLiteral(".git/HEAD"), "ref: refs/heads/main\n");
        m_fx->write(QStringLiteral("lib/__pycache__/util.cpython-311.pyc"), "cache");
    }

    void uploadsTheFolderAndTellsEachStage()
    {
        const Run out = run(request());
        QVERIFY2(out.result.ok(), qPrintable(out.result.error.message()));
        QVERIFY(out.plannedBeforeFinished);
        QCOMPARE(out.plans.size(), 1);
        const FolderUpload::Outcome &outcome = *out.result.value;
        QCOMPARE(outcome.plan.files.size(), 3);
        QCOMPARE(outcome.plan.skippedCount(FolderUploadPlan::Skip::DefaultIgnored), 2); // .git/, __pycache__/
        QVERIFY(!outcome.commit.commitUrl.isEmpty());
        QCOMPARE(outcome.commit.sentLfs, QStringList{QStringLiteral("model.bin")});
        QCOMPARE(outcome.commit.lfsBytesUploaded, 3LL * 1024 * 1024);
        QCOMPARE(m_fx->hub().commits.size(), 1);
        // The Space holds exactly these files, with these contents.
        QString error;
        QMap<QString, QString> expected;
        for (const auto &[path, lfs] : {std::pair{QStringLiteral("app.py"), false}, std::pair{QStringLiteral("lib/util.py"), false},
                                        std::pair{QStringLiteral("model.bin"), true}}) {
            const auto file = UploadFile::read(m_fx->filePath(path), path, &error);
            QVERIFY(file);
            expected.insert(path, lfs ? file->sha256 : file->gitSha1);
        }
        QCOMPARE(m_fx->hub().remoteOids, expected);
        // Stages in order, hashing counted to the last byte, no stage after Committing.
        QList<FolderUpload::Stage> stages;
        for (const FolderUpload::Progress &p : out.progress)
            if (stages.isEmpty() || stages.last() != p.stage)
                stages.append(p.stage);
        QCOMPARE(stages, (QList<FolderUpload::Stage>{FolderUpload::Stage::Planning, FolderUpload::Stage::Hashing,
                                                     FolderUpload::Stage::Uploading, FolderUpload::Stage::Committing}));
        bool hashedAll = false;
        for (const FolderUpload::Progress &p : out.progress)
            hashedAll =
                hashedAll || (p.stage == FolderUpload::Stage::Hashing && p.bytesDone == outcome.plan.totalBytes && p.filesDone == 3);
        QVERIFY(hashedAll);
        // Files are counted per stage: read of those planned; none while bytes are sent (the
        // Hub, not the plan, says which files go to storage); then the commit's files.
        QList<FolderUpload::Progress> committing;
        for (const FolderUpload::Progress &p : out.progress) {
            if (p.stage == FolderUpload::Stage::Hashing)
                QCOMPARE(p.filesTotal, 3);
            if (p.stage == FolderUpload::Stage::Uploading)
                QVERIFY(p.filesDone == 0 && p.filesTotal == 0);
            if (p.stage == FolderUpload::Stage::Committing)
                committing.append(p);
        }
        QVERIFY(committing.size() >= 2);
        QCOMPARE(committing.first().filesDone, 0);
        QCOMPARE(committing.first().filesTotal, 3);
        QCOMPARE(committing.last().filesDone, 3);
        QCOMPARE(committing.last().filesTotal, 3);

        // Again: the Space has it all, nothing is sent.
        m_fx->hub().clearRequests();
        m_fx->hub().store().clearRequests();
        const Run again = run(request());
        QVERIFY(again.result.ok());
        QVERIFY(again.result.value->commit.nothingToCommit);
        QCOMPARE(again.result.value->commit.unchanged.size(), 3);
        QCOMPARE(m_fx->hub().commits.size(), 1);
        QVERIFY(m_fx->hub().store().requests().isEmpty());
    }

    void deletesOnlyWhatThePatternsMatchUnderThePath()
    {
        m_fx->hub().remoteOids = {{QStringLiteral("web/old.js"), QString(40, u'a')},
                                  {QStringLiteral("web/keep.css"), QString(40, u'b')},
                                  {QStringLiteral("web/app.py"), QString(40, u'c')},
                                  {QStringLiteral("other/old.js"), QString(40, u'd')}};
        FolderUpload::Request r = request();
        r.options.pathInRepo = QStringLiteral("web");
        r.options.deletePatterns = {QStringLiteral("*.js"), QStringLiteral("*.py")};
        const Run out = run(r);
        QVERIFY2(out.result.ok(), qPrintable(out.result.error.message()));
        // web/app.py is replaced, not deleted; other/ is outside the path.
        QCOMPARE(out.result.value->deletions, QStringList{QStringLiteral("web/old.js")});
        QVERIFY(!m_fx->hub().remoteOids.contains(QStringLiteral("web/old.js")));
        QVERIFY(m_fx->hub().remoteOids.contains(QStringLiteral("other/old.js")));
        QVERIFY(m_fx->hub().remoteOids.contains(QStringLiteral("web/keep.css")));
        QVERIFY(m_fx->hub().remoteOids.contains(QStringLiteral("web/lib/util.py")));
        bool listed = false;
        for (const FolderUpload::Progress &p : out.progress)
            listed = listed || p.stage == FolderUpload::Stage::Listing;
        QVERIFY(listed);
    }

    void dryRunSendsNothing()
    {
        m_fx->hub().remoteOids = {{QStringLiteral("stale.txt"), QString(40, u'a')}};
        FolderUpload::Request r = request();
        r.dryRun = true;
        r.options.deletePatterns = {QStringLiteral("*.txt")};
        const Run out = run(r);
        QVERIFY2(out.result.ok(), qPrintable(out.result.error.message()));
        QVERIFY(out.result.value->dryRun);
        QCOMPARE(out.result.value->plan.files.size(), 3);
        QCOMPARE(out.result.value->deletions, QStringList{QStringLiteral("stale.txt")});
        QCOMPARE(posts(), 0);
        QVERIFY(m_fx->hub().store().requests().isEmpty());
        QVERIFY(m_fx->hub().commits.isEmpty());
        for (const FolderUpload::Progress &p : out.progress)
            QVERIFY(p.stage != FolderUpload::Stage::Hashing);

        // With create, a Space not there yet is not created and has nothing to delete.
        r.repoId = QStringLiteral("alice/later");
        r.create = true;
        r.sdk = QStringLiteral("gradio");
        const Run later = run(r);
        QVERIFY2(later.result.ok(), qPrintable(later.result.error.message()));
        QVERIFY(later.result.value->deletions.isEmpty());
        QVERIFY(!later.result.value->created);
        QVERIFY(!m_fx->hub().spaces.contains(QStringLiteral("alice/later")));
        QCOMPARE(posts(), 0);
    }

    void createsTheSpaceOrUsesTheOneThere()
    {
        FolderUpload::Request r = request();
        r.repoId = QStringLiteral("alice/fresh");
        r.create = true;
        r.sdk = QStringLiteral("docker");
        r.isPrivate = true;
        const Run out = run(r);
        QVERIFY2(out.result.ok(), qPrintable(out.result.error.message()));
        QVERIFY(out.result.value->created);
        QVERIFY(m_fx->hub().spaces.contains(QStringLiteral("alice/fresh")));
        const FakeHub::Request create = m_fx->hub().requests().first();
        QCOMPARE(create.path, QStringLiteral("/api/repos/create"));
        QCOMPARE(create.json().value(QStringLiteral("sdk")).toString(), QStringLiteral("docker"));
        QCOMPARE(create.json().value(QStringLiteral("private")).toBool(), true);
        QCOMPARE(m_fx->hub().commits.size(), 1);

        r.repoId = kSpace; // exists: fine
        const Run existing = run(r);
        QVERIFY2(existing.result.ok(), qPrintable(existing.result.error.message()));
        QVERIFY(!existing.result.value->created);
    }

    void cancelAtEachStageCommitsNothing_data()
    {
        QTest::addColumn<int>("stage");
        QTest::newRow("planning") << int(FolderUpload::Stage::Planning);
        QTest::newRow("listing") << int(FolderUpload::Stage::Listing);
        QTest::newRow("hashing") << int(FolderUpload::Stage::Hashing);
        QTest::newRow("uploading") << int(FolderUpload::Stage::Uploading);
    }
    void cancelAtEachStageCommitsNothing()
    {
        QFETCH(int, stage);
        FolderUpload::Request r = request();
        r.options.deletePatterns = {QStringLiteral("*.txt")};
        bool canceled = false;
        const Run out = run(r, [&](FolderUpload &upload, const FolderUpload::Progress &p) {
            // Uploading: once CommitUpload is under way (its preupload answered).
            const bool under = int(p.stage) == stage && (p.stage != FolderUpload::Stage::Uploading || p.bytesTotal > 0);
            if (!canceled && under) {
                canceled = true;
                upload.cancel();
                upload.cancel(); // twice is once
            }
        });
        QVERIFY(canceled);
        QCOMPARE(out.result.error.kind, HubError::Kind::Canceled);
        QVERIFY(m_fx->hub().commits.isEmpty());
        QVERIFY(m_fx->hub().remoteOids.isEmpty());
    }

    void errorsBeforeAnythingIsSent()
    {
        FolderUpload::Request missing = request();
        missing.options.folder = m_fx->filePath(QStringLiteral("nowhere"));
        const Run gone = run(missing);
        QCOMPARE(gone.result.error.kind, HubError::Kind::LocalFile);
        QVERIFY(gone.plans.isEmpty());

        // Sparse: 50 GB and a byte take no room.
        QFile huge(m_fx->filePath(QStringLiteral("huge.bin")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(FolderUpload::kMaxFileBytes + 1));
        huge.close();
        const Run tooLarge = run(request());
        QCOMPARE(tooLarge.result.error.kind, HubError::Kind::LocalFile);
        QVERIFY(tooLarge.result.error.message().contains(QStringLiteral("huge.bin")));
        QVERIFY(tooLarge.result.error.message().contains(QStringLiteral("limit")));
        QCOMPARE(tooLarge.plans.size(), 1); // the plan is shown before the refusal
        QVERIFY(huge.remove());

        FolderUpload::Request badId = request();
        badId.repoId = QStringLiteral("no-owner");
        QCOMPARE(run(badId).result.error.kind, HubError::Kind::LocalFile);
        QVERIFY(!FolderUpload::problem(badId).isEmpty());

        FolderUpload::Request absent = request();
        absent.repoId = QStringLiteral("alice/absent");
        absent.options.deletePatterns = {QStringLiteral("*")};
        const Run notThere = run(absent);
        QCOMPARE(notThere.result.error.kind, HubError::Kind::NotFound);
        QCOMPARE(posts(), 0);
        QVERIFY(m_fx->hub().commits.isEmpty());
    }

    void aConflictingCommitIsSaid()
    {
        FakeHub::Canned conflict;
        conflict.status = 412;
        conflict.body = R"({"error":"A commit has happened since"})";
        m_fx->hub().failNext(QStringLiteral("/commit/main"), conflict);
        const Run out = run(request());
        QCOMPARE(out.result.error.kind, HubError::Kind::RepoChanged);
        QVERIFY(m_fx->hub().remoteOids.isEmpty());
    }

    void aFileGoneBeforeItIsReadStopsTheUpload()
    {
        const Run out = run(request(), [&](FolderUpload &, const FolderUpload::Progress &p) {
            if (p.stage == FolderUpload::Stage::Hashing && p.filesDone == 0)
                QFile::remove(m_fx->filePath(QStringLiteral("lib/util.py")));
        });
        QCOMPARE(out.result.error.kind, HubError::Kind::LocalFile);
        QVERIFY2(out.result.error.message().contains(QStringLiteral("util.py")), qPrintable(out.result.error.message()));
        QCOMPARE(posts(), 0);
        QVERIFY(m_fx->hub().commits.isEmpty());
    }

    // The GUI's plan, shown before Upload, is what goes: the folder is not listed again.
    void aPriorPlanOfTheSameInputsIsSentAsItIs()
    {
        FolderUpload::Request r = request();
        r.options.pathInRepo = QStringLiteral("/web/"); // the same place as "web"
        FolderUploadPlanner::Options shown = r.options;
        shown.pathInRepo = QStringLiteral("web");
        shown.deletePatterns = {QStringLiteral("*.js")}; // no part in the plan
        const HubResult<FolderUploadPlan> plan = FolderUploadPlanner::plan(shown);
        QVERIFY(plan.ok());
        m_fx->write(QStringLiteral("late.txt"), "written after the plan was shown\n");
        r.priorPlan = FolderUpload::Request::PriorPlan{shown, *plan.value};
        const Run out = run(r);
        QVERIFY2(out.result.ok(), qPrintable(out.result.error.message()));
        QVERIFY(out.usedPriorPlan);
        QCOMPARE(out.plans.size(), 1);
        QCOMPARE(out.plans.first().files.size(), plan.value->files.size());
        for (const FolderUpload::Progress &p : out.progress)
            QVERIFY(p.stage != FolderUpload::Stage::Planning); // no second walk
        QVERIFY(m_fx->hub().remoteOids.contains(QStringLiteral("web/app.py")));
        QVERIFY(!m_fx->hub().remoteOids.contains(QStringLiteral("web/late.txt"))); // not in the plan shown
    }

    void aPriorPlanOfOtherInputsIsPlannedAgain()
    {
        FolderUploadPlanner::Options shown = request().options;
        shown.exclude = {QStringLiteral("*.bin")};
        const HubResult<FolderUploadPlan> plan = FolderUploadPlanner::plan(shown);
        QVERIFY(plan.ok());
        FolderUpload::Request r = request();
        r.priorPlan = FolderUpload::Request::PriorPlan{shown, *plan.value};
        const Run out = run(r);
        QVERIFY2(out.result.ok(), qPrintable(out.result.error.message()));
        QVERIFY(!out.usedPriorPlan);
        QVERIFY(out.progress.first().stage == FolderUpload::Stage::Planning);
        QVERIFY(m_fx->hub().remoteOids.contains(QStringLiteral("model.bin"))); // the request's inputs, not the plan's
    }

    // A planned file removed, or of another size than planned: one sentence naming it, nothing
    // sent, nothing committed; never the new content under the plan's figures.
    void aPriorPlanThatNoLongerHoldsStopsBeforeSending_data()
    {
        QTest::addColumn<bool>("remove");
        QTest::newRow("removed") << true;
        QTest::newRow("changed size") << false;
    }
    void aPriorPlanThatNoLongerHoldsStopsBeforeSending()
    {
        QFETCH(bool, remove);
        const FolderUpload::Request base = request();
        const HubResult<FolderUploadPlan> plan = FolderUploadPlanner::plan(base.options);
        QVERIFY(plan.ok());
        if (remove)
            QVERIFY(QFile::remove(m_fx->filePath(QStringLiteral("lib/util.py"))));
        else
            m_fx->write(QStringLiteral("lib/util.py"), "def f():\n    return 2 + 2\n");
        FolderUpload::Request r = base;
        r.priorPlan = FolderUpload::Request::PriorPlan{base.options, *plan.value};
        const Run out = run(r);
        QVERIFY(out.usedPriorPlan);
        QCOMPARE(out.result.error.kind, HubError::Kind::LocalFile);
        const QString message = out.result.error.message();
        QVERIFY2(message.contains(QStringLiteral("util.py")), qPrintable(message));
        QVERIFY2(!message.contains(u'\n'), qPrintable(message));
        QVERIFY2(message.contains(remove ? QStringLiteral("no such file") : QStringLiteral("changed since")), qPrintable(message));
        QCOMPARE(posts(), 0);
        QVERIFY(m_fx->hub().store().requests().isEmpty());
        QVERIFY(m_fx->hub().commits.isEmpty());

        // Without a prior plan the folder as it is now goes.
        const Run fresh = run(base);
        QVERIFY2(fresh.result.ok(), qPrintable(fresh.result.error.message()));
        QCOMPARE(m_fx->hub().remoteOids.contains(QStringLiteral("lib/util.py")), !remove);
    }

    void anUnreadableFileIsLeftOutAndSaid()
    {
        if (::geteuid() == 0)
            QSKIP("root reads every file");
        m_fx->write(QStringLiteral("secret.txt"), "s");
        QFile::setPermissions(m_fx->filePath(QStringLiteral("secret.txt")), QFileDevice::WriteOwner);
        const Run out = run(request());
        QVERIFY2(out.result.ok(), qPrintable(out.result.error.message()));
        QCOMPARE(out.result.value->plan.skippedCount(FolderUploadPlan::Skip::Unreadable), 1);
        QVERIFY(!m_fx->hub().remoteOids.contains(QStringLiteral("secret.txt")));
    }
};

QTEST_GUILESS_MAIN(TestFolderUpload)
#include "tst_folderupload.moc"
