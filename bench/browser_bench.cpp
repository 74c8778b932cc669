// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

// Measures the cache browser in-process; bench/browser_bench.py drives it and prints the
// figures with the machine and the date.
//   hubdeck-bench-browser populate DIR   time until the window shows the populated tree
//   hubdeck-bench-browser gaps DIR       longest GUI event-loop stall during a scan and a deletion
//   hubdeck-bench-browser tick DIR       time to tick and untick the repo with the most revisions
//   hubdeck-bench-browser memory DIR     peak RSS growth per snapshot entry after the scan
//   hubdeck-bench-browser frees DIR      time to measure the Frees column, and to fill the model with it
//   hubdeck-bench-browser pick DIR       time for Free Space… to pick revisions freeing half the cache
#include "CacheScanner.h"
#include "CacheSession.h"
#include "CacheTreeModel.h"
#include "DeletionPlanner.h"
#include "MainWindow.h"
#include "RowFrees.h"
#include "SelectionLedger.h"
#include "TrimPicker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace hubdeck;

namespace {

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Records the longest interval between two turns of the event loop.
class GapMeter : public QObject
{
public:
    GapMeter()
    {
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_timer.start();
    }
    [[nodiscard]] double longestMs() const { return double(m_longest) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

int populate(const QString &dir)
{
    QElapsedTimer clock;
    clock.start();
    MainWindow window(dir);
    window.show();
    QObject::connect(&window, &MainWindow::scanFinished, &window, [&] {
        QCoreApplication::processEvents(); // the first paint of the filled tree
        std::printf("populated_ms %.1f rows %d\n", double(clock.nsecsElapsed()) / 1e6, window.cachePage()->tree()->model()->rowCount());
        QCoreApplication::quit();
    });
    return QApplication::exec();
}

int gaps(const QString &dir)
{
    MainWindow window(dir);
    window.cachePage()->setConfirmer([](const DeletionPlan &) { return true; });
    window.show();
    GapMeter meter;
    meter.start();
    double scanGap = 0;
    QElapsedTimer deleteClock;
    QObject::connect(&window, &MainWindow::scanFinished, &window, [&] {
        scanGap = meter.longestMs();
        // Delete every detached revision, as the quick selection would.
        window.cachePage()->selectDetached();
        deleteClock.start();
        meter.start();
        window.cachePage()->deleteChecked();
    });
    QObject::connect(&window, &MainWindow::deletionFinished, &window, [&] {
        std::printf("scan_longest_gap_ms %.1f\ndelete_longest_gap_ms %.1f\ndelete_ms %.1f\n", scanGap, meter.longestMs(),
                    double(deleteClock.nsecsElapsed()) / 1e6);
        QCoreApplication::quit();
    });
    return QApplication::exec();
}

int tick(const QString &dir)
{
    CacheTreeModel model;
    model.setScan(CacheScanner::scan(dir));
    int widest = 0;
    for (int r = 1; r < model.scan().repos.size(); ++r)
        if (model.scan().repos[r].revisions.size() > model.scan().repos[widest].revisions.size())
            widest = r;
    const QModelIndex repo = model.index(widest, 0);
    QList<double> times;
    qint64 freed = 0;
    for (int round = 0; round < 21; ++round) {
        QElapsedTimer clock;
        clock.start();
        model.setData(repo, Qt::Checked, Qt::CheckStateRole);
        freed = model.ledger().freedSize();
        const double checkMs = double(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        model.setData(repo, Qt::Unchecked, Qt::CheckStateRole);
        times.append(std::max(checkMs, double(clock.nsecsElapsed()) / 1e6));
    }
    std::sort(times.begin(), times.end());
    std::printf("repo_revisions %lld\ntick_median_ms %.3f\ntick_max_ms %.3f\nfreed_bytes %lld\n",
                static_cast<long long>(model.scan().repos[widest].revisions.size()), times[times.size() / 2], times.last(),
                static_cast<long long>(freed));
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The Frees column's cost: RowFrees::measure on a ledger with nothing ticked (what setScan
// adds for it), against the whole of setScan, on the same scan.
int frees(const QString &dir)
{
    const CacheScan scan = CacheScanner::scan(dir);
    QList<double> measureMs, setScanMs;
    for (int round = 0; round < 7; ++round) {
        SelectionLedger ledger(&scan);
        QElapsedTimer clock;
        clock.start();
        const RowFrees rows = RowFrees::measure(scan, ledger);
        measureMs.append(double(clock.nsecsElapsed()) / 1e6);
        CacheTreeModel model;
        CacheScan copy = scan;
        clock.restart();
        model.setScan(std::move(copy));
        setScanMs.append(double(clock.nsecsElapsed()) / 1e6);
        if (rows.repo(0) != model.frees().repo(0))
            return 1;
    }
    std::printf("frees_measure_ms %.1f\nset_scan_ms %.1f\n", median(measureMs), median(setScanMs));
    return 0;
}

// Free Space…'s pick: half the cache, refs allowed (the most revisions it ever ticks), from a
// copy of the tree's ledger as the dialog does.
int pick(const QString &dir)
{
    CacheTreeModel model;
    model.setScan(CacheScanner::scan(dir));
    QList<double> times;
    qsizetype picked = 0;
    for (int round = 0; round < 11; ++round) {
        QElapsedTimer clock;
        clock.start();
        const TrimPicker::Pick result = TrimPicker::pick(model.scan(), model.ledger(), {model.scan().sizeOnDisk / 2, true});
        times.append(double(clock.nsecsElapsed()) / 1e6);
        picked = result.revisions.size();
    }
    std::sort(times.begin(), times.end());
    std::printf("pick_median_ms %.1f\npick_max_ms %.1f\npicked %lld\nrevisions %lld\n", times[times.size() / 2], times.last(),
                static_cast<long long>(picked), static_cast<long long>(model.scan().revisionCount()));
    return 0;
}

int memory(const QString &dir)
{
    const qint64 before = peakRssKiB();
    CacheTreeModel model;
    model.setScan(CacheScanner::scan(dir));
    const qint64 after = peakRssKiB();
    qint64 entries = 0;
    qint64 nameBytes = 0;
    // Each stored copy of a name once: revisions share the characters of the paths they have
    // in common (CachedRepo::compact), and what is stored once is counted once.
    QSet<const QChar *> names;
    for (const CachedRepo &repo : model.scan().repos)
        for (const CachedRevision &revision : repo.revisions) {
            entries += revision.files.size();
            for (const CachedFile &file : revision.files)
                if (!names.contains(file.relativePath.constData())) {
                    names.insert(file.relativePath.constData());
                    nameBytes += file.relativePath.size() * qint64(sizeof(QChar));
                }
        }
    const double perEntry = entries ? double(after - before) * 1024.0 / double(entries) : 0;
    const double beyondName = entries ? (double(after - before) * 1024.0 - double(nameBytes)) / double(entries) : 0;
    std::printf("entries %lld\npeak_rss_growth_kib %lld\nbytes_per_entry %.1f\nbytes_per_entry_beyond_name %.1f\n",
                static_cast<long long>(entries), static_cast<long long>(after - before), perEntry, beyondName);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HubDeckBench"));
    const QStringList args = QApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: hubdeck-bench-browser populate|gaps|tick|memory|frees|pick CACHE_DIR\n");
        return 2;
    }
    const QString mode = args[1], dir = args[2];
    if (mode == u"populate")
        return populate(dir);
    if (mode == u"gaps")
        return gaps(dir);
    if (mode == u"tick")
        return tick(dir);
    if (mode == u"frees")
        return frees(dir);
    if (mode == u"pick")
        return pick(dir);
    if (mode == u"memory")
        return memory(dir);
    std::fprintf(stderr, "unknown mode\n");
    return 2;
}
