// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FolderUploadPlanner.h"

#include "FileName.h"
#include "HubLogging.h"
#include "PrintableText.h"
#include "RepoPath.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace hubdeck {

namespace {

using Skip = FolderUploadPlan::Skip;

constexpr qint64 kProgressEvery = 512; // entries between progress calls and stop checks

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// huggingface_hub's _validate_path_in_repo: a leading '/' and "./" are dropped, so "." and
// "./" name the repository's root, as `hf upload SPACE . .` uses them.
QString trimmedPathInRepo(QString path)
{
    for (bool changed = true; changed;) {
        changed = false;
        while (path.startsWith(u'/')) {
            path.remove(0, 1);
            changed = true;
        }
        if (path.startsWith(QStringLiteral("./"))) {
            path.remove(0, 2);
            changed = true;
        }
    }
    if (path == u".")
        path.clear();
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

QString normalizedPattern(const QString &pattern)
{
    return pattern.endsWith(u'/') ? pattern + u'*' : pattern;
}

bool matchesAny(const QString &path, const QStringList &patterns)
{
    return std::any_of(patterns.cbegin(), patterns.cend(), [&path](const QString &p) { return FolderUploadPlanner::matches(path, p); });
}

// huggingface_hub's DEFAULT_IGNORE_PATTERNS (constants.py), for entries that are not folders
// (a worktree's `.git` is a file).
const QStringList &defaultIgnorePatterns()
{
    static const QStringList patterns = {
        QStringLiteral(".git"),
        QStringLiteral(".git/*"),
        QStringLiteral("*/.git"),
        QStringLiteral("**/.git/**"),
        QStringLiteral(".cache/huggingface"),
        QStringLiteral(".cache/huggingface/*"),
        QStringLiteral("*/.cache/huggingface"),
        QStringLiteral("**/.cache/huggingface/**"),
    };
    return patterns;
}

bool hasEscapedBytes(const QString &name)
{
    return std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() >= 0xDC80 && c.unicode() <= 0xDCFF; });
}

int openNoAtime(int dirFd, const char *name, int flags)
{
    // O_NOATIME: reading a directory or opening a file must not touch its access time; the
    // system allows it only to the owner, so others open without it (relatime then applies).
    int fd = ::openat(dirFd, name, flags | O_NOATIME | O_CLOEXEC);
    if (fd < 0 && errno == EPERM)
        fd = ::openat(dirFd, name, flags | O_CLOEXEC);
    return fd;
}

struct DirCloser
{
    void operator()(DIR *dir) const { ::closedir(dir); }
};
using DirHandle = std::unique_ptr<DIR, DirCloser>;

class Walk
{
public:
    Walk(const FolderUploadPlanner::Options &options, const std::atomic_bool *stop, const std::function<void(qint64)> &progress)
        : m_options(options)
        , m_stop(stop)
        , m_progress(progress)
    {
        for (const QString &p : options.include)
            m_include.append(normalizedPattern(p));
        for (const QString &p : options.exclude)
            m_exclude.append(normalizedPattern(p));
    }

    HubResult<FolderUploadPlan> run()
    {
        const QString absolute = QDir::cleanPath(QDir::current().absoluteFilePath(m_options.folder));
        const QByteArray encoded = FileName::encode(absolute);
        struct stat st
        {
        };
        if (m_options.folder.isEmpty() || ::stat(encoded.constData(), &st) != 0) {
            const int error = m_options.folder.isEmpty() ? ENOENT : errno;
            return fail(QStringLiteral("%1: %2").arg(PrintableText::name(absolute), systemError(error)));
        }
        if (!S_ISDIR(st.st_mode))
            return fail(QCoreApplication::translate("FolderUploadPlanner", "%1: not a folder").arg(PrintableText::name(absolute)));
        char resolved[PATH_MAX];
        if (!::realpath(encoded.constData(), resolved))
            return fail(QStringLiteral("%1: %2").arg(PrintableText::name(absolute), systemError(errno)));
        m_root = QByteArray(resolved);
        m_plan.folder = FileName::decode(m_root);

        QString prefix = trimmedPathInRepo(m_options.pathInRepo);
        if (!prefix.isEmpty()) {
            QString why;
            const std::optional<QString> checked = RepoPath::check(prefix, &why);
            if (!checked)
                return fail(QCoreApplication::translate("FolderUploadPlanner", "to %1: %2").arg(PrintableText::name(prefix), why));
            prefix = *checked;
        }
        m_plan.pathInRepo = prefix;
        m_prefix = prefix.isEmpty() ? QString() : prefix + u'/';

        const int rootFd = openNoAtime(AT_FDCWD, m_root.constData(), O_RDONLY | O_DIRECTORY);
        if (rootFd < 0)
            return fail(QStringLiteral("%1: %2").arg(PrintableText::name(m_plan.folder), systemError(errno)));
        walk(rootFd, QByteArray(), 1);
        if (m_canceled) {
            HubError canceled;
            canceled.kind = HubError::Kind::Canceled;
            return HubResult<FolderUploadPlan>::failure(canceled);
        }
        std::sort(m_plan.files.begin(), m_plan.files.end(),
                  [](const FolderUploadPlan::File &a, const FolderUploadPlan::File &b) { return a.relativePath < b.relativePath; });
        for (const FolderUploadPlan::File &file : std::as_const(m_plan.files))
            m_plan.totalBytes += file.size;
        if (m_progress)
            m_progress(m_seen);
        qCDebug(lcHub) << "planned" << m_plan.files.size() << "files," << m_plan.totalBytes << "bytes," << m_plan.skipped.size()
                       << "left out, from" << m_seen << "entries";
        return HubResult<FolderUploadPlan>::success(std::move(m_plan));
    }

private:
    static HubResult<FolderUploadPlan> fail(const QString &detail)
    {
        HubError error;
        error.kind = HubError::Kind::LocalFile;
        error.detail = detail;
        return HubResult<FolderUploadPlan>::failure(error);
    }

    void skip(const QString &relative, Skip reason, const QString &detail = {}) { m_plan.skipped.append({relative, reason, detail}); }

    bool tick()
    {
        if (++m_seen % kProgressEvery == 0) {
            if (m_progress)
                m_progress(m_seen);
            if (m_stop && m_stop->load())
                m_canceled = true;
        }
        return !m_canceled;
    }

    // `dirFd` is owned: closed when done. `relative`: its path under the root with a final '/',
    // empty for the root.
    void walk(int dirFd, const QByteArray &relative, int depth)
    {
        DirHandle dir(::fdopendir(dirFd));
        if (!dir) {
            skip(FileName::decode(relative), Skip::Unreadable, systemError(errno));
            ::close(dirFd);
            return;
        }
        std::vector<QByteArray> names;
        errno = 0;
        while (const dirent *entry = ::readdir(dir.get())) {
            if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
                names.emplace_back(entry->d_name);
            errno = 0;
        }
        if (errno != 0)
            skip(FileName::decode(relative), Skip::Unreadable, systemError(errno));
        std::sort(names.begin(), names.end());
        const int fd = ::dirfd(dir.get());
        for (const QByteArray &name : names) {
            if (!tick())
                return;
            const QByteArray childBytes = relative + name;
            const QString child = FileName::decode(childBytes);
            struct stat st
            {
            };
            if (::fstatat(fd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
                skip(child, Skip::Unreadable, systemError(errno));
                continue;
            }
            if (S_ISDIR(st.st_mode)) {
                if (m_options.useDefaultIgnores && isDefaultIgnoredFolder(child)) {
                    skip(child + u'/', Skip::DefaultIgnored);
                } else if (depth >= FolderUploadPlanner::kMaxDepth) {
                    skip(child + u'/', Skip::TooDeep);
                } else {
                    const int childFd = openNoAtime(fd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
                    if (childFd < 0)
                        skip(child + u'/', Skip::Unreadable, systemError(errno));
                    else
                        walk(childFd, childBytes + '/', depth + 1);
                }
                if (m_canceled)
                    return;
                continue;
            }
            file(fd, name, childBytes, child, st);
        }
    }

    void file(int dirFd, const QByteArray &name, const QByteArray &childBytes, const QString &child, const struct stat &entry)
    {
        if (m_options.useDefaultIgnores && matchesAny(child, defaultIgnorePatterns()))
            return skip(child, Skip::DefaultIgnored);
        if (!m_include.isEmpty() && !matchesAny(child, m_include))
            return skip(child, Skip::NotIncluded);
        if (matchesAny(child, m_exclude))
            return skip(child, Skip::Excluded);
        qint64 size = entry.st_size;
        if (S_ISLNK(entry.st_mode)) {
            const QByteArray full = m_root + '/' + childBytes;
            char target[PATH_MAX];
            if (!::realpath(full.constData(), target))
                return skip(child, Skip::Unreadable,
                            errno == ENOENT ? QCoreApplication::translate("FolderUploadPlanner", "a broken link") : systemError(errno));
            const QByteArray resolved(target);
            // A link to the folder itself (`ln -s . self`) is a link to a folder, not an escape.
            if (resolved == m_root)
                return skip(child, Skip::LinkToFolder);
            if (!resolved.startsWith(m_root + '/'))
                return skip(child, Skip::LinkOutside, PrintableText::name(FileName::decode(resolved)));
            struct stat st
            {
            };
            if (::stat(target, &st) != 0)
                return skip(child, Skip::Unreadable, systemError(errno));
            if (S_ISDIR(st.st_mode))
                return skip(child, Skip::LinkToFolder);
            if (!S_ISREG(st.st_mode))
                return skip(child, Skip::NotRegularFile);
            size = st.st_size;
        } else if (!S_ISREG(entry.st_mode)) {
            return skip(child, Skip::NotRegularFile);
        }
        if (hasEscapedBytes(child))
            return skip(child, Skip::RefusedPath, QCoreApplication::translate("FolderUploadPlanner", "the name is not valid UTF-8"));
        QString why;
        const std::optional<QString> inRepo = RepoPath::check(m_prefix + child, &why);
        if (!inRepo)
            return skip(child, Skip::RefusedPath, why);
        // Opening (never reading) tells a file we may not read now rather than halfway through
        // the upload. O_NONBLOCK: the link's target was a regular file a moment ago, but need
        // not be now.
        const int fd = openNoAtime(dirFd, name.constData(), O_RDONLY | O_NONBLOCK);
        if (fd < 0)
            return skip(child, Skip::Unreadable, systemError(errno));
        ::close(fd);
        m_plan.files.append({child, *inRepo, FileName::decode(m_root + '/' + childBytes), size});
    }

    [[nodiscard]] static bool isDefaultIgnoredFolder(const QString &relative)
    {
        const QString name = relative.section(u'/', -1);
        if (FolderUploadPlanner::defaultIgnoredFolders().contains(name))
            return true;
        return relative == QLatin1String(".cache/huggingface") || relative.endsWith(QLatin1String("/.cache/huggingface"));
    }

    const FolderUploadPlanner::Options &m_options;
    const std::atomic_bool *m_stop;
    const std::function<void(qint64)> &m_progress;
    QStringList m_include;
    QStringList m_exclude;
    QByteArray m_root; // resolved, no final '/'
    QString m_prefix;  // pathInRepo + '/', or empty
    FolderUploadPlan m_plan;
    qint64 m_seen = 0;
    bool m_canceled = false;
};

} // namespace

HubResult<FolderUploadPlan> FolderUploadPlanner::plan(const Options &options, const std::atomic_bool *stop,
                                                      const std::function<void(qint64 entriesSeen)> &progress)
{
    return Walk(options, stop, progress).run();
}

QStringList FolderUploadPlanner::deletions(const QStringList &remoteFiles, const Options &options, const FolderUploadPlan &plan)
{
    if (options.deletePatterns.isEmpty())
        return {};
    QStringList patterns;
    for (const QString &p : options.deletePatterns)
        patterns.append(normalizedPattern(p));
    const QString prefix = plan.pathInRepo.isEmpty() ? QString() : plan.pathInRepo + u'/';
    QSet<QString> added;
    for (const FolderUploadPlan::File &file : plan.files)
        added.insert(file.pathInRepo);
    QStringList result;
    for (const QString &path : remoteFiles) {
        if (!path.startsWith(prefix) || path == QLatin1String(".gitattributes") || added.contains(path))
            continue;
        if (matchesAny(path.mid(prefix.size()), patterns))
            result.append(path);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

bool FolderUploadPlanner::samePlan(const Options &a, const Options &b)
{
    const auto folder = [](const QString &path) {
        return path.isEmpty() ? QString() : QDir::cleanPath(QDir::current().absoluteFilePath(path));
    };
    return folder(a.folder) == folder(b.folder) && trimmedPathInRepo(a.pathInRepo) == trimmedPathInRepo(b.pathInRepo) &&
           a.include == b.include && a.exclude == b.exclude && a.useDefaultIgnores == b.useDefaultIgnores;
}

bool FolderUploadPlanner::matches(const QString &path, const QString &pattern)
{
    // FNM_NOESCAPE: Python's fnmatch takes a backslash literally. No FNM_PATHNAME or
    // FNM_PERIOD: its '*' matches '/' and a leading dot.
    return ::fnmatch(FileName::encode(normalizedPattern(pattern)).constData(), FileName::encode(path).constData(), FNM_NOESCAPE) == 0;
}

QStringList FolderUploadPlanner::defaultIgnoredFolders()
{
    return {QStringLiteral(".git"), QStringLiteral("__pycache__"), QStringLiteral(".venv")};
}

} // namespace hubdeck
