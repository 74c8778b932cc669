// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "StoragePut.h"

#include "FileSlice.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <limits>

namespace hubdeck {

namespace {

bool hasLineBreak(const QByteArray &text)
{
    return text.contains('\r') || text.contains('\n');
}

// A chunked body decoded, or nullopt while it is not complete; *bad when it cannot be one.
std::optional<QByteArray> dechunk(const QByteArray &raw, bool *bad)
{
    QByteArray out;
    qsizetype at = 0;
    while (true) {
        const qsizetype end = raw.indexOf("\r\n", at);
        if (end < 0)
            return std::nullopt;
        bool ok = false;
        const qint64 size = raw.mid(at, end - at).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            *bad = true;
            return std::nullopt;
        }
        at = end + 2;
        if (size == 0)
            return out; // trailers, if any, are not needed
        if (raw.size() < at + size + 2)
            return std::nullopt;
        out += raw.mid(at, size);
        at += size + 2;
    }
}

} // namespace

StoragePut::StoragePut(Request request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
    m_stall.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        networkError(HubError::Kind::Timeout, QStringLiteral("%1 s without a byte moving").arg(m_request.stallMs / 1000.0));
    });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        networkError(HubError::Kind::Timeout, QStringLiteral("the upload of %1 bytes took too long").arg(m_request.length));
    });
}

StoragePut::~StoragePut()
{
    abort();
}

void StoragePut::abort()
{
    m_finished = true;
    m_stall.stop();
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void StoragePut::start()
{
    if (m_started)
        return;
    m_started = true;
    const QUrl &url = m_request.url;
    const bool https = url.scheme() == u"https";
    if ((!https && url.scheme() != u"http") || url.host().isEmpty() || !url.userInfo().isEmpty()) {
        QTimer::singleShot(0, this,
                           [this] { done(HubError::badResponse(QStringLiteral("an upload address that is not http(s)://host/…"))); });
        return;
    }
    for (const auto &[name, value] : m_request.headers)
        if (hasLineBreak(name) || hasLineBreak(value) || name.contains(':')) {
            QTimer::singleShot(0, this,
                               [this] { done(HubError::badResponse(QStringLiteral("an upload header with a line break in it"))); });
            return;
        }
    QString problem;
    m_file = FileSlice::open(m_request.path, m_request.fileSize, m_request.offset, m_request.length, &problem);
    if (!m_file) {
        QTimer::singleShot(0, this, [this, problem] {
            HubError error;
            error.kind = HubError::Kind::LocalFile;
            error.detail = problem;
            done(error);
        });
        return;
    }
    if (https) {
        auto *ssl = new QSslSocket;
        m_socket.reset(ssl);
        connect(ssl, &QSslSocket::encrypted, this, &StoragePut::onConnected);
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &StoragePut::pumpBody);
        ssl->connectToHostEncrypted(url.host(), quint16(url.port(443)));
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        connect(m_socket.get(), &QTcpSocket::connected, this, &StoragePut::onConnected);
        m_socket->connectToHost(url.host(), quint16(url.port(80)));
    }
    connect(m_socket.get(), &QTcpSocket::bytesWritten, this, &StoragePut::pumpBody);
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &StoragePut::onReadyRead);
    connect(m_socket.get(), &QTcpSocket::disconnected, this, [this] {
        m_closed = true;
        onReadyRead();
        if (!m_finished)
            networkError(HubError::Kind::ConnectionFailed,
                         QStringLiteral("%1 closed the connection before answering").arg(m_request.url.host()));
    });
    connect(m_socket.get(), &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError) {
            // A whole answer may still be in the buffer (or run to the close): read it before calling this an error.
            m_closed = true;
            onReadyRead();
            if (m_finished)
                return;
        }
        networkError(error == QAbstractSocket::HostNotFoundError ? HubError::Kind::HostNotFound : HubError::Kind::ConnectionFailed,
                     error == QAbstractSocket::HostNotFoundError ? m_request.url.host() : m_socket->errorString());
    });
    m_stall.start(m_request.stallMs);
    if (!m_request.deadline.isForever())
        m_deadline.start(int(std::clamp<qint64>(m_request.deadline.remainingTime(), 0, std::numeric_limits<int>::max())));
}

void StoragePut::onConnected()
{
    const QUrl &url = m_request.url;
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    QByteArray head = "PUT " + target + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " + HubClient::userAgent() +
                      "\r\nContent-Length: " + QByteArray::number(m_request.length) + "\r\nAccept: */*\r\nConnection: close\r\n";
    if (!m_request.contentType.isEmpty())
        head += "Content-Type: " + m_request.contentType + "\r\n";
    for (const auto &[name, value] : m_request.headers)
        head += name + ": " + value + "\r\n";
    m_socket->write(head + "\r\n");
    m_sinceProgress.start();
    pumpBody();
}

qint64 StoragePut::queued() const
{
    const auto *ssl = qobject_cast<const QSslSocket *>(m_socket.get());
    return m_socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
}

void StoragePut::pumpBody()
{
    if (m_finished || !m_sinceProgress.isValid())
        return;
    m_stall.start(m_request.stallMs);
    QByteArray block;
    while (m_handed < m_request.length && queued() < kQueuedBytes) {
        block.resize(std::min(kBlockBytes, m_request.length - m_handed));
        const qint64 got = m_file->read(block.data(), block.size());
        if (got <= 0) {
            HubError error;
            error.kind = HubError::Kind::LocalFile;
            error.detail = QStringLiteral("%1: it changed while it was being sent").arg(m_request.path);
            done(error);
            return;
        }
        m_socket->write(block.constData(), got);
        m_handed += got;
    }
    const qint64 sent = m_handed - std::min(m_handed, queued());
    // The first bytes at once, then every 100 ms (as Qt's uploadProgress), and the end.
    if (sent > m_reported && (m_reported == 0 || sent == m_request.length || m_sinceProgress.elapsed() >= 100)) {
        m_sinceProgress.restart();
        m_reported = sent;
        Q_EMIT progress(sent, m_request.length);
    }
}

bool StoragePut::parseHead()
{
    while (!m_haveHead) {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_in.size() > kMaxHeadBytes) {
                done(HubError::badResponse(QStringLiteral("an answer head larger than %1 KiB").arg(kMaxHeadBytes / 1024)));
                return false;
            }
            return true;
        }
        const QList<QByteArray> lines = m_in.left(end).split('\n');
        m_in.remove(0, end + 4);
        const QList<QByteArray> status = lines.first().trimmed().split(' ');
        bool ok = false;
        m_status = status.value(1).toInt(&ok);
        if (!status.first().startsWith("HTTP/1.") || !ok || m_status < 100 || m_status > 999) {
            done(HubError::badResponse(QStringLiteral("an answer that is not HTTP")));
            return false;
        }
        if (m_status / 100 == 1)
            continue; // 100 Continue and the like: the real answer follows
        m_haveHead = true;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            m_headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                m_contentLength = value.toLongLong(&ok);
            if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0 && value.toLower().contains("chunked"))
                m_chunked = true;
        }
    }
    return true;
}

void StoragePut::onReadyRead()
{
    if (m_finished || !m_socket)
        return;
    m_stall.start(m_request.stallMs);
    m_in += m_socket->read(std::max<qint64>(0, HubClient::kMaxAnswerBytes + kMaxHeadBytes - m_in.size()));
    if (!parseHead() || !m_haveHead)
        return;
    const bool ok = m_status / 100 == 2;
    const qint64 bound = ok ? HubClient::kMaxAnswerBytes : HubError::kMaxErrorBodyBytes;
    bool complete = false;
    if (m_chunked) {
        bool bad = false;
        if (const auto body = dechunk(m_in, &bad)) {
            m_body = *body;
            complete = true;
        } else if (bad) {
            done(HubError::badResponse(QStringLiteral("a chunked answer that is not one")));
            return;
        }
    } else if (m_contentLength >= 0) {
        if (m_in.size() >= m_contentLength) {
            m_body = m_in.left(m_contentLength);
            complete = true;
        }
    } else if (m_closed) {
        m_body = m_in; // the body runs to the end of the connection
        complete = true;
    }
    if (!complete && m_in.size() > bound) {
        if (ok) {
            done(HubError::badResponse(QStringLiteral("an answer larger than %1 MiB").arg(HubClient::kMaxAnswerBytes >> 20)));
            return;
        }
        // An error body has said what it has to say by now.
        m_body = m_in.left(bound);
        complete = true;
    }
    // An error may come before the whole body went: it is the answer.
    if (complete || (!ok && m_in.size() >= bound))
        done({});
}

HubError StoragePut::statusError() const
{
    HubError error;
    error.httpStatus = m_status;
    const QByteArray body = m_body.left(HubError::kMaxErrorBodyBytes);
    QString words;
    for (const auto &[name, value] : m_headers)
        if (name.compare("X-Error-Message", Qt::CaseInsensitive) == 0)
            words = QString::fromUtf8(value);
    if (words.isEmpty()) {
        // S3: <Error><Code>…</Code><Message>…</Message></Error>
        const qsizetype open = body.indexOf("<Message>");
        const qsizetype close = body.indexOf("</Message>");
        if (open >= 0 && close > open)
            words = QString::fromUtf8(body.mid(open + 9, close - open - 9));
        else
            words = QString::fromUtf8(body.split('\n').first());
    }
    error.hubMessage = HubError::boundedHubMessage(words);
    switch (m_status) {
    case 401:
        error.kind = HubError::Kind::Unauthorized;
        break;
    case 403:
        error.kind = HubError::Kind::Forbidden;
        break;
    case 404:
        error.kind = HubError::Kind::NotFound;
        break;
    case 409:
        error.kind = HubError::Kind::Conflict;
        break;
    case 429: {
        error.kind = HubError::Kind::RateLimited;
        for (const auto &[name, value] : m_headers)
            if (name.compare("Retry-After", Qt::CaseInsensitive) == 0) {
                bool ok = false;
                const int seconds = value.toInt(&ok);
                error.retryAfterSeconds = ok ? seconds : -1;
            }
        break;
    }
    default:
        error.kind = m_status >= 500 ? HubError::Kind::ServerError : HubError::Kind::HttpError;
    }
    return error;
}

void StoragePut::networkError(HubError::Kind kind, const QString &detail)
{
    if (m_finished)
        return;
    HubError error;
    error.kind = kind;
    error.detail = detail;
    done(error);
}

void StoragePut::done(HubError error)
{
    if (m_finished)
        return;
    HubClient::Response response;
    if (!error.isError() && m_haveHead) {
        if (m_status / 100 == 3) {
            error = HubError::refusedRedirect(m_request.url.resolved(QUrl(QString::fromLatin1([this] {
                for (const auto &[name, value] : m_headers)
                    if (name.compare("Location", Qt::CaseInsensitive) == 0)
                        return value;
                return QByteArray();
            }()))));
        } else if (m_status / 100 != 2) {
            error = statusError();
        } else if (m_handed < m_request.length) {
            error = HubError::badResponse(QStringLiteral("the store answered before the whole body was sent"));
        } else {
            response.status = m_status;
            response.body = m_body;
            response.headers = m_headers;
        }
    }
    abort(); // sets m_finished
    Q_EMIT finished(response, error);
}

} // namespace hubdeck
