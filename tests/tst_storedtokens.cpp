// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AtimeProbe.h"
#include "HubCredentials.h"
#include "StoredTokens.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdeck;
using Token = StoredTokens::Token;
using Tokens = QList<Token>;

class TestStoredTokens : public QObject
{
    Q_OBJECT

    QProcessEnvironment envFor(const QTemporaryDir &dir)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HF_HOME"), dir.path());
        return env;
    }

    static QByteArray fileText(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
    }

private Q_SLOTS:
    void parsesAsConfigparser_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Tokens>("expected");
        QTest::newRow("empty") << QByteArray() << Tokens{};
        QTest::newRow("as huggingface_hub writes it")
            << QByteArray("[laptop]\nhf_token = hf_aaaa\n\n[work]\nhf_token = hf_bbbb\n\n")
            << Tokens{{QStringLiteral("laptop"), QStringLiteral("hf_aaaa")}, {QStringLiteral("work"), QStringLiteral("hf_bbbb")}};
        QTest::newRow("file order kept") << QByteArray("[b]\nhf_token=x\n[a]\nhf_token=y\n")
                                         << Tokens{{QStringLiteral("b"), QStringLiteral("x")}, {QStringLiteral("a"), QStringLiteral("y")}};
        QTest::newRow("colon, spaces, upper-case key, CRLF")
            << QByteArray("[w]\r\n  HF_TOKEN :   hf_c  \r\n") << Tokens{{QStringLiteral("w"), QStringLiteral("hf_c")}};
        QTest::newRow("comments and other keys")
            << QByteArray("# mine\n[w]\n; note\nother = 1\nhf_token = t\n") << Tokens{{QStringLiteral("w"), QStringLiteral("t")}};
        QTest::newRow("continuation line") << QByteArray("[w]\nhf_token = a\n  b\n")
                                           << Tokens{{QStringLiteral("w"), QStringLiteral("a\nb")}};
        QTest::newRow("DEFAULT gives its token and is no token")
            << QByteArray("[DEFAULT]\nhf_token = d\n[w]\n[v]\nhf_token = v\n")
            << Tokens{{QStringLiteral("w"), QStringLiteral("d")}, {QStringLiteral("v"), QStringLiteral("v")}};
        QTest::newRow("escaped percent") << QByteArray("[w]\nhf_token = a%%b\n") << Tokens{{QStringLiteral("w"), QStringLiteral("a%b")}};
        QTest::newRow("first delimiter splits")
            << QByteArray("[w]\nhf_token = a=b:c\n") << Tokens{{QStringLiteral("w"), QStringLiteral("a=b:c")}};
        QTest::newRow("name with brackets and spaces")
            << QByteArray("[my [team] token]\nhf_token = t\n") << Tokens{{QStringLiteral("my [team] token"), QStringLiteral("t")}};
        QTest::newRow("UTF-8 name") << QByteArray("[caf\xc3\xa9]\nhf_token = t\n") << Tokens{{QStringLiteral("café"), QStringLiteral("t")}};
    }
    void parsesAsConfigparser()
    {
        QFETCH(QByteArray, text);
        QFETCH(Tokens, expected);
        QString error;
        const std::optional<Tokens> tokens = StoredTokens::parse(text, &error);
        QVERIFY2(tokens, qPrintable(error));
        QCOMPARE(*tokens, expected);
    }

    void refusesWhatConfigparserRefuses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("key before a section") << QByteArray("hf_token = x\n") << QStringLiteral("line 1 comes before any [section]");
        QTest::newRow("duplicate section") << QByteArray("[a]\nhf_token=x\n[a]\nhf_token=y\n")
                                           << QStringLiteral("line 3 repeats the section [a]");
        QTest::newRow("duplicate key") << QByteArray("[a]\nhf_token=x\nHF_TOKEN=y\n") << QStringLiteral("line 3 repeats hf_token");
        QTest::newRow("not key = value") << QByteArray("[a]\njunk\n") << QStringLiteral("line 2 is neither a [section] nor key = value");
        QTest::newRow("section without token") << QByteArray("[a]\nhf_token=x\n[b]\nother=1\n")
                                               << QStringLiteral("the section [b] has no hf_token");
        QTest::newRow("lone percent") << QByteArray("[a]\nhf_token=x%y\n")
                                      << QStringLiteral("the token of [a] has a '%' that Python's configparser cannot read");
        QTest::newRow("not UTF-8") << QByteArray("[\xff]\nhf_token=x\n") << QStringLiteral("it is not UTF-8 text");
    }
    void refusesWhatConfigparserRefuses()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!StoredTokens::parse(text, &error));
        QCOMPARE(error, reason);
    }

    void serializesAsConfigparserWrites()
    {
        const Tokens tokens{{QStringLiteral("work"), QStringLiteral("hf_b")},
                            {QStringLiteral("Laptop"), QStringLiteral("hf_a")},
                            {QStringLiteral("\U0001F600"), QStringLiteral("hf_c")},
                            {QStringLiteral("\uFF21"), QStringLiteral("hf_d")}};
        // Python's sorted(): by code point, so U+FF21 comes before U+1F600.
        QCOMPARE(StoredTokens::serialize(tokens), QByteArray("[Laptop]\nhf_token = hf_a\n\n[work]\nhf_token = hf_b\n\n"
                                                             "[\xef\xbc\xa1]\nhf_token = hf_d\n\n[\xf0\x9f\x98\x80]\nhf_token = hf_c\n\n"));
        QString error;
        const std::optional<Tokens> back = StoredTokens::parse(StoredTokens::serialize(tokens), &error);
        QVERIFY(back);
        QCOMPARE(back->size(), 4);
    }

    void namesThatCannotBeStored_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("token");
        QTest::newRow("empty name") << QString() << QStringLiteral("hf_x");
        QTest::newRow("two lines") << QStringLiteral("a\nb") << QStringLiteral("hf_x");
        QTest::newRow("surrounding space") << QStringLiteral(" a") << QStringLiteral("hf_x");
        QTest::newRow("DEFAULT") << QStringLiteral("DEFAULT") << QStringLiteral("hf_x");
        QTest::newRow("comment") << QStringLiteral("#a") << QStringLiteral("hf_x");
        QTest::newRow("ESC") << QStringLiteral("a\x1b[2J") << QStringLiteral("hf_x");
        QTest::newRow("percent in token") << QStringLiteral("a") << QStringLiteral("hf_%x");
        QTest::newRow("space in token") << QStringLiteral("a") << QStringLiteral("hf_ x");
    }
    void namesThatCannotBeStored()
    {
        QFETCH(QString, name);
        QFETCH(QString, token);
        QVERIFY(!StoredTokens::whyNotStorable({name, token}).isEmpty());
        QTemporaryDir dir;
        QString error;
        QVERIFY(!StoredTokens::write({{name, token}}, &error, envFor(dir)));
        QVERIFY(!QFile::exists(StoredTokens::path(envFor(dir))));
    }

    void masksEveryToken()
    {
        QCOMPARE(StoredTokens::masked(QStringLiteral("hf_abcdefghijklmnopqrstuvwxyz1234")), QStringLiteral("hf_****1234"));
        // Short tokens would be mostly shown by first-3-last-4.
        QCOMPARE(StoredTokens::masked(QStringLiteral("hf_abcd1234")), QStringLiteral("****"));
        QCOMPARE(StoredTokens::masked(QStringLiteral("x")), QStringLiteral("****"));
    }

    void pathIsBesideTheTokenFile()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HF_HOME"), QStringLiteral("/h"));
        QCOMPARE(StoredTokens::path(env), QStringLiteral("/h/stored_tokens"));
        env.insert(QStringLiteral("HF_TOKEN_PATH"), QStringLiteral("/secrets/hf/token"));
        QCOMPARE(StoredTokens::path(env), QStringLiteral("/secrets/hf/stored_tokens"));
    }

    void signInStoresByNameAndActivates()
    {
        QTemporaryDir dir;
        const auto env = envFor(dir);
        QString error;
        QVERIFY2(HubCredentials::signIn(QStringLiteral("hf_first\n"), QStringLiteral("laptop"), &error, env), qPrintable(error));
        QVERIFY2(HubCredentials::signIn(QStringLiteral("hf_second"), QStringLiteral("work"), &error, env), qPrintable(error));
        QVERIFY2(HubCredentials::signIn(QStringLiteral("hf_third"), QStringLiteral("laptop"), &error, env), qPrintable(error));
        QCOMPARE(fileText(StoredTokens::path(env)), QByteArray("[laptop]\nhf_token = hf_third\n\n[work]\nhf_token = hf_second\n\n"));
        QCOMPARE(HubCredentials::tokenFromFile(env), QStringLiteral("hf_third"));
        const QFile::Permissions others =
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(StoredTokens::path(env)) & others, QFile::Permissions());
        QCOMPARE(QFile::permissions(HubCredentials::tokenPath(env)) & others, QFile::Permissions());
    }

    // Reading the token, the stored tokens and the active name (each start, the Spaces page)
    // leaves their access times as they were: looking is not using (GUI attack H15: the Overview
    // showed the token "last accessed a few seconds ago" after every start).
    void readingTheTokensLeavesTheirAccessTimes()
    {
        QTemporaryDir dir;
        HUBDECK_REQUIRE_ATIME_UPDATES(dir.path());
        const auto env = envFor(dir);
        QString error;
        QVERIFY2(HubCredentials::signIn(QStringLiteral("hf_first"), QStringLiteral("laptop"), &error, env), qPrintable(error));
        const QStringList files{HubCredentials::tokenPath(env), StoredTokens::path(env), HubCredentials::activeTokenNamePath(env)};
        const double old = double(QDateTime::currentSecsSinceEpoch() - 3 * 24 * 3600) + 0.25;
        QHash<QString, timespec> before;
        for (const QString &file : files) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            test::FixtureCache::setTimes(file, old, old);
            before.insert(file, test::AtimeProbe::atime(file));
        }
        QCOMPARE(HubCredentials::tokenFromFile(env), QStringLiteral("hf_first"));
        QCOMPARE(HubCredentials::activeTokenName(env), QStringLiteral("laptop"));
        QVERIFY(StoredTokens::read(&error, env).has_value());
        for (const QString &file : files)
            HUBDECK_COMPARE_ATIME(before.value(file), file);
    }

    // The GUI's sign-out path: a name whose token another name still holds leaves the token
    // file, and the name switched to is known until the token file changes under it.
    void signOutKeepsATokenAnotherNameHolds()
    {
        QTemporaryDir dir;
        const auto env = envFor(dir);
        QString error;
        QVERIFY2(HubCredentials::signIn(QStringLiteral("hf_same"), QStringLiteral("a"), &error, env), qPrintable(error));
        QVERIFY2(HubCredentials::signIn(QStringLiteral("hf_same"), QStringLiteral("b"), &error, env), qPrintable(error));
        QCOMPARE(HubCredentials::activeTokenName(env), QStringLiteral("b"));
        QVERIFY2(HubCredentials::switchTo(QStringLiteral("a"), &error, env), qPrintable(error));
        QCOMPARE(HubCredentials::activeTokenName(env), QStringLiteral("a"));
        QCOMPARE(StoredTokens::namesHolding(*StoredTokens::read(&error, env), QStringLiteral("hf_same")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));

        bool deleted = true;
        QVERIFY2(HubCredentials::signOut(QStringLiteral("b"), &deleted, &error, env), qPrintable(error));
        QVERIFY(!deleted);
        QCOMPARE(HubCredentials::tokenFromFile(env), QStringLiteral("hf_same"));
        QCOMPARE(HubCredentials::activeTokenName(env), QStringLiteral("a"));
        // Logging out the name switched to hands the record to the name left.
        QVERIFY2(HubCredentials::signIn(QStringLiteral("hf_same"), QStringLiteral("c"), &error, env), qPrintable(error));
        QVERIFY2(HubCredentials::switchTo(QStringLiteral("a"), &error, env), qPrintable(error));
        QVERIFY2(HubCredentials::signOut(QStringLiteral("a"), &deleted, &error, env), qPrintable(error));
        QVERIFY(!deleted);
        QCOMPARE(HubCredentials::activeTokenName(env), QStringLiteral("c"));

        // A token file another tool changed makes the record say nothing.
        QVERIFY2(HubCredentials::saveToken(QStringLiteral("hf_other"), &error, env), qPrintable(error));
        QCOMPARE(HubCredentials::activeTokenName(env), QString());

        // The last name holding the active token takes the token file with it.
        QVERIFY2(HubCredentials::saveToken(QStringLiteral("hf_same"), &error, env), qPrintable(error));
        QVERIFY2(HubCredentials::signOut(QStringLiteral("c"), &deleted, &error, env), qPrintable(error));
        QVERIFY(deleted);
        QVERIFY(!QFile::exists(HubCredentials::tokenPath(env)));
        QVERIFY(!QFile::exists(HubCredentials::activeTokenNamePath(env)));
    }

    void anUnreadableFileIsNeverWrittenOver()
    {
        QTemporaryDir dir;
        const auto env = envFor(dir);
        const QByteArray broken("[a]\nhf_token = hf_a\n[a]\nhf_token = hf_b\n");
        QFile file(StoredTokens::path(env));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(broken);
        file.close();
        QString error;
        QVERIFY(!HubCredentials::signIn(QStringLiteral("hf_new"), QStringLiteral("new"), &error, env));
        QVERIFY2(error.contains(QStringLiteral("line 3 repeats the section [a]")), qPrintable(error));
        QCOMPARE(fileText(StoredTokens::path(env)), broken);
        QVERIFY(!QFile::exists(HubCredentials::tokenPath(env)));
    }

    void environmentTokens()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HF_HOME"), QStringLiteral("/nonexistent"));
        QCOMPARE(HubCredentials::token({}, env), QString());
        QCOMPARE(HubCredentials::tokenVariable(env), QString());
        env.insert(QStringLiteral("HUGGING_FACE_HUB_TOKEN"), QStringLiteral(" hf_old\r\n"));
        QCOMPARE(HubCredentials::token({}, env), QStringLiteral("hf_old"));
        QCOMPARE(HubCredentials::tokenVariable(env), QStringLiteral("HUGGING_FACE_HUB_TOKEN"));
        env.insert(QStringLiteral("HF_TOKEN"), QStringLiteral("hf_new"));
        QCOMPARE(HubCredentials::token({}, env), QStringLiteral("hf_new"));
        QCOMPARE(HubCredentials::tokenVariable(env), QStringLiteral("HF_TOKEN"));
        // As `os.environ.get("HF_TOKEN") or ...`: an empty HF_TOKEN falls through.
        env.insert(QStringLiteral("HF_TOKEN"), QString());
        QCOMPARE(HubCredentials::token({}, env), QStringLiteral("hf_old"));
        QCOMPARE(HubCredentials::tokenVariable(env), QStringLiteral("HUGGING_FACE_HUB_TOKEN"));
        // One of white space is taken, and cleans to nothing: no token, no variable to name.
        env.insert(QStringLiteral("HF_TOKEN"), QStringLiteral("  "));
        QCOMPARE(HubCredentials::tokenFromEnvironment(env), QString());
        QCOMPARE(HubCredentials::tokenVariable(env), QString());
    }

    // huggingface_hub itself reads the file through configparser: check both directions
    // against Python when it is there.
    void pythonReadsWhatWeWriteAndBack()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QTemporaryDir dir;
        const auto env = envFor(dir);
        const Tokens tokens{{QStringLiteral("my [team] token"), QStringLiteral("hf_a")}, {QStringLiteral("café"), QStringLiteral("hf_b")}};
        QString error;
        QVERIFY(StoredTokens::write(tokens, &error, env));
        QProcess read;
        read.start(python, {QStringLiteral("-c"),
                            QStringLiteral("import configparser,sys,json\n"
                                           "c=configparser.ConfigParser()\nc.read(sys.argv[1],encoding='utf-8')\n"
                                           "print(json.dumps({s:c.get(s,'hf_token') for s in c.sections()}))"),
                            StoredTokens::path(env)});
        QVERIFY(read.waitForFinished());
        QCOMPARE(read.exitCode(), 0);
        QCOMPARE(read.readAllStandardOutput().trimmed(), QByteArray(R"({"caf\u00e9": "hf_b", "my [team] token": "hf_a"})"));

        QProcess write;
        write.start(python, {QStringLiteral("-c"),
                             QStringLiteral("import configparser,sys\n"
                                            "c=configparser.ConfigParser()\n"
                                            "for n,t in [('zeta','hf_z'),('alpha','hf_a%%b')]:\n"
                                            "  c.add_section(n); c.set(n,'hf_token',t)\n"
                                            "c.write(open(sys.argv[1],'w'))"),
                             StoredTokens::path(env)});
        QVERIFY(write.waitForFinished());
        QCOMPARE(write.exitCode(), 0);
        const std::optional<Tokens> back = StoredTokens::read(&error, env);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, (Tokens{{QStringLiteral("zeta"), QStringLiteral("hf_z")}, {QStringLiteral("alpha"), QStringLiteral("hf_a%b")}}));
    }
};

QTEST_GUILESS_MAIN(TestStoredTokens)
#include "tst_storedtokens.moc"
