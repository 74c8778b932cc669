// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "ProgressMessage.h"
#include "TreeWatcher.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdeck;

namespace {

void touch(const QString &path, const QByteArray &bytes = "x")
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(bytes);
}

} // namespace

// TreeWatcher, what the Cache and Overview sessions rescan on: one `changed` per burst of
// writes in the watched folders, nothing while suspended, and the re-checks that stand in
// for writes deeper than any watch. ProgressMessage, the status line both pages share.
class TestTreeWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBurstIsOneChangeAfterItSettles()
    {
        QTemporaryDir dir;
        TreeWatcher watcher(300);
        watcher.setPaths({dir.path()});
        QCOMPARE(watcher.paths(), QStringList{dir.path()});
        QSignalSpy changed(&watcher, &TreeWatcher::changed);
        // Writes 100 ms apart for a second: each re-arms the timer, so nothing comes until the end.
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 10; ++i) {
            touch(dir.filePath(QStringLiteral("f%1").arg(i)));
            QTest::qWait(100);
            QCOMPARE(changed.size(), 0);
        }
        QVERIFY(changed.wait(3000));
        QVERIFY(clock.elapsed() >= 1000);
        QTest::qWait(500);
        QCOMPARE(changed.size(), 1);
    }

    void aChangeWhileSuspendedIsDropped()
    {
        QTemporaryDir dir;
        TreeWatcher watcher(100);
        watcher.setPaths({dir.path()});
        QSignalSpy changed(&watcher, &TreeWatcher::changed);
        touch(dir.filePath(QStringLiteral("before")));
        QTRY_VERIFY(watcher.isPending());
        watcher.setSuspended(true); // a change already due is dropped too
        QVERIFY(!watcher.isPending());
        touch(dir.filePath(QStringLiteral("during")));
        QTest::qWait(400);
        QCOMPARE(changed.size(), 0);
        watcher.setSuspended(false);
        touch(dir.filePath(QStringLiteral("after")));
        QVERIFY(changed.wait(2000));
    }

    void pathsAreUpdatedNotDuplicated()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a"));
        const QString b = dir.filePath(QStringLiteral("b"));
        QVERIFY(QDir().mkpath(a));
        QVERIFY(QDir().mkpath(b));
        TreeWatcher watcher(100);
        watcher.setPaths({a, b, dir.filePath(QStringLiteral("missing"))});
        QCOMPARE(QSet<QString>(watcher.paths().cbegin(), watcher.paths().cend()), (QSet<QString>{a, b}));
        watcher.setPaths({b});
        QCOMPARE(watcher.paths(), QStringList{b});
        // A write in the folder no longer watched says nothing.
        QSignalSpy changed(&watcher, &TreeWatcher::changed);
        touch(a + QStringLiteral("/f"));
        QTest::qWait(400);
        QCOMPARE(changed.size(), 0);
        watcher.clear();
        QVERIFY(watcher.paths().isEmpty());
    }

    void deepWritesComeWithTheRechecks()
    {
        QTemporaryDir dir;
        const QString deep = dir.filePath(QStringLiteral("a/b/c/d"));
        QVERIFY(QDir().mkpath(deep));
        TreeWatcher watcher(100);
        watcher.setPaths({dir.path()});
        QSignalSpy changed(&watcher, &TreeWatcher::changed);
        touch(deep + QStringLiteral("/data.arrow")); // below every watch
        QTest::qWait(400);
        QCOMPARE(changed.size(), 0);
        QSignalSpy due(&watcher, &TreeWatcher::recheckDue);

        watcher.setRecheckInterval(200);
        QVERIFY(!watcher.isRechecking()); // not until the owner says something is being written
        watcher.setRechecking(true);
        QVERIFY(watcher.isRechecking());
        QVERIFY(due.wait(2000));
        QVERIFY(due.wait(2000)); // and again, while it lasts
        watcher.setRechecking(false);
        QVERIFY(!watcher.isRechecking());
        due.clear();
        QTest::qWait(500);
        QCOMPARE(due.size(), 0);
        // Interval 0: off, whatever the owner says.
        watcher.setRecheckInterval(0);
        watcher.setRechecking(true);
        QVERIFY(!watcher.isRechecking());
        // Suspended: no re-check either.
        watcher.setRecheckInterval(100);
        watcher.setSuspended(true);
        QTest::qWait(400);
        QCOMPARE(due.size(), 0);
    }

    void progressMessageIsThrottledButNeverDropsTheLast()
    {
        ProgressMessage message;
        message.start();
        QVERIFY(message.due(false)); // the first
        QVERIFY(!message.due(false));
        QVERIFY(message.due(true)); // the last, however soon
        QTest::qWait(int(ProgressMessage::kMinMilliseconds) + 50);
        QVERIFY(message.due(false));
        // Too early to say the time left: the text as given.
        QCOMPARE(message.withTimeLeft(QStringLiteral("Deleting"), 1, 100), QStringLiteral("Deleting"));
    }
};

QTEST_MAIN(TestTreeWatcher)
#include "tst_treewatcher.moc"
