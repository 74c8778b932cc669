// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "RateLimitInfo.h"

#include <QTest>
#include <QTimeZone>

using namespace hubdeck;

// The Hub's RateLimit / RateLimit-Policy headers and Retry-After, read leniently: what the
// Hub sends, the IETF draft's other shapes, and garbage (ignored, never an error).
class TestRateLimitInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheHubsHeaders()
    {
        const auto info = RateLimitInfo::parse(R"("api";r=950;t=120)", R"("fixed window";"api";q=1000;w=300)");
        QVERIFY(info);
        QCOMPARE(info->resource, QStringLiteral("api"));
        QCOMPARE(info->remaining, 950);
        QCOMPARE(info->resetSeconds, 120);
        QCOMPARE(info->limit.value_or(-1), 1000);
        QCOMPARE(info->windowSeconds.value_or(-1), 300);
    }

    void readsSpacesCaseAndSeveralMembers()
    {
        const auto info = RateLimitInfo::parse(R"( "api" ; R = 0 ; T = 55 )",
                                               R"("fixed window";"resolvers";q=5000;w=300, "fixed window";"api";q=500;w=300)");
        QVERIFY(info);
        QCOMPARE(info->remaining, 0);
        QCOMPARE(info->resetSeconds, 55);
        QCOMPARE(info->limit.value_or(-1), 500); // the policy of the same resource, not the first
        // The first member that can be read wins; a policy of another resource is better than none.
        const auto second = RateLimitInfo::parse(R"("x";r=oops, "api";r=3;t=9)", R"("fixed window";"pages";q=80;w=300)");
        QVERIFY(second);
        QCOMPARE(second->remaining, 3);
        QCOMPARE(second->limit.value_or(-1), 80);
        // A name with a comma or semicolon inside its quotes does not split the member.
        const auto quoted = RateLimitInfo::parse(R"("a;b,c";r=1;t=2)", {});
        QVERIFY(quoted);
        QCOMPARE(quoted->resource, QStringLiteral("a;b,c"));
        QVERIFY(!quoted->limit);
    }

    void fromHeadersIgnoresNameCase()
    {
        const QList<std::pair<QByteArray, QByteArray>> headers{{"content-type", "application/json"},
                                                               {"ratelimit", R"("api";r=7;t=8)"},
                                                               {"RATELIMIT-POLICY", R"("fixed window";"api";q=10;w=60)"}};
        const auto info = RateLimitInfo::fromHeaders(headers);
        QVERIFY(info);
        QCOMPARE(info->remaining, 7);
        QCOMPARE(info->windowSeconds.value_or(-1), 60);
        QVERIFY(!RateLimitInfo::fromHeaders({{"RateLimit-Policy", R"("api";q=10;w=60)"}}));
    }

    void ignoresMalformedRateLimit_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no remaining") << QByteArray(R"("api";t=120)");
        QTest::newRow("no reset") << QByteArray(R"("api";r=12)");
        QTest::newRow("negative") << QByteArray(R"("api";r=-1;t=120)");
        QTest::newRow("fraction") << QByteArray(R"("api";r=1.5;t=120)");
        QTest::newRow("words") << QByteArray(R"("api";r=many;t=soon)");
        QTest::newRow("empty value") << QByteArray(R"("api";r=;t=1)");
        QTest::newRow("huge number") << QByteArray(R"("api";r=99999999999999999999;t=1)");
        QTest::newRow("window past a day") << QByteArray(R"("api";r=1;t=86401)");
        QTest::newRow("old style") << QByteArray("limit=100, remaining=50, reset=30");
        QTest::newRow("garbage") << QByteArray("\x01\x02;;;===,,,\"");
        QTest::newRow("too long") << QByteArray(R"("api";r=1;t=1;)") + QByteArray(5000, ' ');
    }

    void ignoresMalformedRateLimit()
    {
        QFETCH(QByteArray, header);
        QVERIFY(!RateLimitInfo::parse(header, R"("fixed window";"api";q=1000;w=300)"));
    }

    void malformedPolicyLeavesTheLimitUnknown()
    {
        for (const QByteArray &policy : {QByteArray(R"("fixed window";"api";q=x;w=300)"), QByteArray(R"("api";q=1000)"),
                                         QByteArray(R"("api";q=1000;w=0)"), QByteArray("nonsense")}) {
            const auto info = RateLimitInfo::parse(R"("api";r=5;t=6)", policy);
            QVERIFY(info);
            QCOMPARE(info->remaining, 5);
            QVERIFY2(!info->limit && !info->windowSeconds, policy.constData());
        }
    }

    void retryAfterInSecondsOrAsADate()
    {
        const QDateTime now(QDate(2026, 12, 4), QTime(17, 0, 0), QTimeZone::utc());
        QCOMPARE(RateLimitInfo::parseRetryAfter("120", now).value_or(-1), 120);
        QCOMPARE(RateLimitInfo::parseRetryAfter(" 0 ", now).value_or(-1), 0);
        QCOMPARE(RateLimitInfo::parseRetryAfter("Fri, 04 Dec 2026 17:02:30 GMT", now).value_or(-1), 150);
        QCOMPARE(RateLimitInfo::parseRetryAfter("Friday, 04-Dec-26 17:01:00 GMT", now).value_or(-1), 60); // RFC 850
        QCOMPARE(RateLimitInfo::parseRetryAfter("Fri Dec  4 17:00:10 2026", now).value_or(-1), 10);       // asctime
        // A date already past means now; the time zone of `now` does not matter.
        QCOMPARE(RateLimitInfo::parseRetryAfter("Fri, 04 Dec 2026 16:00:00 GMT", now).value_or(-1), 0);
        QCOMPARE(RateLimitInfo::parseRetryAfter("Fri, 04 Dec 2026 17:00:30 GMT", now.toTimeZone(QTimeZone("Europe/Paris"))).value_or(-1),
                 30);
    }

    void retryAfterMalformedIsIgnored()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QByteArray &value :
             {QByteArray(), QByteArray("-5"), QByteArray("1.5"), QByteArray("soon"), QByteArray("120s"), QByteArray("99999999999999999999"),
              QByteArray("86401"), QByteArray("Fri, 32 Dec 2026 17:00:00 GMT"), QByteArray("Sat, 04 Dec 2100 17:00:00 GMT"),
              QByteArray(100, '1')})
            QVERIFY2(!RateLimitInfo::parseRetryAfter(value, now), value.constData());
    }
};

QTEST_GUILESS_MAIN(TestRateLimitInfo)
#include "tst_ratelimitinfo.moc"
