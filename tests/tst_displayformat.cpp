// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DisplayFormat.h"

#include <QLocale>
#include <QTest>

using hubdeck::DisplayFormat;

// The GUI's sizes and times follow the user's locale, unlike the CLI's.
class TestDisplayFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizesFollowTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(DisplayFormat::size(11300000000), QStringLiteral("11.3 GB"));
        QCOMPARE(DisplayFormat::size(999), QStringLiteral("999 bytes"));
        QCOMPARE(DisplayFormat::size(1), QStringLiteral("1 byte"));
        QCOMPARE(DisplayFormat::size(0), QStringLiteral("0 bytes"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(DisplayFormat::size(11300000000), QStringLiteral("11,3 GB"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(DisplayFormat::size(1500000), QStringLiteral("1,5 Mo"));
        QLocale::setDefault(QLocale::c());
    }

    void timeLeft()
    {
        QCOMPARE(DisplayFormat::timeLeft(-1), QString());
        QCOMPARE(DisplayFormat::timeLeft(0), QStringLiteral("about 1 s left"));
        QCOMPARE(DisplayFormat::timeLeft(12), QStringLiteral("about 15 s left"));
        QCOMPARE(DisplayFormat::timeLeft(61), QStringLiteral("about 2 min left"));
        QCOMPARE(DisplayFormat::timeLeft(3 * 3600 + 25 * 60), QStringLiteral("about 3 h 25 min left"));
    }

    void timesKeepTheReferenceThresholds_data()
    {
        QTest::addColumn<double>("delta");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << 5.0 << "a few seconds ago";
        QTest::newRow("45 s") << 45.0 << "45 seconds ago";
        QTest::newRow("1 minute") << 61.0 << "1 minute ago";
        QTest::newRow("half to even") << 150.0 << "2 minutes ago";
        QTest::newRow("6.6 days") << 6.6 * 86400 << "1 week ago";
        QTest::newRow("11 months") << 330.0 * 86400 << "11 months ago";
        QTest::newRow("2 years") << 730.0 * 86400 << "2 years ago";
    }

    void timesKeepTheReferenceThresholds()
    {
        QFETCH(double, delta);
        QFETCH(QString, text);
        QCOMPARE(DisplayFormat::timeSince(1800000000.0 - delta, 1800000000.0), text);
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
