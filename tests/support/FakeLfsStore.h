// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QHash>
#include <QList>
#include <QMap>
#include <QTcpServer>

#include <memory>

class QTcpSocket;

namespace hubdeck::test {

// The object storage behind FakeHub's LFS batch endpoint, on its own 127.0.0.1 port (another
// origin than the Hub, as S3 is): PUT /objects/{oid} (basic), PUT /parts/{oid}/{n} (multipart,
// answering an ETag), POST /complete/{oid} (multipart completion, {"oid","parts"}). Bodies are
// hashed as they arrive, never kept whole except multipart parts until completed; an object is
// stored only when its bytes' sha256 is its oid. Every request is recorded.
class FakeLfsStore : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QString path;
        QList<std::pair<QByteArray, QByteArray>> headers;
        qint64 bodySize = 0;
        QByteArray body; // only the first kKeptBodyBytes
        [[nodiscard]] QByteArray header(const QByteArray &name) const;
    };
    static constexpr qint64 kKeptBodyBytes = 64 * 1024;

    explicit FakeLfsStore(QObject *parent = nullptr);
    [[nodiscard]] bool listen();
    [[nodiscard]] QString endpoint() const; // http://127.0.0.1:port

    QMap<QString, qint64> objects; // oid -> size, stored
    // The next `count` requests whose path contains `pathPart` get `status` (and nothing is stored).
    void failNext(const QString &pathPart, int status, int count = 1);

    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

private:
    struct Connection
    {
        QByteArray head;
        bool inBody = false;
        Request request;
        qint64 left = 0;
        std::unique_ptr<QCryptographicHash> hash;
        QByteArray part; // a multipart part's bytes
    };
    void onConnection();
    void onData(QTcpSocket *socket, Connection &connection);
    void finish(QTcpSocket *socket, Connection &connection);
    void reply(QTcpSocket *socket, int status, const QByteArray &body = {}, const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    QTcpServer m_server;
    QList<Request> m_requests;
    QList<std::tuple<QString, int, int>> m_failures; // path part, status, count
    QHash<QString, QMap<int, QByteArray>> m_parts;   // oid -> part number -> bytes
};

} // namespace hubdeck::test
