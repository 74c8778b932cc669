// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CommitUpload.h"

#include "FileSlice.h"
#include "HubCredentials.h"
#include "HubLogging.h"
#include "HubOrigin.h"
#include "RepoPath.h"
#include "StoragePut.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QTimer>

#include <algorithm>

namespace hubdeck {

namespace {

const QByteArray kLfsMediaType = "application/vnd.git-lfs+json";

QString repoUrlPrefix(RepoType type)
{
    // The git side names models with no prefix: huggingface.co/{id}.git
    return type == RepoType::Model ? QString() : repoTypeFolderPrefix(type) + u'/';
}

QList<std::pair<QByteArray, QByteArray>> actionHeaders(const QJsonObject &action, bool skipParts)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    const QJsonObject header = action.value(QStringLiteral("header")).toObject();
    for (auto it = header.constBegin(); it != header.constEnd(); ++it) {
        bool number = false;
        it.key().toInt(&number);
        if (skipParts && (number || it.key() == u"chunk_size"))
            continue;
        if (it.value().isString())
            headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    }
    return headers;
}

// Multipart parts stored by uploads in this process that did not complete their object: part
// URL -> the ETag the store gave. See the header for when they are used.
struct StoredParts
{
    // Past this many, all are forgotten: an upload sends its parts again rather than this grow.
    static constexpr int kMaxEntries = 100000;
    QMutex mutex;
    QHash<QString, QString> etags;

    static StoredParts &instance()
    {
        static StoredParts parts;
        return parts;
    }
    // The key names the object and the part's bytes as well as the URL: the same URL for
    // other bytes is not the same part.
    static QString key(const QString &oid, qint64 chunkSize, int part, const QString &url)
    {
        return oid + u'\n' + QString::number(chunkSize) + u'\n' + QString::number(part) + u'\n' + url;
    }
    QString find(const QString &key)
    {
        const QMutexLocker lock(&mutex);
        return etags.value(key);
    }
    void remember(const QString &key, const QString &etag)
    {
        const QMutexLocker lock(&mutex);
        if (etags.size() >= kMaxEntries)
            etags.clear();
        etags.insert(key, etag);
    }
    void forget(const QString &oid)
    {
        const QMutexLocker lock(&mutex);
        const QString prefix = oid + u'\n';
        for (auto it = etags.begin(); it != etags.end();)
            it = it.key().startsWith(prefix) ? etags.erase(it) : std::next(it);
    }
};

} // namespace

void CommitUpload::forgetStoredParts()
{
    StoredParts &parts = StoredParts::instance();
    const QMutexLocker lock(&parts.mutex);
    parts.etags.clear();
}

CommitUpload::CommitUpload(HubClient *client, Request request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
{}

CommitUpload::~CommitUpload()
{
    m_done = true; // the canceled calls' callbacks must not reach a half-destroyed object
    cancelCalls();
}

void CommitUpload::cancelCalls()
{
    // A copy: a canceled call may answer (and leave m_calls) from within cancel().
    const QSet<HubClient::CallId> calls = std::exchange(m_calls, {});
    for (const HubClient::CallId id : calls)
        m_client->cancel(id);
    for (Transfer &transfer : m_running)
        if (StoragePut *put = std::exchange(transfer.put, nullptr)) {
            put->abort(); // no finished() after this
            put->deleteLater();
        }
}

QString CommitUpload::problem(const Request &request)
{
    const QStringList idParts = request.repoId.split(u'/');
    if (idParts.size() != 2 || idParts[0].isEmpty() || idParts[1].isEmpty())
        return QStringLiteral("\"%1\" is not a repository id of the form owner/name").arg(request.repoId);
    for (const QString &part : idParts)
        for (const QChar c : part)
            if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'))
                return QStringLiteral("\"%1\" is not a repository id of the form owner/name").arg(request.repoId);
    if (request.revision.isEmpty())
        return QStringLiteral("no revision to commit to");
    if (request.summary.trimmed().isEmpty())
        return QStringLiteral("the commit has no summary");
    if (request.additions.isEmpty() && request.deletions.isEmpty())
        return QStringLiteral("nothing to add or delete");
    if (request.concurrency < 1 || request.concurrency > kMaxConcurrency)
        return QStringLiteral("%1 uploads at once: it must be 1 to %2").arg(request.concurrency).arg(kMaxConcurrency);
    if (request.partsAtOnce < 1 || request.partsAtOnce > kMaxConcurrency)
        return QStringLiteral("%1 parts at once: it must be 1 to %2").arg(request.partsAtOnce).arg(kMaxConcurrency);
    QSet<QString> seen;
    QString error;
    for (const UploadFile &file : request.additions) {
        const auto path = RepoPath::check(file.pathInRepo, &error);
        if (!path)
            return error;
        if (*path != file.pathInRepo)
            return QStringLiteral("\"%1\" as a path in the repository: write it as \"%2\"").arg(file.pathInRepo, *path);
        if (seen.contains(*path))
            return QStringLiteral("\"%1\" is added twice").arg(*path);
        seen.insert(*path);
        if (file.sha256.size() != 64 || file.gitSha1.size() != 40)
            return QStringLiteral("%1 was not read (UploadFile::read)").arg(file.localPath);
    }
    for (const QString &deleted : request.deletions) {
        const auto path = RepoPath::check(deleted, &error);
        if (!path)
            return error;
        if (seen.contains(*path))
            return QStringLiteral("\"%1\" is both added and deleted").arg(*path);
        seen.insert(*path);
    }
    return {};
}

HubError CommitUpload::localError(const QString &detail)
{
    HubError error;
    error.kind = HubError::Kind::LocalFile;
    error.detail = detail;
    return error;
}

QUrl CommitUpload::apiUrl(const QString &action) const
{
    const QString revision = QString::fromLatin1(QUrl::toPercentEncoding(m_request.revision));
    return m_client->apiUrl(
        QStringLiteral("/api/%1/%2/%3/%4").arg(repoTypeFolderPrefix(m_request.repoType), m_request.repoId, action, revision));
}

HubClient::RawRequest CommitUpload::jsonRequest(const QByteArray &verb, const QUrl &url, const QJsonObject &body) const
{
    HubClient::RawRequest request;
    request.verb = verb;
    request.url = url;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

HubClient::CallId CommitUpload::call(HubClient::RawRequest request, std::function<void(HubClient::Response)> next)
{
    // The id is known only once sendRaw returns; sendRaw never answers from within.
    auto id = std::make_shared<HubClient::CallId>(0);
    // inContext: a call canceled by the destructor may still answer later, to no one.
    *id = m_client->sendRaw(std::move(request),
                            inContext(this, [this, id, next = std::move(next)](HubClient::Response response, HubError error) {
                                m_calls.remove(*id);
                                if (m_done)
                                    return;
                                if (error.isError()) {
                                    fail(error);
                                    return;
                                }
                                next(std::move(response));
                            }));
    m_calls.insert(*id);
    return *id;
}

void CommitUpload::start()
{
    if (m_started)
        return;
    m_started = true;
    const QString wrong = problem(m_request);
    if (!wrong.isEmpty()) {
        QTimer::singleShot(0, this, [this, wrong] { fail(localError(wrong)); });
        return;
    }
    for (const UploadFile &file : m_request.additions) {
        QString why;
        if (!file.unchangedOnDisk(&why)) {
            QTimer::singleShot(0, this, [this, why] { fail(localError(why)); });
            return;
        }
    }
    if (m_request.additions.isEmpty()) {
        QTimer::singleShot(0, this, [this] { commit(); });
        return;
    }
    m_progress.stage = Stage::Preupload;
    QTimer::singleShot(0, this, [this] {
        if (!m_done)
            preupload(0);
    });
}

void CommitUpload::cancel()
{
    if (m_done || m_committing)
        return;
    HubError error;
    error.kind = HubError::Kind::Canceled;
    fail(error);
}

void CommitUpload::fail(HubError error)
{
    if (m_done)
        return;
    m_done = true;
    // The first failure is the one reported: the others' answers (Canceled) find m_done set.
    cancelCalls();
    qCInfo(lcHub) << "upload to" << m_request.repoId << "stopped:" << error.message();
    Q_EMIT finished(HubResult<Outcome>::failure(std::move(error)));
}

void CommitUpload::succeed()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(HubResult<Outcome>::success(m_outcome));
}

void CommitUpload::preupload(int from)
{
    Q_EMIT progress(m_progress);
    QJsonArray files;
    const int end = std::min<int>(from + kPreuploadChunk, m_request.additions.size());
    for (int i = from; i < end; ++i) {
        const UploadFile &file = m_request.additions[i];
        files.append(QJsonObject{{QStringLiteral("path"), file.pathInRepo},
                                 {QStringLiteral("sample"), QString::fromLatin1(file.sample.toBase64())},
                                 {QStringLiteral("size"), QJsonValue(qint64(file.size))}});
    }
    // preupload changes nothing: safe to try again.
    HubClient::RawRequest request = jsonRequest("POST", apiUrl(QStringLiteral("preupload")), QJsonObject{{QStringLiteral("files"), files}});
    request.idempotent = true;
    call(std::move(request), [this, from, end](HubClient::Response response) {
        const QJsonArray answered = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("files")).toArray();
        if (answered.isEmpty()) {
            fail(HubError::badResponse(QStringLiteral("the preupload answer has no \"files\"")));
            return;
        }
        for (const QJsonValue &value : answered) {
            const QJsonObject entry = value.toObject();
            const QString path = entry.value(QStringLiteral("path")).toString();
            const QString mode = entry.value(QStringLiteral("uploadMode")).toString();
            if (path.isEmpty() || (mode != u"lfs" && mode != u"regular")) {
                fail(HubError::badResponse(QStringLiteral("a preupload entry without a path or an uploadMode of lfs or regular")));
                return;
            }
            m_uploadMode.insert(path, mode);
            if (entry.value(QStringLiteral("shouldIgnore")).toBool())
                m_ignored.insert(path);
            if (entry.value(QStringLiteral("oid")).isString())
                m_remoteOid.insert(path, entry.value(QStringLiteral("oid")).toString());
        }
        for (int i = from; i < end; ++i)
            if (!m_uploadMode.contains(m_request.additions[i].pathInRepo)) {
                fail(HubError::badResponse(QStringLiteral("the preupload answer leaves out %1").arg(m_request.additions[i].pathInRepo)));
                return;
            }
        if (end < m_request.additions.size())
            preupload(end);
        else
            classify();
    });
}

void CommitUpload::classify()
{
    QHash<QString, int> objectIndex;
    for (const UploadFile &file : m_request.additions) {
        // Empty files cannot be LFS objects (storage refuses empty parts): inline, as huggingface_hub does.
        const bool lfs = m_uploadMode.value(file.pathInRepo) == u"lfs" && file.size > 0;
        if (m_ignored.contains(file.pathInRepo)) {
            m_outcome.ignored.append(file.pathInRepo);
            continue;
        }
        const QString remote = m_remoteOid.value(file.pathInRepo);
        if (!remote.isEmpty() && remote == (lfs ? file.sha256 : file.gitSha1)) {
            m_outcome.unchanged.append(file.pathInRepo);
            continue;
        }
        ++m_progress.filesTotal;
        if (!lfs) {
            m_outcome.sentRegular.append(file.pathInRepo);
            continue;
        }
        m_outcome.sentLfs.append(file.pathInRepo);
        m_lfsPaths.insert(file.pathInRepo);
        if (const auto it = objectIndex.constFind(file.sha256); it != objectIndex.constEnd()) {
            m_objects[*it].paths.append(file.pathInRepo);
            continue;
        }
        objectIndex.insert(file.sha256, int(m_objects.size()));
        LfsObject object;
        object.oid = file.sha256;
        object.size = file.size;
        object.localPath = file.localPath;
        object.paths = {file.pathInRepo};
        m_objects.append(object);
        m_progress.bytesTotal += file.size;
    }
    qCDebug(lcHub) << "upload to" << m_request.repoId << ":" << m_outcome.sentRegular.size() << "regular," << m_outcome.sentLfs.size()
                   << "LFS," << m_outcome.unchanged.size() << "unchanged," << m_outcome.ignored.size() << "ignored";
    if (m_progress.filesTotal == 0 && m_request.deletions.isEmpty()) {
        m_outcome.nothingToCommit = true;
        succeed();
        return;
    }
    if (m_objects.isEmpty()) {
        commit();
        return;
    }
    m_progress.stage = Stage::LfsBatch;
    batch(0);
}

void CommitUpload::batch(int from)
{
    Q_EMIT progress(m_progress);
    QJsonArray objects;
    const int end = std::min<int>(from + kBatchChunk, m_objects.size());
    for (int i = from; i < end; ++i)
        objects.append(
            QJsonObject{{QStringLiteral("oid"), m_objects[i].oid}, {QStringLiteral("size"), QJsonValue(qint64(m_objects[i].size))}});
    const QJsonObject body{{QStringLiteral("operation"), QStringLiteral("upload")},
                           {QStringLiteral("transfers"), QJsonArray{QStringLiteral("basic"), QStringLiteral("multipart")}},
                           {QStringLiteral("objects"), objects},
                           {QStringLiteral("hash_algo"), QStringLiteral("sha256")},
                           {QStringLiteral("ref"), QJsonObject{{QStringLiteral("name"), m_request.revision}}}};
    const QUrl url =
        m_client->apiUrl(QStringLiteral("/%1%2.git/info/lfs/objects/batch").arg(repoUrlPrefix(m_request.repoType), m_request.repoId));
    HubClient::RawRequest request = jsonRequest("POST", url, body);
    request.contentType = kLfsMediaType;
    request.accept = kLfsMediaType;
    request.idempotent = true; // it only hands out upload URLs
    call(std::move(request), [this, from, end](HubClient::Response response) {
        const QJsonArray answered = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("objects")).toArray();
        QHash<QString, QJsonObject> byOid;
        for (const QJsonValue &value : answered)
            byOid.insert(value.toObject().value(QStringLiteral("oid")).toString(), value.toObject());
        for (int i = from; i < end; ++i) {
            LfsObject &object = m_objects[i];
            const auto it = byOid.constFind(object.oid);
            if (it == byOid.constEnd()) {
                fail(HubError::badResponse(QStringLiteral("the LFS batch answer leaves out %1").arg(object.paths.first())));
                return;
            }
            if (it->contains(QStringLiteral("error"))) {
                // The Hub refuses this object (too large, say): its code and words, naming the file.
                const QJsonObject why = it->value(QStringLiteral("error")).toObject();
                HubError error;
                error.kind = HubError::Kind::HttpError;
                error.httpStatus = why.value(QStringLiteral("code")).toInt();
                error.hubMessage = HubError::boundedHubMessage(object.paths.first() + QStringLiteral(": ") +
                                                               why.value(QStringLiteral("message")).toString());
                fail(error);
                return;
            }
            object.actions = it->value(QStringLiteral("actions")).toObject();
        }
        if (end < m_objects.size()) {
            batch(end);
            return;
        }
        m_progress.stage = Stage::Uploading;
        if (plan())
            pump();
    });
}

// Reads every object's actions into the PUTs to make, before any is made: a batch answer that
// does not add up stops the upload with nothing sent.
bool CommitUpload::plan()
{
    QList<int> ready; // stored already, or only to verify
    for (int i = 0; i < m_objects.size(); ++i) {
        LfsObject &object = m_objects[i];
        const QJsonObject upload = object.actions.value(QStringLiteral("upload")).toObject();
        if (object.actions.isEmpty() || upload.isEmpty()) {
            ready.append(i);
            continue;
        }
        const QUrl href(upload.value(QStringLiteral("href")).toString());
        if (!href.isValid() || href.isRelative()) {
            fail(HubError::badResponse(QStringLiteral("the LFS batch answer has no upload address for %1").arg(object.paths.first())));
            return false;
        }
        const QJsonObject header = upload.value(QStringLiteral("header")).toObject();
        if (!header.contains(QStringLiteral("chunk_size"))) {
            m_waiting.append(Transfer{i, -1, 0, object.size, 0, 0});
            continue;
        }
        bool ok = false;
        const qint64 chunkSize = header.value(QStringLiteral("chunk_size")).toString().toLongLong(&ok);
        if (!ok || chunkSize <= 0) {
            fail(HubError::badResponse(QStringLiteral("an LFS multipart chunk_size that is not a positive number")));
            return false;
        }
        QList<std::pair<int, QString>> numbered;
        for (auto it = header.constBegin(); it != header.constEnd(); ++it) {
            bool number = false;
            const int part = it.key().toInt(&number);
            if (number && part > 0)
                numbered.append({part, it.value().toString()});
        }
        std::sort(numbered.begin(), numbered.end());
        const qint64 expected = (object.size + chunkSize - 1) / chunkSize;
        if (numbered.size() != expected || numbered.last().first != expected) {
            fail(HubError::badResponse(QStringLiteral("%1 multipart part URLs for %2, which needs %3 parts of %4 bytes")
                                           .arg(numbered.size())
                                           .arg(object.paths.first())
                                           .arg(expected)
                                           .arg(chunkSize)));
            return false;
        }
        object.chunkSize = chunkSize;
        for (const auto &[part, url] : numbered) {
            const QUrl partUrl(url);
            if (!partUrl.isValid() || partUrl.isRelative()) {
                fail(HubError::badResponse(
                    QStringLiteral("the LFS batch answer has no address for part %1 of %2").arg(part).arg(object.paths.first())));
                return false;
            }
            object.partUrls.append(url);
        }
        object.etags = QStringList(object.partUrls.size(), QString());
        for (int part = 0; part < object.partUrls.size(); ++part) {
            const qint64 offset = chunkSize * part;
            const qint64 length = std::min(chunkSize, object.size - offset);
            // Stored by an earlier upload in this process, at this very URL: not sent again.
            const QString etag = StoredParts::instance().find(StoredParts::key(object.oid, chunkSize, part + 1, object.partUrls[part]));
            if (!etag.isEmpty()) {
                object.etags[part] = etag;
                m_bytesStored += length;
                continue;
            }
            ++object.partsLeft;
            m_waiting.append(Transfer{i, part, offset, length, 0, 0});
        }
        if (object.partsLeft == 0)
            ready.append(i);
    }
    for (const int i : ready) {
        if (m_done)
            return false;
        const LfsObject &object = m_objects[i];
        if (!object.partUrls.isEmpty()) {
            complete(i);
            continue;
        }
        // The store has it already (no actions), or only wants it verified.
        m_bytesStored += object.size;
        verify(i);
    }
    return !m_done;
}

// Starts PUTs in order while fewer than Request::concurrency are in flight, passing over the
// parts of an object that has Request::partsAtOnce in flight already.
void CommitUpload::pump()
{
    for (qsizetype i = 0; !m_done && m_running.size() < m_request.concurrency && i < m_waiting.size();) {
        const Transfer &next = m_waiting[i];
        if (next.part >= 0 && partsInFlight(next.object) >= m_request.partsAtOnce) {
            ++i;
            continue;
        }
        startTransfer(m_waiting.takeAt(i));
    }
    reportProgress();
}

int CommitUpload::partsInFlight(int object) const
{
    return int(std::count_if(m_running.cbegin(), m_running.cend(),
                             [object](const Transfer &transfer) { return transfer.object == object && transfer.part >= 0; }));
}

void CommitUpload::startTransfer(Transfer transfer)
{
    LfsObject &object = m_objects[transfer.object];
    if (!object.checked) {
        QString why;
        for (const UploadFile &file : m_request.additions)
            if (file.sha256 == object.oid && file.localPath == object.localPath && !file.unchangedOnDisk(&why)) {
                fail(localError(why));
                return;
            }
        object.checked = true;
    }
    m_running.append(transfer);
    launch(transfer.object, transfer.part);
}

CommitUpload::Transfer *CommitUpload::running(int object, int part)
{
    for (Transfer &transfer : m_running)
        if (transfer.object == object && transfer.part == part)
            return &transfer;
    return nullptr;
}

// One try of a PUT in m_running (StoragePut, on libcurl). A try that fails in a way another may mend
// goes again after a growing pause, as HubClient's calls do; the others' fail the upload.
void CommitUpload::launch(int object, int part)
{
    Transfer *transfer = running(object, part);
    const LfsObject &lfs = m_objects[object];
    const QJsonObject upload = lfs.actions.value(QStringLiteral("upload")).toObject();
    StoragePut::Request request;
    request.url = QUrl(part < 0 ? upload.value(QStringLiteral("href")).toString() : lfs.partUrls[part]);
    if (!HubCredentials::isSafeEndpoint(request.url.toString())) {
        HubError error;
        error.kind = HubError::Kind::InsecureEndpoint;
        error.detail = request.url.host();
        fail(error);
        return;
    }
    // A part's URL is signed for it alone: the action's headers (part URLs, chunk_size) are not for it.
    if (part < 0)
        request.headers = actionHeaders(upload, false);
    request.path = lfs.localPath;
    request.fileSize = lfs.size;
    request.offset = transfer->offset;
    request.length = transfer->length;
    const HubClient::Options &options = m_client->options();
    request.stallMs = options.timeoutMs;
    // As HubClient bounds a streamed body: twice the timeout, and the body's time at the slowest rate still counted as progress.
    request.deadline = QDeadlineTimer(2LL * options.timeoutMs + transfer->length * 1000 / HubClient::kMinUploadBytesPerSecond);
    ++transfer->tries;
    transfer->sent = 0;
    auto *put = new StoragePut(std::move(request), this);
    transfer->put = put;
    connect(put, &StoragePut::progress, this, [this, object, part](qint64 sent, qint64) {
        if (Transfer *t = running(object, part)) {
            t->sent = sent;
            reportProgress();
        }
    });
    connect(put, &StoragePut::finished, this, [this, object, part, put](const HubClient::Response &response, const HubError &error) {
        put->deleteLater();
        Transfer *t = running(object, part);
        if (m_done || !t)
            return;
        t->put = nullptr;
        if (!error.isError()) {
            for (qsizetype i = 0; i < m_running.size(); ++i)
                if (&m_running[i] == t) {
                    transferDone(m_running.takeAt(i), response);
                    return;
                }
        }
        const bool retryable = error.kind == HubError::Kind::RateLimited || error.kind == HubError::Kind::ServerError ||
                               error.kind == HubError::Kind::ConnectionFailed || error.kind == HubError::Kind::Timeout;
        const HubClient::Options &options = m_client->options();
        if (!retryable || t->tries > options.maxRetries) {
            fail(error);
            return;
        }
        int backoff = options.firstBackoffMs << (t->tries - 1);
        if ((error.kind == HubError::Kind::RateLimited || error.kind == HubError::Kind::ServerError) && error.retryAfterSeconds > 0)
            backoff = error.retryAfterSeconds * 1000;
        qCDebug(lcHub) << "retrying the PUT of" << m_objects[object].paths.first() << "part" << part + 1 << "in" << backoff
                       << "ms:" << error.message();
        Q_EMIT retrying(m_objects[object].paths.first(), part, t->tries + 1, options.maxRetries + 1, error, backoff);
        t->sent = 0; // this try's bytes go again
        reportProgress();
        QTimer::singleShot(backoff, this, [this, object, part] {
            if (!m_done && running(object, part))
                launch(object, part);
        });
    });
    put->start();
}

void CommitUpload::transferDone(const Transfer &transfer, const HubClient::Response &response)
{
    LfsObject &object = m_objects[transfer.object];
    if (transfer.part >= 0) {
        const QByteArray etag = response.header("ETag");
        if (etag.isEmpty()) {
            fail(HubError::badResponse(QStringLiteral("no ETag for part %1 of %2").arg(transfer.part + 1).arg(object.paths.first())));
            return;
        }
        object.etags[transfer.part] = QString::fromLatin1(etag);
        StoredParts::instance().remember(StoredParts::key(object.oid, object.chunkSize, transfer.part + 1, object.partUrls[transfer.part]),
                                         object.etags[transfer.part]);
    }
    m_bytesStored += transfer.length;
    m_outcome.lfsBytesUploaded += transfer.length;
    if (transfer.part < 0)
        verify(transfer.object);
    else if (--object.partsLeft == 0)
        complete(transfer.object);
    pump();
}

// Every part is there: the completion call assembles them.
void CommitUpload::complete(int index)
{
    const LfsObject &object = m_objects[index];
    QJsonArray parts;
    for (int part = 0; part < object.etags.size(); ++part)
        parts.append(QJsonObject{{QStringLiteral("partNumber"), part + 1}, {QStringLiteral("etag"), object.etags[part]}});
    const QJsonObject upload = object.actions.value(QStringLiteral("upload")).toObject();
    HubClient::RawRequest request = jsonRequest("POST", QUrl(upload.value(QStringLiteral("href")).toString()),
                                                QJsonObject{{QStringLiteral("oid"), object.oid}, {QStringLiteral("parts"), parts}});
    request.anyOrigin = true;
    request.idempotent = true;
    request.contentType = kLfsMediaType;
    request.accept = kLfsMediaType;
    const QString oid = object.oid;
    // Assembled or refused, the parts are not to be used again: either the object is there, or
    // the store does not take them (it may have dropped the upload), and the next upload sends
    // them all.
    auto id = std::make_shared<HubClient::CallId>(0);
    *id = m_client->sendRaw(std::move(request), inContext(this, [this, id, index, oid](HubClient::Response, HubError error) {
                                m_calls.remove(*id);
                                if (!error.isError() || (error.kind != HubError::Kind::Canceled && error.httpStatus / 100 == 4))
                                    StoredParts::instance().forget(oid);
                                if (m_done)
                                    return;
                                if (error.isError()) {
                                    fail(error);
                                    return;
                                }
                                verify(index);
                            }));
    m_calls.insert(*id);
}

void CommitUpload::reportProgress()
{
    qint64 sent = m_bytesStored;
    for (const Transfer &running : std::as_const(m_running))
        sent += running.sent;
    m_progress.bytesSent = std::min(sent, m_progress.bytesTotal);
    Q_EMIT progress(m_progress);
}

void CommitUpload::verify(int index)
{
    const LfsObject &object = m_objects[index];
    const QJsonObject action = object.actions.value(QStringLiteral("verify")).toObject();
    if (action.isEmpty()) {
        objectStored(index);
        return;
    }
    const QUrl href(action.value(QStringLiteral("href")).toString());
    HubClient::RawRequest request = jsonRequest(
        "POST", href, QJsonObject{{QStringLiteral("oid"), object.oid}, {QStringLiteral("size"), QJsonValue(qint64(object.size))}});
    // The Hub's own verify endpoint wants the token; anywhere else gets only the action's headers.
    request.anyOrigin = !HubOrigin::isSame(href, QUrl(m_client->options().endpoint));
    request.contentType = kLfsMediaType;
    request.accept = kLfsMediaType;
    request.headers = actionHeaders(action, false);
    request.idempotent = true;
    call(std::move(request), [this, index](HubClient::Response) { objectStored(index); });
}

void CommitUpload::objectStored(int index)
{
    m_progress.filesDone += int(m_objects[index].paths.size());
    ++m_objectsStored;
    reportProgress();
    if (m_objectsStored == m_objects.size())
        commit();
}

std::optional<QByteArray> CommitUpload::commitBody(const Request &request, const QSet<QString> &lfs, const QSet<QString> &skipped,
                                                   HubError *error)
{
    auto line = [](const char *key, const QJsonObject &value) {
        return QJsonDocument(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(key)}, {QStringLiteral("value"), value}})
                   .toJson(QJsonDocument::Compact) +
               '\n';
    };
    QJsonObject header{{QStringLiteral("summary"), request.summary}, {QStringLiteral("description"), request.description}};
    if (!request.parentCommit.isEmpty())
        header.insert(QStringLiteral("parentCommit"), request.parentCommit);
    QByteArray body = line("header", header);
    for (const UploadFile &file : request.additions) {
        if (skipped.contains(file.pathInRepo))
            continue;
        if (lfs.contains(file.pathInRepo)) {
            body += line("lfsFile", QJsonObject{{QStringLiteral("path"), file.pathInRepo},
                                                {QStringLiteral("algo"), QStringLiteral("sha256")},
                                                {QStringLiteral("oid"), file.sha256},
                                                {QStringLiteral("size"), QJsonValue(qint64(file.size))}});
            continue;
        }
        QFile local(file.localPath);
        if (!local.open(QIODevice::ReadOnly)) {
            *error = localError(QStringLiteral("%1: %2").arg(file.localPath, local.errorString()));
            return std::nullopt;
        }
        const QByteArray content = local.read(file.size + 1);
        // What goes in the commit must be what preupload was told and compared.
        if (content.size() != file.size || UploadFile::gitBlobId(content) != file.gitSha1) {
            *error = localError(QStringLiteral("%1: it changed since it was read").arg(file.localPath));
            return std::nullopt;
        }
        body += line("file", QJsonObject{{QStringLiteral("content"), QString::fromLatin1(content.toBase64())},
                                         {QStringLiteral("path"), file.pathInRepo},
                                         {QStringLiteral("encoding"), QStringLiteral("base64")}});
    }
    for (const QString &path : request.deletions)
        body += line("deletedFile", QJsonObject{{QStringLiteral("path"), path}});
    return body;
}

void CommitUpload::commit()
{
    if (m_done)
        return;
    m_progress.stage = Stage::Committing;
    Q_EMIT progress(m_progress);
    for (const UploadFile &file : m_request.additions) {
        QString why;
        if (!m_ignored.contains(file.pathInRepo) && !m_outcome.unchanged.contains(file.pathInRepo) && !file.unchangedOnDisk(&why)) {
            fail(localError(why));
            return;
        }
    }
    QSet<QString> skipped(m_ignored);
    for (const QString &path : std::as_const(m_outcome.unchanged))
        skipped.insert(path);
    HubError error;
    const std::optional<QByteArray> body = commitBody(m_request, m_lfsPaths, skipped, &error);
    if (!body) {
        fail(error);
        return;
    }
    HubClient::RawRequest request;
    request.verb = "POST";
    request.url = apiUrl(QStringLiteral("commit"));
    request.body = *body;
    request.contentType = "application/x-ndjson";
    request.idempotent = false; // a retry after a lost answer would commit twice
    m_committing = true;
    auto id = std::make_shared<HubClient::CallId>(0);
    *id = m_client->sendRaw(std::move(request), inContext(this, [this, id](HubClient::Response response, HubError error) {
                                m_calls.remove(*id);
                                if (m_done)
                                    return;
                                if (error.isError()) {
                                    if (error.httpStatus == 409 || error.httpStatus == 412) {
                                        const int status = error.httpStatus;
                                        const QString words = error.hubMessage;
                                        error = {};
                                        error.kind = HubError::Kind::RepoChanged;
                                        error.httpStatus = status;
                                        error.hubMessage = words;
                                    }
                                    fail(error);
                                    return;
                                }
                                const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
                                m_outcome.commitUrl = answer.value(QStringLiteral("commitUrl")).toString();
                                m_outcome.commitOid = answer.value(QStringLiteral("commitOid")).toString();
                                if (m_outcome.commitOid.isEmpty()) {
                                    fail(HubError::badResponse(QStringLiteral("the commit answer has no \"commitOid\"")));
                                    return;
                                }
                                m_progress.filesDone = m_progress.filesTotal;
                                Q_EMIT progress(m_progress);
                                succeed();
                            }));
    m_calls.insert(*id);
}

} // namespace hubdeck
