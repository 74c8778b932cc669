// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CliRun.h"
#include "HfHome.h"
#include "HoldingProcess.h"
#include "HomeDeletion.h"
#include "HomeScanner.h"
#include "SafeRemover.h"
#include "SharedExtents.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace hubdeck;
using hubdeck::test::CliRun;

// Reflinked files share their blocks (btrfs, XFS; `cp` reflinks there by default): deleting one
// gives back nothing while the other stays. Every "freed" figure leaves those blocks out and
// says how much stayed (attack Q1: "freed 209.7M" while df moved by nothing). Needs a btrfs
// filesystem, made on a loop device: root, mkfs.btrfs and a free loop device, else skipped.
class TestSharedExtents : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_mount; // btrfs
    QString m_skip;
    QString m_xfs; // an XFS mount with reflink, which frees a removed file's blocks in the background

    static bool run(const QString &program, const QStringList &arguments)
    {
        QProcess p;
        p.start(program, arguments);
        return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    static qint64 blocks(const QString &path)
    {
        struct stat st
        {
        };
        return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? qint64(st.st_blocks) * 512 : -1;
    }

    static void writeRandom(const QString &path, qint64 size)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk(1 << 16, Qt::Uninitialized);
        for (qint64 written = 0; written < size; written += chunk.size()) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            QCOMPARE(file.write(chunk), qint64(chunk.size()));
        }
        QVERIFY(file.flush());
        QCOMPARE(::fsync(file.handle()), 0); // on disk: no longer delayed allocation
    }

    static void reflink(const QString &from, const QString &to)
    {
        QVERIFY(QDir().mkpath(QFileInfo(to).path()));
        QVERIFY(run(QStringLiteral("cp"), {QStringLiteral("--reflink=always"), from, to}));
    }

    static QJsonObject json(const CliRun &run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); }

    static void filesystemRows()
    {
        QTest::addColumn<QString>("filesystem");
        QTest::newRow("btrfs") << QStringLiteral("btrfs");
        QTest::newRow("xfs") << QStringLiteral("xfs");
    }

    // The mount for a row of filesystemRows(), or "" when that filesystem could not be made.
    [[nodiscard]] QString mountFor(const QString &filesystem) const { return filesystem == u"xfs" ? m_xfs : m_mount; }

    static qint64 du(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("du"), {QStringLiteral("-s"), QStringLiteral("-B1"), path});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return -1;
        return QString::fromUtf8(p.readAllStandardOutput()).section(u'\t', 0, 0).toLongLong();
    }

    static void writeText(const QString &path, const QByteArray &text)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (::geteuid() != 0) {
            m_skip = QStringLiteral("mounting a btrfs image needs root");
            return;
        }
        const QString image = m_dir.filePath(QStringLiteral("btrfs.img"));
        m_mount = m_dir.filePath(QStringLiteral("mnt"));
        QVERIFY(QDir().mkpath(m_mount));
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(qint64(300) << 20)); // sparse
        file.close();
        if (!run(QStringLiteral("mkfs.btrfs"), {QStringLiteral("-q"), image}) ||
            !run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("loop"), image, m_mount})) {
            m_skip = QStringLiteral("no mkfs.btrfs, or no loop device to mount a btrfs image on");
            m_mount.clear();
        }
        const QString xfsImage = m_dir.filePath(QStringLiteral("xfs.img"));
        QFile xfs(xfsImage);
        QVERIFY(xfs.open(QIODevice::WriteOnly) && xfs.resize(qint64(400) << 20)); // XFS wants 300 MB at least
        xfs.close();
        const QString xfsMount = m_dir.filePath(QStringLiteral("xfs"));
        QVERIFY(QDir().mkpath(xfsMount));
        if (run(QStringLiteral("mkfs.xfs"),
                {QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("-m"), QStringLiteral("reflink=1"), xfsImage}) &&
            run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("loop"), xfsImage, xfsMount}))
            m_xfs = xfsMount;
    }

    void cleanupTestCase()
    {
        if (!m_mount.isEmpty())
            QVERIFY(::umount2(QFile::encodeName(m_mount).constData(), MNT_DETACH) == 0);
        if (!m_xfs.isEmpty())
            QVERIFY(::umount2(QFile::encodeName(m_xfs).constData(), MNT_DETACH) == 0);
    }

    void reflinkedBlocksAreShared()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        const QString original = m_mount + QStringLiteral("/t1/original.bin");
        const QString copy = m_mount + QStringLiteral("/t1/copy.bin");
        const QString alone = m_mount + QStringLiteral("/t1/alone.bin");
        writeRandom(original, qint64(4) << 20);
        writeRandom(alone, qint64(1) << 20);
        reflink(original, copy);
        struct stat st
        {
        };
        QCOMPARE(::lstat(QFile::encodeName(copy).constData(), &st), 0);
        QCOMPARE(SharedExtents::bytes(AT_FDCWD, QFile::encodeName(copy).constData(), st), blocks(copy));
        QCOMPARE(blocks(copy), qint64(4) << 20);
        QCOMPARE(::lstat(QFile::encodeName(alone).constData(), &st), 0);
        QCOMPARE(SharedExtents::bytes(AT_FDCWD, QFile::encodeName(alone).constData(), st), qint64(0));
        // Asking records no access: the file is opened, never read.
        const struct timespec aged[2] = {{1000000000, 0}, {1000000000, 0}};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(copy).constData(), aged, 0), 0);
        QCOMPARE(::lstat(QFile::encodeName(copy).constData(), &st), 0);
        QVERIFY(SharedExtents::bytes(AT_FDCWD, QFile::encodeName(copy).constData(), st) > 0);
        QCOMPARE(::lstat(QFile::encodeName(copy).constData(), &st), 0);
        QCOMPARE(qint64(st.st_atim.tv_sec), qint64(1000000000));
    }

    // What the cache's deletions remove goes through SafeRemover: a reflinked file frees
    // nothing and its blocks are said apart; an unshared one frees its blocks.
    void removalLeavesSharedBlocksOutOfFreed()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        const QString root = m_mount + QStringLiteral("/t2");
        writeRandom(root + QStringLiteral("/original.bin"), qint64(2) << 20);
        reflink(root + QStringLiteral("/original.bin"), root + QStringLiteral("/tree/copy.bin"));
        writeRandom(root + QStringLiteral("/tree/alone.bin"), qint64(1) << 20);
        const qint64 copyBlocks = blocks(root + QStringLiteral("/tree/copy.bin"));
        const qint64 aloneBlocks = blocks(root + QStringLiteral("/tree/alone.bin"));
        SafeRemover remover(root);
        const SafeRemover::Result result = remover.remove(root + QStringLiteral("/tree"), SafeRemover::Kind::Tree);
        QCOMPARE(result.status, SafeRemover::Status::Removed);
        QCOMPARE(result.sharedOnDisk, copyBlocks);
        QCOMPARE(result.freedOnDisk, aloneBlocks);
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/original.bin")));
    }

    // home ls offers what deleting frees, without the shared blocks (and says them apart);
    // home rm's plan says them, and its "freed" leaves them out.
    void homeRmLeavesSharedBlocksOutOfFreed()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        const QString home = m_mount + QStringLiteral("/hf");
        const QString cache = home + QStringLiteral("/datasets/o___r/default/0.0.0/0123abcd");
        writeRandom(m_mount + QStringLiteral("/keep/orig.arrow"), qint64(8) << 20);
        reflink(m_mount + QStringLiteral("/keep/orig.arrow"), cache + QStringLiteral("/data.arrow"));
        QFile info(cache + QStringLiteral("/dataset_info.json"));
        QVERIFY(info.open(QIODevice::WriteOnly) && info.write("{}") == 2);
        info.close();
        const qint64 shared = blocks(cache + QStringLiteral("/data.arrow"));
        QCOMPARE(shared, qint64(8) << 20);

        const CliRun ls = CliRun::run({QStringLiteral("home"), QStringLiteral("ls"), QStringLiteral("--dir"), home,
                                       QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(ls.code, 0);
        QJsonObject entry;
        for (const QJsonValue &part : json(ls).value(QStringLiteral("parts")).toArray())
            for (const QJsonValue &e : part.toObject().value(QStringLiteral("entries")).toArray())
                if (e.toObject().value(QStringLiteral("name")).toString() == u"o___r")
                    entry = e.toObject();
        QVERIFY2(!entry.isEmpty(), qPrintable(ls.out));
        QCOMPARE(entry.value(QStringLiteral("shared_extents")).toInteger(), shared);
        const qint64 freeable = entry.value(QStringLiteral("freeable")).toInteger();
        QCOMPARE(freeable, entry.value(QStringLiteral("size_on_disk")).toInteger() - shared);

        const CliRun dry = CliRun::run({QStringLiteral("home"), QStringLiteral("rm"), QStringLiteral("datasets/o___r"),
                                        QStringLiteral("--dir"), home, QStringLiteral("--dry-run")});
        QVERIFY2(dry.out.contains(QStringLiteral("Not counted: 8.4M in blocks other files share")), qPrintable(dry.out));

        const CliRun rm =
            CliRun::run({QStringLiteral("home"), QStringLiteral("rm"), QStringLiteral("datasets/o___r"), QStringLiteral("--dir"), home,
                         QStringLiteral("-y"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(rm.code, 0);
        const QJsonObject report = json(rm);
        QCOMPARE(report.value(QStringLiteral("shared_extents")).toInteger(), shared);
        QCOMPARE(report.value(QStringLiteral("freed")).toInteger(), freeable);
        QVERIFY(freeable < (qint64(1) << 20));
        QVERIFY(!QFileInfo::exists(cache));
        QVERIFY(QFileInfo::exists(m_mount + QStringLiteral("/keep/orig.arrow")));
    }

    // Blocks shared only between files that the same deletion removes are freed by it: two
    // dataset caches that are reflinks of each other, a file and its copy in one cache. Only
    // blocks a file outside still holds stay out of "freed", each once (attack S1: XFS said
    // "freed 8192" and "209.7M kept" where df got 105 MB back; btrfs warned of kept blocks).
    void reflinksDeletedTogetherAreFreed_data() { filesystemRows(); }
    void reflinksDeletedTogetherAreFreed()
    {
        QFETCH(QString, filesystem);
        const QString mount = mountFor(filesystem);
        if (mount.isEmpty())
            QSKIP(qPrintable(filesystem + QStringLiteral(" is not mounted here (root, mkfs and a loop device)")));
        const QString home = mount + QStringLiteral("/s1");
        const QString datasets = home + QStringLiteral("/datasets");
        const auto cache = [&](const QString &name) { return datasets + u'/' + name + QStringLiteral("/default/0.0.0/abc"); };
        writeRandom(cache(QStringLiteral("org___a")) + QStringLiteral("/data.arrow"), qint64(4) << 20);
        reflink(cache(QStringLiteral("org___a")) + QStringLiteral("/data.arrow"),
                cache(QStringLiteral("org___b")) + QStringLiteral("/data.arrow"));
        writeRandom(cache(QStringLiteral("org___c")) + QStringLiteral("/a.arrow"), qint64(3) << 20);
        reflink(cache(QStringLiteral("org___c")) + QStringLiteral("/a.arrow"),
                cache(QStringLiteral("org___c")) + QStringLiteral("/b.arrow"));
        writeRandom(mount + QStringLiteral("/keep-s1/k.arrow"), qint64(2) << 20);
        reflink(mount + QStringLiteral("/keep-s1/k.arrow"), cache(QStringLiteral("org___c")) + QStringLiteral("/k.arrow"));
        for (const char *name : {"org___a", "org___b", "org___c"})
            writeText(cache(QLatin1String(name)) + QStringLiteral("/dataset_info.json"), "{}");
        writeText(home + QStringLiteral("/hub/models--o--m/refs/main"), QByteArray(40, 'a'));
        QVERIFY(QDir().mkpath(home + QStringLiteral("/hub/models--o--m/snapshots")));
        QVERIFY(QDir().mkpath(home + QStringLiteral("/hub/models--o--m/blobs")));
        ::sync();

        // Listed: a file and its copy in one cache hold one set of shared blocks.
        const CliRun ls = CliRun::run({QStringLiteral("home"), QStringLiteral("ls"), QStringLiteral("--dir"), home,
                                       QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(ls.code, 0);
        for (const QJsonValue &part : json(ls).value(QStringLiteral("parts")).toArray())
            for (const QJsonValue &e : part.toObject().value(QStringLiteral("entries")).toArray())
                if (e.toObject().value(QStringLiteral("name")).toString() == u"org___c")
                    QCOMPARE(e.toObject().value(QStringLiteral("shared_extents")).toInteger(), qint64(5) << 20);

        // What the disk gets back: everything once, less the 2 MB the file outside keeps.
        const qint64 expected = du(datasets + QStringLiteral("/org___a")) + du(datasets + QStringLiteral("/org___b")) +
                                du(datasets + QStringLiteral("/org___c")) - (qint64(4 + 3 + 2) << 20);
        const CliRun rm = CliRun::run({QStringLiteral("home"), QStringLiteral("rm"), QStringLiteral("datasets"), QStringLiteral("--dir"),
                                       home, QStringLiteral("-y"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(rm.code == 0, qPrintable(rm.err));
        const QJsonObject report = json(rm);
        QCOMPARE(report.value(QStringLiteral("removed")).toArray().size(), 3);
        QCOMPARE(report.value(QStringLiteral("freed")).toInteger(), expected);
        QCOMPARE(report.value(QStringLiteral("shared_extents")).toInteger(), qint64(2) << 20);
        QVERIFY(QFileInfo::exists(mount + QStringLiteral("/keep-s1/k.arrow")));
    }

    // Blocks that become shared while the run goes (a snapshot or a backup's reflink copy taken
    // mid-run) are kept by the disk: out of "freed", and said once as kept, never both (attack
    // T1: "41.9M freed" and "31.5M kept", df 5.2 MB). The downloads go one by one; after the
    // first, the others get a reflink copy outside.
    void blocksSharedDuringTheRunAreNotFreed_data() { filesystemRows(); }
    void blocksSharedDuringTheRunAreNotFreed()
    {
        QFETCH(QString, filesystem);
        const QString mount = mountFor(filesystem);
        if (mount.isEmpty())
            QSKIP(qPrintable(filesystem + QStringLiteral(" is not mounted here (root, mkfs and a loop device)")));
        const QString homePath = mount + QStringLiteral("/t1");
        const QString downloads = homePath + QStringLiteral("/datasets/downloads");
        QStringList files;
        for (int i = 0; i < 4; ++i) {
            files.append(downloads + u'/' + QString(63, u'a') + QString::number(i));
            writeRandom(files.last(), qint64(1) << 20);
        }
        QVERIFY(QDir().mkpath(homePath + QStringLiteral("/hub")));
        ::sync();
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("HF_HOME"), homePath);
        const HfHome home = HfHome::locate(env);
        const HomeDeletion::Plan plan = HomeDeletion::plan(HomeScanner::scan(home), {downloads});
        QCOMPARE(plan.entries.size(), 1);
        QCOMPARE(plan.sizeOnDisk(), qint64(4) << 20);
        int copied = 0;
        const HomeDeletion::Report report = HomeDeletion::run(home, plan, {}, [&](int, qint64) {
            if (copied > 0)
                return;
            for (const QString &file : std::as_const(files))
                if (QFileInfo::exists(file)) {
                    reflink(file, mount + QStringLiteral("/t1-keep/") + QFileInfo(file).fileName());
                    ++copied;
                }
        });
        QCOMPARE(copied, 3);
        QVERIFY2(report.succeeded(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.freedBytes, qint64(1) << 20);  // the first, gone before the copies
        QCOMPARE(report.sharedBytes, qint64(3) << 20); // the three the copies keep
    }

    // The same for the hub cache: two repos whose blobs are reflinks of each other, deleted
    // together, free one copy of the blocks and keep none.
    void reflinkedBlobsDeletedTogetherAreFreed_data() { filesystemRows(); }
    void reflinkedBlobsDeletedTogetherAreFreed()
    {
        QFETCH(QString, filesystem);
        const QString mount = mountFor(filesystem);
        if (mount.isEmpty())
            QSKIP(qPrintable(filesystem + QStringLiteral(" is not mounted here (root, mkfs and a loop device)")));
        const QString hub = mount + QStringLiteral("/s1-hub");
        const QString blob = QString(64, u'b');
        const QString commit = QString(40, u'c');
        for (const char *repo : {"models--o--a", "models--o--b"}) {
            const QString folder = hub + u'/' + QLatin1String(repo);
            writeText(folder + QStringLiteral("/refs/main"), commit.toLatin1());
            QVERIFY(QDir().mkpath(folder + QStringLiteral("/snapshots/") + commit));
            QVERIFY(QDir().mkpath(folder + QStringLiteral("/blobs")));
            QVERIFY(QFile::link(QStringLiteral("../../blobs/") + blob,
                                folder + QStringLiteral("/snapshots/") + commit + QStringLiteral("/model.bin")));
        }
        writeRandom(hub + QStringLiteral("/models--o--a/blobs/") + blob, qint64(4) << 20);
        reflink(hub + QStringLiteral("/models--o--a/blobs/") + blob, hub + QStringLiteral("/models--o--b/blobs/") + blob);
        ::sync();
        const CliRun rm =
            CliRun::run({QStringLiteral("cache"), QStringLiteral("rm"), QStringLiteral("model/o/a"), QStringLiteral("model/o/b"),
                         QStringLiteral("--dir"), hub, QStringLiteral("-y"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(rm.code == 0, qPrintable(rm.err + rm.out));
        const QJsonObject report = json(rm);
        QCOMPARE(report.value(QStringLiteral("freed_size")).toInteger(), qint64(4) << 20);
        QCOMPARE(report.value(QStringLiteral("shared_extents_size")).toInteger(), qint64(0));
        QVERIFY(!rm.err.contains(QStringLiteral("other files share")));
    }

    // A reflink copy written into a stopped deletion's folder stays (the run that finishes keeps
    // what arrived), and its blocks were never counted as freeable: they are shared with the file
    // it copies. What is kept subtracts only the blocks the arrival holds alone, so the plan and
    // the run say what the disk gets back (attack Z4: plan and freed 2.1M, df 3.1M, the copy
    // subtracted as shared and again as kept).
    void aReflinkArrivingInAStoppedDeletionIsNotSubtractedTwice_data() { filesystemRows(); }
    void aReflinkArrivingInAStoppedDeletionIsNotSubtractedTwice()
    {
        QFETCH(QString, filesystem);
        const QString mount = mountFor(filesystem);
        if (mount.isEmpty())
            QSKIP(qPrintable(filesystem + QStringLiteral(" is not mounted here (root, mkfs and a loop device)")));
        const QString homePath = mount + QStringLiteral("/z4");
        const QString path = homePath + QStringLiteral("/datasets/org___z");
        const QString deep = QStringLiteral("/default/0.0.0/abc");
        writeRandom(path + deep + QStringLiteral("/data.arrow"), qint64(1) << 20);
        writeText(path + deep + QStringLiteral("/dataset_info.json"), "{}");
        for (int i = 0; i < 300; ++i) // enough for the run to report progress before it removes anything
            writeText(path + QStringLiteral("/default/0.0.0/other/part-%1.arrow").arg(i), QByteArray(100, 'p'));
        writeRandom(mount + QStringLiteral("/z4-keep/k.arrow"), qint64(2) << 20);
        QVERIFY(QDir().mkpath(homePath + QStringLiteral("/hub")));
        ::sync();
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("HF_HOME"), homePath);
        const HfHome home = HfHome::locate(env);
        const QString aside = path + HomeScanner::deletingSuffix();
        bool stop = false;
        const HomeDeletion::Report stopped = HomeDeletion::run(
            home, HomeDeletion::plan(HomeScanner::scan(home), {path}), [&] { return stop; },
            [&](int done, qint64) { stop = stop || (done == 0 && QFileInfo::exists(aside)); });
        QVERIFY(stopped.canceled);
        QThread::msleep(20); // past the clock tick of the set-aside
        reflink(mount + QStringLiteral("/z4-keep/k.arrow"), aside + deep + QStringLiteral("/k.arrow"));
        ::sync();
        // What the disk gets back: all that is left but the copy and the folders that hold it.
        qint64 original = du(aside) - blocks(aside + deep + QStringLiteral("/k.arrow"));
        for (const QString &folder : {QString(), QStringLiteral("/default"), QStringLiteral("/default/0.0.0"), deep})
            original -= blocks(aside + folder);
        QVERIFY(original > 0);

        const HomeScan scan = HomeScanner::scan(home);
        HomeDeletion::Plan plan = HomeDeletion::plan(scan, {aside});
        QCOMPARE(plan.entries.size(), 1);
        (void)HomeDeletion::withoutObstacles(plan);
        QCOMPARE(plan.sizeOnDisk(), original);
        const HomeDeletion::Report finished = HomeDeletion::run(home, plan);
        QVERIFY2(finished.succeeded(), qPrintable(finished.errors.join(u'\n')));
        QCOMPARE(finished.freedBytes, original);
        QVERIFY(QFileInfo::exists(path + deep + QStringLiteral("/k.arrow")));
        QVERIFY(!QFileInfo::exists(path + deep + QStringLiteral("/data.arrow")));
    }

    // A blob a process holds open whose blocks a copy outside the cache shares (a backup made by
    // `cp`, which reflinks by default) is shared, not held: closing the process gives nothing
    // back, and the other blob's blocks are freed (attack Z8: "freed 0", and a "Not freed yet"
    // that was false).
    void aHeldBlobWhoseBlocksAreSharedIsSharedOnly_data() { filesystemRows(); }
    void aHeldBlobWhoseBlocksAreSharedIsSharedOnly()
    {
        QFETCH(QString, filesystem);
        const QString mount = mountFor(filesystem);
        if (mount.isEmpty())
            QSKIP(qPrintable(filesystem + QStringLiteral(" is not mounted here (root, mkfs and a loop device)")));
        const QString hub = mount + QStringLiteral("/z8-hub");
        const QString folder = hub + QStringLiteral("/models--o--held");
        const QString commit = QString(40, u'c');
        writeText(folder + QStringLiteral("/refs/main"), commit.toLatin1());
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/snapshots/") + commit));
        for (const char *blob : {"a", "b"}) {
            const QString name = QString(64, QLatin1Char(*blob));
            writeRandom(folder + QStringLiteral("/blobs/") + name, qint64(2) << 20);
            QVERIFY(QFile::link(QStringLiteral("../../blobs/") + name,
                                folder + QStringLiteral("/snapshots/") + commit + u'/' + QLatin1String(blob) + QStringLiteral(".bin")));
        }
        const QString sharedBlob = folder + QStringLiteral("/blobs/") + QString(64, u'a');
        reflink(sharedBlob, mount + QStringLiteral("/z8-backup.bin"));
        ::sync();
        const test::HoldingProcess holder({sharedBlob, {}});
        QVERIFY(holder.ok());
        const CliRun rm =
            CliRun::run({QStringLiteral("cache"), QStringLiteral("rm"), QStringLiteral("model/o/held"), QStringLiteral("--dir"), hub,
                         QStringLiteral("-y"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(rm.code == 0, qPrintable(rm.err + rm.out));
        const QJsonObject report = json(rm);
        QCOMPARE(report.value(QStringLiteral("freed_size")).toInteger(), qint64(2) << 20);
        QCOMPARE(report.value(QStringLiteral("shared_extents_size")).toInteger(), qint64(2) << 20);
        QCOMPARE(report.value(QStringLiteral("held_open_size")).toInteger(), qint64(0));
        QVERIFY2(!rm.err.contains(QStringLiteral("Not freed yet")), qPrintable(rm.err));
    }
};

QTEST_GUILESS_MAIN(TestSharedExtents)
#include "tst_sharedextents.moc"
