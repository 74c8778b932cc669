// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FakeHub.h"
#include "HubClient.h"
#include "HubFixture.h"
#include "LogsDialog.h"
#include "SpaceDetailPanel.h"
#include "SpacesController.h"
#include "SpacesPage.h"
#include "SpacesTableModel.h"
#include "UploadFile.h"
#include "UploadFolderDialog.h"
#include "UploadPlanModel.h"
#include "UploadPlanPreview.h"
#include "UploadPlanSortProxy.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace hubdeck;
using hubdeck::test::FakeHub;
using hubdeck::test::HubFixture;

namespace {
const QString kSpace = QStringLiteral("alice/chat");
constexpr qint64 kBinaryBytes = 50LL * 1000 * 1000;
} // namespace

// Upload Folder… from the Spaces page, offscreen, against the fake Hub and its LFS store on
// 127.0.0.1: the plan before anything is sent, the upload of code and a 50 MB binary, cancel,
// errors with the inputs kept, a folder dropped on a Space, the build logs after a commit.
class TestUploadFolderDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<HubFixture> m_fx; // a fake Hub with the Spaces, a client to it, a home, the folder

    // Waits for the dialog's plan of its current inputs.
    static bool waitPlanned(UploadFolderDialog &dialog)
    {
        QSignalSpy planned(dialog.preview(), &UploadPlanPreview::planned);
        return planned.wait(10000);
    }

    static int rowOf(const UploadPlanModel &model, const QString &path)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, UploadPlanModel::PathColumn).data().toString() == path)
                return row;
        return -1;
    }

    std::unique_ptr<SpacesPage> openPage()
    {
        auto page = std::make_unique<SpacesPage>();
        QSignalSpy loaded(page->controller(), &SpacesController::listLoaded);
        page->resize(1280, 700);
        page->show();
        if (!loaded.wait(10000))
            qFatal("the Spaces did not load");
        return page;
    }

    static void dropOn(QWidget *target, const QPoint &position, const QList<QUrl> &urls)
    {
        QMimeData mime;
        mime.setUrls(urls);
        QDragEnterEvent enter(position, Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDropEvent drop(QPointF(position), Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
    }

    // Drags `urls` onto `target` and over `position` without dropping; whether it is taken.
    static bool dragOver(QWidget *target, const QPoint &position, const QList<QUrl> &urls)
    {
        QMimeData mime;
        mime.setUrls(urls);
        QDragEnterEvent enter(position, Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDragMoveEvent move(position, Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        return move.isAccepted();
    }

    static void dragLeave(QWidget *target)
    {
        QDragLeaveEvent leave;
        QApplication::sendEvent(target, &leave);
    }

    QPoint rowCenter(SpacesPage &page, const QString &id)
    {
        QAbstractItemModel *proxy = page.table()->model();
        for (int row = 0; row < proxy->rowCount(); ++row)
            if (proxy->index(row, 0).data(SpacesTableModel::SpaceIdRole).toString() == id)
                return page.table()->visualRect(proxy->index(row, 0)).center();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HubDeckTests"));
    }

    void init()
    {
        m_fx = std::make_unique<HubFixture>(HubFixture::Options{kSpace, 20000});
        m_fx->hub().addSpace(QStringLiteral("alice/other"), QStringLiteral("RUNNING"));
        m_fx->hub().multipartChunkSize = 16LL * 1000 * 1000; // the 50 MB binary goes in 4 parts
        m_fx->exportEnvironment();
        m_fx->write(QStringLiteral("app.py"), "import gradio as gr\n\ngr.Interface(lambda x: x, 'text', 'text').launch()\n");
        m_fx->write(QStringLiteral("requirements.txt"), "gradio\n");
        m_fx->write(QStringLiteral(".git/HEAD"), "ref: refs/heads/main\n");
        m_fx->write(QStringLiteral("__pycache__/app.cpython-311.pyc"), "compiled");
        m_fx->writeNoise(QStringLiteral("weights.bin"), kBinaryBytes);
    }

    void cleanup() { m_fx.reset(); }

    void planModelFollowsThePlan()
    {
        UploadPlanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.totalsText().isEmpty());
        FolderUploadPlan plan;
        plan.files = {{QStringLiteral("a.py"), QStringLiteral("src/a.py"), QStringLiteral("/f/a.py"), 12},
                      {QStringLiteral("w.bin"), QStringLiteral("src/w.bin"), QStringLiteral("/f/w.bin"), 3000}};
        plan.totalBytes = 3012;
        plan.skipped = {{QStringLiteral(".git/"), FolderUploadPlan::Skip::DefaultIgnored, {}},
                        {QStringLiteral("secret"), FolderUploadPlan::Skip::Unreadable, QStringLiteral("Permission denied")}};
        model.setPlan(plan);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(1, UploadPlanModel::SizeColumn).data(UploadPlanModel::SortRole).toLongLong(), 3000);
        QCOMPARE(model.index(0, UploadPlanModel::StatusColumn).data().toString(),
                 UploadPlanModel::stateText(UploadPlanModel::FileState::Planned));
        QVERIFY(model.index(3, UploadPlanModel::StatusColumn).data().toString().contains(QStringLiteral("Permission denied")));
        QVERIFY(model.index(2, 0).data(UploadPlanModel::SkippedRole).toBool());
        QVERIFY(!model.index(0, 0).data(UploadPlanModel::SkippedRole).toBool());
        // No translator loaded here: "%n file(s)" is not made plural, the figures are checked.
        QVERIFY(model.totalsText().startsWith(QStringLiteral("2 file")));
        QVERIFY(model.totalsText().contains(QStringLiteral("3,012 bytes")) || model.totalsText().contains(QStringLiteral("3.0 kB")));
        QVERIFY2(model.totalsText().contains(QStringLiteral("2 left out")), qPrintable(model.totalsText()));
        model.setOutcome({QStringLiteral("src/w.bin")}, {QStringLiteral("src/a.py")}, {});
        QCOMPARE(model.fileState(0), UploadPlanModel::FileState::Unchanged);
        QCOMPARE(model.fileState(1), UploadPlanModel::FileState::Sent);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasPlan());
    }

    void leftOutRowsStayAfterTheFilesInEverySort()
    {
        UploadPlanModel model;
        UploadPlanSortProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.sort(UploadPlanModel::PathColumn);
        FolderUploadPlan plan;
        // Each left-out row would sort among the files by path (".git/", "b-logs/"), by size
        // (none: -1) and by status ("left out" before "to upload").
        plan.files = {{QStringLiteral("a.py"), QStringLiteral("a.py"), QStringLiteral("/f/a.py"), 30},
                      {QStringLiteral("c.bin"), QStringLiteral("c.bin"), QStringLiteral("/f/c.bin"), 3000},
                      {QStringLiteral("d.txt"), QStringLiteral("d.txt"), QStringLiteral("/f/d.txt"), 1}};
        plan.totalBytes = 3031;
        plan.skipped = {{QStringLiteral(".git/"), FolderUploadPlan::Skip::DefaultIgnored, {}},
                        {QStringLiteral("b-logs/x.log"), FolderUploadPlan::Skip::Excluded, {}},
                        {QStringLiteral("zz"), FolderUploadPlan::Skip::Unreadable, QStringLiteral("Permission denied")}};
        model.setPlan(plan);
        const auto column = [&proxy](int c) {
            QStringList paths;
            for (int row = 0; row < proxy.rowCount(); ++row)
                paths.append(proxy.index(row, UploadPlanModel::PathColumn).data().toString() +
                             (proxy.index(row, c).data(UploadPlanModel::SkippedRole).toBool() ? QStringLiteral(" (left out)") : QString()));
            return paths;
        };
        for (int c = 0; c < UploadPlanModel::ColumnCount; ++c) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(c, order);
                const QStringList rows = column(c);
                for (int row = 0; row < rows.size(); ++row)
                    QVERIFY2(rows[row].endsWith(QStringLiteral("(left out)")) == (row >= 3), qPrintable(rows.join(u',')));
            }
        }
        proxy.sort(UploadPlanModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(column(UploadPlanModel::SizeColumn).mid(0, 3),
                 (QStringList{QStringLiteral("c.bin"), QStringLiteral("a.py"), QStringLiteral("d.txt")}));
        proxy.sort(UploadPlanModel::PathColumn, Qt::DescendingOrder);
        QCOMPARE(column(UploadPlanModel::PathColumn),
                 (QStringList{QStringLiteral("d.txt"), QStringLiteral("c.bin"), QStringLiteral("a.py"), QStringLiteral("zz (left out)"),
                              QStringLiteral("b-logs/x.log (left out)"), QStringLiteral(".git/ (left out)")}));
        // The outcome changes the status column: a sort on it keeps the groups.
        proxy.sort(UploadPlanModel::StatusColumn, Qt::AscendingOrder);
        model.setOutcome({QStringLiteral("c.bin")}, {QStringLiteral("a.py")}, {});
        const QStringList afterOutcome = column(UploadPlanModel::StatusColumn);
        for (int row = 0; row < afterOutcome.size(); ++row)
            QVERIFY2(afterOutcome[row].endsWith(QStringLiteral("(left out)")) == (row >= 3), qPrintable(afterOutcome.join(u',')));
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    void showsThePlanBeforeAnythingIsSent()
    {
        UploadFolderDialog dialog(&m_fx->client(), kSpace);
        QAbstractItemModelTester tester(dialog.planModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        dialog.show();
        QCOMPARE(dialog.messageEdit()->text(), QStringLiteral("Upload folder using HubDeck"));
        dialog.setFolder(m_fx->folder());
        QVERIFY(waitPlanned(dialog));
        const UploadPlanModel &model = *dialog.planModel();
        QCOMPARE(model.rowCount(), 5); // 3 files, then .git/ and __pycache__/
        const int binary = rowOf(model, QStringLiteral("weights.bin"));
        QVERIFY(binary >= 0);
        QCOMPARE(model.index(binary, UploadPlanModel::SizeColumn).data(UploadPlanModel::SortRole).toLongLong(), kBinaryBytes);
        QCOMPARE(model.index(rowOf(model, QStringLiteral("requirements.txt")), UploadPlanModel::SizeColumn)
                     .data(UploadPlanModel::SortRole)
                     .toLongLong(),
                 7);
        for (const QString &skipped : {QStringLiteral(".git/"), QStringLiteral("__pycache__/")}) {
            const int row = rowOf(model, skipped);
            QVERIFY2(row >= 0, qPrintable(skipped));
            QVERIFY(model.index(row, 0).data(UploadPlanModel::SkippedRole).toBool());
            QVERIFY(model.index(row, UploadPlanModel::StatusColumn).data().toString().contains(QStringLiteral("ignored by default")));
        }
        QVERIFY2(dialog.totalsText().startsWith(QStringLiteral("3 file")), qPrintable(dialog.totalsText()));
        QVERIFY(dialog.totalsText().contains(QStringLiteral("50.0 MB to upload")));
        QVERIFY2(dialog.totalsText().contains(QStringLiteral("2 left out: ignored by default (")) &&
                     dialog.totalsText().endsWith(QStringLiteral(") (2)")),
                 qPrintable(dialog.totalsText()));
        // The view's order: files, then what is left out, when sorted by size too.
        QCOMPARE(dialog.planView()->model(), dialog.planProxy());
        QAbstractItemModelTester proxyTester(dialog.planProxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            dialog.planView()->sortByColumn(UploadPlanModel::SizeColumn, order);
            QAbstractItemModel *view = dialog.planView()->model();
            for (int row = 0; row < view->rowCount(); ++row)
                QCOMPARE(view->index(row, 0).data(UploadPlanModel::SkippedRole).toBool(), row >= 3);
        }
        // An exclude pattern: the plan is computed again, the binary now left out.
        dialog.excludeEdit()->setPlainText(QStringLiteral("*.bin"));
        QVERIFY(waitPlanned(dialog));
        QVERIFY(dialog.planModel()->index(rowOf(model, QStringLiteral("weights.bin")), 0).data(UploadPlanModel::SkippedRole).toBool());
        QVERIFY(dialog.uploadButton()->isEnabled());
        // Patterns that leave no file: said, and nothing to press.
        dialog.includeEdit()->setPlainText(QStringLiteral("nomatch"));
        QVERIFY(waitPlanned(dialog));
        QVERIFY2(dialog.totalsText().startsWith(QStringLiteral("No file to upload")), qPrintable(dialog.totalsText()));
        QVERIFY(!dialog.uploadButton()->isEnabled());
        dialog.includeEdit()->clear();
        QVERIFY(waitPlanned(dialog));
        QVERIFY(dialog.uploadButton()->isEnabled());
        // Nothing was sent to plan.
        QVERIFY(m_fx->hub().requests().isEmpty());
        QVERIFY(m_fx->hub().store().requests().isEmpty());
    }

    void uploadsCodeAndA50MbBinary()
    {
        UploadFolderDialog dialog(&m_fx->client(), kSpace);
        dialog.show();
        dialog.setFolder(m_fx->folder());
        QVERIFY(waitPlanned(dialog));
        QSignalSpy uploaded(&dialog, &UploadFolderDialog::uploaded);
        QStringList shown;
        QTest::mouseClick(dialog.uploadButton(), Qt::LeftButton);
        QVERIFY(dialog.isUploading());
        QVERIFY(!dialog.folderEdit()->isEnabled());
        connect(dialog.upload(), &FolderUpload::progress, this, [&] { shown.append(dialog.progressText()); });
        QVERIFY(uploaded.wait(120000));
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(uploaded.first().at(0).toString(), kSpace);
        QVERIFY(!uploaded.first().at(2).toBool());
        // The Hub has exactly these files, with these contents.
        QMap<QString, QString> expected;
        QString error;
        for (const QString &path : {QStringLiteral("app.py"), QStringLiteral("requirements.txt"), QStringLiteral("weights.bin")}) {
            const auto file = UploadFile::read(m_fx->filePath(path), path, &error);
            QVERIFY(file);
            expected.insert(path, path.endsWith(u".bin") ? file->sha256 : file->gitSha1);
        }
        QCOMPARE(m_fx->hub().remoteOids, expected);
        QCOMPARE(m_fx->hub().store().objects.value(expected.value(QStringLiteral("weights.bin"))), kBinaryBytes);
        QCOMPARE(m_fx->hub().commits.size(), 1);
        QCOMPARE(m_fx->hub().commits.first().first().value(QStringLiteral("value")).toObject().value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Upload folder using HubDeck"));
        // Progress said bytes and files; the outcome links the commit; the list says what was sent.
        // Each line starts with its stage; a file count is the stage's own, never "0 of 3" while
        // the bytes go.
        const QString lines = shown.join(u'\n');
        bool reading = false;
        bool sending = false;
        bool committing = false;
        for (const QString &line : shown) {
            reading = reading || (line.startsWith(QStringLiteral("Reading files…")) && line.contains(QStringLiteral(" of 50")) &&
                                  line.contains(QStringLiteral(" of 3 file")));
            sending = sending || (line.startsWith(QStringLiteral("Sending…")) && line.contains(QStringLiteral(" of 50")));
            committing = committing || line.startsWith(QStringLiteral("Committing 3 file"));
            if (line.startsWith(QStringLiteral("Sending…")))
                QVERIFY2(!line.contains(QStringLiteral("file")), qPrintable(line));
            QVERIFY2(!line.startsWith(QStringLiteral("50")) && !line.startsWith(QStringLiteral("0 ")), qPrintable(line));
        }
        QVERIFY2(reading && sending && committing, qPrintable(lines));
        QVERIFY2(dialog.resultText().contains(QStringLiteral("<a href=")), qPrintable(dialog.resultText()));
        QCOMPARE(dialog.planModel()->fileState(0), UploadPlanModel::FileState::Sent);
        QVERIFY(dialog.folderEdit()->isEnabled());

        // Again: everything is there already.
        QTest::mouseClick(dialog.uploadButton(), Qt::LeftButton);
        QVERIFY(uploaded.wait(120000));
        QVERIFY(uploaded.last().at(2).toBool());
        QVERIFY2(dialog.resultText().contains(QStringLiteral("Nothing to commit")), qPrintable(dialog.resultText()));
        QCOMPARE(m_fx->hub().commits.size(), 1);
        QCOMPARE(dialog.planModel()->fileState(0), UploadPlanModel::FileState::Unchanged);
    }

    // Upload sends the plan shown, not a second listing of the folder; a planned file changed
    // since is one sentence, nothing is sent, and the plan is made again for the next try.
    void uploadSendsThePlanShown()
    {
        UploadFolderDialog dialog(&m_fx->client(), kSpace);
        dialog.show();
        dialog.setFolder(m_fx->folder());
        QVERIFY(waitPlanned(dialog));
        m_fx->write(QStringLiteral("requirements.txt"), "gradio\nnumpy\n"); // 7 bytes shown, 13 now
        QSignalSpy planned(dialog.preview(), &UploadPlanPreview::planned);
        QSignalSpy uploaded(&dialog, &UploadFolderDialog::uploaded);
        dialog.startUpload();
        QVERIFY(dialog.upload()->usesPriorPlan());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isUploading(), 60000);
        QCOMPARE(uploaded.count(), 0);
        const QString said = dialog.errorText();
        QVERIFY2(said.contains(QStringLiteral("requirements.txt")) && said.contains(QStringLiteral("changed since")), qPrintable(said));
        QVERIFY(!said.contains(u'\n'));
        QVERIFY(m_fx->hub().commits.isEmpty());
        QVERIFY(m_fx->hub().store().requests().isEmpty());
        QVERIFY(planned.count() > 0 || planned.wait(10000)); // listed again...
        QCOMPARE(dialog.errorText(), said);                  // ...the reason staying in view
        const UploadPlanModel &model = *dialog.planModel();
        QCOMPARE(model.index(rowOf(model, QStringLiteral("requirements.txt")), UploadPlanModel::SizeColumn)
                     .data(UploadPlanModel::SortRole)
                     .toLongLong(),
                 13);

        // A file written after the plan was shown is not in it: not sent.
        m_fx->write(QStringLiteral("notes.txt"), "not shown\n");
        QVERIFY(dialog.uploadButton()->isEnabled());
        dialog.startUpload();
        QVERIFY(dialog.upload()->usesPriorPlan());
        QVERIFY(uploaded.wait(120000));
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(m_fx->hub().remoteOids.contains(QStringLiteral("requirements.txt")));
        QVERIFY(!m_fx->hub().remoteOids.contains(QStringLiteral("notes.txt")));
        QCOMPARE(rowOf(model, QStringLiteral("notes.txt")), -1);
    }

    void cancelMidUploadCommitsNothing()
    {
        UploadFolderDialog dialog(&m_fx->client(), kSpace);
        dialog.show();
        dialog.setFolder(m_fx->folder());
        QVERIFY(waitPlanned(dialog));
        QTest::mouseClick(dialog.uploadButton(), Qt::LeftButton);
        bool clicked = false;
        // Cancel once the LFS upload is under way: bytes to send known, some maybe sent.
        connect(dialog.upload(), &FolderUpload::progress, this, [&](const FolderUpload::Progress &progress) {
            if (!clicked && progress.stage == FolderUpload::Stage::Uploading && progress.bytesTotal > 0) {
                clicked = true;
                QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isUploading(), 120000);
        QVERIFY(clicked);
        QCOMPARE(dialog.errorText(), QStringLiteral("Upload canceled: nothing was committed."));
        QVERIFY(m_fx->hub().commits.isEmpty());
        QVERIFY(m_fx->hub().remoteOids.isEmpty());
        // The inputs are kept for another try.
        QCOMPARE(QDir::fromNativeSeparators(dialog.folderEdit()->text()), m_fx->folder());
        QVERIFY(dialog.uploadButton()->isVisible() && dialog.uploadButton()->isEnabled());
    }

    void escapeDuringAnUploadCancelsIt()
    {
        UploadFolderDialog dialog(&m_fx->client(), kSpace);
        dialog.show();
        dialog.setFolder(m_fx->folder());
        QVERIFY(waitPlanned(dialog));
        dialog.startUpload();
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isUploading(), 120000);
        QVERIFY(dialog.errorText().contains(QStringLiteral("nothing was committed")));
        QVERIFY(m_fx->hub().commits.isEmpty());
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }

    void aMissingFolderIsOneSentence()
    {
        UploadFolderDialog dialog(&m_fx->client(), kSpace);
        dialog.show();
        const QString missing = m_fx->filePath(QStringLiteral("not-there"));
        dialog.setFolder(missing);
        QVERIFY(waitPlanned(dialog));
        QVERIFY2(dialog.errorText().contains(QStringLiteral("not-there")), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.planModel()->rowCount(), 0);
        QVERIFY(!dialog.uploadButton()->isEnabled());
        // Uploading anyway (the button bypassed) reports it the same way, and sends nothing.
        dialog.startUpload();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isUploading(), 10000);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("not-there")), qPrintable(dialog.errorText()));
        QVERIFY(m_fx->hub().commits.isEmpty());
        QCOMPARE(QDir::fromNativeSeparators(dialog.folderEdit()->text()), missing);
        // Fixing the input clears the error.
        dialog.setFolder(m_fx->folder());
        QVERIFY(waitPlanned(dialog));
        QVERIFY(dialog.errorText().isEmpty());
    }

    void aConflictingCommitKeepsTheInputs()
    {
        FakeHub::Canned conflict;
        conflict.status = 409;
        conflict.body = R"({"error":"A commit has happened since."})";
        m_fx->hub().failNext(QStringLiteral("/commit/main"), conflict);
        UploadFolderDialog dialog(&m_fx->client(), kSpace);
        dialog.show();
        dialog.setFolder(m_fx->folder());
        dialog.pathEdit()->setText(QStringLiteral("demo"));
        dialog.messageEdit()->setText(QStringLiteral("First version"));
        QVERIFY(waitPlanned(dialog));
        QSignalSpy uploaded(&dialog, &UploadFolderDialog::uploaded);
        dialog.startUpload();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isUploading(), 120000);
        QCOMPARE(uploaded.count(), 0);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("changed")), qPrintable(dialog.errorText()));
        QVERIFY(m_fx->hub().commits.isEmpty());
        QCOMPARE(dialog.pathEdit()->text(), QStringLiteral("demo"));
        QCOMPARE(dialog.messageEdit()->text(), QStringLiteral("First version"));
        // The retry goes through, under the path in the Space.
        dialog.startUpload();
        QVERIFY(uploaded.wait(120000));
        QVERIFY(m_fx->hub().remoteOids.contains(QStringLiteral("demo/weights.bin")));
    }

    void droppingAFolderOnARowOpensTheDialogPrefilled()
    {
        auto page = openPage();
        const QPoint where = rowCenter(*page, QStringLiteral("alice/other"));
        QVERIFY(!where.isNull());
        dropOn(page->table()->viewport(), where, {QUrl::fromLocalFile(m_fx->folder())});
        QVERIFY(page->uploadDialog());
        QCOMPARE(page->uploadDialog()->spaceId(), QStringLiteral("alice/other"));
        QCOMPARE(QDir::fromNativeSeparators(page->uploadDialog()->folderEdit()->text()), m_fx->folder());
        QCOMPARE(page->selectedSpace(), QStringLiteral("alice/other"));
        QVERIFY(!page->detail()->property("dropTarget").toBool()); // the highlight went with the drop
        page->uploadDialog()->close();
        QTRY_VERIFY(!page->uploadDialog());

        // The detail panel takes a drop for the selected Space.
        page->selectSpace(kSpace);
        dropOn(page->detail(), QPoint(20, 20), {QUrl::fromLocalFile(m_fx->folder())});
        QVERIFY(page->uploadDialog());
        QCOMPARE(page->uploadDialog()->spaceId(), kSpace);
        page->uploadDialog()->close();
        QTRY_VERIFY(!page->uploadDialog());

        // A file is not a folder: said clearly, no dialog.
        dropOn(page->table()->viewport(), rowCenter(*page, kSpace), {QUrl::fromLocalFile(m_fx->filePath(QStringLiteral("app.py")))});
        QVERIFY(!page->uploadDialog());
        QVERIFY2(page->detail()->errorText().contains(QStringLiteral("app.py is a file")), qPrintable(page->detail()->errorText()));
        dropOn(page->table()->viewport(), rowCenter(*page, kSpace), {QUrl(QStringLiteral("https://example.com/folder"))});
        QVERIFY(!page->uploadDialog());
        QVERIFY(page->detail()->errorText().contains(QStringLiteral("on this computer")));
    }

    // The row under a dragged folder is marked as its target, not the detail panel (which shows
    // the selected Space, maybe another); the panel is marked while the folder is over it;
    // nothing is marked for what is not a folder.
    void aDraggedFolderMarksTheRowUnderIt()
    {
        auto page = openPage();
        page->selectSpace(kSpace);
        auto *band = page->table()->viewport()->findChild<QWidget *>(QStringLiteral("dropTargetRow"));
        QVERIFY(band);
        const QPoint other = rowCenter(*page, QStringLiteral("alice/other"));
        const QList<QUrl> folder{QUrl::fromLocalFile(m_fx->folder())};
        QVERIFY(dragOver(page->table()->viewport(), other, folder));
        QCOMPARE(page->dropTargetSpace(), QStringLiteral("alice/other"));
        QVERIFY(band->isVisible());
        QVERIFY(band->geometry().contains(other));
        QVERIFY(band->geometry().width() >= page->table()->viewport()->width() - 1); // the whole row
        QVERIFY(!page->detail()->property("dropTarget").toBool());
        QCOMPARE(page->selectedSpace(), kSpace); // the selection does not follow the cursor

        // Moving on to the next row moves the mark.
        const QPoint chat = rowCenter(*page, kSpace);
        QVERIFY(dragOver(page->table()->viewport(), chat, folder));
        QCOMPARE(page->dropTargetSpace(), kSpace);
        QVERIFY(band->geometry().contains(chat) && !band->geometry().contains(other));

        // Over the detail panel: the panel is the target, the row mark goes.
        QVERIFY(dragOver(page->detail(), QPoint(20, 20), folder));
        QVERIFY(page->detail()->property("dropTarget").toBool());
        QVERIFY(page->dropTargetSpace().isEmpty());
        QVERIFY(!band->isVisible());
        dragLeave(page->detail());
        QVERIFY(!page->detail()->property("dropTarget").toBool());

        // A file, two folders, a web address: no mark anywhere (taken, so that the drop says why).
        for (const QList<QUrl> &urls : {QList<QUrl>{QUrl::fromLocalFile(m_fx->filePath(QStringLiteral("app.py")))},
                                        QList<QUrl>{QUrl::fromLocalFile(m_fx->folder()), QUrl::fromLocalFile(m_fx->home())},
                                        QList<QUrl>{QUrl(QStringLiteral("https://example.com/folder"))}}) {
            QVERIFY(dragOver(page->table()->viewport(), other, urls));
            QVERIFY(page->dropTargetSpace().isEmpty());
            QVERIFY(!band->isVisible());
            QVERIFY(dragOver(page->detail(), QPoint(20, 20), urls));
            QVERIFY(!page->detail()->property("dropTarget").toBool());
        }
        // Below the last row: no Space, no row marked.
        const QPoint below(5, page->table()->viewport()->height() - 2);
        QVERIFY(!page->table()->indexAt(below).isValid());
        dragOver(page->table()->viewport(), below, folder);
        QVERIFY(page->dropTargetSpace().isEmpty());
        QVERIFY(!band->isVisible());

        // Leaving the table takes the mark away; a drop does too.
        QVERIFY(dragOver(page->table()->viewport(), other, folder));
        dragLeave(page->table()->viewport());
        QVERIFY(!band->isVisible());
        QVERIFY(dragOver(page->table()->viewport(), other, folder));
        dropOn(page->table()->viewport(), other, folder);
        QVERIFY(!band->isVisible());
        QVERIFY(page->uploadDialog());
        QCOMPARE(page->uploadDialog()->spaceId(), QStringLiteral("alice/other"));
        QCOMPARE(page->selectedSpace(), QStringLiteral("alice/other"));
        page->uploadDialog()->close();
        QTRY_VERIFY(!page->uploadDialog());
    }

    void theActionOpensTheDialogForTheSelectedSpace()
    {
        auto page = openPage();
        page->selectSpace(kSpace);
        QCOMPARE(page->uploadFolderAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_U));
        QVERIFY(page->table()->actions().contains(page->uploadFolderAction()));
        QTest::mouseClick(page->detail()->uploadButton(), Qt::LeftButton);
        QVERIFY(page->uploadDialog());
        QCOMPARE(page->uploadDialog()->spaceId(), kSpace);
        QVERIFY(page->uploadDialog()->folderEdit()->text().isEmpty());
        QVERIFY(!page->uploadDialog()->uploadButton()->isEnabled());
    }

    void theBuildLogsOpenAfterACommit()
    {
        auto page = openPage();
        page->openUploadDialog(kSpace, m_fx->folder());
        UploadFolderDialog *dialog = page->uploadDialog();
        QVERIFY(dialog);
        QVERIFY(waitPlanned(*dialog));
        QSignalSpy refreshed(page->controller(), &SpacesController::runtimeRefreshed);
        QSignalSpy uploaded(dialog, &UploadFolderDialog::uploaded);
        QVERIFY(page->findChildren<LogsDialog *>().isEmpty());
        QTest::mouseClick(dialog->uploadButton(), Qt::LeftButton);
        QVERIFY(uploaded.wait(120000));
        const QList<LogsDialog *> logs = page->findChildren<LogsDialog *>();
        QCOMPARE(logs.size(), 1);
        QVERIFY(logs.first()->isVisible());
        // The Space's row is read again.
        const auto refreshedTheSpace = [&refreshed] {
            for (const QList<QVariant> &signal : refreshed)
                if (signal.at(0).toString() == kSpace)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(refreshedTheSpace(), 10000);
    }
};

QTEST_MAIN(TestUploadFolderDialog)
#include "tst_uploadfolderdialog.moc"
