// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "BlobVerifier.h"

#include "PosixFs.h"
#include "QuietFile.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtConcurrent>

#include <cerrno>
#include <fcntl.h>
#include <limits>
#include <openssl/evp.h>
#include <unistd.h>

namespace hubdeck {

namespace {

bool isHex(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

struct DigestContext
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    ~DigestContext() { EVP_MD_CTX_free(context); }
};

} // namespace

QList<BlobVerifier::Item> BlobVerifier::itemsFor(const CacheScan &scan, const QSet<QString> &cacheIds, const QSet<RevisionKey> &revisions,
                                                 int *skipped)
{
    QList<Item> items;
    int notHashes = 0;
    const bool everything = cacheIds.isEmpty() && revisions.isEmpty();
    for (const CachedRepo &repo : scan.repos) {
        const bool wholeRepo = everything || cacheIds.contains(repo.cacheId().toLower());
        QHash<int, QStringList> usedBy;
        QHash<int, QList<std::pair<QString, QString>>> files;
        for (const CachedRevision &revision : repo.revisions) {
            if (!wholeRepo && !revisions.contains(repo.key(revision)))
                continue;
            for (const CachedFile &file : revision.files) {
                QStringList &list = usedBy[file.blob];
                if (!list.contains(revision.commitHash))
                    list.append(revision.commitHash);
                files[file.blob].append({revision.commitHash, file.relativePath});
            }
        }
        for (auto it = usedBy.cbegin(); it != usedBy.cend(); ++it) {
            const CachedBlob &blob = repo.blobs[it.key()];
            const QString name = blob.location == CachedBlob::Location::RepoBlobs ? QString::fromLatin1(blob.name.bytes()) : QString();
            if ((name.size() != 64 && name.size() != 40) || !isHex(name)) {
                ++notHashes;
                continue;
            }
            items.append(
                {repo.cacheId(), repo.blobPath(blob), name, blob.size, it.value(), repo.repoPath, files.value(it.key()), repo.folderName});
        }
    }
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.blobPath < b.blobPath; });
    if (skipped)
        *skipped = notHashes;
    return items;
}

QByteArray BlobVerifier::digest(const QString &path, bool gitBlob, const std::function<bool()> &isCanceled, QString *error,
                                qint64 *bytesRead)
{
    QuietFile file;
    if (!file.open(path)) {
        *error = file.errorString();
        return {};
    }
    return digest(file, gitBlob, isCanceled, error, bytesRead);
}

QByteArray BlobVerifier::digest(QuietFile &file, bool gitBlob, const std::function<bool()> &isCanceled, QString *error, qint64 *bytesRead)
{
    const int fd = file.handle();
    const struct stat &st = file.status();
#ifdef POSIX_FADV_SEQUENTIAL
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    DigestContext ctx;
    if (!ctx.context || EVP_DigestInit_ex(ctx.context, gitBlob ? EVP_sha1() : EVP_sha256(), nullptr) != 1) {
        *error = QStringLiteral("no digest available");
        return {};
    }
    if (gitBlob) {
        const QByteArray header = "blob " + QByteArray::number(qint64(st.st_size)) + '\0';
        EVP_DigestUpdate(ctx.context, header.constData(), size_t(header.size()));
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (isCanceled && isCanceled()) {
            *error = QStringLiteral("canceled");
            return {};
        }
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            *error = PosixFs::errorString(file.error());
            return {};
        }
        if (n == 0)
            break;
        EVP_DigestUpdate(ctx.context, buffer.constData(), size_t(n));
        if (bytesRead)
            *bytesRead += n;
    }
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx.context, out, &length);
    return QByteArray(reinterpret_cast<const char *>(out), int(length)).toHex();
}

std::optional<QHash<QString, qint64>> BlobVerifier::treeSizes(const QString &repoPath, const QString &commit)
{
    // hf writes trees/ itself, as plain files: a link there is not its doing.
    const auto bytes = QuietFile::readHead(repoPath + QStringLiteral("/trees/") + commit + QStringLiteral(".json"), kMaxTreeBytes + 1,
                                           nullptr, nullptr, QuietFile::Links::Refuse);
    if (!bytes || bytes->size() > kMaxTreeBytes)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes);
    const QJsonValue files = document.object().value(QStringLiteral("files"));
    if (!document.isObject() || !files.isObject())
        return std::nullopt;
    QHash<QString, qint64> sizes;
    const QJsonObject object = files.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        // An LFS file's own size is lfs_size where recorded (size may then be the pointer's).
        const QJsonObject entry = it.value().toObject();
        const QJsonValue lfsSize = entry.value(QStringLiteral("lfs_size"));
        const QJsonValue size = lfsSize.isDouble() ? lfsSize : entry.value(QStringLiteral("size"));
        if (size.isDouble() && size.toDouble() >= 0 && size.toDouble() < 9e15)
            sizes.insert(it.key(), qint64(size.toDouble()));
    }
    return sizes;
}

VerifyReport BlobVerifier::verify(const QList<Item> &items, QPromise<VerifyReport> *promise, const std::function<bool()> &isCanceled)
{
    VerifyReport report;
    auto canceled = [&] { return (promise && promise->isCanceled()) || (isCanceled && isCanceled()); };
    qint64 total = 0;
    for (const Item &item : items)
        total += item.size;
    // Progress in KiB, or MiB past 2 TiB, keeps the range inside an int; the text carries
    // the exact figures (BlobVerifier::kProgressText).
    const int shift = (total >> 10) < qint64(std::numeric_limits<int>::max() - 1) ? 10 : 20;
    if (promise)
        promise->setProgressRange(0, int(total >> shift) + 1);
    int done = 0;
    QHash<QString, std::optional<QHash<QString, qint64>>> trees; // repoPath + '/' + commit
    for (const Item &item : items) {
        if (canceled()) {
            report.canceled = true;
            break;
        }
        QuietFile file;
        if (!file.open(item.blobPath)) {
            const bool missing = file.isMissing();
            report.problems.append({missing ? VerifyReport::Problem::Kind::Missing : VerifyReport::Problem::Kind::Unreadable, item.cacheId,
                                    item.blobPath,
                                    missing               ? QStringLiteral("missing: %1").arg(file.errorString())
                                    : file.isNotRegular() ? file.errorString()
                                                          : QStringLiteral("unreadable: %1").arg(file.errorString()),
                                    item.revisions, item.repoFolder, item.files});
            continue;
        }
        // What trees/<commit>.json says each file linking here weighs.
        QStringList sizeNotes, sizeRevisions;
        for (const auto &[commit, path] : item.files) {
            const QString key = item.repoPath + u'/' + commit;
            auto tree = trees.constFind(key);
            if (tree == trees.cend())
                tree = trees.insert(key, treeSizes(item.repoPath, commit));
            if (!tree.value())
                continue;
            const auto recorded = tree.value()->constFind(path);
            if (recorded == tree.value()->cend() || recorded.value() == file.size())
                continue;
            sizeNotes.append(QStringLiteral("trees/%1.json records %2 bytes for %3").arg(commit).arg(recorded.value()).arg(path));
            if (!sizeRevisions.contains(commit))
                sizeRevisions.append(commit);
        }
        QString error;
        const QByteArray actual = digest(file, item.expected.size() == 40, canceled, &error, &report.bytesRead);
        const qint64 size = file.size();
        file.close();
        ++done;
        if (promise)
            promise->setProgressValueAndText(int(report.bytesRead >> shift),
                                             QStringLiteral("%1 %2 %3 %4").arg(report.bytesRead).arg(total).arg(done).arg(items.size()));
        if (actual.isEmpty()) {
            if (error == u"canceled") {
                report.canceled = true;
                break;
            }
            report.problems.append({VerifyReport::Problem::Kind::Unreadable, item.cacheId, item.blobPath,
                                    QStringLiteral("unreadable: %1").arg(error), item.revisions, item.repoFolder, item.files});
            continue;
        }
        ++report.checked;
        const QString sizeNote = sizeNotes.join(QStringLiteral("; "));
        if (QString::fromLatin1(actual) != item.expected) {
            QString message =
                size != item.size
                    ? QStringLiteral("content does not match its hash (size %1, was %2 when scanned)").arg(size).arg(item.size)
                    : QStringLiteral("content does not match its hash (got %1)").arg(QString::fromLatin1(actual));
            if (!sizeNote.isEmpty())
                message += QStringLiteral("; ") + sizeNote;
            report.problems.append(
                {VerifyReport::Problem::Kind::Mismatch, item.cacheId, item.blobPath, message, item.revisions, item.repoFolder, item.files});
        } else if (!sizeNote.isEmpty()) {
            // The bytes are what the name promises, but not what the revision lists for that
            // file: the snapshot links to the wrong blob, or the blob was replaced under its name.
            QList<std::pair<QString, QString>> files;
            for (const auto &file : item.files)
                if (sizeRevisions.contains(file.first))
                    files.append(file);
            report.problems.append({VerifyReport::Problem::Kind::Mismatch, item.cacheId, item.blobPath,
                                    QStringLiteral("size %1 bytes, but %2").arg(size).arg(sizeNote), sizeRevisions, item.repoFolder,
                                    files});
        }
    }
    return report;
}

QFuture<VerifyReport> BlobVerifier::verifyAsync(QList<Item> items, std::shared_ptr<std::atomic_bool> cancel)
{
    return QtConcurrent::run([items = std::move(items), cancel](QPromise<VerifyReport> &promise) {
        promise.addResult(verify(items, &promise, [cancel] { return cancel && cancel->load(); }));
    });
}

} // namespace hubdeck
