// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QHostAddress>
#include <QList>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace hubdeck::test {

// A bare HTTP server on a loopback address, for the hostile answers FakeHub does not play
// (endless pages, bodies of hundreds of MB, redirects to it from another server). Each
// request head is handed to the responder, which writes what it likes to the socket; the
// server counts every connection and byte it receives, so a test can assert that nothing
// at all reached it.
class RawHttpServer : public QObject
{
    Q_OBJECT

public:
    // head: the request line and headers; index: 0 for the first request, and so on.
    using Responder = std::function<void(QTcpSocket *socket, const QByteArray &head, int index)>;

    explicit RawHttpServer(Responder respond = {}, QObject *parent = nullptr);
    [[nodiscard]] bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    [[nodiscard]] QString endpoint() const; // http://address:port
    [[nodiscard]] int connections() const { return m_connections; }
    [[nodiscard]] qint64 bytesReceived() const { return m_bytesReceived; }
    [[nodiscard]] const QList<QByteArray> &heads() const { return m_heads; }

    // An answer's head, for responders: status line, Content-Length unless negative, headers.
    [[nodiscard]] static QByteArray head(int status, qint64 contentLength, const QList<QByteArray> &headers = {});
    // For responders: writes `start`, then `chunk` again and again as fast as the client reads
    // (never more than four chunks queued), until `limit` bytes of chunks have gone; *sent
    // counts them, so a test can tell how much a client read before it stopped.
    static void flood(QTcpSocket *socket, const QByteArray &start, const QByteArray &chunk, qint64 limit, qint64 *sent);

private:
    void onConnection();

    Responder m_respond;
    QTcpServer m_server;
    int m_connections = 0;
    qint64 m_bytesReceived = 0;
    QList<QByteArray> m_heads;
};

} // namespace hubdeck::test
