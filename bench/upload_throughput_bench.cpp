// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

// Upload throughput to a local fake LFS store (FakeHub's, plain http on 127.0.0.1): HubDeck's
// CommitUpload, basic and multipart, each against curl on the same path to the same store:
// `curl -T` of the whole file in one PUT (basic), and curl through the multipart path
// (the LFS batch call, `curl -T` of each part to the part URL handed out, as many at once as
// HubDeck sends, the completion POST, verify: curlMultipartUpload). Side by side in each round
// (A B C D, A B C D, ...), so every ratio is taken within one round on the same warm page
// cache and the same load. Prints the machine, the date, the load average, each way's median
// seconds and MB/s, and each ratio's median with every round's.
//
//   hubdeck-bench-upload [--bytes N] [--rounds R] [--part-bytes P] [--concurrency C] [--parts-at-once K] [--curl PATH]
//
// The store runs on its own thread, as a server would in its own process: it costs every
// uploader the same. HubDeck's time is the whole CommitUpload (preupload, LFS batch, the
// PUTs, multipart completion, verify, commit); curl's is the one PUT, or the batch call to the
// verify answer. The file is random bytes in a temporary folder, hashed once before the rounds
// (as UploadFile::read does before any upload), not inside them; that hashing's time is
// printed too. curl's parts are files cut from it before the rounds (curl -T sends whole
// files). Each way's CPU time is printed beside its wall time: the store's thread, and the
// uploader's (HubDeck's threads; curl's processes). Nothing here passes or fails: the target
// (0.8x curl) is read by people.
#include "CommitUpload.h"
#include "FakeHub.h"
#include "HubClient.h"
#include "UploadFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
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

// curl through the same path as HubDeck's multipart upload: the LFS batch call (curl, with
// the token), then `curl -T` of each part to the part URL the store handed out, `partsAtOnce`
// curl processes at a time as HubDeck sends that many parts of one object at once, then the
// completion POST with the ETags and the verify call; timed from the batch call to the verify
// answer. The parts are read from files cut from the blob before the rounds (curl -T sends a
// whole file; they are in the page cache as the blob is), named by part number from 1.
Cost curlMultipartUpload(Server &server, const QString &curl, const UploadFile &file, qint64 partBytes, int partsAtOnce,
                         const QStringList &partFiles)
{
    server.reset(partBytes);
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.start(curl, arguments);
        if (!process.waitForFinished(-1) || process.exitCode() != 0)
            qFatal("curl failed: %s", process.readAllStandardError().constData());
        return process.readAllStandardOutput();
    };
    const QString endpoint = server.endpoint();
    const QString token = server.token();
    const QString lfs = endpoint + QStringLiteral("/spaces/%1.git/info/lfs/objects/").arg(kSpace);
    const QString mediaType = QStringLiteral("application/vnd.git-lfs+json");
    const QStringList jsonPost = {QStringLiteral("-sS"),
                                  QStringLiteral("-X"),
                                  QStringLiteral("POST"),
                                  QStringLiteral("-H"),
                                  QStringLiteral("Content-Type: ") + mediaType,
                                  QStringLiteral("-H"),
                                  QStringLiteral("Accept: ") + mediaType};
    const QStringList authorized = jsonPost + QStringList{QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + token};
    const QJsonObject batchBody{{QStringLiteral("operation"), QStringLiteral("upload")},
                                {QStringLiteral("transfers"), QJsonArray{QStringLiteral("basic"), QStringLiteral("multipart")}},
                                {QStringLiteral("objects"), QJsonArray{QJsonObject{{QStringLiteral("oid"), file.sha256},
                                                                                   {QStringLiteral("size"), QJsonValue(file.size)}}}},
                                {QStringLiteral("hash_algo"), QStringLiteral("sha256")},
                                {QStringLiteral("ref"), QJsonObject{{QStringLiteral("name"), QStringLiteral("main")}}}};

    const double store0 = server.cpu();
    const double children0 = childrenCpu();
    QElapsedTimer clock;
    clock.start();
    const QByteArray answer = run(authorized + QStringList{QStringLiteral("--data-binary"),
                                                           QString::fromUtf8(QJsonDocument(batchBody).toJson(QJsonDocument::Compact)),
                                                           lfs + QStringLiteral("batch")});
    const QJsonObject actions = QJsonDocument::fromJson(answer)
                                    .object()
                                    .value(QStringLiteral("objects"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("actions"))
                                    .toObject();
    const QJsonObject upload = actions.value(QStringLiteral("upload")).toObject();
    const QJsonObject header = upload.value(QStringLiteral("header")).toObject();
    if (header.value(QStringLiteral("chunk_size")).toString().toLongLong() != partBytes || header.size() - 1 != partFiles.size())
        qFatal("curl multipart: the batch answer's parts are not the bench's: %s", answer.constData());

    // The parts, at most partsAtOnce curl processes at a time, as each one ends the next starts.
    QList<QString> etags(partFiles.size());
    int next = 0;
    int running = 0;
    QEventLoop loop;
    std::function<void()> startNext = [&] {
        while (running < partsAtOnce && next < partFiles.size()) {
            const int index = next++;
            auto *process = new QProcess(&loop);
            QObject::connect(process, &QProcess::finished, &loop, [&, process, index](int exitCode) {
                const QList<QByteArray> out = process->readAllStandardOutput().split(' ');
                if (exitCode != 0 || out.value(0) != "200" || out.value(1).isEmpty())
                    qFatal("curl part %d failed: %s", index + 1, process->readAllStandardError().constData());
                etags[index] = QString::fromLatin1(out.value(1));
                process->deleteLater();
                --running;
                startNext();
                if (running == 0)
                    loop.quit();
            });
            ++running;
            process->start(curl, {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                                  QStringLiteral("%{http_code} %header{etag}"), QStringLiteral("-T"), partFiles[index],
                                  header.value(QString::number(index + 1)).toString()});
        }
    };
    startNext();
    loop.exec();

    QJsonArray parts;
    for (int i = 0; i < etags.size(); ++i)
        parts.append(QJsonObject{{QStringLiteral("partNumber"), i + 1}, {QStringLiteral("etag"), etags[i]}});
    const QByteArray completed =
        run(jsonPost +
            QStringList{QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"), QStringLiteral("%{http_code}"),
                        QStringLiteral("--data-binary"),
                        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("oid"), file.sha256}, {QStringLiteral("parts"), parts}})
                                              .toJson(QJsonDocument::Compact)),
                        upload.value(QStringLiteral("href")).toString()});
    if (completed != "200")
        qFatal("curl multipart: completion answered %s", completed.constData());
    const QByteArray verified =
        run(authorized + QStringList{QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                                     QStringLiteral("%{http_code}"), QStringLiteral("--data-binary"),
                                     QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("oid"), file.sha256},
                                                                                 {QStringLiteral("size"), QJsonValue(file.size)}})
                                                           .toJson(QJsonDocument::Compact)),
                                     actions.value(QStringLiteral("verify")).toObject().value(QStringLiteral("href")).toString()});
    Cost cost;
    cost.wall = clock.nsecsElapsed() / 1e9;
    cost.storeCpu = server.cpu() - store0;
    cost.uploaderCpu = childrenCpu() - children0;
    if (verified != "200" || server.stored(file.sha256) != file.size)
        qFatal("curl multipart upload: the store does not have the object");
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

    // The parts curl sends, cut from the blob once (not timed, as the hashing is not).
    QStringList partFiles;
    if (bytes > partBytes) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        for (qint64 at = 0; at < bytes; at += partBytes) {
            partFiles.append(dir.filePath(QStringLiteral("part-%1.bin").arg(partFiles.size() + 1)));
            QFile out(partFiles.last());
            if (!out.open(QIODevice::WriteOnly) || out.write(in.read(std::min(partBytes, bytes - at))) != std::min(partBytes, bytes - at))
                qFatal("cannot write %s", qPrintable(partFiles.last()));
        }
    }

    Server server;
    const QString basic = QStringLiteral("hubdeck basic");
    const QString multipart = QStringLiteral("hubdeck multipart");
    const QString peer = QStringLiteral("curl -T, one PUT");
    const QString peerMultipart = QStringLiteral("curl -T, multipart");
    std::map<QString, QList<Cost>> costs;
    // A warm-up of each way first: the page cache, and the store's first allocations (it keeps
    // multipart parts' buffers for the next parts: a fresh buffer costs a page fault every 4 KiB).
    hubdeckUpload(server, *file, 0, concurrency, partsAtOnce);
    if (!partFiles.isEmpty()) {
        hubdeckUpload(server, *file, partBytes, concurrency, partsAtOnce);
        curlMultipartUpload(server, curl, *file, partBytes, partsAtOnce, partFiles);
    }
    curlUpload(server, curl, *file);
    for (int round = 0; round < rounds; ++round) {
        costs[basic].append(hubdeckUpload(server, *file, 0, concurrency, partsAtOnce));
        costs[peer].append(curlUpload(server, curl, *file));
        if (partFiles.isEmpty())
            continue;
        costs[multipart].append(hubdeckUpload(server, *file, partBytes, concurrency, partsAtOnce));
        costs[peerMultipart].append(curlMultipartUpload(server, curl, *file, partBytes, partsAtOnce, partFiles));
    }

    double load[3] = {};
    if (getloadavg(load, 3) != 3)
        load[0] = load[1] = load[2] = -1;
    std::printf("# upload throughput benchmark, %s UTC, load average %.2f %.2f %.2f (1, 5, 15 min) at the end\n",
                qPrintable(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm"))), load[0], load[1], load[2]);
    std::printf("# %s: %s, %d cores%s, %s %s\n", qPrintable(QSysInfo::machineHostName()), qPrintable(cpuModel()),
                QThread::idealThreadCount(), qPrintable(memory()), qPrintable(QSysInfo::kernelType()),
                qPrintable(QSysInfo::kernelVersion()));
    std::printf("# %lld bytes to the fake LFS store on 127.0.0.1; multipart in parts of %lld bytes; concurrency %d, "
                "%d parts at once (HubDeck and curl); %d rounds after a warm-up, medians\n",
                bytes, partBytes, concurrency, partsAtOnce, rounds);
    // Once, just after the file was written (so from the page cache): sha256 and git's sha1 in one pass.
    std::printf("%-24s %8.3f s %9.1f MB/s\n", "UploadFile::read (hash)", hashSeconds, bytes / hashSeconds / 1e6);
    const auto column = [&](const QString &way, double Cost::*field) {
        QList<double> out;
        for (const Cost &cost : costs[way])
            out.append(cost.*field);
        return out;
    };
    for (const QString &way : {basic, peer, multipart, peerMultipart}) {
        if (costs[way].isEmpty())
            continue;
        const double s = median(column(way, &Cost::wall));
        std::printf("%-24s %8.3f s %9.1f MB/s   CPU: store %.3f s, uploader %.3f s\n", qPrintable(way), s, bytes / s / 1e6,
                    median(column(way, &Cost::storeCpu)), median(column(way, &Cost::uploaderCpu)));
    }
    // Each HubDeck way against the curl way on the same path, and multipart against one PUT too.
    const QList<std::pair<QString, QString>> pairs = {{basic, peer}, {multipart, peerMultipart}, {multipart, peer}};
    for (const auto &[way, against] : pairs) {
        if (costs[way].isEmpty() || costs[against].isEmpty())
            continue;
        QList<double> ratios;
        QString each;
        for (int round = 0; round < rounds; ++round) {
            ratios.append(costs[against][round].wall / costs[way][round].wall);
            each += QStringLiteral(" %1").arg(ratios.last(), 0, 'f', 2);
        }
        std::printf("%-24s %8.2fx the throughput of %s (per round:%s)\n", qPrintable(way), median(ratios), qPrintable(against),
                    qPrintable(each));
    }
    return 0;
}
