// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CacheScan.h"
#include "RevisionKey.h"
#include "VerifyReport.h"

#include <QSet>

namespace hubdeck {

// The snapshot links whose blob is missing, as integrity problems. The scan drops a repo with
// a broken link as a corrupted entry (huggingface_hub's rule 7), so none of its blobs reaches
// BlobVerifier; these are what `cache verify` and the GUI's check add so a missing blob is
// reported as missing, with exit code 1, as the README promises.
class BrokenLinks
{
public:
    // One Kind::Missing problem per missing blob path, of the corrupted entries whose path is in
    // corruptedPaths (all of them when it is empty). Problem::revisions stays empty: the repo is
    // not in the scan's repos, so --delete-corrupt cannot plan its revisions (and a bare hash
    // could name another repo's revision). The message names the link.
    [[nodiscard]] static QList<VerifyReport::Problem> problems(const CacheScan &scan, const QSet<QString> &corruptedPaths = {});
    // One Kind::Unreadable problem ("not a regular file (a directory)") per blob that is a folder,
    // of the given revisions (all when empty), with the revisions that link to it.
    [[nodiscard]] static QList<VerifyReport::Problem> folderBlobProblems(const CacheScan &scan, const QSet<RevisionKey> &revisions = {});
};

} // namespace hubdeck
