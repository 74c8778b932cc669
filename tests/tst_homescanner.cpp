// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AtimeProbe.h"
#include "FileName.h"
#include "FixtureHome.h"
#include "FolderFlock.h"
#include "FolderLocks.h"
#include "HfHome.h"
#include "HoldingProcess.h"
#include "HomeDeletion.h"
#include "HomeScanner.h"
#include "HomeTargets.h"
#include "InUseFiles.h"
#include "MountPoints.h"
#include "PosixFs.h"
#include "QuietFile.h"
#include "ScratchMount.h"
#include "ScriptProcess.h"
#include "WithoutDacOverride.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <future>
#include <linux/capability.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>

using namespace hubdeck;
using namespace hubdeck::test;

// What HomeScanner finds in a Hugging Face home and what HomeDeletion does to it (issue #14).
// HOME set to a folder of the test's for as long as this lives (and XDG_CONFIG_HOME unset, so
// that the user's folders are that home's defaults), then put back.
class UserHomeSwap
{
public:
    explicit UserHomeSwap(const QString &home)
        : m_home(qgetenv("HOME"))
        , m_config(qgetenv("XDG_CONFIG_HOME"))
    {
        qputenv("HOME", QFile::encodeName(home));
        qunsetenv("XDG_CONFIG_HOME");
    }
    ~UserHomeSwap()
    {
        qputenv("HOME", m_home);
        if (!m_config.isEmpty())
            qputenv("XDG_CONFIG_HOME", m_config);
    }
    UserHomeSwap(const UserHomeSwap &) = delete;
    UserHomeSwap &operator=(const UserHomeSwap &) = delete;

private:
    QByteArray m_home;
    QByteArray m_config;
};

class TestHomeScanner : public QObject
{
    Q_OBJECT

    // `du -s -B1` (allocated bytes, each inode once), or with --apparent-size.
    static qint64 du(const QString &path, bool apparent = false)
    {
        QProcess p;
        QStringList args{QStringLiteral("-s"), QStringLiteral("-B1")};
        if (apparent)
            args.append(QStringLiteral("--apparent-size"));
        args.append(path);
        p.start(QStringLiteral("du"), args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return -1;
        return QString::fromUtf8(p.readAllStandardOutput()).section(u'\t', 0, 0).toLongLong();
    }

    // du of several paths at once, each inode once: the total.
    static qint64 du(const QStringList &paths, bool apparent = false)
    {
        QProcess p;
        QStringList args{QStringLiteral("-s"), QStringLiteral("-c"), QStringLiteral("-B1")};
        if (apparent)
            args.append(QStringLiteral("--apparent-size"));
        p.start(QStringLiteral("du"), args + paths);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return -1;
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed().section(u'\n', -1).section(u'\t', 0, 0).toLongLong();
    }

    static const HomeEntry *find(const HomeScan &scan, const QString &kind, const QString &name)
    {
        const HomeScan::Part *part = scan.part(kind);
        if (!part)
            return nullptr;
        for (const HomeEntry &entry : part->entries)
            if (entry.name == name)
                return &entry;
        return nullptr;
    }

    // A shell that takes an exclusive flock on path (fd 9), hands it to a `sleep` child and exits,
    // as flock(1) killed while its command runs leaves it: the child's pid once it has become
    // sleep (a forked shell is still "bash" for a moment), or -1. The caller kills it.
    static qint64 lockLeftToAChild(const QString &path)
    {
        QProcess taker;
        taker.start(QStringLiteral("bash"),
                    {QStringLiteral("-c"), QStringLiteral("exec 9<\"$1\"; flock -x 9; sleep 60 >/dev/null & echo $!"),
                     QStringLiteral("taker"), path});
        if (!taker.waitForFinished(5000))
            return -1;
        const qint64 child = taker.readAllStandardOutput().trimmed().toLongLong();
        return child > 0 && HoldingProcess::runs(child, QStringLiteral("sleep")) ? child : -1;
    }

    // A process that holds `path` open (or locked, with flock) until it is killed.
    static std::unique_ptr<QProcess> holdOpen(const QString &path, bool lock)
    {
        auto p = std::make_unique<QProcess>();
        if (lock)
            p->start(QStringLiteral("flock"), {QStringLiteral("-x"), path, QStringLiteral("sleep"), QStringLiteral("60")});
        else
            p->start(QStringLiteral("bash"),
                     {QStringLiteral("-c"), QStringLiteral("exec 3<\"$1\"; echo ready; sleep 60"), QStringLiteral("holder"), path});
        if (!p->waitForStarted(5000))
            return nullptr;
        if (!lock)
            p->waitForReadyRead(5000);
        // flock takes its lock right after it starts: wait until /proc/locks shows it.
        for (int i = 0; lock && i < 100; ++i) {
            struct stat st
            {
            };
            if (::stat(QFile::encodeName(path).constData(), &st) == 0 && InUseFiles::snapshot().holder(st.st_dev, st.st_ino))
                break;
            QTest::qWait(50);
        }
        return p;
    }

    // Three configs in the fixture's dataset: the middle one (mconfig) is the one a test blocks,
    // with one on each side of it in readdir order, so that a removal which starts before it
    // finds the block has removed something.
    // Runs the deletion of the entry at path and stops it once the entry is renamed aside, at
    // its first progress report: what a Ctrl+C leaves, a leftover that the next run finishes.
    // The fixture's dataset cache, 600 files, whose deletion was stopped once set aside, and a
    // clock tick past that: what a program writes into it now is an arrival. NoUserAttributes
    // where the filesystem keeps no user attributes (the finishing run cannot tell arrivals there).
    enum class Stopped { Yes, NotStopped, NoUserAttributes };
    static Stopped stoppedDatasetCache(FixtureHome &fixture, const HfHome &home)
    {
        const QString entry = QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset);
        for (int i = 0; i < 600; ++i)
            fixture.write(entry + QStringLiteral("/default/0.0.0/c0ffee/part-%1.arrow").arg(i), QByteArray(5000, 'd'));
        const QString aside = fixture.path(entry) + HomeScanner::deletingSuffix();
        if (!stopOnceSetAside(home, fixture.path(entry)).canceled)
            return Stopped::NotStopped;
        if (::lgetxattr(QFile::encodeName(aside).constData(), "user.hubdeck.set-aside", nullptr, 0) <= 0)
            return Stopped::NoUserAttributes;
        QThread::msleep(20); // past the clock tick of the set-aside
        return Stopped::Yes;
    }

    // Writes 300 KiB twice into a stopped deletion's folder, a file in a folder of the entry and
    // one in a folder of its own, and checks that the scan (into `scan`) leaves both out of what
    // finishing the deletion frees.
    static void writeTwoArrivals(const HfHome &home, const QString &aside, const QString &deep, HomeScan &scan)
    {
        const QByteArray data(300 * 1024, 'x');
        for (const QString &file : {aside + deep + QStringLiteral("/new.arrow"), aside + QStringLiteral("/other/1.0.0/beef/new.arrow")}) {
            QVERIFY(QDir().mkpath(QFileInfo(file).path()));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::NewOnly));
            QCOMPARE(out.write(data), qint64(data.size()));
        }
        scan = HomeScanner::scan(home);
        const HomeEntry *leftover = find(scan, QStringLiteral("datasets"), QFileInfo(aside).fileName());
        QVERIFY(leftover);
        QVERIFY2(leftover->keptArrivals >= 2 * data.size(), qPrintable(QString::number(leftover->keptArrivals)));
        QCOMPARE(leftover->freeable + leftover->keptArrivals, leftover->sizeOnDisk);
    }

    static constexpr QLatin1String kDeep{"/default/0.0.0/c0ffee"};

    // The fixture's dataset cache with 600 files in kDeep and one in kDeep/later (listed after
    // them), deleted until some of the 600 went; then `meanwhile` (a program at work in the
    // folder set aside, a clock tick after the rename), then stopped, as a Ctrl+C does.
    // duBefore, when given, receives du of the home just before the run.
    static HomeDeletion::Report stopWhileEmptying(FixtureHome &fixture, const HfHome &home, const std::function<void()> &meanwhile,
                                                  qint64 *duBefore = nullptr)
    {
        const QString entry = QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset);
        for (int i = 0; i < 600; ++i)
            fixture.write(entry + kDeep + QStringLiteral("/part-%1.arrow").arg(i), qint64(100));
        fixture.write(entry + kDeep + QStringLiteral("/later/old.arrow"), qint64(100));
        if (duBefore)
            *duBefore = du(fixture.root());
        const QString path = fixture.path(entry);
        const QString aside = path + HomeScanner::deletingSuffix();
        bool stop = false;
        const HomeDeletion::Report stopped = HomeDeletion::run(
            home, HomeDeletion::plan(HomeScanner::scan(home), {path}), [&] { return stop; },
            [&](int done, qint64) {
                const QDir emptied(aside + kDeep);
                if (done > 0 || stop || !emptied.exists() || emptied.entryList(QDir::Files).size() >= 600)
                    return;
                QThread::msleep(20); // past the clock tick of the rename
                meanwhile();
                stop = true;
            });
        [&] {
            QVERIFY(stop);
            QVERIFY(stopped.canceled);
            QCOMPARE(stopped.partlyDeleted, QStringList{aside});
        }();
        return stopped;
    }

    // The run that finishes a stopped deletion's leftover, as `home rm` makes it: planned from the
    // scan, checked, then run; with what the plan promised and du of the home just before.
    struct Finish
    {
        HomeDeletion::Report report;
        qint64 promised = 0;
        qint64 duBefore = 0;
    };
    static Finish finishLeftover(const HfHome &home, const HomeScan &scan, const QString &aside, const QString &root)
    {
        HomeDeletion::Plan plan = HomeDeletion::plan(scan, {aside});
        (void)HomeDeletion::withoutObstacles(plan);
        Finish finish;
        finish.promised = plan.sizeOnDisk();
        finish.duBefore = du(root);
        finish.report = HomeDeletion::run(home, plan);
        return finish;
    }

    static HomeDeletion::Report stopOnceSetAside(const HfHome &home, const QString &path)
    {
        const QString aside = path + HomeScanner::deletingSuffix();
        bool stop = false;
        return HomeDeletion::run(
            home, HomeDeletion::plan(HomeScanner::scan(home), {path}), [&] { return stop; },
            [&](int done, qint64) { stop = stop || (done == 0 && QFileInfo::exists(aside)); });
    }

    static void writeThreeConfigs(FixtureHome &fixture)
    {
        for (const char *config : {"aconfig", "mconfig", "zconfig"})
            fixture.write(QStringLiteral("datasets/org___set/%1/0.0.0/x/%2.arrow").arg(QLatin1String(config), QLatin1String(config, 1)),
                          5000);
    }

private Q_SLOTS:
    void entriesOfEachPart()
    {
        FixtureHome fixture;
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        QCOMPARE(scan.root, fixture.root());
        QCOMPARE(scan.parts.size(), 7);
        QVERIFY(scan.diskTotal > 0);
        const QString endpoint = QString::fromLatin1(FixtureHome::kEndpoint);

        const HomeEntry *chunks = find(scan, QStringLiteral("xet"), endpoint + QStringLiteral("/chunk-cache"));
        QVERIFY(chunks);
        QCOMPARE(chunks->kind, HomeEntry::Kind::XetChunkCache);
        QCOMPARE(chunks->files, 2);
        QCOMPARE(chunks->apparentSize, du(chunks->path, true)); // the files' 100,000 bytes and the folders'
        QVERIFY(chunks->apparentSize >= 100000);
        QCOMPARE(find(scan, QStringLiteral("xet"), endpoint + QStringLiteral("/shard-cache"))->kind, HomeEntry::Kind::XetShardCache);
        QCOMPARE(find(scan, QStringLiteral("xet"), endpoint + QStringLiteral("/staging"))->kind, HomeEntry::Kind::XetStaging);
        QCOMPARE(find(scan, QStringLiteral("xet"), QStringLiteral("logs"))->kind, HomeEntry::Kind::XetLogs);

        const HomeEntry *downloads = find(scan, QStringLiteral("datasets"), QStringLiteral("downloads"));
        QVERIFY(downloads);
        QCOMPARE(downloads->files, 3); // extracted/ is an entry of its own
        QCOMPARE(find(scan, QStringLiteral("datasets"), QStringLiteral("downloads/extracted"))->apparentSize,
                 du(fixture.path(QStringLiteral("datasets/downloads/extracted")), true));
        const HomeEntry *dataset = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(dataset);
        QCOMPARE(dataset->kind, HomeEntry::Kind::DatasetArrowCache);
        QCOMPARE(dataset->hubRepo, QString::fromLatin1(FixtureHome::kDatasetRepo));
        QCOMPARE(dataset->members.size(), 1); // its builder lock goes with it
        QVERIFY(dataset->members.first().endsWith(QStringLiteral("_org___set_default_0.0.0_c0ffee.lock")));
        const HomeEntry *orphans = find(scan, QStringLiteral("datasets"), QStringLiteral("*.lock"));
        QVERIFY(orphans);
        QCOMPARE(orphans->kind, HomeEntry::Kind::DatasetsLocks);

        QCOMPARE(find(scan, QStringLiteral("assets"), QStringLiteral("mylib/default/weights"))->kind, HomeEntry::Kind::Assets);
        QCOMPARE(find(scan, QStringLiteral("modules"), QStringLiteral("transformers_modules"))->kind, HomeEntry::Kind::Module);
        QVERIFY(!find(scan, QStringLiteral("modules"), QStringLiteral("__init__.py"))->deletable()); // keeps modules/ importable
        // Only a library's "<library>_modules" package is remote code HubDeck may delete; a
        // folder of the user's own in the modules cache was offered for deletion.
        {
            FixtureHome own;
            own.write(QStringLiteral("modules/my_code/helper.py"), QByteArrayLiteral("x = 1\n"));
            own.write(QStringLiteral("modules/evaluate_modules/metrics/m.py"), QByteArrayLiteral("y = 2\n"));
            own.write(QStringLiteral("modules/_modules/z.py"), QByteArrayLiteral("z = 3\n"));
            const HomeScan mine = HomeScanner::scan(HfHome::locate(own.environment()));
            QVERIFY(!find(mine, QStringLiteral("modules"), QStringLiteral("my_code"))->deletable());
            QVERIFY(!find(mine, QStringLiteral("modules"), QStringLiteral("_modules"))->deletable());
            QCOMPARE(find(mine, QStringLiteral("modules"), QStringLiteral("evaluate_modules"))->kind, HomeEntry::Kind::Module);
        }
        const HomeEntry *legacy =
            find(scan, QStringLiteral("legacy"), QStringLiteral("https://huggingface.co/bert-base-uncased/resolve/main/config.json"));
        QVERIFY(legacy);
        QCOMPARE(legacy->members.size(), 2);
        QCOMPARE(legacy->files, 3);

        const HomeEntry *repo = find(scan, QStringLiteral("hub"), QStringLiteral("models--org--model"));
        QVERIFY(repo);
        QCOMPARE(repo->kind, HomeEntry::Kind::HubRepo);
        QVERIFY(!repo->deletable());
    }

    void credentialsAreNeverDeletable()
    {
        FixtureHome fixture;
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        for (const QString &name : {QStringLiteral("token"), QStringLiteral("stored_tokens")}) {
            const HomeEntry *entry = find(scan, QStringLiteral("other"), name);
            QVERIFY2(entry, qPrintable(name));
            QCOMPARE(entry->kind, HomeEntry::Kind::Credentials);
            QVERIFY(!entry->deletable());
        }
        const HomeEntry *accelerate = find(scan, QStringLiteral("other"), QStringLiteral("accelerate"));
        QVERIFY(accelerate);
        QVERIFY(!accelerate->deletable());
        // Asked for by path, by the whole home, or hidden in a part: refused each time.
        const HomeDeletion::Plan plan =
            HomeDeletion::plan(scan, {fixture.path(QStringLiteral("token")), fixture.path(QStringLiteral("stored_tokens")), fixture.root(),
                                      fixture.path(QStringLiteral("accelerate")), fixture.path(QStringLiteral("hub")),
                                      fixture.path(QStringLiteral("hub/models--org--model")), QStringLiteral("/etc/passwd")});
        QVERIFY(plan.entries.isEmpty());
        QCOMPARE(plan.refusals.size(), 7);
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY(report.removed.isEmpty());
        QVERIFY(QFileInfo::exists(fixture.path(QStringLiteral("token"))));
    }

    void sizesAsDuCountsThem()
    {
        FixtureHome fixture;
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        for (const HomeScan::Part &part : scan.parts) {
            if (part.kind == u"other")
                continue;
            QCOMPARE(part.sizeOnDisk, du(part.path));
            QCOMPARE(part.apparentSize, du(part.path, true));
        }
        QCOMPARE(scan.sizeOnDisk(), du(fixture.root()));
        QCOMPARE(scan.part(QStringLiteral("xet"))->entries.size(), 4);

        // A hard link across two parts counts once in the home, as du counts it.
        QVERIFY(::link(QFile::encodeName(fixture.path(QStringLiteral(
                                             "datasets/downloads/aaaa111100000000000000000000000000000000000000000000000000000000")))
                           .constData(),
                       QFile::encodeName(fixture.path(QStringLiteral("assets/mylib/default/weights/linked.bin"))).constData()) == 0);
        const HomeScan linked = HomeScanner::scan(home);
        QCOMPARE(linked.sizeOnDisk(), du(fixture.root()));
        QCOMPARE(linked.sizeOnDisk(), scan.sizeOnDisk());
    }

    // A file only mapped into memory (datasets reads its Arrow files so, and may close the
    // descriptor) is said as mapped, not as held open, which /proc/PID/fd and lsof would not
    // show (attack report 18, G5). The process's own descriptor is closed once mapped.
    void aMappedFileIsSaidAsMapped()
    {
        FixtureHome fixture;
        const QString arrow = fixture.path(QStringLiteral("datasets/org___set/default/0.0.0/c0ffee/set-train.arrow"));
        ScriptProcess holder(QStringLiteral("import ctypes, os, sys, time\n"
                                            "libc = ctypes.CDLL(None)\n"
                                            "libc.mmap.restype = ctypes.c_void_p\n"
                                            "libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, "
                                            "ctypes.c_int, ctypes.c_int, ctypes.c_long]\n"
                                            "fd = os.open(sys.argv[1], os.O_RDONLY)\n"
                                            "assert libc.mmap(None, 4096, 1, 1, fd, 0) not in (None, ctypes.c_void_p(-1).value)\n"
                                            "os.close(fd)\n"
                                            "print('ready', flush=True)\n"
                                            "time.sleep(60)\n"),
                             {arrow});
        if (!holder.started())
            QSKIP("no python3 to map a file with");
        QString why;
        QVERIFY2(holder.ready(&why), qPrintable(why));
        const InUseFiles inUse = InUseFiles::snapshot();
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()), &inUse);
        const HomeEntry *dataset = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(dataset);
        QCOMPARE(dataset->inUse, QStringLiteral("mapped into memory by python3 (pid %1)").arg(holder.pid()));
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {dataset->path});
        QVERIFY(plan.entries.isEmpty());
        QVERIFY2(plan.refusalReasons().join(u' ').contains(QStringLiteral("is in use: mapped into memory by python3")),
                 qPrintable(plan.refusalReasons().join(u' ')));
    }

    void entryInUseNamesTheProcess()
    {
        FixtureHome fixture;
        const QString arrow = fixture.path(QStringLiteral("datasets/org___set/default/0.0.0/c0ffee/set-train.arrow"));
        auto holder = holdOpen(arrow, false);
        QVERIFY(holder);
        const InUseFiles inUse = InUseFiles::snapshot();
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home, &inUse);
        const HomeEntry *dataset = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(dataset);
        QVERIFY2(dataset->inUse.startsWith(QStringLiteral("held open by ")), qPrintable(dataset->inUse));
        QVERIFY2(dataset->inUse.contains(QStringLiteral("(pid ")), qPrintable(dataset->inUse));
        QVERIFY(find(scan, QStringLiteral("datasets"), QStringLiteral("downloads"))->inUse.isEmpty());

        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {dataset->path});
        QVERIFY(plan.entries.isEmpty());
        QCOMPARE(plan.refusals.size(), 1);
        QVERIFY(plan.refusalReasons().first().contains(QStringLiteral("in use")));

        // A plan made before the process opened it is refused when it runs.
        const HomeScan before = HomeScanner::scan(home);
        const HomeDeletion::Report report = HomeDeletion::run(home, HomeDeletion::plan(before, {dataset->path}));
        QCOMPARE(report.errors.size(), 1);
        QVERIFY(report.errors.first().contains(QStringLiteral("in use")));
        QVERIFY(QFileInfo::exists(arrow));
        holder->kill();
        holder->waitForFinished();
    }

    // An entry refused once though asked for twice (by name, and in its part given whole), for
    // the argument that asked first; a part's refusal names that part's argument.
    void entryAskedForTwiceIsRefusedOnce()
    {
        FixtureHome fixture;
        const QString chunks = QStringLiteral("xet/%1/chunk-cache").arg(QString::fromLatin1(FixtureHome::kEndpoint));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(fixture.path(chunks + QStringLiteral("/AB/abcdef0123"))).constData(), &st), 0);
        InUseFiles inUse;
        inUse.add(st.st_dev, st.st_ino, {4242, QStringLiteral("python3"), InUseFiles::Holder::Use::Lock});
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()), &inUse);
        const QString folder = fixture.root();
        for (const QStringList &arguments : {QStringList{QStringLiteral("xet"), QStringLiteral("datasets/downloads"), chunks},
                                             QStringList{chunks, QStringLiteral("datasets/downloads"), QStringLiteral("xet")}}) {
            const HomeTargets::Resolved targets = HomeTargets::resolve(scan, arguments, folder);
            const HomeDeletion::Plan plan = HomeDeletion::plan(scan, targets.paths);
            QCOMPARE(plan.refusals.size(), 1);
            QCOMPARE(plan.entries.size(), 4); // shard cache, staging, logs, downloads
            const QList<HomeDeletion::Refusal> refused = HomeTargets::inArgumentOrder(targets, plan.refusals);
            QCOMPARE(refused.size(), 1);
            QCOMPARE(refused.first().argument, arguments.first());
            QCOMPARE(refused.first().path, fixture.path(chunks));
            QVERIFY2(refused.first().reason.contains(QStringLiteral("locked by python3 (pid 4242)")), qPrintable(refused.first().reason));
        }
        // Given only through its part, the refusal names the part as it was typed.
        const HomeTargets::Resolved targets =
            HomeTargets::resolve(scan, {QStringLiteral("datasets/downloads"), QStringLiteral("./xet/")}, folder);
        const QList<HomeDeletion::Refusal> refused =
            HomeTargets::inArgumentOrder(targets, HomeDeletion::plan(scan, targets.paths).refusals);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().argument, QStringLiteral("./xet/"));
    }

    // A builder lock goes with the dataset whose name it holds between two '_', the longest
    // when several fit ("org___set_v2" over "org___set"); one naming none is a stray lock.
    void locksGoWithTheDatasetTheyName()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("datasets/org___set_v2/default/0.0.0/beef/x.arrow"), 100);
        fixture.write(QStringLiteral("datasets/_tmp_hf_datasets_org___set_v2_default_0.0.0_beef.lock"), QByteArray());
        fixture.write(QStringLiteral("datasets/_tmp_hf_datasets_org___sets_default_0.0.0_beef.lock"), QByteArray());
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const HomeEntry *v2 = find(scan, QStringLiteral("datasets"), QStringLiteral("org___set_v2"));
        const HomeEntry *set = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(v2 && set);
        QCOMPARE(v2->members, QStringList{fixture.path(QStringLiteral("datasets/_tmp_hf_datasets_org___set_v2_default_0.0.0_beef.lock"))});
        QCOMPARE(set->members, QStringList{fixture.path(QStringLiteral("datasets/_tmp_hf_datasets_org___set_default_0.0.0_c0ffee.lock"))});
        const HomeEntry *strays = find(scan, QStringLiteral("datasets"), QStringLiteral("*.lock"));
        QVERIFY(strays);
        QStringList stray = strays->members;
        stray.prepend(strays->path);
        QVERIFY2(stray.contains(fixture.path(QStringLiteral("datasets/_tmp_hf_datasets_org___sets_default_0.0.0_beef.lock"))),
                 qPrintable(stray.join(u' ')));
    }

    // Names meet at '_': org___x with config y_z and org___x_y with config z give locks that
    // differ only in their hash; each goes with the dataset that has that hash folder, not with
    // the longest name (attack P5: deleting org___x_y deleted org___x's lock).
    void locksWhoseNamesMeetGoWithTheirHashFolder()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("datasets/org___x/y_z/0.0.0/aaaa1111/dataset_info.json"), QByteArray("{}"));
        fixture.write(QStringLiteral("datasets/org___x_y/z/0.0.0/bbbb2222/dataset_info.json"), QByteArray("{}"));
        const QString xLock = QStringLiteral("datasets/_tmp_hf_datasets_org___x_y_z_0.0.0_aaaa1111.lock");
        const QString xyLock = QStringLiteral("datasets/_tmp_hf_datasets_org___x_y_z_0.0.0_bbbb2222.lock");
        fixture.write(xLock, QByteArray());
        fixture.write(xyLock, QByteArray());
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *x = find(scan, QStringLiteral("datasets"), QStringLiteral("org___x"));
        const HomeEntry *xy = find(scan, QStringLiteral("datasets"), QStringLiteral("org___x_y"));
        QVERIFY(x && xy);
        QCOMPARE(x->members, QStringList{fixture.path(xLock)});
        QCOMPARE(xy->members, QStringList{fixture.path(xyLock)});
        const HomeDeletion::Report report = HomeDeletion::run(home, HomeDeletion::plan(scan, {xy->path}));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(QFileInfo::exists(fixture.path(xLock)));
        QVERIFY(!QFileInfo::exists(fixture.path(xyLock)));
    }

    // TRANSFORMERS_CACHE is where transformers 4.x downloads every model: a part of its own, its
    // hub repos listed and left to `cache rm --dir` (which keeps blobs and refs right), the old
    // layout's downloads deletable as in the legacy cache (attack A18: none of it was listed).
    void transformersCacheIsListedWithItsRepos()
    {
        FixtureHome fixture;
        // sha256 of the URL its .json names, as url_to_filename names it.
        const QString legacyName = QStringLiteral("fc674cd6907b4c9e933cb42d67662436b89fa9540a1f40d7c919d0109289ad01.") + QString(64, u'f');
        fixture.write(QStringLiteral("tc/models--org--bert/blobs/") + QString(40, u'a'), 30000);
        fixture.write(QStringLiteral("tc/models--org--bert/refs/main"), QByteArray(40, 'c'));
        fixture.write(QStringLiteral("tc/.locks/models--org--bert/") + QString(40, u'a') + QStringLiteral(".lock"), QByteArray());
        fixture.write(QStringLiteral("tc/") + legacyName, 5000);
        fixture.write(QStringLiteral("tc/") + legacyName + QStringLiteral(".json"),
                      QByteArrayLiteral("{\"url\": \"https://huggingface.co/gpt2/resolve/main/config.json\", \"etag\": \"x\"}"));
        QProcessEnvironment env = fixture.environment();
        env.insert(QStringLiteral("TRANSFORMERS_CACHE"), fixture.path(QStringLiteral("tc")));
        const HfHome home = HfHome::locate(env);
        const HomeScan scan = HomeScanner::scan(home);
        const HomeScan::Part *part = scan.part(QStringLiteral("transformers"));
        QVERIFY(part);
        QCOMPARE(part->path, fixture.path(QStringLiteral("tc")));
        QCOMPARE(part->entries.size(), 3);
        const HomeEntry *repo = find(scan, QStringLiteral("transformers"), QStringLiteral("models--org--bert"));
        QVERIFY(repo);
        QCOMPARE(repo->kind, HomeEntry::Kind::HubRepo);
        QVERIFY(!repo->deletable());
        QVERIFY2(repo->keep.contains(QStringLiteral("cache rm --dir ") + fixture.path(QStringLiteral("tc"))), qPrintable(repo->keep));
        QCOMPARE(find(scan, QStringLiteral("transformers"), QStringLiteral(".locks"))->kind, HomeEntry::Kind::HubOther);
        const HomeEntry *download =
            find(scan, QStringLiteral("transformers"), QStringLiteral("https://huggingface.co/gpt2/resolve/main/config.json"));
        QVERIFY(download);
        QCOMPARE(download->kind, HomeEntry::Kind::LegacyFile);
        QVERIFY(download->deletable());
        // Inside HF_HOME, its folder is the part's, not an "other" entry as well.
        QVERIFY(!find(scan, QStringLiteral("other"), QStringLiteral("tc")));

        HomeDeletion::Plan plan = HomeDeletion::plan(scan, {repo->path, download->path});
        QCOMPARE(plan.refusals.size(), 1);
        QVERIFY2(plan.refusals.first().reason.contains(QStringLiteral("cache rm --dir")), qPrintable(plan.refusals.first().reason));
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(fixture.path(QStringLiteral("tc/") + legacyName)));
        QVERIFY(QFileInfo::exists(fixture.path(QStringLiteral("tc/models--org--bert/blobs/") + QString(40, u'a'))));

        // TRANSFORMERS_CACHE=$HF_HOME/transformers (what transformers < 4.22 used by default):
        // one folder, listed once, in the transformers part.
        env.insert(QStringLiteral("TRANSFORMERS_CACHE"), fixture.path(QStringLiteral("transformers")));
        const HomeScan same = HomeScanner::scan(HfHome::locate(env));
        const HomeEntry *listedOnce =
            find(same, QStringLiteral("transformers"), QStringLiteral("https://huggingface.co/bert-base-uncased/resolve/main/config.json"));
        QVERIFY(listedOnce);
        QVERIFY2(listedOnce->deletable(), qPrintable(listedOnce->keep)); // not "inside the legacy part" (attack C2)
        QVERIFY(same.part(QStringLiteral("legacy")));
        QCOMPARE(same.part(QStringLiteral("legacy"))->sameFolderAs, QStringLiteral("transformers"));
        QVERIFY(same.part(QStringLiteral("legacy"))->entries.isEmpty());
    }

    // Renamed by HF_XET_CHUNK_CACHE_SUBDIR / HF_XET_SHARD_CACHE_SUBDIR, an endpoint's caches are
    // still its chunk and shard caches, deletable; without the variables that folder is no
    // cache xet-core knows (attack A17).
    void xetCachesRenamedByTheirVariables()
    {
        FixtureHome fixture;
        const QString endpoint = QStringLiteral("xet/") + QLatin1String(FixtureHome::kEndpoint);
        fixture.write(endpoint + QStringLiteral("/chunks/ab/cd"), 4000);
        QProcessEnvironment env = fixture.environment();
        const QString chunks = QLatin1String(FixtureHome::kEndpoint) + QStringLiteral("/chunks");
        const HomeScan plain = HomeScanner::scan(HfHome::locate(env)); // alive while its entries are looked at
        const HomeEntry *unknown = find(plain, QStringLiteral("xet"), chunks);
        QVERIFY(unknown);
        QCOMPARE(unknown->kind, HomeEntry::Kind::Unknown);
        env.insert(QStringLiteral("HF_XET_CHUNK_CACHE_SUBDIR"), QStringLiteral("chunks"));
        const HomeScan scan = HomeScanner::scan(HfHome::locate(env));
        const HomeEntry *renamed = find(scan, QStringLiteral("xet"), chunks);
        QVERIFY(renamed);
        QCOMPARE(renamed->kind, HomeEntry::Kind::XetChunkCache);
        QVERIFY2(renamed->deletable(), qPrintable(renamed->keep));
        // The default name is then no chunk cache of xet-core's.
        const HomeEntry *old = find(scan, QStringLiteral("xet"), QLatin1String(FixtureHome::kEndpoint) + QStringLiteral("/chunk-cache"));
        QVERIFY(old);
        QCOMPARE(old->kind, HomeEntry::Kind::Unknown);
    }

    // HF_DATASETS_DOWNLOADED_DATASETS_PATH and HF_DATASETS_EXTRACTED_DATASETS_PATH: each a part
    // that is one entry, its folder kept (attack A6). Pointed at HF_HOME or at another part's
    // folder, nothing in it is offered.
    void movedDatasetsFoldersArePartsOfOneEntry()
    {
        FixtureHome fixture;
        QTemporaryDir outside;
        const auto write = [](const QString &path, qint64 size) {
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(QByteArray(size, 'z')) == size);
        };
        write(outside.path() + QStringLiteral("/dl/") + QString(64, u'a'), 8000);
        write(outside.path() + QStringLiteral("/dl/extracted/") + QString(64, u'b') + QStringLiteral("/x.csv"), 8000);
        write(outside.path() + QStringLiteral("/x/") + QString(64, u'c') + QStringLiteral("/y.csv"), 8000);
        QProcessEnvironment env = fixture.environment();
        env.insert(QStringLiteral("HF_DATASETS_DOWNLOADED_DATASETS_PATH"), outside.path() + QStringLiteral("/dl"));
        env.insert(QStringLiteral("HF_DATASETS_EXTRACTED_DATASETS_PATH"), outside.path() + QStringLiteral("/x"));
        const HomeScan scan = HomeScanner::scan(HfHome::locate(env));
        const HomeEntry *downloads = find(scan, QStringLiteral("datasets-downloads"), QStringLiteral("downloads"));
        QVERIFY(downloads);
        QCOMPARE(downloads->kind, HomeEntry::Kind::DatasetsDownloads);
        QCOMPARE(downloads->path, outside.path() + QStringLiteral("/dl"));
        QVERIFY(downloads->partRoot && downloads->keepsItsFolder());
        QVERIFY2(downloads->deletable(), qPrintable(downloads->keep));
        QCOMPARE(downloads->files, 2); // its extracted/ goes with it
        QCOMPARE(downloads->separateChildren(), QList<QByteArray>{QByteArrayLiteral(".hubdeck-removing-downloads")});
        QCOMPARE(downloads->removingMarker(), outside.path() + QStringLiteral("/dl/.hubdeck-removing-downloads"));
        QCOMPARE(scan.part(QStringLiteral("datasets-downloads"))->entries.size(), 1);
        const HomeEntry *extracted = find(scan, QStringLiteral("datasets-extracted"), QStringLiteral("extracted"));
        QVERIFY(extracted);
        QCOMPARE(extracted->kind, HomeEntry::Kind::DatasetsExtracted);
        QVERIFY(extracted->partRoot && extracted->deletable());
        QCOMPARE(extracted->files, 1);
        // The datasets part keeps its own downloads/ and extracted/ as before.
        QVERIFY(!find(scan, QStringLiteral("datasets"), QStringLiteral("downloads"))->partRoot);
        QVERIFY(find(scan, QStringLiteral("datasets"), QStringLiteral("downloads/extracted")));

        for (const QString &folder : {fixture.root(), fixture.path(QStringLiteral("xet"))}) {
            env.insert(QStringLiteral("HF_DATASETS_DOWNLOADED_DATASETS_PATH"), folder);
            const HomeScan shared = HomeScanner::scan(HfHome::locate(env));
            for (const HomeEntry &entry : shared.part(QStringLiteral("datasets-downloads"))->entries)
                QVERIFY2(!entry.deletable(), qPrintable(folder + u' ' + entry.name));
            const HomeDeletion::Plan plan = HomeDeletion::plan(shared, {folder});
            QVERIFY2(plan.entries.isEmpty(), qPrintable(folder));
        }
    }

    // What a deletion of downloads/extracted kept for a program that wrote into it lies beside it,
    // in downloads/: an entry of its own, listed as kept and deletable, never a stray that turned
    // the downloads into "other" (attack report 18, G2), nor deleted with the downloads.
    void whatADeletionOfExtractedKeptLeavesTheDownloadsTheirs()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("datasets/downloads/extracted.hubdeck-kept/") + QString(64, u'd') + QStringLiteral("/new.csv"), 7000);
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *downloads = find(scan, QStringLiteral("datasets"), QStringLiteral("downloads"));
        QVERIFY(downloads);
        QCOMPARE(downloads->kind, HomeEntry::Kind::DatasetsDownloads);
        QVERIFY2(downloads->deletable(), qPrintable(downloads->keep));
        const HomeEntry *kept = find(scan, QStringLiteral("datasets"), QStringLiteral("downloads/extracted.hubdeck-kept"));
        QVERIFY(kept);
        QCOMPARE(kept->kind, HomeEntry::Kind::KeptArrivals);
        QVERIFY(kept->deletable());
        QCOMPARE(kept->sizeOnDisk, du(fixture.path(QStringLiteral("datasets/downloads/extracted.hubdeck-kept"))));
        const HomeDeletion::Report report = HomeDeletion::run(home, HomeDeletion::plan(scan, {downloads->path}));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(QFileInfo::exists(
            fixture.path(QStringLiteral("datasets/downloads/extracted.hubdeck-kept/") + QString(64, u'd') + QStringLiteral("/new.csv"))));
        const HomeDeletion::Report second = HomeDeletion::run(home, HomeDeletion::plan(HomeScanner::scan(home), {kept->path}));
        QVERIFY2(second.succeeded(), qPrintable(second.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(kept->path));
    }

    // What a variable moved a cache away from is said as what it is, not a bare "other"; two of
    // xet's caches named into one folder are kept, as what deleting it costs is both (attack
    // report 18, G7).
    void cachesAVariableMovedAwayAreSaidAsSuch()
    {
        FixtureHome fixture;
        QTemporaryDir elsewhere;
        QProcessEnvironment env = fixture.environment();
        env.insert(QStringLiteral("HF_XET_CACHE"), elsewhere.path());
        const HomeScan moved = HomeScanner::scan(HfHome::locate(env));
        const HomeEntry *oldXet = find(moved, QStringLiteral("other"), QStringLiteral("xet"));
        QVERIFY(oldXet);
        QVERIFY(!oldXet->deletable());
        QCOMPARE(oldXet->keep, QStringLiteral("The xet part's default folder: HF_XET_CACHE moved that part to %1, so nothing writes here "
                                              "now. HubDeck deletes only what the libraries use now; delete it yourself, or list the "
                                              "home with HF_XET_CACHE unset.")
                                   .arg(elsewhere.path()));

        const QString endpoint = QString::fromLatin1(FixtureHome::kEndpoint);
        env = fixture.environment();
        env.insert(QStringLiteral("HF_XET_CHUNK_CACHE_SUBDIR"), QStringLiteral("shard-cache"));
        const HomeScan shared = HomeScanner::scan(HfHome::locate(env));
        const HomeEntry *both = find(shared, QStringLiteral("xet"), endpoint + QStringLiteral("/shard-cache"));
        QVERIFY(both);
        QVERIFY(!both->deletable());
        QVERIFY2(both->keep.contains(QStringLiteral("HubDeck deletes nothing that two caches share")), qPrintable(both->keep));
        const HomeEntry *oldChunks = find(shared, QStringLiteral("xet"), endpoint + QStringLiteral("/chunk-cache"));
        QVERIFY(oldChunks);
        QCOMPARE(oldChunks->kind, HomeEntry::Kind::Unknown);
        QCOMPARE(oldChunks->keep, QStringLiteral("xet's chunk cache by its default name: HF_XET_CHUNK_CACHE_SUBDIR names shard-cache "
                                                 "instead, so xet no longer writes here. HubDeck deletes only what xet uses now; delete "
                                                 "it yourself, or list the home with HF_XET_CHUNK_CACHE_SUBDIR unset."));
        // Without the variables, all is as xet uses it.
        const HomeScan plain = HomeScanner::scan(HfHome::locate(fixture.environment()));
        QVERIFY(find(plain, QStringLiteral("xet"), endpoint + QStringLiteral("/chunk-cache"))->deletable());
        QVERIFY(find(plain, QStringLiteral("xet"), endpoint + QStringLiteral("/shard-cache"))->deletable());
    }

    // HF_HUB_CACHE=$HF_HOME (old HUGGINGFACE_HUB_CACHE settings, setup scripts) or
    // TRANSFORMERS_CACHE=$HF_HOME: the hub cache writes only its own names there, so xet/,
    // datasets/, assets/ and modules/ stay their parts' alone, cleaned as in any home (attack
    // report 18, G3: every entry "lies inside the hub part", nothing deletable). A part folder
    // by a name of the hub's layout is still shared.
    void aHubCacheAtTheHomeSharesNoOtherPart_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::newRow("HF_HUB_CACHE") << QStringLiteral("HF_HUB_CACHE");
        QTest::newRow("TRANSFORMERS_CACHE") << QStringLiteral("TRANSFORMERS_CACHE");
    }
    void aHubCacheAtTheHomeSharesNoOtherPart()
    {
        QFETCH(QString, variable);
        FixtureHome fixture;
        fixture.write(QStringLiteral("models--org--flat/blobs/89abcdef"), qint64(4000));
        QProcessEnvironment env = fixture.environment();
        env.insert(variable, fixture.root());
        const HomeScan scan = HomeScanner::scan(HfHome::locate(env));
        const QString chunks = QString::fromLatin1(FixtureHome::kEndpoint) + QStringLiteral("/chunk-cache");
        for (const auto &[kind, name] : {std::pair{QStringLiteral("xet"), chunks},
                                         {QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset)},
                                         {QStringLiteral("datasets"), QStringLiteral("downloads")},
                                         {QStringLiteral("assets"), QStringLiteral("mylib/default/weights")},
                                         {QStringLiteral("modules"), QStringLiteral("transformers_modules")}}) {
            const HomeEntry *entry = find(scan, kind, name);
            QVERIFY2(entry, qPrintable(kind + u'/' + name));
            QVERIFY2(entry->deletable(), qPrintable(kind + u'/' + name + u' ' + entry->keep));
        }
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {fixture.path(QStringLiteral("xet"))});
        QCOMPARE(plan.entries.size(), 4); // chunk, shard and staging caches, logs
        // The hub's own names are never home rm's.
        QVERIFY(HomeDeletion::plan(scan, {fixture.path(QStringLiteral("models--org--flat"))}).entries.isEmpty());

        // xet's cache at a name of the hub's layout: the two may well share it.
        fixture.write(QStringLiteral("models--org--xet/") + chunks + QStringLiteral("/AB/abcdef0123"), qint64(7000));
        env.insert(QStringLiteral("HF_XET_CACHE"), fixture.path(QStringLiteral("models--org--xet")));
        const HomeScan shared = HomeScanner::scan(HfHome::locate(env));
        const HomeEntry *sharedChunks = find(shared, QStringLiteral("xet"), chunks);
        QVERIFY(sharedChunks);
        QVERIFY(!sharedChunks->deletable());
        QVERIFY2(sharedChunks->keep.contains(QStringLiteral("HubDeck deletes nothing that two parts share")),
                 qPrintable(sharedChunks->keep));
    }

    // Downloads hard-linked between datasets/downloads and the folder the variable moved them
    // to (`cp -al`, then HF_DATASETS_DOWNLOADED_DATASETS_PATH) go together: the first entry's
    // removals move the ctime of the second's files, which is the run's own doing, not a
    // download written since the listing (attack report 17, F4: "0 bytes freed", every file
    // kept as "another program wrote"). A file changed again after that is one.
    void downloadsHardLinkedBetweenEntriesGoTogether()
    {
        FixtureHome fixture;
        QTemporaryDir outside;
        const QString dl = outside.path() + QStringLiteral("/dl");
        QVERIFY(QDir().mkpath(dl));
        QStringList names;
        for (int i = 1; i <= 4; ++i) {
            const QString name = QString(64, QChar(u'0' + i));
            names.append(name);
            fixture.write(QStringLiteral("datasets/downloads/") + name, qint64(i) * 100000);
            QCOMPARE(::link(QFile::encodeName(fixture.path(QStringLiteral("datasets/downloads/") + name)).constData(),
                            QFile::encodeName(dl + u'/' + name).constData()),
                     0);
        }
        QProcessEnvironment env = fixture.environment();
        env.insert(QStringLiteral("HF_DATASETS_DOWNLOADED_DATASETS_PATH"), dl);
        const HfHome home = HfHome::locate(env);
        const HomeScan scan = HomeScanner::scan(home);
        const QString own = fixture.path(QStringLiteral("datasets/downloads"));
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {own, dl});
        QCOMPARE(plan.entries.size(), 2);
        const QStringList folders{own, dl};
        const qint64 before = du(folders);
        // Once the first entry is gone, another program changes one of the second's files.
        QString changed;
        const HomeDeletion::Report report = HomeDeletion::run(home, plan, {}, [&](int done, qint64) {
            if (done != 1 || !changed.isEmpty())
                return;
            const QString second = plan.entries.at(1).path;
            changed = second + u'/' + names.last();
            QVERIFY(QFileInfo(changed).size() > 0);
            QThread::msleep(20); // past the coarse clock's tick of the last removal
            QVERIFY(QFile::setPermissions(changed, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        });
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(report.arrived, QStringList{changed});
        for (const QString &name : std::as_const(names).first(3)) {
            QVERIFY2(!QFileInfo::exists(own + u'/' + name), qPrintable(name));
            QVERIFY2(!QFileInfo::exists(dl + u'/' + name), qPrintable(name));
        }
        QVERIFY(QFileInfo::exists(changed));
        const qint64 after = du(folders);
        QCOMPARE(report.freedBytes, before - after);
        QVERIFY2(report.freedBytes >= 600000, qPrintable(QString::number(report.freedBytes)));
    }

    // A packaged builder's folder (parquet/, json/…) holds unrelated datasets, one per config id:
    // each is an entry of its own, with its hub repo when its id names one in the hub cache and
    // its builder lock, and goes without the others (attack A11: "datasets/parquet" was one
    // entry, and deleting it deleted every local and Hub dataset loaded from parquet).
    void packagedBuilderCachesAreOneEntryPerConfig()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("hub/datasets--rajpurkar--squad/refs/main"), QByteArray("abc"));
        const QStringList configs{QStringLiteral("parquet/rajpurkar--squad-5c4f1a2b3d4e5f60"),
                                  QStringLiteral("parquet/openai--gsm8k-0123456789abcdef"),
                                  QStringLiteral("parquet/default-1a2b3c4d5e6f7a8b"), QStringLiteral("json/default-00112233aabbccdd")};
        const auto lockOf = [&](const QString &config) {
            QString cacheDir = fixture.path(QStringLiteral("datasets/") + config) + QStringLiteral("/0.0.0/beef");
            return QStringLiteral("datasets/") + cacheDir.replace(u'/', u'_') + QStringLiteral(".lock");
        };
        for (const QString &config : configs) {
            fixture.write(QStringLiteral("datasets/") + config + QStringLiteral("/0.0.0/beef/dataset_info.json"), QByteArray("{}"));
            fixture.write(QStringLiteral("datasets/") + config + QStringLiteral("/0.0.0/beef/parquet-train.arrow"), 5000);
            fixture.write(lockOf(config), QByteArray());
        }
        const HfHome home = HfHome::locate(fixture.environment());
        HomeScan scan = HomeScanner::scan(home);
        QVERIFY(!find(scan, QStringLiteral("datasets"), QStringLiteral("parquet")));
        QVERIFY(!find(scan, QStringLiteral("datasets"), QStringLiteral("json")));
        for (const QString &config : configs) {
            const HomeEntry *entry = find(scan, QStringLiteral("datasets"), config);
            QVERIFY2(entry, qPrintable(config));
            QCOMPARE(entry->kind, HomeEntry::Kind::DatasetArrowCache);
            QVERIFY(entry->deletable());
            QCOMPARE(entry->path, fixture.path(QStringLiteral("datasets/") + config));
            QCOMPARE(entry->members, QStringList{fixture.path(lockOf(config))});
            QCOMPARE(entry->hubRepo, config.contains(QLatin1String("squad")) ? QStringLiteral("datasets--rajpurkar--squad") : QString());
        }
        if (const HomeEntry *strays = find(scan, QStringLiteral("datasets"), QStringLiteral("*.lock")))
            for (const QString &config : configs)
                QVERIFY(strays->path != fixture.path(lockOf(config)) && !strays->members.contains(fixture.path(lockOf(config))));

        // One goes; the others, their locks and their builder's folder stay.
        HomeDeletion::Report report =
            HomeDeletion::run(home, HomeDeletion::plan(scan, {fixture.path(QStringLiteral("datasets/") + configs.at(0))}));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(fixture.path(QStringLiteral("datasets/") + configs.at(0))));
        QVERIFY(!QFileInfo::exists(fixture.path(lockOf(configs.at(0)))));
        for (const QString &config : configs.mid(1)) {
            QVERIFY(
                QFileInfo::exists(fixture.path(QStringLiteral("datasets/") + config + QStringLiteral("/0.0.0/beef/parquet-train.arrow"))));
            QVERIFY(QFileInfo::exists(fixture.path(lockOf(config))));
        }

        // A config a stopped deletion renamed aside is listed by its name there, with its lock,
        // and the same deletion finishes it.
        const QString gsm8k = fixture.path(QStringLiteral("datasets/") + configs.at(1));
        QVERIFY(QDir().rename(gsm8k, gsm8k + HomeScanner::deletingSuffix()));
        FixtureHome::markSetAside(gsm8k + HomeScanner::deletingSuffix());
        scan = HomeScanner::scan(home);
        const HomeEntry *left = find(scan, QStringLiteral("datasets"), configs.at(1) + HomeScanner::deletingSuffix());
        QVERIFY(left);
        QCOMPARE(left->kind, HomeEntry::Kind::InterruptedDeletion);
        QCOMPARE(left->members, QStringList{fixture.path(lockOf(configs.at(1)))});
        report = HomeDeletion::run(home, HomeDeletion::plan(scan, {gsm8k}));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(gsm8k + HomeScanner::deletingSuffix()));
        QVERIFY(!QFileInfo::exists(fixture.path(lockOf(configs.at(1)))));

        // The last one gone, the builder's folder goes with it, as emptied folders above an
        // entry do; one emptied otherwise is an entry of its own: listed, deletable, and called
        // what it is, not a dataset cache (attack C8).
        scan = HomeScanner::scan(home);
        report = HomeDeletion::run(home, HomeDeletion::plan(scan, {fixture.path(QStringLiteral("datasets/") + configs.at(2))}));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(fixture.path(QStringLiteral("datasets/parquet"))));
        QVERIFY(QDir(fixture.path(QStringLiteral("datasets/json/default-00112233aabbccdd"))).removeRecursively());
        scan = HomeScanner::scan(home);
        const HomeEntry *emptied = find(scan, QStringLiteral("datasets"), QStringLiteral("json"));
        QVERIFY(emptied);
        QCOMPARE(emptied->kind, HomeEntry::Kind::DatasetsEmptyBuilder);
        QCOMPARE(HomeScanner::kindLabel(*emptied), QStringLiteral("empty builder folder"));
        QVERIFY2(HomeScanner::costOfDeleting(emptied->kind).contains(QStringLiteral("costs nothing")),
                 qPrintable(HomeScanner::costOfDeleting(emptied->kind)));
        QVERIFY(emptied->deletable());
        QCOMPARE(emptied->members, QStringList{fixture.path(lockOf(configs.at(3)))}); // its stale lock goes with it
    }

    // A config folder of a builder without datasets' layout is listed and never offered.
    void aBuilderConfigWithoutTheLayoutIsNotOffered()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("datasets/csv/my-notes/2024/report.csv"), 100);
        fixture.write(QStringLiteral("datasets/csv/default-1a2b3c4d5e6f7a8b/0.0.0/beef/dataset_info.json"), QByteArray("{}"));
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const HomeEntry *notes = find(scan, QStringLiteral("datasets"), QStringLiteral("csv/my-notes"));
        QVERIFY(notes);
        QCOMPARE(notes->kind, HomeEntry::Kind::Unknown);
        QVERIFY(!notes->deletable());
        const HomeEntry *config = find(scan, QStringLiteral("datasets"), QStringLiteral("csv/default-1a2b3c4d5e6f7a8b"));
        QVERIFY(config);
        QVERIFY(config->deletable());
    }

    // A dataset a stopped deletion renamed aside keeps its builder lock, so that finishing it
    // leaves no stray lock where a whole run would leave none (attack P6).
    void aDatasetRenamedAsideKeepsItsLock()
    {
        FixtureHome fixture;
        const QString dataset = fixture.path(QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset));
        const QString lock = fixture.path(QStringLiteral("datasets/_tmp_hf_datasets_org___set_default_0.0.0_c0ffee.lock"));
        QVERIFY(QFileInfo::exists(lock));
        QVERIFY(QDir().rename(dataset, dataset + HomeScanner::deletingSuffix()));
        FixtureHome::markSetAside(dataset + HomeScanner::deletingSuffix());
        QVERIFY(QDir(dataset + HomeScanner::deletingSuffix() + QStringLiteral("/default/0.0.0/c0ffee")).removeRecursively());
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *left =
            find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset) + HomeScanner::deletingSuffix());
        QVERIFY(left);
        QCOMPARE(left->kind, HomeEntry::Kind::InterruptedDeletion);
        QCOMPARE(left->members, QStringList{lock});
        if (const HomeEntry *strays = find(scan, QStringLiteral("datasets"), QStringLiteral("*.lock")))
            QVERIFY(strays->path != lock && !strays->members.contains(lock));
        const HomeDeletion::Report report = HomeDeletion::run(home, HomeDeletion::plan(scan, {dataset}));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(lock));
        QVERIFY(!QFileInfo::exists(dataset + HomeScanner::deletingSuffix()));
    }

    void heldLockMarksItsDataset()
    {
        FixtureHome fixture;
        const QString lock = fixture.path(QStringLiteral("datasets/_tmp_hf_datasets_org___set_default_0.0.0_c0ffee.lock"));
        auto holder = holdOpen(lock, true);
        QVERIFY(holder);
        const InUseFiles inUse = InUseFiles::snapshot();
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()), &inUse);
        const HomeEntry *dataset = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(dataset);
        QVERIFY2(dataset->inUse.startsWith(QStringLiteral("locked by ")), qPrintable(dataset->inUse));
        holder->kill();
        holder->waitForFinished();
    }

    void partRootMeansItsEntries()
    {
        FixtureHome fixture;
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const qint64 before = du(fixture.root());
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {fixture.path(QStringLiteral("xet"))});
        QCOMPARE(plan.entries.size(), 4); // chunk, shard, staging, logs
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.removed.size(), 4);
        QVERIFY(QFileInfo(fixture.path(QStringLiteral("xet"))).isDir()); // the part's folder stays
        // The endpoint's folder, empty once its caches went, goes too: nothing is left to list.
        QVERIFY(!QFileInfo::exists(fixture.path(QStringLiteral("xet/") + QString::fromLatin1(FixtureHome::kEndpoint))));
        QVERIFY(HomeScanner::scan(home).part(QStringLiteral("xet"))->entries.isEmpty());
        QVERIFY(!QFileInfo::exists(fixture.path(QStringLiteral("xet/logs"))));
        QCOMPARE(report.freedBytes, before - du(fixture.root())); // measured, to the byte
        QVERIFY(QFileInfo::exists(fixture.path(QStringLiteral("token"))));
    }

    // Bytes freed move while one large entry goes, not only when it is done; the last figure
    // is the measured one.
    void bytesFreedMoveWithinAnEntry()
    {
        FixtureHome fixture;
        const QString chunks = QStringLiteral("xet/%1/chunk-cache/AB/").arg(QString::fromLatin1(FixtureHome::kEndpoint));
        for (int i = 0; i < 1000; ++i)
            fixture.write(chunks + QString::number(i), qint64(8192));
        // A sparse file: 1 GB apparent, a few blocks on disk. Bytes freed are counted on disk,
        // as the plan and the report count them, so no figure ever passes the measured one.
        QVERIFY(QFile::resize(fixture.path(chunks + QStringLiteral("0")), qint64(1) << 30));
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const HomeDeletion::Plan plan = HomeDeletion::plan(
            scan, {fixture.path(QStringLiteral("xet/") + QString::fromLatin1(FixtureHome::kEndpoint) + QStringLiteral("/chunk-cache"))});
        QCOMPARE(plan.entries.size(), 1);
        QList<qint64> withinTheEntry;
        qint64 last = -1;
        const HomeDeletion::Report report = HomeDeletion::run(home, plan, {}, [&](int done, qint64 freed) {
            if (done == 0)
                withinTheEntry.append(freed);
            last = freed;
        });
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(withinTheEntry.size() >= 3); // every 256 files of the 1000
        QVERIFY(withinTheEntry.last() > withinTheEntry.first());
        QVERIFY(withinTheEntry.first() > 0);
        QVERIFY(withinTheEntry.last() <= report.freedBytes);
        for (const qint64 freed : std::as_const(withinTheEntry))
            QVERIFY2(freed < (qint64(1) << 30), qPrintable(QString::number(freed)));
        QCOMPARE(last, report.freedBytes);
    }

    // datasets' downloads go one file at a time, and the bytes move between them; through
    // runAsync too, where QFutureInterface drops a progress text whose value does not grow (the
    // Overview stood at "0 bytes of 64.5 MB freed" while 343,200 downloads went, GUI attack G13).
    void bytesFreedMoveWhileDownloadsGo()
    {
        FixtureHome fixture;
        for (int i = 0; i < 300; ++i)
            fixture.write(QStringLiteral("datasets/downloads/") + QString(60, u'd') + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')),
                          qint64(8192));
        const HfHome home = HfHome::locate(fixture.environment());
        const QString downloads = fixture.path(QStringLiteral("datasets/downloads"));
        const HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {downloads});
        QCOMPARE(plan.entries.size(), 1);
        QSet<qint64> withinTheEntry;
        const HomeDeletion::Report direct = HomeDeletion::run(home, plan, {}, [&](int done, qint64 freed) {
            if (done == 0)
                withinTheEntry.insert(freed);
        });
        QVERIFY2(direct.succeeded(), qPrintable(direct.errors.join(u'\n')));
        QVERIFY2(withinTheEntry.size() >= 300, qPrintable(QString::number(withinTheEntry.size())));

        for (int i = 0; i < 300; ++i)
            fixture.write(QStringLiteral("datasets/downloads/") + QString(60, u'e') + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')),
                          qint64(8192));
        const HomeDeletion::Plan again = HomeDeletion::plan(HomeScanner::scan(home), {downloads});
        QFutureWatcher<HomeDeletion::Report> watcher;
        QList<std::pair<int, qint64>> seen;
        connect(&watcher, &QFutureWatcher<HomeDeletion::Report>::progressTextChanged, this,
                [&](const QString &text) { seen.append(HomeDeletion::progressFromText(text)); });
        watcher.setFuture(HomeDeletion::runAsync(home, again, std::make_shared<std::atomic_bool>(false)));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), 30000);
        QCoreApplication::processEvents(); // the last progress signals, queued before finished
        QVERIFY2(watcher.result().succeeded(), qPrintable(watcher.result().errors.join(u'\n')));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.first().first, 0); // reported before the entry was done
        QVERIFY(seen.first().second > 0);
        QVERIFY(seen.last().second <= watcher.result().freedBytes);
    }

    void progressTextIsRead()
    {
        QCOMPARE(HomeDeletion::progressFromText(QStringLiteral("3 123456789012")), std::make_pair(3, qint64(123456789012)));
        QCOMPARE(HomeDeletion::progressFromText(QStringLiteral("123456789012")), std::make_pair(0, qint64(0)));
        QCOMPARE(HomeDeletion::progressFromText(QStringLiteral("x 1")), std::make_pair(0, qint64(0)));
    }

    // A stop inside downloads leaves it partly deleted, and the report says so with what it
    // gave back (the Overview said "Stopped: 0 entries deleted, 0 bytes freed", G13).
    void stopInsideDownloadsReportsItPartlyDeleted()
    {
        FixtureHome fixture;
        for (int i = 0; i < 50; ++i)
            fixture.write(QStringLiteral("datasets/downloads/") + QString(60, u'd') + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')),
                          qint64(8192));
        const HfHome home = HfHome::locate(fixture.environment());
        const QString downloads = fixture.path(QStringLiteral("datasets/downloads"));
        const qint64 before = du(fixture.root());
        bool stop = false;
        const HomeDeletion::Report report = HomeDeletion::run(
            home, HomeDeletion::plan(HomeScanner::scan(home), {downloads}), [&] { return stop; },
            [&](int, qint64 freed) { stop = freed > 0; });
        QVERIFY(report.canceled);
        QVERIFY(report.removed.isEmpty());
        QCOMPARE(report.partlyDeleted, QStringList{downloads});
        QVERIFY(report.freedBytes > 0);
        QCOMPARE(report.freedBytes, before - du(fixture.root()));
    }

    // Downloads that arrive while downloads/ is deleted (a load_dataset in another terminal) are
    // the library's: kept, and the deletion is still whole, its freed figure what the planned
    // downloads gave back. One fetched again under a removed download's name is a new file too
    // (attack Q9: "6 file(s) could not be removed", partly deleted, exit 1, freed net of them).
    void downloadsArrivingDuringTheDeletionAreKept()
    {
        FixtureHome fixture;
        const auto name = [](QChar c, int i) {
            return QStringLiteral("datasets/downloads/") + QString(60, c) + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
        };
        for (int i = 0; i < 20; ++i)
            fixture.write(name(u'a', i), qint64(20000));
        const HfHome home = HfHome::locate(fixture.environment());
        const QString downloads = fixture.path(QStringLiteral("datasets/downloads"));
        const HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {downloads});
        QCOMPARE(plan.entries.size(), 1);
        QStringList files; // the downloads, not their folder or extracted/ (an entry of its own)
        for (const QFileInfo &file : QDir(downloads).entryInfoList(QDir::Files | QDir::Hidden))
            files.append(file.filePath());
        QCOMPARE(files.size(), 23); // and the fixture's download with its .json and .lock
        const qint64 planned = du(files);
        const qint64 oneDownload = du(fixture.path(name(u'a', 1)));
        bool arrived = false;
        QString replaced; // fetched again before its turn: written aside, renamed over it
        const HomeDeletion::Report report = HomeDeletion::run(home, plan, {}, [&](int done, qint64) {
            if (done == 0 && replaced.isEmpty()) {
                for (int i = 1; i < 20 && replaced.isEmpty(); ++i)
                    if (QFileInfo::exists(fixture.path(name(u'a', i))))
                        replaced = name(u'a', i);
                fixture.write(replaced + QStringLiteral(".incomplete"), qint64(70000));
                QVERIFY(::rename(QFile::encodeName(fixture.path(replaced + QStringLiteral(".incomplete"))).constData(),
                                 QFile::encodeName(fixture.path(replaced)).constData()) == 0);
            }
            if (done > 0 || arrived || QFileInfo::exists(fixture.path(name(u'a', 0))))
                return;
            arrived = true; // the first download went: new ones land, one under its name
            fixture.write(name(u'a', 0), qint64(90000));
            for (int i = 0; i < 5; ++i)
                fixture.write(name(u'n', i), qint64(50000));
        });
        QVERIFY(arrived);
        QVERIFY(!replaced.isEmpty());
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.removed, QStringList{downloads});
        QVERIFY(report.partlyDeleted.isEmpty());
        // What this run removed: the old file under the replaced name went by the other
        // program's rename, not by this run (attack S3).
        QCOMPARE(report.freedBytes, planned - oneDownload);
        QCOMPARE(QFileInfo(fixture.path(replaced)).size(), qint64(70000)); // the new download, kept
        QStringList kept = report.arrived;
        kept.sort();
        QStringList expected{fixture.path(name(u'a', 0)), fixture.path(replaced)};
        for (int i = 0; i < 5; ++i)
            expected.append(fixture.path(name(u'n', i)));
        expected.sort();
        QCOMPARE(kept, expected);
        for (const QString &path : std::as_const(expected))
            QVERIFY(QFileInfo::exists(path));
    }

    // A planned download given a second name while the run goes (a hard link made by another
    // program) frees nothing when its listed name goes: it is not counted as freed (attack S16:
    // 4 MB said, 2 MB still on disk). link(2) changes its ctime, so it is no longer the file
    // listed: kept under its name, as arrived.
    void aDownloadLinkedDuringTheDeletionIsNotFreed()
    {
        FixtureHome fixture;
        const auto name = [](int i) {
            return QStringLiteral("datasets/downloads/") + QString(60, u'd') + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
        };
        for (int i = 0; i < 6; ++i)
            fixture.write(name(i), qint64(40000));
        const HfHome home = HfHome::locate(fixture.environment());
        const QString downloads = fixture.path(QStringLiteral("datasets/downloads"));
        const HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {downloads});
        QCOMPARE(plan.entries.size(), 1);
        const qint64 before = du(fixture.root());
        const QString elsewhere = fixture.path(QStringLiteral("elsewhere-link"));
        QString linked;
        const HomeDeletion::Report report = HomeDeletion::run(home, plan, {}, [&](int done, qint64) {
            if (done > 0 || !linked.isEmpty())
                return;
            for (int i = 5; i >= 0 && linked.isEmpty(); --i)
                if (QFileInfo::exists(fixture.path(name(i))))
                    linked = fixture.path(name(i));
            QCOMPARE(::link(QFile::encodeName(linked).constData(), QFile::encodeName(elsewhere).constData()), 0);
        });
        QVERIFY(!linked.isEmpty());
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.freedBytes, before - du(fixture.root()));
        QVERIFY(QFileInfo::exists(elsewhere));
    }

    // Only a regular file is HubDeck's removal marker: a folder or link of that name is someone
    // else's, listed, and the entry it stands beside is refused in the plan, as the run would
    // fail writing its marker there; a FIFO of that name is no stopped deletion (attack S15).
    void aMarkerNameThatIsNoFileIsNotAMarker()
    {
        FixtureHome fixture;
        const QString downloads = fixture.path(QStringLiteral("datasets/downloads"));
        const QString marker = HomeScanner::removingMarker(downloads);
        QVERIFY(QDir().mkpath(marker + QStringLiteral("/mine")));
        const QString legacy = QStringLiteral("transformers/") + QString(64, u'e') + u'.' + QString(64, u'f');
        const QString fifo = HomeScanner::removingMarker(fixture.path(legacy));
        QVERIFY(QDir().mkpath(QFileInfo(fifo).path()));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *folder = scan.entry(marker);
        QVERIFY2(folder, "the folder named like a marker is listed");
        QVERIFY(!folder->deletable());
        QVERIFY(!scan.entry(downloads)->removalInterrupted);
        const HomeEntry *pipe = scan.entry(fifo);
        QVERIFY(!pipe || pipe->kind != HomeEntry::Kind::InterruptedDeletion);
        HomeDeletion::Plan plan = HomeDeletion::plan(scan, {downloads});
        QCOMPARE(plan.entries.size(), 1);
        const QList<HomeDeletion::Refusal> refused = HomeDeletion::withoutObstacles(plan);
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().reason.contains(QStringLiteral("is in the way: HubDeck did not make it")),
                 qPrintable(refused.first().reason));
        QVERIFY(plan.entries.isEmpty());
        QVERIFY(QFileInfo::exists(marker + QStringLiteral("/mine")));
    }

    // A folder entry is renamed aside before it is emptied, so what its library writes under its
    // name meanwhile (datasets building the cache again, xet storing a chunk) is a new folder:
    // kept and said as arrived, the entry removed, freed what the planned entry gave back
    // (attack S4: "1 file(s) could not be removed", partly deleted, freed net of the new file).
    void aFolderWrittenAgainDuringItsDeletionIsKept_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("written");
        QTest::newRow("dataset cache") << QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset)
                                       << QStringLiteral("default/0.0.0/c0ffee/data.arrow.incomplete");
        QTest::newRow("xet chunk cache") << QStringLiteral("xet/") + QString::fromLatin1(FixtureHome::kEndpoint) +
                                                QStringLiteral("/chunk-cache")
                                         << QStringLiteral("cd/newchunk");
    }
    void aFolderWrittenAgainDuringItsDeletionIsKept()
    {
        QFETCH(QString, entry);
        QFETCH(QString, written);
        FixtureHome fixture;
        for (int i = 0; i < 600; ++i) // the removal reports progress every 256 removals
            fixture.write(entry + QStringLiteral("/ab/file-%1").arg(i), qint64(100));
        const HfHome home = HfHome::locate(fixture.environment());
        const QString path = fixture.path(entry);
        const HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {path});
        QCOMPARE(plan.entries.size(), 1);
        const qint64 planned = du(path);
        bool wrote = false;
        const HomeDeletion::Report report = HomeDeletion::run(home, plan, {}, [&](int done, qint64) {
            if (done > 0 || wrote || !QFileInfo::exists(path + HomeScanner::deletingSuffix()))
                return;
            wrote = true;
            fixture.write(entry + u'/' + written, qint64(50000));
        });
        QVERIFY(wrote);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.removed, QStringList{path});
        QVERIFY(report.partlyDeleted.isEmpty());
        QCOMPARE(report.arrived, QStringList{path});
        QCOMPARE(report.arrivedInStopped, 0);
        QCOMPARE(report.freedBytes, planned);
        QCOMPARE(QFileInfo(path + u'/' + written).size(), qint64(50000)); // the library's, kept
        QVERIFY(!QFileInfo::exists(path + HomeScanner::deletingSuffix()));
    }

    // What a process writes into an entry's folder while it is emptied (one working there, or
    // holding the folder open, since the check before the run) lands in the folder renamed aside
    // after its listing: the process's new files, kept with the folders that hold them, which get
    // the entry's name back; the entry is removed and freed is what it gave back (attack T3:
    // "Directory not empty", partly deleted, exit 1, the new file subtracted from freed).
    void filesWrittenIntoTheRenamedFolderAreKept()
    {
        FixtureHome fixture;
        const QString entry = QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset);
        const QString deep = QStringLiteral("/default/0.0.0/c0ffee");
        for (int i = 0; i < 600; ++i) // the removal reports progress every 256 removals
            fixture.write(entry + deep + QStringLiteral("/part-%1.arrow").arg(i), qint64(100));
        // Folders in c0ffee, which the walk lists after c0ffee's files go: a file written into one
        // not listed yet is told by its birth time (attack V1: it went with the rest).
        for (int i = 0; i < 4; ++i)
            fixture.write(entry + deep + QStringLiteral("/side-%1/old.arrow").arg(i), qint64(100));
        const HfHome home = HfHome::locate(fixture.environment());
        const QString path = fixture.path(entry);
        const HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {path});
        QCOMPARE(plan.entries.size(), 1);
        const qint64 planned = du(path);
        // Held by this process, which InUseFiles leaves out, as a writer that began after the
        // check would be.
        const int top = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
        const int inner = ::open(QFile::encodeName(path + deep).constData(), O_RDONLY | O_DIRECTORY);
        QVERIFY(top >= 0 && inner >= 0);
        bool wrote = false;
        const HomeDeletion::Report report = HomeDeletion::run(home, plan, {}, [&](int done, qint64) {
            // While c0ffee's files go: after it and the entry's folder were listed.
            const QDir emptied(path + HomeScanner::deletingSuffix() + deep);
            if (done > 0 || wrote || !emptied.exists() || emptied.entryList(QDir::Files).size() >= 600)
                return;
            wrote = true;
            // Past the clock tick of the rename: birth times are that coarse (a jiffy), and one in
            // the rename's own tick counts as the entry's.
            QThread::msleep(20);
            for (const int dir : {top, inner}) {
                const int file = ::openat(dir, "new.arrow.incomplete", O_WRONLY | O_CREAT | O_EXCL, 0644);
                QVERIFY(file >= 0);
                QCOMPARE(::write(file, QByteArray(20000, 'x').constData(), 20000), ssize_t(20000));
                ::close(file);
            }
            for (int i = 0; i < 4; ++i) // a writer cd'd into the side folders, through the renamed path
                QVERIFY(QFile(path + HomeScanner::deletingSuffix() + deep + QStringLiteral("/side-%1/late.arrow").arg(i))
                            .open(QIODevice::WriteOnly | QIODevice::NewOnly));
            QVERIFY(QDir().mkpath(path + HomeScanner::deletingSuffix() + QStringLiteral("/default/fresh/sub"))); // a new tree
        });
        ::close(top);
        ::close(inner);
        QVERIFY(wrote);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.removed, QStringList{path});
        QVERIFY(report.partlyDeleted.isEmpty());
        QStringList arrived = report.arrived;
        arrived.sort();
        QStringList expected{path + deep + QStringLiteral("/new.arrow.incomplete"), path + QStringLiteral("/new.arrow.incomplete"),
                             path + QStringLiteral("/default/fresh")};
        for (int i = 0; i < 4; ++i)
            expected.append(path + deep + QStringLiteral("/side-%1/late.arrow").arg(i));
        expected.sort();
        QCOMPARE(arrived, expected);
        for (const QString &file : {path + deep + QStringLiteral("/new.arrow.incomplete"), path + QStringLiteral("/new.arrow.incomplete")})
            QCOMPARE(QFileInfo(file).size(), qint64(20000)); // the writer's, kept where it expects them
        QVERIFY(QFileInfo::exists(path + QStringLiteral("/default/fresh/sub")));
        for (int i = 0; i < 4; ++i)
            QVERIFY(!QFileInfo::exists(path + deep + QStringLiteral("/side-%1/old.arrow").arg(i))); // the entry's, gone
        QVERIFY(!QFileInfo::exists(path + HomeScanner::deletingSuffix()));
        QVERIFY(!QFileInfo::exists(path + deep + QStringLiteral("/part-0.arrow")));
        // Freed: all the entry held but the folders that stay for the new files.
        qint64 folders = 0;
        QStringList keptFolders{path, path + QStringLiteral("/default"), path + QStringLiteral("/default/0.0.0"), path + deep};
        for (int i = 0; i < 4; ++i)
            keptFolders.append(path + deep + QStringLiteral("/side-%1").arg(i));
        for (const QString &folder : std::as_const(keptFolders)) {
            struct stat st
            {
            };
            QCOMPARE(::stat(QFile::encodeName(folder).constData(), &st), 0);
            folders += qint64(st.st_blocks) * 512;
        }
        QCOMPARE(report.freedBytes, planned - folders);
    }

    // What a process wrote into the folder set aside, when the entry's own name holds a new folder
    // by then (the library made it again), keeps a name no listing takes for a stopped deletion:
    // a later `home rm` of the entry would finish that, taking the writer's files (attack V2).
    void arrivalsWhoseNameIsTakenAreKeptApart()
    {
        FixtureHome fixture;
        const QString entry = QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset);
        for (int i = 0; i < 600; ++i)
            fixture.write(entry + QStringLiteral("/default/0.0.0/c0ffee/part-%1.arrow").arg(i), qint64(100));
        const HfHome home = HfHome::locate(fixture.environment());
        const QString path = fixture.path(entry);
        const HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {path});
        const int top = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
        QVERIFY(top >= 0);
        bool wrote = false;
        const HomeDeletion::Report report = HomeDeletion::run(home, plan, {}, [&](int done, qint64) {
            const QDir emptied(path + HomeScanner::deletingSuffix() + QStringLiteral("/default/0.0.0/c0ffee"));
            if (done > 0 || wrote || !emptied.exists() || emptied.entryList(QDir::Files).size() >= 600)
                return;
            wrote = true;
            QThread::msleep(20); // past the clock tick of the rename (see filesWrittenIntoTheRenamedFolderAreKept)
            const int file = ::openat(top, "writer.log", O_WRONLY | O_CREAT | O_EXCL, 0644);
            QVERIFY(file >= 0);
            ::close(file);
            fixture.write(entry + QStringLiteral("/default/0.0.0/beef/new.arrow"), qint64(10)); // the library, anew
        });
        ::close(top);
        QVERIFY(wrote);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        const QString kept = path + HomeScanner::keptSuffix();
        QVERIFY(report.arrived.contains(path));
        QVERIFY2(report.arrived.contains(kept + QStringLiteral("/writer.log")), qPrintable(report.arrived.join(u' ')));
        QVERIFY(QFileInfo::exists(kept + QStringLiteral("/writer.log")));
        QVERIFY(!QFileInfo::exists(path + HomeScanner::deletingSuffix()));
        // Listed, never as a stopped deletion, and not planned with the entry.
        const HomeScan after = HomeScanner::scan(home);
        QVERIFY(after.entry(kept));
        QVERIFY(after.entry(kept)->kind != HomeEntry::Kind::InterruptedDeletion);
        const HomeDeletion::Plan again = HomeDeletion::plan(after, {path});
        QVERIFY(std::none_of(again.entries.cbegin(), again.entries.cend(), [&](const HomeEntry &e) { return e.path == kept; }));
    }

    // What a writer put into the folder set aside before a stop is its, also for the run that
    // finishes the stopped deletion: kept by the time the first run set it aside, and given the
    // entry's name back (attack V2: finishing deleted it, unmentioned).
    // What a process moves into the folder renamed aside (mv, os.replace: the inode keeps its
    // birth time) is its own too, wherever it lands, and so is a folder moved in; files of the
    // entry hard-linked to each other still go, though removing one name changes the other's
    // ctime (attack W1: 800 KB moved into subfolders the walk had not reached were deleted,
    // "arrived": []).
    void movedInFilesAreKept()
    {
        FixtureHome fixture;
        const QString entry = QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset);
        const QString deep = QStringLiteral("/default/0.0.0/c0ffee");
        for (int i = 0; i < 2000; ++i)
            fixture.write(entry + deep + QStringLiteral("/shard-%1/part-%2.arrow").arg(i / 250).arg(i), qint64(100));
        const QString path = fixture.path(entry);
        QCOMPARE(::link(QFile::encodeName(path + deep + QStringLiteral("/shard-0/part-0.arrow")).constData(),
                        QFile::encodeName(path + deep + QStringLiteral("/shard-7/linked.arrow")).constData()),
                 0);
        // The user's files, elsewhere on the same filesystem, made before the deletion.
        fixture.write(QStringLiteral("outside/result-1.arrow"), qint64(5000));
        fixture.write(QStringLiteral("outside/result-2.arrow"), qint64(5000));
        fixture.write(QStringLiteral("outside/folder/part.arrow"), qint64(5000));
        QThread::msleep(20);
        const HfHome home = HfHome::locate(fixture.environment());
        const QString aside = path + HomeScanner::deletingSuffix();
        QStringList moved;
        const HomeDeletion::Report report =
            HomeDeletion::run(home, HomeDeletion::plan(HomeScanner::scan(home), {path}), {}, [&](int done, qint64) {
                if (done > 0 || !moved.isEmpty() || !QFileInfo::exists(aside))
                    return;
                QThread::msleep(20); // past the clock tick of the rename
                // Into every shard folder still there: some are not walked yet.
                int n = 0;
                for (int shard = 7; shard >= 0 && n < 2; --shard) {
                    const QString to = aside + deep + QStringLiteral("/shard-%1").arg(shard);
                    if (!QFileInfo::exists(to))
                        continue;
                    ++n;
                    const QString target = to + QStringLiteral("/result-%1.arrow").arg(n);
                    QVERIFY(QFile::rename(fixture.path(QStringLiteral("outside/result-%1.arrow").arg(n)), target));
                    moved.append(target);
                    if (n == 1) {
                        QVERIFY(QDir().rename(fixture.path(QStringLiteral("outside/folder")), to + QStringLiteral("/folder")));
                        moved.append(to + QStringLiteral("/folder"));
                    }
                }
            });
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!moved.isEmpty());
        // Kept apart, never under the entry's name: their times cannot tell them from the entry's
        // own old files that something changed meanwhile (attack Z13).
        const QString keptAt = path + HomeScanner::keptSuffix();
        QVERIFY(!QFileInfo::exists(path));
        for (const QString &was : std::as_const(moved)) {
            const QString now = keptAt + was.mid(aside.size());
            QVERIFY2(QFileInfo::exists(now), qPrintable(now));
            QVERIFY2(report.arrived.contains(now), qPrintable(report.arrived.join(u' ')));
        }
        // Only those: nothing of the entry is kept with them.
        int files = 0;
        for (QDirIterator it(keptAt, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext(); it.next())
            ++files;
        QCOMPARE(files, int(moved.size())); // the two moved files, and the moved folder's one file
        // Holding only what arrived: listed as kept from a deletion and deletable, not "other"
        // forever (attack X5), where the filesystem keeps user attributes.
        char value[16] = {};
        if (const ssize_t got = ::lgetxattr(QFile::encodeName(keptAt).constData(), HomeScanner::setAsideAttribute(), value, sizeof value);
            got >= 0) {
            QCOMPARE(QByteArray(value, int(got)), QByteArray(HomeScanner::keptValue())); // one value, replaced in one call (Z3)
            const HomeScan after = HomeScanner::scan(home);
            QVERIFY(after.entry(keptAt));
            QCOMPARE(after.entry(keptAt)->kind, HomeEntry::Kind::KeptArrivals);
            QVERIFY(after.entry(keptAt)->deletable());
        } else {
            QCOMPARE(errno, ENOTSUP);
        }
        QVERIFY(!QFileInfo::exists(keptAt + deep + QStringLiteral("/shard-7/linked.arrow"))); // the entry's own, linked twice
        QVERIFY(!QFileInfo::exists(keptAt + deep + QStringLiteral("/shard-0/part-0.arrow")));
    }

    // A run finishing a stopped deletion gives the folder of what arrived the entry's name back,
    // then swaps the set-aside attribute for the kept one. Killed in between, the folder holds
    // only arrivals under the entry's name with the set-aside attribute still on: listed as kept
    // from a deletion and deletable, not "other" that HubDeck never deletes (attack Z3).
    void aGivenBackFolderStillMarkedSetAsideIsKept()
    {
        FixtureHome fixture;
        const QString folder = fixture.path(QStringLiteral("datasets/org___given"));
        fixture.write(QStringLiteral("datasets/org___given/new.bin"), 5000); // no layout of the library's
        const QByteArray value = "1796567179000000000 16 0";
        if (::lsetxattr(QFile::encodeName(folder).constData(), HomeScanner::setAsideAttribute(), value.constData(), size_t(value.size()),
                        0) != 0)
            QSKIP("this filesystem keeps no user attributes");
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const HomeEntry *given = scan.entry(folder);
        QVERIFY(given);
        QCOMPARE(given->kind, HomeEntry::Kind::KeptArrivals);
        QVERIFY(given->deletable());
        // Without it, the same folder is what nobody knows: listed, never deleted.
        QCOMPARE(::lremovexattr(QFile::encodeName(folder).constData(), HomeScanner::setAsideAttribute()), 0);
        const HomeScan plain = HomeScanner::scan(HfHome::locate(fixture.environment()));
        QVERIFY(plain.entry(folder));
        QCOMPARE(plain.entry(folder)->kind, HomeEntry::Kind::Unknown);
        QVERIFY(!plain.entry(folder)->deletable());
    }

    // The entry's own files whose change time moves during the run (chmod -R, an append, a
    // hard-link backup) read as moved in: kept apart, never given the entry's name where the
    // library would take them for its cache, and not counted as freed (attack Z13: "freed
    // 4.2M" where du saw 1.0M go, and three quarters of the dataset back under its name).
    void changedOldFilesAreKeptApartAndNotCounted()
    {
        FixtureHome fixture;
        const QString entry = QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset);
        const QString deep = QStringLiteral("/default/0.0.0/c0ffee");
        for (int i = 0; i < 1200; ++i)
            fixture.write(entry + deep + QStringLiteral("/shard-%1/part-%2.arrow").arg(i / 300).arg(i), QByteArray(8192, 'x'));
        const HfHome home = HfHome::locate(fixture.environment());
        const QString path = fixture.path(entry);
        const QString aside = path + HomeScanner::deletingSuffix();
        const qint64 before = du(fixture.root());
        bool changed = false;
        const HomeDeletion::Report report =
            HomeDeletion::run(home, HomeDeletion::plan(HomeScanner::scan(home), {path}), {}, [&](int done, qint64 freed) {
                if (done > 0 || freed == 0 || changed || !QFileInfo::exists(aside))
                    return;
                QThread::msleep(20); // past the clock tick of the rename
                for (QDirIterator it(aside, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
                    const QString file = it.next();
                    QFile::setPermissions(file, QFile::permissions(file) | QFileDevice::WriteGroup);
                }
                changed = true;
            });
        QVERIFY(changed);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(path)); // no half-deleted cache under the library's name
        QVERIFY(!QFileInfo::exists(aside));
        QVERIFY(QFileInfo::exists(path + HomeScanner::keptSuffix()));
        QVERIFY(report.freedBytes > 0);
        QCOMPARE(report.freedBytes, before - du(fixture.root()));
    }

    // A download that arrives after the plan's scan (while `home rm` asks [y/N], or while an
    // earlier entry of the run goes) was never shown to whoever confirmed: kept, said, not
    // counted (attack W3: the user agreed to 20.5K and lost 327.7K).
    void aDownloadArrivingAfterThePlanIsKept()
    {
        FixtureHome fixture;
        const HfHome home = HfHome::locate(fixture.environment());
        const QString downloads = fixture.path(QStringLiteral("datasets/downloads"));
        const HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {downloads});
        QCOMPARE(plan.entries.size(), 1);
        QThread::msleep(20); // the prompt waits; a load_dataset elsewhere fetches a file
        const QString fetched = downloads + u'/' + QString(64, u'e');
        fixture.write(QStringLiteral("datasets/downloads/") + QString(64, u'e'), qint64(300000));
        fixture.write(QStringLiteral("datasets/downloads/") + QString(64, u'e') + QStringLiteral(".json"), QByteArrayLiteral("{}"));
        const qint64 arrivals = du(QStringList{fetched, fetched + QStringLiteral(".json")});
        const qint64 before = du(fixture.root());
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(QFileInfo::exists(fetched) && QFileInfo::exists(fetched + QStringLiteral(".json")));
        QVERIFY2(report.arrived.contains(fetched), qPrintable(report.arrived.join(u' ')));
        QCOMPARE(report.freedBytes, before - du(fixture.root()));
        QCOMPARE(du(QStringList{fetched, fetched + QStringLiteral(".json")}), arrivals);
        QVERIFY(report.freedBytes > 0); // the listed downloads went
    }

    // datasets/downloads is done once its folder holds only extracted/: the Overview takes its
    // row out then, not after the next listing (attack report 20, J4: "33.1 MB, 171,600 files"
    // beside "Deleted … freed"). A download fetched meanwhile keeps it.
    void downloadsAreGoneOnceOnlyTheirExtractedIsLeft()
    {
        FixtureHome fixture;
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const QString downloads = fixture.path(QStringLiteral("datasets/downloads"));
        const HomeEntry *entry = scan.entry(downloads);
        QVERIFY(entry && entry->keepsItsFolder());
        QVERIFY(!HomeDeletion::isGone(*entry));
        for (const QFileInfo &file : QDir(downloads).entryInfoList(QDir::Files | QDir::Hidden | QDir::System))
            QVERIFY(QFile::remove(file.filePath()));
        QVERIFY(QFileInfo::exists(downloads + QStringLiteral("/extracted")));
        QVERIFY(HomeDeletion::isGone(*entry));
        fixture.write(QStringLiteral("datasets/downloads/") + QString(64, u'f'), qint64(100));
        QVERIFY(!HomeDeletion::isGone(*entry));
    }

    // A file written into an entry after the listing the deletion was confirmed from, but before
    // the run reached that entry (an earlier entry took long), was never confirmed: kept under
    // the entry's name and said as arrived, not deleted and counted as freed (attack report 20,
    // J2: 30 MB written into a dataset cache went with it, "119.3 MB freed" for 87.8 MB).
    void aFileWrittenIntoAnEntryAfterThePlanIsKept()
    {
        FixtureHome fixture;
        const HfHome home = HfHome::locate(fixture.environment());
        const QString entry = fixture.path(QStringLiteral("datasets/org___set"));
        const HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {entry});
        QCOMPARE(plan.entries.size(), 1);
        QThread::msleep(20); // the deletion of an earlier entry runs; datasets writes meanwhile
        const QString late = entry + QStringLiteral("/default/0.0.0/c0ffee/late.arrow");
        fixture.write(QStringLiteral("datasets/org___set/default/0.0.0/c0ffee/late.arrow"), qint64(300000));
        const qint64 arrival = du(QStringList{late});
        const qint64 before = du(fixture.root());
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(QFileInfo(late).size(), 300000);
        QCOMPARE(du(QStringList{late}), arrival);
        QVERIFY(!QFileInfo::exists(entry + QStringLiteral("/default/0.0.0/c0ffee/set-train.arrow")));
        QVERIFY2(!report.arrived.isEmpty(), qPrintable(report.arrived.join(u' ')));
        QCOMPARE(report.freedBytes, before - du(fixture.root()));
        QVERIFY(report.freedBytes > 0 && report.freedBytes <= plan.sizeOnDisk());
    }

    // What a deletion kept for a writer under "<entry>.hubdeck-kept[-N]" is listed as such and
    // deletable, with its part, not left forever as "other" (attack W6).
    void keptArrivalsAreListedAndDeletable()
    {
        FixtureHome fixture;
        const QString endpoint = QStringLiteral("xet/") + QString::fromLatin1(FixtureHome::kEndpoint);
        fixture.write(endpoint + QStringLiteral("/chunk-cache") + HomeScanner::keptSuffix() + QStringLiteral("/ab/chunk"), qint64(5000));
        fixture.write(QStringLiteral("xet/logs") + HomeScanner::keptSuffix() + QStringLiteral("-2/xet.log"), qint64(100));
        fixture.write(QStringLiteral("modules/transformers_modules") + HomeScanner::keptSuffix() + QStringLiteral("/m.py"), qint64(100));
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const QStringList kept{fixture.path(endpoint + QStringLiteral("/chunk-cache") + HomeScanner::keptSuffix()),
                               fixture.path(QStringLiteral("xet/logs") + HomeScanner::keptSuffix() + QStringLiteral("-2")),
                               fixture.path(QStringLiteral("modules/transformers_modules") + HomeScanner::keptSuffix())};
        for (const QString &path : kept) {
            const HomeEntry *entry = scan.entry(path);
            QVERIFY2(entry, qPrintable(path));
            QCOMPARE(entry->kind, HomeEntry::Kind::KeptArrivals);
            QVERIFY(entry->deletable());
        }
        const HomeDeletion::Report report = HomeDeletion::run(
            home, HomeDeletion::plan(scan, {fixture.path(QStringLiteral("xet")), fixture.path(QStringLiteral("modules"))}));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        for (const QString &path : kept)
            QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
    }

    // An entry another program removes after the plan, while an earlier entry goes, is already
    // gone: not counted as this run's removal (attack Y1: "✓ 2 of 2 entries deleted").
    void anEntryRemovedByAnotherBeforeItsTurnIsAlreadyGone()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("datasets/aaa___first/default/0.0.0/abc/dataset_info.json"), QByteArrayLiteral("{}"));
        for (int i = 0; i < 600; ++i)
            fixture.write(QStringLiteral("datasets/aaa___first/default/0.0.0/abc/part-%1.arrow").arg(i), qint64(100));
        const HfHome home = HfHome::locate(fixture.environment());
        const QString first = fixture.path(QStringLiteral("datasets/aaa___first"));
        // The fixture's dataset, whose builder locks beside it stay when another program
        // removes its folder.
        const QString other = fixture.path(QStringLiteral("datasets/") + QLatin1String(FixtureHome::kDataset));
        const HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {first, other});
        QCOMPARE(plan.entries.size(), 2);
        QCOMPARE(plan.entries.last().path, other);
        QVERIFY(!plan.entries.last().members.isEmpty());
        bool removed = false;
        const HomeDeletion::Report report = HomeDeletion::run(home, plan, {}, [&](int, qint64) {
            if (!removed)
                removed = QDir(other).removeRecursively();
        });
        QVERIFY(removed);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.removed, QStringList{first});
        QCOMPARE(report.alreadyGone, QStringList{other});
    }

    void arrivalsSurviveAStopAndTheFinish()
    {
        FixtureHome fixture;
        const QString deep = kDeep;
        const HfHome home = HfHome::locate(fixture.environment());
        const QString path = fixture.path(QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset));
        const QString aside = path + HomeScanner::deletingSuffix();
        const HomeDeletion::Report stopped = stopWhileEmptying(fixture, home, [&] {
            QVERIFY(QFile(aside + deep + QStringLiteral("/later/new.arrow")).open(QIODevice::WriteOnly | QIODevice::NewOnly));
        });
        if (QTest::currentTestFailed())
            return;
        if (::lgetxattr(QFile::encodeName(aside).constData(), "user.hubdeck.set-aside", nullptr, 0) <= 0)
            QSKIP("this filesystem keeps no user attributes: the finishing run cannot tell what arrived before it");
        const HomeDeletion::Report finished = HomeDeletion::run(home, HomeDeletion::plan(HomeScanner::scan(home), stopped.partlyDeleted));
        QVERIFY2(finished.succeeded(), qPrintable(finished.errors.join(u'\n')));
        QCOMPARE(finished.arrived, QStringList{path + deep + QStringLiteral("/later/new.arrow")});
        QVERIFY(QFileInfo::exists(path + deep + QStringLiteral("/later/new.arrow")));
        QVERIFY(!QFileInfo::exists(path + deep + QStringLiteral("/later/old.arrow")));
        QVERIFY(!QFileInfo::exists(aside));
    }

    // A tree whose files have two names in it (an archive of hard links, a dedupe tool), stopped
    // by Ctrl+C half-way: the stopped run's removals moved the ctime of the other names, which
    // the run finishing it knows for that run's doing (kept on the folder with the stop's time),
    // not files moved in: it deletes them and frees what du sees go, and the listing before it
    // promises that (attack report 18, G2: "0 bytes freed", all kept as moved in).
    void aStoppedTreeOfHardLinkedFilesIsFinished()
    {
        FixtureHome fixture;
        // An unpacked archive's files, each with a second name in it.
        const QString archive = QStringLiteral("datasets/downloads/extracted/") + QString(64, u'c') + QStringLiteral("/data");
        QVERIFY(QDir().mkpath(fixture.path(archive + QStringLiteral("/b"))));
        for (int i = 0; i < 600; ++i) {
            const QString a = archive + QStringLiteral("/a/part-%1.wav").arg(i);
            fixture.write(a, qint64(5000));
            QCOMPARE(::link(QFile::encodeName(fixture.path(a)).constData(),
                            QFile::encodeName(fixture.path(archive + QStringLiteral("/b/part-%1.wav").arg(i))).constData()),
                     0);
        }
        const HfHome home = HfHome::locate(fixture.environment());
        const QString path = fixture.path(QStringLiteral("datasets/downloads/extracted"));
        const QString aside = path + HomeScanner::deletingSuffix();
        const QString data = aside + archive.mid(QStringLiteral("datasets/downloads/extracted").size());
        const auto namesLeft = [&] {
            return QDir(data + QStringLiteral("/a")).entryList(QDir::Files).size() +
                   QDir(data + QStringLiteral("/b")).entryList(QDir::Files).size();
        };
        bool stop = false;
        const HomeDeletion::Report stopped = HomeDeletion::run(
            home, HomeDeletion::plan(HomeScanner::scan(home), {path}), [&] { return stop; },
            [&](int done, qint64) { stop = stop || (done == 0 && QFileInfo::exists(aside) && namesLeft() < 1200); });
        QVERIFY2(stop && stopped.canceled, qPrintable(stopped.errors.join(u'\n')));
        QCOMPARE(stopped.partlyDeleted, QStringList{aside});
        if (::lgetxattr(QFile::encodeName(aside).constData(), "user.hubdeck.set-aside", nullptr, 0) <= 0)
            QSKIP("this filesystem keeps no user attributes: the finishing run cannot tell the stopped run's changes");
        QVERIFY(namesLeft() > 600); // some of each pair went, some files kept one name

        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *leftover =
            find(scan, QStringLiteral("datasets"), QStringLiteral("downloads/extracted") + HomeScanner::deletingSuffix());
        QVERIFY(leftover);
        QCOMPARE(leftover->keptArrivals, 0);
        QVERIFY(!leftover->keptArrivalsApart);
        const Finish finish = finishLeftover(home, scan, aside, fixture.root());
        const qint64 promised = finish.promised;
        const qint64 before = finish.duBefore;
        const HomeDeletion::Report &finished = finish.report;
        QVERIFY2(finished.succeeded(), qPrintable(finished.errors.join(u'\n')));
        QCOMPARE(finished.arrived, QStringList());
        QVERIFY(!QFileInfo::exists(aside));
        QVERIFY(!QFileInfo::exists(path + HomeScanner::keptSuffix()));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(finished.freedBytes, before - du(fixture.root()));
        QCOMPARE(finished.freedBytes, promised);
        QVERIFY2(finished.freedBytes >= 600 * 4096 - stopped.freedBytes, qPrintable(QString::number(finished.freedBytes)));
    }

    // A file a program moves into the folder set aside while the run that renamed it goes, then
    // stopped (Ctrl+C), is kept by the run that finishes it, apart from the entry's name as all
    // that the ctime rule keeps, and the plan says so (attack Z9: deleted without a word). What
    // changes the ctime of the entry's own files after the stop (a chown -R) does not keep them.
    void aFileMovedInBeforeTheStopIsKeptByTheFinish()
    {
        FixtureHome fixture;
        const QString deep = kDeep;
        QTemporaryDir elsewhere; // the program's own file, on the same filesystem, born before the run
        const QString outside = elsewhere.filePath(QStringLiteral("moved.arrow"));
        {
            QFile out(outside);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(QByteArray(200 * 1024, 'm')) == 200 * 1024);
        }
        const HfHome home = HfHome::locate(fixture.environment());
        const QString path = fixture.path(QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset));
        const QString aside = path + HomeScanner::deletingSuffix();
        const QString movedTo = aside + deep + QStringLiteral("/later/moved.arrow");
        const qint64 moved = du(outside);
        qint64 beforeStop = 0;
        const HomeDeletion::Report stopped = stopWhileEmptying(
            fixture, home, [&] { QCOMPARE(::rename(QFile::encodeName(outside).constData(), QFile::encodeName(movedTo).constData()), 0); },
            &beforeStop);
        if (QTest::currentTestFailed())
            return;
        if (::lgetxattr(QFile::encodeName(aside).constData(), "user.hubdeck.set-aside", nullptr, 0) <= 0)
            QSKIP("this filesystem keeps no user attributes: the finishing run cannot tell what arrived before it");
        QVERIFY(QFileInfo::exists(movedTo));
        // The stopped run freed what du says the home lost, the moved-in file aside (GUI attack
        // B10: "0 bytes freed", as the file moved in outweighed what went).
        QVERIFY(stopped.freedBytes > 0);
        QCOMPARE(stopped.freedBytes, beforeStop + moved - du(fixture.root()));
        QThread::msleep(20);
        for (QDirIterator it(aside, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
            if (const QString file = it.next(); file != movedTo) // chown -R of the entry's own files: only the ctimes move
                QCOMPARE(::lchown(QFile::encodeName(file).constData(), ::getuid(), ::getgid()), 0);
        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *leftover = find(scan, QStringLiteral("datasets"), QFileInfo(aside).fileName());
        QVERIFY(leftover);
        QVERIFY2(leftover->keptArrivals >= 200 * 1024, qPrintable(QString::number(leftover->keptArrivals)));
        QVERIFY(leftover->keptArrivalsApart);
        QCOMPARE(HomeDeletion::keptArrivalsGoTo(*leftover), path + HomeScanner::keptSuffix());
        const Finish finish = finishLeftover(home, scan, aside, fixture.root());
        const qint64 promised = finish.promised;
        const qint64 before = finish.duBefore;
        const HomeDeletion::Report &finished = finish.report;
        QVERIFY2(finished.succeeded(), qPrintable(finished.errors.join(u'\n')));
        const QString keptAt = path + HomeScanner::keptSuffix() + deep + QStringLiteral("/later/moved.arrow");
        QVERIFY(QFileInfo::exists(keptAt));
        QCOMPARE(finished.arrived, QStringList{keptAt});
        QCOMPARE(finished.arrivedInStopped, 1); // said "since its deletion began", not "after it was listed"

        QVERIFY(!QFileInfo::exists(path + HomeScanner::keptSuffix() + deep + QStringLiteral("/later/old.arrow")));
        QVERIFY(!QFileInfo::exists(path) && !QFileInfo::exists(aside));
        QCOMPARE(finished.freedBytes, promised);
        QCOMPARE(finished.freedBytes, before - du(fixture.root()));
    }

    // What a program writes into a stopped deletion's folder after the stop is kept by the run
    // that finishes it, so the plan for that run does not promise it: the plan's figure is what
    // the run frees (attack Y2: the plan said 1.4M, the run freed 1.0M, as du said).
    void aPlanToFinishLeavesOutWhatArrivedSinceTheStop()
    {
        FixtureHome fixture;
        const QString entry = QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset);
        const QString deep = QStringLiteral("/default/0.0.0/c0ffee");
        for (int i = 0; i < 600; ++i)
            fixture.write(entry + deep + QStringLiteral("/part-%1.arrow").arg(i), qint64(100));
        const HfHome home = HfHome::locate(fixture.environment());
        const QString path = fixture.path(entry);
        const QString aside = path + HomeScanner::deletingSuffix();
        const HomeDeletion::Report stopped = stopOnceSetAside(home, path);
        QVERIFY(stopped.canceled);
        QCOMPARE(stopped.partlyDeleted, QStringList{aside});
        if (::lgetxattr(QFile::encodeName(aside).constData(), "user.hubdeck.set-aside", nullptr, 0) <= 0)
            QSKIP("this filesystem keeps no user attributes: the finishing run cannot tell what arrived before it");
        QThread::msleep(20); // past the clock tick of the set-aside
        HomeScan scan;
        writeTwoArrivals(home, aside, deep, scan);
        if (QTest::currentTestFailed())
            return;
        const HomeEntry *leftover = find(scan, QStringLiteral("datasets"), QFileInfo(aside).fileName());
        // Where the run puts them, for the plan to say: the entry's name, or beside it when that
        // holds a new folder (attack Z14: "under its name again", then ".hubdeck-kept").
        QCOMPARE(HomeDeletion::keptArrivalsGoTo(*leftover), path);
        QVERIFY(QDir().mkdir(path));
        QCOMPARE(HomeDeletion::keptArrivalsGoTo(*leftover), path + HomeScanner::keptSuffix());
        QVERIFY(QDir().rmdir(path));
        HomeDeletion::Plan plan = HomeDeletion::plan(scan, {aside});
        (void)HomeDeletion::withoutObstacles(plan);
        const qint64 promised = plan.sizeOnDisk();
        const HomeDeletion::Report finished = HomeDeletion::run(home, plan);
        QVERIFY2(finished.succeeded(), qPrintable(finished.errors.join(u'\n')));
        QVERIFY(QFileInfo::exists(path + deep + QStringLiteral("/new.arrow")));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("/other/1.0.0/beef/new.arrow")));
        QCOMPARE(finished.freedBytes, promised);
        // What is left is what was kept, and a listing says so.
        const HomeScan after = HomeScanner::scan(home);
        const HomeEntry *kept = find(after, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(kept);
        QCOMPARE(kept->sizeOnDisk, leftover->keptArrivals);
    }

    // Where the filesystem keeps no birth time (ext4 made with 128-byte inodes), what a program
    // writes into a stopped deletion's folder is told by its times of change: the plan leaves it
    // out and the run that finishes the deletion keeps it (attack Z11: deleted without a word).
    // The folder's own files go though a chown -R moved their ctime or they carry an mtime in
    // the future (unpacked from an archive), as either alone does not make a file new.
    void arrivalsAreKeptWhereTheFilesystemKeepsNoBirthTime()
    {
        ScratchMount base("size=96m");
        if (!base.isMounted())
            QSKIP(qPrintable(base.whyNot()));
        if (!base.mountImage(QStringLiteral("ext4"), {QStringLiteral("-I"), QStringLiteral("128")}, qint64(64) << 20))
            QSKIP(qPrintable(base.whyNot()));
        FixtureHome fixture(base.path(QStringLiteral("image")));
        const QString entry = QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset);
        const QString deep = QStringLiteral("/default/0.0.0/c0ffee");
        {
            struct statx stx
            {
            };
            QCOMPARE(::statx(AT_FDCWD, QFile::encodeName(fixture.path(entry + deep)).constData(), 0, STATX_BTIME, &stx), 0);
            if (stx.stx_mask & STATX_BTIME)
                QSKIP("this ext4 keeps birth times");
        }
        fixture.write(entry + deep + QStringLiteral("/unpacked.arrow"), qint64(7000));
        const timespec future[2] = {{0, UTIME_OMIT}, {std::time(nullptr) + 3600 * 24 * 365, 0}};
        QCOMPARE(
            ::utimensat(AT_FDCWD, QFile::encodeName(fixture.path(entry + deep + QStringLiteral("/unpacked.arrow"))).constData(), future, 0),
            0);
        const HfHome home = HfHome::locate(fixture.environment());
        const Stopped stopped = stoppedDatasetCache(fixture, home);
        QVERIFY(stopped != Stopped::NotStopped);
        if (stopped == Stopped::NoUserAttributes)
            QSKIP("this filesystem keeps no user attributes: the finishing run cannot tell what arrived before it");
        const QString path = fixture.path(entry);
        const QString aside = path + HomeScanner::deletingSuffix();
        QThread::msleep(1100); // 128-byte inodes keep whole seconds: past the second of the set-aside
        for (QDirIterator it(aside, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
            QCOMPARE(::lchown(QFile::encodeName(it.next()).constData(), ::getuid(), ::getgid()), 0); // only the ctimes move
        HomeScan scan;
        writeTwoArrivals(home, aside, deep, scan);
        if (QTest::currentTestFailed())
            return;
        const Finish finish = finishLeftover(home, scan, aside, fixture.root());
        const qint64 promised = finish.promised;
        const qint64 before = finish.duBefore;
        const HomeDeletion::Report &finished = finish.report;
        QVERIFY2(finished.succeeded(), qPrintable(finished.errors.join(u'\n')));
        QVERIFY(QFileInfo::exists(path + deep + QStringLiteral("/new.arrow")));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("/other/1.0.0/beef/new.arrow")));
        QVERIFY2(finished.arrived.contains(path + deep + QStringLiteral("/new.arrow")), qPrintable(finished.arrived.join(u' ')));
        QVERIFY(!QFileInfo::exists(path + deep + QStringLiteral("/unpacked.arrow")));
        QVERIFY(!QFileInfo::exists(path + deep + QStringLiteral("/part-0.arrow")));
        QCOMPARE(finished.freedBytes, promised);
        QCOMPARE(finished.freedBytes, before - du(fixture.root()));
    }

    // A file written into a stopped deletion's folder with several names is kept, and counted
    // once, where all its names are: in what is kept when they are all in the folder (attack Z6:
    // the plan promised it and "freed" subtracted it twice), nowhere when one is outside the
    // entry, as it was never in the entry's figure (Z1: "freed" less its size). Plan, freed and
    // du agree.
    void aKeptArrivalWithSeveralNamesIsCountedOnce_data()
    {
        QTest::addColumn<bool>("outside");
        QTest::newRow("both names in new folders") << false;
        QTest::newRow("one name outside the entry") << true;
    }
    void aKeptArrivalWithSeveralNamesIsCountedOnce()
    {
        QFETCH(bool, outside);
        FixtureHome fixture;
        const HfHome home = HfHome::locate(fixture.environment());
        const QString path = fixture.path(QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset));
        const QString aside = path + HomeScanner::deletingSuffix();
        const Stopped stopped = stoppedDatasetCache(fixture, home);
        QVERIFY(stopped != Stopped::NotStopped);
        if (stopped == Stopped::NoUserAttributes)
            QSKIP("this filesystem keeps no user attributes: the finishing run cannot tell what arrived before it");
        const QByteArray data(2 * 1024 * 1024, 'n');
        const QString first = outside ? fixture.path(QStringLiteral("outside.bin")) : aside + QStringLiteral("/a/n.bin");
        QVERIFY(QDir().mkpath(QFileInfo(first).path()));
        QVERIFY(QDir().mkpath(aside + QStringLiteral("/b")));
        {
            QFile out(first);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::NewOnly));
            QCOMPARE(out.write(data), qint64(data.size()));
        }
        QCOMPARE(::link(QFile::encodeName(first).constData(), QFile::encodeName(aside + QStringLiteral("/b/n.bin")).constData()), 0);
        const auto blocks = [](const QString &file) {
            struct stat st
            {
            };
            return ::lstat(QFile::encodeName(file).constData(), &st) == 0 ? qint64(st.st_blocks) * 512 : -1;
        };
        const qint64 fileBlocks = blocks(first);
        const qint64 folderBlocks = blocks(aside + QStringLiteral("/b"));
        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *leftover = find(scan, QStringLiteral("datasets"), QFileInfo(aside).fileName());
        QVERIFY(leftover);
        // The leftover's folder that holds them, the new folders and, when both its names are in
        // them, the file once.
        const qint64 expectedKept = blocks(aside) + (outside ? folderBlocks : 2 * folderBlocks + fileBlocks);
        QCOMPARE(leftover->keptArrivals, expectedKept);
        HomeDeletion::Plan plan = HomeDeletion::plan(scan, {aside});
        (void)HomeDeletion::withoutObstacles(plan);
        const qint64 promised = plan.sizeOnDisk();
        const qint64 duBefore = du(fixture.root());
        const HomeDeletion::Report finished = HomeDeletion::run(home, plan);
        QVERIFY2(finished.succeeded(), qPrintable(finished.errors.join(u'\n')));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("/b/n.bin")));
        const qint64 duGone = duBefore - du(fixture.root());
        QCOMPARE(finished.freedBytes, duGone);
        QCOMPARE(promised, duGone);
    }

    // A kept arrival hard-linked to a file of the cache built again under the entry's name is
    // not freed by deleting both: the plan does not count it as "hard-linked between these
    // entries" (attack Z2: plan 5.3M, du 3.2M).
    void aKeptArrivalLinkedToTheRebuiltCacheIsNotPlanned()
    {
        FixtureHome fixture;
        const HfHome home = HfHome::locate(fixture.environment());
        const QString path = fixture.path(QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset));
        const QString aside = path + HomeScanner::deletingSuffix();
        const Stopped stopped = stoppedDatasetCache(fixture, home);
        QVERIFY(stopped != Stopped::NotStopped);
        if (stopped == Stopped::NoUserAttributes)
            QSKIP("this filesystem keeps no user attributes: the finishing run cannot tell what arrived before it");
        // datasets builds the cache again, and a file of it gets a second name in the leftover.
        const QString entry = QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset);
        fixture.write(entry + QStringLiteral("/default/0.0.0/1111/dataset_info.json"), QByteArrayLiteral("{}"));
        fixture.write(entry + QStringLiteral("/default/0.0.0/1111/d.arrow"), QByteArray(2 * 1024 * 1024, 'n'));
        QCOMPARE(::link(QFile::encodeName(path + QStringLiteral("/default/0.0.0/1111/d.arrow")).constData(),
                        QFile::encodeName(aside + QStringLiteral("/linked.arrow")).constData()),
                 0);
        const HomeScan scan = HomeScanner::scan(home);
        HomeDeletion::Plan plan = HomeDeletion::plan(scan, {aside, path});
        (void)HomeDeletion::withoutObstacles(plan);
        QCOMPARE(plan.entries.size(), 2);
        QCOMPARE(plan.linkedBetweenEntries(), 0);
        const qint64 promised = plan.sizeOnDisk();
        const qint64 duBefore = du(fixture.root());
        const HomeDeletion::Report finished = HomeDeletion::run(home, plan);
        QVERIFY2(finished.succeeded(), qPrintable(finished.errors.join(u'\n')));
        const qint64 duGone = duBefore - du(fixture.root());
        QCOMPARE(finished.freedBytes, duGone);
        QCOMPARE(promised, duGone);
    }

    // The folders above such a leftover are not emptied: what is kept gets the entry's name
    // back in them (attack Z7: the plan promised "8.2K in 2 folders left empty" that stayed).
    void aLeftoverThatKeepsArrivalsEmptiesNoFolder()
    {
        FixtureHome fixture;
        const QString entry = QStringLiteral("assets/mylib/myns/sub1");
        for (int i = 0; i < 600; ++i)
            fixture.write(entry + QStringLiteral("/deep/f%1").arg(i), qint64(100));
        const HfHome home = HfHome::locate(fixture.environment());
        const QString path = fixture.path(entry);
        const QString aside = path + HomeScanner::deletingSuffix();
        const HomeDeletion::Report stopped = stopOnceSetAside(home, path);
        QCOMPARE(stopped.partlyDeleted, QStringList{aside});
        if (::lgetxattr(QFile::encodeName(aside).constData(), "user.hubdeck.set-aside", nullptr, 0) <= 0)
            QSKIP("this filesystem keeps no user attributes: the finishing run cannot tell what arrived before it");
        QThread::msleep(20); // past the clock tick of the set-aside
        fixture.write(entry + HomeScanner::deletingSuffix() + QStringLiteral("/new"), QByteArray(64 * 1024, 'x'));
        HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {aside});
        (void)HomeDeletion::withoutObstacles(plan);
        QCOMPARE(plan.emptiedFolders, QStringList());
        const qint64 promised = plan.sizeOnDisk();
        const HomeDeletion::Report finished = HomeDeletion::run(home, plan);
        QVERIFY2(finished.succeeded(), qPrintable(finished.errors.join(u'\n')));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("/new")));
        QCOMPARE(finished.freedBytes, promised);
    }

    // A process working in an entry's folder, holding it open or locking it (a job script
    // serialising on the dataset folder with flock) uses the entry: in use, said with the process
    // (attack Q11: a shell's folder was deleted under it; U6: a flock on the folder was ignored).
    void aFolderWorkedInIsInUse_data()
    {
        QTest::addColumn<QString>("use");
        QTest::newRow("working folder") << QStringLiteral("the working folder of sleep");
        QTest::newRow("folder held open") << QStringLiteral("held open by sleep");
        QTest::newRow("folder locked") << QStringLiteral("locked by flock");
    }
    void aFolderWorkedInIsInUse()
    {
        QFETCH(QString, use);
        FixtureHome fixture;
        const QString folder = fixture.path(QStringLiteral("datasets/org___set/default/0.0.0"));
        QProcess holder;
        if (use.startsWith(QStringLiteral("the working folder"))) {
            holder.setWorkingDirectory(folder);
            holder.start(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("echo ready; exec sleep 60")});
        } else if (use.startsWith(QStringLiteral("held open"))) {
            holder.start(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("exec 3<\"$1\"; echo ready; exec sleep 60"),
                                                  QStringLiteral("holder"), folder});
        } else {
            holder.start(QStringLiteral("flock"), {QStringLiteral("-x"), folder, QStringLiteral("sh"), QStringLiteral("-c"),
                                                   QStringLiteral("echo ready; exec sleep 60")});
        }
        QVERIFY(holder.waitForStarted(5000));
        QVERIFY(holder.waitForReadyRead(5000));
        QVERIFY(test::HoldingProcess::runs(holder.processId(), use.section(u' ', -1)));
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan unheld = HomeScanner::scan(HfHome::locate(fixture.environment()), nullptr); // no processes looked at
        const InUseFiles inUse = InUseFiles::snapshot();
        const HomeScan scan = HomeScanner::scan(home, &inUse);
        const HomeEntry *dataset = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(dataset);
        const QString expected = use + QStringLiteral(" (pid %1)").arg(holder.processId());
        QCOMPARE(dataset->inUse, expected);
        QVERIFY(find(scan, QStringLiteral("datasets"), QStringLiteral("downloads"))->inUse.isEmpty());
        const HomeDeletion::Report report = HomeDeletion::run(home, HomeDeletion::plan(unheld, {dataset->path}));
        QCOMPARE(report.errors, QStringList{QStringLiteral("Not deleted: %1 is in use: %2.").arg(dataset->path, expected)});
        QVERIFY(QFileInfo::exists(folder));
        holder.kill();
        holder.waitForFinished();
    }

    // Runs the deletion in a child process that is killed (SIGKILL) at its n-th progress report,
    // the middle of a removal: no destructor, no cleanup, as a kill or a power cut leaves it.
    // True when the child died that way.
    static bool runKilledAt(const HfHome &home, const HomeDeletion::Plan &plan, int n)
    {
        const pid_t child = ::fork();
        if (child == 0) {
            int reports = 0;
            (void)HomeDeletion::run(home, plan, {}, [&](int, qint64) {
                if (++reports == n)
                    ::raise(SIGKILL);
            });
            ::_exit(0);
        }
        int status = 0;
        return child > 0 && ::waitpid(child, &status, 0) == child && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    }

    // A deletion killed at any point of its removal leaves what is left under a name the next
    // scan lists as a stopped deletion, with its size as du counts it; the same request finishes
    // it, and keeps what a process wrote into it since it was set aside (the time kept on the
    // folder, user.hubdeck.set-aside). Both runs' "freed" add up to what the disk gave back.
    void aKilledDeletionIsListedAndFinished_data()
    {
        QTest::addColumn<int>("report");
        for (int n : {1, 2, 4, 7})
            QTest::addRow("killed at progress report %d", n) << n;
    }
    void aKilledDeletionIsListedAndFinished()
    {
        QFETCH(int, report);
        FixtureHome fixture;
        const QString entry = QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset);
        const QString deep = QStringLiteral("/default/0.0.0/c0ffee");
        for (int folder = 0; folder < 8; ++folder)
            for (int i = 0; i < 250; ++i)
                fixture.write(entry + deep + QStringLiteral("/shard-%1/part-%2.arrow").arg(folder).arg(i), qint64(100));
        const HfHome home = HfHome::locate(fixture.environment());
        const QString path = fixture.path(entry);
        const QString aside = path + HomeScanner::deletingSuffix();
        const qint64 before = du(fixture.root());
        const HomeScan first = HomeScanner::scan(home);
        QVERIFY(first.entry(path));
        const qint64 files = first.entry(path)->files;
        QVERIFY(runKilledAt(home, HomeDeletion::plan(first, {path}), report));

        QVERIFY(!QFileInfo::exists(path)); // datasets never sees a half-deleted cache
        const HomeScan between = HomeScanner::scan(home);
        const HomeEntry *left = between.entry(aside);
        QVERIFY(left);
        QCOMPARE(left->kind, HomeEntry::Kind::InterruptedDeletion);
        QVERIFY(left->deletable());
        QVERIFY(left->files > 0 && left->files <= files); // the first report may come before the first removal
        QCOMPARE(left->sizeOnDisk, du(aside));
        QCOMPARE(between.sizeOnDisk(), du(fixture.root()));

        // A process goes on writing in it after the kill: its file is its own.
        QThread::msleep(20); // past the clock tick of the rename
        const QString arrival = deep + QStringLiteral("/new.arrow");
        {
            QFile file(aside + arrival);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::NewOnly));
            QCOMPARE(file.write(QByteArray(300000, 'n')), 300000); // kept: not freed (attack W5)
        }
        // Where the filesystem keeps user attributes, the killed run left the time on the folder.
        const bool attributes = ::lsetxattr(QFile::encodeName(fixture.root()).constData(), "user.probe", "1", 1, 0) == 0;
        QCOMPARE(::lgetxattr(QFile::encodeName(aside).constData(), "user.hubdeck.set-aside", nullptr, 0) > 0, attributes);
        const qint64 beforeFinish = du(fixture.root());
        const HomeDeletion::Report finished = HomeDeletion::run(home, HomeDeletion::plan(between, {path}));
        QVERIFY2(finished.succeeded(), qPrintable(finished.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(aside));
        QCOMPARE(finished.freedBytes, beforeFinish - du(fixture.root()));
        if (!attributes)
            QSKIP("this filesystem keeps no user attributes: the finishing run cannot tell what arrived before it");
        QCOMPARE(finished.arrived, QStringList{path + arrival});
        QVERIFY(QFileInfo::exists(path + arrival));
        QVERIFY(!QFileInfo::exists(path + deep + QStringLiteral("/shard-7")));
        QCOMPARE(HomeScanner::scan(home).entry(path)->files, 1);
        QVERIFY(before - du(fixture.root()) > 0);
    }

    // A file moved into the folder set aside while the run empties it is kept by its change
    // time alone, apart from the entry's name. Killed at any point, that run leaves what the next
    // scan lists as it is on disk, and the same request finishes it, its "freed" what du saw go.
    // A kill records no stop, so what the killed run had not given back yet goes with the rest
    // (the README says so); what it had is listed as kept from a deletion.
    void aKilledRunThatKeptAMovedInFileIsFinished_data()
    {
        QTest::addColumn<int>("report");
        for (int n : {2, 4, 7})
            QTest::addRow("killed at progress report %d", n) << n;
        QTest::newRow("not killed") << 0;
    }
    void aKilledRunThatKeptAMovedInFileIsFinished()
    {
        QFETCH(int, report);
        FixtureHome fixture;
        const QString entry = QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset);
        const QString deep = QStringLiteral("/default/0.0.0/c0ffee");
        for (int i = 0; i < 2000; ++i)
            fixture.write(entry + deep + QStringLiteral("/shard-%1/part-%2.arrow").arg(i / 250).arg(i), qint64(100));
        QTemporaryDir elsewhere; // the program's file, born before the run, on the same filesystem
        const QString outside = elsewhere.filePath(QStringLiteral("moved.arrow"));
        {
            QFile out(outside);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(QByteArray(100 * 1024, 'm')) == 100 * 1024);
        }
        const HfHome home = HfHome::locate(fixture.environment());
        const QString path = fixture.path(entry);
        const QString aside = path + HomeScanner::deletingSuffix();
        const QString moved = deep + QStringLiteral("/shard-7/moved.arrow"); // a folder the walk reaches last
        const HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {path});
        const pid_t child = ::fork();
        if (child == 0) {
            int reports = 0;
            (void)HomeDeletion::run(home, plan, {}, [&](int, qint64) {
                if (++reports == 1) {
                    ::usleep(20000); // past the clock tick of the rename
                    if (::rename(QFile::encodeName(outside).constData(), QFile::encodeName(aside + moved).constData()) != 0)
                        ::_exit(3);
                }
                if (reports == report)
                    ::raise(SIGKILL);
            });
            ::_exit(0);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        const bool killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
        QVERIFY2(killed || (WIFEXITED(status) && WEXITSTATUS(status) == 0), qPrintable(QString::number(status)));
        QCOMPARE(killed, report != 0);
        QVERIFY(!QFileInfo::exists(outside));
        if (::lgetxattr(QFile::encodeName(fixture.root()).constData(), "user.probe", nullptr, 0) < 0 && errno == ENOTSUP)
            QSKIP("this filesystem keeps no user attributes");
        const QString keptAt = path + HomeScanner::keptSuffix();
        const HomeScan between = HomeScanner::scan(home);
        QCOMPARE(between.sizeOnDisk(), du(fixture.root()));
        QVERIFY(!QFileInfo::exists(path)); // never the entry's name: the moved file may be its own
        if (QFileInfo::exists(aside)) {
            const HomeEntry *left = between.entry(aside);
            QVERIFY(left);
            QCOMPARE(left->kind, HomeEntry::Kind::InterruptedDeletion);
            QCOMPARE(left->sizeOnDisk, du(aside));
            QCOMPARE(left->keptArrivals, qint64(0)); // a kill recorded no stop
            const qint64 beforeFinish = du(fixture.root());
            const HomeDeletion::Report finished = HomeDeletion::run(home, HomeDeletion::plan(between, {path}));
            QVERIFY2(finished.succeeded(), qPrintable(finished.errors.join(u'\n')));
            QCOMPARE(finished.freedBytes, beforeFinish - du(fixture.root()));
            QVERIFY(!QFileInfo::exists(aside));
            QVERIFY(!QFileInfo::exists(path));
        } else {
            // Given back before the kill: kept apart, listed as such, and deletable by name.
            QVERIFY(QFileInfo::exists(keptAt + moved));
            const HomeEntry *kept = between.entry(keptAt);
            QVERIFY(kept);
            QCOMPARE(kept->kind, HomeEntry::Kind::KeptArrivals);
            QVERIFY(kept->deletable());
            QCOMPARE(kept->sizeOnDisk, du(keptAt));
        }
    }

    // While a deletion waits to be finished, ordinary things move the ctime of the entry's own
    // files (chown -R after a sudo run, a hard-link backup): finishing it still deletes them all,
    // never keeps them as arrivals and gives the half-deleted cache its name back (attack X1).
    void aStoppedDeletionsOwnFilesWithNewChangeTimesGo()
    {
        FixtureHome fixture;
        const QString entry = QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset);
        for (int i = 0; i < 2000; ++i)
            fixture.write(entry + QStringLiteral("/default/0.0.0/c0ffee/shard-%1/part-%2.arrow").arg(i / 250).arg(i), qint64(100));
        const HfHome home = HfHome::locate(fixture.environment());
        const QString path = fixture.path(entry);
        QVERIFY(runKilledAt(home, HomeDeletion::plan(HomeScanner::scan(home), {path}), 2));
        const QString aside = path + HomeScanner::deletingSuffix();
        QVERIFY(QFileInfo::exists(aside));
        QThread::msleep(20);
        // chown -R to the same owner: only the ctimes move.
        for (QDirIterator it(aside, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
            QCOMPARE(::lchown(QFile::encodeName(it.next()).constData(), ::getuid(), ::getgid()), 0);
        const qint64 before = du(fixture.root());
        const HomeDeletion::Report finished = HomeDeletion::run(home, HomeDeletion::plan(HomeScanner::scan(home), {path}));
        QVERIFY2(finished.succeeded(), qPrintable(finished.errors.join(u'\n')));
        QVERIFY2(finished.arrived.isEmpty(), qPrintable(finished.arrived.join(u' ')));
        QVERIFY(!QFileInfo::exists(path) && !QFileInfo::exists(aside));
        QCOMPARE(finished.freedBytes, before - du(fixture.root()));
    }

    // A copy of a home with a stopped deletion in it (cp -a, rsync -aX, mv to another disk)
    // carries the set-aside attribute to folders and files that are all born later: finishing
    // the copied leftover deletes it whole, never gives the half-deleted cache its name back as
    // a writer's arrivals (attack W2: "✓ 1 of 1 entry deleted, 1.5M freed", nothing deleted, 36 of
    // 60 shards back under the dataset's name).
    // Killed, the attribute holds the folder's birth time; stopped (Ctrl+C), the stop's time.
    void aCopiedStoppedDeletionIsFinishedWhole_data()
    {
        QTest::addColumn<bool>("killed");
        QTest::newRow("killed") << true;
        QTest::newRow("stopped") << false;
    }
    void aCopiedStoppedDeletionIsFinishedWhole()
    {
        QFETCH(bool, killed);
        FixtureHome fixture;
        const QString entry = QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset);
        for (int i = 0; i < 2000; ++i)
            fixture.write(entry + QStringLiteral("/default/0.0.0/c0ffee/shard-%1/part-%2.arrow").arg(i / 250).arg(i), qint64(100));
        const HfHome home = HfHome::locate(fixture.environment());
        if (killed)
            QVERIFY(runKilledAt(home, HomeDeletion::plan(HomeScanner::scan(home), {fixture.path(entry)}), 2));
        else
            QVERIFY(stopOnceSetAside(home, fixture.path(entry)).canceled);
        if (::lgetxattr(QFile::encodeName(fixture.path(entry) + HomeScanner::deletingSuffix()).constData(), "user.hubdeck.set-aside",
                        nullptr, 0) <= 0)
            QSKIP("this filesystem keeps no user attributes: nothing travels with a copy");
        QTemporaryDir elsewhere;
        QThread::msleep(20); // the copies are born a clock tick later
        QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), fixture.root(), elsewhere.filePath(QStringLiteral("hf"))}) ==
                0);
        QProcessEnvironment env;
        env.insert(QStringLiteral("HF_HOME"), elsewhere.filePath(QStringLiteral("hf")));
        const HfHome copy = HfHome::locate(env);
        const QString path = elsewhere.filePath(QStringLiteral("hf/") + entry);
        const HomeDeletion::Report finished = HomeDeletion::run(copy, HomeDeletion::plan(HomeScanner::scan(copy), {path}));
        QVERIFY2(finished.succeeded(), qPrintable(finished.errors.join(u'\n')));
        QVERIFY(finished.arrived.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + HomeScanner::deletingSuffix()));
    }

    // On overlayfs a folder entry is removed in place, so the library writes under its name
    // while it goes: what is born there after the marker is its, kept where it is and said
    // (attack W4: new shards written during the run were deleted without a word).
    void anOverlayKeepsWhatArrivesInPlace()
    {
        ScratchMount base("size=64m");
        if (!base.isMounted())
            QSKIP(qPrintable(base.whyNot()));
        const QString image = QStringLiteral("hf/datasets/org___set/default/0.0.0/abc");
        QVERIFY(QDir().mkpath(base.path(QStringLiteral("lower/") + image)));
        QVERIFY(QFile(base.path(QStringLiteral("lower/%1/dataset_info.json").arg(image))).open(QIODevice::WriteOnly));
        for (int i = 0; i < 1200; ++i) {
            const QString path = base.path(QStringLiteral("lower/%1/shard-%2/inner/part-%3.arrow").arg(image).arg(i / 200).arg(i));
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(QByteArray(100, 'a')) == 100);
        }
        if (!base.mountOverlay())
            QSKIP(qPrintable(base.whyNot()));
        QProcessEnvironment env;
        env.insert(QStringLiteral("HF_HOME"), base.path(QStringLiteral("merged/hf")));
        const HfHome home = HfHome::locate(env);
        const QString path = base.path(QStringLiteral("merged/hf/datasets/org___set"));
        const QString deep = path + QStringLiteral("/default/0.0.0/abc");
        QStringList written;
        const HomeDeletion::Report report =
            HomeDeletion::run(home, HomeDeletion::plan(HomeScanner::scan(home), {path}), {}, [&](int done, qint64) {
                if (done > 0 || !written.isEmpty())
                    return;
                QThread::msleep(20);                                           // past the clock tick of the marker
                for (int shard = 5; shard >= 0 && written.size() < 2; --shard) // one not walked yet, at least
                    if (QFileInfo::exists(deep + QStringLiteral("/shard-%1/inner").arg(shard))) {
                        // Below a folder of the image: writing there copies its folders up to
                        // the writable layer, born anew with their old mtime (attack X3).
                        const QString file = deep + QStringLiteral("/shard-%1/inner/new.arrow").arg(shard);
                        QFile out(file);
                        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(QByteArray(5000, 'n')) == 5000);
                        written.append(file);
                    }
            });
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!written.isEmpty());
        for (const QString &file : std::as_const(written)) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QVERIFY2(report.arrived.contains(file), qPrintable(report.arrived.join(u' ')));
        }
        int files = 0;
        for (QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext(); it.next())
            ++files;
        QCOMPARE(files, int(written.size())); // nothing of the entry is kept with them
        QVERIFY(!QFileInfo::exists(HomeScanner::removingMarker(path)));
        const HomeScan after = HomeScanner::scan(home);
        const HomeEntry *listed = after.entry(path);
        QVERIFY(listed && !listed->removalInterrupted);
    }

    // The same on overlayfs, where a folder entry is removed in place behind a marker: killed
    // part-way, it is listed as stopped, with what is left; the same request finishes it, and
    // what the two runs call freed is what the container's writable layer gave back.
    void aKilledDeletionOnAnOverlayIsFinished()
    {
        ScratchMount base("size=64m");
        if (!base.isMounted())
            QSKIP(qPrintable(base.whyNot()));
        const QString image = QStringLiteral("hf/datasets/org___set/default/0.0.0/abc");
        const auto write = [](const QString &path, qint64 size) {
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(QByteArray(size, 'a')) == size);
        };
        for (int i = 0; i < 600; ++i)
            write(base.path(QStringLiteral("lower/%1/image-%2.arrow").arg(image).arg(i)), 100);
        if (!base.mountOverlay())
            QSKIP(qPrintable(base.whyNot()));
        for (int i = 0; i < 1200; ++i) // what the container wrote since: in the writable layer
            write(base.path(QStringLiteral("merged/%1/mine-%2.arrow").arg(image).arg(i)), 5000);
        QProcessEnvironment env;
        env.insert(QStringLiteral("HF_HOME"), base.path(QStringLiteral("merged/hf")));
        const HfHome home = HfHome::locate(env);
        const QString path = base.path(QStringLiteral("merged/hf/datasets/org___set"));
        struct statvfs fs
        {
        };
        const auto diskFree = [&] {
            return ::statvfs(QFile::encodeName(base.path()).constData(), &fs) == 0 ? qint64(fs.f_bfree) * qint64(fs.f_frsize) : -1;
        };
        const qint64 freeBefore = diskFree();
        QVERIFY(runKilledAt(home, HomeDeletion::plan(HomeScanner::scan(home), {path}), 3));

        const HomeScan between = HomeScanner::scan(home);
        const HomeEntry *left = between.entry(path);
        QVERIFY(left);
        QVERIFY(left->removalInterrupted);
        QVERIFY(left->deletable());
        QVERIFY(left->files > 0 && left->files < 1800);
        QCOMPARE(left->sizeOnDisk, du(QStringList{path, HomeScanner::removingMarker(path)})); // the marker goes with it
        const qint64 freeBetween = diskFree();
        const HomeDeletion::Report finished = HomeDeletion::run(home, HomeDeletion::plan(between, {path}));
        QVERIFY2(finished.succeeded(), qPrintable(finished.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(finished.freedBytes, diskFree() - freeBetween);
        QVERIFY(freeBetween > freeBefore);                                                               // the killed run freed some of it
        QVERIFY(HomeScanner::scan(home).entry(path) == nullptr);                                         // no marker or leftover listed
        QCOMPARE(QFileInfo(base.path(QStringLiteral("lower/%1/image-0.arrow").arg(image))).size(), 100); // the image is untouched
    }

    // A thread that unshared its file table or its working folder (CLONE_FILES, CLONE_FS) keeps
    // them under /proc/PID/task/TID only: they are in use all the same, named by the process
    // (attack Z15: such a file was deleted, and counted as freed).
    void aThreadsOwnFilesAreInUse_data()
    {
        QTest::addColumn<bool>("workingFolder");
        QTest::newRow("open file, own file table") << false;
        QTest::newRow("working folder, own fs") << true;
    }
    void aThreadsOwnFilesAreInUse()
    {
        QFETCH(bool, workingFolder);
        FixtureHome fixture;
        const QString folder = fixture.path(QStringLiteral("datasets/org___set/default"));
        const QString file = fixture.path(QStringLiteral("xet/logs/xet_20261101.log"));
        // The thread unshares, then opens or moves in; the main thread stays where it was.
        const QString script = QStringLiteral("import ctypes, os, sys, threading, time\n"
                                              "libc = ctypes.CDLL(None, use_errno=True)\n"
                                              "ready = threading.Event()\n"
                                              "def hold():\n"
                                              "    if sys.argv[1] == 'fs':\n"
                                              "        assert libc.unshare(0x200) == 0\n"
                                              "        os.chdir(sys.argv[2])\n"
                                              "    else:\n"
                                              "        assert libc.unshare(0x400) == 0\n"
                                              "        hold.f = open(sys.argv[2])\n"
                                              "    ready.set()\n"
                                              "    time.sleep(60)\n"
                                              "threading.Thread(target=hold, daemon=True).start()\n"
                                              "ready.wait(10)\n"
                                              "print('ready', flush=True)\n"
                                              "time.sleep(60)\n");
        ScriptProcess holder(script, {workingFolder ? QStringLiteral("fs") : QStringLiteral("files"), workingFolder ? folder : file});
        if (!holder.started())
            QSKIP("python3 is not there");
        QString why;
        QVERIFY2(holder.ready(&why), qPrintable(why));
        // The process's own table and folder do not show it: only the thread's do.
        struct stat target
        {
        };
        QCOMPARE(::stat(QFile::encodeName(workingFolder ? folder : file).constData(), &target), 0);
        if (!workingFolder) {
            QDir fds(QStringLiteral("/proc/%1/fd").arg(holder.pid()));
            for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
                struct stat st
                {
                };
                QVERIFY(::stat(QFile::encodeName(fds.filePath(fd)).constData(), &st) != 0 || st.st_ino != target.st_ino ||
                        st.st_dev != target.st_dev);
            }
        }
        const InUseFiles inUse = InUseFiles::snapshot();
        const InUseFiles::Holder *found = inUse.holder(target.st_dev, target.st_ino);
        QVERIFY(found);
        QCOMPARE(found->pid, holder.pid());
        QCOMPARE(found->use, workingFolder ? InUseFiles::Holder::Use::WorkingFolder : InUseFiles::Holder::Use::Open);
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()), &inUse);
        const HomeEntry *entry = workingFolder ? find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset))
                                               : find(scan, QStringLiteral("xet"), QStringLiteral("logs"));
        QVERIFY(entry);
        QVERIFY2(entry->inUse.contains(QStringLiteral("(pid %1)").arg(holder.pid())), qPrintable(entry->inUse));
    }

    // A process chrooted into an entry's folder writes everything below it: the entry is in use
    // (attack W9: the folder was removed under a chrooted process).
    void aFolderChrootedIntoIsInUse()
    {
        if (::geteuid() != 0)
            QSKIP("chroot needs root");
        FixtureHome fixture;
        const QString folder = fixture.path(QStringLiteral("datasets/org___set/default"));
        QProcess jailed;
        jailed.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                                                 QStringLiteral("import os, sys, time; os.chroot(sys.argv[1]); print('ready', "
                                                                "flush=True); time.sleep(60)"),
                                                 folder}); // its working folder stays where it was, outside
        if (!jailed.waitForStarted(5000) || !jailed.waitForReadyRead(5000))
            QSKIP("python3 could not chroot here");
        const auto stop = qScopeGuard([&] {
            jailed.kill();
            jailed.waitForFinished();
        });
        const InUseFiles inUse = InUseFiles::snapshot();
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()), &inUse);
        const HomeEntry *dataset = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(dataset);
        QCOMPARE(dataset->inUse, QStringLiteral("the root folder (chroot) of python3 (pid %1)").arg(jailed.processId()));
    }

    // A stopped deletion of a folder is named by what is left of it, renamed aside: the entry's
    // own name may hold the library's new folder by then, which finishing must not take (attack
    // T4: the printed "To finish" command planned and deleted it).
    void aStoppedFolderIsFinishedByItsRenamedName()
    {
        FixtureHome fixture;
        for (int i = 0; i < 600; ++i)
            fixture.write(QStringLiteral("datasets/org___x/default/0.0.0/abc/f%1.arrow").arg(i), qint64(10));
        const HfHome home = HfHome::locate(fixture.environment());
        const QString path = fixture.path(QStringLiteral("datasets/org___x"));
        bool stop = false;
        const HomeDeletion::Report stopped = HomeDeletion::run(
            home, HomeDeletion::plan(HomeScanner::scan(home), {path}), [&] { return stop; }, [&](int, qint64) { stop = true; });
        QVERIFY(stopped.canceled);
        QCOMPARE(stopped.partlyDeleted, QStringList{path + HomeScanner::deletingSuffix()});
        fixture.write(QStringLiteral("datasets/org___x/default/0.0.0/def/new.arrow"), qint64(5000)); // the library, since
        const HomeDeletion::Plan finish = HomeDeletion::plan(HomeScanner::scan(home), stopped.partlyDeleted);
        QCOMPARE(finish.entries.size(), 1);
        QCOMPARE(finish.entries.first().path, path + HomeScanner::deletingSuffix());
        const HomeDeletion::Report finished = HomeDeletion::run(home, finish);
        QVERIFY2(finished.succeeded(), qPrintable(finished.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(path + HomeScanner::deletingSuffix()));
        QVERIFY(QFileInfo::exists(fixture.path(QStringLiteral("datasets/org___x/default/0.0.0/def/new.arrow"))));
    }

    // A leftover of an earlier deletion beside its entry is planned as its own entry, just
    // before, so the plan shows and counts what the run deletes; one that appears after the plan
    // is never deleted unasked (attack S7: a user's folder "<entry>.hubdeck-deleting" went with
    // the entry, unplanned: plan 49.2K, freed 65.5K).
    void aLeftoverBesideTheEntryIsPlanned()
    {
        FixtureHome fixture;
        const QString dataset = fixture.path(QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset));
        const QString leftover = dataset + HomeScanner::deletingSuffix();
        fixture.write(
            QStringLiteral("datasets/%1%2/sub/user.txt").arg(QString::fromLatin1(FixtureHome::kDataset), HomeScanner::deletingSuffix()),
            qint64(16000));
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {dataset});
        QCOMPARE(plan.entries.size(), 2);
        QCOMPARE(plan.entries.at(0).path, leftover);
        QCOMPARE(plan.entries.at(1).path, dataset);
        QCOMPARE(plan.sizeOnDisk(), du(dataset) + du(leftover));
        const qint64 before = du(fixture.root());
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.removed, (QStringList{leftover, dataset}));
        QCOMPARE(report.freedBytes, before - du(fixture.root()));
        QCOMPARE(report.freedBytes, plan.sizeOnDisk());
    }
    // An entry is told by its inode and its birth: a folder made anew in its place can get the
    // same inode number at once (ext4), and was deleted as the planned one (attack T9). The plan
    // is made to remember another birth, as the inode cannot be made to repeat on demand.
    void anEntryBornAgainIsNotTheListedOne()
    {
        FixtureHome fixture;
        const HfHome home = HfHome::locate(fixture.environment());
        const QString dataset = fixture.path(QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset));
        HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {dataset});
        QCOMPARE(plan.entries.size(), 1);
        if (plan.entries.first().born == 0)
            QSKIP("this filesystem keeps no birth times");
        QCOMPARE(plan.entries.first().born, PosixFs::birthTime(dataset));
        plan.entries.first().born += 1;
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().contains(QStringLiteral("replaced since")), qPrintable(report.errors.first()));
        QVERIFY(QFileInfo::exists(dataset));
    }

    void aLeftoverMadeAfterThePlanIsNotDeleted()
    {
        FixtureHome fixture;
        for (int i = 0; i < 20; ++i)
            fixture.write(QStringLiteral("datasets/org___a/default/0.0.0/abc/f%1.arrow").arg(i), qint64(4000));
        const HfHome home = HfHome::locate(fixture.environment());
        const QString first = fixture.path(QStringLiteral("datasets/org___a"));
        const QString second = fixture.path(QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset));
        const HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {first, second});
        QCOMPARE(plan.entries.size(), 2);
        const QString mine = second + HomeScanner::deletingSuffix() + QStringLiteral("/mine/notes.txt");
        bool made = false;
        const HomeDeletion::Report report = HomeDeletion::run(home, plan, {}, [&](int done, qint64) {
            if (done == 0 && !made) {
                made = true;
                fixture.write(mine.mid(fixture.root().size() + 1), QByteArrayLiteral("USERDATA"));
            }
        });
        QVERIFY(made);
        QCOMPARE(report.removed, QStringList{first});
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().contains(QStringLiteral("not in the plan")), qPrintable(report.errors.first()));
        QVERIFY(report.partlyDeleted.isEmpty());
        QVERIFY(QFileInfo::exists(mine));
        QVERIFY(QFileInfo::exists(second)); // not begun
    }

    // A library's folder in assets/ that is a link (moved to a bigger disk by hand) is said as
    // the link it is and keeps nothing else back; a file there still does (attack F4: "otherlib
    // is a file", and every assets entry kept for it).
    void aLinkInAssetsIsALinkNotAStrayFile()
    {
        FixtureHome fixture;
        QTemporaryDir elsewhere;
        QVERIFY(QDir().mkpath(elsewhere.filePath(QStringLiteral("otherlib/ns/sub"))));
        QVERIFY(QFile::link(elsewhere.filePath(QStringLiteral("otherlib")), fixture.path(QStringLiteral("assets/otherlib"))));
        const HfHome home = HfHome::locate(fixture.environment());
        HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *link = find(scan, QStringLiteral("assets"), QStringLiteral("otherlib"));
        QVERIFY(link);
        QVERIFY(!link->deletable());
        QVERIFY2(link->keep.startsWith(QStringLiteral("A link to ") + elsewhere.filePath(QStringLiteral("otherlib"))),
                 qPrintable(link->keep));
        const HomeEntry *weights = find(scan, QStringLiteral("assets"), QStringLiteral("mylib/default/weights"));
        QVERIFY(weights);
        QVERIFY2(weights->deletable(), qPrintable(weights->keep));
        fixture.write(QStringLiteral("assets/README.txt"), QByteArray("mine"));
        scan = HomeScanner::scan(home);
        QVERIFY(!find(scan, QStringLiteral("assets"), QStringLiteral("mylib/default/weights"))->deletable());
    }

    // What entries leave behind still adds up to du, part by part: datasets' downloads/ folder
    // (large once it held thousands of files) when it has no extracted/ to count it, and an
    // empty assets library or namespace folder, which is listed to be deleted.
    void partsAddUpOnceTheirEntriesAreGone()
    {
        FixtureHome fixture;
        for (int i = 0; i < 400; ++i) // a downloads/ folder of several blocks
            fixture.write(QStringLiteral("datasets/downloads/") + QString(60, u'f') + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')),
                          qint64(10));
        QVERIFY(QDir(fixture.path(QStringLiteral("datasets/downloads/extracted"))).removeRecursively());
        fixture.write(QStringLiteral("assets/otherlib/ns/sub/file.bin"), 100);
        QVERIFY(QDir(fixture.path(QStringLiteral("assets/otherlib/ns/sub"))).removeRecursively()); // otherlib/ns stays, empty
        const HfHome home = HfHome::locate(fixture.environment());
        HomeScan scan = HomeScanner::scan(home);
        for (const HomeScan::Part &part : std::as_const(scan.parts))
            if (part.kind != u"other")
                QCOMPARE(part.sizeOnDisk, du(part.path));
        QCOMPARE(scan.sizeOnDisk(), du(fixture.root()));
        const HomeEntry *empty = find(scan, QStringLiteral("assets"), QStringLiteral("otherlib/ns"));
        QVERIFY(empty);
        QCOMPARE(empty->kind, HomeEntry::Kind::Assets);
        QCOMPARE(empty->files, 0);

        // Deleting downloads/ leaves its folder: still counted in the part.
        HomeDeletion::Report report =
            HomeDeletion::run(home, HomeDeletion::plan(scan, {fixture.path(QStringLiteral("datasets/downloads"))}));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        scan = HomeScanner::scan(home);
        QCOMPARE(scan.part(QStringLiteral("datasets"))->sizeOnDisk, du(fixture.path(QStringLiteral("datasets"))));
        // Emptied, it is no longer offered: deleting it would free nothing (GUI attack G2).
        const HomeEntry *emptied = find(scan, QStringLiteral("datasets"), QStringLiteral("downloads"));
        QVERIFY(emptied);
        QCOMPARE(emptied->files, 0);
        QVERIFY(!emptied->deletable());
        QVERIFY2(emptied->keep.startsWith(QStringLiteral("Empty:")), qPrintable(emptied->keep));
        QVERIFY(HomeDeletion::plan(scan, {emptied->path}).entries.isEmpty());

        // Deleting the assets part leaves no empty library or namespace folder behind, and the
        // bytes those folders held count as freed, to the byte.
        const qint64 before = du(fixture.root());
        report = HomeDeletion::run(home, HomeDeletion::plan(scan, {fixture.path(QStringLiteral("assets"))}));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.freedBytes, before - du(fixture.root()));
        QVERIFY(QFileInfo(fixture.path(QStringLiteral("assets"))).isDir()); // the part's folder stays
        QVERIFY(
            QDir(fixture.path(QStringLiteral("assets"))).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System));
        scan = HomeScanner::scan(home);
        QVERIFY(scan.part(QStringLiteral("assets"))->entries.isEmpty());
        QCOMPARE(scan.part(QStringLiteral("assets"))->sizeOnDisk, du(fixture.path(QStringLiteral("assets"))));
    }

    // A parent folder that still holds something is kept (rmdir, never what it holds).
    void parentThatHoldsSomethingStays()
    {
        FixtureHome fixture;
        const QString endpoint = QStringLiteral("xet/") + QString::fromLatin1(FixtureHome::kEndpoint);
        fixture.write(endpoint + QStringLiteral("/config.toml"), 10);
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeDeletion::Report report =
            HomeDeletion::run(home, HomeDeletion::plan(HomeScanner::scan(home), {fixture.path(QStringLiteral("xet"))}));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(QFileInfo::exists(fixture.path(endpoint + QStringLiteral("/config.toml"))));
        QVERIFY(!QFileInfo::exists(fixture.path(endpoint + QStringLiteral("/chunk-cache"))));

        // datasets' downloads/ stays, also empty once its extracted/ went after its files.
        const HomeDeletion::Report datasets = HomeDeletion::run(
            home, HomeDeletion::plan(HomeScanner::scan(home), {fixture.path(QStringLiteral("datasets/downloads")),
                                                               fixture.path(QStringLiteral("datasets/downloads/extracted"))}));
        QVERIFY2(datasets.succeeded(), qPrintable(datasets.errors.join(u'\n')));
        QCOMPARE(datasets.removed.size(), 2);
        QVERIFY(QFileInfo(fixture.path(QStringLiteral("datasets/downloads"))).isDir());
    }

    void downloadsKeepExtracted()
    {
        FixtureHome fixture;
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {fixture.path(QStringLiteral("datasets/downloads"))});
        QCOMPARE(plan.entries.size(), 1);
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY(report.succeeded());
        QVERIFY(!QFileInfo::exists(
            fixture.path(QStringLiteral("datasets/downloads/aaaa111100000000000000000000000000000000000000000000000000000000"))));
        QVERIFY(QFileInfo::exists(fixture.path(
            QStringLiteral("datasets/downloads/extracted/bbbb222200000000000000000000000000000000000000000000000000000000/data.csv"))));
    }

    void plantedLinkIsNotFollowed()
    {
        FixtureHome fixture;
        QTemporaryDir outside;
        QFile keep(outside.filePath(QStringLiteral("precious")));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("do not delete");
        keep.close();
        const QString endpoint = fixture.path(QStringLiteral("xet/") + QString::fromLatin1(FixtureHome::kEndpoint));
        // Inside a cache: the link goes, never what it points to.
        QVERIFY(QFile::link(outside.path(), endpoint + QStringLiteral("/chunk-cache/EF")));
        // In place of a cache: not something the libraries write, so not HubDeck's to delete.
        QVERIFY(QDir(endpoint + QStringLiteral("/shard-cache")).removeRecursively());
        QVERIFY(QFile::link(outside.path(), endpoint + QStringLiteral("/shard-cache")));
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *shards = scan.entry(endpoint + QStringLiteral("/shard-cache"));
        QVERIFY(shards);
        QCOMPARE(shards->kind, HomeEntry::Kind::Unknown);
        QVERIFY(shards->sizeOnDisk < 4096); // the link, not what it points to
        const HomeDeletion::Plan plan =
            HomeDeletion::plan(scan, {endpoint + QStringLiteral("/chunk-cache"), endpoint + QStringLiteral("/shard-cache")});
        QCOMPARE(plan.entries.size(), 1);
        QCOMPARE(plan.refusals.size(), 1);
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(endpoint + QStringLiteral("/chunk-cache")));
        QVERIFY(QFileInfo(endpoint + QStringLiteral("/shard-cache")).isSymLink());
        QVERIFY(QFileInfo::exists(outside.filePath(QStringLiteral("precious"))));
    }

    // HF_HOME/xet -> another disk, as people move a cache: followed (huggingface_hub writes
    // there), and said: the part carries where it leads, and its sizes are du's of the link and
    // of that folder. Deleting the part cleans there; the link and the folder stay.
    void partThatIsALinkIsFollowedAndSaysSo()
    {
        FixtureHome fixture;
        QTemporaryDir elsewhere;
        const QString target = elsewhere.path() + QStringLiteral("/xet");
        QVERIFY(QDir().rename(fixture.path(QStringLiteral("xet")), target));
        QVERIFY(QFile::link(target, fixture.path(QStringLiteral("xet"))));
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const HomeScan::Part *xet = scan.part(QStringLiteral("xet"));
        QVERIFY(xet && xet->exists);
        QCOMPARE(xet->linkTarget, QFileInfo(target).canonicalFilePath());
        QCOMPARE(xet->entries.size(), 4);
        for (const HomeEntry &entry : xet->entries)
            QVERIFY2(entry.deletable(), qPrintable(entry.name + u' ' + entry.keep));
        QCOMPARE(xet->sizeOnDisk, du({fixture.path(QStringLiteral("xet")), target}));
        QCOMPARE(xet->apparentSize, du({fixture.path(QStringLiteral("xet")), target}, true));
        QCOMPARE(scan.sizeOnDisk(), du({fixture.root(), target}));
        QVERIFY(scan.part(QStringLiteral("datasets"))->linkTarget.isEmpty());

        const qint64 before = du({fixture.root(), target});
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {fixture.path(QStringLiteral("xet"))});
        QCOMPARE(plan.entries.size(), 4);
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(QFileInfo(fixture.path(QStringLiteral("xet"))).isSymLink());
        QVERIFY(QFileInfo(target).isDir());
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("/logs")));
        QCOMPARE(report.freedBytes, before - du({fixture.root(), target}));
    }

    // The overlap rule compares resolved paths: a part linked into another part shares it.
    void partLinkedIntoAnotherPartIsShared()
    {
        FixtureHome fixture;
        const QString target = fixture.path(QStringLiteral("datasets/xetdata"));
        QVERIFY(QDir().rename(fixture.path(QStringLiteral("xet")), target));
        QVERIFY(QFile::link(target, fixture.path(QStringLiteral("xet"))));
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const HomeScan::Part *xet = scan.part(QStringLiteral("xet"));
        QVERIFY(xet && !xet->entries.isEmpty());
        for (const HomeEntry &entry : xet->entries) {
            QVERIFY(!entry.deletable());
            QVERIFY2(entry.keep.contains(QStringLiteral("inside the datasets part")), qPrintable(entry.keep));
        }
        // The datasets part leaves the folder to the xet part: listed and counted there alone.
        QVERIFY(!scan.entry(target));
        QVERIFY(HomeDeletion::plan(scan, {fixture.path(QStringLiteral("xet")), target}).entries.isEmpty());
        QCOMPARE(scan.sizeOnDisk(), du(fixture.root()));
    }

    // On overlayfs (a container whose image holds the caches) a folder of the image cannot be
    // renamed aside (EXDEV), and removing the image's files only hides them: the entry is removed
    // in place, and "freed" is what the disk gained, the rest said as hidden (attack U1: every
    // folder entry failed, and downloads were "10.5M freed" where not a byte was).
    void anOverlayKeepsWhatItsImageHolds()
    {
        ScratchMount base("size=64m");
        if (!base.isMounted())
            QSKIP(qPrintable(base.whyNot()));
        const QString image = QStringLiteral("hf/datasets/org___image/default/0.0.0/abc");
        const QString mine = QStringLiteral("hf/datasets/org___mine/default/0.0.0/abc");
        const auto write = [](const QString &path, qint64 size) {
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(QByteArray(size, 'a')) == size);
        };
        write(base.path(QStringLiteral("lower/") + image + QStringLiteral("/dataset_info.json")), 2);
        write(base.path(QStringLiteral("lower/") + image + QStringLiteral("/data.arrow")), 200000);
        if (!base.mountOverlay())
            QSKIP(qPrintable(base.whyNot()));
        // What the container wrote since: in the writable layer.
        write(base.path(QStringLiteral("merged/") + mine + QStringLiteral("/dataset_info.json")), 2);
        write(base.path(QStringLiteral("merged/") + mine + QStringLiteral("/data.arrow")), 300000);
        const qint64 written = du(base.path(QStringLiteral("upper/hf/datasets/org___mine")));
        QVERIFY(written >= 300000);

        QProcessEnvironment env;
        env.insert(QStringLiteral("HF_HOME"), base.path(QStringLiteral("merged/hf")));
        const HfHome home = HfHome::locate(env);
        const HomeScan scan = HomeScanner::scan(home);
        QVERIFY(scan.part(QStringLiteral("datasets"))->layered);
        const QString imagePath = base.path(QStringLiteral("merged/hf/datasets/org___image"));
        const QString minePath = base.path(QStringLiteral("merged/hf/datasets/org___mine"));
        HomeDeletion::Plan plan = HomeDeletion::plan(scan, {imagePath, minePath});
        QVERIFY(HomeDeletion::withoutObstacles(plan).isEmpty());
        QCOMPARE(plan.entries.size(), 2);
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.removed, (QStringList{imagePath, minePath}));
        QVERIFY(!QFileInfo::exists(imagePath) && !QFileInfo::exists(minePath));
        QCOMPARE(report.freedBytes, written);  // what the writable layer gave back
        QVERIFY(report.hiddenBytes >= 200000); // the image's file, kept below
        QCOMPARE(QFileInfo(base.path(QStringLiteral("lower/") + image + QStringLiteral("/data.arrow"))).size(), 200000);
        QVERIFY(HomeScanner::scan(home).entry(imagePath) == nullptr); // no marker or leftover listed
    }

    // Renaming an entry aside adds a name to the folder that holds it, which may take that folder
    // a block more (ext4 keeps it): "freed" is what du no longer sees, that block left out
    // (attack U11: 4.1K over). Which count of neighbours fills the folder's block depends on the
    // filesystem, so every count up to well past one block is tried.
    void freedLeavesOutTheHoldersGrowth()
    {
        bool grew = false;
        for (int neighbours = 0; neighbours < 140; ++neighbours) {
            QTemporaryDir dir;
            const QString ns = dir.filePath(QStringLiteral("hf/assets/lib/ns"));
            const QString entry = ns + QStringLiteral("/weights-0123456789abcdef");
            QVERIFY(QDir().mkpath(entry));
            QFile file(entry + QStringLiteral("/table.bin"));
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(QByteArray(5000, 't')) == 5000);
            file.close();
            for (int i = 0; i < neighbours; ++i) // names as long as the entry's renamed one
                QVERIFY(QFile(ns + QStringLiteral("/neighbour-%1-0123456789abcdefghijklmnopq").arg(i, 3, 10, QChar(u'0')))
                            .open(QIODevice::WriteOnly));
            QProcessEnvironment env;
            env.insert(QStringLiteral("HF_HOME"), dir.filePath(QStringLiteral("hf")));
            const HfHome home = HfHome::locate(env);
            const qint64 holderBefore = du(ns) - du(entry);
            HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {entry});
            QCOMPARE(plan.entries.size(), 1);
            const qint64 before = du(dir.path());
            const HomeDeletion::Report report = HomeDeletion::run(home, plan);
            QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
            grew = grew || du(ns) > holderBefore;
            QCOMPARE(report.freedBytes, before - du(dir.path()));
        }
        if (!grew)
            QSKIP("this filesystem's folders did not grow by a rename here: what is tested above held, but not the growth");
    }

    // A folder left empty that a process works in stays, with those above it, and the plan does
    // not count it (attack V8: a shell was left in a deleted folder).
    void aFolderLeftEmptyThatAProcessWorksInStays()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("assets/otherlib/ns/sub/f.bin"), qint64(5000));
        const QString ns = fixture.path(QStringLiteral("assets/otherlib/ns"));
        const HoldingProcess shell({{}, ns});
        QVERIFY(shell.ok());
        const HfHome home = HfHome::locate(fixture.environment());
        HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {ns + QStringLiteral("/sub")});
        QVERIFY(HomeDeletion::withoutObstacles(plan).isEmpty());
        QVERIFY2(plan.emptiedFolders.isEmpty(), qPrintable(plan.emptiedFolders.join(u' ')));
        const qint64 before = du(fixture.root());
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(ns + QStringLiteral("/sub")));
        QVERIFY(QFileInfo::exists(ns)); // the shell's folder, and otherlib above it
        QCOMPARE(report.freedBytes, before - du(fixture.root()));
        QCOMPARE(plan.sizeOnDisk(), report.freedBytes);
    }

    // An xet endpoint's folder with nothing in it (a deletion killed after its last cache went,
    // before the folder) is offered, so that deleting the xet part finishes it (attack R11.1: it
    // was "other", kept for good, while `home rm xet` said done); one that cannot be read, or
    // holds something else, stays "other".
    void anEmptyXetEndpointIsDeletedWithItsPart()
    {
        FixtureHome fixture;
        const QString empty = fixture.path(QStringLiteral("xet/https___other.example"));
        const QString odd = fixture.path(QStringLiteral("xet/https___odd.example"));
        QVERIFY(QDir().mkpath(empty));
        fixture.write(QStringLiteral("xet/https___odd.example/notes.txt"), qint64(10));
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *listed = scan.entry(empty);
        QVERIFY(listed);
        QCOMPARE(listed->kind, HomeEntry::Kind::XetEmptyEndpoint);
        QVERIFY(listed->deletable());
        QCOMPARE(scan.entry(odd)->kind, HomeEntry::Kind::Unknown);
        HomeDeletion::Plan plan = HomeDeletion::plan(scan, {fixture.path(QStringLiteral("xet"))});
        QVERIFY(HomeDeletion::withoutObstacles(plan).isEmpty());
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(report.removed.contains(empty));
        QVERIFY(!QFileInfo::exists(empty));
        QVERIFY(QFileInfo::exists(odd + QStringLiteral("/notes.txt")));
        const HomeScan after = HomeScanner::scan(home);
        for (const HomeEntry &entry : after.part(QStringLiteral("xet"))->entries)
            QVERIFY2(!entry.deletable(), qPrintable(entry.path)); // nothing of xet left to delete
    }

    // The folders that hold only planned entries (an assets library and its namespace, an xet
    // endpoint's folder) go with them: the plan counts them, so that the figure asked about is
    // what the run frees (attack Q4: "freed" was 8-12K over the plan, on every fake home).
    void thePlanCountsTheFoldersItLeavesEmpty()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("assets/otherlib/ns/sub/f.bin"), qint64(5000));
        fixture.write(QStringLiteral("assets/otherlib/ns2/sub/g.bin"), qint64(5000));
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const QString endpoint = fixture.path(QStringLiteral("xet/") + QString::fromLatin1(FixtureHome::kEndpoint));
        const QString otherlib = fixture.path(QStringLiteral("assets/otherlib"));
        HomeDeletion::Plan plan = HomeDeletion::plan(
            scan, {fixture.path(QStringLiteral("xet")), otherlib + QStringLiteral("/ns/sub"), otherlib + QStringLiteral("/ns2/sub")});
        QVERIFY(HomeDeletion::withoutObstacles(plan).isEmpty());
        QStringList emptied = plan.emptiedFolders;
        emptied.sort();
        QCOMPARE(emptied, (QStringList{otherlib, otherlib + QStringLiteral("/ns"), otherlib + QStringLiteral("/ns2"), endpoint}));
        QCOMPARE(plan.linkedBetweenEntries(), 0); // no file is hard-linked here (attack V6: the folders were said as such)
        const qint64 before = du(fixture.root());
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        for (const QString &folder : std::as_const(emptied))
            QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder));
        QVERIFY(QFileInfo::exists(fixture.path(QStringLiteral("assets/mylib")))); // not in the plan
        QCOMPARE(report.freedBytes, before - du(fixture.root()));
        QCOMPARE(plan.sizeOnDisk(), report.freedBytes);
    }

    // A link where a library keeps a folder (a chunk cache moved to a bigger disk by hand) is
    // said as the link it is, never as a file no library wrote (attack U8).
    void aLinkWhereACacheWasIsSaidAsALink()
    {
        FixtureHome fixture;
        QTemporaryDir bigger;
        const QString chunks =
            fixture.path(QStringLiteral("xet/") + QString::fromLatin1(FixtureHome::kEndpoint) + QStringLiteral("/chunk-cache"));
        QVERIFY(QDir(chunks).removeRecursively());
        QVERIFY(QFile::link(bigger.path(), chunks));
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const HomeEntry *entry = scan.entry(chunks);
        QVERIFY(entry);
        QVERIFY(!entry->deletable());
        QVERIFY2(entry->keep.startsWith(QStringLiteral("A link to %1: HubDeck follows no link inside a part").arg(bigger.path())),
                 qPrintable(entry->keep));
        QVERIFY(QFileInfo::exists(bigger.path()));
    }

    // An entry that is itself a link is never followed: deleting it removes the link, and what
    // it freed is the link's own size.
    void entryThatIsALinkGoesAsALink()
    {
        FixtureHome fixture;
        QTemporaryDir outside;
        QFile precious(outside.filePath(QStringLiteral("precious")));
        QVERIFY(precious.open(QIODevice::WriteOnly));
        QCOMPARE(precious.write(QByteArray(50000, 'p')), 50000);
        precious.close();
        const QString link = fixture.path(QStringLiteral("assets/mylib/default/elsewhere"));
        QVERIFY(QFile::link(outside.path(), link));
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *entry = scan.entry(link);
        QVERIFY(entry);
        QVERIFY(entry->sizeOnDisk < 4096); // the link, not what it leads to
        QCOMPARE(scan.sizeOnDisk(), du(fixture.root()));
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {link});
        QCOMPARE(plan.entries.size(), 1);
        const qint64 before = du(fixture.root());
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(outside.filePath(QStringLiteral("precious"))).size(), 50000);
        QCOMPARE(report.freedBytes, before - du(fixture.root()));
        QCOMPARE(report.freedBytes, plan.sizeOnDisk());
    }

    // A stop asked for once an entry has begun (renamed aside) stops it between two of its files,
    // after at least one went, and starts no other: it is then partly deleted, never begun with
    // nothing removed (the Overview's cancel test met that now and then), and never finished
    // whole behind the user's back (attack R3: Ctrl+C in a 200-file chunk cache said "✓").
    void stopAfterAnEntryBeganStopsItPartWay()
    {
        FixtureHome fixture;
        const HfHome home = HfHome::locate(fixture.environment());
        const QString endpoint = fixture.path(QStringLiteral("xet/%1").arg(QString::fromLatin1(FixtureHome::kEndpoint)));
        const QStringList paths{endpoint + QStringLiteral("/chunk-cache"), endpoint + QStringLiteral("/shard-cache")};
        const HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), paths);
        QCOMPARE(plan.entries.size(), 2);
        const QString first = plan.entries.first().path;
        const qint64 before = du(fixture.root());
        int asked = 0;
        const HomeDeletion::Report report = HomeDeletion::run(home, plan, [&] { return asked++ > 0; });
        QVERIFY(report.canceled);
        QVERIFY(report.removed.isEmpty());
        QCOMPARE(report.partlyDeleted, QStringList{first + HomeScanner::deletingSuffix()}); // what is left, by its name
        QVERIFY(report.freedBytes > 0);                                                     // something of it went
        QCOMPARE(report.freedBytes, before - du(fixture.root()));
        QVERIFY(QFileInfo::exists(first + HomeScanner::deletingSuffix())); // listed, to finish
        QVERIFY(QFileInfo::exists(plan.entries.last().path));              // not begun: whole
        const HomeDeletion::Report finished = HomeDeletion::run(home, HomeDeletion::plan(HomeScanner::scan(home), {first}));
        QVERIFY2(finished.succeeded(), qPrintable(finished.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(first + HomeScanner::deletingSuffix()));
    }

    void stoppedDeletionIsListedAndFinished()
    {
        FixtureHome fixture;
        for (int i = 0; i < 600; ++i)
            fixture.write(QStringLiteral("datasets/org___set/default/0.0.0/c0ffee/cache-%1.arrow").arg(i), QByteArrayLiteral("x"));
        const HfHome home = HfHome::locate(fixture.environment());
        const QString path = fixture.path(QString::fromLatin1("datasets/%1").arg(QString::fromLatin1(FixtureHome::kDataset)));
        const qint64 before = du(fixture.root());
        bool stop = false;
        const HomeDeletion::Report stopped = HomeDeletion::run(
            home, HomeDeletion::plan(HomeScanner::scan(home), {path}), [&] { return stop; },
            [&](int, qint64) { stop = true; }); // the first progress report stops it
        QVERIFY(stopped.canceled);
        QVERIFY(stopped.removed.isEmpty());
        QCOMPARE(stopped.partlyDeleted, QStringList{path + HomeScanner::deletingSuffix()});
        QVERIFY(!QFileInfo::exists(path)); // datasets never sees a half-deleted cache
        QCOMPARE(stopped.freedBytes, before - du(fixture.root()));

        const HomeScan between = HomeScanner::scan(home);
        const HomeEntry *left = scan(between, path + HomeScanner::deletingSuffix());
        QVERIFY(left);
        QCOMPARE(left->kind, HomeEntry::Kind::InterruptedDeletion);
        QVERIFY(left->deletable());
        QVERIFY(left->files > 0);

        // The same request finishes it.
        const HomeDeletion::Report finished = HomeDeletion::run(home, HomeDeletion::plan(between, {path}));
        QVERIFY2(finished.succeeded(), qPrintable(finished.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(path + HomeScanner::deletingSuffix()));
        QCOMPARE(stopped.freedBytes + finished.freedBytes, before - du(fixture.root()));
    }

    // Part variables that point into each other or at HF_HOME: one part's entries are another
    // part's folders, and none of them may be deleted through the wrong part.
    void overlappingPartsDeleteNothingShared_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("relative"); // where it points, under HF_HOME ("" = HF_HOME)
        QTest::addColumn<QString>("part");     // the part then asked for
        QTest::newRow("datasets at the home") << "HF_DATASETS_CACHE"
                                              << ""
                                              << "datasets";
        QTest::newRow("modules at the home") << "HF_MODULES_CACHE"
                                             << ""
                                             << "modules";
        QTest::newRow("assets at the home") << "HF_ASSETS_CACHE"
                                            << ""
                                            << "assets";
        QTest::newRow("assets inside the hub cache") << "HF_ASSETS_CACHE"
                                                     << "hub"
                                                     << "assets";
        QTest::newRow("hub cache at the datasets") << "HF_HUB_CACHE"
                                                   << "datasets"
                                                   << "datasets";
        QTest::newRow("datasets at the xet cache") << "HF_DATASETS_CACHE"
                                                   << "xet"
                                                   << "datasets";
        QTest::newRow("xet at the datasets") << "HF_XET_CACHE"
                                             << "datasets"
                                             << "xet";
        QTest::newRow("assets at an xet endpoint")
            << "HF_ASSETS_CACHE" << QStringLiteral("xet/") + QLatin1String(FixtureHome::kEndpoint) << "xet";
    }
    void overlappingPartsDeleteNothingShared()
    {
        QFETCH(QString, variable);
        QFETCH(QString, relative);
        QFETCH(QString, part);
        FixtureHome fixture;
        QProcessEnvironment environment = fixture.environment();
        environment.insert(variable, relative.isEmpty() ? fixture.root() : QDir::cleanPath(fixture.path(relative)));
        const HfHome home = HfHome::locate(environment);
        const HomeScan scan = HomeScanner::scan(home);
        const qint64 before = du(fixture.root());
        // What lies in two parts counts once, in the inner one (attack A1: HF_ASSETS_CACHE=$HF_HOME
        // listed hub/…/snapshots as assets, and the home came to twice du's size).
        QCOMPARE(scan.sizeOnDisk(), before);
        const HomeScan::Part *asked = scan.part(part);
        QVERIFY(asked);
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {asked->path});
        for (const HomeEntry &entry : plan.entries)
            for (const HomeScan::Part &other : scan.parts)
                if (other.kind != u"other" && other.kind != part && other.exists)
                    QVERIFY2(!(other.path + u'/').startsWith(entry.path + u'/') && !entry.path.startsWith(other.path + u'/'),
                             qPrintable(entry.path + QStringLiteral(" is shared with ") + other.kind));
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        Q_UNUSED(report);
        QVERIFY(QFileInfo::exists(fixture.path(QStringLiteral("hub"))));
        // Every part's root is still there; the hub cache kept its repos.
        for (const HomeScan::Part &p : scan.parts)
            if (p.exists)
                QVERIFY2(QFileInfo::exists(p.path), qPrintable(p.path));
        QCOMPARE(HomeScanner::scan(home).part(QStringLiteral("hub"))->entries.size(), scan.part(QStringLiteral("hub"))->entries.size());
        QVERIFY(du(fixture.root()) <= before);
    }

    // HF_DATASETS_CACHE set to a folder of documents: its folders are listed, never offered as
    // dataset caches.
    void foldersThatAreNoDatasetCacheAreKept()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("datasets/Documents/letter.txt"), QByteArray("dear"));
        fixture.write(QStringLiteral("datasets/Photos/a/b/c/d/e.jpg"), 10);
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        for (const QString &name : {QStringLiteral("Documents"), QStringLiteral("Photos")}) {
            const HomeEntry *entry = scan.entry(fixture.path(QStringLiteral("datasets/") + name));
            QVERIFY(entry);
            QVERIFY(!entry->deletable());
        }
        const HomeEntry *real = scan.entry(fixture.path(QStringLiteral("datasets/") + QLatin1String(FixtureHome::kDataset)));
        QVERIFY(real && real->deletable());
    }

    // Each part offers only what its library lays out, so that a variable (or HF_HOME) pointing
    // at a folder of the user's offers nothing: a JavaScript project as HF_MODULES_CACHE, a Go
    // source tree as HF_ASSETS_CACHE, a server folder as HF_XET_CACHE, a transformers checkout
    // in $HF_HOME/transformers. Before, all of these were listed deletable and `home rm PART`
    // deleted them.
    void foldersOfTheUserAreNeverTheLibraries_data()
    {
        QTest::addColumn<QString>("variable"); // "" for HF_HOME itself
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("kind");
        QTest::newRow("node project as modules")
            << QStringLiteral("HF_MODULES_CACHE")
            << QStringList{QStringLiteral("node_modules/left-pad/index.js"), QStringLiteral("package.json"),
                           QStringLiteral("my_modules/x.py"), QStringLiteral("python_modules/y.py")}
            << QStringLiteral("modules");
        QTest::newRow("Go sources as assets") << QStringLiteral("HF_ASSETS_CACHE")
                                              << QStringList{QStringLiteral("github.com/me/proj/main.go"),
                                                             QStringLiteral("golang.org/x/tools/t.go")}
                                              << QStringLiteral("assets");
        QTest::newRow("server folder as xet") << QStringLiteral("HF_XET_CACHE")
                                              << QStringList{QStringLiteral("logs/xet_app.log"), QStringLiteral("logs/nginx.log"),
                                                             QStringLiteral("myapp/staging/deploy.sh")}
                                              << QStringLiteral("xet");
        QTest::newRow("transformers checkout as legacy")
            << QString()
            << QStringList{QStringLiteral("transformers/README.md"), QStringLiteral("transformers/setup.py"),
                           QStringLiteral("transformers/src/transformers/__init__.py"), QStringLiteral("transformers/config.json"),
                           QStringLiteral("transformers/notes.lock")}
            << QStringLiteral("legacy");
        QTest::newRow("projects as datasets") << QStringLiteral("HF_DATASETS_CACHE")
                                              << QStringList{QStringLiteral("analysis/data/train.arrow"),
                                                             QStringLiteral("analysis/notes.txt"),
                                                             QStringLiteral("me___thesis/dataset_info.json"),
                                                             QStringLiteral("me___thesis/chapter1.tex")}
                                              << QStringLiteral("datasets");
    }
    void foldersOfTheUserAreNeverTheLibraries()
    {
        QFETCH(QString, variable);
        QFETCH(QStringList, files);
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("work"));
        for (const QString &file : std::as_const(files)) {
            const QString path = folder + u'/' + file;
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("mine");
        }
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("HF_HOME"), variable.isEmpty() ? folder : dir.filePath(QStringLiteral("hf")));
        if (!variable.isEmpty())
            env.insert(variable, folder);
        const HomeScan scan = HomeScanner::scan(HfHome::locate(env));
        const HomeScan::Part *part = scan.part(kind);
        QVERIFY(part && part->exists);
        QVERIFY(!part->entries.isEmpty());
        for (const HomeEntry &entry : part->entries)
            QVERIFY2(!entry.deletable(), qPrintable(entry.name));
        for (const QString &file : std::as_const(files))
            QVERIFY(QFileInfo::exists(folder + u'/' + file));
    }

    // The libraries use HF_HOME, HF_TOKEN_PATH and the parts' variables as given, so ".." comes
    // after the links before it: "L/../token" with L a link into a dataset cache is a token in
    // that cache, which keeps it. Before, ".." was dropped as text and the token was deleted
    // with the entry.
    void dotDotIsTakenAfterTheLinksBeforeIt()
    {
        FixtureHome fixture;
        const QString entry = fixture.path(QStringLiteral("datasets/org___set"));
        QVERIFY(QDir().mkpath(entry + QStringLiteral("/sub")));
        fixture.write(QStringLiteral("datasets/org___set/realtok"), QByteArrayLiteral("hf_secret"));
        const QString link = fixture.path(QStringLiteral("lnk"));
        QVERIFY(QFile::link(entry + QStringLiteral("/sub"), link));
        QProcessEnvironment env = fixture.environment();
        env.insert(QStringLiteral("HF_TOKEN_PATH"), link + QStringLiteral("/../realtok"));
        const HfHome home = HfHome::locate(env);
        QCOMPARE(home.tokenPath(), entry + QStringLiteral("/realtok"));
        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *dataset = scan.entry(entry);
        QVERIFY(dataset && !dataset->deletable());
        QVERIFY2(dataset->keep.contains(QStringLiteral("access token")), qPrintable(dataset->keep));
        // HF_HOME too: "L/.." is where L leads, up one.
        QProcessEnvironment viaLink;
        viaLink.insert(QStringLiteral("HF_HOME"), link + QStringLiteral("/.."));
        QCOMPARE(HfHome::locate(viaLink).root(), entry);
    }

    // An entry renamed aside by a deletion that was stopped is flagged as such (JSON
    // "removal_interrupted", the NOTE), like one removed in place. Before, only its kind said so.
    // An endpoint whose last cache a stop left renamed aside is still an endpoint: the leftover
    // is listed as a stopped deletion and its path finishes it (attack Q7: the endpoint became
    // "other" and nothing could finish it).
    void anEndpointLeftWithOnlyAStoppedDeletionIsStillOne()
    {
        FixtureHome fixture;
        const QString endpoint = fixture.path(QStringLiteral("xet/https___e"));
        fixture.write(QStringLiteral("xet/https___e/chunk-cache.hubdeck-deleting/ab/c1"), 5000);
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *left = scan.entry(endpoint + QStringLiteral("/chunk-cache.hubdeck-deleting"));
        QVERIFY(left);
        QCOMPARE(left->kind, HomeEntry::Kind::InterruptedDeletion);
        QVERIFY(left->deletable());
        QVERIFY(!scan.entry(endpoint)); // not "other"
        const HomeTargets::Resolved targets = HomeTargets::resolve(scan, {endpoint + QStringLiteral("/chunk-cache")}, fixture.root());
        QCOMPARE(targets.paths.size(), 1);
        const HomeDeletion::Report report = HomeDeletion::run(home, HomeDeletion::plan(scan, targets.paths));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(endpoint)); // the emptied endpoint folder went too
    }

    // A file named like HubDeck's leftover ("<entry>.hubdeck-deleting") is not one: HubDeck
    // renames only folders aside. It is in the way, and neither it nor the entry is deleted
    // (attack Q14: it was deleted with the entry, unplanned).
    void aFileNamedLikeALeftoverIsNotDeleted()
    {
        FixtureHome fixture;
        const QString dataset = fixture.path(QStringLiteral("datasets/org___set"));
        fixture.write(QStringLiteral("datasets/org___set.hubdeck-deleting"), QByteArrayLiteral("someone's notes"));
        const HfHome home = HfHome::locate(fixture.environment());
        // The plan says so before the run (attack R8), and the run refuses it all the same.
        HomeDeletion::Plan checked = HomeDeletion::plan(HomeScanner::scan(home), {dataset});
        const QList<HomeDeletion::Refusal> refused = HomeDeletion::withoutObstacles(checked);
        QCOMPARE(refused.size(), 1);
        QVERIFY(checked.entries.isEmpty());
        QVERIFY2(checked.refusalReasons().first().contains(QStringLiteral("is in the way")), qPrintable(checked.refusalReasons().first()));
        const HomeDeletion::Report report = HomeDeletion::run(home, HomeDeletion::plan(HomeScanner::scan(home), {dataset}));
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().contains(QStringLiteral("is in the way")), qPrintable(report.errors.first()));
        QVERIFY(QFileInfo::exists(dataset + HomeScanner::deletingSuffix()));
        QVERIFY(QFileInfo::exists(dataset + QStringLiteral("/default/0.0.0/c0ffee/set-train.arrow")));
        QCOMPARE(report.freedBytes, 0);
        QVERIFY(report.partlyDeleted.isEmpty());

        // Nor is it listed as a stopped deletion, in any part; and a folder named like a
        // removal marker is not a marker.
        fixture.write(QStringLiteral("xet/https___cas-server.xethub.hf.co/shard-cache.hubdeck-deleting"), QByteArrayLiteral("x"));
        fixture.write(QStringLiteral("assets/lib/ns.hubdeck-deleting"), QByteArrayLiteral("x"));
        fixture.write(QStringLiteral("datasets/downloads/extracted.hubdeck-deleting"), QByteArrayLiteral("x"));
        fixture.write(QStringLiteral("datasets/") + HomeScanner::removingPrefix() + QStringLiteral("org___other/notes.txt"),
                      QByteArrayLiteral("x"));
        const HomeScan scan = HomeScanner::scan(home);
        for (const HomeScan::Part &part : scan.parts)
            for (const HomeEntry &entry : part.entries)
                QVERIFY2(entry.kind != HomeEntry::Kind::InterruptedDeletion, qPrintable(entry.path));
    }

    // A home this user cannot enter is not an empty one (attack R12: "Nothing is stored in it",
    // every part "not on disk", exit 0).
    void aHomeThatCannotBeEnteredIsSaidSo()
    {
        FixtureHome fixture;
        const HfHome home = HfHome::locate(fixture.environment());
        QVERIFY(HomeScanner::unusable(home).isEmpty());
        QCOMPARE(::chmod(QFile::encodeName(fixture.root()).constData(), 0), 0);
        QString unusable;
        {
            const WithoutDacOverride asAUser;
            if (!asAUser.ok()) {
                ::chmod(QFile::encodeName(fixture.root()).constData(), 0700);
                QSKIP("root's capabilities could not be dropped");
            }
            unusable = HomeScanner::unusable(home);
        }
        QCOMPARE(::chmod(QFile::encodeName(fixture.root()).constData(), 0700), 0);
        QCOMPARE(unusable, QStringLiteral("HF_HOME %1 cannot be read: Permission denied.").arg(fixture.root()));
        QVERIFY(HomeScanner::unusable(home).isEmpty());
    }

    // A folder named like a deletion's leftover that no deletion set aside (it carries none of
    // the attribute every deletion writes first) is someone's own: "other", never finished as a
    // deletion, kept when its part is deleted (attack report 18, G4: user files in
    // xet/logs.hubdeck-deleting and datasets/notes.hubdeck-deleting were deleted).
    void aFolderNamedLikeALeftoverWithoutTheMarkIsOther()
    {
        FixtureHome fixture;
        fixture.makeUnmarked(QStringLiteral("xet/logs.hubdeck-deleting"));
        fixture.makeUnmarked(QStringLiteral("datasets/notes.hubdeck-deleting"));
        fixture.write(QStringLiteral("xet/logs.hubdeck-deleting/notes.txt"), QByteArrayLiteral("mine"));
        fixture.write(QStringLiteral("datasets/notes.hubdeck-deleting/todo.txt"), QByteArrayLiteral("mine"));
        const char *probe = "user.hubdeck.probe";
        if (::lsetxattr(QFile::encodeName(fixture.root()).constData(), probe, "1", 1, 0) != 0)
            QSKIP("this filesystem keeps no user attributes: a leftover cannot be told from a folder named like one");
        (void)::lremovexattr(QFile::encodeName(fixture.root()).constData(), probe);
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        for (const auto &[kind, name] : {std::pair{QStringLiteral("xet"), QStringLiteral("logs.hubdeck-deleting")},
                                         {QStringLiteral("datasets"), QStringLiteral("notes.hubdeck-deleting")}}) {
            const HomeEntry *entry = find(scan, kind, name);
            QVERIFY2(entry, qPrintable(name));
            QCOMPARE(entry->kind, HomeEntry::Kind::Unknown);
            QVERIFY(!entry->removalInterrupted);
            QVERIFY(!entry->deletable());
        }
        HomeDeletion::Plan plan = HomeDeletion::plan(scan, {fixture.path(QStringLiteral("xet")), fixture.path(QStringLiteral("datasets"))});
        // xet/logs cannot be renamed aside past it: refused before the run, and said as it is.
        const QList<HomeDeletion::Refusal> refused = HomeDeletion::withoutObstacles(plan);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().reason, QStringLiteral("Not deleted: %1, as %1.hubdeck-deleting is in the way: a folder HubDeck did not "
                                                        "make. Move it away and delete again.")
                                             .arg(fixture.path(QStringLiteral("xet/logs"))));
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(QFileInfo::exists(fixture.path(QStringLiteral("xet/logs.hubdeck-deleting/notes.txt"))));
        QVERIFY(QFileInfo::exists(fixture.path(QStringLiteral("datasets/notes.hubdeck-deleting/todo.txt"))));
        QVERIFY(!QFileInfo::exists(fixture.path(QStringLiteral("datasets/org___set"))));
    }

    // The other side of notSetAside: where the filesystem keeps user attributes but the mark
    // cannot be written on one folder (its attribute room full, as on ext4 with 128-byte inodes,
    // a quota), the run does not rename it aside unmarked. A stop would have left a half-deleted
    // cache that every listing takes for someone's own folder, never finished.
    void anEntryThatCannotBeMarkedIsNotSetAside()
    {
        FixtureHome fixture;
        const QString entry = fixture.path(QStringLiteral("datasets/org___set"));
        const QByteArray path = QFile::encodeName(entry);
        QList<QByteArray> fillers;
        bool full = false;
        while (fillers.size() < 4096) {
            const QByteArray name = "user.f" + QByteArray::number(fillers.size());
            if (::lsetxattr(path.constData(), name.constData(), "12345678", 8, 0) != 0) {
                full = errno == ENOSPC;
                break;
            }
            fillers.append(name);
        }
        if (!full)
            QSKIP("this filesystem's room for a folder's user attributes could not be filled");
        const HfHome home = HfHome::locate(fixture.environment());
        HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {entry});
        QVERIFY(HomeDeletion::withoutObstacles(plan).isEmpty());
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QCOMPARE(report.errors,
                 QStringList(QStringLiteral("Cannot set %1 aside to delete it: its mark (the user attribute user.hubdeck.set-aside) "
                                            "could not be written: No space left on device. Nothing of it was deleted.")
                                 .arg(entry)));
        QVERIFY(report.removed.isEmpty());
        QVERIFY(report.partlyDeleted.isEmpty());
        QCOMPARE(report.freedBytes, 0);
        QCOMPARE(QFileInfo(entry + QStringLiteral("/default/0.0.0/c0ffee/set-train.arrow")).size(), 60000);
        QVERIFY(!QFileInfo::exists(entry + HomeScanner::deletingSuffix()));
        // With room made, the same entry goes.
        for (const QByteArray &name : std::as_const(fillers))
            QCOMPARE(::lremovexattr(path.constData(), name.constData()), 0);
        plan = HomeDeletion::plan(HomeScanner::scan(home), {entry});
        const HomeDeletion::Report again = HomeDeletion::run(home, plan);
        QVERIFY2(again.errors.isEmpty(), qPrintable(again.errors.join(u'\n')));
        QCOMPARE(again.removed, QStringList(entry));
        QVERIFY(!QFileInfo::exists(entry));
    }

    void renamedEntryIsFlaggedInterrupted()
    {
        FixtureHome fixture;
        QVERIFY(QDir().rename(fixture.path(QStringLiteral("datasets/org___set")),
                              fixture.path(QStringLiteral("datasets/org___set")) + HomeScanner::deletingSuffix()));
        FixtureHome::markSetAside(fixture.path(QStringLiteral("datasets/org___set")) + HomeScanner::deletingSuffix());
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const HomeEntry *entry = scan.entry(fixture.path(QStringLiteral("datasets/org___set")) + HomeScanner::deletingSuffix());
        QVERIFY(entry);
        QCOMPARE(entry->kind, HomeEntry::Kind::InterruptedDeletion);
        QVERIFY(entry->removalInterrupted);
        QVERIFY(entry->deletable());
    }

    // HF_HOME from the environment with bytes that are not UTF-8 is the folder the libraries
    // use: found, listed and cleaned there. Before, QProcessEnvironment read the bytes as
    // U+FFFD and the home was another path (not there: "nothing yet").
    void homeFromTheEnvironmentWithBytesThatAreNotUtf8()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray raw = QFile::encodeName(dir.path()) + "/hf\xff\xfehome";
        const QByteArray logs = raw + "/xet/logs";
        QCOMPARE(::mkdir(raw.constData(), 0755), 0);
        QCOMPARE(::mkdir((raw + "/xet").constData(), 0755), 0);
        QCOMPARE(::mkdir(logs.constData(), 0755), 0);
        {
            const int fd = ::open((logs + "/xet_1.log").constData(), O_WRONLY | O_CREAT, 0644);
            QVERIFY(fd >= 0);
            QCOMPARE(::write(fd, "log", 3), 3);
            ::close(fd);
        }
        const QByteArray saved = qgetenv("HF_HOME");
        const bool had = qEnvironmentVariableIsSet("HF_HOME");
        qputenv("HF_HOME", raw);
        const auto restore = qScopeGuard([&] {
            if (had)
                qputenv("HF_HOME", saved);
            else
                qunsetenv("HF_HOME");
        });
        for (const char *name : {"HF_XET_CACHE", "HF_HUB_CACHE", "HF_DATASETS_CACHE", "HF_ASSETS_CACHE", "HF_MODULES_CACHE"})
            QVERIFY2(!qEnvironmentVariableIsSet(name), name);
        const HfHome home = HfHome::locate();
        QCOMPARE(FileName::encode(home.root()), raw);
        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *entry = find(scan, QStringLiteral("xet"), QStringLiteral("logs"));
        QVERIFY(entry);
        QVERIFY(entry->deletable());
        QCOMPARE(FileName::encode(entry->path), logs);
        const HomeDeletion::Report report = HomeDeletion::run(home, HomeDeletion::plan(scan, {entry->path}));
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.removed.size(), 1);
        struct stat st
        {
        };
        QCOMPARE(::lstat(logs.constData(), &st), -1);
    }

    // HF_TOKEN_PATH through a bind mount of the home: no link to resolve, the same folder by
    // device and inode. The entry holding the token is kept in the listing and by the run.
    void tokenThroughABindMountKeepsItsEntry()
    {
        if (::geteuid() != 0)
            QSKIP("a bind mount needs root");
        FixtureHome fixture;
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        const QString alias = elsewhere.filePath(QStringLiteral("alias"));
        QVERIFY(QDir().mkpath(alias));
        if (::mount(QFile::encodeName(fixture.root()).constData(), QFile::encodeName(alias).constData(), nullptr, MS_BIND, nullptr) != 0)
            QSKIP("cannot bind-mount here (no CAP_SYS_ADMIN in this namespace)");
        const auto unmount = qScopeGuard([&] { ::umount2(QFile::encodeName(alias).constData(), MNT_DETACH); });
        fixture.write(QStringLiteral("datasets/org___set/token"), QByteArrayLiteral("hf_secret"));
        QProcessEnvironment env = fixture.environment();
        env.insert(QStringLiteral("HF_TOKEN_PATH"), alias + QStringLiteral("/datasets/org___set/token"));
        const HfHome home = HfHome::locate(env);
        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *dataset = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(dataset);
        QVERIFY(!dataset->deletable());
        QVERIFY2(dataset->keep.contains(QStringLiteral("access token")), qPrintable(dataset->keep));
        HomeDeletion::Plan stale;
        stale.entries.append(*dataset);
        stale.entries.first().keep.clear();
        const HomeDeletion::Report report = HomeDeletion::run(home, stale);
        QVERIFY(report.removed.isEmpty());
        QVERIFY2(report.errors.size() == 1 && report.errors.first().contains(QStringLiteral("holds your access token")),
                 qPrintable(report.errors.join(u'\n')));
        QVERIFY(QFileInfo::exists(fixture.path(QStringLiteral("datasets/org___set/token"))));
    }

    // A part's variable pointing at a folder that is not that library's cache: what it holds
    // is listed and never offered for deletion. Before, HF_XET_CACHE=$HOME offered ~/logs as
    // "xet logs", HF_ASSETS_CACHE=~/Documents offered every folder three levels down as assets,
    // and a "downloads" folder of the user's own was datasets' downloads.
    void partPointedAtAFolderThatIsNotACache_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("folder"); // relative to a fake $HOME; "" is $HOME itself
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("kept"); // entry names, relative to the part
        QTest::addColumn<QString>("note");
        QTest::newRow("HF_XET_CACHE=$HOME") << QStringLiteral("HF_XET_CACHE") << QString()
                                            << QStringList{QStringLiteral("logs/xet_1.log"), QStringLiteral("cas/chunk-cache/a")}
                                            << QStringLiteral("xet") << QStringList{QStringLiteral("logs"), QStringLiteral("cas")}
                                            << QStringLiteral("your own folder");
        QTest::newRow("HF_ASSETS_CACHE=~/Documents")
            << QStringLiteral("HF_ASSETS_CACHE") << QStringLiteral("Documents")
            << QStringList{QStringLiteral("Projects/ClientA/Report/draft.odt")} << QStringLiteral("assets")
            << QStringList{QStringLiteral("Projects/ClientA/Report")} << QStringLiteral("your own folder");
        QTest::newRow("HF_HOME=$HOME: ~/assets")
            << QStringLiteral("HF_HOME") << QString() << QStringList{QStringLiteral("assets/photos/2024/trip/a.jpg")}
            << QStringLiteral("assets") << QStringList{QStringLiteral("photos/2024/trip")} << QStringLiteral("may be yours");
        QTest::newRow("HF_HOME=~/Documents: its assets")
            << QStringLiteral("HF_HOME") << QStringLiteral("Documents") << QStringList{QStringLiteral("assets/talks/2025/slides/s.odp")}
            << QStringLiteral("assets") << QStringList{QStringLiteral("talks/2025/slides")} << QStringLiteral("may be yours");
        QTest::newRow("HF_ASSETS_CACHE=a web project's assets/")
            << QStringLiteral("HF_ASSETS_CACHE") << QStringLiteral("website/assets")
            << QStringList{QStringLiteral("img/icons/svg/logo.svg"), QStringLiteral("css/vendor/bootstrap/b.css")}
            << QStringLiteral("assets") << QStringList{QStringLiteral("img/icons/svg"), QStringLiteral("css/vendor/bootstrap")}
            << QStringLiteral("moved the assets cache");
        QTest::newRow("assets with a file at its top")
            << QStringLiteral("HF_ASSETS_CACHE") << QStringLiteral("work")
            << QStringList{QStringLiteral("notes.txt"), QStringLiteral("a/b/c/d.txt")} << QStringLiteral("assets")
            << QStringList{QStringLiteral("a/b/c")} << QStringLiteral("notes.txt is a file");
        QTest::newRow("assets library with a file")
            << QStringLiteral("HF_ASSETS_CACHE") << QStringLiteral("work")
            << QStringList{QStringLiteral("lib/readme.md"), QStringLiteral("lib/ns/sub/x.bin")} << QStringLiteral("assets")
            << QStringList{QStringLiteral("lib/ns/sub")} << QStringLiteral("lib/readme.md is a file");
        QTest::newRow("xet logs of the user's own")
            << QStringLiteral("HF_XET_CACHE") << QStringLiteral("data") << QStringList{QStringLiteral("logs/server.log")}
            << QStringLiteral("xet") << QStringList{QStringLiteral("logs")} << QString();
        QTest::newRow("a downloads folder of the user's own")
            << QStringLiteral("HF_DATASETS_CACHE") << QStringLiteral("data")
            << QStringList{QStringLiteral("downloads/report.pdf"), QStringLiteral("downloads/extracted/photos/a.jpg")}
            << QStringLiteral("datasets") << QStringList{QStringLiteral("downloads"), QStringLiteral("downloads/extracted")} << QString();
    }
    void partPointedAtAFolderThatIsNotACache()
    {
        QFETCH(QString, variable);
        QFETCH(QString, folder);
        QFETCH(QStringList, files);
        QFETCH(QString, kind);
        QFETCH(QStringList, kept);
        QFETCH(QString, note);
        FixtureHome fixture;
        QTemporaryDir fakeHome;
        QVERIFY(fakeHome.isValid());
        const UserHomeSwap asUser(fakeHome.path());
        const QString root = folder.isEmpty() ? fakeHome.path() : fakeHome.filePath(folder);
        for (const QString &file : std::as_const(files)) {
            const QString path = root + u'/' + file;
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("mine");
        }
        QProcessEnvironment env = fixture.environment();
        env.insert(variable, root);
        const HomeScan scan = HomeScanner::scan(HfHome::locate(env));
        const HomeScan::Part *part = scan.part(kind);
        QVERIFY(part);
        for (const QString &name : std::as_const(kept)) {
            const HomeEntry *entry = find(scan, kind, name);
            QVERIFY2(entry, qPrintable(name));
            QVERIFY2(!entry->deletable(), qPrintable(name));
            if (!note.isEmpty())
                QVERIFY2(entry->keep.contains(note), qPrintable(entry->keep));
            QVERIFY(HomeDeletion::plan(scan, {entry->path}).entries.isEmpty());
        }
        for (const QString &file : std::as_const(files))
            QVERIFY(QFileInfo::exists(root + u'/' + file));
    }

    // A part its variable put on another disk (HF_XET_CACHE=/mnt/big/xet) says that disk's size
    // and free space, which the home's header does not (attack U9); one on HF_HOME's disk says
    // none.
    void aPartOnAnotherDiskSaysItsFreeSpace()
    {
        FixtureHome fixture;
        ScratchMount disk("size=8m");
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.whyNot()));
        const QString xet = disk.path(QStringLiteral("xet"));
        QVERIFY(QDir().mkpath(xet + QStringLiteral("/https___cas-server.xethub.hf.co/chunk-cache/ab")));
        QProcessEnvironment env = fixture.environment();
        env.insert(QStringLiteral("HF_XET_CACHE"), xet);
        const HomeScan scan = HomeScanner::scan(HfHome::locate(env));
        struct statvfs fs
        {
        };
        QCOMPARE(::statvfs(QFile::encodeName(disk.path()).constData(), &fs), 0);
        QCOMPARE(scan.part(QStringLiteral("xet"))->diskTotal, qint64(fs.f_blocks) * qint64(fs.f_frsize));
        QCOMPARE(scan.part(QStringLiteral("xet"))->diskFree, qint64(fs.f_bavail) * qint64(fs.f_frsize));
        QCOMPARE(scan.part(QStringLiteral("datasets"))->diskTotal, 0);
    }

    // Two parts at one folder (HF_HUB_CACHE=$HF_HOME, as old HUGGINGFACE_HUB_CACHE settings have
    // it; HF_XET_CACHE=$HF_HOME/hub): its entries are listed and counted once, in the first part,
    // and the home's size is du's (attack U3: 108.5M for du's 54.7M, each repo again as "other").
    void twoPartsAtOneFolderCountOnce_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("folder"); // relative to the home; "" is the home
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("first");
        QTest::newRow("HF_HUB_CACHE=$HF_HOME") << QStringLiteral("HF_HUB_CACHE") << QString() << QStringLiteral("other")
                                               << QStringLiteral("hub");
        QTest::newRow("HF_XET_CACHE=$HF_HOME/hub")
            << QStringLiteral("HF_XET_CACHE") << QStringLiteral("hub") << QStringLiteral("xet") << QStringLiteral("hub");
        QTest::newRow("HF_DATASETS_CACHE=$HF_HOME")
            << QStringLiteral("HF_DATASETS_CACHE") << QString() << QStringLiteral("other") << QStringLiteral("datasets");
    }
    void twoPartsAtOneFolderCountOnce()
    {
        QFETCH(QString, variable);
        QFETCH(QString, folder);
        QFETCH(QString, second);
        QFETCH(QString, first);
        FixtureHome fixture;
        QProcessEnvironment env = fixture.environment();
        env.insert(variable, folder.isEmpty() ? fixture.root() : fixture.path(folder));
        const HomeScan scan = HomeScanner::scan(HfHome::locate(env));
        QCOMPARE(scan.sizeOnDisk(), du(fixture.root()));
        const HomeScan::Part *shadowed = scan.part(second);
        QVERIFY(shadowed);
        QCOMPARE(shadowed->sameFolderAs, first);
        QVERIFY(shadowed->entries.isEmpty());
        QVERIFY(!scan.part(first)->entries.isEmpty());
        // Deleting the second part names where its entries are, never "nothing left" (V10): by
        // the same path it is the first part; by a link to it, said so.
        if (second == u"xet") {
            const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {shadowed->path});
            QVERIFY(plan.entries.isEmpty() && plan.alreadyClear.isEmpty());
            QCOMPARE(plan.refusals.size(), 1);
            QVERIFY2(plan.refusals.first().reason.contains(QStringLiteral("is the hub cache")), qPrintable(plan.refusals.first().reason));
            QVERIFY(QFile::link(fixture.path(folder), fixture.path(QStringLiteral("xet-link"))));
            env.insert(variable, fixture.path(QStringLiteral("xet-link")));
            const HomeScan linked = HomeScanner::scan(HfHome::locate(env));
            QCOMPARE(linked.part(second)->sameFolderAs, first);
            const HomeDeletion::Plan viaLink = HomeDeletion::plan(linked, {fixture.path(QStringLiteral("xet-link"))});
            QVERIFY(viaLink.entries.isEmpty() && viaLink.alreadyClear.isEmpty());
            QCOMPARE(viaLink.refusals.size(), 1);
            QVERIFY2(viaLink.refusals.first().reason.contains(QStringLiteral("same folder as the hub part")),
                     qPrintable(viaLink.refusals.first().reason));
        }
    }

    // Your own folder reached by a second path (a bind mount: home folders mounted at two paths
    // on HPC sites and NAS setups, or bound into a container) is still yours: told by device and
    // inode, not by path (attack U2: HF_HOME as a bind mount of $HOME deleted ~/assets/…).
    void aSecondPathToYourOwnFolderIsYours_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("entry");
        QTest::newRow("HF_HOME") << QStringLiteral("HF_HOME") << QStringLiteral("assets") << QStringLiteral("img/icons/svg");
        QTest::newRow("HF_DATASETS_CACHE") << QStringLiteral("HF_DATASETS_CACHE") << QStringLiteral("datasets")
                                           << QStringLiteral("org___x");
    }
    void aSecondPathToYourOwnFolderIsYours()
    {
        QFETCH(QString, variable);
        QFETCH(QString, kind);
        QFETCH(QString, entry);
        if (::geteuid() != 0)
            QSKIP("a bind mount needs root");
        FixtureHome fixture;
        QTemporaryDir fakeHome;
        QTemporaryDir second;
        const UserHomeSwap asUser(fakeHome.path());
        for (const QString &file :
             {QStringLiteral("assets/img/icons/svg/logo.svg"), QStringLiteral("org___x/default/1.0.0/abc/dataset_info.json")}) {
            QVERIFY(QDir().mkpath(QFileInfo(fakeHome.filePath(file)).path()));
            QFile out(fakeHome.filePath(file));
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write("{}") == 2);
        }
        if (::mount(QFile::encodeName(fakeHome.path()).constData(), QFile::encodeName(second.path()).constData(), nullptr, MS_BIND,
                    nullptr) != 0)
            QSKIP("cannot bind-mount here");
        const auto unmount = qScopeGuard([&] { ::umount2(QFile::encodeName(second.path()).constData(), MNT_DETACH); });
        QProcessEnvironment env = fixture.environment();
        env.insert(variable, second.path());
        const HomeScan scan = HomeScanner::scan(HfHome::locate(env));
        const HomeEntry *listed = find(scan, kind, entry);
        QVERIFY2(listed, qPrintable(entry));
        QVERIFY(!listed->deletable());
        QVERIFY2(listed->keep.contains(QStringLiteral("your own folder")) || listed->keep.contains(QStringLiteral("may be yours")),
                 qPrintable(listed->keep));
        QVERIFY(HomeDeletion::plan(scan, {listed->path}).entries.isEmpty());
    }

    // What `home rm` arguments name (HomeTargets): PART/NAME as listed, with a trailing '/', a
    // part, an "other" entry, the entry renamed by a stopped deletion, the escaped form, and
    // paths only when absolute or starting with ./ or ../.
    void targetsAreNamedAsListed()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("datasets/org___gone.hubdeck-deleting/default/0.0.0/abc/data.arrow"), 100);
        const QByteArray odd = QFile::encodeName(fixture.path(QStringLiteral("datasets"))) + "/org___b\xff";
        QVERIFY(::mkdir(odd.constData(), 0755) == 0);
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const QString datasets = fixture.path(QStringLiteral("datasets"));
        const HomeTargets::Resolved resolved = HomeTargets::resolve(
            scan,
            {QStringLiteral("datasets/org___set"), QStringLiteral("xet/logs/"), QStringLiteral("xet"), QStringLiteral("accelerate"),
             QStringLiteral("datasets/org___gone"), QStringLiteral("datasets/org___b\\xff"), QStringLiteral("./org___set"),
             QStringLiteral("../modules/transformers_modules"), QStringLiteral("./no-such"), QStringLiteral("downloads"),
             QStringLiteral("no/such")},
            datasets);
        QCOMPARE(resolved.paths,
                 (QStringList{datasets + QStringLiteral("/org___set"), fixture.path(QStringLiteral("xet/logs")),
                              fixture.path(QStringLiteral("xet")), fixture.path(QStringLiteral("accelerate")),
                              datasets + QStringLiteral("/org___gone.hubdeck-deleting"), FileName::decode(odd),
                              datasets + QStringLiteral("/org___set"), fixture.path(QStringLiteral("modules/transformers_modules")),
                              datasets + QStringLiteral("/no-such")}));
        QCOMPARE(resolved.refusals.size(), 2); // a bare name is never a folder of the current one
        QCOMPARE(resolved.refusals.at(0).argument, QStringLiteral("downloads"));
        QVERIFY(resolved.refusals.at(0).path.isEmpty());
        QVERIFY(resolved.refusals.at(0).reason.contains(QStringLiteral("a path must be absolute")));
        QCOMPARE(resolved.refusals.at(1).argument, QStringLiteral("no/such"));
        QCOMPARE(::rmdir(odd.constData()), 0);

        // Typed, a folder whose name holds a backslash and an n; unescaped, the folder whose name
        // holds a newline: refused, never guessed.
        QVERIFY(QDir().mkpath(datasets + QStringLiteral("/new\nline")));
        QVERIFY(QDir().mkpath(datasets + QStringLiteral("/new\\nline")));
        const HomeTargets::Resolved ambiguous = HomeTargets::resolve(HomeScanner::scan(HfHome::locate(fixture.environment())),
                                                                     {QStringLiteral("datasets/new\\nline")}, datasets);
        QVERIFY(ambiguous.paths.isEmpty());
        QCOMPARE(ambiguous.refusals.size(), 1);
        QVERIFY2(ambiguous.refusals.first().reason.contains(QStringLiteral("names both")), qPrintable(ambiguous.refusals.first().reason));
    }

    // A plan made before another part appeared inside its entry: the run checks the overlap
    // rule again and keeps the entry, saying why.
    void planOlderThanTheLayoutKeepsParts()
    {
        FixtureHome fixture;
        const QString dataset = fixture.path(QStringLiteral("datasets/") + QLatin1String(FixtureHome::kDataset));
        const QString assets = dataset + QStringLiteral("/default/assets");
        QProcessEnvironment env = fixture.environment();
        env.insert(QStringLiteral("HF_ASSETS_CACHE"), assets);
        const HfHome home = HfHome::locate(env);
        const HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {dataset});
        QCOMPARE(plan.entries.size(), 1); // no assets part yet
        fixture.write(QStringLiteral("datasets/org___set/default/assets/mylib/default/weights/w.bin"), 1000);
        QVERIFY(HomeScanner::scan(home).entry(dataset) && !HomeScanner::scan(home).entry(dataset)->deletable());

        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY(report.removed.isEmpty());
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().contains(QStringLiteral("holds the assets part (") + assets + u')'),
                 qPrintable(report.errors.first()));
        QVERIFY(QFileInfo::exists(assets + QStringLiteral("/mylib/default/weights/w.bin")));
        QVERIFY(QFileInfo::exists(dataset + QStringLiteral("/default/0.0.0/c0ffee/set-train.arrow")));
        QCOMPARE(report.freedBytes, 0);
    }

    // A dataset cache's marks count four levels down (<name>/<config>/<version>/<hash>/), found
    // by the measuring walk itself; deeper, or none, and the folder is not offered.
    // A dataset cache is told by the datasets library's layout, <config>/<x.y.z>/<hash>/ with
    // dataset_info.json or .arrow files in the hash folder, or <hash>.incomplete while it is
    // prepared. Anything else (an .arrow file elsewhere, a dataset_info.json at the top, a
    // version that is not x.y.z) is the user's: listed, never offered.
    void datasetCachesAreToldByTheirLayout()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("datasets/org___four/cfg/1.0.0/abc/train.arrow"), 10);
        fixture.write(QStringLiteral("datasets/org___five/cfg/1.0.0/abc/more/train.arrow"), 10);
        QVERIFY(QDir().mkpath(fixture.path(QStringLiteral("datasets/org___prep/cfg/1.0.0/abc.incomplete"))));
        fixture.write(QStringLiteral("datasets/org___info/dataset_info.json"), QByteArray("{}"));
        fixture.write(QStringLiteral("datasets/org___none/cfg/1.0.0/abc/notes.txt"), 10);
        fixture.write(QStringLiteral("datasets/analysis/data/train.arrow"), 10);
        fixture.write(QStringLiteral("datasets/org___latest/cfg/latest/abc/train.arrow"), 10);
        // A project's folder in the layout's shape, but its last folder no fingerprint (Q20).
        fixture.write(QStringLiteral("datasets/thesis/chapter/1.0.0/final/dataset_info.json"), QByteArray("{}"));
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const auto kind = [&](const char *name) {
            const HomeEntry *entry = find(scan, QStringLiteral("datasets"), QLatin1String(name));
            return entry ? entry->kind : HomeEntry::Kind::Credentials;
        };
        QCOMPARE(kind("org___four"), HomeEntry::Kind::DatasetArrowCache);
        QCOMPARE(kind("org___prep"), HomeEntry::Kind::DatasetArrowCache);
        QCOMPARE(kind("org___info"), HomeEntry::Kind::Unknown);
        QCOMPARE(kind("org___five"), HomeEntry::Kind::Unknown);
        QCOMPARE(kind("org___none"), HomeEntry::Kind::Unknown);
        QCOMPARE(kind("analysis"), HomeEntry::Kind::Unknown);
        QCOMPARE(kind("org___latest"), HomeEntry::Kind::Unknown);
        QCOMPARE(kind("thesis"), HomeEntry::Kind::Unknown);
        QCOMPARE(scan.sizeOnDisk(), du(fixture.root()));
    }

    // Bad input: a tree deeper than PATH_MAX and a FIFO, measured without hanging, then deleted.
    void deepTreeAndFifo()
    {
        FixtureHome fixture;
        const QString top = fixture.path(QStringLiteral("datasets/org___deep"));
        QVERIFY(QDir().mkpath(top));
        // What makes it a dataset cache: the layout <config>/<version>/<hash>/dataset_info.json.
        fixture.write(QStringLiteral("datasets/org___deep/default/0.0.0/abc/dataset_info.json"), QByteArray("{}"));
        int fd = ::open(QFile::encodeName(top).constData(), O_RDONLY | O_DIRECTORY);
        QVERIFY(fd >= 0);
        for (int depth = 0; depth < 500; ++depth) { // 500 × 11 bytes: beyond PATH_MAX (4096)
            QVERIFY(::mkdirat(fd, "abcdefghij", 0755) == 0);
            const int next = ::openat(fd, "abcdefghij", O_RDONLY | O_DIRECTORY);
            ::close(fd);
            fd = next;
            QVERIFY(fd >= 0);
        }
        const int file = ::openat(fd, "bottom.arrow", O_WRONLY | O_CREAT, 0644);
        QVERIFY(file >= 0);
        QCOMPARE(::write(file, "0123456789", 10), 10);
        ::close(file);
        QVERIFY(::mkfifoat(fd, "pipe", 0644) == 0);
        ::close(fd);
        const QString fifo = fixture.path(QStringLiteral("datasets/downloads/") + QString(64, u'a') + QStringLiteral(".fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);

        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        QVERIFY2(scan.errors.isEmpty(), qPrintable(scan.errors.join(u'\n')));
        const HomeEntry *deep = scan.entry(top);
        QVERIFY(deep);
        QCOMPARE(deep->files, 3);
        QCOMPARE(deep->sizeOnDisk, du(top));
        QCOMPARE(scan.sizeOnDisk(), du(fixture.root()));

        const HomeDeletion::Report report =
            HomeDeletion::run(home, HomeDeletion::plan(scan, {top, fixture.path(QStringLiteral("datasets/downloads"))}));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(top));
        QVERIFY(!QFileInfo::exists(top + HomeScanner::deletingSuffix()));
        QVERIFY(!QFileInfo::exists(fifo));
    }

    // Far past PATH_MAX: each level is opened from its parent's descriptor, so the tree is
    // measured exactly (as du) and deleted whole, in time linear in its depth.
    void veryDeepTreeIsMeasuredAndDeleted()
    {
        FixtureHome fixture;
        const QString top = fixture.path(QStringLiteral("datasets/org___deeper"));
        QVERIFY(QDir().mkpath(top));
        fixture.write(QStringLiteral("datasets/org___deeper/default/0.0.0/abc/dataset_info.json"), QByteArray("{}"));
        int fd = ::open(QFile::encodeName(top).constData(), O_RDONLY | O_DIRECTORY);
        QVERIFY(fd >= 0);
        constexpr int kLevels = 5000; // 55,000 bytes of path
        for (int depth = 0; depth < kLevels; ++depth) {
            if (depth % 1000 == 999) {
                const int file = ::openat(fd, "data.arrow", O_WRONLY | O_CREAT, 0644);
                QVERIFY(file >= 0);
                QCOMPARE(::write(file, "0123456789", 10), 10);
                ::close(file);
            }
            QVERIFY(::mkdirat(fd, "abcdefghij", 0755) == 0);
            const int next = ::openat(fd, "abcdefghij", O_RDONLY | O_DIRECTORY);
            ::close(fd);
            fd = next;
            QVERIFY(fd >= 0);
        }
        ::close(fd);
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        QVERIFY2(scan.errors.isEmpty(), qPrintable(scan.errors.join(u'\n')));
        const HomeEntry *deep = scan.entry(top);
        QVERIFY(deep);
        QCOMPARE(deep->files, 6);
        QCOMPARE(deep->sizeOnDisk, du(top));
        QCOMPARE(deep->freeable, deep->sizeOnDisk);
        QCOMPARE(scan.sizeOnDisk(), du(fixture.root()));

        const qint64 before = du(fixture.root());
        const HomeDeletion::Report report = HomeDeletion::run(home, HomeDeletion::plan(scan, {top}));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(top));
        QVERIFY(!QFileInfo::exists(top + HomeScanner::deletingSuffix()));
        QCOMPARE(report.freedBytes, before - du(fixture.root()));
    }

    // A deep tree that branches at every level keeps a descriptor for each folder whose
    // sub-folders wait; past the budget (a quarter of the descriptor limit) folders are
    // reopened from an ancestor, and the sizes stay exact.
    void deepBranchingTreeWithFewDescriptors()
    {
        FixtureHome fixture;
        const QString top = fixture.path(QStringLiteral("datasets/org___branching"));
        QVERIFY(QDir().mkpath(top));
        fixture.write(QStringLiteral("datasets/org___branching/dataset_info.json"), QByteArray("{}"));
        int fd = ::open(QFile::encodeName(top).constData(), O_RDONLY | O_DIRECTORY);
        QVERIFY(fd >= 0);
        constexpr int kLevels = 600;
        for (int depth = 0; depth < kLevels; ++depth) {
            QVERIFY(::mkdirat(fd, "side", 0755) == 0);
            const int file = ::openat(fd, "side/leaf", O_WRONLY | O_CREAT, 0644);
            QVERIFY(file >= 0);
            ::close(file);
            QVERIFY(::mkdirat(fd, "down", 0755) == 0);
            const int next = ::openat(fd, "down", O_RDONLY | O_DIRECTORY);
            ::close(fd);
            fd = next;
            QVERIFY(fd >= 0);
        }
        ::close(fd);
        struct rlimit saved
        {
        };
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &saved), 0);
        struct rlimit low = saved;
        low.rlim_cur = 256; // a budget of 64 descriptors
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &low), 0);
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &saved), 0);
        QVERIFY2(scan.errors.isEmpty(), qPrintable(scan.errors.join(u'\n')));
        const HomeEntry *entry = scan.entry(top);
        QVERIFY(entry);
        QCOMPARE(entry->files, kLevels + 1);
        QCOMPARE(entry->sizeOnDisk, du(top));
        QCOMPARE(entry->apparentSize, du(top, true));
    }

    // HF_TOKEN_PATH may put the token inside an entry: that entry is never deleted, even by a
    // plan made before the token was there.
    void tokenInsideAnEntryKeepsIt()
    {
        FixtureHome fixture;
        const QString sub = fixture.path(QStringLiteral("assets/mylib/default/weights"));
        const QString token = sub + QStringLiteral("/mytoken");
        QProcessEnvironment env = fixture.environment();
        env.insert(QStringLiteral("HF_TOKEN_PATH"), token);
        const HfHome home = HfHome::locate(env);
        const HomeDeletion::Plan stale = HomeDeletion::plan(HomeScanner::scan(home), {sub});
        QCOMPARE(stale.entries.size(), 1);
        fixture.write(QStringLiteral("assets/mylib/default/weights/mytoken"), QByteArrayLiteral("hf_secret"));

        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *entry = scan.entry(sub);
        QVERIFY(entry);
        QVERIFY(!entry->deletable());
        QVERIFY(entry->keep.contains(token));
        QVERIFY(HomeDeletion::plan(scan, {sub}).entries.isEmpty());
        QCOMPARE(scan.sizeOnDisk(), du(fixture.root())); // listed once, not again under "other"

        const HomeDeletion::Report report = HomeDeletion::run(home, stale);
        QCOMPARE(report.errors.size(), 1);
        QVERIFY(report.removed.isEmpty());
        QVERIFY(QFileInfo::exists(token));
    }

    // With HF_TOKEN_PATH elsewhere, the token and stored_tokens `hf auth login` wrote in HF_HOME
    // before are still credentials (other tools read $HF_HOME/token): listed as such, never
    // deletable. They were listed as "other".
    void homeTokenIsACredentialWhereverHfTokenPathPoints()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("token"), QByteArrayLiteral("hf_old"));
        fixture.write(QStringLiteral("stored_tokens"), QByteArrayLiteral("[laptop]\nhf_token = hf_old\n"));
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        QProcessEnvironment env = fixture.environment();
        env.insert(QStringLiteral("HF_TOKEN_PATH"), elsewhere.filePath(QStringLiteral("token")));
        const HomeScan scan = HomeScanner::scan(HfHome::locate(env));
        for (const QString &name : {QStringLiteral("token"), QStringLiteral("stored_tokens")}) {
            const HomeEntry *entry = scan.entry(fixture.path(name));
            QVERIFY2(entry, qPrintable(name));
            QCOMPARE(entry->kind, HomeEntry::Kind::Credentials);
            QVERIFY(!entry->deletable());
        }
    }

    // Names are bytes: entries and files whose names are not UTF-8 are measured and deleted
    // like any other, and a deletion that leaves files behind never says it deleted.
    void namesThatAreNotUtf8()
    {
        FixtureHome fixture;
        const QByteArray downloads = FileName::encode(fixture.path(QStringLiteral("datasets/downloads")));
        const QByteArray bad = FileName::encode(fixture.path(QStringLiteral("datasets"))) + "/bad\xff\xfe";
        // Named as the libraries name them (a dataset's <config>/<version>/<hash>, downloads by a
        // sha256), with bytes that are not UTF-8 in every name they leave free.
        const QByteArray hash(64, 'c');
        for (const QByteArray &folder :
             {bad, bad + "/cfg\xff", bad + "/cfg\xff/1.0.0", bad + "/cfg\xff/1.0.0/abc", downloads + "/" + hash + ".d\xff"})
            QVERIFY(::mkdir(folder.constData(), 0755) == 0);
        for (const QByteArray &file :
             {bad + "/cfg\xff/1.0.0/abc/data.arrow", downloads + "/" + hash + ".f\xfe", downloads + "/" + hash + ".d\xff/g"}) {
            const int fd = ::open(file.constData(), O_WRONLY | O_CREAT, 0644);
            QVERIFY(fd >= 0);
            QCOMPARE(::write(fd, QByteArray(9000, 'x').constData(), 9000), 9000);
            ::close(fd);
        }
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *entry = scan.entry(FileName::decode(bad));
        QVERIFY(entry);
        QCOMPARE(entry->files, 1);
        QVERIFY(entry->sizeOnDisk >= 9000 + 4096); // its file and its folder (du cannot be given this name through QProcess)
        QCOMPARE(scan.sizeOnDisk(), du(fixture.root()));

        const HomeDeletion::Report report =
            HomeDeletion::run(home, HomeDeletion::plan(scan, {FileName::decode(bad), FileName::decode(downloads)}));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.removed.size(), 2);
        struct stat st
        {
        };
        QVERIFY(::lstat(bad.constData(), &st) != 0);
        QVERIFY(::lstat((downloads + "/" + hash + ".f\xfe").constData(), &st) != 0);
        QVERIFY(::lstat((downloads + "/" + hash + ".d\xff").constData(), &st) != 0);
        QVERIFY(QFileInfo::exists(fixture.path(QStringLiteral("datasets/downloads/extracted"))));
    }

    // A part's place taken by a plain file: listed under "other", never deletable, and
    // counted, so that the parts still add up to du.
    void partThatIsAFileIsListedAndCounted()
    {
        FixtureHome fixture;
        QVERIFY(QDir(fixture.path(QStringLiteral("xet"))).removeRecursively());
        fixture.write(QStringLiteral("xet"), 50000);
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        QVERIFY(!scan.part(QStringLiteral("xet"))->exists);
        const HomeEntry *entry = find(scan, QStringLiteral("other"), QStringLiteral("xet"));
        QVERIFY(entry);
        QCOMPARE(entry->path, fixture.path(QStringLiteral("xet")));
        QVERIFY(entry->sizeOnDisk >= 50000);
        QVERIFY(!entry->deletable());
        QVERIFY2(entry->keep.contains(QStringLiteral("not a folder")), qPrintable(entry->keep));
        QCOMPARE(scan.sizeOnDisk(), du(fixture.root()));
        // rm of that part deletes nothing, and the file stays.
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {fixture.path(QStringLiteral("xet"))});
        QVERIFY(plan.entries.isEmpty());
        QCOMPARE(plan.refusals.size(), 1);
        QVERIFY(QFileInfo(fixture.path(QStringLiteral("xet"))).isFile());
    }

    // What a plan promises is what the run frees when nothing changes meanwhile: the bytes du
    // no longer sees. datasets/downloads stays (it holds extracted/), so its own folder, grown
    // by many names, is never promised.
    void planPromisesWhatTheRunFrees_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("downloads") << QStringLiteral("datasets/downloads");
        QTest::newRow("extracted") << QStringLiteral("datasets/downloads/extracted");
        QTest::newRow("dataset") << QStringLiteral("datasets/org___set");
        QTest::newRow("chunk cache") << QStringLiteral("xet/https___cas-server.xethub.hf.co/chunk-cache");
        QTest::newRow("legacy with members") << QStringLiteral(
            "transformers/3c61d016573b14f7f008c02c4e51a366c67ab274726fe2910691e2a761acf43e.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
        QTest::newRow("modules") << QStringLiteral("modules/transformers_modules");
        QTest::newRow("whole datasets part") << QStringLiteral("datasets");
    }
    void planPromisesWhatTheRunFrees()
    {
        QFETCH(QString, entry);
        FixtureHome fixture;
        // Enough long names that each folder outgrows its first block (ext4: 4 KiB).
        for (int i = 0; i < 300; ++i) {
            // As datasets names its downloads: a sha256 in hex, then a suffix.
            const QString name = QString(64, u'e') + QStringLiteral(".file_with_a_long_name_%1").arg(i);
            fixture.write(QStringLiteral("datasets/downloads/") + name, QByteArray("x"));
            fixture.write(QStringLiteral("datasets/downloads/extracted/") + name, QByteArray("x"));
            fixture.write(QStringLiteral("datasets/org___set/") + name, QByteArray("x"));
        }
        struct stat st
        {
        };
        QVERIFY(::lstat(QFile::encodeName(fixture.path(QStringLiteral("datasets/downloads"))).constData(), &st) == 0);
        if (st.st_blocks * 512 <= 4096)
            QSKIP("this file system does not grow folders: the folder's own size would prove nothing");
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        QCOMPARE(scan.sizeOnDisk(), du(fixture.root())); // the folder moved to its part, not out of the home
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {fixture.path(entry)});
        QVERIFY2(!plan.entries.isEmpty(), qPrintable(plan.refusalReasons().join(u'\n')));
        runAndCompareWithDu(home, plan, fixture.root());
    }

    // A hard link from outside the entry (here, outside the home, so that the scan counts the
    // file in the entry) keeps its file on disk: the plan never promises it, and the run never
    // reports it freed. A file linked twice inside the entry goes with it.
    void hardLinksAreFreedOnlyWhenAllAreInside()
    {
        FixtureHome fixture;
        QTemporaryDir outside;
        const QString cache = QStringLiteral("datasets/org___set/default/0.0.0/c0ffee/");
        fixture.write(cache + QStringLiteral("shared.arrow"), 80000);
        fixture.write(cache + QStringLiteral("twice.arrow"), 40000);
        QCOMPARE(::link(QFile::encodeName(fixture.path(cache + QStringLiteral("shared.arrow"))).constData(),
                        QFile::encodeName(outside.filePath(QStringLiteral("shared.arrow"))).constData()),
                 0);
        QCOMPARE(::link(QFile::encodeName(fixture.path(cache + QStringLiteral("twice.arrow"))).constData(),
                        QFile::encodeName(fixture.path(cache + QStringLiteral("twice-again.arrow"))).constData()),
                 0);
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        QCOMPARE(scan.sizeOnDisk(), du(fixture.root())); // the listing stays as du counts
        const HomeEntry *dataset = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(dataset);
        QVERIFY(dataset->sizeOnDisk - dataset->freeable >= 80000);
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {dataset->path});
        QCOMPARE(plan.entries.size(), 1);
        const QStringList disk{fixture.root(), outside.path()};
        const qint64 before = du(disk);
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        const qint64 freed = before - du(disk);
        QVERIFY(freed >= 40000); // twice.arrow and the rest
        QCOMPARE(plan.sizeOnDisk(), freed);
        QCOMPARE(report.freedBytes, freed);
        QCOMPARE(QFileInfo(outside.filePath(QStringLiteral("shared.arrow"))).size(), 80000);
    }

    // A hard-linked file whose names are spread over several entries stays on disk while any one
    // of them stays, and goes when they all go: the plan of one entry does not promise it, the
    // plan of all of them does, once (an attack found the joint plan short by the file).
    void hardLinksSpreadOverEntriesAreFreedTogether()
    {
        const QString first = QStringLiteral("datasets/org___first/default/0.0.0/c0ffee/");
        const QString second = QStringLiteral("datasets/org___second/default/0.0.0/beef00/");
        const QString third = QStringLiteral("datasets/org___third/default/0.0.0/abcdef/");
        const auto build = [&](FixtureHome &fixture) {
            fixture.write(first + QStringLiteral("data.arrow"), 70000);
            fixture.write(first + QStringLiteral("three.arrow"), 50000);
            fixture.write(second + QStringLiteral("own.arrow"), 20000);
            fixture.write(third + QStringLiteral("dataset_info.json"), 10);
            for (const auto &[from, to] : {std::pair{first + QStringLiteral("data.arrow"), second + QStringLiteral("data.arrow")},
                                           std::pair{first + QStringLiteral("three.arrow"), second + QStringLiteral("three.arrow")},
                                           std::pair{first + QStringLiteral("three.arrow"), third + QStringLiteral("three.arrow")}})
                QCOMPARE(::link(QFile::encodeName(fixture.path(from)).constData(), QFile::encodeName(fixture.path(to)).constData()), 0);
        };
        const QStringList selections[] = {
            {QStringLiteral("org___first")},
            {QStringLiteral("org___first"), QStringLiteral("org___second")},
            {QStringLiteral("org___first"), QStringLiteral("org___second"), QStringLiteral("org___third")},
            {QStringLiteral("org___second"), QStringLiteral("org___third")},
        };
        const qint64 expectedLinked[] = {0, 70000, 120000, 0};
        for (int s = 0; s < 4; ++s) {
            FixtureHome fixture;
            build(fixture);
            const HfHome home = HfHome::locate(fixture.environment());
            const HomeScan scan = HomeScanner::scan(home);
            QCOMPARE(scan.sizeOnDisk(), du(fixture.root()));
            QStringList paths;
            qint64 alone = 0;
            for (const QString &name : selections[s]) {
                const HomeEntry *entry = find(scan, QStringLiteral("datasets"), name);
                QVERIFY(entry);
                paths.append(entry->path);
                alone += entry->freeable;
            }
            const HomeDeletion::Plan plan = HomeDeletion::plan(scan, paths + QStringList{paths.first()});
            QCOMPARE(plan.entries.size(), selections[s].size());
            QVERIFY2(plan.sizeOnDisk() - alone >= expectedLinked[s] && plan.sizeOnDisk() - alone < expectedLinked[s] + 8192,
                     qPrintable(QStringLiteral("selection %1: plan %2, entries alone %3").arg(s).arg(plan.sizeOnDisk()).arg(alone)));
            runAndCompareWithDu(home, plan, fixture.root());
        }
    }

    // A home not made yet is usable when the libraries can make it; not below a link to
    // nowhere or a file, which only says "missing" for HF_HOME itself (attack P11: "Nothing is
    // there yet", exit 0). An empty HF_TOKEN_PATH speaks of the token, not of caches.
    void aHomeThatCannotBeMadeIsSaid()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto withHome = [](const QString &path) {
            QProcessEnvironment env;
            env.insert(QStringLiteral("HF_HOME"), path);
            env.insert(QStringLiteral("HOME"), QDir::tempPath());
            return HfHome::locate(env);
        };
        QVERIFY(HomeScanner::unusable(withHome(dir.filePath(QStringLiteral("new/deeper/hf")))).isEmpty());
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), dir.filePath(QStringLiteral("dangling"))));
        const QString below = HomeScanner::unusable(withHome(dir.filePath(QStringLiteral("dangling/sub/hf"))));
        QCOMPARE(below, QStringLiteral("HF_HOME %1 cannot be made: %2 on the way is a link to %3, which does not exist.")
                            .arg(dir.filePath(QStringLiteral("dangling/sub/hf")), dir.filePath(QStringLiteral("dangling")),
                                 dir.filePath(QStringLiteral("nowhere"))));
        QFile file(dir.filePath(QStringLiteral("plain")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY2(HomeScanner::unusable(withHome(dir.filePath(QStringLiteral("plain/hf")))).contains(QStringLiteral("cannot be reached")),
                 qPrintable(HomeScanner::unusable(withHome(dir.filePath(QStringLiteral("plain/hf"))))));

        FixtureHome fixture;
        QProcessEnvironment env = fixture.environment();
        env.insert(QStringLiteral("HF_TOKEN_PATH"), QString());
        const QString token = HomeScanner::unusable(HfHome::locate(env));
        QVERIFY2(token.startsWith(QStringLiteral("Set but empty: HF_TOKEN_PATH.")) && token.contains(QStringLiteral("access token")) &&
                     !token.contains(QStringLiteral("caches")),
                 qPrintable(token));
    }

    // A run in a home the libraries do not use as located (HF_XET_CACHE set but empty: they
    // write relative to wherever they run) touches nothing, whatever was planned: the guard
    // of every front end, the Overview's included.
    void aHomeWithAnEmptyVariableIsNotCleaned()
    {
        FixtureHome fixture;
        QProcessEnvironment env = fixture.environment();
        env.insert(QStringLiteral("HF_XET_CACHE"), QString());
        const HfHome home = HfHome::locate(env);
        QCOMPARE(home.emptyVariables(), QStringList{QStringLiteral("HF_XET_CACHE")});
        QCOMPARE(home.path(HfHome::Kind::Xet), fixture.path(QStringLiteral("xet")));
        QVERIFY(HomeScanner::unusable(home).contains(QStringLiteral("HF_XET_CACHE")));
        QVERIFY(HomeScanner::unusable(HfHome::locate(fixture.environment())).isEmpty());
        const HomeScan scan = HomeScanner::scan(home);
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {home.path(HfHome::Kind::Xet)});
        QVERIFY(!plan.entries.isEmpty());
        const qint64 before = du(fixture.root());
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY(!report.succeeded());
        QVERIFY2(report.errors.value(0).startsWith(QStringLiteral("Nothing deleted: Set but empty: HF_XET_CACHE")),
                 qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.freedBytes, 0);
        QCOMPARE(du(fixture.root()), before);
    }

    // A part's folder (or HF_HOME) swapped for a link to another folder after the scan, or
    // while the deletion runs: nothing is deleted there, whatever names it holds, and the
    // listed entries are refused with the reason. Before, the run deleted the look-alike
    // entries in the link's target and emptied any downloads/ it reached (attack N6).
    void aPartSwappedForALinkIsNotWorkedIn_data()
    {
        QTest::addColumn<bool>("swapHome"); // HF_HOME itself rather than the datasets part
        QTest::addColumn<bool>("midRun");   // after the first entry went, rather than before the run
        QTest::newRow("part, before the run") << false << false;
        QTest::newRow("part, during the run") << false << true;
        QTest::newRow("HF_HOME, before the run") << true << false;
        QTest::newRow("HF_HOME, during the run") << true << true;
    }
    void aPartSwappedForALinkIsNotWorkedIn()
    {
        QFETCH(bool, swapHome);
        QFETCH(bool, midRun);
        QTemporaryDir outer;
        const QString homePath = outer.filePath(QStringLiteral("hf"));
        const QString victim = outer.filePath(QStringLiteral("victim"));
        const auto write = [](const QString &path) {
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("data");
        };
        for (const QString &root : {homePath, victim}) {
            write(root + QStringLiteral("/datasets/org___a/default/0.0.0/abc/dataset_info.json"));
            write(root + QStringLiteral("/datasets/org___b/default/0.0.0/abc/dataset_info.json"));
            write(root + QStringLiteral("/datasets/downloads/") + QString(64, u'a'));
            write(root + QStringLiteral("/xet/logs/xet_1.log"));
        }
        write(victim + QStringLiteral("/datasets/downloads/thesis.pdf")); // the user's own, beside look-alikes
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), outer.path());
        env.insert(QStringLiteral("HF_HOME"), homePath);
        const HfHome home = HfHome::locate(env);
        const HomeScan scan = HomeScanner::scan(home);
        const HomeDeletion::Plan plan =
            HomeDeletion::plan(scan, {home.path(HfHome::Kind::Xet) + QStringLiteral("/logs"), home.path(HfHome::Kind::Datasets)});
        QCOMPARE(plan.entries.size(), 4); // logs, then the datasets part's three
        const QStringList victimBefore = tree(victim);
        const QString moved = outer.filePath(QStringLiteral("moved"));
        const auto swap = [&] {
            const QString what = swapHome ? homePath : homePath + QStringLiteral("/datasets");
            QVERIFY(QFile::rename(what, moved));
            QVERIFY(QFile::link(swapHome ? victim : victim + QStringLiteral("/datasets"), what));
        };
        if (!midRun)
            swap();
        bool swapped = !midRun;
        const HomeDeletion::Report report = HomeDeletion::run(home, plan, {}, [&](int done, qint64) {
            if (done == 1 && !swapped) {
                swapped = true;
                swap();
            }
        });
        QVERIFY(swapped);
        QCOMPARE(tree(victim), victimBefore); // nothing of the victim touched
        QVERIFY(!report.succeeded());
        QVERIFY(report.alreadyGone.isEmpty());
        const int refused = swapHome && !midRun ? 4 : 3; // xet/logs, first, goes unless HF_HOME moved before
        QCOMPARE(report.errors.size(), refused);
        for (const QString &error : report.errors)
            QVERIFY2(error.contains(QStringLiteral("is no longer the folder that was listed")), qPrintable(error));
        QCOMPARE(report.removed.size(), 4 - refused);
    }

    // What changes while a run goes is seen at each entry's turn: a token put into a later entry
    // (where HF_TOKEN_PATH points) keeps it, and so does a file of one that a process opened
    // meanwhile. Before, both were checked once, at the start, and the entries went (attack
    // N24, N11).
    void aTokenOrAnOpenFileArrivingDuringTheRunKeepsItsEntry()
    {
        FixtureHome fixture;
        for (const char *name : {"org___a", "org___b", "org___c"})
            fixture.write(QStringLiteral("datasets/%1/default/0.0.0/abc/dataset_info.json").arg(QLatin1String(name)), 2000);
        const QString token = fixture.path(QStringLiteral("datasets/org___b/tk"));
        QProcessEnvironment env = fixture.environment();
        env.insert(QStringLiteral("HF_TOKEN_PATH"), token); // not there yet
        const HfHome home = HfHome::locate(env);
        const HomeScan scan = HomeScanner::scan(home);
        QStringList paths;
        for (const char *name : {"org___a", "org___b", "org___c"})
            paths.append(fixture.path(QStringLiteral("datasets/") + QLatin1String(name)));
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, paths);
        QCOMPARE(plan.entries.size(), 3);
        QProcess holder;
        bool changed = false;
        const HomeDeletion::Report report = HomeDeletion::run(home, plan, {}, [&](int done, qint64) {
            if (done != 1 || changed)
                return;
            changed = true;
            QFile tokenFile(token);
            QVERIFY(tokenFile.open(QIODevice::WriteOnly));
            tokenFile.write("hf_secret");
            tokenFile.close();
            holder.setStandardInputFile(fixture.path(QStringLiteral("datasets/org___c/default/0.0.0/abc/dataset_info.json")));
            holder.start(QStringLiteral("sleep"), {QStringLiteral("30")});
            QVERIFY(holder.waitForStarted());
            QTest::qSleep(2100); // the processes' files are looked at again after two seconds
        });
        holder.kill();
        holder.waitForFinished();
        QVERIFY(changed);
        QCOMPARE(report.removed.size(), 1);
        QVERIFY(!report.removed.isEmpty() && report.removed.first().endsWith(QStringLiteral("org___a")));
        QCOMPARE(report.errors.size(), 2);
        QVERIFY2(report.errors.at(0).contains(QStringLiteral("holds your access token")), qPrintable(report.errors.at(0)));
        QVERIFY2(report.errors.at(1).contains(QStringLiteral("is in use")), qPrintable(report.errors.at(1)));
        QVERIFY(QFileInfo::exists(token));
    }

    // "<name>.hubdeck-deleting" is an interrupted deletion only where HubDeck could have made it:
    // <name> passes its part's layout rule, and it is no link. Before, any such name was offered
    // (node_modules.hubdeck-deleting in modules/, a link to a folder elsewhere: attack N7, N16).
    void renamedAsideNamesFollowTheLayout()
    {
        FixtureHome fixture;
        QTemporaryDir elsewhere;
        const QString legacy = QString(64, u'a') + u'.' + QString(40, u'b');
        for (const QString &folder :
             {QStringLiteral("modules/node_modules"), QStringLiteral("modules/transformers_modules.x"), QStringLiteral("xet/notes"),
              QStringLiteral("assets/proj"), QStringLiteral("modules/datasets_modules"), QStringLiteral("xet/logs"),
              QStringLiteral("assets/lib/ns/sub")})
            fixture.write(folder + HomeScanner::deletingSuffix() + QStringLiteral("/f"), 100);
        fixture.write(QStringLiteral("transformers/") + legacy + HomeScanner::deletingSuffix(), 100);
        fixture.write(QStringLiteral("transformers/notes.txt") + HomeScanner::deletingSuffix(), 100);
        QVERIFY(QFile::link(elsewhere.path(), fixture.path(QStringLiteral("datasets/org___x") + HomeScanner::deletingSuffix())));
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const auto kindOf = [&](const QString &part, const QString &name) {
            const HomeEntry *entry = find(scan, part, name + HomeScanner::deletingSuffix());
            return entry ? int(entry->kind) : -1;
        };
        const int interrupted = int(HomeEntry::Kind::InterruptedDeletion);
        const int unknown = int(HomeEntry::Kind::Unknown);
        QCOMPARE(kindOf(QStringLiteral("modules"), QStringLiteral("node_modules")), unknown);
        QCOMPARE(kindOf(QStringLiteral("modules"), QStringLiteral("transformers_modules.x")), unknown);
        QCOMPARE(kindOf(QStringLiteral("xet"), QStringLiteral("notes")), unknown);
        QCOMPARE(kindOf(QStringLiteral("assets"), QStringLiteral("proj")), unknown);
        QCOMPARE(kindOf(QStringLiteral("legacy"), QStringLiteral("notes.txt")), unknown);
        QCOMPARE(kindOf(QStringLiteral("datasets"), QStringLiteral("org___x")), unknown); // a link
        QCOMPARE(kindOf(QStringLiteral("modules"), QStringLiteral("datasets_modules")), interrupted);
        QCOMPARE(kindOf(QStringLiteral("xet"), QStringLiteral("logs")), interrupted);
        QCOMPARE(kindOf(QStringLiteral("assets"), QStringLiteral("lib/ns/sub")), interrupted);
        // A legacy download is a file, deleted in place with a marker, never renamed aside: a
        // file of that name is not HubDeck's (attack Q14).
        QCOMPARE(kindOf(QStringLiteral("legacy"), legacy), unknown);
    }

    // datasets' builder locks (filelock) are empty files: a .lock with content in datasets/ is
    // someone else's and is never offered with "lock files" (attack N21d).
    void aLockWithContentIsNotALockFile()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("datasets/important.lock"), 100000);
        fixture.write(QStringLiteral("datasets/stale_builder.lock"), QByteArray());
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const HomeEntry *important = find(scan, QStringLiteral("datasets"), QStringLiteral("important.lock"));
        QVERIFY(important && important->kind == HomeEntry::Kind::Unknown && !important->deletable());
        const HomeEntry *locks = find(scan, QStringLiteral("datasets"), QStringLiteral("*.lock"));
        QVERIFY(locks);
        QVERIFY(!locks->members.contains(fixture.path(QStringLiteral("datasets/important.lock"))));
        QVERIFY(locks->path == fixture.path(QStringLiteral("datasets/stale_builder.lock")) ||
                locks->members.contains(fixture.path(QStringLiteral("datasets/stale_builder.lock"))));
    }

    // A filesystem the kernel makes up, mounted in the home (HF_HOME=/ in a container lists /proc
    // and /sys; a chroot kept in a dataset folder has its own), is neither walked nor counted:
    // nothing of it is on a disk (attack R11: /proc was walked, 30,784 "files" and a warning per
    // unreadable task).
    void aSystemFilesystemInTheHomeIsNotWalked()
    {
        if (::geteuid() != 0)
            QSKIP("mounting /proc needs root");
        FixtureHome fixture;
        const QString proc = fixture.path(QStringLiteral("proc"));
        const QString inside = fixture.path(QStringLiteral("datasets/org___set/chroot/proc"));
        QVERIFY(QDir().mkpath(proc) && QDir().mkpath(inside));
        for (const QString &point : {proc, inside})
            if (::mount("proc", QFile::encodeName(point).constData(), "proc", 0, nullptr) != 0)
                QSKIP("cannot mount a proc here (no CAP_SYS_ADMIN in this namespace)");
        const auto unmount = qScopeGuard([&] {
            for (const QString &point : {proc, inside})
                ::umount2(QFile::encodeName(point).constData(), MNT_DETACH);
        });
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const HomeEntry *other = scan.entry(proc);
        QVERIFY(other);
        QCOMPARE(other->files, 0);
        QCOMPARE(other->sizeOnDisk, 0);
        QVERIFY2(other->keep.contains(QStringLiteral("nothing of it is on a disk")), qPrintable(other->keep));
        QVERIFY(!other->deletable());
        const HomeEntry *dataset = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(dataset);
        QVERIFY2(dataset->files < 20, qPrintable(QString::number(dataset->files))); // the fixture's own files only
        for (const QString &error : scan.errors)
            QVERIFY2(!error.contains(QStringLiteral("/proc/")), qPrintable(error));
    }

    // Apparent sizes that do not fit in 64 bits (two sparse files of 2^63 - 1 bytes each, as
    // tmpfs allows) are held at the largest value, not wrapped to a small one (attack N21l).
    void apparentSizesSaturate()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a tmpfs needs root");
        QTemporaryDir mountPoint;
        const QByteArray point = QFile::encodeName(mountPoint.path());
        if (::mount("none", point.constData(), "tmpfs", 0, "size=1m") != 0)
            QSKIP("cannot mount a tmpfs here (no CAP_SYS_ADMIN in this namespace)");
        const auto unmount = qScopeGuard([&] { ::umount2(point.constData(), MNT_DETACH); });
        const QString cache = mountPoint.filePath(QStringLiteral("hf/datasets/org___set/default/0.0.0/abc"));
        QVERIFY(QDir().mkpath(cache));
        for (const char *name : {"a.arrow", "b.arrow"}) {
            QFile file(cache + u'/' + QLatin1String(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(::ftruncate(file.handle(), std::numeric_limits<qint64>::max()) == 0);
        }
        QProcessEnvironment env;
        env.insert(QStringLiteral("HF_HOME"), mountPoint.filePath(QStringLiteral("hf")));
        const HomeScan scan = HomeScanner::scan(HfHome::locate(env));
        const HomeEntry *dataset = find(scan, QStringLiteral("datasets"), QStringLiteral("org___set"));
        QVERIFY(dataset);
        QCOMPARE(dataset->apparentSize, std::numeric_limits<qint64>::max());
        QCOMPARE(scan.part(QStringLiteral("datasets"))->apparentSize, std::numeric_limits<qint64>::max());
    }

    // An entry whose path names another folder at the run than when listed (moved away, another
    // put in its place) is refused: what is there was never looked at (attack N17).
    void anEntryReplacedSinceTheListingIsRefused()
    {
        FixtureHome fixture;
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *dataset = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(dataset);
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {dataset->path});
        QVERIFY(QFile::rename(dataset->path, fixture.path(QStringLiteral("kept-aside"))));
        fixture.write(QStringLiteral("datasets/%1/default/0.0.0/abc/dataset_info.json").arg(QLatin1String(FixtureHome::kDataset)), 10);
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY(report.removed.isEmpty());
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().contains(QStringLiteral("is no longer what was listed")), qPrintable(report.errors.first()));
        QVERIFY(QFileInfo::exists(dataset->path + QStringLiteral("/default/0.0.0/abc/dataset_info.json")));
    }

    // The datasets part swapped for a link while one of its entries is being removed: the
    // removal goes on in the folder it began in, "freed" is measured there too, and nothing is
    // touched in the link's target. Before, the run measured the target and reported 0 bytes
    // freed and thousands of files "not removed" (attack P4).
    void aPartSwappedWhileAnEntryGoesIsMeasuredWhereItWent()
    {
        QTemporaryDir outer;
        const QString homePath = outer.filePath(QStringLiteral("hf"));
        const QString victim = outer.filePath(QStringLiteral("victim"));
        const QString cache = QStringLiteral("/datasets/org___big/default/0.0.0/abc");
        // The target also holds a folder of the renamed-aside name, which the measure after the
        // removal would find by path.
        const QString renamed = QStringLiteral("/datasets/org___big.hubdeck-deleting/default/0.0.0/abc");
        for (const QString &folder : {homePath + cache, victim + cache, victim + renamed}) {
            QVERIFY(QDir().mkpath(folder));
            for (int i = 0; i < 700; ++i) {
                QFile file(folder + QStringLiteral("/f%1.arrow").arg(i));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(QByteArray(5000, 'x'));
            }
        }
        QProcessEnvironment env;
        env.insert(QStringLiteral("HF_HOME"), homePath);
        const HfHome home = HfHome::locate(env);
        const HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {homePath + QStringLiteral("/datasets/org___big")});
        QCOMPARE(plan.entries.size(), 1);
        const QString moved = outer.filePath(QStringLiteral("moved"));
        const QStringList victimBefore = tree(victim);
        const qint64 before = du(homePath + QStringLiteral("/datasets"));
        bool swapped = false;
        const HomeDeletion::Report report = HomeDeletion::run(home, plan, {}, [&](int done, qint64 freed) {
            if (done == 0 && freed > 0 && !swapped) {
                swapped = true;
                QVERIFY(QFile::rename(homePath + QStringLiteral("/datasets"), moved));
                QVERIFY(QFile::link(victim + QStringLiteral("/datasets"), homePath + QStringLiteral("/datasets")));
            }
        });
        QVERIFY(swapped);
        QCOMPARE(tree(victim), victimBefore);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.freedBytes, before - du(moved));
        QVERIFY(!QFileInfo::exists(moved + QStringLiteral("/org___big.hubdeck-deleting")));
    }

    // A link's times say when it was read (readlink records an access, and `cache ls` reads every
    // snapshot link), not when its file was used: an entry's times come from its files only.
    // Before, a hub repo showed "accessed a few seconds ago" after a `cache ls` (attack P1).
    void linksDoNotDateAnEntry()
    {
        FixtureHome fixture;
        const QString blob = fixture.path(QStringLiteral("hub/models--org--model/blobs/4567abcd"));
        const QString link = fixture.path(QStringLiteral("hub/models--org--model/snapshots/abc/config.json"));
        QVERIFY(QDir().mkpath(QFileInfo(link).path()));
        QVERIFY(QFile::link(QStringLiteral("../../blobs/4567abcd"), link));
        const double old = double(QDateTime::currentSecsSinceEpoch() - 40 * 24 * 3600);
        FixtureCache::setTimes(blob, old, old);
        const timespec now[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(link).constData(), now, AT_SYMLINK_NOFOLLOW), 0);
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const HomeEntry *repo = find(scan, QStringLiteral("hub"), QStringLiteral("models--org--model"));
        QVERIFY(repo);
        QVERIFY2(repo->lastAccessed < old + 60 && repo->lastModified < old + 60,
                 qPrintable(QStringLiteral("%1 %2").arg(repo->lastAccessed).arg(repo->lastModified)));
    }

    // An entry that holds no file has no time to show: kNoTime, which every view shows as none.
    void emptyEntryHasNoTimes()
    {
        FixtureHome fixture;
        QVERIFY(QDir().mkpath(fixture.path(QStringLiteral("datasets/org___empty/default"))));
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const HomeEntry *entry = find(scan, QStringLiteral("datasets"), QStringLiteral("org___empty"));
        QVERIFY(entry);
        QCOMPARE(entry->files, 0);
        QCOMPARE(entry->lastAccessed, HomeEntry::kNoTime);
        QCOMPARE(entry->lastModified, HomeEntry::kNoTime);
    }

    // A folder a deletion kept under "<name>.hubdeck-kept" is listed as kept from a deletion,
    // though what it holds has a dataset's layout: no library reads that name (GUI attack B11:
    // listed as a "dataset cache").
    void aKeptFolderWithADatasetsLayoutIsListedAsKept()
    {
        FixtureHome fixture;
        const QString kept = QStringLiteral("datasets/org___big") + HomeScanner::keptSuffix();
        fixture.write(kept + QStringLiteral("/default/0.0.0/abc123/oldfile.arrow"), qint64(8192));
        fixture.write(kept + QStringLiteral("-2/default/0.0.0/abc123/dataset_info.json"), QByteArray("{}"));
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        for (const QString &name : {kept, kept + QStringLiteral("-2")}) {
            const HomeEntry *entry = scan.entry(fixture.path(name));
            QVERIFY2(entry, qPrintable(name));
            QCOMPARE(entry->kind, HomeEntry::Kind::KeptArrivals);
            QVERIFY(entry->deletable());
        }
    }

    // A hub repo's times are its blobs', as the Cache page gives them: a ref written by a
    // lookup just now does not make a repo unused for months "recent" (GUI attack B4).
    void aHubRepoTakesItsBlobsTimes()
    {
        FixtureHome fixture;
        const QString repo = fixture.path(QStringLiteral("hub/models--org--model"));
        const struct timespec old[2] = {{1700000000, 0}, {1690000000, 0}};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(repo + QStringLiteral("/blobs/4567abcd")).constData(), old, 0), 0);
        fixture.write(QStringLiteral("hub/models--org--model/refs/main"), QByteArray("4567abcd"));
        fixture.write(QStringLiteral("hub/models--org--model/.no_exist/4567abcd/adapter_config.json"), QByteArray());
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const HomeEntry *entry = scan.entry(repo);
        QVERIFY(entry);
        QCOMPARE(entry->kind, HomeEntry::Kind::HubRepo);
        QCOMPARE(entry->lastAccessed, 1700000000.0);
        QCOMPARE(entry->lastModified, 1690000000.0);
    }

    // 1970-01-01 (what `touch -d @0` or an archive without times leaves) and times before it
    // are times, not "no file" (attack N18: both were shown as "—" and written as null).
    void timesAtAndBeforeTheEpochAreKept()
    {
        FixtureHome fixture;
        const QString epoch = QStringLiteral("datasets/org___epoch/default/0.0.0/abc/data.arrow");
        const QString older = QStringLiteral("datasets/org___older/default/0.0.0/abc/data.arrow");
        fixture.write(epoch, 4096);
        fixture.write(older, 4096);
        const struct timespec atEpoch[2] = {{0, 0}, {0, 0}};
        const struct timespec in1965[2] = {{-157766400, 0}, {-157766400, 500000000}};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(fixture.path(epoch)).constData(), atEpoch, 0), 0);
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(fixture.path(older)).constData(), in1965, 0), 0);
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const HomeEntry *atZero = find(scan, QStringLiteral("datasets"), QStringLiteral("org___epoch"));
        const HomeEntry *before = find(scan, QStringLiteral("datasets"), QStringLiteral("org___older"));
        QVERIFY(atZero && before);
        QCOMPARE(atZero->lastAccessed, 0.0);
        QCOMPARE(atZero->lastModified, 0.0);
        QCOMPARE(before->lastAccessed, -157766400.0);
        QCOMPARE(before->lastModified, -157766399.5);
    }

    // Naming a legacy download by its URL reads its .json: that look must not make it recent,
    // with O_NOATIME and where the kernel refuses it (the access time put back).
    // Listing a home, planning and checking a deletion record no access on its folders
    // (attack P2: `home ls` set the atime of 31 folders, a dry run of 169 more).
    void listingLeavesFolderAccessTimes()
    {
        FixtureHome fixture;
        const QHash<QString, timespec> before = AtimeProbe::agedFolders(fixture.root());
        if (before.isEmpty())
            QSKIP("This file system records no access for a folder listed (noatime)");
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        QStringList parts;
        for (const HomeScan::Part &part : scan.parts)
            if (part.kind != u"hub" && part.kind != u"other" && part.exists)
                parts.append(part.path);
        HomeDeletion::Plan plan = HomeDeletion::plan(scan, parts);
        QVERIFY(!plan.entries.isEmpty());
        (void)HomeDeletion::withoutObstacles(plan);
        const QStringList touched = AtimeProbe::touchedFolders(before);
        QVERIFY2(touched.isEmpty(), qPrintable(touched.join(u'\n')));
    }

    void legacyJsonReadKeepsItsAccessTime_data()
    {
        QTest::addColumn<bool>("noAtime");
        QTest::newRow("O_NOATIME") << true;
        QTest::newRow("restored") << false;
    }
    void legacyJsonReadKeepsItsAccessTime()
    {
        QFETCH(bool, noAtime);
        FixtureHome fixture;
        HUBDECK_REQUIRE_ATIME_UPDATES(fixture.root());
        const QString json = fixture.path(QStringLiteral(
            "transformers/3c61d016573b14f7f008c02c4e51a366c67ab274726fe2910691e2a761acf43e.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.json"));
        const double old = double(QDateTime::currentSecsSinceEpoch() - 3 * 24 * 3600) + 0.25;
        FixtureCache::setTimes(json, old, old);
        const timespec before = AtimeProbe::atime(json);
        QuietFile::setNoAtimeAllowedForTesting(noAtime);
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        QuietFile::setNoAtimeAllowedForTesting(true);
        QVERIFY(find(scan, QStringLiteral("legacy"), QStringLiteral("https://huggingface.co/bert-base-uncased/resolve/main/config.json")));
        HUBDECK_COMPARE_ATIME(before, json);
    }

    // Another user's .json (a shared cache, looked at without CAP_FOWNER): neither O_NOATIME nor
    // putting the time back is allowed, so it is not read, and the download is named by its
    // file's name. Before, the look made it "accessed a few seconds ago" for everyone (N25).
    void anotherUsersLegacyJsonIsNotRead()
    {
        if (::geteuid() != 0)
            QSKIP("giving a file to another user needs root");
        FixtureHome fixture;
        HUBDECK_REQUIRE_ATIME_UPDATES(fixture.root());
        const QString stem =
            QStringLiteral("3c61d016573b14f7f008c02c4e51a366c67ab274726fe2910691e2a761acf43e.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
        const QString json = fixture.path(QStringLiteral("transformers/") + stem + QStringLiteral(".json"));
        QCOMPARE(::chown(QFile::encodeName(json).constData(), 65534, 65534), 0);
        const double old = double(QDateTime::currentSecsSinceEpoch() - 3 * 24 * 3600) + 0.25;
        FixtureCache::setTimes(json, old, old);
        const timespec before = AtimeProbe::atime(json);
        HomeScan scan;
        {
            const WithoutDacOverride asAUser(true);
            if (!asAUser.ok())
                QSKIP("root's capabilities could not be dropped");
            scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        }
        QVERIFY(find(scan, QStringLiteral("legacy"), stem));
        HUBDECK_COMPARE_ATIME(before, json);
    }

    // Runs the plan: it succeeds, and what it promised is what du sees gone, as its report says.
    static void runAndCompareWithDu(const HfHome &home, const HomeDeletion::Plan &plan, const QString &root)
    {
        const qint64 before = du(root);
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        const qint64 freed = before - du(root);
        QCOMPARE(plan.sizeOnDisk(), freed);
        QCOMPARE(report.freedBytes, freed);
    }

    // Every path below a folder with its mode and size: what "nothing was touched" compares.
    static QStringList tree(const QString &root)
    {
        QProcess p;
        p.start(QStringLiteral("find"), {root, QStringLiteral("-printf"), QStringLiteral("%P %m %s\n")});
        if (!p.waitForFinished(30000))
            return {};
        QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        lines.sort();
        return lines;
    }

    // A folder of an entry that cannot be read (chmod 000), or whose entries cannot be removed
    // (chmod 555): the entry is refused whole before anything of it is renamed or removed.
    // Without the check, the entry was renamed and partly emptied before the error.
    void unreadableFolderRefusesTheWholeEntry_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("said");
        QTest::newRow("unreadable") << 0000 << QStringLiteral("as not all of it can be read (%1).");
        QTest::newRow("read-only") << 0555 << QStringLiteral("as not all of it can be removed (%1: ");
    }
    void unreadableFolderRefusesTheWholeEntry()
    {
        QFETCH(int, mode);
        QFETCH(QString, said);
        FixtureHome fixture;
        writeThreeConfigs(fixture);
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *dataset = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(dataset);
        QVERIFY(dataset->deletable());
        const QString blocked = fixture.path(QStringLiteral("datasets/org___set/mconfig/0.0.0"));
        const QStringList before = tree(fixture.root());
        QCOMPARE(::chmod(QFile::encodeName(blocked).constData(), mode_t(mode)), 0);
        HomeDeletion::Report report;
        {
            const WithoutDacOverride asAUser;
            if (!asAUser.ok())
                QSKIP("running as root, and root's CAP_DAC_OVERRIDE could not be dropped: a chmod 000 folder stays readable");
            report = HomeDeletion::run(home, HomeDeletion::plan(scan, {dataset->path}));
        }
        QCOMPARE(::chmod(QFile::encodeName(blocked).constData(), 0755), 0);
        QVERIFY(report.removed.isEmpty());
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().startsWith(QStringLiteral("Not deleted: %1, ").arg(dataset->path)),
                 qPrintable(report.errors.first()));
        QVERIFY2(report.errors.first().contains(said.arg(blocked)), qPrintable(report.errors.first()));
        QCOMPARE(report.freedBytes, 0);
        QCOMPARE(tree(fixture.root()), before); // nothing renamed, nothing removed
    }

    // A folder whose entries cannot be removed (chmod 555) makes its entry one the deletion
    // would refuse: the listing says so with the folder, rather than offering it (before, `home
    // ls` showed it deletable and only the plan refused it). Its size is still measured whole.
    void readOnlyFolderIsListedAndKept()
    {
        FixtureHome fixture;
        writeThreeConfigs(fixture);
        const HfHome home = HfHome::locate(fixture.environment());
        const QString blocked = fixture.path(QStringLiteral("datasets/org___set/mconfig/0.0.0"));
        const HomeScan writable = HomeScanner::scan(home);
        QCOMPARE(::chmod(QFile::encodeName(blocked).constData(), 0555), 0);
        const auto restore = qScopeGuard([&] { ::chmod(QFile::encodeName(blocked).constData(), 0755); });
        HomeScan scan;
        {
            const WithoutDacOverride asAUser;
            if (!asAUser.ok())
                QSKIP("running as root, and root's CAP_DAC_OVERRIDE could not be dropped: a chmod 555 folder stays writable");
            scan = HomeScanner::scan(home);
        }
        const HomeEntry *dataset = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(dataset);
        QVERIFY(!dataset->deletable());
        QVERIFY2(dataset->keep.startsWith(QStringLiteral("Not all of it can be removed (%1: ").arg(blocked)), qPrintable(dataset->keep));
        QCOMPARE(dataset->sizeOnDisk, find(writable, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset))->sizeOnDisk);
        // The other entries stay deletable: the check is per entry.
        const HomeEntry *chunks = find(scan, QStringLiteral("xet"), QLatin1String(FixtureHome::kEndpoint) + QStringLiteral("/chunk-cache"));
        QVERIFY(chunks && chunks->deletable());
    }

    // A sticky folder (mode 1777) that is another user's, holding that user's file: neither the
    // caller's to remove. The listing says so and the deletion refuses the entry before its first
    // change; before, the entry was renamed and half emptied, then stopped (attack N1).
    void anotherUsersFileInAStickyFolderKeepsTheEntry()
    {
        if (::geteuid() != 0)
            QSKIP("giving a file to another user needs root");
        FixtureHome fixture;
        writeThreeConfigs(fixture);
        const QString sticky = fixture.path(QStringLiteral("datasets/org___set/mconfig/0.0.0/st"));
        fixture.write(QStringLiteral("datasets/org___set/mconfig/0.0.0/st/theirs"), QByteArrayLiteral("r"));
        QCOMPARE(::chmod(QFile::encodeName(sticky).constData(), 01777), 0);
        QCOMPARE(::chown(QFile::encodeName(sticky).constData(), 65534, 65534), 0);
        QCOMPARE(::chown(QFile::encodeName(sticky + QStringLiteral("/theirs")).constData(), 65534, 65534), 0);
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan asRoot = HomeScanner::scan(home);
        const HomeEntry *dataset = find(asRoot, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(dataset && dataset->deletable()); // CAP_FOWNER may
        const QStringList before = tree(fixture.root());
        HomeScan scan;
        HomeDeletion::Report report;
        {
            const WithoutDacOverride asAUser(true);
            if (!asAUser.ok())
                QSKIP("root's capabilities could not be dropped");
            scan = HomeScanner::scan(home);
            HomeDeletion::Plan stale = HomeDeletion::plan(asRoot, {dataset->path});
            QCOMPARE(stale.entries.size(), 1);
            report = HomeDeletion::run(home, stale);
        }
        const HomeEntry *listed = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(listed && !listed->deletable());
        QVERIFY2(listed->keep.contains(QStringLiteral("%1/theirs: another user's, in a sticky folder").arg(sticky)),
                 qPrintable(listed->keep));
        QVERIFY(report.removed.isEmpty());
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().contains(QStringLiteral("another user's, in a sticky folder")), qPrintable(report.errors.first()));
        QCOMPARE(tree(fixture.root()), before); // nothing renamed, nothing removed
    }

    // A folder the deletion would leave empty but may not remove (another user's library in a
    // shared sticky assets/) is not counted: the plan is what the run frees (attack W11: plan
    // 41.0K, freed 36.9K).
    void anotherUsersFolderLeftEmptyIsNotCounted()
    {
        if (::geteuid() != 0)
            QSKIP("giving a folder to another user needs root");
        FixtureHome fixture;
        fixture.write(QStringLiteral("assets/libA/ns/sub/f.bin"), qint64(5000));
        const QString assets = fixture.path(QStringLiteral("assets"));
        const QString library = fixture.path(QStringLiteral("assets/libA"));
        QCOMPARE(::chmod(QFile::encodeName(assets).constData(), 01777), 0);
        QCOMPARE(::chown(QFile::encodeName(assets).constData(), 65533, 65533), 0);
        QCOMPARE(::chmod(QFile::encodeName(library).constData(), 0777), 0);
        QCOMPARE(::chown(QFile::encodeName(library).constData(), 65534, 65534), 0);
        const HfHome home = HfHome::locate(fixture.environment());
        const QString sub = fixture.path(QStringLiteral("assets/libA/ns/sub"));
        HomeDeletion::Plan plan;
        HomeDeletion::Report report;
        qint64 before = 0;
        {
            const WithoutDacOverride asAUser(true);
            if (!asAUser.ok())
                QSKIP("root's capabilities could not be dropped");
            plan = HomeDeletion::plan(HomeScanner::scan(home), {sub});
            QVERIFY(HomeDeletion::withoutObstacles(plan).isEmpty());
            before = du(fixture.root());
            report = HomeDeletion::run(home, plan);
        }
        QCOMPARE(plan.emptiedFolders, QStringList{fixture.path(QStringLiteral("assets/libA/ns"))}); // not libA
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(QFileInfo::exists(library));
        QCOMPARE(report.freedBytes, plan.sizeOnDisk());
        QCOMPARE(report.freedBytes, before - du(fixture.root()));
    }

    // A shared part folder (datasets/ of mode 1777) holding another user's entry: only its owner
    // may rename it aside, so the listing and the plan say so, and a plan made before is refused
    // before any change (attack Q23: planned, then "Cannot rename …: Operation not permitted").
    void anotherUsersEntryInAStickyPartIsNotOffered()
    {
        if (::geteuid() != 0)
            QSKIP("giving a folder to another user needs root");
        FixtureHome fixture;
        const QString part = fixture.path(QStringLiteral("datasets"));
        const QString theirs = fixture.path(QStringLiteral("datasets/") + QString::fromLatin1(FixtureHome::kDataset));
        QCOMPARE(::chmod(QFile::encodeName(part).constData(), 01777), 0);
        QCOMPARE(::chown(QFile::encodeName(part).constData(), 65533, 65533), 0);
        // Open to all inside, as in the report: only the sticky rule stands in the way.
        QDirIterator inside(theirs, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (inside.hasNext())
            QCOMPARE(::chmod(QFile::encodeName(inside.next()).constData(), 0777), 0);
        QCOMPARE(::chmod(QFile::encodeName(theirs).constData(), 0777), 0);
        QCOMPARE(::chown(QFile::encodeName(theirs).constData(), 65534, 65534), 0);
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan asRoot = HomeScanner::scan(home);
        QVERIFY(asRoot.entry(theirs) && asRoot.entry(theirs)->deletable()); // CAP_FOWNER may
        const QStringList before = tree(fixture.root());
        HomeScan scan;
        HomeDeletion::Plan plan;
        QList<HomeDeletion::Refusal> refused;
        HomeDeletion::Report report;
        {
            const WithoutDacOverride asAUser(true);
            if (!asAUser.ok())
                QSKIP("root's capabilities could not be dropped");
            scan = HomeScanner::scan(home);
            plan = HomeDeletion::plan(asRoot, {theirs});
            refused = HomeDeletion::withoutObstacles(plan);
            report = HomeDeletion::run(home, HomeDeletion::plan(asRoot, {theirs}));
        }
        const QString owner = PosixFs::userName(65534);
        const HomeEntry *listed = scan.entry(theirs);
        QVERIFY(listed && !listed->deletable());
        QCOMPARE(listed->keep, QStringLiteral("It is another user's (%1) in a sticky folder (%2), where only its owner can rename or "
                                              "remove it: HubDeck does not delete it.")
                                   .arg(owner, part));
        QVERIFY(plan.entries.isEmpty());
        QCOMPARE(refused.size(), 1);
        const QString reason =
            QStringLiteral("Not deleted: %1, as it is another user's (%2) in a sticky folder (%3), where only its owner can rename or "
                           "remove it.")
                .arg(theirs, owner, part);
        QCOMPARE(refused.first().reason, reason);
        QCOMPARE(report.errors, QStringList{reason});
        QCOMPARE(tree(fixture.root()), before); // nothing renamed, nothing removed
    }

    // The folder that holds an entry must change for it to go (the rename aside, the marker, the
    // name's removal): read-only there, the plan refuses the entry instead of promising it and
    // the run failing (attack N3).
    void anUnchangeableFolderAroundAnEntryIsAnObstacle()
    {
        FixtureHome fixture;
        const QString datasets = fixture.path(QStringLiteral("datasets"));
        QCOMPARE(::chmod(QFile::encodeName(datasets).constData(), 0555), 0);
        const auto restore = qScopeGuard([&] { ::chmod(QFile::encodeName(datasets).constData(), 0755); });
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const HomeEntry *dataset = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(dataset);
        QString reason;
        {
            const WithoutDacOverride asAUser;
            if (!asAUser.ok())
                QSKIP("running as root, and root's CAP_DAC_OVERRIDE could not be dropped");
            reason = HomeDeletion::obstacle(*dataset);
        }
        QVERIFY2(reason.contains(QStringLiteral("as the folder that holds it cannot be changed (%1: ").arg(datasets)), qPrintable(reason));
    }

    // A folder that cannot be read is said, in the entry and in the part: an entry with one
    // inside is listed with what could be measured and is not deletable; a part whose folder
    // cannot be listed says so rather than looking empty. Before, the entry was offered with a
    // size that left the unreadable folder out, and the part showed no entries.
    void unreadableFoldersAreListedAndKept()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("datasets/org___set/mconfig/0.0.0/x/m.arrow"), 5000);
        const HfHome home = HfHome::locate(fixture.environment());
        const QString blocked = fixture.path(QStringLiteral("datasets/org___set/mconfig/0.0.0"));
        const QString xet = fixture.path(QStringLiteral("xet"));
        QCOMPARE(::chmod(QFile::encodeName(blocked).constData(), 0), 0);
        QCOMPARE(::chmod(QFile::encodeName(xet).constData(), 0), 0);
        const auto restore = qScopeGuard([&] {
            ::chmod(QFile::encodeName(blocked).constData(), 0755);
            ::chmod(QFile::encodeName(xet).constData(), 0755);
        });
        HomeScan scan;
        {
            const WithoutDacOverride asAUser;
            if (!asAUser.ok())
                QSKIP("running as root, and root's CAP_DAC_OVERRIDE could not be dropped: a chmod 000 folder stays readable");
            scan = HomeScanner::scan(home);
        }
        const HomeEntry *dataset = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(dataset);
        QVERIFY(!dataset->deletable());
        QVERIFY2(dataset->keep.contains(QStringLiteral("Not all of it can be read (%1: ").arg(blocked)), qPrintable(dataset->keep));
        QVERIFY(HomeDeletion::plan(scan, {dataset->path}).entries.isEmpty());
        const HomeScan::Part *part = scan.part(QStringLiteral("xet"));
        QVERIFY(part && part->exists);
        QVERIFY2(part->unreadable.startsWith(xet + QStringLiteral(": ")), qPrintable(part->unreadable));
        QVERIFY(part->entries.isEmpty());
        QVERIFY(!scan.holdsNothing());
        // `home rm xet` says why nothing goes (it said "it holds no entry").
        const HomeDeletion::Plan whole = HomeDeletion::plan(scan, {xet});
        QVERIFY(whole.entries.isEmpty());
        QVERIFY2(whole.refusalReasons().join(u' ').contains(QStringLiteral("it cannot be read")),
                 qPrintable(whole.refusalReasons().join(u' ')));
        QVERIFY(std::any_of(scan.errors.cbegin(), scan.errors.cend(), [&](const QString &e) { return e.contains(blocked); }));
        QVERIFY(std::any_of(scan.errors.cbegin(), scan.errors.cend(), [&](const QString &e) { return e.contains(xet); }));
        // Other entries stay as they were.
        const HomeEntry *downloads = find(scan, QStringLiteral("datasets"), QStringLiteral("downloads"));
        QVERIFY(downloads && downloads->deletable());
        // The part asked for whole: the others are planned, and the entry that cannot go is refused
        // with its reason (attack U4: it was left out without a word, or said to be what HubDeck
        // never deletes).
        const QString datasets = fixture.path(QStringLiteral("datasets"));
        const HomeDeletion::Plan wholePart = HomeDeletion::plan(scan, {datasets});
        QVERIFY(std::any_of(wholePart.entries.cbegin(), wholePart.entries.cend(),
                            [&](const HomeEntry &e) { return e.path == downloads->path; }));
        QVERIFY(std::none_of(wholePart.entries.cbegin(), wholePart.entries.cend(),
                             [&](const HomeEntry &e) { return e.path == dataset->path; }));
        QCOMPARE(wholePart.refusals.size(), 1);
        QCOMPARE(wholePart.refusals.first().path, dataset->path);
        QVERIFY2(wholePart.refusals.first().reason.contains(QStringLiteral("Not all of it can be read (%1: ").arg(blocked)),
                 qPrintable(wholePart.refusals.first().reason));
        QVERIFY(!wholePart.refusals.first().reason.contains(QStringLiteral("never deletes")));
    }

    // A folder that can be listed but not entered (mode 644: r without x) hides the sizes of
    // what it holds: the entry says so and is kept, as for an unreadable one. Before, the
    // listing counted it silently short (attack N2).
    void aFolderThatCannotBeEnteredIsSaid()
    {
        FixtureHome fixture;
        fixture.write(QStringLiteral("datasets/org___set/mconfig/0.0.0/x/m.arrow"), 5000);
        const QString blocked = fixture.path(QStringLiteral("datasets/org___set/mconfig/0.0.0/x"));
        QCOMPARE(::chmod(QFile::encodeName(blocked).constData(), 0644), 0);
        const auto restore = qScopeGuard([&] { ::chmod(QFile::encodeName(blocked).constData(), 0755); });
        HomeScan scan;
        {
            const WithoutDacOverride asAUser;
            if (!asAUser.ok())
                QSKIP("running as root, and root's CAP_DAC_OVERRIDE could not be dropped");
            scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        }
        const HomeEntry *dataset = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(dataset && !dataset->deletable());
        QVERIFY2(dataset->keep.contains(QStringLiteral("Not all of it can be read (%1: ").arg(blocked)), qPrintable(dataset->keep));
        QVERIFY(std::any_of(scan.errors.cbegin(), scan.errors.cend(), [&](const QString &e) { return e.contains(blocked); }));
    }

    // An immutable file (chattr +i) or a folder marked immutable or append-only cannot be
    // removed, even by root: the entry is refused before anything of it is touched (plan,
    // dry run and the run). Before, the removal stopped at it with part of the entry gone.
    void immutableFileRefusesTheWholeEntry_data()
    {
        QTest::addColumn<QString>("fixed");
        QTest::addColumn<int>("flag");
        QTest::newRow("immutable file") << QStringLiteral("datasets/org___set/mconfig/0.0.0/x/m.arrow") << int(FS_IMMUTABLE_FL);
        QTest::newRow("append-only folder") << QStringLiteral("datasets/org___set/mconfig/0.0.0") << int(FS_APPEND_FL);
        QTest::newRow("immutable legacy file")
            << QStringLiteral(
                   "transformers/3c61d016573b14f7f008c02c4e51a366c67ab274726fe2910691e2a761acf43e.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
            << int(FS_IMMUTABLE_FL);
    }
    void immutableFileRefusesTheWholeEntry()
    {
        QFETCH(QString, fixed);
        QFETCH(int, flag);
        FixtureHome fixture;
        writeThreeConfigs(fixture);
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const QString path = fixture.path(fixed);
        const HomeEntry *entry = scan.entry(fixed.startsWith(u"datasets") ? fixture.path(QStringLiteral("datasets/org___set")) : path);
        QVERIFY(entry && entry->deletable());
        const auto setFlags = [&](int add, int remove) {
            const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
            if (fd < 0)
                return false;
            int flags = 0;
            bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
            flags = (flags | add) & ~remove;
            ok = ok && ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
            ::close(fd);
            return ok;
        };
        if (!setFlags(flag, 0))
            QSKIP("cannot set the immutable/append-only attribute here (filesystem or CAP_LINUX_IMMUTABLE)");
        const auto restore = qScopeGuard([&] { setFlags(0, flag); });
        const QStringList before = tree(fixture.root());
        HomeDeletion::Plan plan = HomeDeletion::plan(scan, {entry->path});
        QCOMPARE(plan.entries.size(), 1);
        const QList<HomeDeletion::Refusal> refused = HomeDeletion::withoutObstacles(plan);
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().reason.contains(QStringLiteral("immutable or append-only")), qPrintable(refused.first().reason));
        QVERIFY2(refused.first().reason.contains(path), qPrintable(refused.first().reason));
        HomeDeletion::Plan stale = HomeDeletion::plan(scan, {entry->path});
        const HomeDeletion::Report report = HomeDeletion::run(home, stale);
        QVERIFY(report.removed.isEmpty());
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().contains(QStringLiteral("immutable or append-only")), qPrintable(report.errors.first()));
        QCOMPARE(report.freedBytes, 0);
        QCOMPARE(tree(fixture.root()), before);
    }

    // A stop asked for while a large entry is being checked ends the run there, with nothing
    // of it touched (before, the check did not listen and the removal began).
    void stopDuringTheCheckTouchesNothing()
    {
        FixtureHome fixture;
        for (int i = 0; i < 600; ++i)
            QVERIFY(QDir().mkpath(fixture.path(QStringLiteral("datasets/org___set/default/0.0.0/c0ffee/d%1").arg(i))));
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const QStringList before = tree(fixture.root());
        int asked = 0;
        const HomeDeletion::Report report = HomeDeletion::run(
            home, HomeDeletion::plan(scan, {fixture.path(QStringLiteral("datasets/org___set"))}), [&] { return ++asked > 1; });
        QVERIFY(report.canceled);
        QVERIFY(report.removed.isEmpty());
        QVERIFY(report.errors.isEmpty());
        QCOMPARE(tree(fixture.root()), before);
    }

    // A mount inside an entry (another filesystem, or a bind mount of this one, which keeps the
    // device number) is refused before anything is touched; what is mounted there stays.
    // Without the check, both mounts were emptied through and the entry left renamed.
    // The token hard-linked into an entry: kept, and said to be a hard link, not a bind mount
    // (attack A10: "under another name (a bind mount)" for `ln token xet/logs/…`).
    void aHardLinkOfTheTokenKeepsItsEntryAndIsNamedSo()
    {
        FixtureHome fixture;
        const QString copy = fixture.path(QStringLiteral("xet/logs/xet_token_copy.log"));
        QCOMPARE(::link(QFile::encodeName(fixture.path(QStringLiteral("token"))).constData(), QFile::encodeName(copy).constData()), 0);
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()));
        const HomeEntry *logs = scan.entry(fixture.path(QStringLiteral("xet/logs")));
        QVERIFY(logs);
        QVERIFY(!logs->deletable());
        QVERIFY2(logs->keep.contains(QStringLiteral("under another name (a hard link)")), qPrintable(logs->keep));
        QVERIFY(QFileInfo::exists(copy));
    }

    // The token file or another part's folder given a second name by a bind mount: an entry
    // holding the other name is kept, found by device and inode, and a run refuses it (attack
    // Q26: the token's only real name was deleted; Q16: `home rm xet` emptied the datasets part).
    void whatABindMountNamesTwiceKeepsItsEntry()
    {
        if (::geteuid() != 0)
            QSKIP("a bind mount needs root");
        FixtureHome fixture;
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        // The token, bind-mounted from a file inside a dataset cache.
        const QString inside = fixture.path(QStringLiteral("datasets/org___set/default/0.0.0/c0ffee/tok"));
        fixture.write(QStringLiteral("datasets/org___set/default/0.0.0/c0ffee/tok"), QByteArrayLiteral("hf_secret"));
        const QString tokenPath = elsewhere.filePath(QStringLiteral("token"));
        QFile placeholder(tokenPath);
        QVERIFY(placeholder.open(QIODevice::WriteOnly));
        placeholder.close();
        // datasets part: a folder inside the xet chunk cache, bind-mounted where HF_DATASETS_CACHE points.
        const QString chunks = fixture.path(QStringLiteral("xet/%1/chunk-cache").arg(QLatin1String(FixtureHome::kEndpoint)));
        fixture.write(
            QStringLiteral("xet/%1/chunk-cache/ds/o___x/default/0.0.0/abc/dataset_info.json").arg(QLatin1String(FixtureHome::kEndpoint)),
            QByteArray("{}"));
        const QString datasets = elsewhere.filePath(QStringLiteral("bm"));
        QVERIFY(QDir().mkpath(datasets));
        QList<QByteArray> mounted;
        const auto unmount = qScopeGuard([&] {
            for (auto it = mounted.crbegin(); it != mounted.crend(); ++it)
                ::umount2(it->constData(), MNT_DETACH);
        });
        for (const auto &[from, to] : {std::pair{inside, tokenPath}, std::pair{chunks + QStringLiteral("/ds"), datasets}}) {
            if (::mount(QFile::encodeName(from).constData(), QFile::encodeName(to).constData(), nullptr, MS_BIND, nullptr) != 0)
                QSKIP("cannot bind-mount here (no CAP_SYS_ADMIN in this namespace)");
            mounted.append(QFile::encodeName(to));
        }
        QProcessEnvironment withToken = fixture.environment();
        withToken.insert(QStringLiteral("HF_TOKEN_PATH"), tokenPath);
        const HfHome home = HfHome::locate(withToken);
        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *dataset = scan.entry(fixture.path(QStringLiteral("datasets/org___set")));
        QVERIFY(dataset);
        QVERIFY(!dataset->deletable());
        QVERIFY2(dataset->keep.contains(QStringLiteral("your access token %1").arg(tokenPath)), qPrintable(dataset->keep));
        QProcessEnvironment withDatasets = fixture.environment();
        withDatasets.insert(QStringLiteral("HF_DATASETS_CACHE"), datasets);
        const HomeScan moved = HomeScanner::scan(HfHome::locate(withDatasets));
        const HomeEntry *chunkCache = moved.entry(chunks);
        QVERIFY(chunkCache);
        QVERIFY(!chunkCache->deletable());
        QVERIFY2(chunkCache->keep.contains(QStringLiteral("the datasets part's folder")), qPrintable(chunkCache->keep));

        // A plan made before the mount (the listing said nothing then) is refused by the run.
        QVERIFY(::umount2(mounted.first().constData(), MNT_DETACH) == 0);
        const HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {fixture.path(QStringLiteral("datasets/org___set"))});
        QCOMPARE(plan.entries.size(), 1);
        QCOMPARE(::mount(QFile::encodeName(inside).constData(), QFile::encodeName(tokenPath).constData(), nullptr, MS_BIND, nullptr), 0);
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().contains(QStringLiteral("under another name (a bind mount)")), qPrintable(report.errors.first()));
        QVERIFY(QFileInfo::exists(inside));
    }

    void mountInsideAnEntryIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a tmpfs needs root");
        FixtureHome fixture;
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        QFile precious(elsewhere.filePath(QStringLiteral("precious")));
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.write("keep me");
        precious.close();
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home); // before the mounts
        const QString tmpfs = fixture.path(QStringLiteral("datasets/org___set/default/mnt"));
        const QString bind = fixture.path(
            QStringLiteral("xet/%1/staging/b d\\x").arg(QLatin1String(FixtureHome::kEndpoint))); // escaped in mountinfo: \040, \134
        QVERIFY(QDir().mkpath(tmpfs));
        QVERIFY(QDir().mkpath(bind));
        // Every mount below the fixture goes at the end, wherever a failing deletion moved it.
        struct Mounted
        {
            QByteArray root;
            QList<QByteArray> points;
            ~Mounted()
            {
                QList<QByteArray> below = MountPoints::current().paths();
                std::reverse(below.begin(), below.end()); // the last mounted first
                for (const QByteArray &point : std::as_const(below))
                    if (point.startsWith(root + '/'))
                        ::umount2(point.constData(), MNT_DETACH);
            }
        } mounted{QFile::encodeName(fixture.root()), {}};
        if (::mount("none", QFile::encodeName(tmpfs).constData(), "tmpfs", 0, nullptr) != 0)
            QSKIP("cannot mount a tmpfs here (no CAP_SYS_ADMIN in this namespace)");
        mounted.points.append(QFile::encodeName(tmpfs));
        // A legacy download's file with a file bind-mounted on it: its unlink would fail (EBUSY)
        // after its .json and .lock went.
        const QString legacy = fixture.path(QStringLiteral(
            "transformers/3c61d016573b14f7f008c02c4e51a366c67ab274726fe2910691e2a761acf43e.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));
        QVERIFY(::mount(QFile::encodeName(elsewhere.filePath(QStringLiteral("precious"))).constData(),
                        QFile::encodeName(legacy).constData(), nullptr, MS_BIND, nullptr) == 0);
        mounted.points.prepend(QFile::encodeName(legacy));
        QVERIFY(::mount(QFile::encodeName(elsewhere.path()).constData(), QFile::encodeName(bind).constData(), nullptr, MS_BIND, nullptr) ==
                0);
        mounted.points.prepend(QFile::encodeName(bind));
        QFile onTmpfs(tmpfs + QStringLiteral("/file"));
        QVERIFY(onTmpfs.open(QIODevice::WriteOnly));
        onTmpfs.write("keep me too");
        onTmpfs.close();

        const HomeEntry *dataset = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        const HomeEntry *logs = find(scan, QStringLiteral("xet"), QLatin1String(FixtureHome::kEndpoint) + QStringLiteral("/staging"));
        QVERIFY(dataset && logs);
        // A scan now lists each with the reason, so `home ls` and the Overview do not offer them.
        const HomeScan after = HomeScanner::scan(home);
        for (const QString &path : {dataset->path, logs->path, legacy}) {
            const HomeEntry *listed = nullptr;
            for (const HomeScan::Part &part : after.parts)
                for (const HomeEntry &entry : part.entries)
                    if (entry.path == path || entry.members.contains(path))
                        listed = &entry;
            QVERIFY2(listed && !listed->deletable() && listed->keep.contains(QStringLiteral("holds another mounted filesystem")),
                     qPrintable(path));
        }
        // The run, from the plan of a scan made before the mounts, finds them itself.
        const HomeDeletion::Report report = HomeDeletion::run(home, HomeDeletion::plan(scan, {dataset->path, logs->path, legacy}));
        QVERIFY(report.removed.isEmpty());
        QCOMPARE(report.errors,
                 (QStringList{QStringLiteral("Not deleted: %1 holds another mounted filesystem (%2); HubDeck does not delete across it.")
                                  .arg(dataset->path, tmpfs),
                              QStringLiteral("Not deleted: %1 holds another mounted filesystem (%2); HubDeck does not delete across it.")
                                  .arg(logs->path, bind),
                              QStringLiteral("Not deleted: %1 holds another mounted filesystem (%2); HubDeck does not delete across it.")
                                  .arg(legacy, legacy)}));
        QVERIFY(QFileInfo::exists(legacy + QStringLiteral(".json")));
        QVERIFY(!QFileInfo::exists(HomeScanner::removingMarker(legacy)));
        QVERIFY(QFileInfo::exists(tmpfs + QStringLiteral("/file")));
        QVERIFY(QFileInfo::exists(elsewhere.filePath(QStringLiteral("precious"))));
        QVERIFY(QFileInfo::exists(fixture.path(QStringLiteral("datasets/org___set/default/0.0.0/c0ffee/set-train.arrow"))));
        QVERIFY(QFileInfo::exists(fixture.path(QStringLiteral("xet/logs/xet_20261101.log"))));
        QVERIFY(!QFileInfo::exists(dataset->path + HomeScanner::deletingSuffix()));
    }

    // /proc/self/mountinfo's mount points, with the kernel's octal escapes undone; a mount
    // point counts at or below a path, never beside it ("/a/bc" is not below "/a/b").
    void mountInfoIsParsed()
    {
        const QByteArray text = "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
                                "36 22 0:40 / /home/u/hf/datasets/x/with\\040space rw - tmpfs none rw\n"
                                "37 22 8:1 /src /home/u/hf/back\\134slash\\011tab\\012nl rw - ext4 /dev/sda1 rw\n"
                                "38 22 0:41 / /home/u/hf/xet/logsbeside rw - tmpfs none rw\n"
                                "garbage\n\n";
        const MountPoints mounts = MountPoints::parse(text);
        QCOMPARE(mounts.paths(), (QList<QByteArray>{"/", "/home/u/hf/datasets/x/with space", "/home/u/hf/back\\slash\ttab\nnl",
                                                    "/home/u/hf/xet/logsbeside"}));
        QCOMPARE(mounts.atOrBelow("/home/u/hf/datasets/x"), QByteArray("/home/u/hf/datasets/x/with space"));
        QCOMPARE(mounts.atOrBelow("/home/u/hf/datasets/x/with space"), QByteArray("/home/u/hf/datasets/x/with space"));
        QCOMPARE(mounts.atOrBelow("/home/u/hf/back\\slash\ttab\nnl"), QByteArray("/home/u/hf/back\\slash\ttab\nnl"));
        QCOMPARE(mounts.atOrBelow("/home/u/hf/xet/logs"), QByteArray());
        QCOMPARE(mounts.atOrBelow("/home/u/hf/datasets/y"), QByteArray());
        QVERIFY(!MountPoints::current().paths().isEmpty());
    }

    // Paths however spelt reach the entry as listed: through a link to HF_HOME, with HF_HOME
    // itself a link, with ".." and a trailing '/'. A path that only looks inside (x/../y where
    // x leads elsewhere) is not y. Before, the first two were "not an entry `home ls` lists"
    // and the last planned y's deletion.
    void pathsHoweverSpeltReachTheListedEntry()
    {
        FixtureHome fixture;
        QTemporaryDir links;
        QVERIFY(links.isValid());
        const QString viaLink = links.filePath(QStringLiteral("hf-link"));
        QVERIFY(QFile::link(fixture.root(), viaLink));
        QVERIFY(QFile::link(links.path(), fixture.path(QStringLiteral("datasets/away"))));
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const QString dataset = fixture.path(QStringLiteral("datasets/org___set"));
        QVERIFY(scan.entry(dataset));
        QCOMPARE(HomeDeletion::asListed(scan, viaLink + QStringLiteral("/datasets/org___set")), dataset);
        QCOMPARE(HomeDeletion::asListed(scan, viaLink + QStringLiteral("/datasets/org___set/")), dataset);
        QCOMPARE(HomeDeletion::asListed(scan, viaLink + QStringLiteral("/xet/../datasets/org___set")), dataset);
        QCOMPARE(HomeDeletion::asListed(scan, viaLink + QStringLiteral("/datasets")), fixture.path(QStringLiteral("datasets")));
        QCOMPARE(HomeDeletion::asListed(scan, viaLink + QStringLiteral("/.")), fixture.root());
        QCOMPARE(HomeDeletion::asListed(scan, viaLink), viaLink);               // the link itself, not the home
        QCOMPARE(HomeDeletion::asListed(scan, viaLink + u'/'), fixture.root()); // as the kernel reads "link/"
        // A link of the user's to an entry, with a '/': the entry, as with "/." (N21 e).
        const QString toEntry = links.filePath(QStringLiteral("elink"));
        QVERIFY(QFile::link(dataset, toEntry));
        QCOMPARE(HomeDeletion::asListed(scan, toEntry + u'/'), dataset);
        QCOMPARE(HomeDeletion::asListed(scan, toEntry + QStringLiteral("/.")), dataset);
        // An entry that is itself a link, with the '/' a shell's completion adds: the entry.
        QVERIFY(scan.entry(fixture.path(QStringLiteral("datasets/away"))));
        QCOMPARE(HomeDeletion::asListed(scan, fixture.path(QStringLiteral("datasets/away/"))),
                 fixture.path(QStringLiteral("datasets/away")));
        QCOMPARE(
            HomeDeletion::asListed(
                scan,
                viaLink +
                    QStringLiteral(
                        "/transformers/"
                        "3c61d016573b14f7f008c02c4e51a366c67ab274726fe2910691e2a761acf43e.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.json")),
            fixture.path(QStringLiteral("transformers/"
                                        "3c61d016573b14f7f008c02c4e51a366c67ab274726fe2910691e2a761acf43e."
                                        "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.json"))); // a member
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {viaLink + QStringLiteral("/datasets/org___set")});
        QCOMPARE(plan.entries.size(), 1);
        QCOMPARE(plan.entries.first().path, dataset);
        // Looks like datasets/org___set, is <links>/org___set: nothing listed.
        const QString looksInside = fixture.path(QStringLiteral("datasets/away/../org___set"));
        QCOMPARE(HomeDeletion::asListed(scan, looksInside),
                 QDir::cleanPath(QFileInfo(links.path()).canonicalFilePath() + QStringLiteral("/../org___set")));
        const HomeDeletion::Plan outside = HomeDeletion::plan(scan, {looksInside});
        QVERIFY(outside.entries.isEmpty());
        QCOMPARE(outside.refusals.size(), 1);
        // The link to HF_HOME is not the home: a link named is the link, never where it leads.
        QCOMPARE(HomeDeletion::asListed(scan, fixture.path(QStringLiteral("datasets/away"))),
                 fixture.path(QStringLiteral("datasets/away")));

        // HF_HOME located through the link (--dir LINK): the real path finds the entry spelt
        // through the link, and the deletion removes it there.
        QProcessEnvironment env;
        env.insert(QStringLiteral("HF_HOME"), viaLink);
        const HfHome linked = HfHome::locate(env);
        const HomeScan linkedScan = HomeScanner::scan(linked);
        const QString spelt = viaLink + QStringLiteral("/datasets/org___set");
        QVERIFY(linkedScan.entry(spelt));
        QCOMPARE(HomeDeletion::asListed(linkedScan, dataset), spelt);
        const HomeDeletion::Report report = HomeDeletion::run(linked, HomeDeletion::plan(linkedScan, {dataset}));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.removed, QStringList{spelt});
        QVERIFY(!QFileInfo::exists(dataset));
        QVERIFY(QFileInfo(viaLink).isSymLink());
        QVERIFY(QFileInfo(fixture.path(QStringLiteral("datasets/away"))).isSymLink());
    }

    // A legacy download whose file is a link: the link goes, never the file it leads to.
    // Two downloads of one URL (two etags) are told apart by their etag hash, and each name
    // reaches its own download (attack N14: one name for both, `home rm` reached one).
    void legacyDownloadsOfOneUrlAreToldApart()
    {
        FixtureHome fixture;
        const QString a = QStringLiteral("3c61d016573b14f7f008c02c4e51a366c67ab274726fe2910691e2a761acf43e");
        const QString second = QStringLiteral("transformers/%1.cccccccccccc0000000000000000000000000000").arg(a);
        fixture.write(second, 20000);
        fixture.write(
            second + QStringLiteral(".json"),
            QByteArrayLiteral("{\"url\": \"https://huggingface.co/bert-base-uncased/resolve/main/config.json\", \"etag\": \"y\"}"));
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const QString url = QStringLiteral("https://huggingface.co/bert-base-uncased/resolve/main/config.json");
        const HomeEntry *one = find(scan, QStringLiteral("legacy"), url + QStringLiteral("#bbbbbbbbbbbb"));
        const HomeEntry *two = find(scan, QStringLiteral("legacy"), url + QStringLiteral("#cccccccccccc"));
        QVERIFY(one && two);
        QVERIFY(!find(scan, QStringLiteral("legacy"), url));
        const HomeTargets::Resolved targets =
            HomeTargets::resolve(scan, {QStringLiteral("legacy/") + url + QStringLiteral("#cccccccccccc")}, fixture.root());
        QCOMPARE(targets.paths, QStringList{two->path});
        const HomeDeletion::Report report = HomeDeletion::run(home, HomeDeletion::plan(scan, targets.paths));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(two->path));
        QVERIFY(QFileInfo::exists(one->path));
        // Alone again, the one left is named by its URL.
        const HomeScan after = HomeScanner::scan(home);
        QVERIFY(find(after, QStringLiteral("legacy"), url));

        // A .json whose URL is not the one the file is named by (sha256 of it) does not name
        // the download: not "token", not a path, not blank (attack A8).
        const QString bySha = QString(64, u'd') + u'.' + QString(40, u'e');
        for (const QByteArray &claimed :
             {QByteArrayLiteral("token"), QByteArrayLiteral("../../../../tmp/victim"), QByteArrayLiteral("   ")}) {
            fixture.write(QStringLiteral("transformers/") + bySha, 3000);
            fixture.write(QStringLiteral("transformers/") + bySha + QStringLiteral(".json"),
                          QByteArrayLiteral("{\"url\": \"") + claimed + QByteArrayLiteral("\", \"etag\": \"e\"}"));
            const HomeScan claimedScan = HomeScanner::scan(home);
            QVERIFY2(find(claimedScan, QStringLiteral("legacy"), bySha), claimed.constData());
            QVERIFY(!find(claimedScan, QStringLiteral("legacy"), QString::fromLatin1(claimed)));
        }
        // A download whose URL is literally another's "URL#<etag hash>": one name never lists
        // two downloads; the ones that met are named by their files (attack A8b).
        const QString literalUrl = url + QStringLiteral("#bbbbbbbbbbbb");
        const QString literalName = QString::fromLatin1(QCryptographicHash::hash(literalUrl.toUtf8(), QCryptographicHash::Sha256).toHex()) +
                                    u'.' + QString(40, u'9');
        fixture.write(QStringLiteral("transformers/") + second.mid(13), 20000); // the second download back
        fixture.write(QStringLiteral("transformers/") + second.mid(13) + QStringLiteral(".json"),
                      QStringLiteral("{\"url\": \"%1\", \"etag\": \"y\"}").arg(url).toUtf8());
        fixture.write(QStringLiteral("transformers/") + literalName, 1000);
        fixture.write(QStringLiteral("transformers/") + literalName + QStringLiteral(".json"),
                      QStringLiteral("{\"url\": \"%1\", \"etag\": \"z\"}").arg(literalUrl).toUtf8());
        const HomeScan met = HomeScanner::scan(home);
        QStringList names;
        for (const HomeEntry &entry : met.part(QStringLiteral("legacy"))->entries)
            names.append(entry.name);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
        QVERIFY(names.contains(literalName));
        QVERIFY(names.contains(url + QStringLiteral("#cccccccccccc")));
    }

    void legacyFileThatIsALinkGoesAsALink()
    {
        FixtureHome fixture;
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        const QString target = elsewhere.filePath(QStringLiteral("weights.bin"));
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(10000, 'w'));
        file.close();
        const QString legacy = fixture.path(QStringLiteral(
            "transformers/3c61d016573b14f7f008c02c4e51a366c67ab274726fe2910691e2a761acf43e.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));
        QVERIFY(QFile::remove(legacy));
        QVERIFY(QFile::link(target, legacy));
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const HomeEntry *entry = scan.entry(legacy);
        QVERIFY(entry);
        QVERIFY(entry->deletable());
        const HomeDeletion::Report report = HomeDeletion::run(home, HomeDeletion::plan(scan, {legacy}));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!QFileInfo(legacy).isSymLink());
        QVERIFY(!QFileInfo::exists(fixture.path(QStringLiteral(
            "transformers/"
            "3c61d016573b14f7f008c02c4e51a366c67ab274726fe2910691e2a761acf43e.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.json"))));
        QCOMPARE(QFileInfo(target).size(), 10000);
    }

    // The same for a lock on a file of an entry: the entry is in use, named by the child that
    // holds the lock now, not by the pid that took it and exited (attack W10: "locked by process
    // (pid 499)").
    void aFileLockLeftToAChildNamesTheChild()
    {
        FixtureHome fixture;
        const QString lock = fixture.path(QStringLiteral("datasets/org___set/default/0.0.0/job.lock"));
        fixture.write(QStringLiteral("datasets/org___set/default/0.0.0/job.lock"), QByteArray());
        const qint64 child = lockLeftToAChild(lock);
        QVERIFY(child > 0);
        const auto stop = qScopeGuard([&] { ::kill(pid_t(child), SIGKILL); });
        const InUseFiles inUse = InUseFiles::snapshot();
        const HomeScan scan = HomeScanner::scan(HfHome::locate(fixture.environment()), &inUse);
        const HomeEntry *dataset = find(scan, QStringLiteral("datasets"), QString::fromLatin1(FixtureHome::kDataset));
        QVERIFY(dataset);
        QCOMPARE(dataset->inUse, QStringLiteral("locked by sleep (pid %1)").arg(child));
    }

    // A lock whose taker exited, left to a child that inherited its descriptor (flock(1) killed
    // while its command runs), is held by that child: named as it, never as a HubDeck deletion
    // of a pid that is gone (attack U12).
    void aLockLeftToAChildNamesTheChild()
    {
        FixtureHome fixture;
        const HfHome home = HfHome::locate(fixture.environment());
        const QString datasets = fixture.root(); // the home's own folder: every deletion's lock
        const qint64 child = lockLeftToAChild(datasets);
        QVERIFY(child > 0);
        const auto stop = qScopeGuard([&] { ::kill(pid_t(child), SIGKILL); });
        const std::optional<qint64> holder = FolderLocks::heldBy({datasets});
        QVERIFY(holder);
        QCOMPARE(*holder, child);
        const HomeDeletion::Report refused =
            HomeDeletion::run(home, HomeDeletion::plan(HomeScanner::scan(home), {fixture.path(QStringLiteral("datasets/org___set"))}));
        QCOMPARE(refused.errors, QStringList{QStringLiteral("Nothing deleted: another process (sleep, pid %1) holds a lock on this home's "
                                                            "folders. Try again once it has released it.")
                                                 .arg(child)});
    }

    // Another program's flock on one part's own folder (a script serialising its jobs with
    // flock(1) on the folder HF_DATASETS_DOWNLOADED_DATASETS_PATH names) holds up deletions in
    // that part only, and says so there; the rest of the home is deleted as usual (attack
    // report 17, F9: every `home rm` in the home was refused).
    void partLockedByAnotherProgramHoldsUpThatPartOnly()
    {
        FixtureHome fixture;
        QTemporaryDir outside;
        const QString dl = outside.path() + QStringLiteral("/dl");
        FixtureHome::writeElsewhere(dl + u'/' + QString(64, u'a'), 9000);
        QProcessEnvironment env = fixture.environment();
        env.insert(QStringLiteral("HF_DATASETS_DOWNLOADED_DATASETS_PATH"), dl);
        const HfHome home = HfHome::locate(env);
        const HomeScan before = HomeScanner::scan(home);
        FolderFlock other(dl);
        QVERIFY(other.held());
        QVERIFY(!HomeDeletion::runningDeletion(home));
        QCOMPARE(HomeDeletion::partsLockedByOthers(home), (QHash<QString, qint64>{{dl, other.pid()}}));

        const HomeScan scan = HomeScanner::scan(home);
        QVERIFY(!scan.deletionRunning);
        const HomeScan::Part *locked = scan.part(QStringLiteral("datasets-downloads"));
        QCOMPARE(locked->lockedByPid, other.pid());
        QCOMPARE(locked->lockedBy, QStringLiteral("flock"));
        const HomeEntry *downloads = find(scan, QStringLiteral("datasets-downloads"), QStringLiteral("downloads"));
        QVERIFY(downloads && !downloads->deletable());
        QCOMPARE(downloads->keep,
                 QStringLiteral("Kept while another program (flock, pid %1) holds a lock on %2.").arg(other.pid()).arg(dl));
        QCOMPARE(scan.part(QStringLiteral("datasets"))->lockedByPid, 0);
        const QString dataset = fixture.path(QStringLiteral("datasets/org___set"));
        const HomeEntry *elsewhere = find(scan, QStringLiteral("datasets"), QStringLiteral("org___set"));
        QVERIFY2(elsewhere && elsewhere->deletable(), elsewhere ? qPrintable(elsewhere->keep) : "none");
        const HomeDeletion::Plan refusedPlan = HomeDeletion::plan(scan, {dl});
        QVERIFY(refusedPlan.entries.isEmpty());

        // Elsewhere in the home: deleted while the lock is held.
        const HomeDeletion::Report report = HomeDeletion::run(home, HomeDeletion::plan(scan, {dataset}));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(dataset));
        // A plan made before the lock: the run finds the folder held, and names it.
        const HomeDeletion::Report blocked = HomeDeletion::run(home, HomeDeletion::plan(before, {dl}));
        QVERIFY(blocked.blocked);
        QCOMPARE(blocked.errors,
                 QStringList{QStringLiteral("Nothing deleted: another process (flock, pid %1) holds a lock on %2. Try again "
                                            "once it has released it.")
                                 .arg(other.pid())
                                 .arg(dl)});
        QVERIFY(QFileInfo::exists(dl + u'/' + QString(64, u'a')));
        other.release();
        QTRY_VERIFY_WITH_TIMEOUT(!FolderLocks::heldBy({dl}).has_value(), 5000);
        QVERIFY(find(HomeScanner::scan(home), QStringLiteral("datasets-downloads"), QStringLiteral("downloads"))->deletable());
    }

    // While another process holds the lock of the home's part (a HubDeck deletion running
    // there), a second deletion touches nothing, says so and names the process; once it ends,
    // the deletion runs. Before, both removed the same entries under each other.
    void secondDeletionInAHomeIsTurnedAway()
    {
        FixtureHome fixture;
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const QString dataset = fixture.path(QStringLiteral("datasets/org___set"));
        const QStringList before = tree(fixture.root());
        // flock -o: the lock stays with flock, not with its child, so that killing flock ends it.
        auto other = std::make_unique<QProcess>();
        other->start(QStringLiteral("flock"), {QStringLiteral("-x"), QStringLiteral("-o"), fixture.path(QStringLiteral("datasets")),
                                               QStringLiteral("sleep"), QStringLiteral("60")});
        QVERIFY(other->waitForStarted(5000));
        struct stat datasets
        {
        };
        QCOMPARE(::stat(QFile::encodeName(fixture.path(QStringLiteral("datasets"))).constData(), &datasets), 0);
        QTRY_VERIFY_WITH_TIMEOUT(InUseFiles::snapshot().holder(datasets.st_dev, datasets.st_ino), 5000);
        // The plan is from before the lock: the run finds the part's folder held, and names it.
        const HomeDeletion::Report refused = HomeDeletion::run(home, HomeDeletion::plan(scan, {dataset}));
        QCOMPARE(refused.errors, QStringList{QStringLiteral("Nothing deleted: another process (flock, pid %1) holds a lock on %2. Try "
                                                            "again once it has released it.")
                                                 .arg(other->processId())
                                                 .arg(fixture.path(QStringLiteral("datasets")))}); // named as what it is (N13)
        QVERIFY(refused.removed.isEmpty());
        QCOMPARE(refused.freedBytes, 0);
        QCOMPARE(tree(fixture.root()), before);
        other->kill();
        other->waitForFinished();
        const HomeDeletion::Report report = HomeDeletion::run(home, HomeDeletion::plan(scan, {dataset}));
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!QFileInfo::exists(dataset));
        // No lock file was written in the home: all else is as it was.
        const auto notTheDataset = [](QStringList lines) {
            lines.removeIf([](const QString &line) { return line.contains(QStringLiteral("org___set")); });
            return lines;
        };
        QCOMPARE(notTheDataset(tree(fixture.root())), notTheDataset(before));
    }

    // While another process deletes in the home, what it renamed aside is not a stopped
    // deletion to offer (attack Q6: the Overview offered it). The probe only reads /proc/locks:
    // a probe that took the locks, even for a moment, would turn away a deletion starting in
    // another process then, as the Overview re-lists the home every few seconds.
    void entriesAnotherDeletionHoldsAreKept()
    {
        FixtureHome fixture;
        const HfHome home = HfHome::locate(fixture.environment());
        const QString renamed = fixture.path(QStringLiteral("datasets/org___gone") + HomeScanner::deletingSuffix());
        fixture.write(QStringLiteral("datasets/org___gone") + HomeScanner::deletingSuffix() +
                          QStringLiteral("/default/0.0.0/abc/data.arrow"),
                      qint64(5000));
        const auto entry = [&](const HomeScan &scan) {
            const HomeScan::Part *part = scan.part(QStringLiteral("datasets"));
            for (const HomeEntry &e : part->entries)
                if (e.path == renamed)
                    return e;
            return HomeEntry();
        };
        const HomeScan free = HomeScanner::scan(home);
        QVERIFY(!free.deletionRunning);
        QCOMPARE(entry(free).kind, HomeEntry::Kind::InterruptedDeletion);
        QVERIFY(entry(free).deletable());

        // The other deletion: flock(1) run under HubDeck's name (/proc/PID/comm), as the lock of
        // a program that is not HubDeck's is said as such.
        QTemporaryDir bin;
        const QString named = bin.filePath(QStringLiteral("hubdeck-cli"));
        QVERIFY(QFile::link(QStandardPaths::findExecutable(QStringLiteral("flock")), named));
        auto other = std::make_unique<QProcess>();
        other->start(named, {QStringLiteral("-x"), QStringLiteral("-o"), fixture.path(QStringLiteral("datasets")), QStringLiteral("sleep"),
                             QStringLiteral("60")});
        QVERIFY(other->waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(HomeDeletion::runningDeletion(home).has_value(), 5000);
        QCOMPARE(*HomeDeletion::runningDeletion(home), other->processId());
        const HomeScan held = HomeScanner::scan(home);
        QCOMPARE(held.deletionRunning, std::optional<qint64>(other->processId()));
        QVERIFY(!entry(held).deletable());
        QCOMPARE(entry(held).keep, QStringLiteral("Being deleted now by hubdeck-cli (pid %1): it is shown as it stands until that "
                                                  "deletion ends.")
                                       .arg(other->processId()));
        // Going now, not stopped part-way: no "deleting it again finishes it" (attack S8).
        QVERIFY(entry(held).beingDeleted);
        QVERIFY(!entry(held).removalInterrupted);
        QCOMPARE(HomeScanner::kindLabel(entry(held)), QStringLiteral("being deleted"));
        other->kill();
        other->waitForFinished();

        // The deletion holds the folder it empties open: that is not another program's use, which
        // the listing said beside "being deleted" (attack Z10: "in use: held open by hubdeck-cli").
        QVERIFY(QFile::remove(named));
        QVERIFY(QFile::link(QStandardPaths::findExecutable(QStringLiteral("bash")), named));
        other = std::make_unique<QProcess>();
        other->start(named, {QStringLiteral("-c"), QStringLiteral("exec 3<\"$1\" 4<\"$2\"; flock -x 4; echo ready; read -t 60; true"),
                             QStringLiteral("deleting"), renamed, fixture.path(QStringLiteral("datasets"))});
        QVERIFY(other->waitForStarted(5000));
        QVERIFY(other->waitForReadyRead(5000));
        const HomeScan opened = HomeScanner::scan(home, nullptr);
        QCOMPARE(opened.deletionRunning, std::optional<qint64>(other->processId()));
        const InUseFiles inUse = InUseFiles::snapshot();
        const HomeScan openedInUse = HomeScanner::scan(home, &inUse);
        QVERIFY(entry(openedInUse).beingDeleted);
        QCOMPARE(entry(openedInUse).inUse, QString());
        {
            // Another program in the same folder is named, though the deletion holds it too.
            const HoldingProcess shell(HoldingProcess::Use{{}, renamed});
            QVERIFY(shell.ok());
            const InUseFiles both = InUseFiles::snapshot();
            QCOMPARE(entry(HomeScanner::scan(home, &both)).inUse, QStringLiteral("the working folder of sleep (pid %1)").arg(shell.pid()));
        }
        other->kill(); // no child of its own holds the lock on: bash waits in its builtin read
        other->waitForFinished();
        // flock(1) in a script deletes nothing: what is there is a stopped deletion that waits
        // for that lock, not one "being deleted" (attack T7). On the home's own folder, which
        // every deletion takes: a part's alone is partLockedByAnotherProgramHoldsUpThatPartOnly.
        other->start(QStringLiteral("flock"),
                     {QStringLiteral("-x"), QStringLiteral("-o"), fixture.root(), QStringLiteral("sleep"), QStringLiteral("60")});
        QVERIFY(other->waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(HomeDeletion::runningDeletion(home).has_value(), 5000);
        const HomeScan script = HomeScanner::scan(home);
        QVERIFY(!entry(script).beingDeleted);
        QVERIFY(!entry(script).deletable());
        QCOMPARE(entry(script).keep,
                 QStringLiteral("Kept while another program (flock, pid %1) holds a lock on this home's folders.").arg(other->processId()));
        other->kill();
        other->waitForFinished();

        // Asking takes no lock: a deletion run by this process while another thread asks over
        // and over is never turned away.
        std::atomic_bool stop = false;
        std::atomic_int asked = 0;
        auto asker = std::async(std::launch::async, [&] {
            while (!stop) {
                (void)HomeDeletion::runningDeletion(home);
                ++asked;
            }
        });
        int locked = 0;
        QElapsedTimer clock;
        clock.start();
        bool turnedAway = false;
        while (asked < 300 && clock.elapsed() < 20000 && !turnedAway) {
            FolderLocks locks;
            turnedAway = !locks.lock({fixture.path(QStringLiteral("datasets")), fixture.root()});
            ++locked;
        }
        stop = true;
        asker.get();
        QVERIFY2(!turnedAway, qPrintable(QStringLiteral("turned away after %1 locks, %2 probes").arg(locked).arg(int(asked))));
        QVERIFY(asked >= 300);
        QVERIFY(locked > 0);
    }

    // An access token inside an entry, with HF_HOME given through a link and HF_TOKEN_PATH by
    // its real path: the same file, never deleted. Before, the strings differed and the token
    // went with the entry.
    void tokenSpeltAnotherWayIsNeverDeleted()
    {
        FixtureHome fixture;
        QTemporaryDir links;
        QVERIFY(links.isValid());
        const QString viaLink = links.filePath(QStringLiteral("hf-link"));
        QVERIFY(QFile::link(fixture.root(), viaLink));
        const QString token = fixture.path(QStringLiteral("datasets/org___set/token"));
        fixture.write(QStringLiteral("datasets/org___set/token"), QByteArrayLiteral("hf_secret"));
        const QString staging = QStringLiteral("xet/%1/staging").arg(QLatin1String(FixtureHome::kEndpoint));
        const QString linkedToken = fixture.path(staging + QStringLiteral("/token-link"));
        QVERIFY(QFile::link(fixture.path(QStringLiteral("token")), linkedToken));
        for (const auto &[home, wanted] :
             {std::pair{QStringLiteral("HF_HOME=link, HF_TOKEN_PATH=real"), QStringLiteral("datasets/org___set")},
              std::pair{QStringLiteral("token path is a link inside an entry"), staging}}) {
            QProcessEnvironment env;
            env.insert(QStringLiteral("HF_HOME"), viaLink);
            env.insert(QStringLiteral("HF_TOKEN_PATH"),
                       wanted == staging ? viaLink + u'/' + staging + QStringLiteral("/token-link") : token);
            const HfHome located = HfHome::locate(env);
            HomeScan scan = HomeScanner::scan(located);
            const QString entryPath = viaLink + u'/' + wanted;
            QVERIFY2(scan.entry(entryPath), qPrintable(home));
            // The scan's own listing of credentials is not what is tested here: the run checks again.
            HomeDeletion::Plan plan;
            plan.entries.append(*scan.entry(entryPath));
            plan.entries.first().keep.clear();
            const HomeDeletion::Report report = HomeDeletion::run(located, plan);
            QVERIFY2(report.removed.isEmpty(), qPrintable(home));
            QCOMPARE(report.errors.size(), 1);
            QVERIFY2(report.errors.first().contains(QStringLiteral("holds your access token")), qPrintable(report.errors.first()));
        }
        QVERIFY(QFileInfo::exists(token));
        QVERIFY(QFileInfo(linkedToken).isSymLink());
    }

    // The listing finds a token the way the kernel reaches it, not by the spelling of
    // HF_TOKEN_PATH: through a link to a folder inside an entry, a token file that is itself a
    // link into an entry, a chain that passes through a link inside an entry, stored_tokens as
    // a link, HF_HOME given through a link. Each such entry is listed with a note, is never
    // deletable, and a plan that still names it is refused by the run. Before, the listing
    // compared strings and offered these entries for deletion.
    void tokenReachedThroughLinksKeepsItsEntry_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("entry");
        const QString staging = QStringLiteral("xet/%1/staging").arg(QString::fromLatin1(FixtureHome::kEndpoint));
        QTest::newRow("HF_TOKEN_PATH through a folder link into an entry") << QStringLiteral("folder-link") << staging;
        QTest::newRow("token is a link into an entry") << QStringLiteral("token-link") << QStringLiteral("assets/mylib/default/weights");
        QTest::newRow("chain through a link inside an entry") << QStringLiteral("chain") << QStringLiteral("datasets/org___set");
        QTest::newRow("stored_tokens is a link into an entry")
            << QStringLiteral("stored-link") << QStringLiteral("modules/transformers_modules");
        QTest::newRow("HF_HOME through a link, HF_TOKEN_PATH real") << QStringLiteral("home-link") << staging;
    }
    void tokenReachedThroughLinksKeepsItsEntry()
    {
        QFETCH(QString, setup);
        QFETCH(QString, entry);
        FixtureHome fixture;
        QTemporaryDir outside;
        QVERIFY(outside.isValid());
        QProcessEnvironment env = fixture.environment();
        QString token; // the file that must stay
        if (setup == u"folder-link") {
            QVERIFY(QFile::link(fixture.path(entry), outside.filePath(QStringLiteral("tokens"))));
            fixture.write(entry + QStringLiteral("/token"), QByteArrayLiteral("hf_secret"));
            env.insert(QStringLiteral("HF_TOKEN_PATH"), outside.filePath(QStringLiteral("tokens/token")));
            token = fixture.path(entry + QStringLiteral("/token"));
        } else if (setup == u"token-link") {
            fixture.write(entry + QStringLiteral("/real-token"), QByteArrayLiteral("hf_secret"));
            QVERIFY(QFile::remove(fixture.path(QStringLiteral("token"))));
            QVERIFY(QFile::link(fixture.path(entry + QStringLiteral("/real-token")), fixture.path(QStringLiteral("token"))));
            token = fixture.path(entry + QStringLiteral("/real-token"));
        } else if (setup == u"chain") {
            // outside/a -> <entry>/inner -> outside/safe; the token is outside/safe/token, but
            // deleting the entry would cut the path HF_TOKEN_PATH names.
            QVERIFY(QDir(outside.path()).mkpath(QStringLiteral("safe")));
            QFile file(outside.filePath(QStringLiteral("safe/token")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("hf_secret");
            file.close();
            QVERIFY(QFile::link(outside.filePath(QStringLiteral("safe")), fixture.path(entry + QStringLiteral("/inner"))));
            QVERIFY(QFile::link(fixture.path(entry + QStringLiteral("/inner")), outside.filePath(QStringLiteral("a"))));
            env.insert(QStringLiteral("HF_TOKEN_PATH"), outside.filePath(QStringLiteral("a/token")));
            token = fixture.path(entry + QStringLiteral("/inner"));
        } else if (setup == u"stored-link") {
            fixture.write(entry + QStringLiteral("/stored"), QByteArrayLiteral("[work]\nhf_token = hf_x\n"));
            QVERIFY(QFile::remove(fixture.path(QStringLiteral("stored_tokens"))));
            QVERIFY(QFile::link(fixture.path(entry + QStringLiteral("/stored")), fixture.path(QStringLiteral("stored_tokens"))));
            token = fixture.path(entry + QStringLiteral("/stored"));
        } else {
            const QString viaLink = outside.filePath(QStringLiteral("hf-link"));
            QVERIFY(QFile::link(fixture.root(), viaLink));
            fixture.write(entry + QStringLiteral("/token"), QByteArrayLiteral("hf_secret"));
            env.insert(QStringLiteral("HF_HOME"), viaLink);
            env.insert(QStringLiteral("HF_TOKEN_PATH"), fixture.path(entry + QStringLiteral("/token")));
            token = fixture.path(entry + QStringLiteral("/token"));
        }
        const HfHome home = HfHome::locate(env);
        const HomeScan scan = HomeScanner::scan(home);
        const QString entryPath = home.root() + u'/' + entry;
        const HomeEntry *listed = scan.entry(entryPath);
        QVERIFY2(listed, qPrintable(entryPath));
        QVERIFY2(!listed->deletable(), qPrintable(listed->name));
        QVERIFY2(listed->keep.contains(QStringLiteral("access token")), qPrintable(listed->keep));
        QVERIFY(HomeDeletion::plan(scan, {entryPath}).entries.isEmpty());

        HomeDeletion::Plan stale;
        stale.entries.append(*listed);
        stale.entries.first().keep.clear();
        const HomeDeletion::Report report = HomeDeletion::run(home, stale);
        QVERIFY(report.removed.isEmpty());
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().contains(QStringLiteral("holds your access token")), qPrintable(report.errors.first()));
        QVERIFY(QFileInfo(token).exists() || QFileInfo(token).isSymLink());
    }

    // An entry another process removed between the plan and the run (the deletion that held
    // the home just finished) is said to be already gone: not removed by this run, nothing
    // freed, no error. Before, it was reported deleted.
    void entryGoneSinceThePlanIsNotReportedRemoved()
    {
        FixtureHome fixture;
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const QString logs = fixture.path(QStringLiteral("xet/logs"));
        const QString dataset = fixture.path(QStringLiteral("datasets/org___set"));
        const HomeDeletion::Plan plan = HomeDeletion::plan(scan, {logs, dataset});
        QCOMPARE(plan.entries.size(), 2);
        QVERIFY(QDir(logs).removeRecursively());
        const HomeDeletion::Report report = HomeDeletion::run(home, plan);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.alreadyGone, QStringList{logs});
        QCOMPARE(report.removed, QStringList{dataset});
        QVERIFY(!QFileInfo::exists(dataset));
    }

    // A part given whole with nothing HubDeck deletes in it says why, instead of nothing.
    void partWithNothingDeletableSaysWhy()
    {
        FixtureHome fixture;
        QVERIFY(QDir(fixture.path(QStringLiteral("modules/transformers_modules"))).removeRecursively());
        fixture.write(QStringLiteral("modules/notes.txt"), QByteArray("mine")); // not the libraries': kept
        QVERIFY(QDir().mkpath(fixture.path(QStringLiteral("assets"))));
        QVERIFY(QDir(fixture.path(QStringLiteral("assets/mylib"))).removeRecursively());
        const HfHome home = HfHome::locate(fixture.environment());
        const HomeScan scan = HomeScanner::scan(home);
        const HomeDeletion::Plan plan =
            HomeDeletion::plan(scan, {fixture.path(QStringLiteral("modules")), fixture.path(QStringLiteral("assets"))});
        QVERIFY(plan.entries.isEmpty());
        QCOMPARE(plan.refusalReasons(),
                 (QStringList{QStringLiteral("Nothing to delete in %1: it holds only what HubDeck never deletes (notes.txt).")
                                  .arg(fixture.path(QStringLiteral("modules")))}));
        // A part with no entry is already clear: nothing to do, not a refusal (attack P7).
        QCOMPARE(plan.alreadyClear, QStringList{fixture.path(QStringLiteral("assets"))});
        // "other" stands for its entries: each is refused with its reason.
        const HomeTargets::Resolved other = HomeTargets::resolve(scan, {QStringLiteral("other")}, fixture.root());
        QVERIFY(other.refusals.isEmpty());
        const HomeDeletion::Plan otherPlan = HomeDeletion::plan(scan, other.paths);
        QVERIFY(otherPlan.entries.isEmpty());
        const QString reasons = otherPlan.refusalReasons().join(u'\n');
        for (const QString &name : {QStringLiteral("token"), QStringLiteral("stored_tokens"), QStringLiteral("accelerate")})
            QVERIFY2(reasons.contains(fixture.path(name) + QStringLiteral(" (")), qPrintable(reasons));
        QVERIFY2(!reasons.contains(QStringLiteral("Hugging Face home itself")), qPrintable(reasons));
    }

private:
    static const HomeEntry *scan(const HomeScan &s, const QString &path) { return s.entry(path); }
};

QTEST_GUILESS_MAIN(TestHomeScanner)
#include "tst_homescanner.moc"
