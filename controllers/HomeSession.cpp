// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HomeSession.h"

#include "CacheLocation.h"
#include "DisplayFormat.h"
#include "FileName.h"
#include "HomeScanner.h"
#include "HomeTreeModel.h"
#include "PrintableText.h"

#include <QDateTime>
#include <QSet>
#include <QtConcurrent>

#include <algorithm>
#include <cerrno>
#include <limits>
#include <sys/stat.h>
#include <utility>

namespace hubdeck {

HomeSession::HomeSession(HomeTreeModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    updateRecheck();
    connect(&m_scan.watcher(), &QFutureWatcher<HomeScan>::progressRangeChanged, this,
            [this](int, int maximum) { Q_EMIT scanProgress(0, maximum); });
    connect(&m_scan.watcher(), &QFutureWatcher<HomeScan>::progressValueChanged, this,
            [this](int value) { Q_EMIT scanProgress(value, m_scan.watcher().progressMaximum()); });
    connect(&m_scan.watcher(), &QFutureWatcher<HomeScan>::finished, this, &HomeSession::onScanFinished);
    connect(&m_deletion.watcher(), &QFutureWatcher<HomeDeletion::Report>::progressTextChanged, this, [this](const QString &text) {
        const auto [done, freed] = HomeDeletion::progressFromText(text);
        takeOutDoneEntries();
        Q_EMIT deletionProgress(done, freed);
    });
    connect(&m_deletion.watcher(), &QFutureWatcher<HomeDeletion::Report>::finished, this, &HomeSession::onDeletionFinished);
    m_measureDelay.setSingleShot(true);
    m_measureDelay.setInterval(100);
    connect(&m_measureDelay, &QTimer::timeout, this, &HomeSession::measureChecked);
    connect(&m_emptied.watcher(), &QFutureWatcher<Emptied>::finished, this, &HomeSession::onCheckedMeasured);
    // Connected before any page's: what a page reads on checksChanged is already reset.
    connect(m_model, &HomeTreeModel::checksChanged, this, [this] {
        ++m_checksGeneration;
        m_emptiedFolders = 0;
        m_emptiedBytes.clear();
        m_measureDelay.start();
    });
    connect(&m_watcher, &TreeWatcher::changed, this, [this] {
        Q_EMIT changedOnDisk();
        rescan();
    });
    connect(&m_watcher, &TreeWatcher::recheckDue, this, [this] {
        // Quietly (no status message every few seconds), and never queued behind a scan that
        // runs: on a home that takes longer to scan than the interval, scans would never stop.
        if (!isScanning())
            rescan();
    });
}

HomeSession::~HomeSession() = default; // each job stops and waits for its work

void HomeSession::setHome(const HfHome &home)
{
    m_home = home;
    m_scanned = false;
    m_model->clearChecks();
    m_watcher.clear();
    m_active = false;
    updateRecheck();
    if (isScanning()) {
        // The scan of the previous home stops; the new home's starts when it has.
        m_scan.stop();
        m_rescanPending = true;
        return;
    }
    rescan();
}

void HomeSession::rescan()
{
    if (isDeleting() || m_home.root().isEmpty())
        return;
    // A home the libraries cannot use, or do not use as located (a variable set but empty):
    // nothing of it is listed, so nothing can be ticked and deleted in a place they do not
    // write; the page says why (HomeScanner::unusable).
    if (!HomeScanner::unusable(m_home).isEmpty()) {
        m_rescanPending = false;
        m_scan.stop();
        HomeScan nothing;
        nothing.root = m_home.root();
        m_model->setScan(std::move(nothing));
        m_scanned = true;
        Q_EMIT scanFinished(false);
        return;
    }
    if (isScanning()) {
        m_rescanPending = true;
        return;
    }
    m_watcher.cancelPending();
    m_scanClock.start();
    Q_EMIT scanStarted();
    m_scan.start([home = m_home](const auto &) { return HomeScanner::scanAsync(home); });
}

void HomeSession::cancelScan()
{
    m_rescanPending = false;
    m_scan.stop();
}

void HomeSession::onScanFinished()
{
    std::optional<HomeScan> scan = m_scan.result();
    if (scan && scan->root != m_home.root())
        scan.reset(); // a home that is no longer the one shown (setHome during the scan)
    if (!scan && m_rescanPending) {
        m_rescanPending = false;
        rescan();
        return;
    }
    const bool canceled = !scan;
    if (!canceled) {
        // Active: written within kActiveSeconds of this scan, or held by a process or a lock.
        const double since = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0 - kActiveSeconds;
        m_active = std::any_of(scan->parts.cbegin(), scan->parts.cend(), [since](const HomeScan::Part &part) {
            return std::any_of(part.entries.cbegin(), part.entries.cend(),
                               [since](const HomeEntry &entry) { return !entry.inUse.isEmpty() || entry.lastModified >= since; });
        });
        m_model->setScan(std::move(*scan));
        m_scanned = true;
        for (const QString &path : std::exchange(m_tickAfterScan, {}))
            m_model->setPathChecked(path, true);
        // The folders around the ticked entries may hold more or less by now: measured again for
        // the same ticks, so the summary keeps its figure meanwhile instead of saying
        // "measuring…" after every re-check.
        m_measureDelay.start();
        m_lastScanMs = m_scanClock.elapsed();
    }
    watch();
    if (std::exchange(m_resumeWatchAfterScan, false)) {
        m_watcher.cancelPending();
        m_watcher.setSuspended(false);
    }
    updateRecheck();
    Q_EMIT scanFinished(canceled);
    if (m_rescanPending) {
        m_rescanPending = false;
        rescan();
    }
}

void HomeSession::watch()
{
    // HF_HOME, each part's root and the folders right below them: a new dataset cache, an
    // xet endpoint or a module shows up there. Deeper changes (a download growing a chunk
    // cache) come with the re-checks: a watch per folder of a large home would exhaust
    // inotify. The hub's repos are not watched one by one: the Cache page watches them, and a
    // new repo shows in the hub's root. A folder not made yet is watched through its nearest existing parent.
    QSet<QString> wanted{CacheLocation::nearestExisting(m_home.root())};
    for (const HfHome::Part &part : m_home.parts()) {
        const QString root = CacheLocation::nearestExisting(part.path);
        wanted.insert(root);
        if (root != part.path || part.kind == HfHome::Kind::Hub)
            continue;
        for (const QString &child : HfHome::childFolders(part.path))
            wanted.insert(child);
    }
    m_watcher.setPaths(QStringList(wanted.cbegin(), wanted.cend()));
}

void HomeSession::setRecheckInterval(int milliseconds)
{
    m_recheckBaseMs = milliseconds;
    updateRecheck();
}

int HomeSession::recheckIntervalFor(int baseMs, qint64 lastScanMs)
{
    if (baseMs <= 0)
        return 0;
    constexpr qint64 kMaxMs = 10 * 60 * 1000; // a home that slow still shows growth within minutes
    return int(std::max<qint64>(baseMs, std::min<qint64>(lastScanMs * 10, kMaxMs)));
}

void HomeSession::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    updateRecheck();
}

void HomeSession::updateRecheck()
{
    // A quiet home is measured again too, less often: a write deep inside an entry idle since
    // the last scan reaches no watch, nor does a program opening one of its files (GUI attack
    // K12: a download filling the chunk cache showed only after F5).
    const int base =
        m_active || m_recheckBaseMs > std::numeric_limits<int>::max() / kQuietFactor ? m_recheckBaseMs : m_recheckBaseMs * kQuietFactor;
    m_watcher.setRecheckInterval(recheckIntervalFor(base, m_lastScanMs));
    m_watcher.setRechecking(m_onScreen);
}

qint64 HomeSession::checkedEmptiedBytes() const
{
    qint64 total = 0;
    for (const qint64 bytes : m_emptiedBytes)
        total += bytes;
    return total;
}

void HomeSession::measureChecked()
{
    if (m_emptied.isRunning()) {
        m_emptied.stop(); // its result is for older ticks: onCheckedMeasured starts again
        return;
    }
    HomeDeletion::Plan plan = planForChecked();
    if (plan.entries.isEmpty() || isDeleting()) {
        m_emptiedFolders = 0;
        m_emptiedBytes.clear();
        m_measuredGeneration = m_checksGeneration;
        Q_EMIT checkedMeasured();
        return;
    }
    m_emptied.start([plan = std::move(plan), generation = m_checksGeneration](const auto &) mutable {
        return QtConcurrent::run([plan = std::move(plan), generation]() mutable {
            HomeDeletion::findEmptiedFolders(plan);
            Emptied emptied;
            emptied.generation = generation;
            emptied.folders = int(plan.emptiedFolders.size());
            for (const QString &folder : std::as_const(plan.emptiedFolders))
                if (struct stat st{}; ::lstat(FileName::encode(folder).constData(), &st) == 0)
                    emptied.bytesByDevice[quint64(st.st_dev)] += qint64(st.st_blocks) * 512;
            return emptied;
        });
    });
}

void HomeSession::onCheckedMeasured()
{
    const std::optional<Emptied> emptied = m_emptied.result();
    if (!emptied || emptied->generation != m_checksGeneration) {
        if (!m_measureDelay.isActive())
            measureChecked();
        return;
    }
    m_emptiedFolders = emptied->folders;
    m_emptiedBytes = emptied->bytesByDevice;
    m_measuredGeneration = emptied->generation;
    Q_EMIT checkedMeasured();
}

HomeDeletion::Plan HomeSession::planForChecked() const
{
    const QStringList checked = m_model->checkedPaths();
    if (checked.isEmpty())
        return {};
    // A part whose every tickable entry is ticked is asked for whole, as `home rm PART`: the
    // plan is the same, and it also names each entry of the part that stays, with its reason (in
    // use, unreadable…), which the confirmation then says (GUI attack H3: a ticked part's entries
    // in use were left without a word).
    const QSet<QString> ticked(checked.cbegin(), checked.cend());
    QSet<QString> wholeParts;
    QStringList paths;
    for (const HomeScan::Part &part : m_model->scan().parts) {
        if (part.kind == QLatin1String("hub") || part.kind == QLatin1String("other") || !part.sameFolderAs.isEmpty())
            continue;
        bool any = false;
        bool all = true;
        for (const HomeEntry &entry : part.entries) {
            if (!(m_model->flags(m_model->indexOfPath(entry.path)) & Qt::ItemIsUserCheckable))
                continue;
            const bool on = ticked.contains(entry.path);
            any = any || on;
            all = all && on;
        }
        if (any && all) {
            wholeParts.insert(part.path);
            paths.append(part.path);
        }
    }
    for (const QString &path : checked)
        if (std::none_of(wholeParts.cbegin(), wholeParts.cend(), [&](const QString &part) { return path.startsWith(part + u'/'); }))
            paths.append(path);
    return HomeDeletion::plan(m_model->scan(), paths);
}

HomeDeletion::Plan HomeSession::planFor(const QStringList &paths) const
{
    return HomeDeletion::plan(m_model->scan(), paths);
}

void HomeSession::startDeletion(const HomeDeletion::Plan &plan)
{
    if (isDeleting() || plan.entries.isEmpty())
        return;
    // Our own deletion changes the folders too; the scan after it shows the result.
    m_watcher.setSuspended(true);
    m_resumeWatchAfterScan = false; // a scan stopped now does not turn the watch back on
    m_rescanPending = false;
    m_scan.stop();
    m_deletionPlan = plan;
    m_gone = std::make_shared<HomeDeletion::GoneEntries>();
    m_deletion.start([this, gone = m_gone](std::shared_ptr<std::atomic_bool> stop) {
        return HomeDeletion::runAsync(m_home, m_deletionPlan, std::move(stop), gone);
    });
    // Once running, so that what the signal updates sees isDeleting() (the page's Delete
    // button stayed enabled through the whole deletion).
    Q_EMIT deletionStarted(int(plan.entries.size()));
}

void HomeSession::takeOutDoneEntries()
{
    // The run found these no longer on disk (nor renamed aside, nor any of its members) once it
    // was past them (HomeDeletion::GoneEntries, looked at on its thread): they leave the tree
    // now. What it refused, kept or left part-deleted is still there and stays until the scan
    // after the run.
    if (!m_gone)
        return;
    for (const qsizetype index : m_gone->take())
        if (index < m_deletionPlan.entries.size())
            m_model->removeEntry(m_deletionPlan.entries.at(index).path);
}

void HomeSession::cancelDeletion()
{
    m_deletion.stop();
}

QString HomeSession::summary(const HomeDeletion::Report &report)
{
    if (report.blocked && !report.errors.isEmpty())
        return report.errors.first(); // nothing was touched: the line says why and who
    const QString freed = DisplayFormat::size(report.freedBytes);
    const int removed = int(report.removed.size());
    QString text = report.canceled ? tr("Stopped: %Ln entr(ies) deleted, %1 freed", nullptr, removed).arg(freed)
                                   : tr("Deleted %Ln entr(ies), %1 freed", nullptr, removed).arg(freed);
    // Said apart from the errors: deleting it again finishes it (the tree flags it too).
    if (!report.partlyDeleted.isEmpty())
        text += report.partlyDeleted.size() == 1
                    ? tr("; partly deleted: %1 (delete it again to finish)").arg(PrintableText::name(report.partlyDeleted.first()))
                    : tr("; %Ln partly deleted (delete them again to finish)", nullptr, int(report.partlyDeleted.size()));
    if (!report.errors.isEmpty())
        text += tr("; %Ln could not be deleted", nullptr, int(report.errors.size()));
    if (report.sharedBytes > 0)
        text += tr("; %1 more stays on disk: other files share its blocks (reflinks or snapshots)")
                    .arg(DisplayFormat::size(report.sharedBytes));
    if (report.hiddenBytes > 0)
        text += tr("; %1 of it lies in the container image's read-only layers (overlayfs): hidden, not freed")
                    .arg(DisplayFormat::size(report.hiddenBytes));
    // Not in the plan, so left: said, lest the user wonder why downloads/ is not empty.
    // Where it is now, and since when, which fits a stopped deletion finished later as well as
    // a download fetched during the run (GUI attack K2: "arrived while it was deleted" of files
    // written while no deletion ran, and not where they went).
    const bool sinceBegun = !report.arrived.isEmpty() && report.arrivedInStopped == report.arrived.size();
    if (sinceBegun && report.arrived.size() == 1)
        text +=
            tr("; kept %1, which was written or moved into it since its deletion began").arg(PrintableText::name(report.arrived.first()));
    else if (sinceBegun)
        text += tr("; kept %Ln file(s) or folder(s) written or moved into it since its deletion began, first %1", nullptr,
                   int(report.arrived.size()))
                    .arg(PrintableText::name(report.arrived.first()));
    else if (report.arrived.size() == 1)
        text += tr("; kept %1, which another program wrote there after it was listed for deletion")
                    .arg(PrintableText::name(report.arrived.first()));
    else if (!report.arrived.isEmpty())
        text += tr("; kept %Ln file(s) or folder(s) that another program wrote there after they were listed for deletion, first %1",
                   nullptr, int(report.arrived.size()))
                    .arg(PrintableText::name(report.arrived.first()));
    return text + u'.';
}

void HomeSession::onDeletionFinished()
{
    HomeDeletion::Report report;
    if (auto result = m_deletion.result())
        report = std::move(*result);
    else
        report.canceled = true;
    // What is gone can no longer be ticked; the rest of the ticks stay for the next try. What a
    // stop left part-deleted (renamed aside) is ticked once the scan lists it: it is what was
    // asked for, and "delete it again to finish" then means pressing Delete again (GUI attack H9).
    for (const QString &path : std::as_const(report.removed))
        m_model->setPathChecked(path, false);
    // A ticked entry the confirmation's check found could not be deleted whole (an immutable
    // file, a mount inside) was left alone: unticked, and said in the result, never left to
    // look like one that simply waits (GUI attack K16).
    const QStringList ticked = m_model->checkedPaths();
    QStringList leftAlone;
    for (const HomeDeletion::Refusal &refusal : std::as_const(m_deletionPlan.refusals))
        if (!refusal.path.isEmpty() && ticked.contains(refusal.path) && m_model->setPathChecked(refusal.path, false))
            leftAlone.append(refusal.reason);
    m_tickAfterScan = report.partlyDeleted;
    Q_EMIT deletionFinished(report);
    QString line = summary(report);
    if (!leftAlone.isEmpty() && !report.blocked) {
        if (line.endsWith(u'.')) // its full stop, which a translation may not have
            line.chop(1);
        line += leftAlone.size() == 1
                    ? tr("; unticked, as the confirmation said: %1").arg(leftAlone.first())
                    : tr("; %Ln entr(ies) the confirmation said could not be deleted whole are unticked.", nullptr, int(leftAlone.size()));
        if (!line.endsWith(u'.'))
            line += u'.';
    }
    Q_EMIT statusMessage(line, 0);
    // Watching again once the scan after it has run: the changes this deletion made, still
    // arriving, are not "changed on disk" news, whose message replaced the result (H7).
    m_resumeWatchAfterScan = true;
    rescan();                                                          // the truth after the deletion, measured again
    if (!isScanning() && std::exchange(m_resumeWatchAfterScan, false)) // no scan to wait for
        m_watcher.setSuspended(false);
}

} // namespace hubdeck
