// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AppSettings.h"
#include "FakeHub.h"
#include "HardwareDialog.h"
#include "HubCredentials.h"
#include "NewSpaceDialog.h"
#include "SettingsListDialog.h"
#include "SleepTimeDialog.h"
#include "SpaceDetailPanel.h"
#include "SpacesController.h"
#include "SpacesFilterProxy.h"
#include "SpacesPage.h"
#include "SpacesTableModel.h"
#include "StorageDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace hubdeck;
using hubdeck::test::FakeHub;

// The Spaces page and its dialogs, offscreen, against the fake Hub.
class TestSpacesPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeHub> m_hub;
    std::unique_ptr<QTemporaryDir> m_home;

    std::unique_ptr<SpacesPage> openPage()
    {
        auto page = std::make_unique<SpacesPage>();
        QSignalSpy loaded(page->controller(), &SpacesController::listLoaded);
        page->show();
        if (!loaded.wait(10000))
            qFatal("the Spaces did not load");
        return page;
    }

    SpaceInfo space(SpacesPage &page, const QString &id) { return page.model()->space(page.model()->rowOf(id)); }

    FakeHub::Request lastTo(const QString &suffix)
    {
        for (qsizetype i = m_hub->requests().size() - 1; i >= 0; --i)
            if (m_hub->requests()[i].path.endsWith(suffix))
                return m_hub->requests()[i];
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
        m_hub = std::make_unique<FakeHub>();
        QVERIFY(m_hub->listen());
        m_hub->addSpace(QStringLiteral("alice/chat"), QStringLiteral("RUNNING"), QStringLiteral("t4-medium"));
        m_hub->addSpace(QStringLiteral("alice/free"), QStringLiteral("RUNNING"), QStringLiteral("cpu-basic"));
        m_hub->addSpace(QStringLiteral("alice/paused"), QStringLiteral("PAUSED"), QStringLiteral("a10g-large"));
        m_hub->addSpace(QStringLiteral("acme/tool"), QStringLiteral("BUILDING"), QStringLiteral("cpu-upgrade"));
        m_home = std::make_unique<QTemporaryDir>();
        qputenv("HF_ENDPOINT", m_hub->endpoint().toUtf8());
        qputenv("HF_TOKEN", m_hub->token.toUtf8());
        qputenv("HF_HOME", m_home->path().toUtf8());
        qunsetenv("HF_TOKEN_PATH");
    }

    void loadsTheUserAndOrganisationSpaces()
    {
        auto page = openPage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(page->table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(page->model()->rowCount(), 4);
        QVERIFY(page->model()->rowOf(QStringLiteral("acme/tool")) >= 0);
        QCOMPARE(page->controller()->user()->name, QStringLiteral("alice"));
        auto *proxy = qobject_cast<SpacesFilterProxy *>(page->table()->model());
        proxy->setOwner(QStringLiteral("acme"));
        QCOMPARE(proxy->rowCount(), 1);
        proxy->setOwner(QString());
        proxy->setStageGroup(SpacesTableModel::StageGroup::Running);
        QCOMPARE(proxy->rowCount(), 2);
        proxy->setStageGroup(std::nullopt);
        proxy->setText(QStringLiteral("PAUS"));
        QCOMPARE(proxy->rowCount(), 1);
        proxy->setText(QString());
        proxy->sort(SpacesTableModel::IdColumn, Qt::DescendingOrder);
        QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("alice/paused"));
    }

    // F5 lists every Space again: the Space the user was looking at stays selected (it was
    // the first row after each refresh, the detail panel jumping to another Space).
    void refreshKeepsTheSelectedSpace()
    {
        auto page = openPage();
        page->selectSpace(QStringLiteral("alice/paused"));
        QCOMPARE(page->selectedSpace(), QStringLiteral("alice/paused"));
        QSignalSpy loaded(page->controller(), &SpacesController::listLoaded);
        page->refresh();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page->selectedSpace(), QStringLiteral("alice/paused"));
        QCOMPARE(page->table()->selectionModel()->selectedRows().size(), 1);
        // A Space gone from the Hub meanwhile leaves the first row selected, not nothing.
        m_hub->spaces.remove(QStringLiteral("alice/paused"));
        m_hub->runtimes.remove(QStringLiteral("alice/paused"));
        page->refresh();
        QVERIFY(loaded.wait(5000));
        QVERIFY(!page->selectedSpace().isEmpty());
        QVERIFY(page->selectedSpace() != QStringLiteral("alice/paused"));
    }

    void buttonStatesFollowTheStage()
    {
        QVERIFY(SpaceDetailPanel::canPause(QStringLiteral("RUNNING")));
        QVERIFY(!SpaceDetailPanel::canPause(QStringLiteral("PAUSED")));
        QVERIFY(!SpaceDetailPanel::canRestart(QStringLiteral("BUILDING")));
        QVERIFY(SpaceDetailPanel::canRestart(QStringLiteral("PAUSED")));
        QVERIFY(!SpaceDetailPanel::canFactoryRebuild(QStringLiteral("DELETING")));
        QVERIFY(SpaceDetailPanel::canPause(QStringLiteral("SOME_FUTURE_STAGE")));
        auto page = openPage();
        page->selectSpace(QStringLiteral("alice/paused"));
        QVERIFY(!page->detail()->pauseButton()->isEnabled());
        QVERIFY(page->detail()->restartButton()->isEnabled());
        page->selectSpace(QStringLiteral("acme/tool"));
        QVERIFY(page->detail()->pauseButton()->isEnabled());
        QVERIFY(!page->detail()->restartButton()->isEnabled());
        page->selectSpace(QStringLiteral("alice/chat"));
        QVERIFY(page->detail()->pauseButton()->isEnabled());
        page->detail()->setConfirmer([](const QString &) { return true; });
        // Pausing: the request, then a fresh runtime shown.
        QSignalSpy refreshed(page->controller(), &SpacesController::runtimeRefreshed);
        page->detail()->pauseButton()->click();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(lastTo(QStringLiteral("/pause")).method, QByteArray("POST"));
        QCOMPARE(m_hub->lastRequest().path, QStringLiteral("/api/spaces/alice/chat/runtime"));
        QCOMPARE(space(*page, QStringLiteral("alice/chat")).runtime->stage, QStringLiteral("PAUSED"));
        QVERIFY(!page->detail()->pauseButton()->isEnabled());
    }

    // Dev mode on and off from the detail panel, asked first as pause and restart are.
    void devModeToggle()
    {
        m_hub->addSpace(QStringLiteral("alice/site"), QStringLiteral("RUNNING"), QStringLiteral("cpu-basic"), QStringLiteral("static"));
        auto page = openPage();
        page->selectSpace(QStringLiteral("alice/site"));
        QVERIFY(!page->detail()->devModeButton()->isEnabled()); // a static Space has no container
        page->selectSpace(QStringLiteral("alice/chat"));
        QPushButton *button = page->detail()->devModeButton();
        QVERIFY(button->isEnabled());
        QCOMPARE(button->text(), QStringLiteral("Start dev mode"));
        QString asked;
        page->detail()->setConfirmer([&](const QString &question) {
            asked = question;
            return false;
        });
        button->click();
        QVERIFY2(asked.contains(QStringLiteral("Start dev mode on alice/chat")), qPrintable(asked));
        QTest::qWait(100);
        QVERIFY(lastTo(QStringLiteral("/dev-mode")).path.isEmpty()); // declined: nothing sent

        page->detail()->setConfirmer([&](const QString &question) {
            asked = question;
            return true;
        });
        button->click();
        QCOMPARE(page->detail()->findChild<QProgressBar *>()->toolTip(), QStringLiteral("Starting dev mode…"));
        // The runtime read again after the action shows it on.
        QTRY_COMPARE_WITH_TIMEOUT(button->text(), QStringLiteral("Stop dev mode"), 5000);
        FakeHub::Request sent = lastTo(QStringLiteral("/dev-mode"));
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QStringLiteral("/api/spaces/alice/chat/dev-mode"));
        QCOMPARE(sent.json(), (QJsonObject{{QStringLiteral("enabled"), true}}));
        QVERIFY(space(*page, QStringLiteral("alice/chat")).runtime->devMode);

        button->click();
        QVERIFY2(asked.contains(QStringLiteral("Stop dev mode on alice/chat")), qPrintable(asked));
        QTRY_COMPARE_WITH_TIMEOUT(button->text(), QStringLiteral("Start dev mode"), 5000);
        QCOMPARE(lastTo(QStringLiteral("/dev-mode")).json(), (QJsonObject{{QStringLiteral("enabled"), false}}));

        // A refusal reaches the panel inline.
        m_hub->failNext(QStringLiteral("/dev-mode"), FakeHub::Canned{403, "{\"error\":\"Dev mode needs a PRO plan\"}", {}, false});
        QSignalSpy finished(page->controller(), &SpacesController::actionFinished);
        button->click();
        QVERIFY(finished.wait(5000));
        QVERIFY2(page->detail()->errorText().contains(QStringLiteral("PRO plan")), qPrintable(page->detail()->errorText()));
    }

    // After the Hardware dialog, the panel says when the Hub keeps something else than asked.
    void appliedVersusAskedHardware()
    {
        auto page = openPage();
        page->selectSpace(QStringLiteral("alice/chat"));
        QVERIFY(page->detail()->appliedText().isEmpty());
        QJsonObject kept = m_hub->runtimes[QStringLiteral("alice/chat")];
        m_hub->failNext(QStringLiteral("/alice/chat/hardware"),
                        FakeHub::Canned{200, QJsonDocument(kept).toJson(QJsonDocument::Compact), {}, false});
        Q_EMIT page->detail()->hardwareRequested();
        auto *dialog = page->findChild<HardwareDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->table()->rowCount() > 0);
        dialog->choose(QStringLiteral("a10g-large"));
        dialog->apply();
        QTRY_COMPARE_WITH_TIMEOUT(page->detail()->appliedText(),
                                  QStringLiteral("Asked for a10g-large; the Hub runs t4-medium (requested: t4-medium)."), 5000);
        QTRY_VERIFY(lastTo(QStringLiteral("/alice/chat/runtime")).path.size() > 0);
        // Once the Hub runs what was asked, the line goes.
        m_hub->runtimes[QStringLiteral("alice/chat")].insert(QStringLiteral("hardware"),
                                                             QJsonObject{{QStringLiteral("current"), QStringLiteral("a10g-large")},
                                                                         {QStringLiteral("requested"), QStringLiteral("a10g-large")}});
        // Read again until a read after the change lands (one may still be on its way).
        QTRY_VERIFY_WITH_TIMEOUT(
            (page->controller()->refreshRuntime(QStringLiteral("alice/chat")), page->detail()->appliedText().isEmpty()), 5000);
    }

    void costlyActionsAreConfirmed()
    {
        auto page = openPage();
        page->selectSpace(QStringLiteral("alice/paused")); // a10g-large: billed when it runs again
        QString asked;
        page->detail()->setConfirmer([&](const QString &question) {
            asked = question;
            return false;
        });
        page->detail()->restartButton()->click();
        QVERIFY(asked.contains(QStringLiteral("billed")));
        QTest::qWait(100);
        QVERIFY(lastTo(QStringLiteral("/restart")).path.isEmpty()); // declined: nothing sent
        page->detail()->setConfirmer([](const QString &) { return true; });
        QSignalSpy finished(page->controller(), &SpacesController::actionFinished);
        page->detail()->factoryButton()->click();
        QVERIFY(finished.wait(5000));
        QCOMPARE(lastTo(QStringLiteral("/restart")).query.queryItemValue(QStringLiteral("factory")), QStringLiteral("true"));
    }

    void pauseIsConfirmedWhenSettingsSaySo()
    {
        auto page = openPage();
        page->selectSpace(QStringLiteral("alice/chat"));
        // The real question: it names the Space, says what pausing does, and Enter cancels.
        QString text;
        bool cancelIsDefault = false;
        QTimer::singleShot(0, page.get(), [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            text = box->text();
            cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
            QTest::keyClick(box, Qt::Key_Return);
        });
        page->detail()->pauseButton()->click();
        QVERIFY2(text.contains(QStringLiteral("alice/chat")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("stops the Space and its billing")), qPrintable(text));
        QVERIFY(cancelIsDefault);
        QTest::qWait(100);
        QVERIFY(lastTo(QStringLiteral("/pause")).path.isEmpty()); // cancelled: nothing sent
        QCOMPARE(space(*page, QStringLiteral("alice/chat")).runtime->stage, QStringLiteral("RUNNING"));

        QString asked;
        page->detail()->setConfirmer([&](const QString &question) {
            asked = question;
            return true;
        });
        QSignalSpy finished(page->controller(), &SpacesController::actionFinished);
        page->detail()->pauseButton()->click();
        QVERIFY(asked.contains(QStringLiteral("alice/chat")));
        QVERIFY(finished.wait(5000));
        QCOMPARE(lastTo(QStringLiteral("/pause")).method, QByteArray("POST"));
        QCOMPARE(lastTo(QStringLiteral("/pause")).path, QStringLiteral("/api/spaces/alice/chat/pause"));
    }

    void pauseGoesStraightThroughWhenNotConfirmed()
    {
        auto page = openPage();
        page->selectSpace(QStringLiteral("alice/chat"));
        page->detail()->setConfirmCostlyActions(false); // Settings: do not ask
        bool asked = false;
        page->detail()->setConfirmer([&](const QString &) {
            asked = true;
            return false;
        });
        QSignalSpy finished(page->controller(), &SpacesController::actionFinished);
        page->detail()->pauseButton()->click();
        QCOMPARE(page->detail()->findChild<QProgressBar *>()->toolTip(), QStringLiteral("Pausing…")); // in words, while it runs
        QVERIFY(finished.wait(5000));
        QVERIFY(!asked);
        QCOMPARE(lastTo(QStringLiteral("/pause")).method, QByteArray("POST"));
        QCOMPARE(lastTo(QStringLiteral("/pause")).path, QStringLiteral("/api/spaces/alice/chat/pause"));
    }

    void stagesAreShownAsWords()
    {
        const QList<std::pair<QString, QString>> words = {
            {QStringLiteral("RUNNING"), QStringLiteral("Running")},
            {QStringLiteral("RUNTIME_ERROR"), QStringLiteral("Runtime error")},
            {QStringLiteral("BUILD_ERROR"), QStringLiteral("Build error")},
            {QStringLiteral("CONFIG_ERROR"), QStringLiteral("Config error")},
            {QStringLiteral("APP_STARTING"), QStringLiteral("Starting")},
            {QStringLiteral("RUNNING_BUILDING"), QStringLiteral("Running (rebuilding)")},
            {QStringLiteral("RUNNING_APP_STARTING"), QStringLiteral("Running (restarting)")},
            {QStringLiteral("PAUSED"), QStringLiteral("Paused")},
            {QStringLiteral("SLEEPING"), QStringLiteral("Sleeping")},
            {QStringLiteral("NO_APP_FILE"), QStringLiteral("No app file")},
            {QStringLiteral("STOPPED"), QStringLiteral("Stopped")},
            {QStringLiteral("DELETING"), QStringLiteral("Deleting")},
            {QStringLiteral("BUILDING"), QStringLiteral("Building")},
            {QStringLiteral("SOME_FUTURE_STAGE"), QStringLiteral("SOME_FUTURE_STAGE")}, // unknown: as the Hub wrote it
        };
        for (const auto &[stage, word] : words)
            QCOMPARE(SpacesTableModel::stageText(stage), word);

        m_hub->addSpace(QStringLiteral("alice/crashed"), QStringLiteral("RUNTIME_ERROR"), QStringLiteral("cpu-basic"));
        const QString reason = QStringLiteral("Scheduling failure: not enough hardware capacity");
        m_hub->runtimes[QStringLiteral("alice/crashed")].insert(QStringLiteral("errorMessage"), reason);
        m_hub->addSpace(QStringLiteral("alice/booting"), QStringLiteral("APP_STARTING"), QStringLiteral("cpu-basic"));
        m_hub->addSpace(QStringLiteral("alice/rebuilding"), QStringLiteral("RUNNING_BUILDING"), QStringLiteral("cpu-basic"));
        m_hub->addSpace(QStringLiteral("alice/future"), QStringLiteral("SOME_FUTURE_STAGE"), QStringLiteral("cpu-basic"));
        auto page = openPage();
        auto cell = [&](const QString &id, int role = Qt::DisplayRole) {
            return page->model()->index(page->model()->rowOf(id), SpacesTableModel::StageColumn).data(role).toString();
        };
        QCOMPARE(cell(QStringLiteral("alice/crashed")), QStringLiteral("Runtime error"));
        QCOMPARE(cell(QStringLiteral("alice/booting")), QStringLiteral("Starting"));
        QCOMPARE(cell(QStringLiteral("alice/rebuilding")), QStringLiteral("Running (rebuilding)"));
        QCOMPARE(cell(QStringLiteral("alice/paused")), QStringLiteral("Paused"));
        QCOMPARE(cell(QStringLiteral("acme/tool")), QStringLiteral("Building"));
        QCOMPARE(cell(QStringLiteral("alice/chat")), QStringLiteral("Running"));
        QCOMPARE(cell(QStringLiteral("alice/future")), QStringLiteral("SOME_FUTURE_STAGE"));
        QVERIFY(cell(QStringLiteral("alice/crashed"), Qt::ToolTipRole).contains(QStringLiteral("Runtime error")));
        QVERIFY(!cell(QStringLiteral("alice/crashed"), Qt::ToolTipRole).contains(QStringLiteral("RUNTIME_ERROR")));
        // The Hub's reason beside the stage, in the tooltip and the detail panel.
        QVERIFY(cell(QStringLiteral("alice/crashed"), Qt::ToolTipRole).contains(reason));
        QVERIFY(!cell(QStringLiteral("alice/chat"), Qt::ToolTipRole).contains(QStringLiteral("Scheduling")));

        // The detail panel: the badge and this session's history, in words.
        page->selectSpace(QStringLiteral("alice/crashed"));
        bool shown = false;
        for (const QLabel *label : page->findChildren<QLabel *>()) {
            QVERIFY2(!label->text().contains(QStringLiteral("RUNTIME_ERROR")), qPrintable(label->text()));
            shown = shown || label->text().contains(QStringLiteral("Runtime error"));
        }
        QVERIFY(shown);
        const auto labels = page->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) { return label->text().contains(reason); }));

        // Sorting and filtering still go by the Hub's word.
        auto *proxy = qobject_cast<SpacesFilterProxy *>(page->table()->model());
        proxy->sort(SpacesTableModel::StageColumn, Qt::AscendingOrder);
        QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("alice/booting"));                    // APP_STARTING
        QCOMPARE(proxy->index(proxy->rowCount() - 1, 0).data().toString(), QStringLiteral("alice/future")); // SOME_FUTURE_STAGE
        proxy->setStageGroup(SpacesTableModel::StageGroup::Error);
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("alice/crashed"));
        proxy->setStageGroup(SpacesTableModel::StageGroup::Building);
        QCOMPARE(proxy->rowCount(), 3); // BUILDING, APP_STARTING, RUNNING_BUILDING
    }

    void stageHistoryIsSaidInWords()
    {
        using Seen = SpacesTableModel::StageSeen;
        const QDate day(2026, 12, 4);
        const Seen building{QStringLiteral("BUILDING"), QDateTime(day, QTime(19, 1, 30))};
        const Seen starting{QStringLiteral("APP_STARTING"), QDateTime(day, QTime(19, 4, 10))};
        const Seen running{QStringLiteral("RUNNING"), QDateTime(day, QTime(19, 5, 0))};
        // One stage: when it was first seen, no more ("at least": it may have begun before).
        QCOMPARE(SpaceDetailPanel::historyText({running}, day), QStringLiteral("Running since at least 19:05 (first seen by HubDeck)"));
        QCOMPARE(SpaceDetailPanel::historyText({building, starting, running}, day),
                 QStringLiteral("Running since about 19:05; seen before: Building at 19:01, Starting at 19:04"));
        QVERIFY(SpaceDetailPanel::historyText({}).isEmpty());
        // Only the last few before the current one; the tooltip has them all, and says what the times are.
        const Seen paused{QStringLiteral("PAUSED"), QDateTime(day, QTime(18, 0))};
        const QString longer = SpaceDetailPanel::historyText({paused, building, starting, building, running}, day);
        QVERIFY2(longer.endsWith(QStringLiteral("seen before: …, Building at 19:01, Starting at 19:04, Building at 19:01")),
                 qPrintable(longer));
        const QString tip = SpaceDetailPanel::historyToolTip({paused, building, running}, day);
        QVERIFY(tip.contains(QStringLiteral("does not say when a stage began")));
        QVERIFY(tip.contains(QStringLiteral("18:00  Paused\n19:01  Building\n19:05  Running")));
        // Seen on another day than today: with its date, never the US short form.
        QCOMPARE(SpaceDetailPanel::historyText({running}, day.addDays(1)),
                 QStringLiteral("Running since at least 2026-12-04 19:05 (first seen by HubDeck)"));
        // On the page: the selected Space's line, never the old cryptic form.
        auto page = openPage();
        page->selectSpace(QStringLiteral("alice/chat"));
        const QLabel *line = page->detail()->historyLabel();
        QVERIFY(line->isVisibleTo(page.get()));
        QVERIFY2(line->text().startsWith(QStringLiteral("Running since at least ")), qPrintable(line->text()));
        QVERIFY(!line->text().contains(QStringLiteral("this session")));
        QVERIFY(line->toolTip().contains(QStringLiteral("first saw it")));
    }

    void replicasShowOnlyWhatTheHubReported()
    {
        // The fake Hub, as the Hub often does, gives the requested replicas and no running count.
        auto page = openPage();
        page->selectSpace(QStringLiteral("alice/chat"));
        QVERIFY2(page->detail()->detailsText().contains(QStringLiteral("<b>1 requested</b>")), qPrintable(page->detail()->detailsText()));
        QVERIFY(!page->detail()->detailsText().contains(QStringLiteral("running")));
        // The Hub says 0 running: then, and only then, 0 is shown.
        QJsonObject replicas{{QStringLiteral("requested"), 1}, {QStringLiteral("current"), 0}};
        m_hub->runtimes[QStringLiteral("alice/chat")].insert(QStringLiteral("replicas"), replicas);
        QSignalSpy refreshed(page->controller(), &SpacesController::runtimeRefreshed);
        page->controller()->refreshRuntime(QStringLiteral("alice/chat"));
        QVERIFY(refreshed.wait(5000));
        QTRY_VERIFY2(page->detail()->detailsText().contains(QStringLiteral("<b>1 requested, 0 running</b>")),
                     qPrintable(page->detail()->detailsText()));
        SpaceRuntime runtime;
        QCOMPARE(SpaceDetailPanel::replicasText(runtime), QStringLiteral("—"));
        runtime.replicasCurrent = 2;
        QCOMPARE(SpaceDetailPanel::replicasText(runtime), QStringLiteral("2 running"));
        runtime.replicasRequested = 3;
        QCOMPARE(SpaceDetailPanel::replicasText(runtime), QStringLiteral("3 requested, 2 running"));
    }

    void errorsReachTheUserInline()
    {
        auto page = openPage();
        page->selectSpace(QStringLiteral("alice/chat"));
        page->detail()->setConfirmer([](const QString &) { return true; });
        m_hub->failNext(QStringLiteral("/pause"), FakeHub::Canned{403, "{\"error\":\"not an owner\"}", {}, false});
        QSignalSpy finished(page->controller(), &SpacesController::actionFinished);
        page->detail()->pauseButton()->click();
        QVERIFY(finished.wait(5000));
        QVERIFY(page->detail()->errorText().contains(QStringLiteral("403")));
        QVERIFY(page->detail()->errorText().contains(QStringLiteral("not an owner")));
    }

    void badTokenAndOffline()
    {
        qputenv("HF_TOKEN", "hf_revoked");
        auto page = std::make_unique<SpacesPage>();
        QSignalSpy failed(page->controller(), &SpacesController::listFailed);
        page->show();
        QVERIFY(failed.wait(5000));
        QVERIFY(page->statusText().contains(QStringLiteral("401")));
        QVERIFY(page->statusText().contains(QStringLiteral("Sign in")));

        qunsetenv("HF_TOKEN");
        auto signedOut = std::make_unique<SpacesPage>();
        QSignalSpy failedAgain(signedOut->controller(), &SpacesController::listFailed);
        signedOut->show();
        QTRY_VERIFY(!failedAgain.isEmpty());
        QVERIFY(signedOut->statusText().contains(QStringLiteral("Sign in to see your Spaces")));
    }

    void signInStoresACheckedToken()
    {
        qunsetenv("HF_TOKEN");
        auto page = std::make_unique<SpacesPage>();
        QSignalSpy finished(page->controller(), &SpacesController::signInFinished);
        page->controller()->signIn(QStringLiteral("hf_revoked"));
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.constLast().constFirst().value<HubError>().isError());
        QVERIFY(!QFile::exists(HubCredentials::tokenPath()));
        page->controller()->signIn(m_hub->token);
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.constLast().constFirst().value<HubError>().isError());
        QVERIFY(QFile::exists(HubCredentials::tokenPath()));
    }

    void signInOutlivedByItsAnswerIsDropped()
    {
        qunsetenv("HF_TOKEN");
        auto page = std::make_unique<SpacesPage>();
        page->controller()->signIn(m_hub->token);
        page.reset(); // the window closes before the Hub answers
        QTest::qWait(300);
        QVERIFY(!QFile::exists(HubCredentials::tokenPath()));
    }

    void refreshBacksOffOnErrors()
    {
        auto page = openPage();
        SpacesController *controller = page->controller();
        const QString id = QStringLiteral("alice/chat");
        // The selected Space is read on its own; the others with their owner's list.
        page->selectSpace(id);
        const int healthy = controller->refreshIntervalMs(id);
        QCOMPARE(healthy, SpacesRefreshScheduler::kSelectedRefreshMs);
        QCOMPARE(controller->refreshIntervalMs(QStringLiteral("alice/paused")), SpacesController::kSlowRefreshMs);
        QCOMPARE(controller->refreshIntervalMs(QStringLiteral("acme/tool")), SpacesController::kFastRefreshMs); // building
        m_hub->failNext(QStringLiteral("/runtime"), FakeHub::Canned{500, "{}", {}, false}, 100);
        for (int attempt = 1; attempt <= 3; ++attempt) {
            controller->refreshRuntime(id);
            // Other Spaces refresh meanwhile (one is building): wait for this one.
            QTRY_COMPARE_WITH_TIMEOUT(controller->failureCount(id), attempt, 20000);
        }
        QVERIFY(controller->refreshIntervalMs(id) > healthy);
        QVERIFY(controller->refreshIntervalMs(id) <= SpacesController::kMaxBackoffMs);
    }

    void hardwareDialogSendsOneRequestWithTheSleepTime()
    {
        auto page = openPage();
        HardwareDialog dialog(page->controller()->client(), space(*page, QStringLiteral("alice/chat")));
        QTRY_COMPARE(dialog.table()->rowCount(), 6);
        QVERIFY(dialog.noticeText().contains(QStringLiteral("restarts")));
        dialog.choose(QStringLiteral("a10g-large"));
        dialog.findChild<QCheckBox *>()->setChecked(true);
        dialog.findChild<QSpinBox *>()->setValue(30);
        QSignalSpy changed(&dialog, &HardwareDialog::runtimeChanged);
        dialog.apply();
        QVERIFY(changed.wait(5000));
        QCOMPARE(lastTo(QStringLiteral("/hardware")).json(),
                 (QJsonObject{{QStringLiteral("flavor"), QStringLiteral("a10g-large")}, {QStringLiteral("sleepTimeSeconds"), 1800}}));
    }

    void hardwareCatalogueFallback()
    {
        auto page = openPage();
        m_hub->failNext(QStringLiteral("/spaces/hardware"), FakeHub::Canned{503, "{}", {}, false}, 100);
        HardwareDialog dialog(page->controller()->client(), space(*page, QStringLiteral("alice/chat")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.noticeText().contains(QStringLiteral("could not be fetched")), 20000);
        QCOMPARE(dialog.table()->rowCount(), 17); // the reference's known flavours
    }

    void sleepTimeDialog()
    {
        auto page = openPage();
        SleepTimeDialog free(page->controller()->client(), space(*page, QStringLiteral("alice/free")));
        QVERIFY(!free.applyButton()->isEnabled());
        QVERIFY(free.reasonText().contains(QStringLiteral("48 hours")));
        SleepTimeDialog paid(page->controller()->client(), space(*page, QStringLiteral("alice/chat")));
        QVERIFY(paid.applyButton()->isEnabled());
        paid.presets()->setCurrentIndex(paid.presets()->findData(900));
        QSignalSpy changed(&paid, &SleepTimeDialog::runtimeChanged);
        paid.apply();
        QVERIFY(changed.wait(5000));
        QCOMPARE(lastTo(QStringLiteral("/sleeptime")).json(), (QJsonObject{{QStringLiteral("seconds"), 900}}));
        SleepTimeDialog custom(page->controller()->client(), space(*page, QStringLiteral("alice/chat")));
        custom.presets()->setCurrentIndex(custom.presets()->count() - 1);
        custom.custom()->setValue(42);
        QCOMPARE(custom.chosenSeconds(), 42 * 60);
    }

    void storageDialog()
    {
        m_hub->runtimes[QStringLiteral("alice/chat")].insert(QStringLiteral("storage"), QStringLiteral("medium"));
        auto page = openPage();
        StorageDialog dialog(page->controller()->client(), space(*page, QStringLiteral("alice/chat")));
        dialog.chooseTier(QStringLiteral("small")); // lower: not possible in place
        QVERIFY(!dialog.applyButton()->isEnabled());
        dialog.chooseTier(QStringLiteral("large"));
        QVERIFY(dialog.applyButton()->isEnabled());
        QVERIFY(!dialog.deleteButton()->isEnabled());
        dialog.confirmField()->setText(QStringLiteral("alice/cha"));
        QVERIFY(!dialog.deleteButton()->isEnabled());
        dialog.confirmField()->setText(QStringLiteral("alice/chat"));
        QVERIFY(dialog.deleteButton()->isEnabled());
        QSignalSpy changed(&dialog, &StorageDialog::runtimeChanged);
        dialog.deleteButton()->click();
        QVERIFY(changed.wait(5000));
        QCOMPARE(lastTo(QStringLiteral("/storage")).method, QByteArray("DELETE"));
    }

    void secretsNeverLandInTheUi()
    {
        auto page = openPage();
        const QString value = QStringLiteral("sk-top-secret-xyz");
        SettingsListDialog dialog(page->controller()->client(), QStringLiteral("alice/chat"), true);
        QSignalSpy reloaded(&dialog, &SettingsListDialog::reloaded);
        QVERIFY(reloaded.wait(5000));
        dialog.keyField()->setText(QStringLiteral("API_KEY"));
        dialog.valueField()->setText(value);
        dialog.descriptionField()->setText(QStringLiteral("provider"));
        QCOMPARE(dialog.valueField()->echoMode(), QLineEdit::Password);
        dialog.save();
        QVERIFY(dialog.valueField()->text().isEmpty()); // gone from the widget once sent
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(lastTo(QStringLiteral("/secrets")).method, QByteArray("GET"));
        bool posted = false;
        for (const auto &request : m_hub->requests())
            if (request.method == "POST" && request.path.endsWith(QStringLiteral("/secrets"))) {
                posted = true;
                QCOMPARE(request.json(), (QJsonObject{{QStringLiteral("key"), QStringLiteral("API_KEY")},
                                                      {QStringLiteral("value"), value},
                                                      {QStringLiteral("description"), QStringLiteral("provider")}}));
            }
        QVERIFY(posted);
        QCOMPARE(dialog.table()->rowCount(), 1);
        for (int column = 0; column < dialog.table()->columnCount(); ++column)
            QVERIFY(!dialog.table()->item(0, column)->text().contains(value));
        // Not in the Spaces model, not in any settings file.
        for (int row = 0; row < page->model()->rowCount(); ++row)
            for (int column = 0; column < page->model()->columnCount(); ++column)
                QVERIFY(!page->model()->index(row, column).data().toString().contains(value));
        AppSettings::flush();
        QDirIterator files(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(value.toUtf8()), qPrintable(file.fileName()));
        }
        dialog.setConfirmer([](const QString &) { return true; });
        dialog.remove(QStringLiteral("API_KEY"));
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(dialog.table()->rowCount(), 0);
    }

    void variablesAndDotEnv()
    {
        QStringList problems;
        const auto parsed = SettingsListDialog::parseDotEnv(
            QStringLiteral("# comment\nexport MODEL=gpt2\nTEMP = 0.7 # warm\nQUOTED=\"a b\"\nnot a line\n\nEMPTY=\n"), &problems);
        QCOMPARE(parsed.size(), 4);
        QCOMPARE(parsed[0].key, QStringLiteral("MODEL"));
        QCOMPARE(parsed[1].value, QStringLiteral("0.7"));
        QCOMPARE(parsed[2].value, QStringLiteral("a b"));
        QCOMPARE(parsed[3].value, QString());
        QCOMPARE(problems, QStringList{QStringLiteral("line 5")});

        auto page = openPage();
        SettingsListDialog dialog(page->controller()->client(), QStringLiteral("alice/chat"), false);
        QSignalSpy reloaded(&dialog, &SettingsListDialog::reloaded);
        QVERIFY(reloaded.wait(5000));
        dialog.setConfirmer([](const QString &) { return true; });
        dialog.importSettings(parsed);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.table()->rowCount(), 4, 10000);
        QCOMPARE(m_hub->variables[QStringLiteral("alice/chat")][QStringLiteral("QUOTED")].value(QStringLiteral("value")).toString(),
                 QStringLiteral("a b"));
    }

    void newSpaceValidationAndRequest()
    {
        auto page = openPage();
        NewSpaceDialog dialog(page->controller()->client(), QString(), QStringLiteral("alice"), {QStringLiteral("acme")});
        dialog.setField(QStringLiteral("name"), QStringLiteral("bad--name"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("'--'")));
        dialog.setField(QStringLiteral("name"), QStringLiteral("fresh"));
        dialog.setField(QStringLiteral("sleep"), QStringLiteral("30"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("upgraded hardware")));
        dialog.setField(QStringLiteral("hardware"), QStringLiteral("t4-small"));
        dialog.setField(QStringLiteral("owner"), QStringLiteral("acme"));
        dialog.setField(QStringLiteral("sdk"), QStringLiteral("docker"));
        dialog.setField(QStringLiteral("private"), QStringLiteral("true"));
        dialog.setField(QStringLiteral("variables"), QStringLiteral("A=1\nB=2"));
        QCOMPARE(dialog.validationError(), QString());
        QSignalSpy created(&dialog, &NewSpaceDialog::created);
        dialog.submit();
        QVERIFY(created.wait(5000));
        const QJsonObject body = lastTo(QStringLiteral("/api/repos/create")).json();
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("fresh"));
        QCOMPARE(body.value(QStringLiteral("organization")).toString(), QStringLiteral("acme"));
        QCOMPARE(body.value(QStringLiteral("sdk")).toString(), QStringLiteral("docker"));
        QCOMPARE(body.value(QStringLiteral("private")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("hardware")).toString(), QStringLiteral("t4-small"));
        QCOMPARE(body.value(QStringLiteral("sleepTimeSeconds")).toInt(), 1800);
        QCOMPARE(body.value(QStringLiteral("variables")).toArray().size(), 2);
        QCOMPARE(created.first().first().toString(), QStringLiteral("acme/fresh"));
    }

    void newSpaceMasksSecretValues()
    {
        auto page = openPage();
        const QString value = QStringLiteral("sk-new-space-secret-42");
        NewSpaceDialog dialog(page->controller()->client(), QString(), QStringLiteral("alice"), {QStringLiteral("acme")});
        dialog.show();
        dialog.setField(QStringLiteral("name"), QStringLiteral("masked"));
        QCOMPARE(dialog.secretRowCount(), 1);
        QTest::keyClicks(dialog.secretKeyField(0), QStringLiteral("API_KEY"));
        QTest::keyClicks(dialog.secretValueField(0), value);
        dialog.addSecretButton()->click();
        QCOMPARE(dialog.secretRowCount(), 2);
        dialog.secretKeyField(1)->setText(QStringLiteral("OTHER"));
        dialog.secretValueField(1)->setText(QStringLiteral("second-value"));
        QCOMPARE(dialog.validationError(), QString());

        // Nothing on screen holds the value: what every field shows, every label, every item.
        auto visibleTexts = [&dialog] {
            QStringList texts;
            for (const QLineEdit *line : dialog.findChildren<QLineEdit *>())
                texts << line->displayText() << line->placeholderText() << line->toolTip();
            for (const QLabel *label : dialog.findChildren<QLabel *>())
                texts << label->text() << label->toolTip();
            for (const QAbstractItemView *view : dialog.findChildren<QAbstractItemView *>())
                for (int row = 0; row < view->model()->rowCount(); ++row)
                    for (int column = 0; column < view->model()->columnCount(); ++column)
                        texts << view->model()->index(row, column).data().toString()
                              << view->model()->index(row, column).data(Qt::ToolTipRole).toString();
            for (const QPlainTextEdit *edit : dialog.findChildren<QPlainTextEdit *>())
                texts << edit->toPlainText();
            for (const QWidget *widget : dialog.findChildren<QWidget *>())
                texts << widget->windowTitle() << widget->accessibleName() << widget->accessibleDescription();
            return texts.join(u'\n');
        };
        for (qsizetype row = 0; row < dialog.secretRowCount(); ++row)
            QCOMPARE(dialog.secretValueField(row)->echoMode(), QLineEdit::Password);
        QVERIFY(!visibleTexts().contains(value));
        QVERIFY(!visibleTexts().contains(QStringLiteral("second-value")));
        QVERIFY(visibleTexts().contains(QStringLiteral("API_KEY"))); // the walk does see the fields

        // The row's Show toggle shows it, and hides it again.
        QAction *reveal = dialog.secretValueField(0)->actions().constFirst();
        reveal->trigger();
        QCOMPARE(dialog.secretValueField(0)->echoMode(), QLineEdit::Normal);
        QVERIFY(visibleTexts().contains(value));
        QVERIFY(!visibleTexts().contains(QStringLiteral("second-value"))); // only that row
        reveal->trigger();
        QVERIFY(!visibleTexts().contains(value));

        // A bad key is named, the value never.
        dialog.secretKeyField(1)->setText(QStringLiteral("9BAD"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("9BAD")));
        QVERIFY(!dialog.validationError().contains(QStringLiteral("second-value")));
        QVERIFY(!visibleTexts().contains(QStringLiteral("second-value")));
        dialog.secretKeyField(1)->setText(QStringLiteral("OTHER"));

        // The request carries both.
        QSignalSpy created(&dialog, &NewSpaceDialog::created);
        dialog.submit();
        QVERIFY(!visibleTexts().contains(value)); // nor while it is sent
        QVERIFY(created.wait(5000));
        const QJsonArray secrets = lastTo(QStringLiteral("/api/repos/create")).json().value(QStringLiteral("secrets")).toArray();
        QCOMPARE(secrets.size(), 2);
        QCOMPARE(secrets[0].toObject(),
                 (QJsonObject{{QStringLiteral("key"), QStringLiteral("API_KEY")}, {QStringLiteral("value"), value}}));
        QCOMPARE(secrets[1].toObject(), (QJsonObject{{QStringLiteral("key"), QStringLiteral("OTHER")},
                                                     {QStringLiteral("value"), QStringLiteral("second-value")}}));
    }

    void newSpaceSecretRowsComeAndGo()
    {
        auto page = openPage();
        NewSpaceDialog dialog(page->controller()->client(), QString(), QStringLiteral("alice"), {});
        dialog.setField(QStringLiteral("name"), QStringLiteral("rows"));
        dialog.setField(QStringLiteral("secrets"), QStringLiteral("A=1\nB=2"));
        QCOMPARE(dialog.secretRowCount(), 2);
        QCOMPARE(dialog.secretKeyField(1)->text(), QStringLiteral("B"));
        QString error;
        QCOMPARE(dialog.request(&error).secrets.size(), 2);
        QCOMPARE(error, QString());
        dialog.secretKeyField(1)->setText(QStringLiteral("A"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("twice")));
        // Its remove button takes a row away.
        dialog.secretKeyField(0)->parentWidget()->findChild<QToolButton *>()->click();
        QCOMPARE(dialog.secretRowCount(), 1);
        QCOMPARE(dialog.validationError(), QString());
        QCOMPARE(dialog.request(&error).secrets.constFirst().value, QStringLiteral("2"));
        // A blank row is no secret; a value without a key is a mistake.
        dialog.setField(QStringLiteral("secrets"), QString());
        QCOMPARE(dialog.secretRowCount(), 1);
        QCOMPARE(dialog.validationError(), QString());
        dialog.secretValueField(0)->setText(QStringLiteral("orphan"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("needs a key")));
    }
};

QTEST_MAIN(TestSpacesPage)
#include "tst_spacespage.moc"
