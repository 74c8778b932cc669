// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DirWalker.h"

#include "UniqueFd.h"

#include <cerrno>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <vector>

namespace hubdeck {

namespace {

// Descriptors kept open on the path from the root to the current folder, the root not counted.
// Small against the usual 1,024-descriptor limit, which the scan's threads share.
constexpr int kOpenFolders = 16;

struct Frame
{
    UniqueFd owned; // invalid for the root, and for an ancestor whose descriptor was closed
    int fd = -1;
    dev_t dev = 0; // recorded when the descriptor is closed, checked when it is reopened
    ino_t ino = 0;
    std::optional<QString> prefix; // Folder::relPrefix, once asked
    QByteArray name;               // in its parent; empty for the root
    QList<QByteArray> subfolders;
    qsizetype next = 0;
};

// Bounds the open descriptors: closes the one furthest from the current folder, recording
// its identity so that coming back up through ".." can be checked.
void closeFarthest(std::vector<Frame> &stack)
{
    const auto closable = qsizetype(stack.size()) - 1 - kOpenFolders;
    if (closable < 1 || !stack[size_t(closable)].owned.isValid())
        return;
    Frame &old = stack[size_t(closable)];
    struct stat st
    {
    };
    if (::fstat(old.fd, &st) == 0) {
        old.dev = st.st_dev;
        old.ino = st.st_ino;
        old.owned.reset();
        old.fd = -1;
    }
}

// Backs up from `done` into its parent, whose descriptor was closed, through "..": 0 when it
// is still the folder that was left (same device and inode), else the error to report.
int reopenParent(const Frame &done, Frame &parent)
{
    UniqueFd up = PosixFs::openDir(done.fd, "..", Links::Follow);
    struct stat st
    {
    };
    if (!up.isValid() || ::fstat(up.get(), &st) != 0 || st.st_dev != parent.dev || st.st_ino != parent.ino)
        return up.isValid() ? ENOENT : errno;
    parent.fd = up.get();
    parent.owned = std::move(up);
    return 0;
}

} // namespace

DirWalker::Result DirWalker::walk(int rootFd, const Visit &visit, const Leave &leave)
{
    std::vector<Frame> stack; // move-only frames
    stack.reserve(64);

    // The prefix of the folder at `depth` on the stack, built from the nearest one already
    // known, and kept for this folder only.
    const std::function<QString(int)> prefixOf = [&stack](int depth) -> QString {
        int known = depth;
        while (known > 0 && !stack[size_t(known)].prefix)
            --known;
        QString prefix = known > 0 ? *stack[size_t(known)].prefix : QString();
        for (int i = known + 1; i <= depth; ++i)
            prefix += FileName::decode(stack[size_t(i)].name) + u'/';
        if (depth > 0)
            stack[size_t(depth)].prefix = prefix;
        return prefix;
    };
    const auto childPrefix = [&](const QByteArray &name) {
        return stack.empty() ? QString() : prefixOf(int(stack.size()) - 1) + FileName::decode(name) + u'/';
    };

    // Lists a newly opened folder and pushes it; false when visit asks to stop.
    auto enter = [&](int fd, UniqueFd owned, QByteArray name) -> std::optional<Result> {
        QList<PosixFs::Entry> entries;
        if (!PosixFs::listDir(fd, entries)) {
            if (m_skipUnreadable && !stack.empty())
                return std::nullopt;
            m_error = errno;
            m_failedPrefix = childPrefix(name);
            return Result::Failed;
        }
        Frame frame;
        frame.owned = std::move(owned);
        frame.fd = fd;
        frame.name = std::move(name);
        stack.push_back(std::move(frame));
        const Folder folder{fd, int(stack.size()) - 1, &prefixOf};
        if (!visit(folder, entries, stack.back().subfolders))
            return Result::Stopped;
        closeFarthest(stack);
        return std::nullopt;
    };

    if (const auto result = enter(rootFd, UniqueFd(), QByteArray()))
        return *result;
    while (!stack.empty()) {
        Frame &top = stack.back();
        if (top.next >= top.subfolders.size()) {
            Frame done = std::move(stack.back());
            stack.pop_back();
            if (stack.empty())
                break;
            Frame &parent = stack.back();
            if (parent.fd < 0) {
                if (const int error = reopenParent(done, parent); error != 0) {
                    m_error = error;
                    m_failedPrefix = prefixOf(int(stack.size()) - 1);
                    return Result::Failed;
                }
            }
            if (leave && !leave(Folder{parent.fd, int(stack.size()) - 1, &prefixOf}, done.name))
                return Result::Stopped;
            continue;
        }
        const QByteArray name = top.subfolders[top.next++];
        UniqueFd child = PosixFs::openDir(top.fd, name, Links::NoFollow);
        if (!child.isValid()) {
            if (m_skipUnreadable || (m_skipVanished && errno == ENOENT))
                continue;
            m_error = errno;
            m_failedPrefix = childPrefix(name);
            return Result::Failed;
        }
        const int fd = child.get();
        if (const auto result = enter(fd, std::move(child), name))
            return *result;
    }
    return Result::Done;
}

} // namespace hubdeck
