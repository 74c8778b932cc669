#include "SseParser.h"

#include <QTest>

using hubdeck::SseParser;

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
        QList<QByteArray> events = parser.feed(stream());
        events += parser.finish();
        QCOMPARE(events, expected());
    }

    void splitAtEveryByteBoundary()
    {
        const QByteArray bytes = stream();
        for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
            SseParser parser;
            QList<QByteArray> events = parser.feed(bytes.left(cut));
            events += parser.feed(bytes.mid(cut));
            events += parser.finish();
            QVERIFY2(events == expected(), qPrintable(QStringLiteral("cut at %1").arg(cut)));
        }
    }

    void oneByteAtATime()
    {
        SseParser parser;
        QList<QByteArray> events;
        for (char c : stream())
            events += parser.feed(QByteArray(1, c));
        events += parser.finish();
        QCOMPARE(events, expected());
    }

    void crlfSplitBetweenReads()
    {
        SseParser parser;
        QList<QByteArray> events = parser.feed("data: a\r");
        events += parser.feed("\n\r");
        events += parser.feed("\n");
        QCOMPARE(events, QList<QByteArray>{"a"});
    }

    void multiLineDataIsJoined()
    {
        SseParser parser;
        const QList<QByteArray> events = parser.feed("data: first\ndata: second\n\n");
        QCOMPARE(events, QList<QByteArray>{"first\nsecond"});
    }

    void lastEventWithoutBlankLineCountsAtTheEnd()
    {
        SseParser parser;
        QVERIFY(parser.feed("data: tail").isEmpty());
        QCOMPARE(parser.finish(), QList<QByteArray>{"tail"});
    }

    void keepAlivesOnly()
    {
        SseParser parser;
        QList<QByteArray> events = parser.feed("data:\n\ndata: \n\n:\n\n");
        events += parser.finish();
        QVERIFY(events.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
