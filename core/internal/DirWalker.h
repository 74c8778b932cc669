// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "PosixFs.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace hubdeck {

// Depth-first walk of a folder tree without recursion, so any depth a path can reach
// (PATH_MAX allows about 2,000 nested one-letter folders) is walked without exhausting the
// stack. Only the deepest few folders keep a descriptor open; an ancestor whose descriptor
// was closed is reopened through ".." of its child and checked by device and inode, so a
// deep tree never needs more than a handful of descriptors. Links are never followed.
class DirWalker
{
public:
    struct Folder
    {
        int fd = -1;
        int depth = 0; // 0 for the root
        // "" for the root, then "a/", "a/b/", ... (names decoded). Built when first asked and
        // kept for the folder's sub-folders, so that a walk that never asks (a removal, but for
        // its messages) keeps no path per level: 5,000 nested folders would hold 275 MB of them.
        // Valid during the callback that is given the folder.
        [[nodiscard]] QString relPrefix() const { return prefixOf ? (*prefixOf)(depth) : QString(); }
        const std::function<QString(int depth)> *prefixOf = nullptr;
    };
    // Called once per folder with its entries (readdir order, "." and ".." left out). It appends
    // to subfolders the names of the entries to descend into, and returns false to stop the walk.
    using Visit = std::function<bool(const Folder &folder, const QList<PosixFs::Entry> &entries, QList<QByteArray> &subfolders)>;
    // Called once a sub-folder and everything below it has been walked (post-order), with its
    // parent (whose descriptor is open again) and its name there; false stops the walk. A
    // removal empties a folder in visit and removes it here.
    using Leave = std::function<bool(const Folder &parent, const QByteArray &name)>;

    enum class Result {
        Done,
        Stopped, // visit returned false
        Failed,  // a folder could not be opened or read: failedPrefix and error say which and why
    };

    // What a sub-folder that cannot be opened or read does to the walk. Skip leaves it out
    // (for sizes, where a best effort is the answer); deleting always fails, so that nothing
    // is reported removed while part of it stays.
    enum class Unreadable {
        Fail,
        Skip,
    };

    explicit DirWalker(Unreadable unreadable = Unreadable::Fail)
        : m_skipUnreadable(unreadable == Unreadable::Skip)
    {}

    // rootFd stays owned by the caller; leave is never called for the root itself.
    [[nodiscard]] Result walk(int rootFd, const Visit &visit, const Leave &leave = {});
    // A sub-folder that is gone (ENOENT) by the time it is opened is left out instead of
    // failing the walk: another removal got there first.
    void setSkipVanished(bool skip) { m_skipVanished = skip; }

    [[nodiscard]] const QString &failedPrefix() const { return m_failedPrefix; }
    [[nodiscard]] int error() const { return m_error; }

private:
    bool m_skipUnreadable;
    bool m_skipVanished = false;
    QString m_failedPrefix;
    int m_error = 0;
};

} // namespace hubdeck
