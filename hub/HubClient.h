// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HardwareFlavor.h"
#include "HubResult.h"
#include "RateLimitInfo.h"
#include "RepoType.h"
#include "SpaceInfo.h"
#include "SpaceRuntime.h"
#include "SpaceSetting.h"
#include "WhoAmI.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace hubdeck {

class SpaceLogStream;

// One client for the Hub's HTTP API, on QNetworkAccessManager: asynchronous, errors typed
// (HubError), callbacks on the client's thread. What it guarantees against a misbehaving
// server:
// - every call ends within twice its timeout, retries (idempotent GETs, with backoff, on
//   429, 5xx and network errors) and a listing's pages included; setDeadline() bounds a
//   whole sequence of calls (the CLI: a command's calls together);
// - the token and request bodies go only to the endpoint's origin: redirects and page links
//   elsewhere are refused (HubOrigin);
// - memory stays bounded: an answer is read up to kMaxAnswerBytes, an error body up to
//   HubError::kMaxErrorBodyBytes, a listing up to kMaxPages pages, a page link that repeats
//   ends it.
// Uploads (sendRaw) keep these rules with two differences they need, both opt-in per call: a
// body streamed from a QIODevice gets more time in proportion to its size (see
// kMinUploadBytesPerSecond), and a call to object storage (RawRequest::anyOrigin) may go to
// another origin than the endpoint, then never carries the token.
class HubClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString endpoint; // e.g. https://huggingface.co
        QString token;    // may be empty for anonymous calls
        int timeoutMs = 30000;
        int maxRetries = 3;
        int firstBackoffMs = 500;
    };
    struct NewSpace
    {
        QString name;         // create: the name; duplicate: "owner/name" or empty for the same name
        QString organization; // create only: owner when not the user
        QString sdk;          // create only: gradio, docker, static, streamlit
        std::optional<bool> isPrivate;
        // "public", "private" or "protected" (Spaces only); sent instead of isPrivate when set.
        QString visibility;
        QString templateRepo; // create only: a template's repo id (spaceTemplates()), e.g. SpacesExamples/jupyterlab
        QString hardware;
        QString storage;
        std::optional<qint64> sleepTime;
        QList<SpaceSetting> secrets; // values travel in the request, never elsewhere
        QList<SpaceSetting> variables;
        QJsonArray volumes; // as setVolumes() takes them
    };

    // Larger answers are refused (BadResponse): the largest the Hub sends, a listing page of
    // 1000 Spaces with their runtimes, is a few MiB.
    static constexpr qint64 kMaxAnswerBytes = 32LL << 20;
    // What Qt's network thread may read ahead of us in an answer.
    static constexpr qint64 kReadBufferBytes = 4LL << 20;
    // Spaces asked for in a page, and the most a page may hold.
    static constexpr int kMaxPageEntries = 1000;
    // A listing stops with an error past this many pages (1000 Spaces a page)...
    static constexpr int kMaxPages = 500;
    // ...or past this many bytes of pages in all: some 30,000 Spaces with their runtimes,
    // more than any account or organization has, while memory stays a few hundred MiB.
    static constexpr qint64 kMaxListingBytes = 64LL << 20;
    // A streamed body's call may take, besides twice the timeout, the time its body takes to
    // go at this rate: a 5 GiB part at 64 KiB/s is 23 hours, while a stalled upload still
    // ends after the timeout without a byte moving (QNetworkRequest::setTransferTimeout).
    static constexpr qint64 kMinUploadBytesPerSecond = 64 * 1024;

    explicit HubClient(Options options, QObject *parent = nullptr);

    [[nodiscard]] const Options &options() const { return m_options; }
    [[nodiscard]] static QByteArray userAgent();
    // Calls started from now on end by `deadline` (besides their own twice-the-timeout);
    // QDeadlineTimer::Forever lifts it. A call started after it has passed fails at once
    // with Timeout.
    void setDeadline(QDeadlineTimer deadline);

    void whoami(HubCallback<WhoAmI> done);
    // Follows the Link: rel="next" pages. limit <= 0: every page.
    void listSpaces(const QString &author, HubCallback<QList<SpaceInfo>> done, int limit = 0);
    void spaceInfo(const QString &id, HubCallback<SpaceInfo> done);
    // Every file of a repository at `revision` (a branch, tag or commit) under `pathInRepo`
    // (empty: the whole repository), as full paths from its root, in the Hub's order: GET
    // /api/{type}s/{id}/tree/{revision}[/{path}]?recursive=true&expand=false, following its
    // pages with listSpaces' bounds and origin rules. Folders are left out. A pathInRepo that
    // does not exist at that revision is an empty list (the Hub's X-Error-Code EntryNotFound,
    // as huggingface_hub reads it); a repository or revision that does not exist is an error
    // (NotFound; hubCode RepoNotFound or RevisionNotFound).
    void listRepoFiles(RepoType type, const QString &repoId, const QString &revision, const QString &pathInRepo,
                       HubCallback<QStringList> done);
    void runtime(const QString &id, HubCallback<SpaceRuntime> done);
    void hardwareCatalogue(HubCallback<QList<HardwareFlavor>> done);
    void requestHardware(const QString &id, const QString &flavor, std::optional<qint64> sleepTime, HubCallback<SpaceRuntime> done);
    void setSleepTime(const QString &id, qint64 seconds, HubCallback<SpaceRuntime> done);
    void pause(const QString &id, HubCallback<SpaceRuntime> done);
    void restart(const QString &id, bool factoryReboot, HubCallback<SpaceRuntime> done);
    void requestStorage(const QString &id, const QString &tier, HubCallback<SpaceRuntime> done);
    void deleteStorage(const QString &id, HubCallback<SpaceRuntime> done);
    void setVolumes(const QString &id, const QJsonArray &volumes, HubCallback<SpaceRuntime> done);
    void deleteVolumes(const QString &id, HubCallback<SpaceRuntime> done);
    void setDevMode(const QString &id, bool enabled, HubCallback<SpaceRuntime> done);
    void secrets(const QString &id, HubCallback<QList<SpaceSetting>> done);
    void addSecret(const QString &id, const QString &key, const QString &value, const QString &description, HubCallback<bool> done);
    void deleteSecret(const QString &id, const QString &key, HubCallback<bool> done);
    void variables(const QString &id, HubCallback<QList<SpaceSetting>> done);
    void addVariable(const QString &id, const QString &key, const QString &value, const QString &description,
                     HubCallback<QList<SpaceSetting>> done);
    void deleteVariable(const QString &id, const QString &key, HubCallback<QList<SpaceSetting>> done);
    // Returns the new Space's URL.
    void duplicate(const QString &fromId, const NewSpace &target, HubCallback<QString> done);
    // Returns the new Space's id.
    void create(const NewSpace &space, HubCallback<QString> done);
    // GET /api/spaces/templates: the "templates" array, each {"name", "repoId", "sdk",
    // "preferredPrivate"} as the Hub sends it.
    void spaceTemplates(HubCallback<QJsonArray> done);
    // Build or run logs; the caller owns the stream and calls start().
    [[nodiscard]] SpaceLogStream *logs(const QString &id, bool build, bool follow, QObject *parent = nullptr);

    // Low level, for the calls above and for tests: answers the raw body or an error.
    struct Response
    {
        int status = 0;
        QByteArray body;
        QByteArray nextPage;                              // Link: <url>; rel="next" (LinkHeader::next)
        bool nextPageUnreadable = false;                  // a rel="next" that cannot be read: see LinkHeader::Next
        QList<std::pair<QByteArray, QByteArray>> headers; // the answer's, as sent (an upload's ETag)
        [[nodiscard]] QByteArray header(const QByteArray &name) const;
    };
    // A call with any body: bytes, or a file streamed from disk (uploads). The same bounds,
    // retries and origin rules as send(), with these choices:
    struct RawRequest
    {
        QByteArray verb;
        QUrl url;
        QByteArray body; // sent when `device` is empty; empty and no device: no body
        // Makes the body afresh for each try (a retry, a 307/308): an open, readable device of
        // exactly deviceSize bytes, streamed as Qt sends it and deleted with the reply; nullptr
        // when it cannot be opened, which ends the call with HubError::Kind::LocalFile.
        std::function<std::unique_ptr<QIODevice>(QString *error)> device;
        qint64 deviceSize = 0;
        QByteArray contentType = "application/json"; // empty: none
        QByteArray accept = "application/json";
        QList<std::pair<QByteArray, QByteArray>> headers; // more, e.g. an LFS action's "header"
        bool idempotent = false;
        // Object storage: the call may go to another origin than the endpoint (it still must
        // be https:// or loopback), redirects stay on the url's origin, and no Authorization
        // header goes with it, even when the url is on the endpoint's origin.
        bool anyOrigin = false;
        std::function<void(qint64 sent, qint64 total)> progress; // body bytes of the current try
        QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    };
    // Identifies a call of sendRaw() for cancel(); 0 is never one.
    using CallId = quint64;
    // Ends by the earliest of twice the timeout (plus the body's time at
    // kMinUploadBytesPerSecond, for a device body), request.deadline and setDeadline()'s.
    // `done` is called exactly once, never from within sendRaw(). A body device that cannot be
    // made ends the call with HubError::Kind::LocalFile (detail: the device's error). A url
    // that is not the endpoint's origin without anyOrigin, or plain http:// off loopback, ends
    // it with RefusedRedirect or InsecureEndpoint before anything is sent.
    CallId sendRaw(RawRequest request, std::function<void(Response, HubError)> done);
    // Ends a call of sendRaw() at once with HubError::Kind::Canceled (no retry), if it is still
    // running; otherwise does nothing.
    void cancel(CallId id);
    // Ends by the earliest of twice the timeout, `deadline` and setDeadline()'s.
    void send(const QByteArray &verb, const QUrl &url, const std::optional<QJsonDocument> &body, bool idempotent,
              std::function<void(Response, HubError)> done, QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    [[nodiscard]] QUrl apiUrl(const QString &path, const QUrlQuery &query = {}) const;
    [[nodiscard]] QNetworkRequest makeRequest(const QUrl &url, int timeoutMs) const;

Q_SIGNALS:
    // An answer (a success or an error, a retry's too) carried a readable RateLimit header.
    void rateLimitSeen(const hubdeck::RateLimitInfo &info);

private:
    struct Attempt;
    // One paged listing (Link rel="next") in progress: what it collects is its caller's.
    struct Listing
    {
        QString what; // "the list of Spaces": for messages
        // Takes one page's entries (at most kMaxPageEntries); false, with *problem, when one
        // cannot be read.
        std::function<bool(const QJsonArray &page, QString *problem)> take;
        // Whether enough is collected (a limit reached): the pages after it are not read.
        std::function<bool()> enough;
        std::function<void()> finished;       // every page read, or enough
        std::function<void(HubError)> failed; // the listing stopped
        QSet<QByteArray> visited;             // page URLs, encoded
        int pages = 0;
        qint64 bytes = 0; // of every page so far
        QDeadlineTimer deadline;
    };
    struct ReplyStop;
    [[nodiscard]] std::shared_ptr<Attempt> newAttempt(const QByteArray &verb, const QUrl &url, bool idempotent,
                                                      std::function<void(Response, HubError)> done, QDeadlineTimer deadline);
    // Hands the outcome to the caller, once: later outcomes (a cancel racing an answer) are dropped.
    void complete(const std::shared_ptr<Attempt> &attempt, Response response, HubError error);
    // isTry: a first try or a retry, not a redirect being followed.
    void startAttempt(std::shared_ptr<Attempt> attempt, bool isTry = true);
    void finishAttempt(const std::shared_ptr<Attempt> &attempt, QNetworkReply *reply, ReplyStop &stop);
    void retryOrFail(const std::shared_ptr<Attempt> &attempt, HubError error);
    void followRedirect(const std::shared_ptr<Attempt> &attempt, const QUrl &target, int status);
    [[nodiscard]] HubError deadlineError() const;
    void runtimeCall(const QByteArray &verb, const QString &path, const std::optional<QJsonDocument> &body, bool idempotent,
                     HubCallback<SpaceRuntime> done, const QUrlQuery &query = {});
    template <typename T>
    void jsonCall(const QByteArray &verb, const QUrl &url, const std::optional<QJsonDocument> &body, bool idempotent,
                  std::function<std::optional<T>(const QJsonValue &, QString *)> parse, HubCallback<T> done);
    // Reads the page at `url` and those it links to, with the bounds above.
    void listPage(const QUrl &url, std::shared_ptr<Listing> listing);
    [[nodiscard]] QString spacePath(const QString &id, const QString &tail = {}) const;

    Options m_options;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
    QNetworkAccessManager m_network;
    CallId m_lastCallId = 0;
    QHash<CallId, std::weak_ptr<Attempt>> m_calls; // sendRaw's calls still running
};

} // namespace hubdeck
