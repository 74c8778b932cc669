// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HomeSession.h"

#include "CacheLocation.h"
#include "DisplayFormat.h"
#include "HomeScanner.h"
#include "HomeTreeModel.h"

#include <QDir>
#include <QSet>

namespace hubdeck {

HomeSession::HomeSession(HomeTreeModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(2000);
    connect(&m_scan.watcher(), &QFutureWatcher<HomeScan>::progressRangeChanged, this,
            [this](int, int maximum) { Q_EMIT scanProgress(0, maximum); });
    connect(&m_scan.watcher(), &QFutureWatcher<HomeScan>::progressValueChanged, this,
            [this](int value) { Q_EMIT scanProgress(value, m_scan.watcher().progressMaximum()); });
    connect(&m_scan.watcher(), &QFutureWatcher<HomeScan>::finished, this, &HomeSession::onScanFinished);
    connect(&m_deletion.watcher(), &QFutureWatcher<HomeDeletion::Report>::progressTextChanged, this, [this](const QString &freed) {
        Q_EMIT deletionProgress(m_deletion.watcher().progressValue(), freed.toLongLong()); // runAsync's text: bytes freed
    });
    connect(&m_deletion.watcher(), &QFutureWatcher<HomeDeletion::Report>::finished, this, &HomeSession::onDeletionFinished);
    connect(&m_fsWatcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        // Our own deletion changes the folders too; the scan after it shows the result.
        if (!isDeleting())
            m_debounce.start();
    });
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        Q_EMIT changedOnDisk();
        rescan();
    });
}

HomeSession::~HomeSession() = default; // each job stops and waits for its work

void HomeSession::setHome(const HfHome &home)
{
    m_home = home;
    m_scanned = false;
    m_model->clearChecks();
    if (!m_fsWatcher.directories().isEmpty())
        m_fsWatcher.removePaths(m_fsWatcher.directories());
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
    if (isScanning()) {
        m_rescanPending = true;
        return;
    }
    m_debounce.stop();
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
        m_model->setScan(std::move(*scan));
        m_scanned = true;
    }
    watch();
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
    // cache) wait for F5: a watch per folder of a large home would exhaust inotify. The hub's
    // repos are not watched one by one: the Cache page watches them, and a new repo shows in
    // the hub's root. A folder not made yet is watched through its nearest existing parent.
    QSet<QString> wanted{CacheLocation::nearestExisting(m_home.root())};
    for (const HfHome::Part &part : m_home.parts()) {
        const QString root = CacheLocation::nearestExisting(part.path);
        wanted.insert(root);
        if (root != part.path || part.kind == HfHome::Kind::Hub)
            continue;
        const QFileInfoList children = QDir(part.path).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks);
        for (const QFileInfo &child : children)
            wanted.insert(child.absoluteFilePath());
    }
    wanted.remove(QString());
    const QStringList current = m_fsWatcher.directories();
    QStringList stale;
    for (const QString &path : current)
        if (!wanted.contains(path))
            stale.append(path);
    if (!stale.isEmpty())
        m_fsWatcher.removePaths(stale);
    const QSet<QString> have(current.cbegin(), current.cend());
    QStringList added;
    for (const QString &path : std::as_const(wanted))
        if (!have.contains(path))
            added.append(path);
    if (!added.isEmpty())
        m_fsWatcher.addPaths(added);
}

HomeDeletion::Plan HomeSession::planForChecked() const
{
    const QStringList paths = m_model->checkedPaths();
    if (paths.isEmpty())
        return {};
    return HomeDeletion::plan(m_model->scan(), paths);
}

void HomeSession::startDeletion(const HomeDeletion::Plan &plan)
{
    if (isDeleting() || plan.entries.isEmpty())
        return;
    m_debounce.stop();
    m_rescanPending = false;
    m_scan.stop();
    m_deletionPlan = plan;
    Q_EMIT deletionStarted(int(plan.entries.size()));
    m_deletion.start(
        [this](std::shared_ptr<std::atomic_bool> stop) { return HomeDeletion::runAsync(m_home, m_deletionPlan, std::move(stop)); });
}

void HomeSession::cancelDeletion()
{
    m_deletion.stop();
}

QString HomeSession::summary(const HomeDeletion::Report &report)
{
    const QString freed = DisplayFormat::size(report.freedBytes);
    const int removed = int(report.removed.size());
    QString text = report.canceled ? tr("Stopped: %n entr(ies) deleted, %1 freed", nullptr, removed).arg(freed)
                                   : tr("Deleted %n entr(ies), %1 freed", nullptr, removed).arg(freed);
    if (!report.errors.isEmpty())
        text += tr("; %n could not be deleted", nullptr, int(report.errors.size()));
    return text + u'.';
}

void HomeSession::onDeletionFinished()
{
    HomeDeletion::Report report;
    if (auto result = m_deletion.result())
        report = std::move(*result);
    else
        report.canceled = true;
    // What is gone can no longer be ticked; the rest of the ticks stay for the next try.
    for (const QString &path : std::as_const(report.removed))
        m_model->setPathChecked(path, false);
    Q_EMIT deletionFinished(report);
    Q_EMIT statusMessage(summary(report), 0);
    rescan(); // the truth after the deletion, measured again
}

} // namespace hubdeck
