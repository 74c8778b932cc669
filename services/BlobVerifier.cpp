#include "BlobVerifier.h"

#include "PosixFs.h"

#include <QHash>
#include <QRegularExpression>
#include <QtConcurrent>

#include <cerrno>
#include <fcntl.h>
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
        for (const CachedRevision &revision : repo.revisions) {
            if (!wholeRepo && !revisions.contains(repo.key(revision)))
                continue;
            for (const CachedFile &file : revision.files) {
                QStringList &list = usedBy[file.blob];
                if (!list.contains(revision.commitHash))
                    list.append(revision.commitHash);
            }
        }
        for (auto it = usedBy.cbegin(); it != usedBy.cend(); ++it) {
            const CachedBlob &blob = repo.blobs[it.key()];
            const QString name = blob.location == CachedBlob::Location::RepoBlobs ? QString::fromLatin1(blob.name) : QString();
            if ((name.size() != 64 && name.size() != 40) || !isHex(name)) {
                ++notHashes;
                continue;
            }
            items.append({repo.cacheId(), repo.blobPath(blob), name, blob.size, it.value(), repo.folderName});
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
    UniqueFd fd(::open(PosixFs::encode(path).constData(), O_RDONLY | O_CLOEXEC));
    if (!fd.isValid()) {
        *error = PosixFs::errorString(errno);
        return {};
    }
    struct stat st
    {
    };
    if (::fstat(fd.get(), &st) != 0) {
        *error = PosixFs::errorString(errno);
        return {};
    }
#ifdef POSIX_FADV_SEQUENTIAL
    ::posix_fadvise(fd.get(), 0, 0, POSIX_FADV_SEQUENTIAL);
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
        const ssize_t n = ::read(fd.get(), buffer.data(), size_t(buffer.size()));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *error = PosixFs::errorString(errno);
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

VerifyReport BlobVerifier::verify(const QList<Item> &items, QPromise<VerifyReport> *promise, const std::function<bool()> &isCanceled)
{
    VerifyReport report;
    auto canceled = [&] { return (promise && promise->isCanceled()) || (isCanceled && isCanceled()); };
    qint64 total = 0;
    for (const Item &item : items)
        total += item.size;
    // Progress in MiB keeps the range inside an int for terabyte caches.
    if (promise)
        promise->setProgressRange(0, int(total >> 20) + 1);
    for (const Item &item : items) {
        if (canceled()) {
            report.canceled = true;
            break;
        }
        struct stat st
        {
        };
        if (::stat(PosixFs::encode(item.blobPath).constData(), &st) != 0) {
            report.problems.append({VerifyReport::Problem::Kind::Missing, item.cacheId, item.blobPath,
                                    QStringLiteral("missing: %1").arg(PosixFs::errorString(errno)), item.revisions, item.repoFolder});
            continue;
        }
        QString error;
        const QByteArray actual = digest(item.blobPath, item.expected.size() == 40, canceled, &error, &report.bytesRead);
        if (promise)
            promise->setProgressValue(int(report.bytesRead >> 20));
        if (actual.isEmpty()) {
            if (error == u"canceled") {
                report.canceled = true;
                break;
            }
            report.problems.append({VerifyReport::Problem::Kind::Unreadable, item.cacheId, item.blobPath,
                                    QStringLiteral("unreadable: %1").arg(error), item.revisions, item.repoFolder});
            continue;
        }
        ++report.checked;
        if (QString::fromLatin1(actual) != item.expected)
            report.problems.append(
                {VerifyReport::Problem::Kind::Mismatch, item.cacheId, item.blobPath,
                 st.st_size != item.size
                     ? QStringLiteral("content does not match its hash (size %1, was %2 when scanned)").arg(st.st_size).arg(item.size)
                     : QStringLiteral("content does not match its hash (got %1)").arg(QString::fromLatin1(actual)),
                 item.revisions, item.repoFolder});
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
