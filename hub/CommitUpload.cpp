// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CommitUpload.h"

#include "FileSlice.h"
#include "HubLogging.h"
#include "HubOrigin.h"
#include "RepoPath.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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

} // namespace

CommitUpload::CommitUpload(HubClient *client, Request request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
{}

CommitUpload::~CommitUpload()
{
    m_done = true; // the canceled call's callback must not reach a half-destroyed object
    if (m_call != 0)
        m_client->cancel(m_call);
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

void CommitUpload::call(HubClient::RawRequest request, std::function<void(HubClient::Response)> next)
{
    // inContext: a call canceled by the destructor may still answer later, to no one.
    m_call =
        m_client->sendRaw(std::move(request), inContext(this, [this, next = std::move(next)](HubClient::Response response, HubError error) {
                              m_call = 0;
                              if (m_done)
                                  return;
                              if (error.isError()) {
                                  fail(error);
                                  return;
                              }
                              next(std::move(response));
                          }));
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
    if (m_call != 0) {
        m_client->cancel(m_call); // its callback reports Canceled
        return;
    }
    HubError error;
    error.kind = HubError::Kind::Canceled;
    fail(error);
}

void CommitUpload::fail(HubError error)
{
    if (m_done)
        return;
    m_done = true;
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
        m_objects.append({file.sha256, file.size, file.localPath, {file.pathInRepo}, {}});
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
        uploadNext();
    });
}

void CommitUpload::uploadNext()
{
    Q_EMIT progress(m_progress);
    if (m_nextObject >= m_objects.size()) {
        commit();
        return;
    }
    const LfsObject &object = m_objects[m_nextObject];
    QString why;
    for (const UploadFile &file : m_request.additions)
        if (file.sha256 == object.oid && file.localPath == object.localPath && !file.unchangedOnDisk(&why)) {
            fail(localError(why));
            return;
        }
    const QJsonObject upload = object.actions.value(QStringLiteral("upload")).toObject();
    if (object.actions.isEmpty() || upload.isEmpty()) {
        // The store has it already (no actions), or only wants it verified.
        if (object.actions.contains(QStringLiteral("verify")))
            verify(object);
        else
            objectStored(object);
        return;
    }
    const QUrl href(upload.value(QStringLiteral("href")).toString());
    if (!href.isValid() || href.isRelative()) {
        fail(HubError::badResponse(QStringLiteral("the LFS batch answer has no upload address for %1").arg(object.paths.first())));
        return;
    }
    const QJsonObject header = upload.value(QStringLiteral("header")).toObject();
    if (!header.contains(QStringLiteral("chunk_size"))) {
        uploadBasic(object, upload);
        return;
    }
    bool ok = false;
    const qint64 chunkSize = header.value(QStringLiteral("chunk_size")).toString().toLongLong(&ok);
    if (!ok || chunkSize <= 0) {
        fail(HubError::badResponse(QStringLiteral("an LFS multipart chunk_size that is not a positive number")));
        return;
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
        return;
    }
    QStringList urls;
    for (const auto &[part, url] : numbered)
        urls.append(url);
    uploadParts(object, upload, chunkSize, urls, 0, {});
}

void CommitUpload::uploadBasic(const LfsObject &object, const QJsonObject &upload)
{
    HubClient::RawRequest request;
    request.verb = "PUT";
    request.url = QUrl(upload.value(QStringLiteral("href")).toString());
    request.anyOrigin = true;
    request.idempotent = true; // the same bytes to the same place
    request.contentType = "application/octet-stream";
    request.accept = "*/*";
    request.headers = actionHeaders(upload, false);
    request.deviceSize = object.size;
    request.device = [path = object.localPath, size = object.size](QString *error) { return FileSlice::open(path, size, 0, size, error); };
    request.progress = [this](qint64 sent, qint64 total) { reportSent(sent, total); };
    call(std::move(request), [this, object](HubClient::Response) {
        m_bytesBeforeCall += object.size;
        m_outcome.lfsBytesUploaded += object.size;
        verify(object);
    });
}

void CommitUpload::uploadParts(const LfsObject &object, const QJsonObject &upload, qint64 chunkSize, QStringList urls, int index,
                               QJsonArray parts)
{
    if (index == urls.size()) {
        // Every part is there: the completion call assembles them.
        HubClient::RawRequest request = jsonRequest("POST", QUrl(upload.value(QStringLiteral("href")).toString()),
                                                    QJsonObject{{QStringLiteral("oid"), object.oid}, {QStringLiteral("parts"), parts}});
        request.anyOrigin = true;
        request.idempotent = true;
        request.contentType = kLfsMediaType;
        request.accept = kLfsMediaType;
        call(std::move(request), [this, object](HubClient::Response) { verify(object); });
        return;
    }
    const qint64 offset = chunkSize * index;
    const qint64 length = std::min(chunkSize, object.size - offset);
    HubClient::RawRequest request;
    request.verb = "PUT";
    request.url = QUrl(urls[index]);
    request.anyOrigin = true;
    request.idempotent = true;
    request.contentType = "application/octet-stream";
    request.accept = "*/*";
    request.deviceSize = length;
    request.device = [path = object.localPath, size = object.size, offset, length](QString *error) {
        return FileSlice::open(path, size, offset, length, error);
    };
    request.progress = [this](qint64 sent, qint64 total) { reportSent(sent, total); };
    call(std::move(request), [this, object, upload, chunkSize, urls, index, parts, length](HubClient::Response response) mutable {
        const QByteArray etag = response.header("ETag");
        if (etag.isEmpty()) {
            fail(HubError::badResponse(QStringLiteral("no ETag for part %1 of %2").arg(index + 1).arg(object.paths.first())));
            return;
        }
        m_bytesBeforeCall += length;
        m_outcome.lfsBytesUploaded += length;
        parts.append(QJsonObject{{QStringLiteral("partNumber"), index + 1}, {QStringLiteral("etag"), QString::fromLatin1(etag)}});
        uploadParts(object, upload, chunkSize, urls, index + 1, parts);
    });
}

void CommitUpload::reportSent(qint64 sent, qint64 total)
{
    // Qt reports (0, 0) once a body is sent: not a step back.
    if (total <= 0)
        return;
    m_progress.bytesSent = m_bytesBeforeCall + sent;
    Q_EMIT progress(m_progress);
}

void CommitUpload::verify(const LfsObject &object)
{
    const QJsonObject action = object.actions.value(QStringLiteral("verify")).toObject();
    if (action.isEmpty()) {
        objectStored(object);
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
    call(std::move(request), [this, object](HubClient::Response) { objectStored(object); });
}

void CommitUpload::objectStored(const LfsObject &object)
{
    m_progress.filesDone += int(object.paths.size());
    m_progress.bytesSent = std::max(m_progress.bytesSent, m_bytesBeforeCall);
    ++m_nextObject;
    uploadNext();
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
    m_call = m_client->sendRaw(std::move(request), inContext(this, [this](HubClient::Response response, HubError error) {
                                   m_call = 0;
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
}

} // namespace hubdeck
