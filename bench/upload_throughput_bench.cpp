// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

// Upload throughput to a local fake LFS store (FakeHub's, plain http on 127.0.0.1): HubDeck's
// CommitUpload, basic and multipart, against `curl -T` sending the same bytes to the same
// store, side by side in each round (A B C, A B C, ...), so every ratio is taken within one
// round on the same warm page cache and the same load. Prints the machine, the date, each
// way's median seconds and MB/s, and the median of the per-round ratios against curl.
//
//   hubdeck-bench-upload [--bytes N] [--rounds R] [--part-bytes P] [--concurrency C] [--parts-at-once K] [--curl PATH]
//
// The store runs on its own thread, as a server would in its own process: it costs both
// uploaders the same. HubDeck's time is the whole CommitUpload (preupload, LFS batch, the
// PUTs, multipart completion, commit); curl's is the one PUT. The file is random bytes in a
// temporary folder, hashed once before the rounds (as UploadFile::read does before any
// upload), not inside them; that hashing's time is printed too. Each way's CPU time is printed
// beside its wall time: the store's thread, and the uploader's (HubDeck's threads; curl's process). Nothing here passes or fails: the
// target (0.8x curl) is read by people.
#include "CommitUpload.h"
#include "FakeHub.h"
#include "HubClient.h"
#include "UploadFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <sys/resource.h>

using namespace hubdeck;
using hubdeck::test::FakeHub;

namespace {

const QString kSpace = QStringLiteral("bench/upload");

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly))
        for (const QByteArray &line : cpuinfo.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("unknown CPU");
}

QString memory()
{
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (!meminfo.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> first = meminfo.readLine().simplified().split(' ');
    return QStringLiteral(", %1 GiB").arg(first.value(1).toLongLong() / 1024.0 / 1024.0, 0, 'f', 0);
}

double seconds(const timespec &t)
{
    return t.tv_sec + t.tv_nsec / 1e9;
}

double seconds(const timeval &t)
{
    return t.tv_sec + t.tv_usec / 1e6;
}

// CPU seconds (user + system) of this process, and of its children waited for (curl).
double processCpu()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return seconds(t);
}

double childrenCpu()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// What one upload cost: wall time, and CPU time of the store's thread and of the uploader
// (HubDeck: this process less the store; curl: its process). On 2 cores, how these add up
// against the wall time says who waited for whom.
struct Cost
{
    double wall = 0;
    double storeCpu = 0;
    double uploaderCpu = 0;
};

// The fake Hub and its store, living on their own thread; every touch of their state goes
// through onServer().
class Server
{
public:
    Server()
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        onServer([this] {
            m_hub = new FakeHub;
            if (!m_hub->listen())
                qFatal("the fake Hub cannot listen on 127.0.0.1");
            m_hub->addSpace(kSpace, QStringLiteral("RUNNING"));
            m_hub->verifyAction = true;
        });
    }
    ~Server()
    {
        onServer([this] { delete m_hub; });
        m_thread.quit();
        m_thread.wait();
    }
    void onServer(const std::function<void()> &work) { QMetaObject::invokeMethod(&m_anchor, work, Qt::BlockingQueuedConnection); }
    // Forgets every object and commit, so that the next upload sends every byte again.
    void reset(qint64 multipartChunkSize)
    {
        onServer([this, multipartChunkSize] {
            m_hub->store().objects.clear();
            m_hub->store().clearRequests();
            m_hub->remoteOids.clear();
            m_hub->clearRequests();
            m_hub->multipartChunkSize = multipartChunkSize;
        });
    }
    [[nodiscard]] qint64 stored(const QString &oid)
    {
        qint64 size = -1;
        onServer([&] { size = m_hub->store().objects.value(oid, -1); });
        return size;
    }
    // CPU seconds the store's thread has used so far.
    [[nodiscard]] double cpu()
    {
        double out = 0;
        onServer([&] {
            timespec t{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            out = seconds(t);
        });
        return out;
    }
    [[nodiscard]] QString endpoint()
    {
        QString out;
        onServer([&] { out = m_hub->endpoint(); });
        return out;
    }
    [[nodiscard]] QString storeEndpoint()
    {
        QString out;
        onServer([&] { out = m_hub->store().endpoint(); });
        return out;
    }
    [[nodiscard]] QString token()
    {
        QString out;
        onServer([&] { out = m_hub->token; });
        return out;
    }

private:
    QThread m_thread;
    QObject m_anchor;
    FakeHub *m_hub = nullptr;
};

// The cost of one CommitUpload of `file`, or a fatal error.
Cost hubdeckUpload(Server &server, const UploadFile &file, qint64 partBytes, int concurrency, int partsAtOnce)
{
    server.reset(partBytes);
    HubClient::Options options;
    options.endpoint = server.endpoint();
    options.token = server.token();
    HubClient client(options);
    CommitUpload::Request request;
    request.repoId = kSpace;
    request.summary = QStringLiteral("bench");
    request.additions = {file};
    request.concurrency = concurrency;
    request.partsAtOnce = partsAtOnce;
    CommitUpload upload(&client, request);
    QEventLoop loop;
    HubResult<CommitUpload::Outcome> result;
    QObject::connect(&upload, &CommitUpload::finished, &loop, [&](const HubResult<CommitUpload::Outcome> &r) {
        result = r;
        loop.quit();
    });
    const double store0 = server.cpu();
    const double process0 = processCpu();
    QElapsedTimer clock;
    clock.start();
    upload.start();
    loop.exec();
    Cost cost;
    cost.wall = clock.nsecsElapsed() / 1e9;
    cost.storeCpu = server.cpu() - store0;
    cost.uploaderCpu = processCpu() - process0 - cost.storeCpu;
    if (!result.ok())
        qFatal("hubdeck upload failed: %s", qPrintable(result.error.message()));
    if (result.value->lfsBytesUploaded != file.size || server.stored(file.sha256) != file.size)
        qFatal("hubdeck upload: the store does not have the object");
    return cost;
}

Cost curlUpload(Server &server, const QString &curl, const UploadFile &file)
{
    server.reset(0);
    QProcess process;
    process.setProgram(curl);
    process.setArguments({QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                          QStringLiteral("%{http_code}"), QStringLiteral("-T"), file.localPath,
                          server.storeEndpoint() + QStringLiteral("/objects/") + file.sha256});
    const double store0 = server.cpu();
    const double children0 = childrenCpu();
    QElapsedTimer clock;
    clock.start();
    process.start();
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        qFatal("curl failed: %s", process.readAllStandardError().constData());
    Cost cost;
    cost.wall = clock.nsecsElapsed() / 1e9;
    cost.storeCpu = server.cpu() - store0;
    cost.uploaderCpu = childrenCpu() - children0;
    if (process.readAllStandardOutput() != "200" || server.stored(file.sha256) != file.size)
        qFatal("curl upload: the store does not have the object");
    return cost;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 bytes = 1LL << 30;
    int rounds = 5;
    qint64 partBytes = 64LL << 20;
    int concurrency = CommitUpload::kDefaultConcurrency;
    int partsAtOnce = CommitUpload::kDefaultPartsAtOnce;
    QString curl = QStringLiteral("curl");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--bytes")
            bytes = args[i + 1].toLongLong();
        else if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
        else if (args[i] == u"--part-bytes")
            partBytes = args[i + 1].toLongLong();
        else if (args[i] == u"--concurrency")
            concurrency = args[i + 1].toInt();
        else if (args[i] == u"--parts-at-once")
            partsAtOnce = args[i + 1].toInt();
        else if (args[i] == u"--curl")
            curl = args[i + 1];
        else
            qFatal("unknown option %s", qPrintable(args[i]));
    }
    if (bytes <= 0 || rounds <= 0 || partBytes <= 0 || concurrency <= 0 || partsAtOnce <= 0)
        qFatal("usage: hubdeck-bench-upload [--bytes N] [--rounds R] [--part-bytes P] [--concurrency C] [--parts-at-once K] [--curl PATH]");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blob.bin"));
    {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        QByteArray block(4 << 20, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (qint64 left = bytes; left > 0; left -= block.size()) {
            generator.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            out.write(block.constData(), std::min<qint64>(left, block.size()));
        }
    }
    QString error;
    QElapsedTimer hashClock;
    hashClock.start();
    const auto file = UploadFile::read(path, QStringLiteral("blob.bin"), &error);
    const double hashSeconds = hashClock.nsecsElapsed() / 1e9;
    if (!file)
        qFatal("%s", qPrintable(error));

    Server server;
    const QString basic = QStringLiteral("hubdeck basic");
    const QString multipart = QStringLiteral("hubdeck multipart");
    const QString peer = QStringLiteral("curl -T");
    std::map<QString, QList<Cost>> costs;
    // A warm-up of each way first: the page cache, and the store's first allocations (it keeps
    // multipart parts' buffers for the next parts: a fresh buffer costs a page fault every 4 KiB).
    hubdeckUpload(server, *file, 0, concurrency, partsAtOnce);
    hubdeckUpload(server, *file, partBytes, concurrency, partsAtOnce);
    curlUpload(server, curl, *file);
    for (int round = 0; round < rounds; ++round) {
        costs[basic].append(hubdeckUpload(server, *file, 0, concurrency, partsAtOnce));
        costs[multipart].append(hubdeckUpload(server, *file, partBytes, concurrency, partsAtOnce));
        costs[peer].append(curlUpload(server, curl, *file));
    }

    std::printf("# upload throughput benchmark, %s UTC\n",
                qPrintable(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    std::printf("# %s: %s, %d cores%s, %s %s\n", qPrintable(QSysInfo::machineHostName()), qPrintable(cpuModel()),
                QThread::idealThreadCount(), qPrintable(memory()), qPrintable(QSysInfo::kernelType()),
                qPrintable(QSysInfo::kernelVersion()));
    std::printf("# %lld bytes to the fake LFS store on 127.0.0.1; multipart in parts of %lld bytes; concurrency %d, "
                "%d parts at once; %d rounds after a warm-up, medians\n",
                bytes, partBytes, concurrency, partsAtOnce, rounds);
    // Once, just after the file was written (so from the page cache): sha256 and git's sha1 in one pass.
    std::printf("%-24s %8.3f s %9.1f MB/s\n", "UploadFile::read (hash)", hashSeconds, bytes / hashSeconds / 1e6);
    const auto column = [&](const QString &way, double Cost::*field) {
        QList<double> out;
        for (const Cost &cost : costs[way])
            out.append(cost.*field);
        return out;
    };
    for (const QString &way : {basic, multipart, peer}) {
        const double s = median(column(way, &Cost::wall));
        std::printf("%-24s %8.3f s %9.1f MB/s   CPU: store %.3f s, uploader %.3f s\n", qPrintable(way), s, bytes / s / 1e6,
                    median(column(way, &Cost::storeCpu)), median(column(way, &Cost::uploaderCpu)));
    }
    for (const QString &way : {basic, multipart}) {
        QList<double> ratios;
        for (int round = 0; round < rounds; ++round)
            ratios.append(costs[peer][round].wall / costs[way][round].wall);
        std::printf("%-24s %8.2fx curl's throughput (per-round ratios: min %.2f, max %.2f)\n", qPrintable(way), median(ratios),
                    *std::min_element(ratios.begin(), ratios.end()), *std::max_element(ratios.begin(), ratios.end()));
    }
    return 0;
}
