// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AtimeProbe.h"
#include "FileName.h"
#include "FixtureCache.h"
#include "FolderUploadPlanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace hubdeck;
using Skip = FolderUploadPlan::Skip;

class TestFolderUploadPlan : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_temp;

    QString write(const QString &relative, qint64 size = 3)
    {
        const QString path = m_temp->path() + u'/' + relative;
        QDir().mkpath(path.section(u'/', 0, -2));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray(size, 'x')) != size)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    FolderUploadPlan plan(FolderUploadPlanner::Options options = {})
    {
        if (options.folder.isEmpty())
            options.folder = m_temp->path();
        HubResult<FolderUploadPlan> result = FolderUploadPlanner::plan(options);
        if (!result.ok())
            qFatal("plan failed: %s", qPrintable(result.error.message()));
        return *result.value;
    }
    static QStringList relativePaths(const FolderUploadPlan &plan)
    {
        QStringList paths;
        for (const auto &file : plan.files)
            paths.append(file.relativePath);
        return paths;
    }
    static std::optional<Skip> skipOf(const FolderUploadPlan &plan, const QString &relative)
    {
        for (const auto &skipped : plan.skipped)
            if (skipped.relativePath == relative)
                return skipped.reason;
        return std::nullopt;
    }

private Q_SLOTS:
    void init() { m_temp = std::make_unique<QTemporaryDir>(); }

    void listsRegularFilesSortedWithSizesAndPlace()
    {
        write(QStringLiteral("app.py"), 10);
        write(QStringLiteral("src/b.py"), 20);
        write(QStringLiteral("src/a/c.bin"), 5000);
        write(QStringLiteral("README.md"), 1);
        FolderUploadPlanner::Options options;
        options.pathInRepo = QStringLiteral("/web/");
        const FolderUploadPlan p = plan(options);
        QCOMPARE(relativePaths(p), (QStringList{QStringLiteral("README.md"), QStringLiteral("app.py"), QStringLiteral("src/a/c.bin"),
                                                QStringLiteral("src/b.py")}));
        QCOMPARE(p.files[2].pathInRepo, QStringLiteral("web/src/a/c.bin"));
        QCOMPARE(p.files[2].size, 5000);
        QCOMPARE(p.files[2].localPath, QDir(m_temp->path()).canonicalPath() + QStringLiteral("/src/a/c.bin"));
        QCOMPARE(p.totalBytes, 10 + 20 + 5000 + 1);
        QCOMPARE(p.pathInRepo, QStringLiteral("web"));
        QVERIFY(p.skipped.isEmpty());
    }

    // As huggingface_hub's _validate_path_in_repo: "." and "./" are the root (`hf upload SPACE . .`).
    void dotIsTheRepositoryRoot_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("expected");
        QTest::newRow(".") << QStringLiteral(".") << QString();
        QTest::newRow("./") << QStringLiteral("./") << QString();
        QTest::newRow("/.") << QStringLiteral("/.") << QString();
        QTest::newRow("./web") << QStringLiteral("./web") << QStringLiteral("web");
        QTest::newRow("/./web/") << QStringLiteral("/./web/") << QStringLiteral("web");
    }
    void dotIsTheRepositoryRoot()
    {
        QFETCH(QString, given);
        QFETCH(QString, expected);
        write(QStringLiteral("app.py"), 10);
        FolderUploadPlanner::Options options;
        options.pathInRepo = given;
        const FolderUploadPlan p = plan(options);
        QCOMPARE(p.pathInRepo, expected);
        QCOMPARE(p.files.value(0).pathInRepo, expected.isEmpty() ? QStringLiteral("app.py") : expected + QStringLiteral("/app.py"));
    }

    void leavesOutGitCachesAndVirtualEnvironmentsAtAnyDepth()
    {
        write(QStringLiteral("app.py"));
        write(QStringLiteral(".git/config"));
        write(QStringLiteral("sub/.git"));
        write(QStringLiteral("__pycache__/app.cpython-311.pyc"));
        write(QStringLiteral("pkg/__pycache__/m.pyc"));
        write(QStringLiteral(".venv/bin/python"));
        write(QStringLiteral("x/.cache/huggingface/upload/app.py.metadata"));
        write(QStringLiteral(".gitignore"));
        const FolderUploadPlan p = plan();
        QCOMPARE(relativePaths(p), (QStringList{QStringLiteral(".gitignore"), QStringLiteral("app.py")}));
        for (const QString &left : {QStringLiteral(".git/"), QStringLiteral("sub/.git"), QStringLiteral("__pycache__/"),
                                    QStringLiteral("pkg/__pycache__/"), QStringLiteral(".venv/"), QStringLiteral("x/.cache/huggingface/")})
            QCOMPARE(skipOf(p, left), Skip::DefaultIgnored);
        QCOMPARE(p.skippedCount(Skip::DefaultIgnored), 6);

        // Without the defaults, __pycache__ goes; .git still cannot (the Hub's own).
        FolderUploadPlanner::Options options;
        options.useDefaultIgnores = false;
        const FolderUploadPlan all = plan(options);
        QVERIFY(relativePaths(all).contains(QStringLiteral("pkg/__pycache__/m.pyc")));
        QCOMPARE(skipOf(all, QStringLiteral(".git/config")), Skip::RefusedPath);
    }

    void patternsAreFnmatchAsHuggingFaceHubs_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("matches");
        QTest::newRow("star crosses folders") << "src/deep/a.py"
                                              << "*.py" << true;
        QTest::newRow("case matters") << "A.PY"
                                      << "*.py" << false;
        QTest::newRow("folder pattern") << "data/x/y.bin"
                                        << "data/" << true;
        QTest::newRow("folder pattern, not a prefix") << "database.txt"
                                                      << "data/" << false;
        QTest::newRow("leading dot matched") << ".env"
                                             << "*" << true;
        QTest::newRow("class") << "b.txt"
                               << "[ab].txt" << true;
        QTest::newRow("negated class") << "c.txt"
                                       << "[!ab].txt" << true;
        QTest::newRow("backslash literal") << "a\\b"
                                           << "a\\b" << true;
        QTest::newRow("question mark") << "a/b"
                                       << "a?b" << true;
        QTest::newRow("whole path") << "src/a.py"
                                    << "a.py" << false;
    }
    void patternsAreFnmatchAsHuggingFaceHubs()
    {
        QFETCH(QString, path);
        QFETCH(QString, pattern);
        QFETCH(bool, matches);
        QCOMPARE(FolderUploadPlanner::matches(path, pattern), matches);
    }

    void includeAndExcludeSayWhy()
    {
        write(QStringLiteral("app.py"));
        write(QStringLiteral("src/m.py"));
        write(QStringLiteral("src/test_m.py"));
        write(QStringLiteral("weights.bin"));
        FolderUploadPlanner::Options options;
        options.include = {QStringLiteral("*.py")};
        options.exclude = {QStringLiteral("*test_*")};
        const FolderUploadPlan p = plan(options);
        QCOMPARE(relativePaths(p), (QStringList{QStringLiteral("app.py"), QStringLiteral("src/m.py")}));
        QCOMPARE(skipOf(p, QStringLiteral("weights.bin")), Skip::NotIncluded);
        QCOMPARE(skipOf(p, QStringLiteral("src/test_m.py")), Skip::Excluded);
    }

    void followsOnlyLinksToFilesInsideTheFolder()
    {
        QTemporaryDir outside;
        QFile secret(outside.path() + QStringLiteral("/id_rsa"));
        QVERIFY(secret.open(QIODevice::WriteOnly) && secret.write("KEY") == 3);
        secret.close();
        write(QStringLiteral("data/real.bin"), 700);
        const QByteArray root = QFile::encodeName(m_temp->path());
        QCOMPARE(::symlink("data/real.bin", (root + "/alias.bin").constData()), 0);
        QCOMPARE(::symlink(QFile::encodeName(secret.fileName()).constData(), (root + "/id_rsa").constData()), 0);
        QCOMPARE(::symlink("../data/../../", (root + "/data/up").constData()), 0);
        QCOMPARE(::symlink("data", (root + "/datalink").constData()), 0);
        QCOMPARE(::symlink("missing", (root + "/broken").constData()), 0);
        QCOMPARE(::symlink(".", (root + "/self").constData()), 0);
        QCOMPARE(::symlink("..", (root + "/data/parent").constData()), 0);
        const FolderUploadPlan p = plan();
        QCOMPARE(relativePaths(p), (QStringList{QStringLiteral("alias.bin"), QStringLiteral("data/real.bin")}));
        QCOMPARE(p.files[0].size, 700); // the target's, not the link's
        QCOMPARE(skipOf(p, QStringLiteral("id_rsa")), Skip::LinkOutside);
        QCOMPARE(skipOf(p, QStringLiteral("data/up")), Skip::LinkOutside);
        QCOMPARE(skipOf(p, QStringLiteral("datalink")), Skip::LinkToFolder);
        QCOMPARE(skipOf(p, QStringLiteral("broken")), Skip::Unreadable);
        // Links to the folder itself are links to a folder, not escapes from it.
        QCOMPARE(skipOf(p, QStringLiteral("self")), Skip::LinkToFolder);
        QCOMPARE(skipOf(p, QStringLiteral("data/parent")), Skip::LinkToFolder);
        QCOMPARE(p.totalBytes, 1400);
    }

    void leavesOutPipesWithoutBlocking()
    {
        write(QStringLiteral("app.py"));
        QCOMPARE(::mkfifo(QFile::encodeName(m_temp->path() + QStringLiteral("/pipe")).constData(), 0600), 0);
        QCOMPARE(::symlink("pipe", QFile::encodeName(m_temp->path() + QStringLiteral("/pipelink")).constData()), 0);
        const FolderUploadPlan p = plan();
        QCOMPARE(relativePaths(p), QStringList{QStringLiteral("app.py")});
        QCOMPARE(skipOf(p, QStringLiteral("pipe")), Skip::NotRegularFile);
        QCOMPARE(skipOf(p, QStringLiteral("pipelink")), Skip::NotRegularFile);
    }

    void reportsUnreadableFilesAndFolders()
    {
        if (::geteuid() == 0)
            QSKIP("root reads every file: permissions cannot make one unreadable");
        write(QStringLiteral("app.py"));
        const QString locked = write(QStringLiteral("locked.bin"));
        write(QStringLiteral("closed/inner.py"));
        QVERIFY(QFile::setPermissions(locked, {}));
        QVERIFY(QFile::setPermissions(m_temp->path() + QStringLiteral("/closed"), {}));
        const FolderUploadPlan p = plan();
        QVERIFY(QFile::setPermissions(m_temp->path() + QStringLiteral("/closed"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QCOMPARE(relativePaths(p), QStringList{QStringLiteral("app.py")});
        QCOMPARE(skipOf(p, QStringLiteral("locked.bin")), Skip::Unreadable);
        QCOMPARE(skipOf(p, QStringLiteral("closed/")), Skip::Unreadable);
    }

    void refusesNamesTheHubCannotTake()
    {
        write(QStringLiteral("ok.txt"));
        const QByteArray badPath = QFile::encodeName(m_temp->path()) + "/caf\xe9.txt";
        FILE *f = ::fopen(badPath.constData(), "w");
        QVERIFY(f);
        ::fclose(f);
        write(QStringLiteral("line\nbreak.txt"));
        const FolderUploadPlan p = plan();
        QCOMPARE(relativePaths(p), QStringList{QStringLiteral("ok.txt")});
        QCOMPARE(p.skippedCount(Skip::RefusedPath), 2);
        for (const auto &skipped : p.skipped)
            QVERIFY(!skipped.detail.isEmpty());
        QCOMPARE(::unlink(badPath.constData()), 0); // QTemporaryDir cannot remove a name that is not UTF-8
    }

    void badFolderIsOneError()
    {
        FolderUploadPlanner::Options options;
        options.folder = m_temp->path() + QStringLiteral("/missing");
        HubResult<FolderUploadPlan> missing = FolderUploadPlanner::plan(options);
        QCOMPARE(missing.error.kind, HubError::Kind::LocalFile);
        QVERIFY2(missing.error.message().contains(QStringLiteral("No such file")), qPrintable(missing.error.message()));
        options.folder = write(QStringLiteral("file.txt"));
        HubResult<FolderUploadPlan> file = FolderUploadPlanner::plan(options);
        QCOMPARE(file.error.kind, HubError::Kind::LocalFile);
        QVERIFY(file.error.message().contains(QStringLiteral("not a folder")));
        options.folder = m_temp->path();
        options.pathInRepo = QStringLiteral("a/../b");
        QCOMPARE(FolderUploadPlanner::plan(options).error.kind, HubError::Kind::LocalFile);
        QVERIFY(!missing.error.message().contains(u'\n'));
    }

    void emptyFolderPlansNothing()
    {
        const FolderUploadPlan p = plan();
        QVERIFY(p.files.isEmpty());
        QCOMPARE(p.totalBytes, 0);
    }

    void stopsAtTheDepthLimit()
    {
        QString relative;
        for (int i = 0; i < FolderUploadPlanner::kMaxDepth + 5; ++i)
            relative += QStringLiteral("d/");
        write(relative + QStringLiteral("deep.txt"));
        write(QStringLiteral("d/shallow.txt"));
        const FolderUploadPlan p = plan();
        QCOMPARE(relativePaths(p), QStringList{QStringLiteral("d/shallow.txt")});
        QCOMPARE(p.skippedCount(Skip::TooDeep), 1);
        QCOMPARE(p.skipped[0].relativePath.count(u'/'), FolderUploadPlanner::kMaxDepth);
    }

    void cancelsAndReportsProgress()
    {
        for (int i = 0; i < 1200; ++i)
            write(QStringLiteral("many/f%1").arg(i), 1);
        FolderUploadPlanner::Options options;
        options.folder = m_temp->path();
        std::atomic_bool stop = false;
        qint64 lastSeen = 0;
        HubResult<FolderUploadPlan> done = FolderUploadPlanner::plan(options, &stop, [&](qint64 seen) { lastSeen = seen; });
        QVERIFY(done.ok());
        QCOMPARE(lastSeen, 1201);
        stop = true;
        HubResult<FolderUploadPlan> canceled = FolderUploadPlanner::plan(options, &stop);
        QCOMPARE(canceled.error.kind, HubError::Kind::Canceled);
    }

    void planningChangesNoAccessTime()
    {
        if (!hubdeck::test::AtimeProbe::plainReadUpdatesAtime(m_temp->path()))
            QSKIP("this file system does not record reads");
        const QString file = write(QStringLiteral("src/app.py"), 100);
        const double old = double(QDateTime::currentSecsSinceEpoch() - 3 * 24 * 3600);
        const QString folder = m_temp->path() + QStringLiteral("/src");
        hubdeck::test::FixtureCache::setTimes(file, old, old);
        hubdeck::test::FixtureCache::setTimes(folder, old, old);
        const timespec fileBefore = hubdeck::test::AtimeProbe::atime(file);
        const timespec folderBefore = hubdeck::test::AtimeProbe::atime(folder);
        QCOMPARE(plan().files.size(), 1);
        QVERIFY(hubdeck::test::AtimeProbe::same(fileBefore, hubdeck::test::AtimeProbe::atime(file)));
        QVERIFY(hubdeck::test::AtimeProbe::same(folderBefore, hubdeck::test::AtimeProbe::atime(folder)));
    }

    void deletesOnlyMatchingRemoteFilesUnderThePlace()
    {
        write(QStringLiteral("app.py"));
        FolderUploadPlanner::Options options;
        options.pathInRepo = QStringLiteral("web");
        options.deletePatterns = {QStringLiteral("*.py"), QStringLiteral("old/")};
        const FolderUploadPlan p = plan(options);
        const QStringList remote = {QStringLiteral(".gitattributes"), QStringLiteral("README.md"),   QStringLiteral("top.py"),
                                    QStringLiteral("web/app.py"),     QStringLiteral("web/gone.py"), QStringLiteral("web/old/x.bin"),
                                    QStringLiteral("web/keep.bin"),   QStringLiteral("webby/a.py")};
        QCOMPARE(FolderUploadPlanner::deletions(remote, options, p),
                 (QStringList{QStringLiteral("web/gone.py"), QStringLiteral("web/old/x.bin")}));
        options.pathInRepo.clear();
        options.deletePatterns = {QStringLiteral("*")};
        const FolderUploadPlan atRoot = plan(options);
        QCOMPARE(FolderUploadPlanner::deletions(remote, options, atRoot).contains(QStringLiteral(".gitattributes")), false);
        QCOMPARE(FolderUploadPlanner::deletions(remote, options, atRoot).contains(QStringLiteral("app.py")), false);
        options.deletePatterns.clear();
        QVERIFY(FolderUploadPlanner::deletions(remote, options, atRoot).isEmpty());
    }

    // When a plan made before may stand for the request's (FolderUpload::Request::priorPlan).
    void samePlanComparesWhatMakesThePlan()
    {
        FolderUploadPlanner::Options a;
        a.folder = m_temp->path();
        a.pathInRepo = QStringLiteral("web");
        a.include = {QStringLiteral("*.py")};
        a.exclude = {QStringLiteral("logs/")};
        FolderUploadPlanner::Options b = a;
        QVERIFY(FolderUploadPlanner::samePlan(a, b));
        b.folder = m_temp->path() + QStringLiteral("/./sub/..//");
        b.pathInRepo = QStringLiteral("/web/");
        b.deletePatterns = {QStringLiteral("*")};
        QVERIFY(FolderUploadPlanner::samePlan(a, b));
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(QFileInfo(m_temp->path()).path()));
        b.folder = QFileInfo(m_temp->path()).fileName(); // relative to the current folder
        const bool relativeSame = FolderUploadPlanner::samePlan(a, b);
        QVERIFY(QDir::setCurrent(before));
        QVERIFY(relativeSame);

        for (const auto &change : std::initializer_list<std::function<void(FolderUploadPlanner::Options &)>>{
                 [](FolderUploadPlanner::Options &o) { o.folder += QStringLiteral("/sub"); },
                 [](FolderUploadPlanner::Options &o) { o.pathInRepo = QStringLiteral("web/static"); },
                 [](FolderUploadPlanner::Options &o) { o.include.append(QStringLiteral("*.md")); },
                 [](FolderUploadPlanner::Options &o) { o.exclude.clear(); },
                 [](FolderUploadPlanner::Options &o) { o.useDefaultIgnores = false; },
                 [](FolderUploadPlanner::Options &o) { o.folder.clear(); },
             }) {
            FolderUploadPlanner::Options other = a;
            change(other);
            QVERIFY(!FolderUploadPlanner::samePlan(a, other));
            QVERIFY(!FolderUploadPlanner::samePlan(other, a));
        }
    }
};

QTEST_GUILESS_MAIN(TestFolderUploadPlan)
#include "tst_folderuploadplan.moc"
