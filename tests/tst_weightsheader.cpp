// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AtimeProbe.h"
#include "FixtureCache.h"
#include "WeightsHeader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/stat.h>

using hubdeck::WeightsHeader;
using hubdeck::test::AtimeProbe;
using hubdeck::test::FixtureCache;

namespace {

QByteArray safetensors(const QByteArray &json, qint64 dataBytes)
{
    QByteArray out(8, '\0');
    const quint64 length = quint64(json.size());
    std::memcpy(out.data(), &length, 8);
    return out + json + QByteArray(dataBytes, '\1');
}

template <typename T>
void put(QByteArray &out, T value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof(T));
}

void putString(QByteArray &out, const QByteArray &text)
{
    put<quint64>(out, quint64(text.size()));
    out.append(text);
}

QByteArray gguf()
{
    QByteArray out;
    put<quint32>(out, 0x46554747u);
    put<quint32>(out, 3);
    put<quint64>(out, 2); // tensors
    put<quint64>(out, 3); // keys
    putString(out, "general.architecture");
    put<quint32>(out, 8);
    putString(out, "llama");
    putString(out, "llama.context_length");
    put<quint32>(out, 4);
    put<quint32>(out, 4096);
    putString(out, "tokenizer.ggml.tokens");
    put<quint32>(out, 9);
    put<quint32>(out, 8);
    put<quint64>(out, 2);
    putString(out, "a");
    putString(out, "b");
    putString(out, "token_embd.weight");
    put<quint32>(out, 2);
    put<quint64>(out, 32);
    put<quint64>(out, 8);
    put<quint32>(out, 12); // Q4_K
    put<quint64>(out, 0);
    putString(out, "output_norm.weight");
    put<quint32>(out, 1);
    put<quint64>(out, 8);
    put<quint32>(out, 0); // F32
    put<quint64>(out, 256);
    return out + QByteArray(512, '\0');
}

const QByteArray kJson = R"({"__metadata__":{"format":"pt"},"a.weight":{"dtype":"F16","shape":[2,3],"data_offsets":[0,12]},)"
                         R"("b.bias":{"dtype":"F32","shape":[4],"data_offsets":[12,28]}})";

} // namespace

// The weight-file header parsers, on valid files and on hostile ones.
class TestWeightsHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validSafetensors()
    {
        const QByteArray bytes = safetensors(kJson, 28);
        QString error;
        const auto header = WeightsHeader::parseSafetensors(bytes, bytes.size(), &error);
        QVERIFY2(header, qPrintable(error));
        QCOMPARE(header->tensorCount, 2);
        QCOMPARE(header->parameters, 10);
        QCOMPARE(header->dtypes.value(QStringLiteral("F16")), 1);
        QCOMPARE(header->largest.first().name, QStringLiteral("a.weight"));
        QCOMPARE(header->largest.first().shape, (QList<qint64>{2, 3}));
        QCOMPARE(header->metadata.first(), (std::pair{QStringLiteral("format"), QStringLiteral("pt")}));

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("model.safetensors")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QVERIFY(WeightsHeader::readSafetensors(file.fileName(), &error));
    }

    void hostileSafetensors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray huge(8, '\0');
        const quint64 length = quint64(1) << 40;
        std::memcpy(huge.data(), &length, 8);
        QTest::newRow("too short") << QByteArray("abc");
        QTest::newRow("length past the end") << safetensors(kJson, 28).left(40);
        QTest::newRow("terabyte header") << huge + QByteArray(100, '{');
        QTest::newRow("not json") << safetensors("{nope", 10);
        QTest::newRow("array") << safetensors("[1,2]", 10);
        QTest::newRow("offset outside") << safetensors(R"({"t":{"dtype":"F32","shape":[4],"data_offsets":[0,9999]}})", 16);
        QTest::newRow("negative dim") << safetensors(R"({"t":{"dtype":"F32","shape":[-4],"data_offsets":[0,16]}})", 16);
        QTest::newRow("overflowing shape") << safetensors(R"({"t":{"dtype":"F32","shape":[1e15,1e15,1e15],"data_offsets":[0,16]}})", 16);
        QTest::newRow("no dtype") << safetensors(R"({"t":{"shape":[4],"data_offsets":[0,16]}})", 16);
        QTest::newRow("reversed offsets") << safetensors(R"({"t":{"dtype":"F32","shape":[4],"data_offsets":[16,0]}})", 16);
    }

    void hostileSafetensors()
    {
        QFETCH(QByteArray, bytes);
        QString error;
        QVERIFY(!WeightsHeader::parseSafetensors(bytes, bytes.size(), &error));
        QVERIFY(!error.isEmpty());
    }

    // A hostile length reads as a number a person can take in, grouped (GUI attack H16: an
    // unbroken "7020653469289679483 bytes").
    void aHugeClaimedLengthIsGrouped()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("model.safetensors")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(8, '\0');
        const quint64 claimed = 7020653469289679483ULL;
        std::memcpy(bytes.data(), &claimed, 8);
        file.write(bytes + QByteArray(64, ' '));
        file.close();
        QString error;
        QVERIFY(!WeightsHeader::readSafetensors(file.fileName(), &error));
        QVERIFY2(error.contains(QLocale().toString(qulonglong(claimed))), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("7020653469289679483")), qPrintable(error));
    }

    void validGguf()
    {
        const QByteArray bytes = gguf();
        QString error;
        const auto header = WeightsHeader::parseGguf(bytes, bytes.size(), &error);
        QVERIFY2(header, qPrintable(error));
        QCOMPARE(header->version, 3);
        QCOMPARE(header->tensorCount, 2);
        QCOMPARE(header->parameters, 32 * 8 + 8);
        QCOMPARE(header->metadata.value(0), (std::pair{QStringLiteral("general.architecture"), QStringLiteral("llama")}));
        QCOMPARE(header->metadata.value(1).second, QStringLiteral("4096"));
        QCOMPARE(header->metadata.value(2).second, QStringLiteral("[2 items]"));
        QCOMPARE(header->dtypes.value(QStringLiteral("Q4_K")), 1);
    }

    void everyTruncationIsRefused()
    {
        const QByteArray whole = gguf();
        const qsizetype headerEnd = whole.size() - 512;
        for (qsizetype cut = 0; cut < headerEnd; ++cut) {
            QString error;
            QVERIFY2(!WeightsHeader::parseGguf(whole.left(cut), whole.size(), &error), qPrintable(QString::number(cut)));
        }
        const QByteArray st = safetensors(kJson, 28);
        for (qsizetype cut = 0; cut < st.size() - 28; ++cut) {
            QString error;
            QVERIFY(!WeightsHeader::parseSafetensors(st.left(cut), st.size(), &error));
        }
    }

    void readingKeepsTheAccessTime_data()
    {
        QTest::addColumn<bool>("isGguf");
        QTest::newRow("safetensors") << false;
        QTest::newRow("gguf") << true;
    }
    void readingKeepsTheAccessTime()
    {
        QFETCH(bool, isGguf);
        FixtureCache cache;
        HUBDECK_REQUIRE_ATIME_UPDATES(cache.root());
        const QString path = cache.addBlob(QStringLiteral("models--a--b"), QStringLiteral("weights"),
                                           isGguf ? gguf() : safetensors(kJson, 28), 1600000000.75, 1600000000);
        const timespec before = AtimeProbe::atime(path);
        QString error;
        const auto header = isGguf ? WeightsHeader::readGguf(path, &error) : WeightsHeader::readSafetensors(path, &error);
        QVERIFY2(header, qPrintable(error));
        QCOMPARE(header->tensorCount, 2);
        HUBDECK_COMPARE_ATIME(before, path);
    }

    void readingRefusesWhatIsNotAFile_data()
    {
        QTest::addColumn<bool>("isGguf");
        QTest::addColumn<bool>("fifo");
        QTest::newRow("safetensors FIFO") << false << true;
        QTest::newRow("safetensors -> /dev/zero") << false << false;
        QTest::newRow("gguf FIFO") << true << true;
        QTest::newRow("gguf -> /dev/zero") << true << false;
    }
    void readingRefusesWhatIsNotAFile()
    {
        QFETCH(bool, isGguf);
        QFETCH(bool, fifo);
        FixtureCache cache;
        const QString path = cache.path(QStringLiteral("weights"));
        if (fifo)
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        QElapsedTimer timer;
        timer.start();
        QString error;
        const auto header = isGguf ? WeightsHeader::readGguf(path, &error) : WeightsHeader::readSafetensors(path, &error);
        QVERIFY(!header);
        QVERIFY2(error.startsWith(QStringLiteral("not a regular file")), qPrintable(error));
        QVERIFY(timer.elapsed() < 2000);
    }

    void randomMutationsNeverCrash()
    {
        // Fuzz-style: flip, insert and delete bytes; every answer is a header or an error.
        QRandomGenerator random(424242);
        const QList<QByteArray> seeds{gguf(), safetensors(kJson, 28)};
        int parsed = 0, refused = 0;
        for (int round = 0; round < 4000; ++round) {
            QByteArray bytes = seeds[round % 2];
            const int edits = 1 + random.bounded(8);
            for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
                const qsizetype at = random.bounded(int(bytes.size()));
                switch (random.bounded(3)) {
                case 0:
                    bytes[at] = char(random.bounded(256));
                    break;
                case 1:
                    bytes.insert(at, char(random.bounded(256)));
                    break;
                default:
                    bytes.remove(at, 1);
                }
            }
            QString error;
            const auto header = round % 2 == 0 ? WeightsHeader::parseGguf(bytes, bytes.size(), &error)
                                               : WeightsHeader::parseSafetensors(bytes, bytes.size(), &error);
            if (header) {
                ++parsed;
                QVERIFY(header->tensorCount <= WeightsHeader::kMaxEntries);
                QVERIFY(header->largest.size() <= 10);
            } else {
                ++refused;
                QVERIFY(!error.isEmpty());
            }
        }
        QVERIFY(parsed > 0 && refused > 0); // the loop exercised both paths
    }
};

QTEST_GUILESS_MAIN(TestWeightsHeader)
#include "tst_weightsheader.moc"
