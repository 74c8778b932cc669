// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
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
// hashed as they arrive (OpenSSL's sha256: the store must not be what an upload benchmark
// measures), never kept whole except multipart parts until completed; an object is stored only
// when its bytes' sha256 is its oid. A multipart object is hashed once: each part as soon as the
// parts before it are there, so that completion mostly only compares. Every request is recorded, every request head
// counted (a PUT cut short too), and the most bodies being received at once.
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
    // The next `count` requests whose path contains `pathPart` are cut off halfway through their
    // body (the connection closed, no answer): a network error to the client.
    void dropNext(const QString &pathPart, int count = 1);
    // Forgets the multipart parts received and not completed, as a store that dropped the upload.
    void forgetParts();
    // The ETag last answered to a PUT of `path` (query left out); empty if none.
    [[nodiscard]] QByteArray etag(const QString &path) const { return m_etags.value(path); }

    // Every request fully received, answered or not.
    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    void clearRequests();
    // Request heads received for `method` and `path` (query left out): tries, those cut off included.
    [[nodiscard]] int started(const QByteArray &method, const QString &path) const { return m_started.value(method + ' ' + path.toUtf8()); }
    // The most request bodies received at the same time, since the last clearRequests().
    [[nodiscard]] int mostAtOnce() const { return m_mostAtOnce; }

private:
    struct Digest; // an OpenSSL sha256 in progress
    struct Connection
    {
        QByteArray head;
        bool inBody = false;
        Request request;
        qint64 left = 0;
        std::shared_ptr<Digest> hash; // whole objects only: parts are hashed in order, see Assembly
        QByteArray part;              // a multipart part's bytes
        // The part that is next in its object's hash is hashed as it comes, on a copy of the
        // object's hash taken when it began (streamBase): read back from a 64 MiB buffer later,
        // each byte cost the store a second trip through memory. Kept only if it ends well.
        std::shared_ptr<Digest> stream;
        std::shared_ptr<Digest> streamBase;
        qint64 dropAt = -1; // cut off once this many body bytes came
    };
    struct Part
    {
        QByteArray bytes;
        QByteArray etag;
    };
    // A multipart object's sha256 so far: parts 1 to next - 1 are in it.
    struct Assembly
    {
        std::shared_ptr<Digest> hash;
        int next = 1;
        bool stale = false; // a part already in it was sent again: hash them all at completion
    };
    void onConnection();
    void onData(QTcpSocket *socket, Connection &connection);
    void finish(QTcpSocket *socket, Connection &connection);
    void bodyEnded(Connection &connection);
    void assemble(const QString &oid);
    // Part buffers are used again: a fresh 64 MiB buffer costs a page fault every 4 KiB, which
    // in a virtual machine made receiving a part three times slower than a whole object.
    [[nodiscard]] QByteArray spareBuffer(qint64 size);
    void releaseParts(const QString &oid);
    static constexpr qint64 kMaxSpareBytes = 2LL << 30;
    void reply(QTcpSocket *socket, int status, const QByteArray &body = {}, const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    QTcpServer m_server;
    QList<Request> m_requests;
    QList<std::tuple<QString, int, int>> m_failures; // path part, status, count
    QList<std::pair<QString, int>> m_drops;          // path part, count
    QHash<QString, QMap<int, Part>> m_parts;         // oid -> part number -> bytes
    QHash<QString, Assembly> m_assemblies;           // oid -> its hash so far
    QHash<QString, QByteArray> m_etags;              // path -> the last ETag answered
    quint64 m_lastEtag = 0;
    QList<QByteArray> m_spare; // empty, with their capacity
    qint64 m_spareBytes = 0;
    QHash<QByteArray, int> m_started; // "METHOD path" -> heads received
    int m_receiving = 0;              // bodies being received now
    int m_mostAtOnce = 0;
};

} // namespace hubdeck::test
