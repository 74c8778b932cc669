// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SharedBlobStore.h"

#include "InUseFiles.h"
#include "Logging.h"
#include "PosixFs.h"
#include "SharedExtents.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSet>
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
    const QByteArray store = FileName::encode(storeDir());
    if (!PosixFs::statAt(AT_FDCWD, store, st, Links::NoFollow) || !S_ISDIR(st.st_mode))
        return false;
    UniqueFd storeFd = PosixFs::openDir(AT_FDCWD, store, Links::NoFollow);
    if (!storeFd.isValid())
        return false;
    if (!PosixFs::statAt(storeFd.get(), markerName, st, Links::NoFollow) || !S_ISREG(st.st_mode))
        return false;
    const auto content = PosixFs::readSmallFile(storeFd.get(), markerName, 16, Links::NoFollow);
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
    return targetHash(linkDir, FileName::decode(target));
}

SharedBlobStore::References SharedBlobStore::readReferences(const QString &hash) const
{
    References result;
    const QByteArray manifest = FileName::encode(payloadPath(hash) + QStringLiteral(".refs"));
    struct stat st
    {
    };
    if (!PosixFs::statAt(AT_FDCWD, manifest, st, Links::NoFollow) || !S_ISREG(st.st_mode))
        return result; // Missing
    const auto content = PosixFs::readSmallFile(AT_FDCWD, manifest, maxManifestBytes, Links::NoFollow);
    if (!content) {
        result.manifest = SharedPayload::Manifest::Unreadable;
        return result;
    }
    // Python's splitlines: \n, \r\n and \r all end a line.
    QString text = FileName::decode(*content); // lines are paths: bytes, kept as read
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
        const QByteArray candidate = FileName::encode(m_cacheDir + u'/' + relative);
        if (!PosixFs::statAt(AT_FDCWD, candidate, st, Links::NoFollow)) {
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

QString SharedBlobStore::companionOf(QStringView name)
{
    if (name.size() <= 64 || !isValidHash(name.left(64)))
        return {};
    const QStringView rest = name.mid(64);
    const bool tmp = rest.size() == 18 && rest.startsWith(u".refs.") && rest.endsWith(u".tmp") && isLowerHex(rest.mid(6, 8));
    // Not ".lock.soft": where flock is missing, that file *is* the lock, held while it exists.
    if (rest == u".refs" || rest == u".lock" || tmp)
        return name.left(64).toString();
    return {};
}

QList<SharedPayload> SharedBlobStore::scanPayloads(QList<StoreLeftover> *leftovers) const
{
    QList<SharedPayload> payloads;
    UniqueFd storeFd = PosixFs::openDir(AT_FDCWD, FileName::encode(storeDir()), Links::NoFollow);
    QList<PosixFs::Entry> prefixes;
    if (!storeFd.isValid() || !PosixFs::listDir(storeFd.get(), prefixes))
        return payloads;
    for (const PosixFs::Entry &prefix : prefixes) {
        const QString prefixName = FileName::decode(prefix.name);
        if (prefixName.size() != 2 || !isLowerHex(prefixName))
            continue;
        UniqueFd prefixFd = PosixFs::openDir(storeFd.get(), prefix.name, Links::NoFollow);
        QList<PosixFs::Entry> entries;
        if (!prefixFd.isValid() || !PosixFs::listDir(prefixFd.get(), entries)) {
            qCWarning(lcSharedStore) << "cannot read store folder" << prefixName << PosixFs::errorString(errno);
            continue;
        }
        QSet<QString> present; // payload hashes of this folder
        QList<StoreLeftover> companions;
        for (const PosixFs::Entry &entry : entries) {
            const QString name = FileName::decode(entry.name);
            struct stat st
            {
            };
            if (!isValidHash(name) || !name.startsWith(prefixName)) {
                if (const QString hash = companionOf(name); leftovers && hash.startsWith(prefixName) &&
                                                            PosixFs::statAt(prefixFd.get(), entry.name, st, Links::NoFollow) &&
                                                            S_ISREG(st.st_mode))
                    companions.append({hash, storeDir() + u'/' + prefixName + u'/' + name, qint64(st.st_size), qint64(st.st_blocks) * 512});
                continue;
            }
            if (!PosixFs::statAt(prefixFd.get(), entry.name, st, Links::NoFollow) || !S_ISREG(st.st_mode))
                continue;
            present.insert(name);
            SharedPayload payload;
            payload.hash = name;
            payload.path = payloadPath(name);
            payload.size = st.st_size;
            payload.allocated = qint64(st.st_blocks) * 512;
            payload.device = quint64(st.st_dev);
            payload.inode = quint64(st.st_ino);
            References refs = readReferences(name);
            payload.manifest = refs.manifest;
            payload.validReferences = std::move(refs.valid);
            payloads.append(std::move(payload));
        }
        for (StoreLeftover &companion : companions)
            if (!present.contains(companion.hash))
                leftovers->append(std::move(companion));
    }
    std::sort(payloads.begin(), payloads.end(), [](const SharedPayload &a, const SharedPayload &b) { return a.hash < b.hash; });
    if (leftovers)
        std::sort(leftovers->begin(), leftovers->end(), [](const StoreLeftover &a, const StoreLeftover &b) { return a.path < b.path; });
    return payloads;
}

SharedBlobStore::SweepResult SharedBlobStore::sweep(const QString &hash, const std::function<bool()> &isCanceled,
                                                    const InUseFiles *inUse) const
{
    using Outcome = SweepResult::Outcome;
    SweepResult result;
    if (!isValidHash(hash) || !isMarked()) {
        result.outcome = Outcome::NotAPayload;
        return result;
    }
    // Walk down without following links, so a planted symlink cannot redirect the removal.
    UniqueFd storeFd = PosixFs::openDir(AT_FDCWD, FileName::encode(storeDir()), Links::NoFollow);
    UniqueFd prefixFd = storeFd.isValid() ? PosixFs::openDir(storeFd.get(), FileName::encode(hash.left(2)), Links::NoFollow) : UniqueFd();
    if (!prefixFd.isValid()) {
        result.outcome = Outcome::NotAPayload;
        return result;
    }
    const QByteArray payloadName = FileName::encode(hash);
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
        const QByteArray content = FileName::encode(refs.valid.join(u'\n') + u'\n');
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
    if (!PosixFs::statAt(prefixFd.get(), payloadName, st, Links::NoFollow) || !S_ISREG(st.st_mode)) {
        result.outcome = Outcome::NotAPayload;
        return result;
    }
    const qint64 shared = st.st_nlink <= 1 ? SharedExtents::bytes(prefixFd.get(), payloadName.constData(), st) : 0;
    if (::unlinkat(prefixFd.get(), payloadName.constData(), 0) != 0) {
        result.message = QStringLiteral("cannot remove %1: %2").arg(payloadPath(hash), PosixFs::errorString(errno));
        return result;
    }
    ::unlinkat(prefixFd.get(), manifestName.constData(), 0);
    // huggingface_hub keeps the lock file forever; gone with its payload, nothing is left that
    // the scan would list as a leftover. Removed while still held (see removeLeftovers).
    ::unlinkat(prefixFd.get(), (payloadName + ".lock").constData(), 0);
    qCInfo(lcSharedStore) << "removed shared payload" << hash << st.st_size << "bytes";
    result.outcome = Outcome::Removed;
    result.freedBytes = st.st_nlink <= 1 ? qint64(st.st_blocks) * 512 - shared : 0;
    result.sharedBytes = shared;
    if (const InUseFiles::Holder *holder = inUse && st.st_nlink <= 1 ? inUse->holder(st.st_dev, st.st_ino) : nullptr) {
        result.heldBytes = result.freedBytes;
        result.freedBytes = 0;
        result.heldBy.append(InUseFiles::describe(*holder));
    }
    return result;
}

SharedBlobStore::SweepResult SharedBlobStore::removeLeftovers(const QString &hash, QStringList *removedPaths,
                                                              const std::function<bool()> &isCanceled) const
{
    using Outcome = SweepResult::Outcome;
    SweepResult result;
    if (!isValidHash(hash) || !isMarked()) {
        result.outcome = Outcome::NotAPayload;
        return result;
    }
    UniqueFd storeFd = PosixFs::openDir(AT_FDCWD, FileName::encode(storeDir()), Links::NoFollow);
    UniqueFd prefixFd = storeFd.isValid() ? PosixFs::openDir(storeFd.get(), FileName::encode(hash.left(2)), Links::NoFollow) : UniqueFd();
    if (!prefixFd.isValid()) {
        result.outcome = Outcome::NotAPayload;
        return result;
    }
    const QByteArray payloadName = FileName::encode(hash);
    const QByteArray lockName = payloadName + ".lock";
    // The same lock every writer of this payload takes: a download publishing it again waits
    // for us, or we for it (and then keep everything, the payload being back).
    PayloadLock lock(prefixFd.get(), lockName);
    if (!lock.isOpen()) {
        result.message = QStringLiteral("cannot open the lock of %1: %2").arg(payloadPath(hash), PosixFs::errorString(errno));
        return result;
    }
    const auto deadline = std::chrono::steady_clock::now() + lockTimeout;
    while (!lock.tryLock()) {
        if (std::chrono::steady_clock::now() > deadline || (isCanceled && isCanceled())) {
            result.outcome = Outcome::LockBusy;
            result.message =
                QStringLiteral("%1 is locked by another program (a download?); kept").arg(payloadPath(hash) + QStringLiteral(".lock"));
            return result;
        }
        QThread::msleep(50);
    }
    struct stat st
    {
    };
    if (PosixFs::statAt(prefixFd.get(), payloadName, st, Links::NoFollow) || errno != ENOENT) {
        result.outcome = Outcome::Kept; // the payload is back (or cannot be told absent): its files are its own
        return result;
    }
    QList<PosixFs::Entry> entries;
    if (!PosixFs::listDir(prefixFd.get(), entries)) {
        result.message = QStringLiteral("cannot read %1: %2").arg(storeDir() + u'/' + hash.left(2), PosixFs::errorString(errno));
        return result;
    }
    // The lock file last, while still held: a writer that opens it afterwards creates a new one.
    std::sort(entries.begin(), entries.end(), [&](const PosixFs::Entry &a, const PosixFs::Entry &b) {
        return std::pair(a.name == lockName, a.name) < std::pair(b.name == lockName, b.name);
    });
    for (const PosixFs::Entry &entry : std::as_const(entries)) {
        const QString name = FileName::decode(entry.name);
        if (companionOf(name) != hash)
            continue;
        if (!PosixFs::statAt(prefixFd.get(), entry.name, st, Links::NoFollow) || !S_ISREG(st.st_mode))
            continue;
        const qint64 shared = st.st_nlink <= 1 ? SharedExtents::bytes(prefixFd.get(), entry.name.constData(), st) : 0;
        if (::unlinkat(prefixFd.get(), entry.name.constData(), 0) != 0) {
            if (errno == ENOENT)
                continue;
            result.message =
                QStringLiteral("cannot remove %1: %2").arg(storeDir() + u'/' + hash.left(2) + u'/' + name, PosixFs::errorString(errno));
            return result;
        }
        result.freedBytes += st.st_nlink <= 1 ? qint64(st.st_blocks) * 512 - shared : 0;
        result.sharedBytes += shared;
        if (removedPaths)
            removedPaths->append(storeDir() + u'/' + hash.left(2) + u'/' + name);
    }
    result.outcome = Outcome::Removed;
    return result;
}

} // namespace hubdeck
