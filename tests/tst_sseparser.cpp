// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SseParser.h"

#include <QTest>

using hubdeck::SseParser;

namespace {

// The payloads of events that were not cut.
QList<QByteArray> payloads(const QList<SseParser::Event> &events)
{
    QList<QByteArray> data;
    for (const SseParser::Event &event : events) {
        if (event.cut)
            data.append("<cut>" + event.data);
        else
            data.append(event.data);
    }
    return data;
}

constexpr qsizetype kMax = SseParser::kMaxEventBytes;

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private:
    static QByteArray stream()
    {
        return QByteArrayLiteral("data: {\"data\": \"line one\\n\", \"timestamp\": \"t1\"}\n\n"
                                 "data: \n\n" // keep-alive
                                 ": a comment\n"
                                 "data: {\"data\": \"l\xc3\xa9ne two\\n\", \"timestamp\": \"t2\"}\r\n\r\n"
                                 "event: message\n"
                                 "data: {\"data\": \"three\", \"timestamp\": \"t3\"}\n\n");
    }
    static QList<QByteArray> expected()
    {
        return {QByteArrayLiteral("{\"data\": \"line one\\n\", \"timestamp\": \"t1\"}"),
                QByteArrayLiteral("{\"data\": \"l\xc3\xa9ne two\\n\", \"timestamp\": \"t2\"}"),
                QByteArrayLiteral("{\"data\": \"three\", \"timestamp\": \"t3\"}")};
    }

private Q_SLOTS:
    void wholeStream()
    {
        SseParser parser;
        QList<QByteArray> events = payloads(parser.feed(stream()));
        events += payloads(parser.finish());
        QCOMPARE(events, expected());
    }

    void splitAtEveryByteBoundary()
    {
        const QByteArray bytes = stream();
        for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
            SseParser parser;
            QList<QByteArray> events = payloads(parser.feed(bytes.left(cut)));
            events += payloads(parser.feed(bytes.mid(cut)));
            events += payloads(parser.finish());
            QVERIFY2(events == expected(), qPrintable(QStringLiteral("cut at %1").arg(cut)));
        }
    }

    void oneByteAtATime()
    {
        SseParser parser;
        QList<QByteArray> events;
        for (char c : stream())
            events += payloads(parser.feed(QByteArray(1, c)));
        events += payloads(parser.finish());
        QCOMPARE(events, expected());
    }

    void crlfSplitBetweenReads()
    {
        SseParser parser;
        QList<QByteArray> events = payloads(parser.feed("data: a\r"));
        events += payloads(parser.feed("\n\r"));
        events += payloads(parser.feed("\n"));
        QCOMPARE(events, QList<QByteArray>{"a"});
    }

    void multiLineDataIsJoined()
    {
        SseParser parser;
        const QList<QByteArray> events = payloads(parser.feed("data: first\ndata: second\n\n"));
        QCOMPARE(events, QList<QByteArray>{"first\nsecond"});
    }

    void lastEventWithoutBlankLineCountsAtTheEnd()
    {
        SseParser parser;
        QVERIFY(parser.feed("data: tail").isEmpty());
        QCOMPARE(payloads(parser.finish()), QList<QByteArray>{"tail"});
    }

    void keepAlivesOnly()
    {
        SseParser parser;
        QList<QByteArray> events = payloads(parser.feed("data:\n\ndata: \n\n:\n\n"));
        events += payloads(parser.finish());
        QVERIFY(events.isEmpty());
    }

    // Issue #11, item 3: a stream that sends data without newlines grew to 6.6 GB in 10 s.
    void endlessLineIsCutOnceAtTheLimit()
    {
        SseParser parser;
        QList<SseParser::Event> events = parser.feed("data: ");
        const QByteArray block(64 * 1024, 'x');
        for (int i = 0; i < 200; ++i) { // 12.5 MiB without a newline
            events += parser.feed(block);
            QVERIFY2(parser.pendingBytes() <= 2 * kMax, qPrintable(QString::number(parser.pendingBytes())));
        }
        QCOMPARE(events.size(), 1); // said once, not once per MiB
        QVERIFY(events[0].cut);
        QCOMPARE(events[0].data.size(), kMax - 6); // the line is 1 MiB, "data: " included
        QVERIFY(events[0].data.count('x') == events[0].data.size());
        QCOMPARE(parser.pendingBytes(), 0);
        // The stream goes on normally after the end of the cut line and of its event.
        events = parser.feed("xxx\n\ndata: next\n\n");
        QCOMPARE(payloads(events), QList<QByteArray>{"next"});
        QVERIFY(parser.finish().isEmpty());
    }

    void hugeSingleChunk()
    {
        SseParser parser;
        const QByteArray chunk = "data: " + QByteArray(3 * kMax, 'y') + "\n\ndata: after\n\n";
        const QList<SseParser::Event> events = parser.feed(chunk);
        QCOMPARE(events.size(), 2);
        QVERIFY(events[0].cut);
        QCOMPARE(events[0].data, QByteArray(kMax - 6, 'y'));
        QCOMPARE(events[1], (SseParser::Event{"after", false}));
    }

    void endlessDataLinesInOneEvent()
    {
        SseParser parser;
        QList<SseParser::Event> events;
        const QByteArray lines = QByteArray("data: 0123456789abcdef\n").repeated(4096); // about 100 KiB
        for (int i = 0; i < 100; ++i) {                                                 // 10 MiB of data: lines, never a blank line
            events += parser.feed(lines);
            QVERIFY(parser.pendingBytes() <= 2 * kMax);
        }
        QCOMPARE(events.size(), 1);
        QVERIFY(events[0].cut);
        QCOMPARE(events[0].data.size(), kMax);
        QVERIFY(events[0].data.startsWith("0123456789abcdef\n0123456789abcdef\n"));
        events = parser.feed("\ndata: next\n\n");
        QCOMPARE(payloads(events), QList<QByteArray>{"next"});
    }

    void dataFieldContinuedForever()
    {
        // One data: field whose line never ends, fed a byte at a time at the limit.
        SseParser parser;
        QList<SseParser::Event> events = parser.feed("data: " + QByteArray(kMax - 7, 'z'));
        QVERIFY(events.isEmpty()); // exactly 1 MiB - 1 pending: not cut yet
        events += parser.feed("z");
        QVERIFY(events.isEmpty()); // exactly 1 MiB: still fits
        events += parser.feed("z");
        QCOMPARE(events.size(), 1);
        QVERIFY(events[0].cut);
        for (int i = 0; i < 1000; ++i)
            events += parser.feed("zzzz");
        QCOMPARE(events.size(), 1);
        QCOMPARE(parser.pendingBytes(), 0);
        QVERIFY(parser.finish().isEmpty()); // the cut event is not returned twice
    }

    void endlessGarbageWithoutDataIsDropped()
    {
        // Not a data: line (no field name "data"): nothing to show, and nothing kept.
        SseParser parser;
        QList<SseParser::Event> events;
        const QByteArray block(64 * 1024, 'q');
        for (int i = 0; i < 64; ++i)
            events += parser.feed(block);
        QVERIFY(parser.pendingBytes() <= kMax);
        events += parser.feed("\ndata: fine\n\n");
        QCOMPARE(payloads(events), QList<QByteArray>{"fine"});
        // An endless comment neither.
        events = parser.feed(":" + QByteArray(2 * kMax, 'c') + "\ndata: also\n\n");
        QCOMPARE(payloads(events), QList<QByteArray>{"also"});
    }

    void lineJustUnderTheLimitIsWhole()
    {
        SseParser parser;
        const QByteArray value(kMax - 6, 'w');
        const QList<SseParser::Event> events = parser.feed("data: " + value + "\r\n\r\n");
        QCOMPARE(events, (QList<SseParser::Event>{{value, false}}));
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
