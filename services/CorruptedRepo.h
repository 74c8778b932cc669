#pragma once

#include <QString>

namespace hubdeck {

// An entry of the cache root that huggingface_hub would skip with a warning. HubDeck keeps it
// so the user can see what it is, how big it is, and remove it.
struct CorruptedRepo
{
    enum class Reason {
        NotADirectory,
        BadFolderName,
        BadRepoType,
        NoSnapshotsFolder,
        RefsIsAFile,
        FileInSnapshots,
        BrokenLink,
        RefToMissingCommit,
        Unreadable, // beyond the reference, which would crash: an I/O error inside the repo
    };

    QString path;    // absolute path of the root entry
    QString message; // the reference's warning text
    Reason reason = Reason::Unreadable;
    qint64 sizeOnDisk = 0; // regular files under it, links not followed
    // A repo-named folder with nothing but empty folders in it (no snapshots/): what a stop in
    // the last steps of a whole-repo deletion leaves. `cache rm` of its id and prune remove it.
    bool holdsNoFiles = false;
};

} // namespace hubdeck
