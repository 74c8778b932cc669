// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FakeLfsStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>

namespace hubdeck::test {

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
            c.hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
            c.part.clear();
            // One allocation for a part, not a copy at each doubling of a 64 MiB buffer.
            if (c.request.path.startsWith(u"/parts/"))
                c.part.reserve(c.left);
            // What came after the head is body: hand it back through the same path.
            if (!rest.isEmpty()) {
                const qint64 take = std::min<qint64>(rest.size(), c.left);
                c.hash->addData(rest.left(take));
                if (c.request.path.startsWith(u"/parts/"))
                    c.part += rest.left(take);
                if (c.request.body.size() < kKeptBodyBytes)
                    c.request.body += rest.left(std::min<qint64>(take, kKeptBodyBytes - c.request.body.size()));
                c.request.bodySize += take;
                c.left -= take;
            }
        } else {
            const QByteArray data = socket->read(std::min<qint64>(c.left, 1 << 20));
            c.hash->addData(data);
            if (c.request.path.startsWith(u"/parts/"))
                c.part += data;
            if (c.request.body.size() < kKeptBodyBytes)
                c.request.body += data.left(kKeptBodyBytes - c.request.body.size());
            c.request.bodySize += data.size();
            c.left -= data.size();
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
    const QString digest = QString::fromLatin1(c.hash->result().toHex());
    if (request.method == "PUT" && parts.value(0) == u"objects" && parts.size() == 2) {
        if (digest != oid) {
            reply(socket, 400, "<Error><Code>BadDigest</Code></Error>");
            return;
        }
        objects.insert(oid, request.bodySize);
        reply(socket, 200, {}, {{"ETag", "\"" + digest.left(32).toLatin1() + "\""}});
        return;
    }
    if (request.method == "PUT" && parts.value(0) == u"parts" && parts.size() == 3) {
        const int number = parts[2].toInt();
        m_parts[oid][number] = Part{std::exchange(c.part, {}), digest.toLatin1()};
        reply(socket, 200, {}, {{"ETag", "\"part-" + QByteArray::number(number) + '-' + digest.left(16).toLatin1() + "\""}});
        return;
    }
    if (request.method == "POST" && parts.value(0) == u"complete" && parts.size() == 2) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QJsonArray listed = body.value(QStringLiteral("parts")).toArray();
        const QMap<int, Part> stored = m_parts.value(oid);
        QCryptographicHash whole(QCryptographicHash::Sha256);
        qint64 size = 0;
        int expected = 1;
        for (const QJsonValue &value : listed) {
            const QJsonObject entry = value.toObject();
            const int number = entry.value(QStringLiteral("partNumber")).toInt();
            const Part part = stored.value(number);
            const QByteArray &bytes = part.bytes;
            const QByteArray etag = "\"part-" + QByteArray::number(number) + '-' + part.sha256Hex.left(16) + "\"";
            if (number != expected++ || !stored.contains(number) || entry.value(QStringLiteral("etag")).toString().toLatin1() != etag) {
                reply(socket, 400, "<Error><Code>InvalidPart</Code></Error>");
                return;
            }
            whole.addData(bytes);
            size += bytes.size();
        }
        if (body.value(QStringLiteral("oid")).toString() != oid || QString::fromLatin1(whole.result().toHex()) != oid ||
            listed.size() != stored.size()) {
            reply(socket, 400, "<Error><Code>BadDigest</Code></Error>");
            return;
        }
        m_parts.remove(oid);
        objects.insert(oid, size);
        reply(socket, 200, "{}");
        return;
    }
    reply(socket, 404);
}

} // namespace hubdeck::test
