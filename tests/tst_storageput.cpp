// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "RawHttpServer.h"
#include "StoragePut.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hubdeck;
using hubdeck::test::RawHttpServer;

namespace {

struct Outcome
{
    bool finished = false;
    HubClient::Response response;
    HubError error;
    QList<std::pair<qint64, qint64>> progress;
};

} // namespace

// StoragePut against servers that answer well and badly: the bytes and head it sends, and
// every way a PUT ends (status kinds, an answer before the body went, a redirect, a stall,
// garbage, a head without end, a file that changed, a header that would split the head, a
// proxy in the environment, an abort).
class TestStoragePut : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_bytes;

    StoragePut::Request request(const QString &endpoint, qint64 offset = 0, qint64 length = -1)
    {
        StoragePut::Request r;
        r.url = QUrl(endpoint + QStringLiteral("/bucket/key?X-Amz-Signature=abc%2Fdef"));
        r.path = m_path;
        r.fileSize = m_bytes.size();
        r.offset = offset;
        r.length = length < 0 ? m_bytes.size() - offset : length;
        r.headers = {{"X-Ticket", "t-1"}};
        r.stallMs = 5000;
        return r;
    }

    static Outcome run(StoragePut::Request r)
    {
        Outcome out;
        StoragePut put(std::move(r));
        QEventLoop loop;
        connect(&put, &StoragePut::progress, &loop, [&](qint64 sent, qint64 total) { out.progress.append({sent, total}); });
        connect(&put, &StoragePut::finished, &loop, [&](const HubClient::Response &response, const HubError &error) {
            if (out.finished)
                qFatal("finished twice");
            out.finished = true;
            out.response = response;
            out.error = error;
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, [] { qFatal("the PUT never finished"); });
        put.start();
        if (out.finished)
            qFatal("finished from within start()");
        loop.exec();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("blob.bin"));
        m_bytes.resize(5 * StoragePut::kBlockBytes + 12345);
        QRandomGenerator generator(3);
        generator.fillRange(reinterpret_cast<quint32 *>(m_bytes.data()), m_bytes.size() / 4);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(m_bytes), m_bytes.size());
    }

    // The slice's bytes, exactly, after a head with the target, host, length and headers.
    void sendsTheSlice()
    {
        QByteArray received;
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                received += socket->readAll();
                const qsizetype end = received.indexOf("\r\n\r\n");
                if (end >= 0 && received.size() - end - 4 == 2 * StoragePut::kBlockBytes + 7)
                    socket->write("HTTP/1.1 200 OK\r\nETag: \"abc\"\r\nContent-Length: 2\r\n\r\nok");
            });
        });
        const qint64 offset = StoragePut::kBlockBytes + 3;
        const Outcome out =
            run(request(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()), offset, 2 * StoragePut::kBlockBytes + 7));
        QVERIFY2(!out.error.isError(), qPrintable(out.error.message()));
        QCOMPARE(out.response.status, 200);
        QCOMPARE(out.response.header("ETag"), QByteArray("\"abc\""));
        QCOMPARE(out.response.body, QByteArray("ok"));
        const qsizetype end = received.indexOf("\r\n\r\n");
        const QByteArray head = received.left(end);
        QVERIFY2(head.startsWith("PUT /bucket/key?X-Amz-Signature=abc%2Fdef HTTP/1.1\r\n"), head.constData());
        QVERIFY(head.contains(QByteArray("\r\nHost: 127.0.0.1:") + QByteArray::number(server.serverPort()) + "\r\n"));
        QVERIFY2((head + "\r\n").contains("\r\nContent-Length: " + QByteArray::number(2 * StoragePut::kBlockBytes + 7) + "\r\n"),
                 head.constData());
        QVERIFY(head.contains("\r\nX-Ticket: t-1"));
        QVERIFY(head.contains("\r\nContent-Type: application/octet-stream"));
        QVERIFY(!head.toLower().contains("authorization"));
        // A body over 1 MiB goes at once: no "Expect: 100-continue" and a second's wait for a store that does not answer it.
        QVERIFY2(!head.toLower().contains("expect:"), head.constData());
        QCOMPARE(received.mid(end + 4), m_bytes.mid(offset, 2 * StoragePut::kBlockBytes + 7));
        QVERIFY(!out.progress.isEmpty());
        QCOMPARE(out.progress.last(), std::make_pair(2 * StoragePut::kBlockBytes + 7, 2 * StoragePut::kBlockBytes + 7));
    }

    void statusKinds_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        const QByteArray s3 = "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>";
        QTest::newRow("403 S3") << RawHttpServer::head(403, s3.size()) + s3 << int(HubError::Kind::Forbidden)
                                << QStringLiteral("Request has expired");
        QTest::newRow("500 chunked") << QByteArray(
                                            "HTTP/1.1 500 X\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nslow \r\n4\r\ndown\r\n0\r\n\r\n")
                                     << int(HubError::Kind::ServerError) << QStringLiteral("slow down");
        QTest::newRow("429") << QByteArray("HTTP/1.1 429 X\r\nRetry-After: 7\r\nContent-Length: 0\r\n\r\n")
                             << int(HubError::Kind::RateLimited) << QString();
        // A 503 may say when to come back too, as an HTTP date (the Hub's Retry-After rule).
        QTest::newRow("503 with a date") << QByteArray("HTTP/1.1 503 X\r\nRetry-After: ") +
                                                QLocale::c()
                                                    .toString(QDateTime::currentDateTimeUtc().addSecs(600),
                                                              QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                                    .toLatin1() +
                                                QByteArray("\r\nContent-Length: 0\r\n\r\n")
                                         << int(HubError::Kind::ServerError) << QString();
        QTest::newRow("body to the close") << QByteArray("HTTP/1.1 400 X\r\nConnection: close\r\n\r\nbad digest")
                                           << int(HubError::Kind::HttpError) << QStringLiteral("bad digest");
        QTest::newRow("redirect") << QByteArray("HTTP/1.1 307 X\r\nLocation: http://elsewhere.example/x\r\nContent-Length: 0\r\n\r\n")
                                  << int(HubError::Kind::RefusedRedirect) << QString();
        QTest::newRow("not http") << QByteArray("hello there\r\n\r\n") << int(HubError::Kind::BadResponse) << QStringLiteral("not HTTP");
        QTest::newRow("bad chunk") << QByteArray("HTTP/1.1 500 X\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                   << int(HubError::Kind::BadResponse) << QStringLiteral("chunked");
    }

    // After the whole body, the answer's status decides.
    void statusKinds()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, kind);
        QFETCH(QString, words);
        RawHttpServer server([answer](QTcpSocket *socket, const QByteArray &, int) {
            socket->write(answer);
            if (answer.contains("Connection: close") || !answer.startsWith("HTTP"))
                socket->disconnectFromHost();
        });
        QVERIFY(server.listen());
        const Outcome out = run(request(server.endpoint()));
        QCOMPARE(int(out.error.kind), kind);
        // The store's words (hubMessage) or what was wrong with the answer (in the message).
        QVERIFY2(out.error.hubMessage.contains(words) || out.error.message().contains(words), qPrintable(out.error.message()));
        if (out.error.kind == HubError::Kind::RateLimited)
            QCOMPARE(out.error.retryAfterSeconds, 7);
        if (answer.contains("Retry-After: ") && out.error.kind == HubError::Kind::ServerError)
            QVERIFY2(out.error.retryAfterSeconds > 590 && out.error.retryAfterSeconds <= 600,
                     qPrintable(QString::number(out.error.retryAfterSeconds)));
        QCOMPARE(server.connections(), 1);
    }

    // An error before the body went (a signature refused at once): that is the answer, and
    // the rest of the body is not sent.
    void earlyErrorStopsTheBody()
    {
        qint64 received = 0;
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            socket->setReadBufferSize(64 * 1024); // read slowly: the body cannot all go
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                const bool first = received == 0;
                received += socket->read(16 * 1024).size();
                if (first)
                    socket->write("HTTP/1.1 403 X\r\nContent-Length: 6\r\n\r\nno way");
            });
        });
        const Outcome out = run(request(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        QCOMPARE(out.error.kind, HubError::Kind::Forbidden);
        QCOMPARE(out.error.hubMessage, QStringLiteral("no way"));
        QVERIFY2(received < m_bytes.size(), qPrintable(QString::number(received)));
    }

    // The file shrinks while it goes: LocalFile, and no short body passes for the whole.
    void fileShrinksWhileSent()
    {
        // Far larger than the socket buffers and libcurl's: most of it is still to be read when it shrinks.
        constexpr qint64 kSize = 64LL << 20;
        const QString path = m_dir.filePath(QStringLiteral("shrinking.bin"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(kSize));
        }
        bool truncated = false;
        qint64 received = 0;
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                received += socket->readAll().size();
                if (!truncated)
                    truncated = QFile::resize(path, 10);
            });
        });
        StoragePut::Request r = request(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
        r.path = path;
        r.fileSize = kSize;
        r.length = kSize;
        const Outcome out = run(r);
        QVERIFY(truncated);
        QCOMPARE(out.error.kind, HubError::Kind::LocalFile);
        QVERIFY2(out.error.message().contains(QStringLiteral("changed while it was being sent")), qPrintable(out.error.message()));
        QVERIFY(received < kSize);
    }

    // Connected, and nothing moves: the stall timeout ends it.
    void stallTimesOut()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            socket->setReadBufferSize(1); // never read: the body stops when the kernel's buffers are full
            held.append(socket);
        });
        StoragePut::Request r = request(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
        r.stallMs = 400;
        QElapsedTimer clock;
        clock.start();
        const Outcome out = run(r);
        QCOMPARE(out.error.kind, HubError::Kind::Timeout);
        QVERIFY(clock.elapsed() < 10000);
    }

    // A head that never ends is not read past its bound.
    void endlessHead()
    {
        qint64 sent = 0;
        RawHttpServer server([&sent](QTcpSocket *socket, const QByteArray &, int) {
            RawHttpServer::flood(socket, "HTTP/1.1 200 OK\r\n", QByteArray(16 * 1024, 'x'), 64LL << 20, &sent);
        });
        QVERIFY(server.listen());
        const Outcome out = run(request(server.endpoint()));
        QVERIFY2(out.error.message().contains(QStringLiteral("head larger")), qPrintable(out.error.message()));
        QCOMPARE(out.error.kind, HubError::Kind::BadResponse);
        QVERIFY(sent < 16LL << 20);
    }

    void refusedBeforeConnecting_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("line break in a header") << QStringLiteral("header");
        QTest::newRow("file changed size") << QStringLiteral("size");
        QTest::newRow("slice past the end") << QStringLiteral("slice");
        QTest::newRow("user info") << QStringLiteral("userinfo");
        QTest::newRow("ftp") << QStringLiteral("scheme");
    }

    void refusedBeforeConnecting()
    {
        QFETCH(QString, what);
        RawHttpServer server([](QTcpSocket *socket, const QByteArray &, int) { socket->write(RawHttpServer::head(200, 0)); });
        QVERIFY(server.listen());
        StoragePut::Request r = request(server.endpoint());
        HubError::Kind kind = HubError::Kind::BadResponse;
        if (what == u"header") {
            r.headers = {{"X-Ticket", "a\r\nAuthorization: Bearer x"}};
        } else if (what == u"size") {
            r.fileSize += 1;
            kind = HubError::Kind::LocalFile;
        } else if (what == u"slice") {
            r.offset = 10;
            kind = HubError::Kind::LocalFile;
        } else if (what == u"userinfo") {
            r.url.setUserInfo(QStringLiteral("u:p"));
        } else {
            r.url.setScheme(QStringLiteral("ftp"));
        }
        const Outcome out = run(r);
        QCOMPARE(out.error.kind, kind);
        QCOMPARE(server.connections(), 0);
    }

    // A proxy named in the environment is not used (HubClient's calls use none either): the
    // PUT reaches the store itself.
    void noProxy()
    {
        RawHttpServer server([](QTcpSocket *socket, const QByteArray &, int) { socket->write(RawHttpServer::head(200, 0)); });
        QVERIFY(server.listen());
        qputenv("http_proxy", "http://127.0.0.1:1");
        qputenv("HTTP_PROXY", "http://127.0.0.1:1");
        const Outcome out = run(request(server.endpoint()));
        qunsetenv("http_proxy");
        qunsetenv("HTTP_PROXY");
        QVERIFY2(!out.error.isError(), qPrintable(out.error.message()));
        QCOMPARE(server.connections(), 1);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            port = closed.serverPort();
        }
        const Outcome out = run(request(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QCOMPARE(out.error.kind, HubError::Kind::ConnectionFailed);
    }

    // The connection closed before any answer (a store that dropped it): ConnectionFailed, which the caller retries.
    void closedWithoutAnswer()
    {
        RawHttpServer server([](QTcpSocket *socket, const QByteArray &, int) { socket->disconnectFromHost(); });
        QVERIFY(server.listen());
        const Outcome out = run(request(server.endpoint()));
        QCOMPARE(out.error.kind, HubError::Kind::ConnectionFailed);
    }

    // Aborted: no finished(), the connection goes.
    void abortIsSilent()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTcpSocket *accepted = nullptr;
        connect(&server, &QTcpServer::newConnection, this, [&] { accepted = server.nextPendingConnection(); });
        auto put = std::make_unique<StoragePut>(request(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        QSignalSpy finished(put.get(), &StoragePut::finished);
        put->start();
        QTRY_VERIFY(accepted != nullptr);
        put->abort();
        QTRY_COMPARE(accepted->state(), QAbstractSocket::UnconnectedState);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoragePut)
#include "tst_storageput.moc"
