// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheScanner.h"
#include "CacheTreeModel.h"
#include "CliRun.h"
#include "DeletionExecutor.h"
#include "DeletionPlanner.h"
#include "FixtureCache.h"
#include "PosixFs.h"
#include "PrintableText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <ftw.h>
#include <functional>
#include <sys/stat.h>
#include <unistd.h>

using namespace hubdeck;
using hubdeck::test::FixtureCache;

// Issue #10, "Paths are bytes": names that are not UTF-8, or that hold a newline or an ESC
// sequence, are scanned, removed (really: the folder is gone from the disk afterwards) and
// shown escaped, by the engine, the model and hubdeck-cli.
//
// The fixture (built with raw byte names, which FixtureCache's QString API cannot make):
//   models--org--b\xff\xfe   commit A (refs main and "br\xffanch"); files "we\xffird.bin",
//                            "line\nbreak.txt", "\x1b[31mred.txt"
//   models--org--refs        commit B1 (refs "evil\n\x1b[31m" and "v\xff"; blob e3 only its own),
//                            commit B2 (ref main)
//   models--org--c\xff       commit C (ref main)
//   bad\x1b[31m\nentry\xff/  a folder with no "--": a corrupted entry
class TestRawNames : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    // QTemporaryDir cannot remove names that are not UTF-8: it goes through QString too.
    struct RawDir : QTemporaryDir
    {
        RawDir() { setAutoRemove(false); }
        ~RawDir()
        {
            ::nftw(
                QFile::encodeName(path()).constData(),
                [](const char *entry, const struct stat *, int, struct FTW *) { return ::remove(entry); }, 16, FTW_DEPTH | FTW_PHYS);
        }
    };

    static QByteArray repoB() { return QByteArrayLiteral("models--org--b\xff\xfe"); }
    static QByteArray repoRefs() { return QByteArrayLiteral("models--org--refs"); }
    static QByteArray repoC() { return QByteArrayLiteral("models--org--c\xff"); }
    static QByteArray badEntry() { return QByteArrayLiteral("bad\x1b[31m\nentry\xff"); }
    static QByteArray evilRef() { return QByteArrayLiteral("evil\n\x1b[31m"); }
    static QByteArray byteRef() { return QByteArrayLiteral("v\xff"); }
    static QString commitA() { return FixtureCache::commit(QStringLiteral("raw-a")); }
    static QString commitB1() { return FixtureCache::commit(QStringLiteral("raw-b1")); }
    static QString commitB2() { return FixtureCache::commit(QStringLiteral("raw-b2")); }
    static QString commitC() { return FixtureCache::commit(QStringLiteral("raw-c")); }

    // Raw-byte file system helpers; every path is relative to the fixture's root.
    static QByteArray at(const QTemporaryDir &dir, const QByteArray &relative) { return QFile::encodeName(dir.path()) + '/' + relative; }
    static void makeDirs(const QTemporaryDir &dir, const QByteArray &relative)
    {
        QByteArray path = QFile::encodeName(dir.path());
        for (const QByteArray &part : relative.split('/')) {
            path += '/' + part;
            if (::mkdir(path.constData(), 0755) != 0 && errno != EEXIST)
                qFatal("mkdir %s failed", path.constData());
        }
    }
    static void write(const QTemporaryDir &dir, const QByteArray &relative, const QByteArray &content)
    {
        makeDirs(dir, relative.left(relative.lastIndexOf('/')));
        const int fd = ::open(at(dir, relative).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, content.constData(), size_t(content.size())), ssize_t(content.size()));
        ::close(fd);
    }
    static void link(const QTemporaryDir &dir, const QByteArray &relative, const QByteArray &target)
    {
        makeDirs(dir, relative.left(relative.lastIndexOf('/')));
        QCOMPARE(::symlink(target.constData(), at(dir, relative).constData()), 0);
    }
    static bool exists(const QTemporaryDir &dir, const QByteArray &relative)
    {
        struct stat st
        {
        };
        return ::lstat(at(dir, relative).constData(), &st) == 0;
    }

    static void build(const QTemporaryDir &dir)
    {
        const QByteArray a = repoB() + "/snapshots/" + commitA().toLatin1() + '/';
        write(dir, repoB() + "/blobs/e1", "one");
        write(dir, repoB() + "/blobs/e2", "twotwo");
        link(dir, a + "we\xffird.bin", "../../blobs/e1");
        link(dir, a + "line\nbreak.txt", "../../blobs/e2");
        link(dir, a + "\x1b[31mred.txt", "../../blobs/e2");
        write(dir, repoB() + "/refs/main", commitA().toLatin1());
        write(dir,
              repoB() + "/refs/br\xff"
                        "anch",
              commitA().toLatin1());

        write(dir, repoRefs() + "/blobs/e3", "three");
        write(dir, repoRefs() + "/blobs/e4", "four");
        link(dir, repoRefs() + "/snapshots/" + commitB1().toLatin1() + "/model.bin", "../../blobs/e3");
        link(dir, repoRefs() + "/snapshots/" + commitB2().toLatin1() + "/model.bin", "../../blobs/e4");
        write(dir, repoRefs() + "/refs/" + evilRef(), commitB1().toLatin1());
        write(dir, repoRefs() + "/refs/" + byteRef(), commitB1().toLatin1());
        write(dir, repoRefs() + "/refs/main", commitB2().toLatin1());

        write(dir, repoC() + "/blobs/e5", "five");
        link(dir, repoC() + "/snapshots/" + commitC().toLatin1() + "/x.bin", "../../blobs/e5");
        write(dir, repoC() + "/refs/main", commitC().toLatin1());

        write(dir, badEntry() + "/junk", "junk");
    }

    static const CachedRepo *findRepo(const CacheScan &scan, const QByteArray &folder)
    {
        for (const CachedRepo &repo : scan.repos)
            if (FileName::encode(repo.folderName) == folder)
                return &repo;
        return nullptr;
    }

    static Run runCli(const QStringList &arguments)
    {
        const hubdeck::test::CliRun run = hubdeck::test::CliRun::run(arguments);
        if (!run.finished)
            qFatal("hubdeck-cli did not finish");
        return {run.crashed ? -2 : run.code, run.outBytes, run.errBytes};
    }

    // QProcess passes arguments through QFile::encodeName, which cannot carry a byte that is
    // not UTF-8; the shell's printf can. rawTarget is printf format text ("\\377" for 0xff).
    static Run runCliRaw(const QString &root, const QString &command, const QString &rawTarget)
    {
        const hubdeck::test::CliRun run = hubdeck::test::CliRun::runProgram(
            QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), QStringLiteral("exec \"$0\" cache %1 --dir \"$1\" \"$(printf '%2')\" --yes").arg(command, rawTarget),
             qEnvironmentVariable("HUBDECK_CLI"), root});
        if (!run.finished)
            qFatal("hubdeck-cli did not finish");
        return {run.crashed ? -2 : run.code, run.outBytes, run.errBytes};
    }

    // What a terminal must never receive from a name: ESC, a bare CR, a byte that is not UTF-8.
    static void verifySafeForTerminal(const QByteArray &output)
    {
        QVERIFY2(!output.contains('\x1b'), output.constData());
        QVERIFY2(!output.contains('\r'), output.constData());
        QVERIFY2(QString::fromUtf8(output).toUtf8() == output, output.constData()); // well-formed UTF-8
    }

private Q_SLOTS:
    void decodeIsPythonSurrogateEscape_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        auto escaped = [](std::initializer_list<unsigned> bytes) {
            QString s;
            for (unsigned b : bytes)
                s.append(QChar(char16_t(0xDC00 + b)));
            return s;
        };
        QTest::newRow("ascii") << QByteArray("models--org--name") << QStringLiteral("models--org--name");
        QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9 \xf0\x9f\xa4\x97") << QStringLiteral("café 🤗");
        QTest::newRow("lone bytes") << QByteArray("b\xff\xfe") << QStringLiteral("b") + escaped({0xff, 0xfe});
        QTest::newRow("latin-1 e-acute") << QByteArray("caf\xe9") << QStringLiteral("caf") + escaped({0xe9});
        QTest::newRow("stray continuation") << QByteArray("a\x80z") << QStringLiteral("a") + escaped({0x80}) + u'z';
        QTest::newRow("truncated") << QByteArray("\xe2\x82") << escaped({0xe2, 0x82});
        QTest::newRow("truncated then ascii") << QByteArray("\xe2\x82z") << escaped({0xe2, 0x82}) + u'z';
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << escaped({0xc0, 0xaf});
        QTest::newRow("overlong 3-byte") << QByteArray("\xe0\x80\xaf") << escaped({0xe0, 0x80, 0xaf});
        QTest::newRow("utf-16 surrogate") << QByteArray("\xed\xa0\x80") << escaped({0xed, 0xa0, 0x80});
        QTest::newRow("escaped surrogate bytes") << QByteArray("\xed\xb3\xbf") << escaped({0xed, 0xb3, 0xbf});
        QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << escaped({0xf4, 0x90, 0x80, 0x80});
        QTest::newRow("U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << QString::fromUcs4(U"\U0010FFFF");
        QTest::newRow("control characters") << QByteArray("a\nb\x1b[31m") << QStringLiteral("a\nb\x1b[31m");
        // U+FEFF is a character of the name wherever it stands: Qt's UTF-8 decoding drops it at
        // the start of what it is given, and a run starts at the first non-ASCII byte (N19).
        QTest::newRow("U+FEFF first") << QByteArray("\xef\xbb\xbftk") << QString(QChar(0xFEFF)) + QStringLiteral("tk");
        QTest::newRow("U+FEFF after ascii") << QByteArray("set\xef\xbb\xbf-000")
                                            << QStringLiteral("set") + QChar(0xFEFF) + QStringLiteral("-000");
        QTest::newRow("U+FEFF twice") << QByteArray("\xef\xbb\xbf\xef\xbb\xbf") << QString(2, QChar(0xFEFF));
        QTest::newRow("U+FEFF after an escaped byte")
            << QByteArray("a\xff\xef\xbb\xbfz") << QStringLiteral("a") + escaped({0xff}) + QChar(0xFEFF) + u'z';
    }

    void decodeIsPythonSurrogateEscape()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QCOMPARE(FileName::decode(bytes), expected);
        QCOMPARE(FileName::encode(expected), bytes);
    }

    void roundTripsEveryByteString()
    {
        for (int b = 1; b < 256; ++b) {
            const QByteArray one(1, char(b));
            QCOMPARE(FileName::encode(FileName::decode(one)), one);
            for (int c = 1; c < 256; c += 7) {
                const QByteArray two = one + char(c);
                QCOMPARE(FileName::encode(FileName::decode(two)), two);
            }
        }
        QRandomGenerator random(10);
        for (int i = 0; i < 20000; ++i) {
            QByteArray bytes(int(random.bounded(1, 12)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(1, 256));
            const QString decoded = FileName::decode(bytes);
            QCOMPARE(FileName::encode(decoded), bytes);
            QCOMPARE(FileName::decode(FileName::encode(decoded)), decoded);
        }
    }

    void encodeRefusesWhatDecodeNeverMakes()
    {
        // A lone surrogate outside U+DC80..U+DCFF names no file: nothing is opened by mistake.
        QVERIFY(FileName::encode(QStringLiteral("a") + QChar(char16_t(0xD800)) + u'b').isEmpty());
        QVERIFY(FileName::encode(QStringLiteral("a") + QChar(char16_t(0xDC7F))).isEmpty());
        QVERIFY(FileName::encode(QStringLiteral("🤗")) == QByteArray("\xf0\x9f\xa4\x97"));
    }

    void printableNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QStringLiteral("org/café-🤗") << QStringLiteral("org/café-🤗");
        QTest::newRow("bytes") << FileName::decode("models--org--b\xff\xfe") << QStringLiteral("models--org--b\\xff\\xfe");
        QTest::newRow("newline") << QStringLiteral("line\nbreak") << QStringLiteral("line\\nbreak");
        QTest::newRow("esc") << QStringLiteral("\x1b[31mred") << QStringLiteral("\\x1b[31mred");
        QTest::newRow("tab cr del") << QStringLiteral("a\tb\rc\x7f") << QStringLiteral("a\\tb\\rc\\x7f");
        QTest::newRow("backslash") << QStringLiteral("a\\xff") << QStringLiteral("a\\\\xff");
        QTest::newRow("c1") << QString(QChar(0x85)) + u'x' << QStringLiteral("\\u0085x");
        QTest::newRow("bidi override") << QStringLiteral("exe") + QChar(0x202E) + u'x' << QStringLiteral("exe\\u202ex");
        QTest::newRow("zero-width no-break space")
            << QStringLiteral("set") + QChar(0xFEFF) + QStringLiteral("-000") << QStringLiteral("set\\ufeff-000");
        QTest::newRow("zero-width space") << QStringLiteral("a") + QChar(0x200B) + u'b' << QStringLiteral("a\\u200bb");
        QTest::newRow("line separator") << QString(QChar(0x2028)) << QStringLiteral("\\u2028");
        QTest::newRow("lone high surrogate") << QString(QChar(char16_t(0xD800))) << QStringLiteral("\\ud800");
        // Look-alikes of "org___x" (attack A13): a space at either end, of the name or of a
        // path's component, and the spaces that read as one.
        QTest::newRow("trailing space") << QStringLiteral("org___x ") << QStringLiteral("org___x\\x20");
        QTest::newRow("leading space") << QStringLiteral(" org___x") << QStringLiteral("\\x20org___x");
        QTest::newRow("inner space") << QStringLiteral("org x") << QStringLiteral("org x");
        QTest::newRow("no-break space") << QStringLiteral("org___x") + QChar(0x00A0) << QStringLiteral("org___x\\u00a0");
        QTest::newRow("narrow no-break space") << QStringLiteral("a") + QChar(0x202F) + u'b' << QStringLiteral("a\\u202fb");
        QTest::newRow("ideographic space") << QStringLiteral("a") + QChar(0x3000) + u'b' << QStringLiteral("a\\u3000b");
        // Every character Python's repr escapes (attack report 19, H2): the invisible format
        // characters, astral ones too, that made three rows read "org___set-000".
        QTest::newRow("invisible times") << QStringLiteral("org___set\u2062-000") << QStringLiteral("org___set\\u2062-000");
        QTest::newRow("soft hyphen") << QStringLiteral("org___set-\u00ad000") << QStringLiteral("org___set-\\u00ad000");
        QTest::newRow("interlinear annotation") << QStringLiteral("org___set-000\ufff9") << QStringLiteral("org___set-000\\ufff9");
        QTest::newRow("tag character") << QStringLiteral("org___set-000") + QStringView(QChar::fromUcs4(0xE0041)).toString()
                                       << QStringLiteral("org___set-000\\U000e0041");
        QTest::newRow("private use") << QStringLiteral("a\ue000b") << QStringLiteral("a\\ue000b");
        QTest::newRow("astral private use") << QStringView(QChar::fromUcs4(0xF0000)).toString() << QStringLiteral("\\U000f0000");
        QTest::newRow("unassigned") << QStringLiteral("a\u0378") << QStringLiteral("a\\u0378");
        QTest::newRow("zero width joiner") << QStringLiteral("a\u200db") << QStringLiteral("a\\u200db");
        QTest::newRow("emoji and astral letters") << QStringLiteral("\U0001F600\U00020000") << QStringLiteral("\U0001F600\U00020000");
        // NFD beside NFC (H5): a decomposed name shows the marks NFC would compose; a composed
        // one, or a mark no precomposed letter holds, is shown as it is.
        QTest::newRow("nfc") << QStringLiteral("caf\u00e9") << QStringLiteral("caf\u00e9");
        QTest::newRow("nfd") << QStringLiteral("cafe\u0301") << QStringLiteral("cafe\\u0301");
        QTest::newRow("nfd twice") << QStringLiteral("nai\u0308ve cafe\u0301") << QStringLiteral("nai\\u0308ve cafe\\u0301");
        QTest::newRow("mark with no precomposed form") << QStringLiteral("x\u0301") << QStringLiteral("x\u0301");
        QTest::newRow("angstrom sign") << QStringLiteral("\u212b") << QStringLiteral("\\u212b");
        QTest::newRow("greek question mark") << QStringLiteral("a\u037e") << QStringLiteral("a\\u037e");
        QTest::newRow("hangul jamo") << QStringLiteral("\u1100\u1161") << QStringLiteral("\u1100\\u1161");
        QTest::newRow("hangul syllable") << QStringLiteral("\uac00") << QStringLiteral("\uac00");
    }

    void printableNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, shown);
        QCOMPARE(PrintableText::name(name), shown);
        QCOMPARE(PrintableText::parseName(shown), std::optional<QString>(name));
    }

    void printableLinesAndMessages()
    {
        const QString bytes = FileName::decode("b\xff");
        QCOMPARE(PrintableText::line(QStringLiteral("Cannot read C:\\x ") + bytes + QStringLiteral("\nnext")),
                 QStringLiteral("Cannot read C:\\x b\\xff\\nnext"));
        QCOMPARE(PrintableText::lines(QStringLiteral("a\nb\x1b") + bytes), QStringLiteral("a\nb\\x1bb\\xff"));
        // Already escaped names pass through line() unchanged.
        const QString escaped = PrintableText::name(QStringLiteral("x\\y\n") + bytes);
        QCOMPARE(PrintableText::line(escaped), escaped);
        QVERIFY(!PrintableText::parseName(QStringLiteral("a\\q")));
        QVERIFY(!PrintableText::parseName(QStringLiteral("a\\x4")));
        QVERIFY(!PrintableText::parseName(QStringLiteral("a\\")));
        // A message keeps its spaces: French puts no-break ones before ":" on purpose.
        QCOMPARE(PrintableText::line(QStringLiteral(" Supprimé\u00a0: x ")), QStringLiteral(" Supprimé\u00a0: x "));
        QVERIFY(PrintableText::isControl(0x1b) && PrintableText::isControl(0x85) && PrintableText::isControl(0x202e));
        QVERIFY(!PrintableText::isControl(u'a') && !PrintableText::isControl(0xe9) && !PrintableText::isControl(0xDCFF));
        QCOMPARE(PrintableText::plainToolTip(QStringLiteral("a/b")), QStringLiteral("a/b"));
        QCOMPARE(PrintableText::plainToolTip(QStringLiteral("<b>x</b>\ny")), QStringLiteral("<qt>&lt;b&gt;x&lt;/b&gt;<br>y</qt>"));
    }

    void parseNameUndoesNameForAnyDecodedName()
    {
        QRandomGenerator random(11);
        for (int i = 0; i < 5000; ++i) {
            QByteArray bytes(int(random.bounded(1, 10)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(1, 256));
            const QString decoded = FileName::decode(bytes);
            const QString shown = PrintableText::name(decoded);
            for (const char32_t c : shown.toUcs4()) { // a lone surrogate stays one, a pair becomes its character
                QVERIFY(c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f) && !(c >= 0xD800 && c <= 0xDFFF));
                QVERIFY(QChar::category(c) != QChar::Other_Format && QChar::category(c) != QChar::Other_NotAssigned);
            }
            QCOMPARE(PrintableText::parseName(shown), std::optional<QString>(decoded));
        }
    }

    // Any code points (astral ones, marks, format and unassigned ones, NFD and NFC mixed): shown
    // with no invisible character, and read back as they were.
    void parseNameUndoesNameForAnyCodePoints()
    {
        QRandomGenerator random(12);
        for (int i = 0; i < 20000; ++i) {
            QString text;
            for (int n = int(random.bounded(1, 6)); n > 0; --n) {
                char32_t c = 0;
                switch (random.bounded(4)) {
                case 0:
                    c = char32_t(random.bounded(0x20, 0x80)); // ASCII, the backslash included
                    break;
                case 1:
                    c = char32_t(random.bounded(0x300, 0x370)); // combining marks
                    break;
                case 2:
                    c = char32_t(random.bounded(0x80, 0x10000));
                    break;
                default:
                    c = char32_t(random.bounded(0x10000, 0x110000));
                }
                if (c >= 0xD800 && c <= 0xDFFF)
                    continue;
                text += QChar::fromUcs4(c);
            }
            const QString shown = PrintableText::name(text);
            for (const char32_t c : shown.toUcs4())
                QVERIFY2(c != 0x7f && QChar::category(c) != QChar::Other_Format && QChar::category(c) != QChar::Other_NotAssigned &&
                             QChar::category(c) != QChar::Other_PrivateUse && QChar::category(c) != QChar::Other_Control,
                         qPrintable(shown));
            QCOMPARE(PrintableText::parseName(shown), std::optional<QString>(text));
        }
    }

    void scanKeepsRawNames()
    {
        RawDir dir;
        build(dir);
        const CacheScan scan = CacheScanner::scan(dir.path());
        QCOMPARE(scan.repos.size(), 3);
        const CachedRepo *b = findRepo(scan, repoB());
        QVERIFY(b);
        QCOMPARE(b->repoId, FileName::decode("org/b\xff\xfe"));
        QCOMPARE(FileName::encode(b->repoPath), at(dir, repoB()));
        QCOMPARE(b->revisions.size(), 1);
        QCOMPARE(b->revisions[0].refs, QStringList({FileName::decode("br\xff"
                                                                     "anch"),
                                                    QStringLiteral("main")}));
        QStringList files;
        for (const CachedFile &file : b->revisions[0].files) {
            files.append(file.relativePath);
            struct stat st
            {
            };
            QCOMPARE(::stat(FileName::encode(b->filePath(b->revisions[0], file)).constData(), &st), 0);
            QCOMPARE(::stat(FileName::encode(b->blobPath(file.blob)).constData(), &st), 0);
        }
        QCOMPARE(files,
                 QStringList({QStringLiteral("\x1b[31mred.txt"), QStringLiteral("line\nbreak.txt"), FileName::decode("we\xffird.bin")}));
        QCOMPARE(b->sizeOnDisk, 3 + 6);
        const CachedRepo *refs = findRepo(scan, repoRefs());
        QVERIFY(refs);
        QCOMPARE(refs->revisions[0].commitHash, commitB1());
        QCOMPARE(refs->revisions[0].refs, QStringList({QString::fromLatin1(evilRef()), FileName::decode(byteRef())}));
        QCOMPARE(scan.corrupted.size(), 1);
        QCOMPARE(FileName::encode(scan.corrupted[0].path), at(dir, badEntry()));
    }

    void plannerAndExecutorRemoveRawNames()
    {
        RawDir dir;
        build(dir);
        const CacheScan scan = CacheScanner::scan(dir.path());
        const DeletionPlanner planner(scan);
        const DeletionPlanner::Selection selection =
            planner.resolveTargets({QStringLiteral("model/") + findRepo(scan, repoB())->repoId, commitB1(), FileName::decode(badEntry())});
        QVERIFY(selection.missingTargets.isEmpty());
        const DeletionPlan plan = planner.plan(selection);
        const DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY2(report.errors.isEmpty(), qPrintable(PrintableText::line(report.errors.join(u' '))));
        QVERIFY(report.notes.isEmpty());
        // Gone from the disk, not only reported so.
        QVERIFY(!exists(dir, repoB()));
        QVERIFY(!exists(dir, badEntry()));
        QVERIFY(!exists(dir, repoRefs() + "/snapshots/" + commitB1().toLatin1()));
        QVERIFY(!exists(dir, repoRefs() + "/refs/" + evilRef()));
        QVERIFY(!exists(dir, repoRefs() + "/refs/" + byteRef()));
        QVERIFY(!exists(dir, repoRefs() + "/blobs/e3"));
        QVERIFY(exists(dir, repoRefs() + "/snapshots/" + commitB2().toLatin1() + "/model.bin"));
        QVERIFY(exists(dir, repoRefs() + "/blobs/e4"));
        QVERIFY(exists(dir, repoC()));
        QVERIFY(report.freedBytes >= 3 + 6 + 4 + 5); // e1, e2, junk and e3 at least
        const CacheScan after = CacheScanner::scan(dir.path());
        QCOMPARE(after.repos.size(), 2);
        QVERIFY(after.corrupted.isEmpty());
    }

    void sharedPayloadKeptForRawNamedRepo()
    {
        // Two repos link one shared payload; its manifest lists both, one with a byte that is
        // not UTF-8. Removing the other repo must keep the payload: the raw-named link lives.
        RawDir dir;
        const QByteArray hash = FixtureCache::sha256(QStringLiteral("raw-payload")).toLatin1();
        const QByteArray payload = "blobs/" + hash.left(2) + '/' + hash;
        write(dir, "blobs/.huggingface-shared-blobs", "1\n");
        write(dir, payload, QByteArray(70, 'p'));
        const QByteArray rawRepo = "models--org--s\xff";
        write(dir, payload + ".refs", rawRepo + "/blobs/x\nmodels--org--plain/blobs/x\n");
        for (const QByteArray &repo : {rawRepo, QByteArray("models--org--plain")}) {
            link(dir, repo + "/blobs/x", "../../blobs/" + hash.left(2) + '/' + hash);
            link(dir, repo + "/snapshots/" + FixtureCache::commit(QString::fromLatin1(repo)).toLatin1() + "/w.bin", "../../blobs/x");
        }
        const CacheScan scan = CacheScanner::scan(dir.path());
        QCOMPARE(scan.repos.size(), 2);
        const DeletionPlanner planner(scan);
        const DeletionPlan plan = planner.plan(planner.resolveTargets({QStringLiteral("model/org/plain")}));
        const DeletionReport report = DeletionExecutor::execute(plan);
        QVERIFY(report.errors.isEmpty());
        QVERIFY(!exists(dir, "models--org--plain"));
        QVERIFY(exists(dir, payload));
        QVERIFY(exists(dir, rawRepo + "/blobs/x"));
        // The manifest is rewritten with the raw line as it was, byte for byte.
        QFile manifest(QString::fromLatin1(at(dir, payload + ".refs")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QCOMPARE(manifest.readAll(), rawRepo + "/blobs/x\n");
    }

    void modelShowsEscapedNames()
    {
        RawDir dir;
        build(dir);
        CacheTreeModel model;
        model.setScan(CacheScanner::scan(dir.path()));
        QStringList shown;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < model.rowCount(parent); ++row) {
                for (int column = 0; column < model.columnCount(parent); ++column) {
                    const QModelIndex index = model.index(row, column, parent);
                    for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                        const QString text = index.data(role).toString();
                        for (const QChar c : text)
                            QVERIFY2((c.unicode() >= 0x20 || (role == Qt::ToolTipRole && c == u'\n')) && c.unicode() != 0x7f &&
                                         !c.isSurrogate(),
                                     qPrintable(PrintableText::line(text)));
                        if (role == Qt::DisplayRole)
                            shown.append(text);
                    }
                }
                walk(model.index(row, 0, parent));
            }
        };
        walk({});
        QVERIFY(shown.contains(QStringLiteral("org/b\\xff\\xfe")));
        QVERIFY(shown.contains(QStringLiteral("org/c\\xff")));
        QVERIFY(shown.contains(QStringLiteral("bad\\x1b[31m\\nentry\\xff")));
        QVERIFY(shown.contains(QStringLiteral("we\\xffird.bin")));
        QVERIFY(shown.contains(QStringLiteral("line\\nbreak.txt")));
        QVERIFY(shown.contains(QStringLiteral("\\x1b[31mred.txt")));
        QVERIFY(shown.contains(QStringLiteral("evil\\n\\x1b[31m, v\\xff")));
        QVERIFY(shown.contains(QStringLiteral("br\\xffanch, main")));
    }

    void cliListsEscapedNames()
    {
        RawDir dir;
        build(dir);
        const QString root = dir.path();
        for (const QStringList &extra :
             {QStringList{}, QStringList{QStringLiteral("--revisions")}, QStringList{QStringLiteral("--show-warnings")},
              QStringList{QStringLiteral("--no-truncate")}, QStringList{QStringLiteral("--format"), QStringLiteral("csv")},
              QStringList{QStringLiteral("--revisions"), QStringLiteral("--format"), QStringLiteral("csv")}}) {
            const Run run = runCli(QStringList{QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--dir"), root} + extra);
            QCOMPARE(run.code, 0);
            verifySafeForTerminal(run.out);
            verifySafeForTerminal(run.err);
            for (const QByteArray &line : run.err.split('\n'))
                QVERIFY2(line.isEmpty() || line.startsWith("Warning: ") || line.startsWith("Hint: "), run.err.constData());
        }
        const Run table = runCli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--dir"), root,
                                  QStringLiteral("--revisions"), QStringLiteral("--no-truncate")});
        QVERIFY2(table.out.contains("model/org/b\\xff\\xfe "), table.out.constData());
        QVERIFY2(table.out.contains("evil\\n\\x1b[31m, v\\xff"), table.out.constData());
        QCOMPARE(table.out.count('\n'), 2 + 4 + 2); // header, rule, 4 revisions, blank, total
        const Run warnings =
            runCli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--dir"), root, QStringLiteral("--show-warnings")});
        QVERIFY2(warnings.err.contains("Warning: Repo path is not a valid HuggingFace cache directory: " + QFile::encodeName(root) +
                                       "/bad\\x1b[31m\\nentry\\xff. Repo ignored.\n"),
                 warnings.err.constData());

        const Run json = runCli({QStringLiteral("cache"), QStringLiteral("ls"), QStringLiteral("--dir"), root,
                                 QStringLiteral("--revisions"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        verifySafeForTerminal(json.out);
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(json.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isObject());
        const QString text = QString::fromUtf8(json.out);
        QVERIFY2(text.contains(QStringLiteral("\"model/org/b\\\\xff\\\\xfe\"")), json.out.constData());
        QVERIFY2(text.contains(QStringLiteral("\"evil\\\\n\\\\x1b[31m\"")), json.out.constData());
        QVERIFY2(text.contains(QStringLiteral("/bad\\\\x1b[31m\\\\nentry\\\\xff\"")), json.out.constData());

        // Beside each escaped name, its bytes in base64 ("<key>_bytes"): a path a script can open.
        QList<QByteArray> paths;
        QList<QByteArray> refs;
        std::function<void(const QJsonValue &)> collect = [&](const QJsonValue &value) {
            if (value.isArray()) {
                for (const QJsonValue &item : value.toArray())
                    collect(item);
                return;
            }
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key().endsWith(QLatin1String("path_bytes"))) {
                    const QByteArray raw = QByteArray::fromBase64(it.value().toString().toLatin1());
                    QVERIFY2(object.contains(it.key().chopped(6)), qPrintable(it.key())); // beside its display form
                    paths.append(raw);
                } else if (it.key() == u"refs_bytes") {
                    for (const QJsonValue &ref : it.value().toArray())
                        refs.append(QByteArray::fromBase64(ref.toString().toLatin1()));
                } else {
                    collect(it.value());
                }
            }
        };
        collect(document.object());
        QVERIFY(paths.contains(at(dir, repoB())));
        QVERIFY(refs.contains(evilRef()));
        for (const QByteArray &path : std::as_const(paths)) {
            struct stat st
            {
            };
            QVERIFY2(::lstat(path.constData(), &st) == 0, path.constData());
        }
        // A name that needs no escaping has no _bytes: its string is the name.
        QVERIFY(!text.contains(QStringLiteral("\"cache_dir_bytes\"")));
    }

    void cliVerifyShowsEscapedNames()
    {
        RawDir dir;
        build(dir);
        const QString root = dir.path();
        // A blob named for content it does not hold, in the repo whose folder is not UTF-8.
        const QByteArray hash = FixtureCache::sha256(QStringLiteral("promised")).toLatin1();
        write(dir, repoC() + "/blobs/" + hash, "something else");
        link(dir, repoC() + "/snapshots/" + commitC().toLatin1() + "/bad\x1b[0m.bin", "../../blobs/" + hash);
        const Run text = runCli({QStringLiteral("cache"), QStringLiteral("verify"), QStringLiteral("--dir"), root});
        QCOMPARE(text.code, 1);
        verifySafeForTerminal(text.out);
        verifySafeForTerminal(text.err);
        QVERIFY2(text.out.startsWith("model/org/c\\xff  " + QFile::encodeName(root) + "/models--org--c\\xff/blobs/" + hash + ": "),
                 text.out.constData());
        const Run json = runCli({QStringLiteral("cache"), QStringLiteral("verify"), QStringLiteral("--dir"), root,
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 1);
        verifySafeForTerminal(json.out);
        QVERIFY2(json.out.contains("\"model/org/c\\\\xff\""), json.out.constData());
    }

    void cliRemovesRawNames()
    {
        RawDir dir;
        build(dir);
        const QString root = dir.path();

        // The repo named with its raw bytes on the command line.
        const Run raw = runCliRaw(root, QStringLiteral("rm"), QStringLiteral("model/org/b\\377\\376"));
        QVERIFY2(raw.code == 0, raw.err.constData());
        verifySafeForTerminal(raw.out);
        verifySafeForTerminal(raw.err);
        QVERIFY2(raw.out.contains("  - model/org/b\\xff\\xfe (entire repo)\n"), raw.out.constData());
        QVERIFY(!exists(dir, repoB()));

        // As `cache ls` shows it.
        const Run shown = runCli({QStringLiteral("cache"), QStringLiteral("rm"), QStringLiteral("--dir"), root,
                                  QStringLiteral("model/org/c\\xff"), QStringLiteral("--yes")});
        QVERIFY2(shown.code == 0, shown.err.constData());
        QVERIFY(!exists(dir, repoC()));

        // A revision whose refs hold a newline, an ESC sequence and a byte that is not UTF-8.
        const Run revision =
            runCli({QStringLiteral("cache"), QStringLiteral("rm"), QStringLiteral("--dir"), root, commitB1(), QStringLiteral("--yes")});
        QVERIFY2(revision.code == 0, revision.err.constData());
        verifySafeForTerminal(revision.out);
        QVERIFY2(revision.out.contains(commitB1().toLatin1() + " [evil\\n\\x1b[31m v\\xff]"), revision.out.constData());
        QVERIFY(!exists(dir, repoRefs() + "/refs/" + evilRef()));
        QVERIFY(!exists(dir, repoRefs() + "/refs/" + byteRef()));
        QVERIFY(!exists(dir, repoRefs() + "/snapshots/" + commitB1().toLatin1()));
        QVERIFY(exists(dir, repoRefs() + "/refs/main"));

        // The corrupted entry, by the name `cache ls --show-warnings` printed.
        const Run corrupted = runCli({QStringLiteral("cache"), QStringLiteral("rm"), QStringLiteral("--dir"), root,
                                      QStringLiteral("bad\\x1b[31m\\nentry\\xff"), QStringLiteral("--yes")});
        QVERIFY2(corrupted.code == 0, corrupted.err.constData());
        verifySafeForTerminal(corrupted.out);
        QVERIFY(!exists(dir, badEntry()));

        // A target that matches nothing is warned about escaped, on its own line.
        const Run missing = runCliRaw(root, QStringLiteral("rm"), QStringLiteral("model/org/x\\033[2J\\377"));
        verifySafeForTerminal(missing.err);
        QVERIFY2(missing.err.contains("Warning: Could not find in cache:\n  - model/org/x\\x1b[2J\\xff\n"), missing.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestRawNames)
#include "tst_rawnames.moc"
