// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DeletionExecutor.h"

#include "DeletionRun.h"
#include "DirWalker.h"
#include "FileName.h"
#include "InUseFiles.h"
#include "LayeredFreeSpace.h"
#include "PosixFs.h"
#include "UniqueFd.h"

#include <QtConcurrent>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>

namespace hubdeck {

namespace {

struct HeldBlob
{
    QString path;
    qint64 bytes = 0; // st_blocks × 512
    QString holder;   // InUseFiles::describe()
};

// The planned repos' blobs with a single link that a running process holds open or has mapped:
// what removing them does not free yet. One /proc walk, then an lstat per blob.
QList<HeldBlob> heldBlobs(const DeletionPlan &plan)
{
    QList<HeldBlob> held;
    if (plan.items.isEmpty())
        return held;
    const InUseFiles inUse = InUseFiles::snapshot();
    if (inUse.isEmpty())
        return held;
    // Every regular file of a planned repo: blobs, and the files a symlink-less cache keeps in
    // its snapshots (attack X4: a mapped model there was "freed: 50.0M").
    for (const DeletionPlan::RepoItem &repo : plan.items) {
        const UniqueFd root = PosixFs::openDir(AT_FDCWD, FileName::encode(repo.repoPath), Links::NoFollow);
        if (!root.isValid())
            continue;
        DirWalker walker(DirWalker::Unreadable::Skip);
        (void)walker.walk(root.get(),
                          [&](const DirWalker::Folder &folder, const QList<PosixFs::Entry> &names, QList<QByteArray> &subfolders) {
                              for (const PosixFs::Entry &name : names) {
                                  struct stat st
                                  {
                                  };
                                  if (!PosixFs::statAt(folder.fd, name.name, st, Links::NoFollow))
                                      continue;
                                  if (S_ISDIR(st.st_mode)) {
                                      subfolders.append(name.name);
                                  } else if (S_ISREG(st.st_mode) && st.st_nlink == 1) {
                                      if (const InUseFiles::Holder *holder = inUse.holder(st.st_dev, st.st_ino))
                                          held.append({repo.repoPath + u'/' + folder.relPrefix() + FileName::decode(name.name),
                                                       qint64(st.st_blocks) * 512, InUseFiles::describe(*holder)});
                                  }
                              }
                              return true;
                          });
    }
    return held;
}

} // namespace

QFuture<DeletionReport> DeletionExecutor::executeAsync(const DeletionPlan &plan, std::shared_ptr<std::atomic_bool> cancel)
{
    return QtConcurrent::run([plan, cancel](QPromise<DeletionReport> &promise) {
        DeletionReport report = execute(plan, &promise, [cancel] { return cancel && cancel->load(); });
        promise.addResult(std::move(report));
    });
}

DeletionReport DeletionExecutor::execute(const DeletionPlan &plan, QPromise<DeletionReport> *promise,
                                         const std::function<bool()> &isCanceled)
{
    // On overlayfs a removed file of the image's layers frees nothing: the run's figure is what
    // the disk gained (LayeredFreeSpace). Another program's writes meanwhile can only make it say less.
    const LayeredFreeSpace layers(plan.cacheDir);
    const QList<HeldBlob> held = heldBlobs(plan);
    DeletionRun run(plan, promise, isCanceled);
    DeletionReport report = run.run();
    for (const HeldBlob &blob : held) {
        struct stat st
        {
        };
        if (::lstat(FileName::encode(blob.path).constData(), &st) == 0 || errno != ENOENT)
            continue; // still there: nothing of it was counted
        const qint64 kept = std::min(blob.bytes, report.freedBytes);
        report.freedBytes -= kept;
        report.heldOpenBytes += kept;
        if (!report.heldOpenBy.contains(blob.holder))
            report.heldOpenBy.append(blob.holder);
    }
    if (layers.measures()) {
        const LayeredFreeSpace::Split split = layers.split(report.freedBytes);
        report.freedBytes = split.freed;
        report.hiddenBytes = split.hidden;
    }
    return report;
}

} // namespace hubdeck
