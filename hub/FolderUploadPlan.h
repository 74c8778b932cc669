// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QString>

namespace hubdeck {

// What uploading a local folder would send, before anything is hashed or sent: the files
// found (FolderUploadPlanner::plan) and every file or folder left out, each with its reason.
// A value: copy it between threads freely.
struct FolderUploadPlan
{
    // Why a file or folder is left out.
    enum class Skip {
        DefaultIgnored, // .git/, __pycache__/, .venv/, .cache/huggingface/ (a folder: one entry, ending in '/')
        NotIncluded,    // include patterns were given and none matches
        Excluded,       // an exclude pattern matches
        LinkOutside,    // a symbolic link that leads outside the folder: never followed (safety)
        LinkToFolder,   // a symbolic link to a folder: not followed (huggingface_hub does not either)
        NotRegularFile, // a FIFO, socket or device: reading it could block or never end
        Unreadable,     // permission denied, a broken link, an I/O error; detail: the system's reason
        RefusedPath,    // a path the Hub cannot take (RepoPath, or a name that is not UTF-8); detail: why
        TooDeep,        // a folder nested deeper than FolderUploadPlanner::kMaxDepth
    };
    struct File
    {
        QString relativePath; // '/'-separated, relative to the folder: what the patterns see
        QString pathInRepo;   // where it goes: pathInRepo + '/' + relativePath (RepoPath::check'ed)
        QString localPath;    // absolute; a link inside the folder stays a link (read through it)
        qint64 size = 0;      // bytes, when planned
    };
    struct Skipped
    {
        // Relative to the folder ('/' at the end for a folder). Names are FileName::decode'd
        // bytes: show them with PrintableText, never raw.
        QString relativePath;
        Skip reason = Skip::Excluded;
        QString detail; // more for Unreadable and RefusedPath; may be empty
    };

    QString folder;         // absolute, links resolved
    QString pathInRepo;     // the folder's place in the repository, no '/' at either end; empty: the root
    QList<File> files;      // sorted by relativePath
    QList<Skipped> skipped; // in the order found
    qint64 totalBytes = 0;  // of files

    [[nodiscard]] int skippedCount(Skip reason) const;
    // "ignored by default (.git, __pycache__, .venv)", translated.
    [[nodiscard]] static QString reasonText(Skip reason);
};

} // namespace hubdeck
