// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "RawHttpServer.h"

#include <QTcpSocket>

namespace hubdeck::test {

RawHttpServer::RawHttpServer(Responder respond, QObject *parent)
    : QObject(parent)
    , m_respond(std::move(respond))
{
    connect(&m_server, &QTcpServer::newConnection, this, &RawHttpServer::onConnection);
}

bool RawHttpServer::listen(const QHostAddress &address)
{
    return m_server.listen(address, 0);
}

QString RawHttpServer::endpoint() const
{
    return QStringLiteral("http://%1:%2").arg(m_server.serverAddress().toString()).arg(m_server.serverPort());
}

QByteArray RawHttpServer::head(int status, qint64 contentLength, const QList<QByteArray> &headers)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
    if (contentLength >= 0)
        text += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const QByteArray &header : headers)
        text += header + "\r\n";
    return text + "\r\n";
}

void RawHttpServer::flood(QTcpSocket *socket, const QByteArray &start, const QByteArray &chunk, qint64 limit, qint64 *sent)
{
    socket->write(start);
    auto more = [socket, chunk, limit, sent] {
        while (socket->bytesToWrite() < 4 * chunk.size() && *sent < limit) {
            socket->write(chunk);
            *sent += chunk.size();
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, more);
    more();
}

void RawHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            const QByteArray data = socket->readAll();
            m_bytesReceived += data.size();
            buffer->append(data);
            // A request's body (Content-Length) is skipped, not kept: the tests look at heads.
            // Several requests may come in one read on a kept-alive connection.
            while (true) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray requestHead = buffer->left(end);
                qsizetype bodyLength = 0;
                for (const QByteArray &line : requestHead.split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        bodyLength = line.mid(15).trimmed().toLongLong();
                if (buffer->size() < end + 4 + bodyLength)
                    return;
                buffer->remove(0, end + 4 + bodyLength);
                m_heads.append(requestHead);
                if (m_respond)
                    m_respond(socket, requestHead, int(m_heads.size() - 1));
            }
        });
    }
}

} // namespace hubdeck::test
