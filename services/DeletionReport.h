#pragma once

#include <QStringList>

namespace hubdeck {

// What a deletion did. Nothing is dropped silently: every failure is in errors, every
// path that was already gone or deliberately kept is in notes.
struct DeletionReport
{
    bool canceled = false;
    qint64 freedBytes = 0; // measured: sizes of the regular files actually removed
    QStringList errors;
    QStringList notes;
    QStringList removedRepos;
    QStringList removedSnapshots;
    QStringList removedRefs;
    QStringList removedBlobs;
    QStringList removedIncompleteFiles;
    QStringList removedPayloads; // hashes

    [[nodiscard]] bool succeeded() const { return !canceled && errors.isEmpty(); }
};

} // namespace hubdeck
