// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FakeHub.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hubdeck::test::FakeHub;

// hubdeck-cli spaces/auth, end to end against the fake Hub in this process. The CLI runs
// asynchronously so that the fake keeps answering while we wait.
class TestCliSpaces : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<FakeHub> m_hub;
    std::unique_ptr<QTemporaryDir> m_home;

    Run cli(const QStringList &arguments, const QStringList &extraEnv = {}, bool withToken = true, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_TOKEN_PATH", "HF_ENDPOINT", "COLUMNS"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HF_HOME"), m_home->path());
        env.insert(QStringLiteral("HF_ENDPOINT"), m_hub->endpoint());
        if (withToken)
            env.insert(QStringLiteral("HF_TOKEN"), m_hub->token);
        for (const QString &pair : extraEnv)
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(qEnvironmentVariable("HUBDECK_CLI"), arguments);
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(30000))
            qFatal("hubdeck-cli did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void init()
    {
        m_hub = std::make_unique<FakeHub>();
        QVERIFY(m_hub->listen());
        m_hub->addSpace(QStringLiteral("alice/chat"), QStringLiteral("RUNNING"), QStringLiteral("t4-medium"));
        m_hub->addSpace(QStringLiteral("alice/free"), QStringLiteral("RUNNING"), QStringLiteral("cpu-basic"));
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

    void listIsATableOfTheUsersSpaces()
    {
        const Run run = cli({QStringLiteral("spaces"), QStringLiteral("ls")});
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].startsWith(QStringLiteral("ID ")));
        QVERIFY(lines[0].trimmed().endsWith(QStringLiteral("COST/H")));
        QVERIFY(lines[2].startsWith(QStringLiteral("alice/chat ")));
        QVERIFY(lines[2].contains(QStringLiteral("t4-medium")));
        QVERIFY2(lines[2].trimmed().endsWith(QStringLiteral("$0.90")), qPrintable(lines[2])); // 0.015 USD a minute
        QVERIFY(lines[3].contains(QStringLiteral("48h")));                                    // cpu-basic sleeps after 48 h
        QVERIFY(lines[3].trimmed().endsWith(QStringLiteral("$0.00")));
        // The total: both run, t4-medium and cpu-basic; the month at 730 h, said.
        QVERIFY2(lines[4].startsWith(QStringLiteral("Running now: 2 Space(s), $0.90/h, about $657.00/month at 730 h")),
                 qPrintable(lines[4]));
        QVERIFY(lines[4].contains(QStringLiteral("estimate")));
    }

    // The JSON gains cost_per_hour_usd: the catalogue's price of the current hardware, null
    // for a Space on none (paused).
    void listJsonHasTheCostPerHour()
    {
        m_hub->addSpace(QStringLiteral("alice/paused"), QStringLiteral("PAUSED"), QStringLiteral("a10g-large"));
        const Run run = cli({QStringLiteral("spaces"), QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        QHash<QString, QJsonValue> costs;
        for (const QJsonValue &row : rows)
            costs.insert(row[QStringLiteral("id")].toString(), row[QStringLiteral("cost_per_hour_usd")]);
        QCOMPARE(costs.value(QStringLiteral("alice/chat")).toDouble(), 0.9);
        QCOMPARE(costs.value(QStringLiteral("alice/free")).toDouble(), 0.0);
        QVERIFY(costs.value(QStringLiteral("alice/paused")).isNull());
        QVERIFY(costs.value(QStringLiteral("alice/free")).isDouble());
    }

    // Never a number the Hub did not give: without the catalogue, no cost and no total, and
    // the list is still printed.
    void listShowsNoCostWithoutTheCatalogue()
    {
        m_hub->failNext(QStringLiteral("/api/spaces/hardware"), FakeHub::Canned{500, "{\"error\": \"down\"}", {}, false}, 20);
        Run run = cli({QStringLiteral("spaces"), QStringLiteral("ls")}); // 20 failures outlast its retries
        QCOMPARE(run.code, 0);
        QVERIFY(!run.out.contains(u'$'));
        QVERIFY(!run.out.contains(QStringLiteral("Running now")));
        QVERIFY(run.out.contains(QStringLiteral("alice/chat")));
        QVERIFY2(run.err.contains(QStringLiteral("No costs")), qPrintable(run.err));
        run = cli({QStringLiteral("spaces"), QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        for (const QJsonValue &row : QJsonDocument::fromJson(run.out.toUtf8()).array())
            QVERIFY(row[QStringLiteral("cost_per_hour_usd")].isNull());
    }

    void runtimeJsonUsesTheReferenceNames()
    {
        const Run run = cli({QStringLiteral("spaces"), QStringLiteral("restart"), QStringLiteral("alice/chat"),
                             QStringLiteral("--factory-reboot"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        for (const char *key : {"stage", "hardware", "requested_hardware", "sleep_time", "storage", "raw"})
            QVERIFY2(object.contains(QLatin1StringView(key)), key);
        QCOMPARE(object.value(QStringLiteral("stage")).toString(), QStringLiteral("BUILDING"));
        QCOMPARE(object.value(QStringLiteral("raw")).toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("BUILDING"));
        QCOMPARE(m_hub->lastRequest().query.queryItemValue(QStringLiteral("factory")), QStringLiteral("true"));
    }

    void settingsSendsOneHardwareRequestWithTheSleepTime()
    {
        const Run run =
            cli({QStringLiteral("spaces"), QStringLiteral("settings"), QStringLiteral("alice/chat"), QStringLiteral("--hardware"),
                 QStringLiteral("a10g-large"), QStringLiteral("--sleep-time"), QStringLiteral("600")});
        QCOMPARE(run.code, 0);
        int hardwareRequests = 0;
        for (const auto &request : m_hub->requests())
            if (request.path.endsWith(QStringLiteral("/hardware")))
                ++hardwareRequests;
        QCOMPARE(hardwareRequests, 1);
        QCOMPARE(m_hub->lastRequest().json(),
                 (QJsonObject{{QStringLiteral("flavor"), QStringLiteral("a10g-large")}, {QStringLiteral("sleepTimeSeconds"), 600}}));
    }

    void secretValuesNeverReachAnyOutput()
    {
        const QString value = QStringLiteral("sk-very-secret-value-42");
        Run run = cli({QStringLiteral("spaces"), QStringLiteral("secrets"), QStringLiteral("add"), QStringLiteral("alice/chat"),
                       QStringLiteral("-s"), QStringLiteral("API_KEY=") + value});
        QCOMPARE(run.code, 0);
        QVERIFY(!run.out.contains(value) && !run.err.contains(value));
        // A bare KEY takes its value from the environment.
        run = cli({QStringLiteral("spaces"), QStringLiteral("secrets"), QStringLiteral("add"), QStringLiteral("alice/chat"),
                   QStringLiteral("-s"), QStringLiteral("OTHER_KEY"), QStringLiteral("--format"), QStringLiteral("json")},
                  {QStringLiteral("OTHER_KEY=") + value});
        QCOMPARE(run.code, 0);
        QCOMPARE(m_hub->lastRequest().json().value(QStringLiteral("value")).toString(), value);
        QVERIFY(!run.out.contains(value) && !run.err.contains(value));
        run = cli({QStringLiteral("spaces"), QStringLiteral("secrets"), QStringLiteral("ls"), QStringLiteral("alice/chat"),
                   QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 2);
        QVERIFY(!run.out.contains(value));
        // Without a value, without a terminal: a clear usage error, nothing sent.
        const qsizetype before = m_hub->requests().size();
        run = cli({QStringLiteral("spaces"), QStringLiteral("secrets"), QStringLiteral("add"), QStringLiteral("alice/chat"),
                   QStringLiteral("-s"), QStringLiteral("MISSING_KEY")});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("No value for MISSING_KEY")));
        QCOMPARE(m_hub->requests().size(), before);
    }

    // The runtime's errorMessage says why a Space failed: shown in `spaces info` and its JSON.
    void runtimeErrorMessageIsShown()
    {
        const QString reason = QStringLiteral("Scheduling failure: not enough hardware capacity");
        m_hub->runtimes[QStringLiteral("alice/chat")].insert(QStringLiteral("stage"), QStringLiteral("RUNTIME_ERROR"));
        m_hub->runtimes[QStringLiteral("alice/chat")].insert(QStringLiteral("errorMessage"), reason + QStringLiteral("\x1b[2J"));
        // `spaces info` is JSON, as hf's: the reason is the runtime's error_message.
        Run run = cli({QStringLiteral("spaces"), QStringLiteral("info"), QStringLiteral("alice/chat")});
        QCOMPARE(run.code, 0);
        auto runtimeOf = [](const Run &r) {
            return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("runtime")).toObject();
        };
        QCOMPARE(runtimeOf(run).value(QStringLiteral("error_message")).toString(), reason + QStringLiteral("\x1b[2J"));
        QVERIFY(!run.out.contains(QChar(0x1b))); // escaped as \u001b
        run = cli({QStringLiteral("spaces"), QStringLiteral("info"), QStringLiteral("alice/free")});
        QVERIFY(runtimeOf(run).value(QStringLiteral("error_message")).isNull());
        // The commands that print a runtime as text give it a line of its own, escaped.
        run = cli({QStringLiteral("spaces"), QStringLiteral("restart"), QStringLiteral("alice/chat")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("  error: ") + reason + QStringLiteral("\\x1b[2J\n")), qPrintable(run.out));
    }

    void tokenNeverPrinted()
    {
        m_hub->failNext(QStringLiteral("*"), FakeHub::Canned{401, "{\"error\":\"bad token\"}", {}, false});
        const Run run = cli({QStringLiteral("spaces"), QStringLiteral("info"), QStringLiteral("alice/chat"), QStringLiteral("--token"),
                             QStringLiteral("hf_should_not_appear")});
        QCOMPARE(run.code, 1);
        QVERIFY(!run.out.contains(QStringLiteral("hf_should_not_appear")) && !run.err.contains(QStringLiteral("hf_should_not_appear")));
        QCOMPARE(m_hub->lastRequest().authorization, QByteArray("Bearer hf_should_not_appear")); // --token wins over HF_TOKEN
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.err.startsWith(QStringLiteral("Error: The Hub refused your token (401)")));
    }

    void tokenLookupOrder()
    {
        QFile file(m_home->path() + QStringLiteral("/token"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("  " + m_hub->token.toUtf8() + "\n");
        file.close();
        Run run = cli({QStringLiteral("auth"), QStringLiteral("whoami")}, {}, false);
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QStringLiteral("user: alice")));
        QCOMPARE(m_hub->lastRequest().authorization, QByteArray("Bearer " + m_hub->token.toUtf8()));
        // HF_TOKEN_PATH replaces $HF_HOME/token.
        run = cli({QStringLiteral("auth"), QStringLiteral("whoami")},
                  {QStringLiteral("HF_TOKEN_PATH=") + m_home->path() + QStringLiteral("/none")}, false);
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("Not signed in")));
        // HF_TOKEN beats the file.
        run = cli({QStringLiteral("auth"), QStringLiteral("whoami")}, {QStringLiteral("HF_TOKEN=hf_other")}, false);
        QCOMPARE(m_hub->lastRequest().authorization, QByteArray("Bearer hf_other"));
        QCOMPARE(run.code, 1);
    }

    void loginChecksThenStoresWithMode0600()
    {
        const QString path = m_home->path() + QStringLiteral("/token");
        Run run = cli({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--token"), QStringLiteral("hf_wrong")}, {}, false);
        QCOMPARE(run.code, 1);
        QVERIFY(!QFile::exists(path)); // a refused token is not stored
        run = cli({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--token"), m_hub->token}, {}, false);
        QCOMPARE(run.code, 0);
        QVERIFY(!run.out.contains(m_hub->token));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), m_hub->token);
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        run = cli({QStringLiteral("auth"), QStringLiteral("logout")}, {}, false);
        QCOMPARE(run.code, 0);
        QVERIFY(!QFile::exists(path));
    }

    // `hf auth` and HubDeck share the token file and stored_tokens: accounts stored by one are
    // listed, switched and removed by the other.
    void severalAccountsAsHfAuth()
    {
        const QString tokenPath = m_home->path() + QStringLiteral("/token");
        const QString storedPath = m_home->path() + QStringLiteral("/stored_tokens");
        const QString other = QStringLiteral("hf_OtherAccountToken0123456789WXYZ");
        auto readFile = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QStringLiteral("<missing>");
        };
        // As hf would have left it: another account stored, none active.
        {
            QFile file(storedPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[other]\nhf_token = " + other.toUtf8() + "\n\n");
        }
        Run run = cli({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--token"), m_hub->token}, {}, false);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("saved as laptop in")), qPrintable(run.out)); // the Hub's name for the token
        QCOMPARE(readFile(storedPath), QStringLiteral("[laptop]\nhf_token = %1\n\n[other]\nhf_token = %2\n\n").arg(m_hub->token, other));
        QCOMPARE(readFile(tokenPath), m_hub->token);

        run = cli({QStringLiteral("auth"), QStringLiteral("list")}, {}, false);
        QCOMPARE(run.code, 0);
        const QString masked = m_hub->token.left(3) + QStringLiteral("****") + m_hub->token.right(4);
        QCOMPARE(run.out, QStringLiteral("  name    | token          \n"
                                         "----------|---------------\n"
                                         "* laptop  | %1\n"
                                         "  other   | hf_****WXYZ    \n")
                              .arg(masked.leftJustified(15)));
        QVERIFY(!run.out.contains(other) && !run.out.contains(m_hub->token) && !run.err.contains(other));

        run = cli({QStringLiteral("auth"), QStringLiteral("switch"), QStringLiteral("--token-name"), QStringLiteral("other")}, {}, false);
        QCOMPARE(run.code, 0);
        QCOMPARE(readFile(tokenPath), other);
        run = cli({QStringLiteral("auth"), QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("json")}, {}, false);
        QCOMPARE(run.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("tokens")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("other"));
        QCOMPARE(rows[1].toObject().value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("active")).toBool(), false);
        QVERIFY(!run.out.contains(other));

        // Wrong or missing names change nothing.
        run = cli({QStringLiteral("auth"), QStringLiteral("switch"), QStringLiteral("--token-name"), QStringLiteral("nope")}, {}, false);
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("Access token nope not found")));
        run = cli({QStringLiteral("auth"), QStringLiteral("switch")}, {}, false); // no terminal to choose on
        QCOMPARE(run.code, 2);
        run = cli({QStringLiteral("auth"), QStringLiteral("logout"), QStringLiteral("--token-name"), QStringLiteral("nope")}, {}, false);
        QCOMPARE(run.code, 1);
        QCOMPARE(readFile(tokenPath), other);

        // Removing the active token's name removes the active token too (_logout_from_token).
        run = cli({QStringLiteral("auth"), QStringLiteral("logout"), QStringLiteral("--token-name"), QStringLiteral("other")}, {}, false);
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.contains(QStringLiteral("Active token 'other' has been deleted.")));
        QVERIFY(!QFile::exists(tokenPath));
        QCOMPARE(readFile(storedPath), QStringLiteral("[laptop]\nhf_token = %1\n\n").arg(m_hub->token));

        // An environment token outlives logout, and logout says so with a failure, as hf does.
        run = cli({QStringLiteral("auth"), QStringLiteral("logout")}, {QStringLiteral("HUGGING_FACE_HUB_TOKEN=") + m_hub->token}, false);
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("still logged in")));
        QVERIFY(!QFile::exists(storedPath));
        run = cli({QStringLiteral("auth"), QStringLiteral("logout")}, {}, false);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("Not logged in!\n"));
    }

    // huggingface_hub would read a broken stored_tokens as empty and write over it at the next
    // login, losing every account; HubDeck refuses and leaves it as it is.
    void aBrokenStoredTokensFileIsNeverWrittenOver()
    {
        const QString storedPath = m_home->path() + QStringLiteral("/stored_tokens");
        const QByteArray broken("[a]\nhf_token = hf_a\n[a]\nhf_token = hf_b\n");
        {
            QFile file(storedPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(broken);
        }
        Run run = cli({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--token"), m_hub->token}, {}, false);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("line 3 repeats the section [a]")), qPrintable(run.err));
        QVERIFY(m_hub->requests().isEmpty());
        run = cli({QStringLiteral("auth"), QStringLiteral("list")}, {}, false);
        QCOMPARE(run.code, 1);
        QFile file(storedPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), broken);
        QVERIFY(!QFile::exists(m_home->path() + QStringLiteral("/token")));
    }

    void exitCodes()
    {
        QCOMPARE(cli({QStringLiteral("spaces"), QStringLiteral("info")}).code, 2);                               // missing argument
        QCOMPARE(cli({QStringLiteral("spaces"), QStringLiteral("info"), QStringLiteral("not-an-id")}).code, 2);  // bad id
        QCOMPARE(cli({QStringLiteral("spaces"), QStringLiteral("bogus")}).code, 2);                              // unknown command
        QCOMPARE(cli({QStringLiteral("spaces"), QStringLiteral("info"), QStringLiteral("alice/none")}).code, 1); // 404
        QCOMPARE(cli({QStringLiteral("spaces"), QStringLiteral("ls"), QStringLiteral("--timeout"), QStringLiteral("zero")}).code, 2);
        const Run refused =
            cli({QStringLiteral("spaces"), QStringLiteral("storage"), QStringLiteral("alice/chat"), QStringLiteral("--delete")});
        QCOMPARE(refused.code, 1); // no terminal, no --yes
        QVERIFY(!m_hub->lastRequest().path.endsWith(QStringLiteral("/storage")));
    }

    void logsTail()
    {
        m_hub->logChunks[QStringLiteral("alice/chat/run")] = {"data: {\"data\": \"one\\n\"}\n\n", "data: {\"data\": \"two\\n\"}\n\n",
                                                              "data: {\"data\": \"three\\n\"}\n\n"};
        const Run run = cli(
            {QStringLiteral("spaces"), QStringLiteral("logs"), QStringLiteral("alice/chat"), QStringLiteral("-n"), QStringLiteral("2")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("two\nthree\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliSpaces)
#include "tst_clispaces.moc"
