// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "TreeWatcher.h"

#include <QFileInfo>
#include <QSet>

namespace hubdeck {

TreeWatcher::TreeWatcher(int delayMilliseconds, QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(delayMilliseconds);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &TreeWatcher::onDirectoryChanged);
    connect(&m_debounce, &QTimer::timeout, this, &TreeWatcher::changed);
    connect(&m_recheck, &QTimer::timeout, this, [this] {
        // A change the watches saw is on its way already; one scan covers both.
        if (!m_suspended && !m_debounce.isActive())
            Q_EMIT recheckDue();
    });
}

void TreeWatcher::onDirectoryChanged()
{
    if (!m_suspended)
        m_debounce.start(); // restarts: the burst is not over yet
}

void TreeWatcher::setPaths(const QStringList &paths)
{
    const QSet<QString> wanted(paths.cbegin(), paths.cend());
    const QStringList current = m_watcher.directories();
    QStringList stale;
    for (const QString &path : current)
        if (!wanted.contains(path))
            stale.append(path);
    if (!stale.isEmpty())
        m_watcher.removePaths(stale);
    const QSet<QString> have(current.cbegin(), current.cend());
    QStringList added;
    for (const QString &path : wanted)
        if (!path.isEmpty() && !have.contains(path) && QFileInfo(path).isDir())
            added.append(path);
    if (!added.isEmpty())
        m_watcher.addPaths(added);
}

void TreeWatcher::clear()
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_debounce.stop();
}

void TreeWatcher::setSuspended(bool suspended)
{
    m_suspended = suspended;
    if (suspended)
        m_debounce.stop();
}

void TreeWatcher::setRecheckInterval(int milliseconds)
{
    m_recheckInterval = milliseconds;
    updateRecheck();
}

void TreeWatcher::setRechecking(bool on)
{
    m_rechecking = on;
    updateRecheck();
}

void TreeWatcher::updateRecheck()
{
    if (m_rechecking && m_recheckInterval > 0) {
        if (!m_recheck.isActive() || m_recheck.interval() != m_recheckInterval)
            m_recheck.start(m_recheckInterval); // a running timer keeps its phase
    } else {
        m_recheck.stop();
    }
}

} // namespace hubdeck
