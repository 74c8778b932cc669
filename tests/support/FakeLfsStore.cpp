// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FakeLfsStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>

#include <openssl/evp.h>

namespace hubdeck::test {

struct FakeLfsStore::Digest
{
    Digest()
        : context(EVP_MD_CTX_new(), &EVP_MD_CTX_free)
    {
        if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
            qFatal("FakeLfsStore: no sha256 from OpenSSL");
    }
    void add(const char *data, qsizetype size) { EVP_DigestUpdate(context.get(), data, size_t(size)); }
    void add(const QByteArray &bytes) { add(bytes.constData(), bytes.size()); }
    [[nodiscard]] std::shared_ptr<Digest> copy() const
    {
        auto out = std::make_shared<Digest>();
        if (EVP_MD_CTX_copy_ex(out->context.get(), context.get()) != 1)
            qFatal("FakeLfsStore: cannot copy a sha256 in progress");
        return out;
    }
    [[nodiscard]] QString hex()
    {
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(context.get(), out, &length);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), int(length)).toHex());
    }
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context;
};

// Body bytes to read now: never past a planned cut, so that a body Qt has buffered whole
// (the event loop came late) is still cut where planned rather than received complete.
template <typename Connection>
static qint64 readCap(const Connection &c)
{
    return c.dropAt > c.request.bodySize ? std::min<qint64>(c.left, c.dropAt - c.request.bodySize) : c.left;
}

QByteArray FakeLfsStore::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

FakeLfsStore::FakeLfsStore(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeLfsStore::onConnection);
}

bool FakeLfsStore::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FakeLfsStore::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void FakeLfsStore::failNext(const QString &pathPart, int status, int count)
{
    m_failures.append({pathPart, status, count});
}

void FakeLfsStore::dropNext(const QString &pathPart, int count)
{
    m_drops.append({pathPart, count});
}

void FakeLfsStore::forgetParts()
{
    for (const QString &oid : m_parts.keys())
        releaseParts(oid);
    m_assemblies.clear();
}

QByteArray FakeLfsStore::spareBuffer(qint64 size)
{
    for (qsizetype i = 0; i < m_spare.size(); ++i)
        if (m_spare[i].capacity() >= size) {
            m_spareBytes -= m_spare[i].capacity();
            return m_spare.takeAt(i);
        }
    QByteArray buffer;
    buffer.reserve(size);
    return buffer;
}

void FakeLfsStore::releaseParts(const QString &oid)
{
    for (Part &part : m_parts[oid]) {
        if (m_spareBytes + part.bytes.capacity() > kMaxSpareBytes)
            continue;
        part.bytes.resize(0); // the capacity stays, touched already
        m_spareBytes += part.bytes.capacity();
        m_spare.append(std::move(part.bytes));
    }
    m_parts.remove(oid);
}

void FakeLfsStore::clearRequests()
{
    m_requests.clear();
    m_started.clear();
    m_mostAtOnce = m_receiving;
}

void FakeLfsStore::bodyEnded(Connection &c)
{
    if (c.inBody) {
        c.inBody = false;
        --m_receiving;
    }
}

void FakeLfsStore::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto connection = std::make_shared<Connection>();
        connect(socket, &QTcpSocket::disconnected, this, [this, connection] { bodyEnded(*connection); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, connection] { onData(socket, *connection); });
    }
}

void FakeLfsStore::onData(QTcpSocket *socket, Connection &c)
{
    while (socket->bytesAvailable() > 0) {
        if (!c.inBody) {
            c.head += socket->readAll();
            const qsizetype end = c.head.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            QByteArray rest = c.head.mid(end + 4);
            const QList<QByteArray> lines = c.head.left(end).split('\n');
            c.head.clear();
            c.request = {};
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            c.request.method = first.value(0);
            c.request.path = QUrl(QString::fromLatin1(first.value(1))).path();
            c.left = 0;
            for (const QByteArray &line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = line.left(colon).trimmed();
                const QByteArray value = line.mid(colon + 1).trimmed();
                c.request.headers.append({name, value});
                if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                    c.left = value.toLongLong();
            }
            // curl asks before a large body, and waits a second for the answer if none comes (S3 gives one).
            if (c.request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0)
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            c.inBody = true;
            m_mostAtOnce = std::max(m_mostAtOnce, ++m_receiving);
            ++m_started[c.request.method + ' ' + c.request.path.toUtf8()];
            c.dropAt = -1;
            for (int i = 0; i < m_drops.size(); ++i) {
                auto &[part, count] = m_drops[i];
                if (!c.request.path.contains(part))
                    continue;
                c.dropAt = c.left / 2;
                if (--count <= 0)
                    m_drops.removeAt(i);
                break;
            }
            c.part.clear();
            c.hash.reset();
            c.stream.reset();
            c.streamBase.reset();
            if (c.request.path.startsWith(u"/parts/")) {
                c.part = spareBuffer(c.left);
                const QStringList parts = c.request.path.split(u'/', Qt::SkipEmptyParts);
                Assembly &assembly = m_assemblies[parts.value(1)];
                if (!assembly.hash)
                    assembly.hash = std::make_shared<Digest>();
                if (!assembly.stale && parts.value(2).toInt() == assembly.next) {
                    c.streamBase = assembly.hash;
                    c.stream = assembly.hash->copy();
                }
            } else {
                c.hash = std::make_shared<Digest>();
            }
            // What came after the head is body: hand it back through the same path.
            if (!rest.isEmpty()) {
                const qint64 take = std::min<qint64>(rest.size(), c.left);
                if (c.hash)
                    c.hash->add(rest.constData(), take);
                else
                    c.part += rest.left(take);
                if (c.stream)
                    c.stream->add(rest.constData(), take);
                if (c.request.body.size() < kKeptBodyBytes)
                    c.request.body += rest.left(std::min<qint64>(take, kKeptBodyBytes - c.request.body.size()));
                c.request.bodySize += take;
                c.left -= take;
            }
        } else if (c.hash) {
            const QByteArray data = socket->read(std::min<qint64>(readCap(c), 1 << 20));
            c.hash->add(data);
            if (c.request.body.size() < kKeptBodyBytes)
                c.request.body += data.left(kKeptBodyBytes - c.request.body.size());
            c.request.bodySize += data.size();
            c.left -= data.size();
        } else {
            // A part: straight into its buffer, no copy on the way.
            const qsizetype at = c.part.size();
            c.part.resize(at + std::min(readCap(c), socket->bytesAvailable()));
            const qint64 got = socket->read(c.part.data() + at, c.part.size() - at);
            c.part.resize(at + std::max<qint64>(got, 0));
            if (c.stream && got > 0)
                c.stream->add(c.part.constData() + at, got);
            if (c.request.body.size() < kKeptBodyBytes)
                c.request.body += c.part.mid(at, kKeptBodyBytes - c.request.body.size());
            c.request.bodySize += std::max<qint64>(got, 0);
            c.left -= std::max<qint64>(got, 0);
        }
        if (c.inBody && c.dropAt >= 0 && c.request.bodySize >= c.dropAt && c.left > 0) {
            bodyEnded(c);
            socket->abort();
            return;
        }
        if (c.inBody && c.left == 0) {
            finish(socket, c);
            return;
        }
    }
}

void FakeLfsStore::reply(QTcpSocket *socket, int status, const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    socket->write(head + "\r\n" + body);
    socket->disconnectFromHost();
}

// Hashes the parts that follow those hashed already, as they come.
void FakeLfsStore::assemble(const QString &oid)
{
    Assembly &assembly = m_assemblies[oid];
    if (!assembly.hash)
        assembly.hash = std::make_shared<Digest>();
    const QMap<int, Part> &stored = m_parts[oid];
    for (auto it = stored.constFind(assembly.next); it != stored.constEnd() && it.key() == assembly.next; ++it, ++assembly.next)
        assembly.hash->add(it->bytes);
}

void FakeLfsStore::finish(QTcpSocket *socket, Connection &c)
{
    bodyEnded(c);
    m_requests.append(c.request);
    const Request &request = c.request;
    for (int i = 0; i < m_failures.size(); ++i) {
        auto &[part, status, count] = m_failures[i];
        if (!request.path.contains(part))
            continue;
        const int answer = status;
        if (--count <= 0)
            m_failures.removeAt(i);
        reply(socket, answer, "<Error><Code>InternalError</Code></Error>");
        return;
    }
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    const QString oid = parts.value(1);
    if (request.method == "PUT" && parts.value(0) == u"objects" && parts.size() == 2) {
        if (c.hash->hex() != oid) {
            reply(socket, 400, "<Error><Code>BadDigest</Code></Error>");
            return;
        }
        objects.insert(oid, request.bodySize);
        const QByteArray etag = "\"" + oid.left(32).toLatin1() + "\"";
        m_etags.insert(request.path, etag);
        reply(socket, 200, {}, {{"ETag", etag}});
        return;
    }
    if (request.method == "PUT" && parts.value(0) == u"parts" && parts.size() == 3) {
        const int number = parts[2].toInt();
        // S3's ETag is the part's MD5; any token the store checks at completion does.
        const QByteArray etag = "\"part-" + QByteArray::number(number) + '-' + QByteArray::number(++m_lastEtag) + "\"";
        Assembly &assembly = m_assemblies[oid];
        if (number < assembly.next)
            assembly.stale = true;
        // Hashed as it came, from the hash as it was then, which nothing has added to since.
        if (c.stream && !assembly.stale && assembly.next == number && assembly.hash == c.streamBase) {
            assembly.hash = std::exchange(c.stream, {});
            ++assembly.next;
        }
        c.streamBase.reset();
        m_parts[oid][number] = Part{std::exchange(c.part, {}), etag};
        m_etags.insert(request.path, etag);
        assemble(oid);
        reply(socket, 200, {}, {{"ETag", etag}});
        return;
    }
    if (request.method == "POST" && parts.value(0) == u"complete" && parts.size() == 2) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QJsonArray listed = body.value(QStringLiteral("parts")).toArray();
        // A reference: a copy would share the parts' buffers, and releasing them would lose them.
        const QMap<int, Part> &stored = m_parts[oid];
        qint64 size = 0;
        int expected = 1;
        for (const QJsonValue &value : listed) {
            const QJsonObject entry = value.toObject();
            const int number = entry.value(QStringLiteral("partNumber")).toInt();
            if (number != expected++ || !stored.contains(number) ||
                entry.value(QStringLiteral("etag")).toString().toLatin1() != stored[number].etag) {
                reply(socket, 400, "<Error><Code>InvalidPart</Code></Error>");
                return;
            }
            size += stored[number].bytes.size();
        }
        Assembly assembly = m_assemblies.value(oid);
        QString digest;
        if (!assembly.stale && assembly.hash && assembly.next == stored.size() + 1) {
            digest = assembly.hash->hex();
        } else {
            Digest whole;
            for (const Part &part : stored)
                whole.add(part.bytes);
            digest = whole.hex();
        }
        if (body.value(QStringLiteral("oid")).toString() != oid || digest != oid || listed.size() != stored.size()) {
            reply(socket, 400, "<Error><Code>BadDigest</Code></Error>");
            return;
        }
        releaseParts(oid);
        m_assemblies.remove(oid);
        objects.insert(oid, size);
        reply(socket, 200, "{}");
        return;
    }
    reply(socket, 404);
}

} // namespace hubdeck::test
