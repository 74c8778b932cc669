// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HubClient.h"
#include "HubError.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QUrl>

#include <memory>

namespace hubdeck {

// One PUT of a file's bytes [offset, offset + length) to object storage (an LFS upload URL),
// with libcurl: one easy handle on a thread of its own (a pool of kMaxThreads), the body read
// from the file on that thread in blocks of kBlockBytes, so memory stays a few blocks a PUT
// whatever the object's size. https:// (libcurl's OpenSSL, the system's CA certificates) or
// http:// (the caller allows that on loopback only, HubCredentials::isSafeEndpoint).
//
// Why libcurl and not QNetworkAccessManager: Qt's network thread asks the thread that made the
// call for a body 16 KiB at a time, a round trip between the threads each time, whether the
// body is a QIODevice or a QByteArray; measured on loopback, that caps an upload near a third
// of what curl sends (README, Performance -> Uploads).
//
// Bounds, as HubClient's calls: the answer's head is read up to kMaxHeadBytes, its body up to
// HubClient::kMaxAnswerBytes (an error body up to HubError::kMaxErrorBodyBytes); `stallMs`
// with no byte moving either way (connecting included) ends it with Timeout, checked about
// every second, as does `deadline`. No redirect is followed (storage answers a PUT to a signed
// URL without one): a 3xx is RefusedRedirect. No proxy, as HubClient's calls. No credential
// goes with it but `headers`.
// Errors: the answer's status as HubError kinds (401, 403, 404, 409, 429 with Retry-After,
// 5xx, others HttpError; hubMessage from X-Error-Message, S3's <Message> or the first line of
// the body), HostNotFound, ConnectionFailed (refused, reset, TLS), Timeout, BadResponse (not
// HTTP, a broken chunked body, a head or answer past its bound, an address or header refused
// before connecting), LocalFile (the file cannot be read or is not `fileSize` bytes any more).
// An error answer that comes before the whole body went is the answer: the rest is not sent.
// It makes one try: the caller retries.
class StoragePut : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kBlockBytes = 512 << 10; // read from the file and handed to libcurl at once
    static constexpr qint64 kMaxHeadBytes = 64 * 1024;
    // PUT threads at once, those still winding down after abort() included: more wait their turn.
    static constexpr int kMaxThreads = 16;

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
    // Aborts (see abort()).
    ~StoragePut() override;

    // Starts; finished() follows once, never from within start().
    void start();
    // Stops: finished() and progress() are not emitted after it; the connection closes within
    // about a second (libcurl's next progress callback).
    void abort();

Q_SIGNALS:
    // Body bytes sent so far: the first at once, then at most every 100 ms, and once all are.
    void progress(qint64 sent, qint64 total);
    // response.status, headers (ETag) and body when a 2xx came; otherwise the error.
    void finished(const hubdeck::HubClient::Response &response, const hubdeck::HubError &error);

private:
    struct Shared; // what the PUT's thread and this object both reach

    void fail(const HubError &error);

    Request m_request;
    std::shared_ptr<Shared> m_shared;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace hubdeck
