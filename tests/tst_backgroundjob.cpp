// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "BackgroundJob.h"
#include "ProgressEstimate.h"

#include <QSignalSpy>
#include <QtConcurrent>
#include <QTest>

#include <thread>

using namespace hubdeck;

namespace {

// Counts until stopped (by either way) or until `limit`, reporting how far it got.
QFuture<int> countUntilStopped(std::shared_ptr<std::atomic_bool> stop, int limit, std::shared_ptr<std::atomic_bool> started)
{
    return QtConcurrent::run([stop, limit, started](QPromise<int> &promise) {
        *started = true;
        int n = 0;
        while (n < limit && !*stop && !promise.isCanceled()) {
            ++n;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        promise.addResult(n);
    });
}

} // namespace

// The one background-job helper of the controllers: how a stop reaches the work decides
// whether its result survives.
class TestBackgroundJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progressEstimateFromTheAverageRate()
    {
        QCOMPARE(ProgressEstimate::secondsLeft(50, 100, 10), 10.0); // half done in 10 s
        QCOMPARE(ProgressEstimate::secondsLeft(1, 4, 3), 9.0);
        QCOMPARE(ProgressEstimate::secondsLeft(100, 100, 10), 0.0);
        QCOMPARE(ProgressEstimate::secondsLeft(50, 100, 1.5), -1.0); // too early to say
        QCOMPARE(ProgressEstimate::secondsLeft(0.5, 100, 10), -1.0); // under 1 % done
        QCOMPARE(ProgressEstimate::secondsLeft(0, 0, 10), -1.0);
        ProgressEstimate notStarted;
        QCOMPARE(notStarted.secondsLeft(50, 100), -1.0);
    }

    void finishesWithItsResult()
    {
        BackgroundJob<int> job(BackgroundJob<int>::Stop::Flag);
        QSignalSpy finished(&job.watcher(), &QFutureWatcher<int>::finished);
        auto started = std::make_shared<std::atomic_bool>(false);
        job.start([&](std::shared_ptr<std::atomic_bool> stop) { return countUntilStopped(std::move(stop), 5, started); });
        QVERIFY(finished.wait(5000));
        QCOMPARE(job.result(), std::optional<int>(5));
        QVERIFY(!job.isRunning());
    }

    // A deletion stopped through its flag still reports what it did before the stop.
    void aFlagStopKeepsTheResult()
    {
        BackgroundJob<int> job(BackgroundJob<int>::Stop::Flag);
        QSignalSpy finished(&job.watcher(), &QFutureWatcher<int>::finished);
        auto started = std::make_shared<std::atomic_bool>(false);
        job.start([&](std::shared_ptr<std::atomic_bool> stop) { return countUntilStopped(std::move(stop), 1000000, started); });
        QTRY_VERIFY(*started);
        job.stop();
        QVERIFY(finished.wait(5000));
        QVERIFY(job.result().has_value());
        QVERIFY(*job.result() < 1000000);
    }

    // A scan stopped through its future has nothing to show.
    void aFutureStopDropsTheResult()
    {
        BackgroundJob<int> job(BackgroundJob<int>::Stop::Future);
        QSignalSpy finished(&job.watcher(), &QFutureWatcher<int>::finished);
        auto started = std::make_shared<std::atomic_bool>(false);
        job.start([&](std::shared_ptr<std::atomic_bool> stop) { return countUntilStopped(std::move(stop), 1000000, started); });
        QTRY_VERIFY(*started);
        job.stop();
        QVERIFY(finished.wait(5000));
        QCOMPARE(job.result(), std::nullopt);
    }

    // Destroying the job stops its work and waits for it: nothing outlives the owner.
    void destroyingStopsAndWaits()
    {
        auto started = std::make_shared<std::atomic_bool>(false);
        auto flag = std::make_shared<std::shared_ptr<std::atomic_bool>>();
        QFuture<int> future;
        {
            BackgroundJob<int> job(BackgroundJob<int>::Stop::Flag);
            job.start([&](std::shared_ptr<std::atomic_bool> stop) {
                *flag = stop;
                future = countUntilStopped(std::move(stop), 1000000, started);
                return future;
            });
            QTRY_VERIFY(*started);
        }
        QVERIFY(future.isFinished());
        QVERIFY(**flag);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
