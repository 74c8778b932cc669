// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FolderUploadPlan.h"
#include "HubResult.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace hubdeck {

// Which files of a local folder an upload sends, and which files of the repository it
// deletes, as huggingface_hub's upload_folder decides (hf_api.py
// _prepare_upload_folder_additions and _prepare_folder_deletions, utils/_paths.py
// filter_repo_objects), with these departures, all for safety or truth:
// - a symbolic link is followed only when it leads to a regular file inside the folder; one
//   that leads outside (`id_rsa -> ~/.ssh/id_rsa`) is left out and reported, where
//   huggingface_hub would upload what it points to;
// - FIFOs, sockets and devices are left out (reading a FIFO blocks forever), as are unreadable
//   files and folders, each reported: nothing is dropped silently;
// - besides huggingface_hub's default ignores (.git, .cache/huggingface), `__pycache__/` and
//   `.venv/` are left out, at any depth, unless useDefaultIgnores is false.
// Reading the folder changes nothing: entries are listed and lstat'ed, files opened only to
// check that they can be read (O_NOATIME where the system lets us), never read here.
class FolderUploadPlanner
{
public:
    struct Options
    {
        QString folder;     // absolute, or relative to the current folder
        QString pathInRepo; // where the folder goes in the repository; '/' at either end dropped; empty: the root
        // Unix shell patterns (fnmatch, as Python's: '*' matches '/' too, no backslash escapes,
        // case matters) on the path relative to the folder; a pattern ending in '/' gets '*'
        // appended (a folder and everything in it). include empty: every file.
        QStringList include;
        QStringList exclude;
        // Patterns on the repository's files under pathInRepo, relative to it (deletions()).
        QStringList deletePatterns;
        bool useDefaultIgnores = true;
    };

    // Folders nested deeper are left out (Skip::TooDeep): the walk keeps one open folder per
    // level, and no Space needs more.
    static constexpr int kMaxDepth = 128;

    // Walks options.folder. Blocking, at the speed of listing the folder: run it off the GUI
    // thread. `stop`, when set, ends it with HubError::Kind::Canceled; `progress` is called
    // now and then with the entries seen so far. Errors (HubError::Kind::LocalFile): the
    // folder does not exist, is not a folder or cannot be listed; a path in pathInRepo the Hub
    // cannot take.
    [[nodiscard]] static HubResult<FolderUploadPlan> plan(const Options &options, const std::atomic_bool *stop = nullptr,
                                                          const std::function<void(qint64 entriesSeen)> &progress = {});
    // The repository's files to delete: those under options.pathInRepo whose path relative to
    // it matches a delete pattern, except `.gitattributes` and the files the plan adds (they
    // are replaced, not deleted). `remoteFiles`: every file of the revision, full paths
    // (HubClient's tree listing). Sorted.
    [[nodiscard]] static QStringList deletions(const QStringList &remoteFiles, const Options &options, const FolderUploadPlan &plan);
    // Whether `a` and `b` give the same plan: the same folder (made absolute against the current
    // folder, cleaned), path in the repository ('/' at either end dropped), include and exclude
    // patterns (in order) and default ignores. Delete patterns play no part in a plan.
    [[nodiscard]] static bool samePlan(const Options &a, const Options &b);
    // fnmatch as Python's fnmatch.fnmatchcase, after the trailing-'/' rule above.
    [[nodiscard]] static bool matches(const QString &path, const QString &pattern);
    // Folder names left out by default at any depth.
    [[nodiscard]] static QStringList defaultIgnoredFolders();
};

} // namespace hubdeck
