// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HumanFormat.h"

#include <QTest>

using namespace hubdeck;

// The wording of huggingface_hub's CLI: _format_size, format_timesince, parse_size and
// parse_duration (utils/_cache_manager.py, utils/_parsing.py). Every expected value below was
// worked out from the Python functions, not read off HubDeck's output.
class TestHumanFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void size_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0.0");
        QTest::newRow("one byte") << qint64(1) << QStringLiteral("1.0");
        QTest::newRow("999") << qint64(999) << QStringLiteral("999.0");
        QTest::newRow("1000") << qint64(1000) << QStringLiteral("1.0K");
        QTest::newRow("1049 rounds down") << qint64(1049) << QStringLiteral("1.0K");
        // 1.05 is stored as 1.0500000000000000444: above the tie, so up.
        QTest::newRow("1050 rounds up") << qint64(1050) << QStringLiteral("1.1K");
        // 1.25 and 116.25 are exact ties: Python's format rounds them half to even.
        QTest::newRow("1250 tie to even") << qint64(1250) << QStringLiteral("1.2K");
        QTest::newRow("1750 tie to even") << qint64(1750) << QStringLiteral("1.8K");
        QTest::newRow("116250 tie to even") << qint64(116250) << QStringLiteral("116.2K");
        QTest::newRow("1350") << qint64(1350) << QStringLiteral("1.4K");
        QTest::newRow("116.3K") << qint64(116300) << QStringLiteral("116.3K");
        QTest::newRow("999949") << qint64(999949) << QStringLiteral("999.9K");
        // Below 1000 K, so it stays in K even though it prints as 1000.0.
        QTest::newRow("999950") << qint64(999950) << QStringLiteral("1000.0K");
        QTest::newRow("1M") << qint64(1000000) << QStringLiteral("1.0M");
        QTest::newRow("1.9G") << qint64(1900000000) << QStringLiteral("1.9G");
        QTest::newRow("22.5T") << qint64(22500000000000) << QStringLiteral("22.5T");
        QTest::newRow("1P") << qint64(1000000000000000) << QStringLiteral("1.0P");
        QTest::newRow("1E") << qint64(1000000000000000000) << QStringLiteral("1.0E");
        QTest::newRow("qint64 max") << std::numeric_limits<qint64>::max() << QStringLiteral("9.2E");
        QTest::newRow("negative") << qint64(-1500) << QStringLiteral("-1.5K");
    }
    void size()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(HumanFormat::size(bytes), text);
    }

    // In a sentence a size below 1000 bytes carries its unit ("totalling 0.0." read as no unit).
    void sizeInText()
    {
        QCOMPARE(HumanFormat::sizeInText(0), QStringLiteral("0 bytes"));
        QCOMPARE(HumanFormat::sizeInText(1), QStringLiteral("1 byte"));
        QCOMPARE(HumanFormat::sizeInText(838), QStringLiteral("838 bytes"));
        QCOMPARE(HumanFormat::sizeInText(999), QStringLiteral("999 bytes"));
        QCOMPARE(HumanFormat::sizeInText(1000), HumanFormat::size(1000));
        QCOMPARE(HumanFormat::sizeInText(12600000), QStringLiteral("12.6M"));
    }

    void timeSince_data()
    {
        const double minute = 60, hour = 3600, day = 86400;
        QTest::addColumn<double>("delta");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << 0.0 << QStringLiteral("a few seconds ago");
        // hf says "a few seconds ago" for any future time; a file dated years ahead is not
        // that (N18). A minute of clock skew still reads as now.
        QTest::newRow("in the future") << -100.0 << QStringLiteral("in the future");
        QTest::newRow("274 years ahead") << -8.64e9 << QStringLiteral("in the future");
        QTest::newRow("skew of 30 s") << -30.0 << QStringLiteral("a few seconds ago");
        QTest::newRow("19.9 s") << 19.9 << QStringLiteral("a few seconds ago");
        QTest::newRow("20 s") << 20.0 << QStringLiteral("20 seconds ago");
        QTest::newRow("45 s") << 45.0 << QStringLiteral("45 seconds ago");
        QTest::newRow("59.4 s") << 59.4 << QStringLiteral("59 seconds ago");
        QTest::newRow("60 s") << 60.0 << QStringLiteral("60 seconds ago");
        QTest::newRow("60.5 s: half to even") << 60.5 << QStringLiteral("60 seconds ago");
        QTest::newRow("61 s") << 61.0 << QStringLiteral("1 minute ago");
        QTest::newRow("89 s") << 89.0 << QStringLiteral("1 minute ago");
        QTest::newRow("90 s: round(1.5) = 2") << 90.0 << QStringLiteral("2 minutes ago");
        QTest::newRow("150 s: round(2.5) = 2") << 150.0 << QStringLiteral("2 minutes ago");
        QTest::newRow("59.5 min") << 59.5 * minute << QStringLiteral("60 minutes ago");
        QTest::newRow("60.5 min: half to even") << 60.5 * minute << QStringLiteral("60 minutes ago");
        QTest::newRow("3631 s") << 3631.0 << QStringLiteral("1 hour ago");
        QTest::newRow("3 hours") << 3 * hour << QStringLiteral("3 hours ago");
        QTest::newRow("24 hours") << 24 * hour << QStringLiteral("24 hours ago");
        QTest::newRow("24.5 hours: half to even") << 24.5 * hour << QStringLiteral("24 hours ago");
        QTest::newRow("25 hours") << 25 * hour << QStringLiteral("1 day ago");
        QTest::newRow("4 days") << 4 * day << QStringLiteral("4 days ago");
        QTest::newRow("6.4 days") << 6.4 * day << QStringLiteral("6 days ago");
        QTest::newRow("6.5 days: half to even") << 6.5 * day << QStringLiteral("6 days ago");
        QTest::newRow("6.6 days") << 6.6 * day << QStringLiteral("1 week ago");
        QTest::newRow("7 days") << 7 * day << QStringLiteral("1 week ago");
        QTest::newRow("3 weeks") << 21 * day << QStringLiteral("3 weeks ago");
        QTest::newRow("6.5 weeks") << 45.5 * day << QStringLiteral("6 weeks ago");
        QTest::newRow("46 days") << 46 * day << QStringLiteral("2 months ago");
        QTest::newRow("11 months") << 330 * day << QStringLiteral("11 months ago");
        QTest::newRow("11.5 months") << 345 * day << QStringLiteral("1 year ago");
        QTest::newRow("364 days") << 364 * day << QStringLiteral("1 year ago");
        QTest::newRow("1.5 years") << 547.5 * day << QStringLiteral("2 years ago");
        QTest::newRow("2 years") << 730 * day << QStringLiteral("2 years ago");
        QTest::newRow("10 years") << 3650 * day << QStringLiteral("10 years ago");
    }
    void timeSince()
    {
        QFETCH(double, delta);
        QFETCH(QString, text);
        const double now = 1800000000.0;
        QCOMPARE(HumanFormat::timeSince(now - delta, now), text);
    }

    void parseSize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // -1: invalid
        QTest::addColumn<QString>("error");
        QTest::newRow("1GB") << QStringLiteral("1GB") << qint64(1000000000) << QString();
        QTest::newRow("500mb") << QStringLiteral("500mb") << qint64(500000000) << QString();
        QTest::newRow("plain") << QStringLiteral("42") << qint64(42) << QString();
        QTest::newRow("spaces around") << QStringLiteral(" 42 ") << qint64(42) << QString();
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0) << QString();
        QTest::newRow("k") << QStringLiteral("1k") << qint64(1000) << QString();
        QTest::newRow("KB") << QStringLiteral("2KB") << qint64(2000) << QString();
        QTest::newRow("M") << QStringLiteral("3M") << qint64(3000000) << QString();
        QTest::newRow("TB") << QStringLiteral("2TB") << qint64(2000000000000) << QString();
        QTest::newRow("PB") << QStringLiteral("1PB") << qint64(1000000000000000) << QString();
        QTest::newRow("decimal") << QStringLiteral("1.5GB") << qint64(-1) << QStringLiteral("Invalid value '1.5GB'");
        QTest::newRow("space before unit") << QStringLiteral("1 GB") << qint64(-1) << QStringLiteral("Invalid value '1 GB'");
        QTest::newRow("unit only") << QStringLiteral("GB") << qint64(-1) << QStringLiteral("Invalid value 'GB'");
        QTest::newRow("thousands separator") << QStringLiteral("1,000") << qint64(-1) << QStringLiteral("Invalid value '1,000'");
        QTest::newRow("unknown unit") << QStringLiteral("10XB") << qint64(-1) << QStringLiteral("Unknown unit 'xb'");
        QTest::newRow("binary unit") << QStringLiteral("1GiB") << qint64(-1) << QStringLiteral("Unknown unit 'gib'");
        QTest::newRow("empty") << QString() << qint64(-1) << QStringLiteral("Value cannot be empty.");
        QTest::newRow("blank") << QStringLiteral("   ") << qint64(-1) << QStringLiteral("Value cannot be empty.");
    }
    void parseSize()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        QFETCH(QString, error);
        QString message;
        const std::optional<qint64> parsed = HumanFormat::parseSize(text, &message);
        if (bytes >= 0) {
            QCOMPARE(parsed, std::optional<qint64>(bytes));
        } else {
            QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
            QVERIFY2(message.contains(error), qPrintable(message));
        }
        QCOMPARE(HumanFormat::parseSize(text).has_value(), bytes >= 0); // error pointer optional
    }

    void parseDuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: invalid
        QTest::addColumn<QString>("error");
        QTest::newRow("7d") << QStringLiteral("7d") << qint64(7 * 86400) << QString();
        QTest::newRow("30d") << QStringLiteral("30d") << qint64(30 * 86400) << QString();
        QTest::newRow("12h") << QStringLiteral("12h") << qint64(12 * 3600) << QString();
        QTest::newRow("2w") << QStringLiteral("2w") << qint64(14 * 86400) << QString();
        QTest::newRow("3mo is 90 days") << QStringLiteral("3mo") << qint64(90 * 86400) << QString();
        QTest::newRow("1y is 365 days") << QStringLiteral("1y") << qint64(365 * 86400) << QString();
        QTest::newRow("30m is minutes") << QStringLiteral("30m") << qint64(1800) << QString();
        QTest::newRow("upper M is minutes too") << QStringLiteral("1M") << qint64(60) << QString();
        QTest::newRow("upper MO") << QStringLiteral("2MO") << qint64(60 * 86400) << QString();
        QTest::newRow("45s") << QStringLiteral("45s") << qint64(45) << QString();
        QTest::newRow("plain seconds") << QStringLiteral("90") << qint64(90) << QString();
        QTest::newRow("min") << QStringLiteral("5min") << qint64(-1) << QStringLiteral("Unknown unit 'min'");
        QTest::newRow("days spelled") << QStringLiteral("7days") << qint64(-1) << QStringLiteral("Unknown unit 'days'");
        QTest::newRow("fraction") << QStringLiteral("1.5h") << qint64(-1) << QStringLiteral("Invalid value '1.5h'");
        QTest::newRow("unit first") << QStringLiteral("d7") << qint64(-1) << QStringLiteral("Invalid value 'd7'");
        QTest::newRow("empty") << QString() << qint64(-1) << QStringLiteral("Value cannot be empty.");
    }
    void parseDuration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QFETCH(QString, error);
        QString message;
        const std::optional<qint64> parsed = HumanFormat::parseDuration(text, &message);
        if (seconds >= 0) {
            QCOMPARE(parsed, std::optional<qint64>(seconds));
        } else {
            QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
            QVERIFY2(message.contains(error), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestHumanFormat)
#include "tst_humanformat.moc"
