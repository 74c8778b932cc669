// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AtimeProbe.h"
#include "FilePreview.h"
#include "QuietFile.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using hubdeck::FilePreview;
using hubdeck::QuietFile;
using hubdeck::test::AtimeProbe;

namespace {

QByteArray safetensors(const QByteArray &json, qint64 dataBytes)
{
    QByteArray out(8, '\0');
    const quint64 length = quint64(json.size());
    std::memcpy(out.data(), &length, 8);
    return out + json + QByteArray(dataBytes, '\0');
}

// GGUF v3 with no tensors and no keys: magic, version, two zero counts.
QByteArray emptyGguf()
{
    return QByteArray("GGUF\3\0\0\0", 8) + QByteArray(16, '\0');
}

// Runs load() on a thread of its own, so that a read that blocks fails the test instead of
// hanging it; whoever blocks on a FIFO is then released by opening and closing its write end.
std::optional<FilePreview> loadWithin(int milliseconds, const QString &path, const QString &name, qint64 size, bool *blocked)
{
    std::optional<FilePreview> preview;
    std::unique_ptr<QThread> thread(QThread::create([&] { preview = FilePreview::load(path, name, size); }));
    thread->start();
    *blocked = !thread->wait(QDeadlineTimer(milliseconds));
    if (*blocked) {
        const int writer = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (writer >= 0)
            ::close(writer);
        thread->wait();
    }
    return preview;
}

} // namespace

// FilePreview, the preview layer's reading of one blob: text, binary, weights headers good and
// bad, things that are not regular files, and never a changed access time.
class TestFilePreview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            qFatal("cannot write the fixture %s", qPrintable(path));
        return path;
    }

    // A past access time set with utimensat, and both times as stat sees them.
    static void setPastTimes(const QString &path)
    {
        const timespec times[2] = {{1600000000, 500000000}, {1600000000, 0}}; // older than relatime's 24 h
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
    }
    static struct stat status(const QString &path)
    {
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            qFatal("cannot stat %s", qPrintable(path));
        return st;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void text()
    {
        const QString path = write(QStringLiteral("a"), "print('hi')\n");
        const auto preview = FilePreview::load(path, QStringLiteral("run.py"), 12);
        QVERIFY(preview);
        QCOMPARE(preview->kind, FilePreview::Kind::Text);
        QCOMPARE(preview->text, QByteArray("print('hi')\n"));
        QCOMPARE(preview->size, 12);
        QVERIFY(!preview->isTruncated());
        QVERIFY(!preview->header);
        QCOMPARE(preview->error, QString());
    }

    void emptyFileIsEmptyText()
    {
        const QString path = write(QStringLiteral("empty"), {});
        const auto preview = FilePreview::load(path, QStringLiteral("empty.txt"), 0);
        QVERIFY(preview);
        QCOMPARE(preview->kind, FilePreview::Kind::Text);
        QVERIFY(!preview->text.isNull()); // "" is text to show, null is not
        QVERIFY(preview->text.isEmpty());
    }

    void largeTextIsCutAtTheLimit()
    {
        const qint64 size = FilePreview::kTextLimit + 5000;
        const QString path = write(QStringLiteral("big"), QByteArray(size, 'a'));
        const auto preview = FilePreview::load(path, QStringLiteral("big.txt"), size);
        QVERIFY(preview);
        QCOMPARE(preview->kind, FilePreview::Kind::Text);
        QCOMPARE(preview->text.size(), FilePreview::kTextLimit);
        QVERIFY(preview->isTruncated());
        QCOMPARE(preview->size, size);
    }

    void binary_data()
    {
        QTest::addColumn<qsizetype>("nulAt");
        QTest::addColumn<bool>("binary");
        QTest::newRow("NUL at the start") << qsizetype(0) << true;
        QTest::newRow("NUL at byte 10") << qsizetype(10) << true;
        QTest::newRow("NUL at the last sniffed byte") << qsizetype(FilePreview::kSniffBytes - 1) << true;
        QTest::newRow("NUL past the sniffed bytes") << qsizetype(FilePreview::kSniffBytes) << false;
    }
    void binary()
    {
        QFETCH(qsizetype, nulAt);
        QFETCH(bool, binary);
        QByteArray content(FilePreview::kSniffBytes + 100, 'b');
        content[nulAt] = '\0';
        const QString path = write(QStringLiteral("bin"), content);
        const auto preview = FilePreview::load(path, QStringLiteral("data.bin"), content.size());
        QVERIFY(preview);
        QCOMPARE(preview->kind, binary ? FilePreview::Kind::Binary : FilePreview::Kind::Text);
        QCOMPARE(preview->text.isNull(), binary);
        QCOMPARE(preview->size, content.size());
    }

    void safetensorsHeader()
    {
        const QByteArray content =
            safetensors("{\"w\":{\"dtype\":\"BF16\",\"shape\":[3,4],\"data_offsets\":[0,24]},\"__metadata__\":{\"format\":\"pt\"}}", 24);
        const QString path = write(QStringLiteral("st"), content);
        const auto preview = FilePreview::load(path, QStringLiteral("model.safetensors"), content.size());
        QVERIFY(preview);
        QCOMPARE(preview->kind, FilePreview::Kind::Weights);
        QVERIFY(preview->header);
        QCOMPARE(preview->header->format, QStringLiteral("safetensors"));
        QCOMPARE(preview->header->tensorCount, 1);
        QCOMPARE(preview->header->parameters, 12);
        QCOMPARE(preview->header->dtypes.value(QStringLiteral("BF16")), 1);
        QCOMPARE(preview->error, QString());
        QVERIFY(preview->text.isNull());
    }

    void ggufHeader()
    {
        const QString path = write(QStringLiteral("gg"), emptyGguf());
        const auto preview = FilePreview::load(path, QStringLiteral("model.Q4.gguf"), 24);
        QVERIFY(preview);
        QCOMPARE(preview->kind, FilePreview::Kind::Weights);
        QCOMPARE(preview->header->format, QStringLiteral("gguf"));
        QCOMPARE(preview->header->version, 3);
    }

    // The extension decides: a weights file is never shown as text, however it reads.
    void badHeaders_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QByteArray huge(8, '\0');
        const quint64 length = quint64(1) << 62;
        std::memcpy(huge.data(), &length, 8);
        QTest::newRow("safetensors cut inside its JSON")
            << QStringLiteral("model.safetensors") << safetensors("{\"w\":{\"dtype\":\"F32\",\"shape\":[2]", 0).left(20);
        QTest::newRow("safetensors shorter than its length") << QStringLiteral("model.safetensors") << QByteArray(4, '\0');
        QTest::newRow("safetensors claiming 2^62 header bytes") << QStringLiteral("model.safetensors") << huge + "{}";
        QTest::newRow("safetensors whose JSON is not an object") << QStringLiteral("model.safetensors") << safetensors("[1,2,3]", 0);
        QTest::newRow("safetensors whose offsets pass the end")
            << QStringLiteral("model.safetensors")
            << safetensors("{\"w\":{\"dtype\":\"F32\",\"shape\":[1000000],\"data_offsets\":[0,4000000]}}", 16);
        QTest::newRow("gguf cut after its magic") << QStringLiteral("model.gguf") << QByteArray("GGUF\3\0", 6);
        QTest::newRow("gguf with a wrong magic") << QStringLiteral("model.gguf") << QByteArray("FUGG\3\0\0\0", 8) + QByteArray(16, '\0');
        QTest::newRow("text named safetensors") << QStringLiteral("notes.safetensors") << QByteArray("just some words\n");
    }
    void badHeaders()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        const QString path = write(QStringLiteral("bad"), content);
        QElapsedTimer timer;
        timer.start();
        const auto preview = FilePreview::load(path, name, content.size());
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(preview);
        QCOMPARE(preview->kind, FilePreview::Kind::BadHeader);
        QVERIFY(!preview->header);
        QVERIFY(!preview->error.isEmpty());
        QVERIFY(preview->text.isNull());
    }

    void missingFile()
    {
        const auto preview = FilePreview::load(m_dir.filePath(QStringLiteral("nothing-here")), QStringLiteral("a.txt"), 5);
        QVERIFY(preview);
        QCOMPARE(preview->kind, FilePreview::Kind::Unreadable);
        QVERIFY(!preview->error.isEmpty());
    }

    // A FIFO planted in the cache is refused at once, for text and for weights alike.
    void fifoDoesNotBlock_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<FilePreview::Kind>("kind");
        QTest::newRow("as text") << QStringLiteral("big.txt") << FilePreview::Kind::Unreadable;
        QTest::newRow("as safetensors") << QStringLiteral("model.safetensors") << FilePreview::Kind::BadHeader;
        QTest::newRow("as gguf") << QStringLiteral("model.gguf") << FilePreview::Kind::BadHeader;
    }
    void fifoDoesNotBlock()
    {
        QFETCH(QString, name);
        QFETCH(FilePreview::Kind, kind);
        const QString path = m_dir.filePath(QStringLiteral("fifo"));
        QFile::remove(path);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        auto removeFifo = qScopeGuard([&] { QFile::remove(path); });
        bool blocked = false;
        const auto preview = loadWithin(3000, path, name, 1000, &blocked);
        QVERIFY2(!blocked, "reading a FIFO blocked");
        QVERIFY(preview);
        QCOMPARE(preview->kind, kind);
        QVERIFY2(preview->error.contains(QStringLiteral("a FIFO")), qPrintable(preview->error));
    }

    void beforeReadCanStopTheLoad()
    {
        const QString path = write(QStringLiteral("stop"), "text\n");
        QStringList asked;
        const auto stopped = FilePreview::load(path, QStringLiteral("a.txt"), 5, [&](const QString &p) {
            asked.append(p);
            return false;
        });
        QVERIFY(!stopped);
        QCOMPARE(asked, QStringList{path});
        const auto going = FilePreview::load(path, QStringLiteral("a.txt"), 5, [](const QString &) { return true; });
        QVERIFY(going);
        QCOMPARE(going->text, QByteArray("text\n"));
    }

    // Every kind of read, with and without O_NOATIME (then QuietFile puts the time back).
    void readingNeverChangesTheAccessTime_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("noAtimeAllowed");
        QByteArray binary(1000, 'b');
        binary[10] = '\0';
        const QByteArray st = safetensors("{\"w\":{\"dtype\":\"F16\",\"shape\":[2],\"data_offsets\":[0,4]}}", 4);
        for (const bool allowed : {true, false}) {
            const char *how = allowed ? "O_NOATIME" : "restored";
            QTest::addRow("text, %s", how) << QStringLiteral("a.txt") << QByteArray("some text\n") << allowed;
            QTest::addRow("large text, %s", how) << QStringLiteral("big.txt") << QByteArray(FilePreview::kTextLimit + 10, 'a') << allowed;
            QTest::addRow("binary, %s", how) << QStringLiteral("data.bin") << binary << allowed;
            QTest::addRow("safetensors, %s", how) << QStringLiteral("model.safetensors") << st << allowed;
            QTest::addRow("gguf, %s", how) << QStringLiteral("model.gguf") << emptyGguf() << allowed;
            QTest::addRow("bad header, %s", how) << QStringLiteral("model.safetensors") << QByteArray(12, '\0') << allowed;
        }
    }
    void readingNeverChangesTheAccessTime()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(bool, noAtimeAllowed);
        HUBDECK_REQUIRE_ATIME_UPDATES(m_dir.path());
        const QString path = write(QStringLiteral("timed"), content);
        setPastTimes(path);
        const struct stat before = status(path);
        QCOMPARE(before.st_atim.tv_sec, 1600000000);
        QuietFile::setNoAtimeAllowedForTesting(noAtimeAllowed);
        auto restore = qScopeGuard([] { QuietFile::setNoAtimeAllowedForTesting(true); });
        const auto preview = FilePreview::load(path, name, content.size());
        QVERIFY(preview);
        QVERIFY(preview->kind != FilePreview::Kind::Unreadable);
        const struct stat after = status(path);
        QVERIFY2(
            AtimeProbe::same(before.st_atim, after.st_atim),
            qPrintable(QStringLiteral("atime moved from %1 to %2").arg(AtimeProbe::text(before.st_atim), AtimeProbe::text(after.st_atim))));
        QVERIFY(AtimeProbe::same(before.st_mtim, after.st_mtim));
    }
};

QTEST_GUILESS_MAIN(TestFilePreview)
#include "tst_filepreview.moc"
