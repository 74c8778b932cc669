#include "SharedBlobStore.h"

#include "Logging.h"
#include "PosixFs.h"

#include <QDir>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <sys/file.h>

namespace hubdeck {

namespace {
constexpr auto markerName = ".huggingface-shared-blobs";
constexpr qint64 maxManifestBytes = 64 * 1024 * 1024;
constexpr auto lockTimeout = std::chrono::seconds(10);

bool isLowerHex(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

// Holds an flock on a payload's ".lock" file for the lifetime of the object.
class PayloadLock
{
public:
    PayloadLock(int prefixFd, const QByteArray &name)
        : m_fd(::openat(prefixFd, name.constData(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0666))
    {}
    [[nodiscard]] bool isOpen() const { return m_fd.isValid(); }
    [[nodiscard]] bool tryLock() { return ::flock(m_fd.get(), LOCK_EX | LOCK_NB) == 0; }
    ~PayloadLock()
    {
        if (m_fd.isValid())
            ::flock(m_fd.get(), LOCK_UN);
    }

private:
    UniqueFd m_fd;
};
} // namespace

SharedBlobStore::SharedBlobStore(QString cacheDir)
    : m_cacheDir(std::move(cacheDir))
{}

bool SharedBlobStore::isValidHash(QStringView hash)
{
    return hash.size() == 64 && isLowerHex(hash);
}

bool SharedBlobStore::isRepoFolderName(QStringView name)
{
    for (const auto prefix : {u"models--", u"datasets--", u"spaces--"}) {
        const QStringView p(prefix);
        if (name.startsWith(p) && name.size() > p.size())
            return true;
    }
    return false;
}

QString SharedBlobStore::payloadPath(const QString &hash) const
{
    return storeDir() + u'/' + hash.left(2) + u'/' + hash;
}

bool SharedBlobStore::isMarked() const
{
    struct stat st
    {
    };
    const QByteArray store = PosixFs::encode(storeDir());
    if (!PosixFs::statAt(AT_FDCWD, store, st, false) || !S_ISDIR(st.st_mode))
        return false;
    UniqueFd storeFd = PosixFs::openDir(AT_FDCWD, store, false);
    if (!storeFd.isValid())
        return false;
    if (!PosixFs::statAt(storeFd.get(), markerName, st, false) || !S_ISREG(st.st_mode))
        return false;
    const auto content = PosixFs::readSmallFile(storeFd.get(), markerName, 16, false);
    return content && *content == "1\n";
}

std::optional<QString> SharedBlobStore::targetHash(const QString &linkDir, const QString &target) const
{
    const QString resolved = QDir::cleanPath(QDir::isAbsolutePath(target) ? target : linkDir + u'/' + target);
    const QString prefix = storeDir() + u'/';
    if (!resolved.startsWith(prefix))
        return std::nullopt;
    const QStringView rest = QStringView(resolved).mid(prefix.size());
    // "<h2>/<hash>", nothing more
    if (rest.size() != 2 + 1 + 64 || rest[2] != u'/')
        return std::nullopt;
    const QStringView hash = rest.mid(3);
    if (!isValidHash(hash) || rest.left(2) != hash.left(2))
        return std::nullopt;
    return hash.toString();
}

std::optional<QString> SharedBlobStore::payloadForLink(const QString &linkDir, const QByteArray &target) const
{
    return targetHash(linkDir, PosixFs::decode(target));
}

SharedBlobStore::References SharedBlobStore::readReferences(const QString &hash) const
{
    References result;
    const QByteArray manifest = PosixFs::encode(payloadPath(hash) + QStringLiteral(".refs"));
    struct stat st
    {
    };
    if (!PosixFs::statAt(AT_FDCWD, manifest, st, false) || !S_ISREG(st.st_mode))
        return result; // Missing
    const auto content = PosixFs::readSmallFile(AT_FDCWD, manifest, maxManifestBytes, false);
    if (!content) {
        result.manifest = SharedPayload::Manifest::Unreadable;
        return result;
    }
    // Python's splitlines: \n, \r\n and \r all end a line.
    QString text = PosixFs::decode(*content); // lines are paths: bytes, kept as read
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(u'/'))
            continue;
        QStringList parts = line.split(u'/', Qt::SkipEmptyParts);
        parts.removeAll(QStringLiteral("."));
        if (parts.contains(QStringLiteral("..")) || parts.size() != 3 || !isRepoFolderName(parts[0]) || parts[1] != u"blobs")
            continue;
        const QString relative = parts.join(u'/');
        const QString linkDir = m_cacheDir + u'/' + parts[0] + QStringLiteral("/blobs");
        const QByteArray candidate = PosixFs::encode(m_cacheDir + u'/' + relative);
        if (!PosixFs::statAt(AT_FDCWD, candidate, st, false)) {
            if (errno == ENOENT || errno == ENOTDIR)
                continue;
            result.manifest = SharedPayload::Manifest::Unreadable;
            result.valid.clear();
            return result;
        }
        if (!S_ISLNK(st.st_mode))
            continue;
        const auto target = PosixFs::readLink(AT_FDCWD, candidate);
        if (!target) {
            if (errno == ENOENT)
                continue;
            result.manifest = SharedPayload::Manifest::Unreadable;
            result.valid.clear();
            return result;
        }
        if (payloadForLink(linkDir, *target) == hash)
            result.valid.append(relative);
    }
    result.valid.sort();
    result.valid.removeDuplicates();
    result.manifest = SharedPayload::Manifest::Readable;
    return result;
}

QList<SharedPayload> SharedBlobStore::scanPayloads() const
{
    QList<SharedPayload> payloads;
    UniqueFd storeFd = PosixFs::openDir(AT_FDCWD, PosixFs::encode(storeDir()), false);
    QList<PosixFs::Entry> prefixes;
    if (!storeFd.isValid() || !PosixFs::listDir(storeFd.get(), prefixes))
        return payloads;
    for (const PosixFs::Entry &prefix : prefixes) {
        const QString prefixName = PosixFs::decode(prefix.name);
        if (prefixName.size() != 2 || !isLowerHex(prefixName))
            continue;
        UniqueFd prefixFd = PosixFs::openDir(storeFd.get(), prefix.name, false);
        QList<PosixFs::Entry> entries;
        if (!prefixFd.isValid() || !PosixFs::listDir(prefixFd.get(), entries)) {
            qCWarning(lcSharedStore) << "cannot read store folder" << prefixName << PosixFs::errorString(errno);
            continue;
        }
        for (const PosixFs::Entry &entry : entries) {
            const QString name = PosixFs::decode(entry.name);
            if (!isValidHash(name) || !name.startsWith(prefixName))
                continue;
            struct stat st
            {
            };
            if (!PosixFs::statAt(prefixFd.get(), entry.name, st, false) || !S_ISREG(st.st_mode))
                continue;
            SharedPayload payload;
            payload.hash = name;
            payload.path = payloadPath(name);
            payload.size = st.st_size;
            References refs = readReferences(name);
            payload.manifest = refs.manifest;
            payload.validReferences = std::move(refs.valid);
            payloads.append(std::move(payload));
        }
    }
    std::sort(payloads.begin(), payloads.end(), [](const SharedPayload &a, const SharedPayload &b) { return a.hash < b.hash; });
    return payloads;
}

SharedBlobStore::SweepResult SharedBlobStore::sweep(const QString &hash, const std::function<bool()> &isCanceled) const
{
    using Outcome = SweepResult::Outcome;
    SweepResult result;
    if (!isValidHash(hash) || !isMarked()) {
        result.outcome = Outcome::NotAPayload;
        return result;
    }
    // Walk down without following links, so a planted symlink cannot redirect the removal.
    UniqueFd storeFd = PosixFs::openDir(AT_FDCWD, PosixFs::encode(storeDir()), false);
    UniqueFd prefixFd = storeFd.isValid() ? PosixFs::openDir(storeFd.get(), PosixFs::encode(hash.left(2)), false) : UniqueFd();
    if (!prefixFd.isValid()) {
        result.outcome = Outcome::NotAPayload;
        return result;
    }
    const QByteArray payloadName = PosixFs::encode(hash);
    PayloadLock lock(prefixFd.get(), payloadName + ".lock");
    if (!lock.isOpen()) {
        result.message = QStringLiteral("cannot open the lock of %1: %2").arg(payloadPath(hash), PosixFs::errorString(errno));
        return result;
    }
    const auto deadline = std::chrono::steady_clock::now() + lockTimeout;
    while (!lock.tryLock()) {
        if (std::chrono::steady_clock::now() > deadline || (isCanceled && isCanceled())) {
            result.outcome = Outcome::LockBusy;
            result.message = QStringLiteral("%1 is locked by another program (a download?); kept").arg(payloadPath(hash));
            return result;
        }
        QThread::msleep(50);
    }

    const References refs = readReferences(hash);
    if (refs.manifest != SharedPayload::Manifest::Readable) {
        result.outcome = Outcome::KeptUnknownManifest;
        return result;
    }
    const QByteArray manifestName = payloadName + ".refs";
    if (!refs.valid.isEmpty()) {
        // Drop the lines whose links are gone, atomically, as huggingface_hub does.
        const QByteArray tmpName =
            manifestName + '.' + QByteArray::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, '0') + ".tmp";
        UniqueFd tmp(::openat(prefixFd.get(), tmpName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666));
        if (!tmp.isValid()) {
            result.message = QStringLiteral("cannot rewrite the manifest of %1: %2").arg(payloadPath(hash), PosixFs::errorString(errno));
            return result;
        }
        const QByteArray content = PosixFs::encode(refs.valid.join(u'\n') + u'\n');
        const bool written = ::write(tmp.get(), content.constData(), size_t(content.size())) == content.size() && ::fsync(tmp.get()) == 0;
        tmp.reset();
        if (!written || ::renameat(prefixFd.get(), tmpName.constData(), prefixFd.get(), manifestName.constData()) != 0) {
            result.message = QStringLiteral("cannot rewrite the manifest of %1: %2").arg(payloadPath(hash), PosixFs::errorString(errno));
            ::unlinkat(prefixFd.get(), tmpName.constData(), 0);
            return result;
        }
        result.outcome = Outcome::Kept;
        return result;
    }

    struct stat st
    {
    };
    if (!PosixFs::statAt(prefixFd.get(), payloadName, st, false) || !S_ISREG(st.st_mode)) {
        result.outcome = Outcome::NotAPayload;
        return result;
    }
    if (::unlinkat(prefixFd.get(), payloadName.constData(), 0) != 0) {
        result.message = QStringLiteral("cannot remove %1: %2").arg(payloadPath(hash), PosixFs::errorString(errno));
        return result;
    }
    ::unlinkat(prefixFd.get(), manifestName.constData(), 0);
    qCInfo(lcSharedStore) << "removed shared payload" << hash << st.st_size << "bytes";
    result.outcome = Outcome::Removed;
    result.freedBytes = st.st_size;
    return result;
}

} // namespace hubdeck
