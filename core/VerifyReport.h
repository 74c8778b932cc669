// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QMetaType>
#include <QStringList>

namespace hubdeck {

// What an integrity check found. A blob is checked when its name is a content hash:
// 64 hex = SHA-256 of the bytes (LFS files), 40 hex = git blob SHA-1 ("blob <size>\0" + bytes).
struct VerifyReport
{
    struct Problem
    {
        enum class Kind { Mismatch, Missing, Unreadable };
        Kind kind = Kind::Mismatch;
        QString cacheId;  // "model/org/name"
        QString blobPath; // absolute
        QString message;
        QStringList revisions; // commit hashes whose files link to it
        QString repoFolder;    // with each of revisions, the revision's identity (RevisionKey)
        // The files that link to the blob: (commit hash, path inside that snapshot), what a
        // person knows the blob by ("config.json in main").
        QList<std::pair<QString, QString>> files;
    };

    int checked = 0;
    int skipped = 0; // names that are not content hashes (copied files, odd names)
    qint64 bytesRead = 0;
    bool canceled = false;
    QList<Problem> problems;

    [[nodiscard]] bool isClean() const { return problems.isEmpty() && !canceled; }
};

} // namespace hubdeck

Q_DECLARE_METATYPE(hubdeck::VerifyReport)
