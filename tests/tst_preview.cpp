#include "CacheScanner.h"
#include "DisplayFormat.h"
#include "FixtureCache.h"
#include "PreviewPane.h"
#include "SyntaxHighlighter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace hubdeck;
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
        cache.addLink(repo, c, QStringLiteral("config.json"), QStringLiteral("cfg"));
        cache.addLink(repo, c, QStringLiteral("big.txt"), QStringLiteral("big"));
        cache.addLink(repo, c, QStringLiteral("data.bin"), QStringLiteral("bin"));
        cache.addLink(repo, c, QStringLiteral("model.safetensors"), QStringLiteral("st"));
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
