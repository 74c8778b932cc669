// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace hubdeck {

// One piece of long work at a time, off the GUI thread, for a controller: the QFuture a
// QtConcurrent + QPromise function returns, watched on the GUI side (connect to watcher()'s
// progress and finished signals), stopped on request, and never outliving its owner: the
// destructor stops it and waits.
//
// How a stop reaches the work is the work's own choice (Stop):
// - Flag: a shared flag the work polls. Its result still arrives, saying how far it got;
//   a deletion's report of what was removed before the stop must not be lost.
// - Future: QFuture::cancel(). The result is dropped; a canceled scan has nothing to show.
template <typename T>
class BackgroundJob
{
public:
    enum class Stop {
        Flag,
        Future,
    };
    using Launch = std::function<QFuture<T>(std::shared_ptr<std::atomic_bool> stop)>;

    explicit BackgroundJob(Stop stop)
        : m_stop(stop)
    {
        // Connected first, so that the owner's own finished handler already sees the job as
        // done and may start the next one.
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, [this] { m_running = false; });
    }
    BackgroundJob(const BackgroundJob &) = delete;
    BackgroundJob &operator=(const BackgroundJob &) = delete;
    ~BackgroundJob()
    {
        stop();
        m_watcher.waitForFinished();
    }

    // Starts the work `launch` returns, handing it a fresh stop flag.
    void start(const Launch &launch)
    {
        m_flag = std::make_shared<std::atomic_bool>(false);
        m_running = true;
        m_watcher.setFuture(launch(m_flag));
    }
    void stop()
    {
        if (m_stop == Stop::Future)
            m_watcher.cancel();
        else if (m_flag)
            *m_flag = true;
    }

    // From start() until the watcher's finished signal has been delivered, not only while the
    // work runs: in between, its result is not yet handled, and starting another job would
    // replace the future whose finished signal the owner still waits for.
    [[nodiscard]] bool isRunning() const { return m_running; }
    // The work's result, once finished; nullopt when it was canceled through its future or
    // ended without one.
    [[nodiscard]] std::optional<T> result() const
    {
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
            return std::nullopt;
        return m_watcher.result();
    }
    [[nodiscard]] QFutureWatcher<T> &watcher() { return m_watcher; }
    [[nodiscard]] const QFutureWatcher<T> &watcher() const { return m_watcher; }

private:
    Stop m_stop;
    QFutureWatcher<T> m_watcher;
    std::shared_ptr<std::atomic_bool> m_flag;
    bool m_running = false;
};

} // namespace hubdeck
