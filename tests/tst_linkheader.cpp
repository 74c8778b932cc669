// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "LinkHeader.h"

#include <QTest>

using namespace hubdeck;

// The `Link:` header that pages a listing (RFC 8288), read as httpx reads it for
// huggingface_hub's paginate(): every spelling the RFC allows finds the next page, and
// a header that names a next page in a way that cannot be read says so instead of
// ending the listing as if it were complete.
class TestLinkHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void next_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<bool>("unreadable");
        QTest::newRow("the Hub's form") << QByteArray(R"(<https://hub/api/spaces?cursor=abc>; rel="next")")
                                        << QByteArray("https://hub/api/spaces?cursor=abc") << false;
        QTest::newRow("no header") << QByteArray() << QByteArray() << false;
        QTest::newRow("unquoted") << QByteArray("</p2>; rel=next") << QByteArray("/p2") << false;
        QTest::newRow("upper case") << QByteArray(R"(</p2>; REL="NEXT")") << QByteArray("/p2") << false;
        QTest::newRow("another parameter first")
            << QByteArray(R"(</p2>; title="page; two, of many"; rel=next)") << QByteArray("/p2") << false;
        QTest::newRow("several relation types") << QByteArray(R"(</p2>; rel="prefetch next")") << QByteArray("/p2") << false;
        QTest::newRow("several links") << QByteArray(R"(</p0>; rel="prev", </p2>; rel="next", </p9>; rel="last")") << QByteArray("/p2")
                                       << false;
        QTest::newRow("a comma inside the target") << QByteArray(R"(</p?a=1,2>; rel="next")") << QByteArray("/p?a=1,2") << false;
        QTest::newRow("spaces everywhere") << QByteArray("  </p2>  ;  rel = \"next\"  ,  ") << QByteArray("/p2") << false;
        QTest::newRow("only prev") << QByteArray(R"(</p0>; rel="prev")") << QByteArray() << false;
        QTest::newRow("a longer word is not next") << QByteArray(R"(</p2>; rel="nextfoo")") << QByteArray() << false;
        QTest::newRow("next in another parameter") << QByteArray(R"(</p2>; title="next")") << QByteArray() << false;
        QTest::newRow("the second rel is ignored") << QByteArray(R"(</p2>; rel="prev"; rel="next")") << QByteArray() << false;
        QTest::newRow("no angle brackets") << QByteArray(R"(/p2; rel="next")") << QByteArray() << true;
        QTest::newRow("unclosed angle bracket") << QByteArray(R"(</p2; rel="next")") << QByteArray() << true;
        QTest::newRow("empty target") << QByteArray(R"(<>; rel="next")") << QByteArray() << true;
        QTest::newRow("two different next pages") << QByteArray(R"(</a>; rel="next", </b>; rel="next")") << QByteArray() << true;
        QTest::newRow("the same next page twice") << QByteArray(R"(</a>; rel="next", </a>; rel=next)") << QByteArray("/a") << false;
    }
    void next()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, target);
        QFETCH(bool, unreadable);
        const LinkHeader::Next next = LinkHeader::next(header);
        QCOMPARE(next.target, target);
        QCOMPARE(next.unreadable, unreadable);
    }

    void parseKeepsEveryLink()
    {
        const auto parsed = LinkHeader::parse(R"(</a>; rel="Prev First", </b>; anchor="x")");
        QVERIFY(!parsed.malformed);
        QCOMPARE(parsed.links.size(), 2);
        QCOMPARE(parsed.links[0].target, QByteArray("/a"));
        QCOMPARE(parsed.links[0].relations, (QList<QByteArray>{"prev", "first"}));
        QVERIFY(parsed.links[1].relations.isEmpty());
    }

    void parseReportsJunk()
    {
        QVERIFY(LinkHeader::parse("garbage").malformed);
        QVERIFY(LinkHeader::parse(R"(</a> junk; rel=next)").malformed);
        QVERIFY(!LinkHeader::parse("").malformed);
    }
};

QTEST_GUILESS_MAIN(TestLinkHeader)
#include "tst_linkheader.moc"
