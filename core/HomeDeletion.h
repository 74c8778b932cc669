// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HfHome.h"
#include "HomeEntryIndex.h"
#include "HomeScan.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

namespace hubdeck {

class InUseFiles;

// Deletes entries of a Hugging Face home (issue #14), and nothing else: only entries a scan
// listed as deletable, inside a part HfHome located, never a part root, never credentials,
// never an entry a running process is using.
// A folder is first renamed to "<name>.hubdeck-deleting" in place, so the library that wrote
// it never finds it half-deleted, then removed without following links (SafeRemover). A stop
// at any point (cancel, kill, power cut) leaves either the entry whole or that renamed
// folder, which the next scan lists as an interrupted deletion and the next deletion finishes.
// Once an entry is gone, the folders it sat in below its part's root go too while they are
// empty (assets/<library>/<namespace>, xet/<endpoint>): rmdir only, never what they hold.
class HomeDeletion
{
    Q_DECLARE_TR_FUNCTIONS(HomeDeletion)

public:
    // A path that will not be deleted, and why.
    struct Refusal
    {
        QString path;     // absolute; empty when what was asked for names nothing (see argument)
        QString argument; // as the user gave it, when it names nothing or two things; else empty
        QString reason;   // one sentence that names the path, for people: "Not deleted: … (credentials). …"
        // For a plan's refusal, the index in plan()'s paths of the first one that asked for it
        // (a part given whole asks for each of its entries); -1 otherwise.
        int given = -1;
    };
    struct Plan
    {
        QList<HomeEntry> entries; // as the scan listed them
        QList<Refusal> refusals;  // what will not be deleted, in the order asked, each path once
        // Parts asked for whole that hold nothing left to delete (no entry, or only an emptied
        // datasets/downloads; also a part not on disk): nothing to do, which is no refusal, so
        // running the same `home rm PART` again after it finished is not a failure (attack P7).
        QStringList alreadyClear;
        // A part or a folder of entries asked for whole: what it holds that stays (HubDeck never
        // deletes it: a user's file, a hub repo of TRANSFORMERS_CACHE), by listed name, with the
        // folder; said with the plan, as the folder then stays too (attack F5).
        QList<std::pair<QString, QStringList>> keptInside;
        // Each part's folder (by its path) as the scan found it, links followed: run() deletes
        // only in those same folders, and refuses the entries of a part whose path now reaches
        // another folder (swapped for a link while the plan waited). A part missing here is
        // taken as run() first opens it.
        QHash<QString, FileIdentity> partFolders;
        // Each part whose folder is a link (by its path) and where it leads, as the scan found
        // it (HomeScan::Part::linkTarget): its entries are deleted there, which a confirmation says.
        QHash<QString, QString> partLinks;
        // Folders the run never removes, even emptied: each part's folder and datasets'
        // downloads/ (where the libraries write next). Set by plan().
        QSet<QString> foldersThatStay;
        // The folders that hold only entries of the plan below their part's folder (an assets
        // library's namespace, an xet endpoint's folder), which the run removes once emptied, and
        // the bytes on disk they hold (st_blocks × 512). Set by withoutObstacles(), after its
        // refusals; in sizeOnDisk(), in no entry's figure (attack Q4: "freed" 8-12K over the plan).
        QStringList emptiedFolders;
        qint64 emptiedFolderBytes = 0;
        // Entries withoutGone() took out, by path: no longer on disk.
        QStringList gone;
        // When the scan the plan was made from began (HomeScan::scannedAt), in nanoseconds since
        // the epoch, 0 when unknown: a download of datasets/downloads made or changed after it
        // was not listed to whoever confirmed the plan, so the run keeps it as an arrival (attack
        // W3: one fetched while `home rm` asked [y/N] was deleted and counted as freed).
        qint64 listedAtNs = 0;
        // The refusals' reasons, one sentence each, in the same order.
        [[nodiscard]] QStringList refusalReasons() const;
        // Bytes on disk the run gives back when nothing changes meanwhile: the entries' freeable
        // bytes together (HomeEntry::freeableTogether: a hard-linked file whose names are all
        // in the plan counts once; one that keeps a name elsewhere stays), and the folders it
        // leaves empty (emptiedFolderBytes).
        [[nodiscard]] qint64 sizeOnDisk() const;
        // Bytes of the entries' files in extents shared with other files (reflinks, snapshots),
        // which sizeOnDisk() leaves out: the disk keeps them while those files stay.
        [[nodiscard]] qint64 sharedExtents() const;
        // Bytes of files hard-linked between the plan's entries, which only deleting them
        // together frees: sizeOnDisk() less the entries' own freeable bytes (each entry's line
        // in a confirmation), so that the lines add up to the total.
        [[nodiscard]] qint64 linkedBetweenEntries() const;
        // The parts that are links (partLinks) holding an entry of the plan, as (link, where it
        // leads), in partLinks' order: a confirmation says their entries are deleted there.
        [[nodiscard]] QList<std::pair<QString, QString>> linkedPartsUsed() const;
    };

    // What to delete for these paths, as `home ls` lists them: an entry's path, one of its
    // members (the whole entry then), or a part's root, which stands for every deletable entry
    // of that part, never the folder itself. Paths are absolute (the CLI resolves what the
    // user typed: PART/NAME, or a path that is absolute or starts with ./ or ../).
    [[nodiscard]] static Plan plan(const HomeScan &scan, const QStringList &paths);
    // An absolute path, however spelt, in the scan's spelling when it reaches one of its entries,
    // a part's folder or HF_HOME: through a link to HF_HOME or to a part, HF_HOME given as a link
    // (--dir), "..", a trailing '/'. Its folders are resolved as the kernel resolves them, its last
    // name never: an entry that is a link is the link. A path that only looks inside
    // (HF_HOME/datasets/x/../y where x is a link elsewhere) is returned resolved, outside, and
    // names nothing; one that reaches nothing listed is returned cleaned, for the refusal.
    [[nodiscard]] static QString asListed(const HomeScan &scan, const QString &path);
    // The same with the scan's entries indexed once (HomeEntryIndex), for many paths.
    [[nodiscard]] static QString asListed(const HomeScan &scan, const HomeEntryIndex &index, const QString &path);

    struct Report
    {
        bool canceled = false;
        // Another HubDeck deletion held the home (its parts' folders locked): nothing was
        // touched, and errors holds the one line that says so, with that process's pid.
        bool blocked = false;
        qint64 freedBytes = 0; // on disk (st_blocks × 512), measured before and after each entry
        QStringList removed;   // paths of entries now gone
        // Entries of the plan that were no longer there at their turn, nothing of them left:
        // another process (an earlier HubDeck deletion) removed them since the scan. Neither
        // removed by this run nor counted in freedBytes, and not an error.
        QStringList alreadyGone;
        QStringList errors; // one line each; entries in use are here too, naming the process
        // Entries this run began (renamed aside, marked, or some of their files removed) but did
        // not finish, stopped or failed part-way: the next scan lists each as an interrupted
        // deletion and deleting it again finishes it. A folder renamed aside is named by its
        // renamed path ("<entry>.hubdeck-deleting"), which names only what is left of it. Their bytes already given back are in
        // freedBytes; they are not in removed.
        QStringList partlyDeleted;
        // Paths of what arrived while the run deleted (another program writing): a download in
        // datasets' downloads that was not listed, or that replaced a listed one under its name;
        // an entry's path that holds a folder or file again after the entry was renamed aside
        // (datasets building the cache anew, xet storing a chunk). Kept, as they were not in the
        // plan, and neither counted as unremoved nor subtracted from freedBytes. Not an error: the
        // entry is in removed all the same.
        QStringList arrived;
        // How many of arrived were kept by finishing a stopped deletion: written or moved into
        // it since it was set aside, before this run's plan perhaps, so not "after it was listed"
        // (GUI attack B2). Messages say "since its deletion began" when all were.
        qsizetype arrivedInStopped = 0;
        // Bytes of the removed files that other files share (reflinks, snapshots: see
        // SharedExtents), measured as freedBytes is and left out of it: the disk keeps them
        // while those others stay. 0 on filesystems that do not share extents.
        qint64 sharedBytes = 0;
        // On overlayfs (a container): bytes of removed files that the image's read-only layers
        // keep, hidden from view but not freed (the disk's free space, measured per entry, did
        // not grow by them). Left out of freedBytes; 0 elsewhere.
        qint64 hiddenBytes = 0;
        [[nodiscard]] bool succeeded() const { return !canceled && errors.isEmpty(); }
    };
    // Where the run that finishes this stopped deletion (an InterruptedDeletion entry with
    // keptArrivals) puts what it keeps: the entry's own path, or "<entry>.hubdeck-kept" when that
    // path holds something now (AsideFolder::giveBack), for a plan to say (attack Z14).
    [[nodiscard]] static QString keptArrivalsGoTo(const HomeEntry &leftover);
    // progress: entries done, bytes freed so far. Runs on the calling thread, holding an
    // exclusive flock on HF_HOME's folder and each part's (see FolderLocks) for the whole run:
    // a second run in the same home, in any process, is refused (Report::blocked) rather than
    // racing this one. Each entry is checked whole before it is touched: one with a folder that
    // cannot be read or emptied, or with a mount point inside, is refused as it stands.
    using Progress = std::function<void(int entriesDone, qint64 freedBytes)>;
    [[nodiscard]] static Report run(const HfHome &home, const Plan &plan, const std::function<bool()> &isCanceled = {},
                                    const Progress &progress = {});
    // Why this entry cannot be removed whole as it stands, or an empty string: a folder in it
    // that cannot be read or emptied (read-only, another user's), or a mount point at or below
    // it (/proc/self/mountinfo). Walks the entry without following links; run() asks again
    // just before it starts on the entry, and refuses it with this line.
    [[nodiscard]] static QString obstacle(const HomeEntry &entry, const std::function<bool()> &isCanceled = {});
    // Plan::keptInside's line for one folder, as the Overview's confirmation says it: "Stays in
    // <folder>, as HubDeck never deletes it: <the first five names> and N more."
    [[nodiscard]] static QString keptInsideNote(const QString &folder, const QStringList &kept);
    // Takes out of the plan each entry with an obstacle, as a refusal (appended to
    // plan.refusals, given -1), and returns those refusals: a plan shown before the run
    // (`home rm`, also --dry-run) then promises only what the run can do. Stops checking when
    // isCanceled says so, leaving the rest in the plan. Then finds the folders the run will leave
    // empty (Plan::emptiedFolders), reading them: call it off the GUI thread. A folder in use
    // stays; inUse, when given, is what tells (a snapshot the caller has just taken, so that
    // /proc is not walked twice), else one is taken here.
    static QList<Refusal> withoutObstacles(Plan &plan, const std::function<bool()> &isCanceled = {}, const InUseFiles *inUse = nullptr);
    // Measures each entry of the plan again, now, as run() will just before it starts on it,
    // with the processes' files in inUse (InUseFiles::snapshot()): an entry a process has
    // opened, locked or works in since the scan leaves the plan as a refusal (appended to
    // plan.refusals, given -1, "Not deleted: PATH is in use: held open by python3 (pid 4242).");
    // the others get their freeable bytes, sizeOnDisk and sharedExtents as they are now, so that
    // a confirmation quotes what the run will free rather than what the scan found (GUI attacks
    // K3, K15: "Delete 25.0 MB" freed 65.0 MB of a dataset written since). Stops when
    // isCanceled says so, leaving the rest as they were. Reads every file's inode: off the
    // GUI thread.
    static QList<Refusal> remeasure(Plan &plan, const InUseFiles &inUse, const std::function<bool()> &isCanceled = {});
    // Only the folders the run will leave empty (Plan::emptiedFolders, emptiedFolderBytes), as
    // withoutObstacles() finds them, without walking the entries: it reads the folders between
    // the entries and their part's folder, and /proc (a folder in use stays). For a front end's
    // running total while entries are ticked; off the GUI thread.
    static void findEmptiedFolders(Plan &plan);
    // Takes out of the plan each entry no longer on disk (neither its path nor a member is
    // there: deleted or moved by another program since it was listed), into Plan::gone, and
    // returns how many. For a confirmation that says so rather than "can be deleted" (GUI
    // attack H4); run() reports such an entry as already gone.
    static qsizetype withoutGone(Plan &plan);
    // Whether another process's HubDeck deletion holds this home now (the lock run() takes,
    // read from /proc/locks without taking it: FolderLocks::heldBy): the pid that holds it, or
    // nullopt. This process's own deletion is not another's. For a front end to say so: while
    // it runs, the entries it renamed list as interrupted deletions (HomeScanner::scan marks
    // them), and a plan may change under it. run() checks again.
    // Held means HF_HOME's own folder is (every deletion in the home takes it, and so may a
    // script's flock on the home), or a part's folder is by what may be a HubDeck deletion (one
    // in another home sharing the part). Another program's flock on a part's folder alone is
    // not: partsLockedByOthers.
    [[nodiscard]] static std::optional<qint64> runningDeletion(const HfHome &home);
    // The parts whose own folder (not HF_HOME's) another program holds a flock on (a script
    // serialising its jobs with flock(1) on the folder HF_DATASETS_DOWNLOADED_DATASETS_PATH
    // names), by part path (HfHome::Part::path): the holder's pid. run() refuses to delete in
    // them while it holds on; the rest of the home is not held up (attack report 17, F9). Read
    // from /proc/locks, as runningDeletion; no lock is taken.
    [[nodiscard]] static QHash<QString, qint64> partsLockedByOthers(const HfHome &home);
    // Both at once, each folder asked once (a scan wants both: HomeScanner::scan). partsByOthers
    // is empty when a deletion holds the home.
    struct HomeLocks
    {
        std::optional<qint64> deletion;       // runningDeletion()
        QHash<QString, qint64> partsByOthers; // partsLockedByOthers()
    };
    [[nodiscard]] static HomeLocks locks(const HfHome &home);
    // Whether a lock's holder is, or may be, a HubDeck deletion: its name starts with "hubdeck",
    // or it cannot be seen (pid 0: another PID namespace; no name: gone or another user's).
    [[nodiscard]] static bool mayBeDeletion(qint64 pid, const QString &holder);
    // Report::blocked's line for that pid: "Nothing deleted: another HubDeck deletion is
    // running in this home (pid N). …".
    [[nodiscard]] static QString blockedReason(qint64 pid);
    // The same with the holder's name already read (HomeScan::deletionHolder): no /proc read.
    // folder: the part's folder another program holds, when that is what held the run up
    // (named in the line), rather than the home's.
    [[nodiscard]] static QString blockedReason(qint64 pid, const QString &holder, const QString &folder = {});
    // The name of the process with that pid (/proc/PID/comm), or "" when it cannot be read:
    // whether a lock on the home is a HubDeck deletion's ("hubdeck", "hubdeck-cli") or another
    // program's flock on a part's folder.
    [[nodiscard]] static QString holderName(qint64 pid);
    // The entries of a running plan that are gone from disk, by index in Plan::entries: runAsync
    // looks at each once the run is past it (isGone), on its own thread, so that a front end
    // takes them out of its view as the run goes without a stat on the GUI thread. Shared
    // between the two; thread-safe.
    class GoneEntries
    {
    public:
        void add(qsizetype index);
        // The indexes added since the last call, in the order added.
        [[nodiscard]] QList<qsizetype> take();

    private:
        std::mutex m_mutex;
        QList<qsizetype> m_indexes;
    };
    // Whether nothing of the entry is on disk any more: neither its path, nor its path set aside
    // ("….hubdeck-deleting"), nor a member; for an entry whose folder stays (datasets/downloads),
    // nothing in that folder but its entries of their own (extracted/). lstat, and that one
    // folder's names.
    [[nodiscard]] static bool isGone(const HomeEntry &entry);
    // On a worker thread. Progress goes in the text, "ENTRIES_DONE FREED_BYTES" (decimal;
    // progressFromText() reads it), at most every 50 ms and at each entry done, also while one
    // large entry is being emptied: QFutureInterface drops a text whose value does not grow,
    // so the value only counts reports, up to
    // INT_MAX for the last (never dropped). Stopped through `cancel` rather than the
    // future, so that the report of what was done still arrives (as DeletionExecutor).
    // gone, when given, receives the entries found gone before each progress text that says
    // they are done.
    [[nodiscard]] static QFuture<Report> runAsync(const HfHome &home, const Plan &plan, std::shared_ptr<std::atomic_bool> cancel,
                                                  std::shared_ptr<GoneEntries> gone = {});
    // runAsync()'s progress text as (entries done, bytes freed); (0, 0) for any other text.
    [[nodiscard]] static std::pair<int, qint64> progressFromText(const QString &text);

private:
    [[nodiscard]] static QString firstNames(const QStringList &names);
};

} // namespace hubdeck
