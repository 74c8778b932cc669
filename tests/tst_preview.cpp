// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AtimeProbe.h"
#include "CacheScanner.h"
#include "DisplayFormat.h"
#include "FixtureCache.h"
#include "PreviewPane.h"
#include "SyntaxHighlighter.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <cstring>
#include <sys/stat.h>

using namespace hubdeck;
using hubdeck::test::AtimeProbe;
using hubdeck::test::FixtureCache;

// Previews: the highlighter chosen from PATH and its fallback, large and binary files, and
// weight-file summaries.
class TestPreview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_bin;
    QByteArray m_originalPath;

    // A stand-in for kate-syntax-highlighter that records its arguments and the input's name.
    void installFakeHighlighter(const QString &name)
    {
        const QString path = m_bin.filePath(name);
        QFile script(path);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n"
                     "PATH=/usr/bin:/bin\n"
                     "for last; do :; done\n"
                     "printf '<html><body><pre class=\"fake\">ARGS:%s|FILE:%s|' \"$*\" \"$(basename \"$last\")\"\n"
                     "cat \"$last\"\n"
                     "printf '</pre></body></html>'\n");
        script.close();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    static std::pair<CacheScan, FixtureCache *> build(FixtureCache &cache)
    {
        const QString repo = QStringLiteral("models--org--p");
        const QString c = FixtureCache::commit(QStringLiteral("p"));
        cache.addBlob(repo, QStringLiteral("cfg"), "{\"model_type\": \"bert\"}\n");
        cache.addBlob(repo, QStringLiteral("big"), QByteArray(PreviewPane::kTextLimit + 5000, 'a'));
        QByteArray binary(1000, 'b');
        binary[10] = '\0';
        cache.addBlob(repo, QStringLiteral("bin"), binary);
        const QByteArray json = R"({"w":{"dtype":"BF16","shape":[3,4],"data_offsets":[0,24]}})";
        QByteArray st(8, '\0');
        const quint64 length = quint64(json.size());
        std::memcpy(st.data(), &length, 8);
        cache.addBlob(repo, QStringLiteral("st"), st + json + QByteArray(24, '\0'));
        // GGUF v3 with no tensors and no keys: magic, version, two zero counts.
        cache.addBlob(repo, QStringLiteral("gg"), QByteArray("GGUF\3\0\0\0", 8) + QByteArray(16, '\0'));
        cache.addLink(repo, c, QStringLiteral("config.json"), QStringLiteral("cfg"));
        cache.addLink(repo, c, QStringLiteral("big.txt"), QStringLiteral("big"));
        cache.addLink(repo, c, QStringLiteral("data.bin"), QStringLiteral("bin"));
        cache.addLink(repo, c, QStringLiteral("model.safetensors"), QStringLiteral("st"));
        cache.addLink(repo, c, QStringLiteral("model.gguf"), QStringLiteral("gg"));
        return {CacheScanner::scan(cache.root()), &cache};
    }

    static const CachedFile &fileNamed(const CachedRevision &revision, const QString &name)
    {
        for (const CachedFile &file : revision.files)
            if (file.relativePath == name)
                return file;
        qFatal("no such file");
    }

private Q_SLOTS:
    void init()
    {
        m_originalPath = qgetenv("PATH");
        // Only our folder: the machine's own highlighter must not answer for the fake.
        qputenv("PATH", QFile::encodeName(m_bin.path()));
        QDir(m_bin.path()).removeRecursively();
        QDir().mkpath(m_bin.path());
    }
    void cleanup() { qputenv("PATH", m_originalPath); }

    void highlighterChoiceAndFallback()
    {
        QCOMPARE(SyntaxHighlighter::program(), QString());
        installFakeHighlighter(QStringLiteral("kate-syntax-highlighter"));
        QVERIFY(SyntaxHighlighter::program().endsWith(QStringLiteral("/kate-syntax-highlighter")));
        installFakeHighlighter(QStringLiteral("ksyntaxhighlighter6"));
        QVERIFY(SyntaxHighlighter::program().endsWith(QStringLiteral("/ksyntaxhighlighter6"))); // the KF6 tool wins

        SyntaxHighlighter highlighter;
        SyntaxHighlighter::Result result;
        bool done = false;
        highlighter.highlight(QStringLiteral("sub/dir/modeling.py"), "print('hi')\n", true, [&](SyntaxHighlighter::Result r) {
            result = std::move(r);
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(result.highlighted);
        QVERIFY(result.html.contains(QStringLiteral("FILE:modeling.py"))); // the file's own name, no folders
        QVERIFY(result.html.contains(QStringLiteral("--theme Breeze Dark")));
        QVERIFY(result.html.contains(QStringLiteral("print('hi')")));
    }

    void paneShowsTextBinaryLargeAndWeights()
    {
        installFakeHighlighter(QStringLiteral("kate-syntax-highlighter"));
        FixtureCache cache;
        const auto [scan, unused] = build(cache);
        Q_UNUSED(unused);
        const CachedRepo &repo = scan.repos.first();
        const CachedRevision &revision = repo.revisions.first();
        PreviewPane pane;
        QSignalSpy shown(&pane, &PreviewPane::shown);

        pane.showFile(repo, revision, fileNamed(revision, QStringLiteral("config.json")));
        QVERIFY(shown.wait(5000));
        QVERIFY(pane.contentText().contains(QStringLiteral("FILE:config.json"))); // not the blob name "cfg"
        QVERIFY(pane.contentText().contains(QStringLiteral("model_type")));
        QCOMPARE(pane.noticeText(), QString());

        pane.showFile(repo, revision, fileNamed(revision, QStringLiteral("big.txt")));
        QVERIFY(shown.wait(5000));
        QVERIFY(pane.noticeText().startsWith(QStringLiteral("Showing the first %1 of").arg(DisplayFormat::size(PreviewPane::kTextLimit))));

        pane.showFile(repo, revision, fileNamed(revision, QStringLiteral("data.bin")));
        QVERIFY(shown.wait(5000));
        QVERIFY(pane.contentText().contains(QStringLiteral("binary file")));

        pane.showFile(repo, revision, fileNamed(revision, QStringLiteral("model.safetensors")));
        QVERIFY(shown.wait(5000));
        QVERIFY(pane.contentText().contains(QStringLiteral("1 tensors")));
        QVERIFY(pane.contentText().contains(QStringLiteral("BF16")));

        pane.showRepo(repo);
        QVERIFY(shown.wait(5000));
        QVERIFY(pane.contentText().contains(QStringLiteral("bert")));
        QVERIFY(pane.contentText().contains(QStringLiteral("Parameters (from the safetensors headers): 12")));
    }

    // Every path that reads a blob for the pane, by what it shows and which blob it reads.
    void readingKeepsAccessTimes_data()
    {
        QTest::addColumn<bool>("repoSummary");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("blob");
        QTest::addColumn<bool>("highlighter");
        QTest::addColumn<QString>("expected");
        QTest::newRow("preview text") << false << QStringLiteral("big.txt") << QStringLiteral("big") << false << QStringLiteral("aaaa");
        QTest::newRow("preview binary sniff") << false << QStringLiteral("data.bin") << QStringLiteral("bin") << false
                                              << QStringLiteral("binary file");
        QTest::newRow("safetensors header") << false << QStringLiteral("model.safetensors") << QStringLiteral("st") << false
                                            << QStringLiteral("1 tensors");
        QTest::newRow("gguf header") << false << QStringLiteral("model.gguf") << QStringLiteral("gg") << false << QStringLiteral("GGUF v3");
        QTest::newRow("highlighter") << false << QStringLiteral("config.json") << QStringLiteral("cfg") << true
                                     << QStringLiteral("FILE:config.json");
        QTest::newRow("repo summary config.json") << true << QString() << QStringLiteral("cfg") << false << QStringLiteral("bert");
        QTest::newRow("repo summary parameter count")
            << true << QString() << QStringLiteral("st") << false << QStringLiteral("Parameters (from the safetensors headers): 12");
    }
    void readingKeepsAccessTimes()
    {
        QFETCH(bool, repoSummary);
        QFETCH(QString, file);
        QFETCH(QString, blob);
        QFETCH(bool, highlighter);
        QFETCH(QString, expected);
        if (highlighter)
            installFakeHighlighter(QStringLiteral("kate-syntax-highlighter"));
        FixtureCache cache;
        HUBDECK_REQUIRE_ATIME_UPDATES(cache.root());
        const auto [scan, unused] = build(cache);
        Q_UNUSED(unused);
        const CachedRepo &repo = scan.repos.first();
        const CachedRevision &revision = repo.revisions.first();
        const QString path = cache.path(QStringLiteral("models--org--p/blobs/") + blob);
        FixtureCache::setTimes(path, 1600000000.5, 1600000000); // older than relatime's 24 h
        const timespec before = AtimeProbe::atime(path);
        PreviewPane pane;
        QSignalSpy shown(&pane, &PreviewPane::shown);
        if (repoSummary)
            pane.showRepo(repo);
        else
            pane.showFile(repo, revision, fileNamed(revision, file));
        QVERIFY(shown.wait(5000));
        QVERIFY2(pane.contentText().contains(expected), qPrintable(pane.contentText().left(300)));
        if (highlighter) // the tool got a private copy, never a path into the cache
            QVERIFY2(!pane.contentText().contains(cache.root()), qPrintable(pane.contentText()));
        HUBDECK_COMPARE_ATIME(before, path);
    }

    void hostileBlobsAreRefusedPromptly_data()
    {
        QTest::addColumn<bool>("fifo");
        QTest::newRow("FIFO") << true;
        QTest::newRow("link to /dev/zero") << false;
    }
    void hostileBlobsAreRefusedPromptly()
    {
        QFETCH(bool, fifo);
        FixtureCache cache;
        const auto [scan, unused] = build(cache);
        Q_UNUSED(unused);
        const QString path = cache.path(QStringLiteral("models--org--p/blobs/big"));
        QVERIFY(QFile::remove(path));
        if (fifo)
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        const CachedRepo &repo = scan.repos.first();
        PreviewPane pane;
        QSignalSpy shown(&pane, &PreviewPane::shown);
        pane.showFile(repo, repo.revisions.first(), fileNamed(repo.revisions.first(), QStringLiteral("big.txt")));
        QVERIFY(shown.wait(5000));
        QVERIFY2(pane.noticeText().contains(
                     QStringLiteral("not a regular file (%1)").arg(fifo ? QStringLiteral("a FIFO") : QStringLiteral("a character device"))),
                 qPrintable(pane.noticeText()));
    }

    // A read that takes long (a slow disk, a network file system) must not freeze the window:
    // choosing another file returns at once and shows it; the slow one's result is dropped.
    void slowReadNeverBlocksTheGuiThread()
    {
        FixtureCache cache;
        const auto [scan, unused] = build(cache);
        Q_UNUSED(unused);
        const CachedRepo &repo = scan.repos.first();
        const CachedRevision &revision = repo.revisions.first();
        const QString slowPath = cache.path(QStringLiteral("models--org--p/blobs/big"));
        std::atomic_bool release{false}, slowStarted{false};
        PreviewPane::setBeforeReadForTesting([&](const QString &path) {
            if (path != slowPath)
                return;
            slowStarted = true;
            QDeadlineTimer deadline(4000); // bounded, so a regression fails instead of hanging
            while (!release && !deadline.hasExpired())
                QThread::msleep(5);
        });
        // Even when a check fails: no worker may still wait on this function's variables.
        auto restore = qScopeGuard([&] {
            release = true;
            QThreadPool::globalInstance()->waitForDone(5000);
            PreviewPane::setBeforeReadForTesting({});
        });
        PreviewPane pane;
        QSignalSpy shown(&pane, &PreviewPane::shown);
        QElapsedTimer timer;
        timer.start();
        pane.showFile(repo, revision, fileNamed(revision, QStringLiteral("big.txt")));
        QTRY_VERIFY_WITH_TIMEOUT(slowStarted, 2000);
        timer.restart();
        pane.showFile(repo, revision, fileNamed(revision, QStringLiteral("data.bin")));
        QVERIFY2(timer.elapsed() < 500, qPrintable(QStringLiteral("showFile took %1 ms").arg(timer.elapsed())));
        QVERIFY(shown.wait(3000)); // while the slow read still runs
        QVERIFY(!release);
        QVERIFY(pane.contentText().contains(QStringLiteral("binary file")));
        QCOMPARE(pane.title(), QStringLiteral("data.bin"));
        release = true;
        QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
        QTest::qWait(100); // the late result's signal, had it been kept
        QCOMPARE(shown.size(), 1);
        QVERIFY(pane.contentText().contains(QStringLiteral("binary file")));
        QCOMPARE(pane.noticeText(), QString()); // not big.txt's "Showing the first …"
    }

    void clearDropsAResultStillLoading()
    {
        FixtureCache cache;
        const auto [scan, unused] = build(cache);
        Q_UNUSED(unused);
        std::atomic_bool release{false};
        PreviewPane::setBeforeReadForTesting([&](const QString &) {
            QDeadlineTimer deadline(4000);
            while (!release && !deadline.hasExpired())
                QThread::msleep(5);
        });
        // Even when a check fails: no worker may still wait on this function's variables.
        auto restore = qScopeGuard([&] {
            release = true;
            QThreadPool::globalInstance()->waitForDone(5000);
            PreviewPane::setBeforeReadForTesting({});
        });
        PreviewPane pane;
        QSignalSpy shown(&pane, &PreviewPane::shown);
        pane.showRepo(scan.repos.first());
        pane.clear(); // the selection went away (a rescan, a deletion)
        release = true;
        QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
        QTest::qWait(100);
        QCOMPARE(shown.size(), 0);
        QCOMPARE(pane.title(), QStringLiteral("Preview"));
    }

    void plainTextWhenNoHighlighterSaidOnce()
    {
        FixtureCache cache;
        const auto [scan, unused] = build(cache);
        Q_UNUSED(unused);
        const CachedRepo &repo = scan.repos.first();
        const CachedRevision &revision = repo.revisions.first();
        PreviewPane pane;
        QSignalSpy shown(&pane, &PreviewPane::shown);
        pane.showFile(repo, revision, fileNamed(revision, QStringLiteral("config.json")));
        QVERIFY(shown.wait(5000));
        QVERIFY(pane.contentText().contains(QStringLiteral("model_type")));
        QVERIFY(pane.noticeText().contains(QStringLiteral("libkf5syntaxhighlighting-tools")));
        pane.showFile(repo, revision, fileNamed(revision, QStringLiteral("config.json")));
        QVERIFY(shown.wait(5000));
        QCOMPARE(pane.noticeText(), QString()); // once is enough
    }
};

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
