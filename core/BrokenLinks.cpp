// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "BrokenLinks.h"

#include <QHash>

namespace hubdeck {

namespace {

// The link as a person knows it: (commit, path inside <repo>/snapshots/<commit>/).
void addFile(VerifyReport::Problem &problem, const CorruptedRepo::MissingBlob &link)
{
    const QString inSnapshot = link.filePath.section(QStringLiteral("/snapshots/") + link.commitHash + u'/', 1);
    if (!inSnapshot.isEmpty())
        problem.files.append({link.commitHash, inSnapshot});
}

} // namespace

QList<VerifyReport::Problem> BrokenLinks::problems(const CacheScan &scan, const QSet<QString> &corruptedPaths)
{
    QList<VerifyReport::Problem> problems;
    for (const CorruptedRepo &corrupted : scan.corrupted) {
        if (corrupted.missingBlobs.isEmpty() || (!corruptedPaths.isEmpty() && !corruptedPaths.contains(corrupted.path)))
            continue;
        const QString id = corrupted.cacheId.isEmpty() ? corrupted.path.section(u'/', -1) : corrupted.cacheId;
        // Several links may share one missing blob: one problem per blob, as for the blobs verified.
        QList<QString> order;
        QHash<QString, QList<CorruptedRepo::MissingBlob>> linksByBlob;
        for (const CorruptedRepo::MissingBlob &missing : corrupted.missingBlobs) {
            if (!linksByBlob.contains(missing.blobPath))
                order.append(missing.blobPath);
            linksByBlob[missing.blobPath].append(missing);
        }
        for (const QString &blobPath : std::as_const(order)) {
            const QList<CorruptedRepo::MissingBlob> &links = linksByBlob[blobPath];
            VerifyReport::Problem problem;
            problem.kind = VerifyReport::Problem::Kind::Missing;
            problem.cacheId = id;
            problem.blobPath = blobPath;
            problem.message = links.size() == 1
                                  ? QStringLiteral("missing: %1 links to it").arg(links.first().filePath)
                                  : QStringLiteral("missing: %1 and %2 more link to it").arg(links.first().filePath).arg(links.size() - 1);
            for (const CorruptedRepo::MissingBlob &link : links)
                addFile(problem, link);
            problems.append(std::move(problem));
        }
    }
    return problems;
}

QList<VerifyReport::Problem> BrokenLinks::folderBlobProblems(const CacheScan &scan, const QSet<RevisionKey> &revisions)
{
    QList<VerifyReport::Problem> problems;
    for (const CachedRepo &repo : scan.repos) {
        QList<QString> order;
        QHash<QString, VerifyReport::Problem> byBlob;
        for (const CorruptedRepo::MissingBlob &link : repo.folderBlobs) {
            if (!revisions.isEmpty() && !revisions.contains({repo.folderName, link.commitHash}))
                continue;
            if (!byBlob.contains(link.blobPath)) {
                order.append(link.blobPath);
                VerifyReport::Problem problem;
                problem.kind = VerifyReport::Problem::Kind::Unreadable;
                problem.cacheId = repo.cacheId();
                problem.blobPath = link.blobPath;
                problem.repoFolder = repo.folderName;
                problem.message = QStringLiteral("not a regular file (a directory): %1 links to it").arg(link.filePath);
                byBlob.insert(link.blobPath, problem);
            }
            VerifyReport::Problem &problem = byBlob[link.blobPath];
            if (!problem.revisions.contains(link.commitHash))
                problem.revisions.append(link.commitHash);
            addFile(problem, link);
        }
        for (const QString &blob : std::as_const(order))
            problems.append(byBlob.value(blob));
    }
    return problems;
}

} // namespace hubdeck
