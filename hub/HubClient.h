// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HardwareFlavor.h"
#include "HubResult.h"
#include "SpaceInfo.h"
#include "SpaceRuntime.h"
#include "SpaceSetting.h"
#include "WhoAmI.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QUrlQuery>

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
        QString hardware;
        QString storage;
        std::optional<qint64> sleepTime;
        QList<SpaceSetting> secrets; // values travel in the request, never elsewhere
        QList<SpaceSetting> variables;
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
    // Build or run logs; the caller owns the stream and calls start().
    [[nodiscard]] SpaceLogStream *logs(const QString &id, bool build, bool follow, QObject *parent = nullptr);

    // Low level, for the calls above and for tests: answers the raw body or an error.
    struct Response
    {
        int status = 0;
        QByteArray body;
        QByteArray nextPage;             // Link: <url>; rel="next" (LinkHeader::next)
        bool nextPageUnreadable = false; // a rel="next" that cannot be read: see LinkHeader::Next
    };
    // Ends by the earliest of twice the timeout, `deadline` and setDeadline()'s.
    void send(const QByteArray &verb, const QUrl &url, const std::optional<QJsonDocument> &body, bool idempotent,
              std::function<void(Response, HubError)> done, QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    [[nodiscard]] QUrl apiUrl(const QString &path, const QUrlQuery &query = {}) const;
    [[nodiscard]] QNetworkRequest makeRequest(const QUrl &url, int timeoutMs) const;

private:
    struct Attempt;
    struct Listing
    {
        QList<SpaceInfo> collected;
        QSet<QByteArray> visited; // page URLs, encoded
        int pages = 0;
        qint64 bytes = 0; // of every page so far
        int limit = 0;
        QDeadlineTimer deadline;
    };
    // isTry: a first try or a retry, not a redirect being followed.
    struct ReplyStop;
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
    void listPage(const QUrl &url, std::shared_ptr<Listing> listing, HubCallback<QList<SpaceInfo>> done);
    [[nodiscard]] QString spacePath(const QString &id, const QString &tail = {}) const;

    Options m_options;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
    QNetworkAccessManager m_network;
};

} // namespace hubdeck
