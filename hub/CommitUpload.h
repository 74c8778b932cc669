// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HubClient.h"
#include "HubResult.h"
#include "RepoType.h"
#include "UploadFile.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace hubdeck {

class StoragePut;

// One commit of local files to a repository on the Hub (a Space, a model, a dataset), as
// huggingface_hub's create_commit makes it:
// 1. preupload: POST {endpoint}/api/{type}s/{id}/preupload/{revision} with each file's path,
//    size and first 512 bytes, in chunks of kPreuploadChunk; the Hub says which files go as
//    LFS objects ("lfs") and which inline in the commit ("regular"), which its .gitignore
//    ignores, and the blob id it has at each path. A file whose id there is already its own
//    (the sha256 for LFS, git's sha1 for regular) is not sent again; empty files go regular.
// 2. LFS: POST {endpoint}/{type}s/{id}.git/info/lfs/objects/batch (chunks of kBatchChunk)
//    asks where to put each object; those without "actions" are stored already and are not
//    sent. Then the objects go, streamed from disk (FileSlice): one PUT (basic), or PUTs of
//    their numbered parts, their ETags POSTed to the completion URL (multipart); then the verify
//    action if any. Request::concurrency PUTs run at once (huggingface_hub runs 5 objects at
//    once), whole objects and parts alike, taken in object and part order, at most
//    Request::partsAtOnce parts of one object among them (see kDefaultPartsAtOnce): small
//    objects go side by side, a large object's parts a few at a time, and a part that has to
//    wait lets the next object's PUT go first. The PUTs go through libcurl
//    (StoragePut: QNetworkAccessManager sends a body at a third of curl's speed), https:// or
//    loopback only, no redirect followed, each body read from disk as it goes (a few hundred
//    KiB a PUT in memory, whole objects of any size included). Each try is bounded by a stall
//    of HubClient::Options::timeoutMs with no byte moving and by twice that plus its size at
//    HubClient::kMinUploadBytesPerSecond; HubClient::setDeadline does not bound them (a
//    deadline for the whole upload would have to guess the link's speed: 50 GB take minutes on
//    one link and days on another, while a stall is a stall on both). Storage URLs are another origin: only the headers the batch answer
//    gives go there, never the token. The completion call goes through HubClient
//    (RawRequest::anyOrigin); the verify call carries the token only when it is on the
//    endpoint's origin.
// 3. commit: POST {endpoint}/api/{type}s/{id}/commit/{revision}, NDJSON: a header line
//    {summary, description[, parentCommit]}, then one line a file: "file" (base64 content) for
//    regular files, "lfsFile" (sha256, size) for LFS ones, "deletedFile" for deletions.
//
// Guarantees: nothing is committed unless every LFS object is stored; the first failure of any
// call (one object's PUT, say) cancels every other call in flight and is the one reported, once;
// a file that is gone, unreadable or changed since UploadFile::read ends the upload before the
// commit (HubError::Kind::LocalFile), as does a path that RepoPath refuses (before any call); a
// 409 or 412 to the commit (the repository changed meanwhile, or is not at parentCommit any
// more) is HubError::Kind::RepoChanged. Memory: LFS bodies stream from disk; the commit body
// holds the regular files' content in base64 (the Hub sends as "regular" only small files).
//
// What resumes and what does not:
// - Within one upload, a PUT (a whole object or one part) that fails in a way another try may
//   mend (network error, 5xx, 429, timeout) is sent again, after HubClient's growing pause
//   (Options::firstBackoffMs, doubled each time; a 429's Retry-After), up to
//   HubClient::Options::maxRetries more times: only that body goes again, from its first
//   byte; parts already stored are not sent again.
// - Across uploads, objects the store has already (the batch answer gives them no actions)
//   are not sent at all: a run that stopped after some objects were stored sends only the rest.
// - A multipart object's parts are remembered in this process (part URL -> ETag) once stored,
//   until the object is completed. A later upload whose batch answer hands out the very same
//   part URLs (the same multipart upload, signature included) does not PUT those parts again
//   and completes with the remembered ETags. Nothing is assumed beyond that: a new multipart
//   upload (other URLs, which is what a presigned URL with a new date gives) sends every part;
//   nothing is remembered across processes; a completion the store refuses forgets the
//   object's parts, so that the next upload sends them all.
class CommitUpload : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPreuploadChunk = 256;   // files a preupload call
    static constexpr int kBatchChunk = 256;       // objects an LFS batch call
    static constexpr int kDefaultConcurrency = 5; // LFS PUTs at once, as huggingface_hub
    // Parts of one multipart object in flight at once (within Request::concurrency PUTs in all).
    // huggingface_hub sends an object's parts one after another; 2 keeps a part moving while
    // the previous one's answer comes back and the next connection opens (a new connection on
    // a real link also starts slow). More do not help: one stream already fills a link to one
    // store host, and on a small machine each sending thread takes CPU from the rest (the
    // receiving side when the store is local). Measured with hubdeck-bench-upload (1 GiB,
    // 64 MiB parts, fake store on 127.0.0.1, 2-core VM, 2026-12-05 01:40-02:00 UTC, load
    // average 5 to 8 from other builds, medians of 3 or 5 rounds, against curl -T):
    //   1 at once: 0.84x, 1.02x, 1.13x, 1.14x
    //   2 at once: 1.46x, 1.48x, 0.96x, 1.00x
    //   5 at once: 1.34x, 1.00x, 1.27x (the same VM idle, 2026-12-04: 0.70x and 0.75x)
    // Under that load the runs overlap; what held in every run is the CPU each GiB cost: the
    // store's thread 0.8-1.0 s for multipart (0.7-0.9 s for one PUT), HubDeck's sending
    // 0.15-0.3 s, curl's process 0.35-0.8 s. The store, one thread, is the bottleneck.
    static constexpr int kDefaultPartsAtOnce = 2;
    // Each PUT is a thread of its own (StoragePut), and a few already fill a link: no more than
    // this, well under StoragePut::kMaxThreads, so that a PUT never waits for a thread.
    static constexpr int kMaxConcurrency = 6;

    struct Request
    {
        RepoType repoType = RepoType::Space;
        QString repoId;                            // "owner/name"
        QString revision = QStringLiteral("main"); // a branch; sent percent-encoded ("refs%2Fpr%2F1")
        QString summary;                           // the commit's title: must not be empty
        QString description;
        QString parentCommit;                  // empty: none; else the Hub refuses (412) if the branch moved past it
        QList<UploadFile> additions;           // pathInRepo distinct
        QStringList deletions;                 // paths in the repository, none also added
        int concurrency = kDefaultConcurrency; // LFS PUTs at once (objects and parts), 1 to kMaxConcurrency
        int partsAtOnce = kDefaultPartsAtOnce; // of those, parts of one multipart object, 1 to kMaxConcurrency
    };
    enum class Stage { Checking, Preupload, LfsBatch, Uploading, Committing };
    struct Progress
    {
        Stage stage = Stage::Checking;
        // LFS bytes stored so far, and the bytes of the PUTs in flight sent so far, each byte
        // once: a PUT tried again counts from its start again, so the figure steps back then;
        // it ends at bytesTotal (objects the store had already count as sent).
        qint64 bytesSent = 0;
        qint64 bytesTotal = 0; // LFS bytes to send, known after preupload
        int filesDone = 0;     // files sent: LFS objects stored, then every file once committed
        int filesTotal = 0;    // files to send (changed, not ignored), known after preupload
    };
    struct Outcome
    {
        QString commitUrl; // empty when nothingToCommit
        QString commitOid;
        bool nothingToCommit = false; // every file already there unchanged and no deletion: no commit made
        QStringList sentRegular;      // paths in the commit as "file"
        QStringList sentLfs;          // paths in the commit as "lfsFile"
        QStringList unchanged;        // already on the Hub with this content: left out
        QStringList ignored;          // the repository's .gitignore ignores them: left out
        qint64 lfsBytesUploaded =
            0; // bytes stored by this upload's PUTs, each once (retries, objects and parts stored before: not counted)
    };

    // `client` must outlive the upload.
    CommitUpload(HubClient *client, Request request, QObject *parent = nullptr);
    // Destroyed while running: the calls in flight are canceled, finished() is not emitted.
    ~CommitUpload() override;

    [[nodiscard]] const Request &request() const { return m_request; }
    [[nodiscard]] const Progress &currentProgress() const { return m_progress; }
    // Starts; finished() follows, once, never from within start().
    void start();
    // Stops at once with HubError::Kind::Canceled, every call in flight canceled, nothing
    // committed: honored until the commit call is sent, ignored after (the Hub may have
    // committed; finished() tells).
    void cancel();
    // Forgets the multipart parts this process remembers as stored (see above): the next
    // uploads send every part. For tests, and for a user who wants to start over.
    static void forgetStoredParts();

    // The request's problems found without the network: repo id, revision, summary, paths
    // (RepoPath), duplicates; empty when none.
    [[nodiscard]] static QString problem(const Request &request);
    // The commit call's body (NDJSON, one line each and a final newline), reading regular files'
    // content now: nullopt and *error (a HubError::Kind::LocalFile) if one is unreadable or no
    // longer has the blob id it was read with. `lfs`: pathInRepo of additions that go as LFS;
    // `skipped`: those left out.
    [[nodiscard]] static std::optional<QByteArray> commitBody(const Request &request, const QSet<QString> &lfs,
                                                              const QSet<QString> &skipped, HubError *error);

Q_SIGNALS:
    void progress(const hubdeck::CommitUpload::Progress &progress);
    // A PUT failed in a way worth another try and goes again after delayMs: said, so that a
    // stall (each try waits up to the stall time) is not a silent wait of several times it.
    // attempt counts from 2 (the first retry) to maxAttempts; part counts from 0, -1 for an object
    // sent whole in one PUT.
    void retrying(const QString &pathInRepo, int part, int attempt, int maxAttempts, const hubdeck::HubError &error, int delayMs);
    void finished(const hubdeck::HubResult<hubdeck::CommitUpload::Outcome> &result);

private:
    struct LfsObject
    {
        QString oid;
        qint64 size = 0;
        QString localPath;
        QStringList paths; // every addition with this content
        QJsonObject actions;
        // Multipart: the part size, the part URLs in order, their ETags once stored (empty until then).
        qint64 chunkSize = 0;
        QStringList partUrls;
        QStringList etags;
        int partsLeft = 0;
        bool checked = false; // its file was found unchanged before its first PUT
    };
    // One PUT: a whole object (part < 0) or one part of a multipart one.
    struct Transfer
    {
        int object = 0;
        int part = -1;
        qint64 offset = 0;
        qint64 length = 0;
        qint64 sent = 0; // of the current try
        int tries = 0;
        StoragePut *put = nullptr; // the try in flight; none between tries
    };

    void preupload(int from);
    void classify();
    void batch(int from);
    [[nodiscard]] bool plan();
    void pump();
    void startTransfer(Transfer transfer);
    void launch(int object, int part);
    [[nodiscard]] Transfer *running(int object, int part);
    [[nodiscard]] int partsInFlight(int object) const;
    void transferDone(const Transfer &transfer, const HubClient::Response &response);
    void complete(int object);
    void reportProgress();
    void verify(int object);
    void objectStored(int object);
    void commit();
    void fail(HubError error);
    void succeed();
    void cancelCalls();
    [[nodiscard]] QUrl apiUrl(const QString &action) const;
    [[nodiscard]] HubClient::RawRequest jsonRequest(const QByteArray &verb, const QUrl &url, const QJsonObject &body) const;
    HubClient::CallId call(HubClient::RawRequest request, std::function<void(HubClient::Response)> next);
    [[nodiscard]] static HubError localError(const QString &detail);

    HubClient *m_client;
    Request m_request;
    Progress m_progress;
    Outcome m_outcome;
    QHash<QString, QString> m_uploadMode; // pathInRepo -> "lfs" | "regular"
    QHash<QString, QString> m_remoteOid;  // pathInRepo -> the Hub's blob id there, if any
    QSet<QString> m_ignored;
    QSet<QString> m_lfsPaths;   // changed additions going as LFS
    QList<LfsObject> m_objects; // distinct LFS objects to store, by oid
    QList<Transfer> m_waiting;  // PUTs not started, in order
    QList<Transfer> m_running;  // PUTs in flight
    int m_objectsStored = 0;
    qint64 m_bytesStored = 0;        // LFS bytes the store has, of this upload's objects
    QSet<HubClient::CallId> m_calls; // every call in flight
    bool m_started = false;
    bool m_done = false;
    bool m_committing = false;
};

} // namespace hubdeck

Q_DECLARE_METATYPE(hubdeck::CommitUpload::Progress)
