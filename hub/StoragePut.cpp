// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "StoragePut.h"

#include "FileSlice.h"
#include "RateLimitInfo.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <curl/curl.h>
#include <mutex>

namespace hubdeck {

namespace {

bool hasLineBreak(const QByteArray &text)
{
    return text.contains('\r') || text.contains('\n');
}

QThreadPool &putThreads()
{
    static QThreadPool *pool = [] {
        // Never destroyed: at exit, a PUT still winding down must not be waited for.
        auto *threads = new QThreadPool;
        threads->setMaxThreadCount(StoragePut::kMaxThreads);
        return threads;
    }();
    return *pool;
}

HubError errorOf(HubError::Kind kind, const QString &detail)
{
    HubError error;
    error.kind = kind;
    error.detail = detail;
    return error;
}

QByteArray headerValue(const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    QByteArray found;
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            found = value;
    return found;
}

HubError statusError(int status, const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    HubError error;
    error.httpStatus = status;
    QString words = QString::fromUtf8(headerValue(headers, "X-Error-Message"));
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
    switch (status) {
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
    case 429:
        error.kind = HubError::Kind::RateLimited;
        break;
    default:
        error.kind = status >= 500 ? HubError::Kind::ServerError : HubError::Kind::HttpError;
    }
    // The store's Retry-After read as the Hub's is (seconds or an HTTP date), on 429 and 503.
    if (status == 429 || status == 503) {
        const auto wait = RateLimitInfo::parseRetryAfter(headerValue(headers, "Retry-After"), QDateTime::currentDateTimeUtc());
        error.retryAfterSeconds = wait ? int(*wait) : -1;
    }
    return error;
}

} // namespace

struct StoragePut::Shared
{
    std::atomic<bool> aborted = false;
    QMutex mutex;
    StoragePut *owner = nullptr; // null once it is gone or aborted: nothing more is posted to it

    // Runs `work` on the owner's thread, if there is still an owner.
    template <typename Work>
    void post(Work work)
    {
        const QMutexLocker lock(&mutex);
        if (owner)
            QMetaObject::invokeMethod(owner, std::move(work), Qt::QueuedConnection);
    }
};

namespace {

// One PUT on the calling thread, from its start to its end; what libcurl's callbacks see.
class Transfer
{
public:
    Transfer(StoragePut::Request request, const std::atomic<bool> *aborted, std::function<void(qint64, qint64)> report)
        : m_request(std::move(request))
        , m_aborted(aborted)
        , m_report(std::move(report))
    {}

    // The answer, or the error; nullopt when aborted.
    std::optional<std::pair<HubClient::Response, HubError>> run();

private:
    static size_t onRead(char *buffer, size_t size, size_t count, void *self);
    static size_t onHeader(char *buffer, size_t size, size_t count, void *self);
    static size_t onWrite(char *buffer, size_t size, size_t count, void *self);
    static int onProgress(void *self, curl_off_t, curl_off_t downloaded, curl_off_t, curl_off_t uploaded);
    [[nodiscard]] HubError outcome(CURLcode code, qint64 uploaded, const char *words);

    StoragePut::Request m_request;
    const std::atomic<bool> *m_aborted;
    std::function<void(qint64, qint64)> m_report;
    std::unique_ptr<QIODevice> m_file;
    bool m_fileChanged = false;
    // The answer so far: the last head (a 100 Continue's is replaced by the real one's).
    int m_status = 0;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    qint64 m_headBytes = 0;
    bool m_headEnded = false;
    bool m_headTooLarge = false;
    QByteArray m_body;
    bool m_answerTooLarge = false;
    bool m_errorBodyEnough = false; // an error body cut at its bound: the answer is complete enough
    // Stall and progress
    QElapsedTimer m_sinceMove;
    curl_off_t m_lastUp = -1;
    curl_off_t m_lastDown = -1;
    bool m_stalled = false;
    QElapsedTimer m_sinceReport;
    qint64 m_reported = 0;
};

size_t Transfer::onRead(char *buffer, size_t size, size_t count, void *self)
{
    auto *t = static_cast<Transfer *>(self);
    if (t->m_aborted->load())
        return CURL_READFUNC_ABORT;
    const qint64 got = t->m_file->read(buffer, qint64(size * count));
    if (got <= 0) {
        // libcurl asks only for what Content-Length still promises: nothing there means the file shrank.
        t->m_fileChanged = true;
        return CURL_READFUNC_ABORT;
    }
    return size_t(got);
}

size_t Transfer::onHeader(char *buffer, size_t size, size_t count, void *self)
{
    auto *t = static_cast<Transfer *>(self);
    const size_t bytes = size * count;
    const QByteArray line = QByteArray(buffer, qsizetype(bytes)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new head: after a 1xx, the real answer's.
        t->m_headers.clear();
        t->m_headBytes = 0;
        t->m_headEnded = false;
        t->m_status = line.split(' ').value(1).toInt();
    } else if (line.isEmpty()) {
        t->m_headEnded = true;
    }
    t->m_headBytes += qint64(bytes);
    if (t->m_headBytes > StoragePut::kMaxHeadBytes) {
        t->m_headTooLarge = true;
        return 0; // stops the transfer
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        t->m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    return bytes;
}

size_t Transfer::onWrite(char *buffer, size_t size, size_t count, void *self)
{
    auto *t = static_cast<Transfer *>(self);
    const size_t bytes = size * count;
    const bool ok = t->m_status / 100 == 2;
    const qint64 bound = ok ? HubClient::kMaxAnswerBytes : HubError::kMaxErrorBodyBytes;
    if (t->m_body.size() + qint64(bytes) > bound) {
        if (ok) {
            t->m_answerTooLarge = true;
        } else {
            // An error body has said what it has to say by now.
            t->m_body.append(buffer, bound - t->m_body.size());
            t->m_errorBodyEnough = true;
        }
        return 0; // stops the transfer
    }
    t->m_body.append(buffer, qsizetype(bytes));
    return bytes;
}

int Transfer::onProgress(void *self, curl_off_t, curl_off_t downloaded, curl_off_t, curl_off_t uploaded)
{
    auto *t = static_cast<Transfer *>(self);
    if (t->m_aborted->load())
        return 1;
    if (uploaded != t->m_lastUp || downloaded != t->m_lastDown) {
        t->m_lastUp = uploaded;
        t->m_lastDown = downloaded;
        t->m_sinceMove.restart();
    } else if (t->m_sinceMove.hasExpired(t->m_request.stallMs)) {
        t->m_stalled = true;
        return 1;
    }
    // The first bytes at once, then every 100 ms (as Qt's uploadProgress), and the end.
    const qint64 sent = qint64(uploaded);
    if (sent > t->m_reported && (t->m_reported == 0 || sent == t->m_request.length || t->m_sinceReport.hasExpired(100))) {
        t->m_reported = sent;
        t->m_sinceReport.restart();
        t->m_report(sent, t->m_request.length);
    }
    return 0;
}

std::optional<std::pair<HubClient::Response, HubError>> Transfer::run()
{
    QString problem;
    m_file = FileSlice::open(m_request.path, m_request.fileSize, m_request.offset, m_request.length, &problem);
    if (!m_file)
        return std::pair{HubClient::Response(), errorOf(HubError::Kind::LocalFile, problem)};

    CURL *curl = curl_easy_init();
    if (!curl)
        return std::pair{HubClient::Response(), errorOf(HubError::Kind::ConnectionFailed, QStringLiteral("libcurl cannot start"))};
    const std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> handle(curl, &curl_easy_cleanup);
    curl_slist *headers = nullptr;
    const QByteArray contentType = "Content-Type: " + m_request.contentType;
    headers = curl_slist_append(headers, m_request.contentType.isEmpty() ? "Content-Type:" : contentType.constData());
    // libcurl would ask first (Expect: 100-continue) and wait up to a second for a store that does not answer it.
    headers = curl_slist_append(headers, "Expect:");
    for (const auto &[name, value] : m_request.headers)
        headers = curl_slist_append(headers, QByteArray(name + ": " + value).constData());
    const std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headerList(headers, &curl_slist_free_all);
    const QByteArray url = m_request.url.toEncoded();
    const QByteArray userAgent = HubClient::userAgent();
    char words[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(m_request.length));
    curl_easy_setopt(curl, CURLOPT_UPLOAD_BUFFERSIZE, long(StoragePut::kBlockBytes));
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &Transfer::onRead);
    curl_easy_setopt(curl, CURLOPT_READDATA, this);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &Transfer::onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &Transfer::onWrite);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &Transfer::onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, this);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, userAgent.constData());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, words);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_PROXY, ""); // none, even if the environment names one: as HubClient's calls
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_request.stallMs));
    curl_easy_setopt(curl, CURLOPT_FORBID_REUSE, 1L);
    if (!m_request.deadline.isForever())
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(std::max<qint64>(1, m_request.deadline.remainingTime())));
    m_sinceMove.start();
    m_sinceReport.start();
    const CURLcode code = curl_easy_perform(curl);
    if (m_aborted->load())
        return std::nullopt;
    curl_off_t uploaded = 0;
    curl_easy_getinfo(curl, CURLINFO_SIZE_UPLOAD_T, &uploaded);
    const HubError error = outcome(code, qint64(uploaded), words);
    HubClient::Response response;
    if (!error.isError()) {
        response.status = m_status;
        response.headers = m_headers;
        response.body = m_body;
        if (qint64(uploaded) > m_reported)
            m_report(qint64(uploaded), m_request.length);
    }
    return std::pair{response, error};
}

HubError Transfer::outcome(CURLcode code, qint64 uploaded, const char *words)
{
    const QString detail = QString::fromUtf8(words[0] ? words : curl_easy_strerror(code));
    if (m_fileChanged)
        return errorOf(HubError::Kind::LocalFile, QStringLiteral("%1: it changed while it was being sent").arg(m_request.path));
    if (m_headTooLarge)
        return HubError::badResponse(QStringLiteral("an answer head larger than %1 KiB").arg(StoragePut::kMaxHeadBytes / 1024));
    if (m_answerTooLarge)
        return HubError::badResponse(QStringLiteral("an answer larger than %1 MiB").arg(HubClient::kMaxAnswerBytes >> 20));
    if (m_stalled)
        return errorOf(HubError::Kind::Timeout, QStringLiteral("%1 s without a byte moving").arg(m_request.stallMs / 1000.0));
    const bool answered = code == CURLE_OK || (code == CURLE_WRITE_ERROR && m_errorBodyEnough);
    if (!answered) {
        switch (code) {
        case CURLE_OPERATION_TIMEDOUT:
            return errorOf(HubError::Kind::Timeout, m_status == 0 && m_lastUp <= 0
                                                        ? QStringLiteral("%1 s without a connection").arg(m_request.stallMs / 1000.0)
                                                        : QStringLiteral("the upload of %1 bytes took too long").arg(m_request.length));
        case CURLE_COULDNT_RESOLVE_HOST:
            return errorOf(HubError::Kind::HostNotFound, m_request.url.host());
        case CURLE_UNSUPPORTED_PROTOCOL: // an answer with no status line (HTTP/0.9) is refused as one
        case CURLE_WEIRD_SERVER_REPLY:
            return HubError::badResponse(QStringLiteral("an answer that is not HTTP (%1)").arg(detail));
        case CURLE_OUT_OF_MEMORY:
        case CURLE_RECV_ERROR:
            // libcurl's own bound on one head line (100 KiB, "out of memory"), which comes before ours on a line without end.
            if (m_status != 0 && !m_headEnded &&
                (code == CURLE_OUT_OF_MEMORY || detail.contains(QStringLiteral("header"), Qt::CaseInsensitive)))
                return HubError::badResponse(QStringLiteral("an answer head larger than %1 KiB").arg(StoragePut::kMaxHeadBytes / 1024));
            if (m_headEnded && detail.contains(QStringLiteral("chunk"), Qt::CaseInsensitive))
                return HubError::badResponse(QStringLiteral("a chunked answer that is not one (%1)").arg(detail));
            break;
        default:
            break;
        }
        return errorOf(HubError::Kind::ConnectionFailed, QStringLiteral("%1: %2").arg(m_request.url.host(), detail));
    }
    if (m_status / 100 == 3)
        return HubError::refusedRedirect(m_request.url.resolved(QUrl(QString::fromLatin1(headerValue(m_headers, "Location")))));
    if (m_status / 100 != 2)
        return statusError(m_status, m_headers, m_body);
    if (uploaded < m_request.length)
        return HubError::badResponse(QStringLiteral("the store answered before the whole body was sent"));
    return {};
}

} // namespace

StoragePut::StoragePut(Request request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
}

StoragePut::~StoragePut()
{
    abort();
}

void StoragePut::abort()
{
    m_finished = true;
    m_shared->aborted = true;
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->owner = nullptr;
}

void StoragePut::fail(const HubError &error)
{
    QTimer::singleShot(0, this, [this, error] {
        if (m_finished)
            return;
        m_finished = true;
        Q_EMIT finished({}, error);
    });
}

void StoragePut::start()
{
    if (m_started)
        return;
    m_started = true;
    const QUrl &url = m_request.url;
    if ((url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty() || !url.userInfo().isEmpty()) {
        fail(HubError::badResponse(QStringLiteral("an upload address that is not http(s)://host/…")));
        return;
    }
    for (const auto &[name, value] : m_request.headers)
        if (hasLineBreak(name) || hasLineBreak(value) || name.contains(':') || name.isEmpty()) {
            fail(HubError::badResponse(QStringLiteral("an upload header with a line break in it")));
            return;
        }
    static std::once_flag curlReady;
    std::call_once(curlReady, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    const std::shared_ptr<Shared> shared = m_shared;
    auto report = [shared](qint64 sent, qint64 total) {
        shared->post([shared, sent, total] {
            StoragePut *owner = shared->owner;
            if (owner && !owner->m_finished)
                Q_EMIT owner->progress(sent, total);
        });
    };
    putThreads().start([shared, request = m_request, report = std::move(report)] {
        Transfer transfer(request, &shared->aborted, report);
        const auto result = transfer.run();
        if (!result)
            return;
        shared->post([shared, result] {
            StoragePut *owner = shared->owner;
            if (!owner || owner->m_finished)
                return;
            owner->m_finished = true;
            Q_EMIT owner->finished(result->first, result->second);
        });
    });
}

} // namespace hubdeck
