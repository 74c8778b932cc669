// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace hubdeck {

// When a folder tree on disk changed enough to scan it again, for the Cache and Overview
// sessions. It watches a few chosen folders (inotify cannot afford one watch per folder of a
// large cache), and each change re-arms a debounce timer: `changed` comes once a burst of
// writes has settled, not once per file.
//
// Writes below the watched folders (a datasets Arrow cache four folders down, a chunk cache
// growing) reach no watch. For those, an optional re-check: while the owner says something is
// being written (setRechecking), `recheckDue` comes every recheckInterval milliseconds.
class TreeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit TreeWatcher(int delayMilliseconds, QObject *parent = nullptr);

    // The folders to watch: those not watched yet are added, the others dropped. Paths that do
    // not exist are skipped (the owner watches their nearest existing parent instead).
    void setPaths(const QStringList &paths);
    void clear();
    [[nodiscard]] QStringList paths() const { return m_watcher.directories(); }

    // Milliseconds between the last change of a burst and `changed`.
    void setDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }
    [[nodiscard]] int delay() const { return m_debounce.interval(); }

    // While suspended (our own deletion is changing the folders) changes are dropped, and a
    // `changed` already due is not sent.
    void setSuspended(bool suspended);
    [[nodiscard]] bool isSuspended() const { return m_suspended; }
    // Drops a `changed` that is due (a scan is starting anyway).
    void cancelPending() { m_debounce.stop(); }
    [[nodiscard]] bool isPending() const { return m_debounce.isActive(); }

    // Milliseconds between re-checks; 0 (the default) turns them off.
    void setRecheckInterval(int milliseconds);
    [[nodiscard]] int recheckInterval() const { return m_recheckInterval; }
    // On while the owner knows of writes the watches may miss and its view is on screen.
    void setRechecking(bool on);
    [[nodiscard]] bool isRechecking() const { return m_recheck.isActive(); }

Q_SIGNALS:
    // The watched folders changed, and the burst has settled.
    void changed();
    // Time for a re-check (not sent while suspended, nor while a `changed` is due).
    void recheckDue();

private:
    void onDirectoryChanged();
    void updateRecheck();

    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QTimer m_recheck;
    int m_recheckInterval = 0;
    bool m_rechecking = false;
    bool m_suspended = false;
};

} // namespace hubdeck
