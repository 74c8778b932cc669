// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "JsonStreamWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

using namespace hubdeck;

namespace {

// Records each write the writer makes, to see how it chunks its output.
class RecordingDevice : public QIODevice
{
public:
    RecordingDevice() { open(QIODevice::WriteOnly); }
    QByteArray data;
    QList<qint64> writes;
    bool refuse = false;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *bytes, qint64 size) override
    {
        if (refuse)
            return -1;
        writes.append(size);
        data.append(bytes, size);
        return size;
    }
};

QByteArray written(const QJsonValue &value, JsonStreamWriter::Escapes escapes = JsonStreamWriter::Escapes::Json)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        JsonStreamWriter writer(&buffer, escapes);
        writer.value(value);
        if (writer.depth() != 0 || writer.hasError())
            return QByteArrayLiteral("<writer left open or failed>");
    }
    return buffer.data();
}

// The first line that differs, for a readable failure, then the whole text.
bool sameLines(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> actualLines = actual.split('\n');
    const QList<QByteArray> expectedLines = expected.split('\n');
    for (qsizetype i = 0; i < std::min(actualLines.size(), expectedLines.size()); ++i) {
        if (actualLines[i] != expectedLines[i]) {
            qWarning("line %lld: %s, expected %s", qlonglong(i + 1), actualLines[i].constData(), expectedLines[i].constData());
            return false;
        }
    }
    return actual == expected;
}

QByteArray reference(const QJsonValue &value)
{
    return value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                            : QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
}

// Every UTF-16 code unit once, lone surrogates included (D800 D801 is two lone highs; DBFF
// DC00 happens to be a pair).
QString everyCodeUnit()
{
    QString text;
    for (unsigned c = 0; c <= 0xFFFF; ++c)
        text.append(QChar(char16_t(c)));
    return text;
}

QList<double> awkwardDoubles()
{
    const double two53 = 9007199254740992.0;
    QList<double> numbers{0.0,
                          -0.0,
                          1.0,
                          -1.0,
                          0.1,
                          0.2 + 0.1,
                          1.5,
                          -2.75,
                          1e-7,
                          1.0 / 3.0,
                          123456.789,
                          1700000000.123456,
                          1700000000.0,
                          1e15,
                          1e16,
                          1e17,
                          1e20,
                          1e21,
                          1e22,
                          1e300,
                          -1e300,
                          1e-300,
                          5e-324,
                          std::numeric_limits<double>::max(),
                          std::numeric_limits<double>::lowest(),
                          std::numeric_limits<double>::min(),
                          std::numeric_limits<double>::epsilon(),
                          two53 - 1,
                          two53,
                          two53 + 2,
                          -two53 + 1,
                          -two53,
                          -two53 - 2,
                          1e15 + 0.5,
                          9223372036854775808.0,  // 2^63: beyond qint64
                          -9223372036854775808.0, // -2^63: qint64's min
                          9223372036854774784.0,  // the largest double below 2^63
                          -9223372036854777856.0, // below -2^63
                          std::numeric_limits<double>::infinity(),
                          -std::numeric_limits<double>::infinity(),
                          std::numeric_limits<double>::quiet_NaN()};
    QRandomGenerator random(14); // fixed seed: the same numbers every run
    for (int i = 0; i < 2000; ++i) {
        quint64 bits = random.generate64();
        double number;
        std::memcpy(&number, &bits, sizeof number);
        numbers.append(number);
        numbers.append(random.generateDouble() * std::pow(10.0, random.bounded(-20, 25)));
        numbers.append(std::round(random.generateDouble() * 1e12) / 1000.0); // times in seconds, milliseconds kept
    }
    return numbers;
}

QList<qint64> awkwardIntegers()
{
    const qint64 two53 = qint64(1) << 53;
    return {0,
            1,
            -1,
            42,
            std::numeric_limits<int>::max(),
            std::numeric_limits<int>::min(),
            two53 - 1,
            two53,
            two53 + 1,
            -two53 - 1,
            (qint64(1) << 62) + 12345,
            std::numeric_limits<qint64>::max(),
            std::numeric_limits<qint64>::max() - 1,
            std::numeric_limits<qint64>::min(),
            std::numeric_limits<qint64>::min() + 1,
            1000000000000000000};
}

} // namespace

// The writer against QJsonDocument::toJson(Indented), which is what `--format json` printed
// before it streamed: scripts and the golden files hold its bytes.
class TestJsonStreamWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQJsonDocument_data()
    {
        QTest::addColumn<QJsonValue>("document");
        QTest::newRow("empty object") << QJsonValue(QJsonObject{});
        QTest::newRow("empty array") << QJsonValue(QJsonArray{});
        QTest::newRow("empty containers nested")
            << QJsonValue(QJsonObject{{QStringLiteral("a"), QJsonArray{}},
                                      {QStringLiteral("b"), QJsonObject{}},
                                      {QStringLiteral("c"), QJsonArray{QJsonArray{}, QJsonObject{}, QJsonArray{QJsonArray{}}}}});
        QTest::newRow("scalars") << QJsonValue(QJsonArray{true, false, QJsonValue::Null, 0, -1, 1.5, QStringLiteral("x"), QString()});
        QTest::newRow("keys sorted by QJsonObject") << QJsonValue(QJsonObject{{QStringLiteral("size_on_disk"), 1},
                                                                              {QStringLiteral("blob_path"), 2},
                                                                              {QStringLiteral("blob_last_accessed"), 3},
                                                                              {QStringLiteral("Z"), 4},
                                                                              {QStringLiteral("_"), 5},
                                                                              {QStringLiteral("\u00e9"), 6},
                                                                              {QString(), 7}});
        QJsonValue deep = QJsonArray{QStringLiteral("bottom")};
        for (int i = 0; i < 12; ++i)
            deep = (i % 2) ? QJsonValue(QJsonObject{{QStringLiteral("level%1").arg(i), deep}, {QStringLiteral("n"), i}})
                           : QJsonValue(QJsonArray{i, deep, QJsonObject{}});
        QTest::newRow("deeply nested") << QJsonValue(QJsonObject{{QStringLiteral("deep"), deep}});
        QTest::newRow("unicode") << QJsonValue(
            QJsonObject{{QStringLiteral("text"), QStringLiteral("caf\u00e9 \u65e5\u672c \U0001F600 \u0416 \uFFFD \uFEFF \u00a0")},
                        {QStringLiteral("\u65e5\u672c\u8a9e\u306e\u30ad\u30fc"), QStringLiteral("\U0010FFFF")}});
        QTest::newRow("escapes") << QJsonValue(
            QJsonObject{{QStringLiteral("quote\"back\\slash/"), QStringLiteral("\"\\/\b\f\n\r\t")},
                        {QStringLiteral("c0"), QString::fromUtf8("\x01\x02\x1b\x1f\x7f", 5) + QChar(0) + QChar(0x85) + QChar(0x202E)}});
        QString lone;
        lone += QChar(0xD800);
        lone += u'a';
        lone += QChar(0xDC00);
        lone += QChar(0xDBFF);
        lone += QChar(0xDFFF);
        lone += QChar(0xDFFF);
        lone += QChar(0xD83D);
        QTest::newRow("lone surrogates") << QJsonValue(QJsonObject{{lone, lone}});
        QTest::newRow("every UTF-16 code unit") << QJsonValue(QJsonArray{everyCodeUnit()});
        QJsonArray doubles;
        for (double number : awkwardDoubles())
            doubles.append(number);
        QTest::newRow("doubles") << QJsonValue(doubles);
        QJsonArray integers;
        for (qint64 number : awkwardIntegers())
            integers.append(number);
        QTest::newRow("integers beyond 2^53") << QJsonValue(integers);
        QJsonArray files;
        for (int i = 0; i < 50; ++i)
            files.append(QJsonObject{{QStringLiteral("file_name"), QStringLiteral("model-%1.safetensors").arg(i)},
                                     {QStringLiteral("size_on_disk"), qint64(i) * 1234567891011},
                                     {QStringLiteral("blob_last_accessed"), 1700000000.25 + i},
                                     {QStringLiteral("refs"), QJsonArray::fromStringList({QStringLiteral("main")})}});
        QTest::newRow("listing") << QJsonValue(QJsonObject{{QStringLiteral("files"), files}, {QStringLiteral("count"), 50}});
    }
    void sameAsQJsonDocument()
    {
        QFETCH(QJsonValue, document);
        QVERIFY(sameLines(written(document), reference(document)));
    }

    // Through the typed overloads, not through a QJsonValue: what a streaming listing uses.
    void typedValuesSameAsQJsonDocument()
    {
        const QList<double> doubles = awkwardDoubles();
        const QList<qint64> integers = awkwardIntegers();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            JsonStreamWriter writer(&buffer);
            writer.beginObject();
            writer.key(u"bools");
            writer.beginArray();
            writer.value(true);
            writer.value(false);
            writer.endArray();
            writer.key(u"doubles");
            writer.beginArray();
            for (double number : doubles)
                writer.value(number);
            writer.endArray();
            // "integers" sorts before "ints" ('e' < 's'): keys go in QJsonObject's order.
            writer.key(u"integers");
            writer.beginArray();
            for (qint64 number : integers)
                writer.value(number);
            writer.endArray();
            writer.key(u"ints");
            writer.beginArray();
            writer.value(int(-7));
            writer.value(qsizetype(123456789012));
            writer.value(quint32(4000000000u));
            writer.value(short(-3));
            writer.endArray();
            writer.key(u"null");
            writer.value(nullptr);
            writer.member(u"strings", QStringList{QStringLiteral("a"), QString(), everyCodeUnit()});
            writer.member(u"view", QStringView(u"a \"view\""));
            writer.endObject();
        }
        QJsonArray doubleArray;
        for (double number : doubles)
            doubleArray.append(number);
        QJsonArray integerArray;
        for (qint64 number : integers)
            integerArray.append(number);
        const QJsonObject expected{
            {QStringLiteral("bools"), QJsonArray{true, false}},
            {QStringLiteral("doubles"), doubleArray},
            {QStringLiteral("ints"), QJsonArray{-7, qint64(123456789012), qint64(4000000000u), -3}},
            {QStringLiteral("integers"), integerArray},
            {QStringLiteral("null"), QJsonValue::Null},
            {QStringLiteral("strings"), QJsonArray{QStringLiteral("a"), QString(), everyCodeUnit()}},
            {QStringLiteral("view"), QStringLiteral("a \"view\"")},
        };
        QVERIFY(sameLines(buffer.data(), QJsonDocument(expected).toJson(QJsonDocument::Indented)));
    }

    // A QJsonObject or QJsonArray given to value() deep in a streamed document is indented at
    // its level, exactly as if the whole document had been one QJsonObject.
    void subDocumentsInPlace()
    {
        const QJsonObject inner{{QStringLiteral("k"), QJsonArray{1, QJsonObject{{QStringLiteral("x"), QJsonArray{}}}}},
                                {QStringLiteral("e"), QJsonObject{}}};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            JsonStreamWriter writer(&buffer);
            writer.beginArray();
            writer.beginObject();
            writer.key(u"a");
            writer.beginArray();
            writer.value(inner);
            writer.value(QJsonArray{inner, QJsonArray{}});
            writer.value(QJsonValue(inner));
            writer.endArray();
            writer.member(u"b", inner);
            writer.endObject();
            writer.value(QJsonArray{});
            writer.endArray();
            QCOMPARE(writer.depth(), 0);
        }
        const QJsonArray expected{
            QJsonObject{{QStringLiteral("a"), QJsonArray{inner, QJsonArray{inner, QJsonArray{}}, inner}}, {QStringLiteral("b"), inner}},
            QJsonArray{}};
        QCOMPARE(buffer.data(), QJsonDocument(expected).toJson(QJsonDocument::Indented));
    }

    // What CliOutput printed: QJsonDocument's text with DEL, C1 controls and the characters
    // that reorder a line escaped as \uXXXX (lowercase), everything else as QJsonDocument.
    void terminalSafeEscapes()
    {
        QString text = QStringLiteral("a");
        text += QChar(0x7F);
        text += QChar(0x85);
        text += QChar(0x9F);
        text += QChar(0x202E);
        text += QChar(0x2028);
        text += QChar(0x061C);
        text += QChar(0x2066);
        text += QStringLiteral("\u00e9\n\x1b\U0001F600");
        text += QChar(0xDC80);
        const QJsonObject document{{text, text}};
        const QByteArray escapedText = "a\\u007f\\u0085\\u009f\\u202e\\u2028\\u061c\\u2066\xc3\xa9\\n\\u001b\xf0\x9f\x98\x80\\udc80";
        QCOMPARE(written(document, JsonStreamWriter::Escapes::TerminalSafe),
                 QByteArray("{\n    \"" + escapedText + "\": \"" + escapedText + "\"\n}\n"));
        // The plain escapes leave them as QJsonDocument does: raw UTF-8.
        QCOMPARE(written(document), reference(document));
        QVERIFY(written(document).contains("\xe2\x80\xae"));
    }

    // The document reaches the device in chunks while it is written, not at the end and not
    // a value at a time.
    void writesInChunksAsItGoes()
    {
        RecordingDevice device;
        const QString name = QStringLiteral("snapshots/0123456789abcdef/model-00001-of-00042.safetensors");
        qsizetype writesBeforeEnd = 0;
        {
            JsonStreamWriter writer(&device);
            writer.beginArray();
            for (int i = 0; i < 20000; ++i) {
                writer.beginObject();
                writer.member(u"file_path", name);
                writer.member(u"size_on_disk", qint64(i));
                writer.endObject();
            }
            writesBeforeEnd = device.writes.size();
            writer.endArray();
        }
        QVERIFY2(writesBeforeEnd >= 10, qPrintable(QString::number(writesBeforeEnd)));
        for (qsizetype i = 0; i + 1 < device.writes.size(); ++i) {
            QVERIFY(device.writes[i] >= JsonStreamWriter::bufferSize());
            QVERIFY(device.writes[i] < JsonStreamWriter::bufferSize() + 1024);
        }
        QCOMPARE(QJsonDocument::fromJson(device.data).array().size(), 20000);
        QVERIFY(device.data.endsWith("    }\n]\n"));
    }

    void flushWritesWhatIsPending()
    {
        RecordingDevice device;
        JsonStreamWriter writer(&device);
        writer.beginObject();
        writer.member(u"a", 1);
        QVERIFY(device.data.isEmpty());
        writer.flush();
        QCOMPARE(device.data, QByteArray("{\n    \"a\": 1"));
        QCOMPARE(writer.depth(), 1);
        writer.endObject();
        QCOMPARE(device.data, QByteArray("{\n    \"a\": 1\n}\n")); // a closed document is written at once
        QCOMPARE(writer.depth(), 0);
    }

    void deviceThatRefusesIsAnError()
    {
        RecordingDevice device;
        device.refuse = true;
        JsonStreamWriter writer(&device);
        QVERIFY(!writer.hasError());
        writer.value(QJsonObject{{QStringLiteral("a"), 1}});
        QVERIFY(writer.hasError());
        device.refuse = false;
        writer.value(QJsonArray{1});
        writer.flush();
        QVERIFY(writer.hasError()); // the rest of a broken document is not written
        QVERIFY(device.data.isEmpty());

        QBuffer closed; // never opened
        JsonStreamWriter toClosed(&closed);
        toClosed.value(QJsonArray{});
        QVERIFY(toClosed.hasError());
    }

    // Misuse asserts in debug builds; in release builds it writes nothing rather than
    // something that is not JSON.
    void misuseWritesNothing()
    {
#ifndef QT_NO_DEBUG
        QSKIP("misuse asserts in debug builds");
#else
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            JsonStreamWriter writer(&buffer);
            writer.value(1);                      // a document is an object or an array
            writer.value(QStringLiteral("text")); // same
            writer.endObject();                   // nothing is open
            writer.beginObject();
            writer.value(2);   // no key
            writer.endArray(); // not an array
            writer.key(u"a");
            writer.endObject(); // a key waits for its value
            writer.key(u"b");   // two keys in a row
            writer.value(3);
            writer.endObject();
            QCOMPARE(writer.depth(), 0);
        }
        QCOMPARE(buffer.data(), QByteArray("{\n    \"a\": 3\n}\n"));
#endif
    }
};

QTEST_GUILESS_MAIN(TestJsonStreamWriter)
#include "tst_jsonstreamwriter.moc"
