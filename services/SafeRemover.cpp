#include "SafeRemover.h"

#include "Logging.h"
#include "PosixFs.h"

#include <QDir>

#include <cerrno>
#include <fcntl.h>

namespace hubdeck {

namespace {
qint64 freedBy(const struct stat &st)
{
    // A file with other hard links frees nothing when one name goes.
    return S_ISREG(st.st_mode) && st.st_nlink <= 1 ? qint64(st.st_size) : 0;
}
} // namespace

SafeRemover::SafeRemover(QString cacheDir, std::function<bool()> isCanceled)
    : m_cacheDir(std::move(cacheDir))
    , m_rootFd(PosixFs::openDir(m_cacheDir))
    , m_isCanceled(std::move(isCanceled))
{}

UniqueFd SafeRemover::openParent(const QString &relative, QByteArray &leaf, QString &error) const
{
    const QStringList parts = relative.split(u'/');
    UniqueFd current(::fcntl(m_rootFd.get(), F_DUPFD_CLOEXEC, 0));
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        UniqueFd next = PosixFs::openDir(current.get(), PosixFs::encode(parts[i]), false);
        if (!next.isValid()) {
            error = errno == ELOOP || errno == ENOTDIR
                        ? QStringLiteral("refused: %1 is not a real folder (a link?)").arg(parts.mid(0, i + 1).join(u'/'))
                        : PosixFs::errorString(errno);
            return {};
        }
        current = std::move(next);
    }
    leaf = PosixFs::encode(parts.last());
    return current;
}

SafeRemover::Result SafeRemover::remove(const QString &absolutePath, Kind kind)
{
    Result result;
    const QString prefix = m_cacheDir + u'/';
    if (!m_rootFd.isValid() || QDir::cleanPath(absolutePath) != absolutePath || !absolutePath.startsWith(prefix)) {
        result.status = Status::Refused;
        result.message = QStringLiteral("refused: %1 is not inside the cache %2").arg(absolutePath, m_cacheDir);
        return result;
    }
    const QString relative = absolutePath.mid(prefix.size());
    QByteArray leaf;
    QString error;
    UniqueFd parent = openParent(relative, leaf, error);
    if (!parent.isValid()) {
        result.status = error.startsWith(QStringLiteral("refused")) ? Status::Refused
                        : error == PosixFs::errorString(ENOENT)     ? Status::AlreadyGone
                                                                    : Status::Failed;
        result.message = QStringLiteral("%1: %2").arg(absolutePath, error);
        return result;
    }
    struct stat st
    {
    };
    if (!PosixFs::statAt(parent.get(), leaf, st, false)) {
        result.status = errno == ENOENT ? Status::AlreadyGone : Status::Failed;
        result.message = QStringLiteral("%1: %2").arg(absolutePath, PosixFs::errorString(errno));
        return result;
    }
    if (!S_ISDIR(st.st_mode)) {
        // Files, and links of every kind: the link goes, never its target.
        if (::unlinkat(parent.get(), leaf.constData(), 0) != 0) {
            result.message = QStringLiteral("%1: %2").arg(absolutePath, PosixFs::errorString(errno));
            return result;
        }
        result.status = Status::Removed;
        result.freedBytes = freedBy(st);
        return result;
    }
    if (kind == Kind::File) {
        result.status = Status::Refused;
        result.message = QStringLiteral("refused: %1 is a folder, not a file").arg(absolutePath);
        return result;
    }
    result = kind == Kind::Repo ? removeRepo(parent.get(), leaf) : removeTree(parent.get(), leaf);
    if (!result.message.isEmpty() && !result.message.startsWith(u'/'))
        result.message = QStringLiteral("%1: %2").arg(absolutePath, result.message);
    return result;
}

SafeRemover::Result SafeRemover::removeTree(int parentFd, const QByteArray &name) const
{
    Result result;
    UniqueFd dir = PosixFs::openDir(parentFd, name, false);
    QList<PosixFs::Entry> entries;
    if (!dir.isValid() || !PosixFs::listDir(dir.get(), entries)) {
        result.message = PosixFs::errorString(errno);
        return result;
    }
    for (const PosixFs::Entry &entry : entries) {
        struct stat st
        {
        };
        if (!PosixFs::statAt(dir.get(), entry.name, st, false))
            continue;
        if (S_ISDIR(st.st_mode)) {
            const Result sub = removeTree(dir.get(), entry.name);
            result.freedBytes += sub.freedBytes;
            if (sub.status != Status::Removed) {
                result.status = sub.status;
                result.message = sub.message;
                return result;
            }
        } else if (::unlinkat(dir.get(), entry.name.constData(), 0) == 0) {
            result.freedBytes += freedBy(st);
        } else if (errno != ENOENT) {
            result.message = PosixFs::errorString(errno);
            return result;
        }
    }
    if (::unlinkat(parentFd, name.constData(), AT_REMOVEDIR) != 0 && errno != ENOENT) {
        result.message = PosixFs::errorString(errno);
        return result;
    }
    result.status = Status::Removed;
    return result;
}

SafeRemover::Result SafeRemover::removeRepo(int parentFd, const QByteArray &name) const
{
    // refs first (no ref may outlive its snapshot), then each snapshot (no link may outlive
    // its blob), then blobs and the rest; the empty snapshots/ folder and the repo go last,
    // so a stop at any point leaves a repo that scans without a warning.
    Result result;
    UniqueFd repo = PosixFs::openDir(parentFd, name, false);
    if (!repo.isValid()) {
        result.message = PosixFs::errorString(errno);
        return result;
    }
    auto accumulate = [&](const Result &step) {
        result.freedBytes += step.freedBytes;
        if (step.status == Status::Removed || step.status == Status::AlreadyGone)
            return true;
        result.status = step.status;
        result.message = step.message;
        return false;
    };
    auto removeChild = [&](int fd, const QByteArray &child) {
        struct stat st
        {
        };
        Result step;
        if (!PosixFs::statAt(fd, child, st, false)) {
            step.status = Status::AlreadyGone;
        } else if (S_ISDIR(st.st_mode)) {
            step = removeTree(fd, child);
        } else if (::unlinkat(fd, child.constData(), 0) == 0 || errno == ENOENT) {
            step.status = Status::Removed;
            step.freedBytes = freedBy(st);
        } else {
            step.message = PosixFs::errorString(errno);
        }
        return step;
    };

    if (!accumulate(removeChild(repo.get(), "refs")))
        return result;
    UniqueFd snapshots = PosixFs::openDir(repo.get(), "snapshots", false);
    if (snapshots.isValid()) {
        QList<PosixFs::Entry> entries;
        if (!PosixFs::listDir(snapshots.get(), entries)) {
            result.message = PosixFs::errorString(errno);
            return result;
        }
        for (const PosixFs::Entry &entry : entries) {
            if (canceled()) {
                result.status = Status::Canceled;
                return result;
            }
            if (!accumulate(removeChild(snapshots.get(), entry.name)))
                return result;
        }
    }
    QList<PosixFs::Entry> entries;
    if (!PosixFs::listDir(repo.get(), entries)) {
        result.message = PosixFs::errorString(errno);
        return result;
    }
    for (const PosixFs::Entry &entry : entries) {
        if (entry.name == "snapshots")
            continue;
        if (!accumulate(removeChild(repo.get(), entry.name)))
            return result;
    }
    if (::unlinkat(repo.get(), "snapshots", AT_REMOVEDIR) != 0 && errno != ENOENT && errno != ENOTDIR) {
        result.message = PosixFs::errorString(errno);
        return result;
    }
    ::unlinkat(repo.get(), "snapshots", 0); // a non-folder "snapshots" in a corrupted entry
    if (::unlinkat(parentFd, name.constData(), AT_REMOVEDIR) != 0 && errno != ENOENT) {
        result.message = PosixFs::errorString(errno);
        return result;
    }
    result.status = Status::Removed;
    return result;
}

} // namespace hubdeck
