// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FakeHub.h"
#include "HubCredentials.h"
#include "NewSpaceDialog.h"
#include "SpaceCost.h"
#include "SpaceDetailPanel.h"
#include "SpacesController.h"
#include "SpacesPage.h"
#include "SpacesTableModel.h"
#include "StoredTokens.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdeck;
using hubdeck::test::FakeHub;

// Several accounts on the Spaces page (the switcher, "All accounts", each row acted on with
// its own account's token) and what Spaces cost, against the fake Hub with two users' tokens
// stored as huggingface_hub stores them.
class TestSpaceAccounts : public QObject
{
    Q_OBJECT

    const QString m_bobToken = QStringLiteral("hf_bob_secret_token_9876543210");
    std::unique_ptr<FakeHub> m_hub;
    std::unique_ptr<QTemporaryDir> m_home;

    [[nodiscard]] QString tokenFile() const { return m_home->filePath(QStringLiteral("token")); }
    [[nodiscard]] QByteArray readTokenFile() const
    {
        QFile file(tokenFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<SpacesPage> openPage()
    {
        auto page = std::make_unique<SpacesPage>();
        QSignalSpy loaded(page->controller(), &SpacesController::listLoaded);
        page->show();
        if (!loaded.wait(10000))
            qFatal("the Spaces did not load");
        return page;
    }

    // Waits until whoami has answered for every stored account.
    static bool accountsKnown(SpacesController *controller)
    {
        return QTest::qWaitFor(
            [&] {
                const auto accounts = controller->accounts();
                return !accounts.isEmpty() &&
                       std::all_of(accounts.cbegin(), accounts.cend(), [](const auto &a) { return a.user.has_value(); });
            },
            10000);
    }

    static int switcherIndex(SpacesPage &page, const QString &data) { return page.accountSwitcher()->findData(data); }

    static bool choose(SpacesPage &page, const QString &data)
    {
        const int index = switcherIndex(page, data);
        if (index < 0)
            return false;
        QSignalSpy loaded(page.controller(), &SpacesController::listLoaded);
        page.accountSwitcher()->setCurrentIndex(index);
        Q_EMIT page.accountSwitcher()->activated(index);
        return loaded.wait(10000);
    }

    [[nodiscard]] QString cell(SpacesPage &page, const QString &id, int column, int role = Qt::DisplayRole) const
    {
        return page.model()->index(page.model()->rowOf(id), column).data(role).toString();
    }

    // Why the table's columns are not all readable and in view, or empty when they are.
    [[nodiscard]] static QString columnsProblem(SpacesPage &page)
    {
        QTableView *table = page.table();
        QHeaderView *header = table->horizontalHeader();
        QFont bold = header->font(); // as QHeaderView measures its labels
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        const int width = table->viewport()->width();
        for (int logical = 0; logical < header->count(); ++logical) {
            if (header->isSectionHidden(logical))
                continue;
            const QString text = page.model()->headerData(logical, Qt::Horizontal).toString();
            const int left = header->sectionViewportPosition(logical);
            const int size = header->sectionSize(logical);
            if (metrics.horizontalAdvance(text) > size)
                return QStringLiteral("%1 is cut: %2 px for %3 px of text").arg(text).arg(size).arg(metrics.horizontalAdvance(text));
            if (left < 0 || left + size > width)
                return QStringLiteral("%1 is off the edge: %2..%3 of %4 px").arg(text).arg(left).arg(left + size).arg(width);
            // The stage badges whole: they cannot be elided.
            if (logical == SpacesTableModel::StageColumn && size < static_cast<QAbstractItemView *>(table)->sizeHintForColumn(logical))
                return QStringLiteral("the stage badges are cut: %1 px for %2")
                    .arg(size)
                    .arg(static_cast<QAbstractItemView *>(table)->sizeHintForColumn(logical));
        }
        if (table->horizontalScrollBar()->maximum() > 0)
            return QStringLiteral("the table scrolls sideways");
        return {};
    }

    [[nodiscard]] QList<FakeHub::Request> requestsTo(const QString &path) const
    {
        QList<FakeHub::Request> found;
        for (const FakeHub::Request &request : m_hub->requests())
            if (request.path == path)
                found.append(request);
        return found;
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
        m_hub->otherAccounts.append(FakeHub::Account{m_bobToken, QStringLiteral("bob"), {QStringLiteral("acme")}, QStringLiteral("work")});
        m_hub->addSpace(QStringLiteral("alice/chat"), QStringLiteral("RUNNING"), QStringLiteral("t4-medium"));
        m_hub->addSpace(QStringLiteral("alice/free"), QStringLiteral("RUNNING"), QStringLiteral("cpu-basic"));
        m_hub->addSpace(QStringLiteral("alice/paused"), QStringLiteral("PAUSED"), QStringLiteral("a10g-large"));
        m_hub->addSpace(QStringLiteral("acme/tool"), QStringLiteral("RUNNING"), QStringLiteral("cpu-upgrade"));
        m_hub->addSpace(QStringLiteral("bob/bot"), QStringLiteral("RUNNING"), QStringLiteral("a10g-large"));
        // Paid hardware that never sleeps: the badge's case.
        m_hub->runtimes[QStringLiteral("bob/bot")].insert(QStringLiteral("gcTimeout"), QJsonValue::Null);
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        qputenv("HF_ENDPOINT", m_hub->endpoint().toUtf8());
        qputenv("HF_HOME", m_home->path().toUtf8());
        for (const char *name : {"HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_TOKEN_PATH"})
            qunsetenv(name);
        // What `hf auth login` leaves after two logins, alice's last: both stored, hers active.
        QString error;
        QVERIFY2(StoredTokens::write({{QStringLiteral("laptop"), m_hub->token}, {QStringLiteral("work"), m_bobToken}}, &error),
                 qPrintable(error));
        QVERIFY2(HubCredentials::saveToken(m_hub->token, &error), qPrintable(error));
    }

    void cleanup() { qunsetenv("HF_TOKEN"); }

    void switcherListsEveryStoredAccountWithItsUser()
    {
        auto page = openPage();
        QVERIFY(accountsKnown(page->controller()));
        QComboBox *switcher = page->accountSwitcher();
        QVERIFY(switcher->isVisibleTo(page.get()));
        QCOMPARE(switcher->count(), 3);
        QCOMPARE(switcher->itemText(switcherIndex(*page, QStringLiteral("laptop"))), QStringLiteral("laptop — alice (active)"));
        QCOMPARE(switcher->itemText(switcherIndex(*page, QStringLiteral("work"))), QStringLiteral("work — bob"));
        QCOMPARE(switcher->itemText(switcherIndex(*page, QString::fromLatin1(SpacesPage::kAllAccounts))), QStringLiteral("All accounts"));
        QCOMPARE(switcher->currentData().toString(), QStringLiteral("laptop"));
        // Tokens masked, never shown.
        for (int i = 0; i < switcher->count(); ++i) {
            const QString shown = switcher->itemText(i) + switcher->itemData(i, Qt::ToolTipRole).toString();
            QVERIFY2(!shown.contains(m_bobToken) && !shown.contains(m_hub->token), qPrintable(shown));
        }
        QVERIFY(switcher->itemData(switcherIndex(*page, QStringLiteral("work")), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("hf_****3210")));
        QVERIFY(!page->environmentWarning()->isVisibleTo(page.get()));
        QVERIFY(page->table()->isColumnHidden(SpacesTableModel::AccountColumn));
        // One whoami per token, however often the page refreshes.
        QSignalSpy loaded(page->controller(), &SpacesController::listLoaded);
        page->refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(requestsTo(QStringLiteral("/api/whoami-v2")).size(), 2);
    }

    void switchingWritesTheTokenFileAsHfDoes()
    {
        auto page = openPage();
        QVERIFY(accountsKnown(page->controller()));
        const QByteArray storedBefore = [&] {
            QFile file(StoredTokens::path());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(choose(*page, QStringLiteral("work")));
        // `hf auth switch --token-name work`: the token file holds bob's token, alone.
        QCOMPARE(readTokenFile(), m_bobToken.toUtf8());
        QCOMPARE(QFile(tokenFile()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QFile stored(StoredTokens::path());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), storedBefore);
        QCOMPARE(HubCredentials::token(), m_bobToken);
        QCOMPARE(page->controller()->user()->name, QStringLiteral("bob"));
        QCOMPARE(page->model()->rowCount(), 2); // bob/bot and acme/tool
        QVERIFY(page->model()->rowOf(QStringLiteral("bob/bot")) >= 0);
        QCOMPARE(requestsTo(QStringLiteral("/api/spaces/bob/bot/runtime")).size(), 0);
        QCOMPARE(page->accountSwitcher()->currentData().toString(), QStringLiteral("work"));
        QVERIFY(page->accountSwitcher()->currentText().endsWith(QStringLiteral("(active)")));
    }

    void environmentTokenOverridesTheStoredChoice()
    {
        qputenv("HF_TOKEN", m_bobToken.toUtf8());
        auto page = openPage();
        QVERIFY(page->environmentWarning()->isVisibleTo(page.get()));
        QVERIFY(page->environmentWarning()->text().contains(QStringLiteral("HF_TOKEN")));
        // The environment's token is the one used: bob's, though alice's is the active stored one.
        QCOMPARE(page->controller()->user()->name, QStringLiteral("bob"));
        qunsetenv("HF_TOKEN");
        page->controller()->reloadCredentials();
        QVERIFY(!page->environmentWarning()->isVisibleTo(page.get()));
    }

    void allAccountsListsEveryonesSpacesWithTheirAccount()
    {
        auto page = openPage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(page->table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(choose(*page, QString::fromLatin1(SpacesPage::kAllAccounts)));
        QVERIFY(page->controller()->showsAllAccounts());
        // Every Space once: acme/tool, which both see, is one row naming both, the active first.
        QCOMPARE(page->model()->rowCount(), 5);
        QCOMPARE(cell(*page, QStringLiteral("bob/bot"), SpacesTableModel::AccountColumn), QStringLiteral("work (bob)"));
        QCOMPARE(cell(*page, QStringLiteral("alice/chat"), SpacesTableModel::AccountColumn), QStringLiteral("laptop (alice)"));
        QCOMPARE(cell(*page, QStringLiteral("acme/tool"), SpacesTableModel::AccountColumn), QStringLiteral("laptop (alice), work (bob)"));
        QCOMPARE(cell(*page, QStringLiteral("acme/tool"), 0, SpacesTableModel::AccountRole), QStringLiteral("laptop"));
        // An elided cell can be read whole in its tooltip (it was the Space's id alone).
        QCOMPARE(
            cell(*page, QStringLiteral("acme/tool"), SpacesTableModel::AccountColumn, Qt::ToolTipRole),
            QStringLiteral("acme/tool: seen by several accounts (laptop (alice), work (bob)); its actions use laptop (alice), the first."));
        QCOMPARE(cell(*page, QStringLiteral("bob/bot"), SpacesTableModel::AccountColumn, Qt::ToolTipRole),
                 QStringLiteral("bob/bot: work (bob)"));
        const QString modified = cell(*page, QStringLiteral("bob/bot"), SpacesTableModel::ModifiedColumn);
        QVERIFY(!modified.isEmpty());
        QCOMPARE(cell(*page, QStringLiteral("bob/bot"), SpacesTableModel::ModifiedColumn, Qt::ToolTipRole),
                 QStringLiteral("bob/bot: ") + modified);
        QCOMPARE(cell(*page, QStringLiteral("bob/bot"), SpacesTableModel::IdColumn, Qt::ToolTipRole), QStringLiteral("bob/bot"));
        QCOMPARE(cell(*page, QStringLiteral("bob/bot"), 0, SpacesTableModel::AccountRole), QStringLiteral("work"));
        QCOMPARE(page->model()->headerData(SpacesTableModel::AccountColumn, Qt::Horizontal).toString(), QStringLiteral("Account"));
        QVERIFY(!page->table()->isColumnHidden(SpacesTableModel::AccountColumn));
        // Showing every account changes no one's active token.
        QCOMPARE(readTokenFile(), m_hub->token.toUtf8());
        QCOMPARE(page->accountSwitcher()->currentData().toString(), QString::fromLatin1(SpacesPage::kAllAccounts));
        // Back to one account: the column goes, the list is alice's again.
        QVERIFY(choose(*page, QStringLiteral("laptop")));
        QVERIFY(!page->controller()->showsAllAccounts());
        QCOMPARE(page->model()->rowCount(), 4);
        QVERIFY(page->table()->isColumnHidden(SpacesTableModel::AccountColumn));
        QCOMPARE(readTokenFile(), m_hub->token.toUtf8());
    }

    void everyColumnFitsAt1280()
    {
        // Longer names than the fixture's, as real Spaces have.
        m_hub->addSpace(QStringLiteral("alice/stable-diffusion-xl-turbo-demo"), QStringLiteral("RUNNING"), QStringLiteral("a10g-large"));
        auto page = openPage();
        // The window at 1280 × 800: the page has its width less the window's frame and margins.
        page->resize(1240, 760);
        QTRY_VERIFY2(columnsProblem(*page).isEmpty(), qPrintable(columnsProblem(*page)));
        QVERIFY(choose(*page, QString::fromLatin1(SpacesPage::kAllAccounts)));
        QVERIFY(!page->table()->isColumnHidden(SpacesTableModel::AccountColumn));
        QTRY_VERIFY2(columnsProblem(*page).isEmpty(), qPrintable(columnsProblem(*page)));
        QHeaderView *header = page->table()->horizontalHeader();
        // The Space column comes first: it is narrowed only once the others are down to their headers.
        const int idWidth = header->sectionSize(SpacesTableModel::IdColumn);
        if (idWidth < static_cast<QAbstractItemView *>(page->table())->sizeHintForColumn(SpacesTableModel::IdColumn)) {
            QFont bold = header->font();
            bold.setBold(true);
            const QFontMetrics metrics(bold);
            for (int logical = 1; logical < header->count(); ++logical)
                if (!header->isSectionHidden(logical) && logical != SpacesTableModel::StageColumn)
                    QVERIFY2(header->sectionSize(logical) <=
                                 metrics.horizontalAdvance(page->model()->headerData(logical, Qt::Horizontal).toString()) + 60,
                             qPrintable(page->model()->headerData(logical, Qt::Horizontal).toString()));
        }
        QVERIFY2(idWidth >= 150, qPrintable(QString::number(idWidth)));
        // The columns fill the table's width, no more.
        const auto total = [&] {
            int sum = 0;
            for (int logical = 0; logical < header->count(); ++logical)
                sum += header->isSectionHidden(logical) ? 0 : header->sectionSize(logical);
            return sum;
        };
        QCOMPARE(total(), page->table()->viewport()->width());
        QList<int> before;
        for (int logical = 0; logical < header->count(); ++logical)
            before.append(header->sectionSize(logical));
        // A wider window: still every column in view, none narrower, the room shared out.
        page->resize(1400, 860);
        QTRY_COMPARE(total(), page->table()->viewport()->width());
        QVERIFY2(columnsProblem(*page).isEmpty(), qPrintable(columnsProblem(*page)));
        for (int logical = 0; logical < header->count(); ++logical)
            QVERIFY(header->isSectionHidden(logical) || header->sectionSize(logical) >= before[logical]);
        // A refresh that brings a wider badge than any before ("Running (rebuilding)" after
        // "Running") makes room for it.
        SpaceRuntime rebuilding = *page->model()->space(page->model()->rowOf(QStringLiteral("alice/free"))).runtime;
        rebuilding.stage = QStringLiteral("RUNNING_BUILDING");
        rebuilding.raw.insert(QStringLiteral("stage"), rebuilding.stage);
        page->model()->updateRuntime(QStringLiteral("alice/free"), rebuilding);
        QTRY_VERIFY2(columnsProblem(*page).isEmpty(), qPrintable(columnsProblem(*page)));
        // Sorted by another column: its arrow gets room too.
        page->table()->sortByColumn(SpacesTableModel::SleepColumn, Qt::AscendingOrder);
        page->resize(1240, 760);
        QTRY_VERIFY2(columnsProblem(*page).isEmpty(), qPrintable(columnsProblem(*page)));
    }

    static NewSpaceDialog *openNewSpace(SpacesPage &page)
    {
        for (QPushButton *button : page.findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("New Space…"))
                button->click();
        const auto dialogs = page.findChildren<NewSpaceDialog *>();
        return dialogs.isEmpty() ? nullptr : dialogs.last();
    }

    void newSpaceInAllAccountsAsksWhichAccount()
    {
        auto page = openPage();
        QVERIFY(accountsKnown(page->controller()));
        // One account in view: it is the one, nothing to ask.
        NewSpaceDialog *single = openNewSpace(*page);
        QVERIFY(single);
        QVERIFY(!single->accountField());
        QCOMPARE(single->client()->options().token, m_hub->token);
        delete single;

        QVERIFY(choose(*page, QString::fromLatin1(SpacesPage::kAllAccounts)));
        NewSpaceDialog *dialog = openNewSpace(*page);
        QVERIFY(dialog);
        QComboBox *account = dialog->accountField();
        QVERIFY(account);
        QVERIFY(account->isVisibleTo(dialog));
        QCOMPARE(account->count(), 2);
        QCOMPARE(account->currentData().toString(), QStringLiteral("laptop")); // the active account first
        QCOMPARE(account->currentText(), QStringLiteral("laptop — alice"));
        QCOMPARE(dialog->client()->options().token, m_hub->token);
        auto *owner = dialog->findChild<QComboBox *>(QStringLiteral("owner"));
        QCOMPARE(owner->itemText(0), QStringLiteral("alice"));
        // As bob: his token, his name and organisation to create under.
        account->setCurrentIndex(account->findData(QStringLiteral("work")));
        QCOMPARE(dialog->client()->options().token, m_bobToken);
        QCOMPARE(owner->count(), 2);
        QCOMPARE(owner->itemText(0), QStringLiteral("bob"));
        QCOMPARE(owner->itemText(1), QStringLiteral("acme"));
        dialog->setField(QStringLiteral("name"), QStringLiteral("fresh"));
        QCOMPARE(dialog->validationError(), QString());
        QSignalSpy created(dialog, &NewSpaceDialog::created);
        dialog->submit();
        QVERIFY(created.wait(10000));
        QCOMPARE(created.first().first().toString(), QStringLiteral("bob/fresh"));
        const auto creates = requestsTo(QStringLiteral("/api/repos/create"));
        QCOMPARE(creates.size(), 1);
        QCOMPARE(creates.first().authorization, "Bearer " + m_bobToken.toUtf8());
        QVERIFY(!creates.first().json().contains(QStringLiteral("organization")));
        QVERIFY(m_hub->spaces.contains(QStringLiteral("bob/fresh")));
        QVERIFY(!m_hub->spaces.contains(QStringLiteral("alice/fresh")));
    }

    // Each token has its own budget: a Retry-After bob's token gets holds back what bob's
    // token reads, not alice's; the status line says whose.
    void aWaitHoldsBackOnlyThatAccount()
    {
        auto page = openPage();
        QVERIFY(choose(*page, QString::fromLatin1(SpacesPage::kAllAccounts)));
        SpacesController *controller = page->controller();
        // 20 simulated seconds a real one: lists every 3 s, the wait 30 s.
        QElapsedTimer real;
        real.start();
        controller->setClock([&real] { return real.elapsed() * 20; }, 50);
        m_hub->failNext(QStringLiteral("/api/spaces/bob/bot/runtime"), FakeHub::Canned{429, "{}", {{"Retry-After", "600"}}, false}, 1);
        controller->refreshRuntime(QStringLiteral("bob/bot"));
        QVERIFY(QTest::qWaitFor([&] { return controller->waitingUntil(QStringLiteral("work")).has_value(); }, 10000));
        QVERIFY(!controller->waitingUntil(QStringLiteral("laptop")).has_value());
        QVERIFY(!controller->waitingUntil().has_value()); // the active account is alice's
        QVERIFY(QTest::qWaitFor([&] { return !controller->isReading(); }, 10000));
        const QByteArray bob = "Bearer " + m_bobToken.toUtf8();
        const QByteArray alice = "Bearer " + m_hub->token.toUtf8();
        m_hub->clearRequests();
        // Alice's lists come again; nothing with bob's token meanwhile.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::any_of(m_hub->requests().cbegin(), m_hub->requests().cend(),
                                   [&](const FakeHub::Request &r) { return r.authorization == alice && r.path == u"/api/spaces"; });
            },
            15000));
        for (const FakeHub::Request &request : m_hub->requests())
            QVERIFY2(request.authorization != bob, qPrintable(request.path));
        QVERIFY2(page->statusText().contains(QStringLiteral("work: The Hub asked HubDeck to wait")), qPrintable(page->statusText()));
        QVERIFY(!page->statusText().contains(QStringLiteral("laptop:")));
    }

    // A private org Space only bob reads: alice's list of the org (she lists it, having seen
    // it first) leaves it out, and that alone must not drop bob's row; bob's own list of the
    // org decides, and once the Space is gone from the Hub it goes.
    void aSpaceOnlyAnotherAccountListsStays()
    {
        m_hub->addSpace(QStringLiteral("acme/secret"), QStringLiteral("RUNNING"));
        m_hub->listedOnlyTo.insert(QStringLiteral("acme/secret"), {QStringLiteral("bob")});
        auto page = openPage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(choose(*page, QString::fromLatin1(SpacesPage::kAllAccounts)));
        QCOMPARE(page->model()->rowCount(), 6);
        QCOMPARE(cell(*page, QStringLiteral("acme/secret"), SpacesTableModel::AccountColumn), QStringLiteral("work (bob)"));
        SpacesController *controller = page->controller();
        QElapsedTimer real;
        real.start();
        controller->setClock([&real] { return real.elapsed() * 20; }, 50);
        const QByteArray bob = "Bearer " + m_bobToken.toUtf8();
        const auto bobListedAcme = [&] {
            return std::any_of(m_hub->requests().cbegin(), m_hub->requests().cend(), [&](const FakeHub::Request &r) {
                return r.authorization == bob && r.path == u"/api/spaces" && r.query.queryItemValue(QStringLiteral("author")) == u"acme";
            });
        };
        QSignalSpy refreshed(controller, &SpacesController::ownerRefreshed);
        m_hub->clearRequests();
        QVERIFY(QTest::qWaitFor([&] { return refreshed.contains({QStringLiteral("acme")}) && bobListedAcme(); }, 15000));
        QVERIFY(QTest::qWaitFor([&] { return !controller->isReading(); }, 10000));
        QVERIFY(page->model()->rowOf(QStringLiteral("acme/secret")) >= 0);
        QCOMPARE(cell(*page, QStringLiteral("acme/secret"), SpacesTableModel::AccountColumn), QStringLiteral("work (bob)"));
        QCOMPARE(cell(*page, QStringLiteral("acme/tool"), SpacesTableModel::AccountColumn), QStringLiteral("laptop (alice), work (bob)"));
        QCOMPARE(page->model()->rowCount(), 6);

        // Deleted on the Hub: bob's next list no longer has it, and no account claims it.
        m_hub->spaces.remove(QStringLiteral("acme/secret"));
        m_hub->runtimes.remove(QStringLiteral("acme/secret"));
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOf(QStringLiteral("acme/secret")) < 0, 15000);
        QCOMPARE(page->model()->rowCount(), 5);
    }

    void actionsOnARowUseThatRowsAccount()
    {
        auto page = openPage();
        QVERIFY(choose(*page, QString::fromLatin1(SpacesPage::kAllAccounts)));
        const QByteArray bob = "Bearer " + m_bobToken.toUtf8();
        const QByteArray alice = "Bearer " + m_hub->token.toUtf8();
        QCOMPARE(page->controller()->clientFor(QStringLiteral("bob/bot"))->options().token, m_bobToken);
        QCOMPARE(page->controller()->clientFor(QStringLiteral("alice/chat"))->options().token, m_hub->token);
        QVERIFY(!page->controller()->clientFor(QStringLiteral("nobody/else")));
        // Pause bob's Space: the call and the runtime read after it go with bob's token.
        page->selectSpace(QStringLiteral("bob/bot"));
        page->detail()->setConfirmer([](const QString &) { return true; });
        QSignalSpy refreshed(page->controller(), &SpacesController::runtimeRefreshed);
        page->detail()->pauseButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return !requestsTo(QStringLiteral("/api/spaces/bob/bot/runtime")).isEmpty(); }, 10000));
        const auto pauses = requestsTo(QStringLiteral("/api/spaces/bob/bot/pause"));
        QCOMPARE(pauses.size(), 1);
        QCOMPARE(pauses.first().authorization, bob);
        for (const FakeHub::Request &request : requestsTo(QStringLiteral("/api/spaces/bob/bot/runtime")))
            QCOMPARE(request.authorization, bob);
        // A dialog opened on the row (secrets) asks with bob's token too.
        Q_EMIT page->detail()->secretsRequested();
        QVERIFY(QTest::qWaitFor([&] { return !requestsTo(QStringLiteral("/api/spaces/bob/bot/secrets")).isEmpty(); }, 10000));
        QCOMPARE(requestsTo(QStringLiteral("/api/spaces/bob/bot/secrets")).first().authorization, bob);
        // The active account's Space still goes with alice's.
        page->selectSpace(QStringLiteral("alice/chat"));
        page->detail()->restartButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return !requestsTo(QStringLiteral("/api/spaces/alice/chat/restart")).isEmpty(); }, 10000));
        QCOMPARE(requestsTo(QStringLiteral("/api/spaces/alice/chat/restart")).first().authorization, alice);
        // No token ever went into the table.
        for (int row = 0; row < page->model()->rowCount(); ++row)
            for (int column = 0; column < SpacesTableModel::ColumnCount; ++column)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                    const QString text = page->model()->index(row, column).data(role).toString();
                    QVERIFY(!text.contains(m_bobToken) && !text.contains(m_hub->token));
                }
    }

    void aTokenTheHubRefusesIsReportedNotFatal()
    {
        QString error;
        QVERIFY(StoredTokens::write({{QStringLiteral("laptop"), m_hub->token},
                                     {QStringLiteral("old"), QStringLiteral("hf_revoked_token_000000000")},
                                     {QStringLiteral("work"), m_bobToken}},
                                    &error));
        auto page = openPage();
        QVERIFY(choose(*page, QString::fromLatin1(SpacesPage::kAllAccounts)));
        // The others are listed; the refused one is said, in the status and the switcher.
        QCOMPARE(page->model()->rowCount(), 5);
        QVERIFY2(page->statusText().contains(QStringLiteral("old")), qPrintable(page->statusText()));
        QVERIFY(page->accountSwitcher()->itemText(switcherIndex(*page, QStringLiteral("old"))).contains(QStringLiteral("refused")));
    }

    void signInAndOutOfOneAccount()
    {
        QString error;
        QVERIFY(StoredTokens::write({{QStringLiteral("laptop"), m_hub->token}}, &error));
        auto page = openPage();
        // Sign in (the dialog's call): bob's token is stored under the Hub's name for it, active.
        QSignalSpy signedIn(page->controller(), &SpacesController::signInFinished);
        page->controller()->signIn(m_bobToken);
        QVERIFY(signedIn.wait(10000));
        auto stored = StoredTokens::read(&error);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->at(1).name, QStringLiteral("work"));
        QCOMPARE(readTokenFile(), m_bobToken.toUtf8());
        QVERIFY(accountsKnown(page->controller()));
        QCOMPARE(page->accountSwitcher()->count(), 3);
        // Sign out of the account that is not active: only its stored copy goes.
        QVERIFY2(page->controller()->signOutAccount(QStringLiteral("laptop"), &error), qPrintable(error));
        stored = StoredTokens::read(&error);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(readTokenFile(), m_bobToken.toUtf8());
        // A name not stored is an error, and nothing changes.
        QVERIFY(!page->controller()->signOutAccount(QStringLiteral("nobody"), &error));
        QVERIFY(error.contains(QStringLiteral("nobody")));
        QCOMPARE(StoredTokens::read(&error)->size(), 1);
        // Sign out (the button) of the active account: its stored copy and the token file go.
        page->controller()->signOut();
        QCOMPARE(StoredTokens::read(&error)->size(), 0);
        QVERIFY(!QFile::exists(tokenFile()));
        QVERIFY(!page->accountSwitcher()->isVisibleTo(page.get()));
    }

    void costsComeFromTheCatalogue()
    {
        auto page = openPage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(QTest::qWaitFor([&] { return page->model()->prices().has_value(); }, 10000));
        // The fake's catalogue: t4-medium 0.015 USD a minute, cpu-upgrade 0.0005, cpu-basic 0.
        QCOMPARE(cell(*page, QStringLiteral("alice/chat"), SpacesTableModel::CostColumn), QStringLiteral("$0.90"));
        QCOMPARE(cell(*page, QStringLiteral("acme/tool"), SpacesTableModel::CostColumn), QStringLiteral("$0.03"));
        QCOMPARE(cell(*page, QStringLiteral("alice/free"), SpacesTableModel::CostColumn), QStringLiteral("$0.00"));
        // Paused: on no hardware, no cost, not in the total.
        QCOMPARE(cell(*page, QStringLiteral("alice/paused"), SpacesTableModel::CostColumn), QStringLiteral("—"));
        QCOMPARE(page->model()
                     ->index(page->model()->rowOf(QStringLiteral("alice/chat")), SpacesTableModel::CostColumn)
                     .data(SpacesTableModel::SortRole)
                     .toDouble(),
                 0.9);
        const SpaceCost::Total total = page->model()->total();
        QCOMPARE(total.billed, 3);
        QCOMPARE(total.unpriced, 0);
        QVERIFY(qFuzzyCompare(total.perHourUSD, 0.93));
        QVERIFY(qFuzzyCompare(total.perMonthUSD(), 0.93 * 730));
        QVERIFY2(page->costText().contains(QStringLiteral("$0.93 an hour")), qPrintable(page->costText()));
        QVERIFY(page->costText().contains(QStringLiteral("$678.90 a month")));
        QVERIFY(page->costText().contains(QStringLiteral("730")));
        QVERIFY(page->costText().contains(QStringLiteral("estimate")));
        QVERIFY(page->costText().contains(QStringLiteral("ZeroGPU")));
        // The badge: none here, every paid Space sleeps after an hour...
        for (const QString &id : {QStringLiteral("alice/chat"), QStringLiteral("alice/free"), QStringLiteral("alice/paused")})
            QVERIFY(!page->model()->index(page->model()->rowOf(id), 0).data(SpacesTableModel::PaidWithoutSleepRole).toBool());
        // ...until a paid Space loses its sleep time.
        SpaceRuntime runtime = *page->model()->space(page->model()->rowOf(QStringLiteral("alice/chat"))).runtime;
        runtime.sleepTime = 0;
        page->model()->updateRuntime(QStringLiteral("alice/chat"), runtime);
        QVERIFY(page->model()
                    ->index(page->model()->rowOf(QStringLiteral("alice/chat")), 0)
                    .data(SpacesTableModel::PaidWithoutSleepRole)
                    .toBool());
        QVERIFY(cell(*page, QStringLiteral("alice/chat"), SpacesTableModel::SleepColumn).startsWith(QStringLiteral("⚠")));
        QVERIFY(cell(*page, QStringLiteral("alice/chat"), SpacesTableModel::SleepColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("around the clock")));
        QVERIFY(!cell(*page, QStringLiteral("alice/free"), SpacesTableModel::SleepColumn).startsWith(QStringLiteral("⚠")));
    }

    void allAccountsCountsASharedSpaceOnce()
    {
        auto page = openPage();
        QVERIFY(choose(*page, QString::fromLatin1(SpacesPage::kAllAccounts)));
        QVERIFY(QTest::qWaitFor([&] { return page->model()->prices().has_value(); }, 10000));
        // alice/chat 0.90 + alice/free 0 + acme/tool 0.03 (once) + bob/bot a10g-large 1.50.
        QVERIFY(qFuzzyCompare(page->model()->total().perHourUSD, 2.43));
        QCOMPARE(page->model()->total().billed, 4);
        // bob/bot: a10g-large without a sleep time, badged.
        QVERIFY(
            page->model()->index(page->model()->rowOf(QStringLiteral("bob/bot")), 0).data(SpacesTableModel::PaidWithoutSleepRole).toBool());
    }

    void noPriceWhenTheCatalogueFailed()
    {
        m_hub->failNext(QStringLiteral("/api/spaces/hardware"), FakeHub::Canned{500, "{\"error\": \"down\"}", {}, false}, 50);
        auto page = openPage();
        QSignalSpy prices(page->controller(), &SpacesController::pricesChanged);
        QVERIFY(prices.wait(15000));
        QVERIFY(!page->model()->prices());
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            QCOMPARE(page->model()->index(row, SpacesTableModel::CostColumn).data().toString(), QStringLiteral("—"));
            QCOMPARE(page->model()->index(row, SpacesTableModel::CostColumn).data(SpacesTableModel::SortRole).toDouble(), -1.0);
        }
        QVERIFY(!page->costText().contains(u'$'));
        QVERIFY(page->costText().contains(QStringLiteral("could not be read")));
        // The warning needs no price: paid flavours but cpu-basic count as paid.
        SpaceRuntime runtime = *page->model()->space(page->model()->rowOf(QStringLiteral("alice/chat"))).runtime;
        runtime.sleepTime.reset();
        page->model()->updateRuntime(QStringLiteral("alice/chat"), runtime);
        QVERIFY(page->model()
                    ->index(page->model()->rowOf(QStringLiteral("alice/chat")), 0)
                    .data(SpacesTableModel::PaidWithoutSleepRole)
                    .toBool());
    }

    void costRules()
    {
        SpaceRuntime runtime;
        runtime.hardware = QStringLiteral("t4-small");
        runtime.requestedHardware = QStringLiteral("t4-small");
        const SpaceCost::Prices prices{{QStringLiteral("t4-small"), 0.6}, {QStringLiteral("cpu-basic"), 0.0}};
        for (const char *stage : {"RUNNING", "RUNNING_BUILDING", "RUNNING_APP_STARTING", "APP_STARTING"}) {
            runtime.stage = QString::fromLatin1(stage);
            QVERIFY2(SpaceCost::isBilledNow(runtime), stage);
        }
        for (const char *stage : {"PAUSED", "SLEEPING", "BUILDING", "RUNTIME_ERROR", "STOPPED", ""}) {
            runtime.stage = QString::fromLatin1(stage);
            QVERIFY2(!SpaceCost::isBilledNow(runtime), stage);
        }
        runtime.stage = QStringLiteral("RUNNING");
        QCOMPARE(SpaceCost::perHour(runtime, prices), std::optional<double>(0.6));
        QCOMPARE(SpaceCost::perHour(runtime, std::nullopt), std::nullopt);
        runtime.hardware = QStringLiteral("h100-future");
        QCOMPARE(SpaceCost::perHour(runtime, prices), std::nullopt); // not in the catalogue: no price
        SpaceInfo space;
        space.runtime = runtime;
        const SpaceCost::Total total = SpaceCost::total({space}, prices);
        QCOMPARE(total.billed, 1);
        QCOMPARE(total.unpriced, 1);
        QCOMPARE(total.perHourUSD, 0.0);
        runtime.sleepTime = 3600;
        QVERIFY(!SpaceCost::paidWithoutSleep(runtime, prices));
        runtime.sleepTime = 0;
        QVERIFY(SpaceCost::paidWithoutSleep(runtime, prices)); // t4-small requested, sleeps never
        runtime.requestedHardware = QStringLiteral("cpu-basic");
        QVERIFY(!SpaceCost::paidWithoutSleep(runtime, prices));
        QCOMPARE(SpaceCost::usd(0.9), QStringLiteral("$0.90"));
        QCOMPARE(SpaceCost::usd(0.005), QStringLiteral("$0.005"));
        QCOMPARE(SpaceCost::usd(0), QStringLiteral("$0.00"));
    }
};

QTEST_MAIN(TestSpaceAccounts)
#include "tst_spaceaccounts.moc"
