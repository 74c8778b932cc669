// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FakeHub.h"
#include "HubClient.h"
#include "PrintableText.h"
#include "SpaceLogStream.h"
#include "SseParser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hubdeck::HubClient;
using hubdeck::HubError;
using hubdeck::SpaceLogStream;
using hubdeck::SseParser;
using hubdeck::test::FakeHub;

// Issue #11, item 3: Space log streams against a Hub that never stops sending (bytes without
// a newline) or never closes a drained stream (keep-alives forever). In process through
// SpaceLogStream, and end to end through `hubdeck-cli spaces logs`.
class TestLogStream : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        bool finished = false; // false: still running at the bound, then killed
        qint64 elapsedMs = 0;
        qint64 peakRssKiB = 0; // the CLI's resident memory, sampled while it ran
        QByteArray out;
        QByteArray err;
    };

    std::unique_ptr<FakeHub> m_hub;
    std::unique_ptr<QTemporaryDir> m_home;

    static qint64 rssKiB(qint64 pid)
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        return 0;
    }

    // Runs the CLI with the fake as its Hub, for at most boundMs (then kills it).
    Run cli(const QStringList &arguments, int boundMs)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HF_TOKEN", "HF_TOKEN_PATH", "HF_ENDPOINT", "COLUMNS"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HF_HOME"), m_home->path());
        env.insert(QStringLiteral("HF_ENDPOINT"), m_hub->endpoint());
        env.insert(QStringLiteral("HF_TOKEN"), m_hub->token);
        process.setProcessEnvironment(env);
        Run run;
        // Read as it comes: a pipe left full would stall the CLI, not the stream.
        connect(&process, &QProcess::readyReadStandardOutput, this, [&] { run.out += process.readAllStandardOutput(); });
        connect(&process, &QProcess::readyReadStandardError, this, [&] { run.err += process.readAllStandardError(); });
        QElapsedTimer clock;
        clock.start();
        process.start(qEnvironmentVariable("HUBDECK_CLI"), arguments);
        if (!process.waitForStarted(10000))
            qFatal("hubdeck-cli did not start");
        const qint64 pid = process.processId();
        while (process.state() != QProcess::NotRunning && clock.elapsed() < boundMs) {
            run.peakRssKiB = std::max(run.peakRssKiB, rssKiB(pid));
            QTest::qWait(20);
        }
        run.elapsedMs = clock.elapsed();
        run.finished = process.state() == QProcess::NotRunning;
        if (!run.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        run.code = process.exitCode();
        run.out += process.readAllStandardOutput();
        run.err += process.readAllStandardError();
        return run;
    }

    static QStringList logs(const QStringList &more)
    {
        return QStringList{QStringLiteral("spaces"), QStringLiteral("logs"), QStringLiteral("alice/chat")} + more;
    }

    void noSecretsIn(const Run &run)
    {
        QVERIFY(!run.out.contains(m_hub->token.toUtf8()));
        QVERIFY(!run.err.contains(m_hub->token.toUtf8()));
    }

    std::unique_ptr<HubClient> client(int timeoutMs)
    {
        HubClient::Options options;
        options.endpoint = m_hub->endpoint();
        options.token = m_hub->token;
        options.timeoutMs = timeoutMs;
        return std::make_unique<HubClient>(options);
    }

private Q_SLOTS:
    void init()
    {
        m_hub = std::make_unique<FakeHub>();
        QVERIFY(m_hub->listen());
        m_hub->addSpace(QStringLiteral("alice/chat"), QStringLiteral("RUNNING"), QStringLiteral("t4-medium"));
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

    // The stream itself: the cut line is emitted once, with the marker, and the JSON string
    // it was cut in is decoded up to the cut (escapes included).
    void streamCutsAnEndlessLineOnce()
    {
        m_hub->logChunks[QStringLiteral("alice/chat/run")] = {"data: {\"data\": \"first\\n\"}\n\n",
                                                              "data: {\"data\": \"a\\\"b\\t\\u00e9\\ud83d\\ude00 "};
        m_hub->logRepeat = QByteArray(64 * 1024, 'x');
        const auto hub = client(3000);
        std::unique_ptr<SpaceLogStream> stream(hub->logs(QStringLiteral("alice/chat"), false, false));
        QSignalSpy lines(stream.get(), &SpaceLogStream::line);
        QSignalSpy finished(stream.get(), &SpaceLogStream::finished);
        stream->start();
        QVERIFY(finished.wait(15000));
        QVERIFY(!finished.first().first().value<HubError>().isError());
        QVERIFY(m_hub->logRepeatSent > 2 * SseParser::kMaxEventBytes); // it was a flood
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0][0].toString(), QStringLiteral("first"));
        const QString cut = lines[1][0].toString();
        const QString head = QStringLiteral("a\"b\t\u00e9\U0001F600 ");
        QVERIFY2(cut.startsWith(head), qPrintable(cut.left(20)));
        // The SSE line is cut at 1 MiB: "data: ", {"data": " and the 25 bytes of escapes
        // before the x's are part of it.
        const qsizetype xs = SseParser::kMaxEventBytes - 6 - 10 - 25;
        QCOMPARE(cut, head + QString(xs, u'x') + QStringLiteral(" [line cut at 1 MiB]"));
        QVERIFY(lines[1][1].toString().isEmpty());
    }

    // An event that is not the Hub's JSON (plain text, invalid UTF-8) is shown as it came, its
    // bytes escaped by the display, never dropped unseen; JSON without "data" is not a line.
    void eventsThatAreNotLogJsonAreShownAsTheyCame()
    {
        m_hub->logChunks[QStringLiteral("alice/chat/run")] = {
            "data: plain text, not JSON\n\n", "data: {\"data\": \"bad \xff\xfe bytes\"}\n\n", "data: {\"type\": \"status\"}\n\n",
            "data: \n\n", "data: {\"data\": \"last\"}\n\n"};
        const auto hub = client(3000);
        std::unique_ptr<SpaceLogStream> stream(hub->logs(QStringLiteral("alice/chat"), false, false));
        QSignalSpy lines(stream.get(), &SpaceLogStream::line);
        QSignalSpy finished(stream.get(), &SpaceLogStream::finished);
        stream->start();
        QVERIFY(finished.wait(15000));
        QStringList shown;
        for (const auto &arguments : std::as_const(lines))
            shown.append(arguments[0].toString());
        QCOMPARE(shown.size(), 3);
        QCOMPARE(shown[0], QStringLiteral("plain text, not JSON"));
        QCOMPARE(hubdeck::PrintableText::line(shown[1]), QStringLiteral(R"({"data": "bad \xff\xfe bytes"})"));
        QCOMPARE(shown[2], QStringLiteral("last"));
    }

    void drainEndsAtTheFirstQuietSpellDespiteKeepAlives()
    {
        m_hub->logChunks[QStringLiteral("alice/chat/run")] = {"data: {\"data\": \"one\\n\"}\n\n", "data: {\"data\": \"two\\n\"}\n\n"};
        m_hub->logRepeat = ": keep-alive\n\ndata: \n\ndata:\n\n";
        m_hub->logRepeatIntervalMs = 100;
        const auto hub = client(1500);
        std::unique_ptr<SpaceLogStream> stream(hub->logs(QStringLiteral("alice/chat"), false, false));
        QSignalSpy lines(stream.get(), &SpaceLogStream::line);
        QSignalSpy finished(stream.get(), &SpaceLogStream::finished);
        QElapsedTimer clock;
        clock.start();
        stream->start();
        QVERIFY(finished.wait(10000));
        QVERIFY2(clock.elapsed() < 2 * 1500 + 500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(m_hub->logRepeatSent > 0); // keep-alives did arrive meanwhile
        QVERIFY(!finished.first().first().value<HubError>().isError());
        QCOMPARE(lines.size(), 2);
        QVERIFY(!stream->stoppedAtDeadline()); // a quiet spell ended it
    }

    void followKeepsGoingThroughKeepAlives()
    {
        m_hub->logChunks[QStringLiteral("alice/chat/run")] = {"data: {\"data\": \"one\\n\"}\n\n"};
        m_hub->logRepeat = ": keep-alive\n\n";
        m_hub->logRepeatIntervalMs = 100;
        const auto hub = client(500);
        std::unique_ptr<SpaceLogStream> stream(hub->logs(QStringLiteral("alice/chat"), false, true));
        QSignalSpy finished(stream.get(), &SpaceLogStream::finished);
        stream->start();
        QVERIFY(!finished.wait(3 * 500)); // no drain deadline, no quiet end with -f
        QVERIFY(stream->isRunning());
        stream->stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(!finished.first().first().value<HubError>().isError());
    }

    // `spaces logs` against a stream of bytes without a newline, sent as fast as the CLI reads:
    // it grew to 6.6 GB in 10 s. Now: one cut line with the marker, bounded memory, a normal
    // end at the quiet spell that follows.
    void cliEndlessLineIsCutAndMemoryStaysBounded()
    {
        m_hub->logChunks[QStringLiteral("alice/chat/run")] = {"data: {\"data\": \"before\\n\"}\n\n", "data: {\"data\": \""};
        m_hub->logRepeat = QByteArray(64 * 1024, 'x');
        const int timeoutS = 2;
        const Run run = cli(logs({QStringLiteral("--timeout"), QString::number(timeoutS)}), 2 * timeoutS * 1000 + 4000);
        QVERIFY2(run.finished, "still running at the bound");
        QCOMPARE(run.code, 0);
        QVERIFY(m_hub->logRepeatSent > 4 * SseParser::kMaxEventBytes);
#if defined(__SANITIZE_ADDRESS__)
        // The CLI is built the same way: AddressSanitizer keeps freed memory in quarantine
        // (256 MiB by default) besides its shadow; unbounded, the line grew to gigabytes.
        constexpr qint64 boundKiB = 640 * 1024;
#else
        constexpr qint64 boundKiB = 160 * 1024;
#endif
        QVERIFY2(run.peakRssKiB > 0 && run.peakRssKiB < boundKiB, qPrintable(QString::number(run.peakRssKiB)));
        const QList<QByteArray> lines = run.out.split('\n');
        QCOMPARE(lines.size(), 3); // "before", the cut line, and the empty rest after the last '\n'
        QCOMPARE(lines[0], QByteArray("before"));
        // The SSE line is cut at 1 MiB: "data: " and the JSON's {"data": " are part of it.
        QCOMPARE(lines[1], QByteArray(SseParser::kMaxEventBytes - 6 - 10, 'x') + " [line cut at 1 MiB]");
        QVERIFY(lines[2].isEmpty());
        noSecretsIn(run);
    }

    // The Hub keeps a drained stream open with keep-alives (comments and empty data: events):
    // without -f the CLI prints the backlog and ends at the first quiet spell, exit 0.
    void cliWithoutFollowEndsAfterTheBacklog()
    {
        m_hub->logChunks[QStringLiteral("alice/chat/run")] = {"data: {\"data\": \"one\\n\"}\n\n", "data: {\"data\": \"two\\n\"}\n\n",
                                                              "data: {\"data\": \"three\\n\"}\n\n"};
        m_hub->logRepeat = ":\n\ndata: \n\n";
        m_hub->logRepeatIntervalMs = 200;
        const int timeoutS = 2;
        // The bound: the answer within --timeout, the drain within --timeout after it.
        const int boundMs = 2 * timeoutS * 1000;
        const Run run = cli(logs({QStringLiteral("--timeout"), QString::number(timeoutS)}), boundMs + 4000);
        QVERIFY2(run.finished, "still running: keep-alives kept it open");
        QVERIFY2(run.elapsedMs < boundMs + 1500, qPrintable(QString::number(run.elapsedMs))); // + process start-up
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QByteArray("one\ntwo\nthree\n"));
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QVERIFY(m_hub->logRepeatSent > 0);
        noSecretsIn(run);
    }

    // A Space that prints all the time never leaves a quiet spell: the drain stops at its
    // deadline and says so.
    void cliWithoutFollowStopsAChattyStreamAtTheTimeout()
    {
        m_hub->logChunks[QStringLiteral("alice/chat/run")] = {"data: {\"data\": \"start\\n\"}\n\n"};
        m_hub->logRepeat = "data: {\"data\": \"tick\\n\"}\n\n";
        m_hub->logRepeatIntervalMs = 50;
        const int timeoutS = 2;
        const int boundMs = 2 * timeoutS * 1000;
        const Run run = cli(logs({QStringLiteral("--timeout"), QString::number(timeoutS)}), boundMs + 4000);
        QVERIFY2(run.finished, "still running past the timeout");
        QVERIFY2(run.elapsedMs < boundMs + 1500, qPrintable(QString::number(run.elapsedMs)));
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith("start\ntick\n"));
        QVERIFY(run.out.count("tick\n") >= 10);
        QVERIFY2(run.err.contains("Hint: The Hub kept sending lines; stopped after 2 s (--timeout). Use -f to follow the logs."),
                 run.err.constData());
        noSecretsIn(run);
    }

    // With -f the same stream is followed until the user stops it (Ctrl+C), well past the
    // drain's bound.
    void cliFollowStreamsUntilStopped()
    {
        m_hub->logChunks[QStringLiteral("alice/chat/run")] = {"data: {\"data\": \"one\\n\"}\n\n"};
        m_hub->logRepeat = ":\n\n";
        m_hub->logRepeatIntervalMs = 200;
        const int timeoutS = 1;
        const Run run =
            cli(logs({QStringLiteral("-f"), QStringLiteral("--timeout"), QString::number(timeoutS)}), 2 * timeoutS * 1000 + 1500);
        QVERIFY(!run.finished);
        QCOMPARE(run.out, QByteArray("one\n"));
        noSecretsIn(run);
    }

    void cliTailKeepsTheLastLinesOfACutStream()
    {
        m_hub->logChunks[QStringLiteral("alice/chat/run")] = {"data: {\"data\": \"one\\n\"}\n\n", "data: {\"data\": \"two\\n\"}\n\n",
                                                              "data: {\"data\": \""};
        m_hub->logRepeat = QByteArray(64 * 1024, 'y');
        const Run run = cli(logs({QStringLiteral("-n"), QStringLiteral("2"), QStringLiteral("--timeout"), QStringLiteral("1")}), 6000);
        QVERIFY(run.finished);
        QCOMPARE(run.code, 0);
        const QList<QByteArray> lines = run.out.split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QByteArray("two"));
        QVERIFY(lines[1].startsWith("yyyy") && lines[1].endsWith("y [line cut at 1 MiB]"));
    }
};

QTEST_GUILESS_MAIN(TestLogStream)
#include "tst_logstream.moc"
