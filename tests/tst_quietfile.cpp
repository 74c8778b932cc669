// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AtimeProbe.h"
#include "FixtureCache.h"
#include "QuietFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <sys/stat.h>

using namespace hubdeck;
using hubdeck::test::AtimeProbe;
using hubdeck::test::FixtureCache;

// The one reading primitive: access times stay, and only regular files are ever read.
class TestQuietFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QuietFile::setNoAtimeAllowedForTesting(true); }

    void readsWithoutMovingAtime_data()
    {
        QTest::addColumn<bool>("noAtime");
        QTest::newRow("O_NOATIME") << true;
        QTest::newRow("futimens restore") << false; // as when the kernel refuses O_NOATIME (not our file)
    }
    void readsWithoutMovingAtime()
    {
        QFETCH(bool, noAtime);
        FixtureCache cache;
        HUBDECK_REQUIRE_ATIME_UPDATES(cache.root());
        QuietFile::setNoAtimeAllowedForTesting(noAtime);
        const QString path = cache.addBlob(QStringLiteral("models--a--b"), QStringLiteral("blob"), "0123456789", 1600000000.5, 1600000100);
        const timespec before = AtimeProbe::atime(path);
        QString error;
        qint64 size = 0;
        const auto bytes = QuietFile::readHead(path, 4, &error, &size);
        QVERIFY2(bytes, qPrintable(error));
        QCOMPARE(*bytes, QByteArray("0123"));
        QCOMPARE(size, 10);
        HUBDECK_COMPARE_ATIME(before, path);
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(qint64(st.st_mtim.tv_sec), qint64(1600000100)); // mtime untouched
    }

    void refusesWhatIsNotARegularFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("not a regular file (a FIFO)");
        QTest::newRow("device link") << QStringLiteral("device") << QStringLiteral("not a regular file (a character device)");
        QTest::newRow("directory") << QStringLiteral("directory") << QStringLiteral("not a regular file (a directory)");
    }
    void refusesWhatIsNotARegularFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        FixtureCache cache;
        const QString path = cache.path(QStringLiteral("thing"));
        if (kind == u"fifo")
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (kind == u"device")
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        else
            QVERIFY(QDir().mkdir(path));
        QElapsedTimer timer;
        timer.start();
        QuietFile file;
        QVERIFY(!file.open(path)); // a FIFO without a writer would block a plain open forever
        QVERIFY(file.isNotRegular());
        QVERIFY(!file.isMissing());
        QCOMPARE(file.errorString(), expected);
        QVERIFY(timer.elapsed() < 2000);
    }

    void missingAndRefusedLinks()
    {
        FixtureCache cache;
        QuietFile file;
        QVERIFY(!file.open(cache.path(QStringLiteral("nothing"))));
        QVERIFY(file.isMissing());
        cache.symlink(QStringLiteral("dangling"), QStringLiteral("nowhere"));
        QVERIFY(!file.open(cache.path(QStringLiteral("dangling"))));
        QVERIFY(file.isMissing());

        cache.writeFile(QStringLiteral("real"), "content");
        cache.symlink(QStringLiteral("link"), QStringLiteral("real"));
        QVERIFY(file.open(cache.path(QStringLiteral("link")), QuietFile::Links::Follow));
        QCOMPARE(file.read(100).value_or(QByteArray()), QByteArray("content"));
        file.close();
        QVERIFY(!file.open(cache.path(QStringLiteral("link")), QuietFile::Links::Refuse));
        QCOMPARE(file.errorString(), QStringLiteral("not a regular file (a symbolic link)")); // the link itself, unfollowed
    }
};

QTEST_GUILESS_MAIN(TestQuietFile)
#include "tst_quietfile.moc"
