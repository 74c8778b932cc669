// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FakeLfsStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>

namespace hubdeck::test {

// A stand-in for the Hugging Face Hub on 127.0.0.1: it keeps Space state and answers with
// the real API's shapes (see hf-reference.md §6), records every request, and can be told
// to fail, to stay silent, or to answer garbage. Plain QTcpServer: full control over bytes.
class FakeHub : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QByteArray authorization;
        QByteArray userAgent;
        QList<std::pair<QByteArray, QByteArray>> headers; // every one, as sent
        QByteArray target;                                // the request line's target, still percent-encoded
        [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        [[nodiscard]] QByteArray header(const QByteArray &name) const;
    };
    struct Canned
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool silent = false; // accept and never answer
        // Answer this many ms later (a QTimer: the server keeps serving meanwhile), as a slow
        // Hub answers a read asked before what the next request changes.
        int delayMs = 0;
        // Answer what the Hub itself would answer at the request's arrival (status, body and
        // headers above unused), delayMs later: a read that sees the state before a change
        // and arrives after it.
        bool routed = false;
    };

    explicit FakeHub(QObject *parent = nullptr);
    [[nodiscard]] bool listen();
    [[nodiscard]] QString endpoint() const;

    // State
    QString token = QStringLiteral("hf_fake_token_0123456789");
    QString user = QStringLiteral("alice");
    QStringList orgs{QStringLiteral("acme")};
    // More tokens the Hub accepts, each another user's (whoami answers per token); `token`
    // stays `user`'s, named "laptop". Every token may act on every Space.
    struct Account
    {
        QString token;
        QString user;
        QStringList orgs;
        QString tokenName;
    };
    QList<Account> otherAccounts;
    QMap<QString, QJsonObject> spaces; // id -> info without runtime
    // id -> the only users whose lists show it (a private Space of an org some members of
    // which cannot read it); a Space not named here is listed to everyone.
    QMap<QString, QStringList> listedOnlyTo;
    QMap<QString, QJsonObject> runtimes;                 // id -> runtime object
    QMap<QString, QMap<QString, QJsonObject>> secrets;   // id -> key -> {description, updatedAt}
    QMap<QString, QMap<QString, QJsonObject>> variables; // id -> key -> {value, description, updatedAt}
    QMap<QString, QList<QByteArray>> logChunks;          // "id/run" or "id/build" -> raw SSE bytes, sent chunk by chunk
    QJsonArray hardware;
    QJsonArray templates; // GET /api/spaces/templates answers {"templates": this}
    // id -> the stages its runtime takes, one per GET .../runtime (then it stays at the last).
    QMap<QString, QStringList> nextStages;
    int pageSize = 2;          // Link pagination for /api/spaces
    bool keepLogsOpen = false; // a log stream stays open after its chunks, as a live Space's does
    // After its chunks, a log stream sends logRepeat again and again until the client hangs
    // up: every logRepeatIntervalMs, or with 0 as fast as the client reads (at most 1 MiB
    // queued). Repeated bytes are counted in logRepeatSent, not kept in allResponses().
    QByteArray logRepeat;
    int logRepeatIntervalMs = 0;
    qint64 logRepeatSent = 0;

    // Uploads (CommitUpload), to any Space: preupload, the LFS batch endpoint handing out
    // addresses on store() (another origin), its verify action, and commits.
    qint64 lfsThreshold = 10LL << 20;  // preupload: files this large or larger are "lfs"...
    QSet<QString> lfsPaths;            // ...and these, whatever their size
    QSet<QString> ignoredPaths;        // preupload: shouldIgnore
    QMap<QString, QString> remoteOids; // path -> the blob id the Space has there (git sha1; sha256 for LFS); commits update it
    QMap<QString, qint64> remoteSizes; // path -> its size in bytes, when known (commits set it); 0 otherwise
    // GET /api/spaces/{id}/tree/{revision}[/{path}]?recursive=true: remoteOids as the Hub lists
    // them (files and the folders above them, sorted), this many entries a page, Link rel="next"
    // with a cursor. Only revision "main" exists (else 404 RevisionNotFound); a path with no
    // file under it is 404 EntryNotFound.
    int treePageSize = 1000;
    qint64 multipartChunkSize = 0;     // > 0: objects larger than this go multipart, in parts of this size
    bool verifyAction = true;          // the batch answer asks for a verify call
    QList<QList<QJsonObject>> commits; // every accepted commit's NDJSON lines
    [[nodiscard]] FakeLfsStore &store() { return m_store; }

    // Request budget, as the Hub's API bucket: with a quota, every /api/ answer carries
    // RateLimit: "api";r=<left>;t=<s to reset> and RateLimit-Policy: "fixed window";"api";q=<quota>;w=<window>,
    // and a request past the quota in a window gets 429 with Retry-After (counted in rateLimited).
    int rateLimitQuota = 0;
    int rateLimitWindowSeconds = 300;
    int rateLimited = 0;
    // Added to every answer, e.g. a malformed RateLimit.
    QList<std::pair<QByteArray, QByteArray>> extraHeaders;
    // The fake's clock for its windows (ms); default: real time since it was made.
    std::function<qint64()> clock;
    [[nodiscard]] qint64 nowMs() const;
    // Requests whose path starts with pathPrefix, e.g. "/api/spaces" (every one so far).
    [[nodiscard]] int apiRequestCount(const QString &pathPrefix = QStringLiteral("/api/")) const;

    // A user's Spaces in every stage, with secrets, variables and a run log: for manual runs
    // and screenshots.
    void addDemoSpaces();
    void addSpace(const QString &id, const QString &stage, const QString &hardware = QStringLiteral("cpu-basic"),
                  const QString &sdk = QStringLiteral("gradio"));
    // The next `count` requests whose path ends with pathSuffix (or all, with "*") get `canned`.
    void failNext(const QString &pathSuffix, const Canned &canned, int count = 1);

    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    [[nodiscard]] Request lastRequest() const { return m_requests.isEmpty() ? Request{} : m_requests.last(); }
    void clearRequests() { m_requests.clear(); }
    // Every byte that left the fake, for leak checks.
    [[nodiscard]] QByteArray allResponses() const { return m_sent; }

private:
    struct Pending
    {
        QString suffix;
        Canned canned;
        int count;
    };
    void onConnection();
    void handle(QTcpSocket *socket, const Request &request);
    void reply(QTcpSocket *socket, int status, const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers = {},
               const QByteArray &contentType = "application/json");
    [[nodiscard]] Canned route(const Request &request, bool &streamed, QTcpSocket *socket);
    [[nodiscard]] QJsonObject spaceJson(const QString &id, bool withRuntime = true) const;
    [[nodiscard]] Canned lfsBatch(const QString &id, const Request &request);
    [[nodiscard]] Canned commit(const QString &id, const Request &request);
    [[nodiscard]] Canned tree(const QString &action, const Request &request);

    QTcpServer m_server;
    FakeLfsStore m_store;
    QList<Request> m_requests;
    QList<Pending> m_pending;
    QByteArray m_sent;
    QElapsedTimer m_clock;
    qint64 m_window = -1;
    qint64 m_windowUsed = 0;
};

} // namespace hubdeck::test
