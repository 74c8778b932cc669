// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HubClient.h"
#include "HubError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace hubdeck {

// One PUT of a file's bytes [offset, offset + length) to object storage (an LFS upload URL),
// on an HTTP/1.1 connection of its own: QSslSocket for https://, QTcpSocket for http:// (the
// caller allows that on loopback only, HubCredentials::isSafeEndpoint).
//
// Why not QNetworkAccessManager: it hands a streamed body from this thread to its network
// thread 16 KiB at a time, a round trip between the threads for each; measured on loopback,
// that caps one upload near a third of what curl sends. Here the body goes from the file to
// the socket in blocks of kBlockBytes, with at most kQueuedBytes waiting in the socket.
//
// The same bounds as HubClient's calls: the answer's head and body are read up to
// kMaxHeadBytes and HubClient::kMaxAnswerBytes (an error body up to
// HubError::kMaxErrorBodyBytes); a stall of `stallMs` with no byte moving either way ends it
// with Timeout, as does `deadline`. No redirect is followed (storage answers a PUT to a signed
// URL without one): a 3xx is RefusedRedirect. No credential goes with it but `headers`.
// Errors: the answer's status as HubError kinds (401, 403, 404, 409, 429 with Retry-After,
// 5xx, others HttpError; hubMessage from S3's <Message> or the first line of the body),
// HostNotFound, ConnectionFailed (refused, reset, TLS), Timeout, BadResponse (not HTTP),
// LocalFile (the file cannot be read or is not `fileSize` bytes any more). It makes one try:
// the caller retries.
class StoragePut : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kBlockBytes = 256 << 10; // read from the file and written at once
    static constexpr qint64 kQueuedBytes = 1 << 20;  // at most this much waiting in the socket
    static constexpr qint64 kMaxHeadBytes = 64 * 1024;

    struct Request
    {
        QUrl url;
        QList<std::pair<QByteArray, QByteArray>> headers; // besides Host, Content-Length, Content-Type, User-Agent
        QByteArray contentType = "application/octet-stream";
        QString path;        // the file
        qint64 fileSize = 0; // what it must still measure
        qint64 offset = 0;
        qint64 length = 0;
        int stallMs = 30000;
        QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    };

    explicit StoragePut(Request request, QObject *parent = nullptr);
    ~StoragePut() override;

    // Starts; finished() follows once, never from within start().
    void start();
    // Stops at once; finished() is not emitted.
    void abort();

Q_SIGNALS:
    // Body bytes the socket has taken so far: the first at once, then at most every 100 ms, and once all are.
    void progress(qint64 sent, qint64 total);
    // response.status and headers (ETag) when a 2xx came; otherwise the error.
    void finished(const hubdeck::HubClient::Response &response, const hubdeck::HubError &error);

private:
    void onConnected();
    void pumpBody();
    void onReadyRead();
    bool parseHead();
    void done(HubError error);
    void networkError(HubError::Kind kind, const QString &detail);
    [[nodiscard]] qint64 queued() const;
    [[nodiscard]] HubError statusError() const;

    Request m_request;
    std::unique_ptr<QTcpSocket> m_socket;
    std::unique_ptr<QIODevice> m_file;
    QTimer m_stall;
    QTimer m_deadline;
    QElapsedTimer m_sinceProgress;
    qint64 m_handed = 0;   // body bytes written to the socket
    qint64 m_reported = 0; // body bytes last reported by progress()
    bool m_started = false;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_closed = false; // the server closed the connection
    // The answer
    QByteArray m_in;
    bool m_haveHead = false;
    int m_status = 0;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    qint64 m_contentLength = -1; // -1: none given
    bool m_chunked = false;
    QByteArray m_body;
};

} // namespace hubdeck
