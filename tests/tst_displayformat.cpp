// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DisplayFormat.h"
#include "SpacesTableModel.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using hubdeck::DisplayFormat;
using hubdeck::SpaceInfo;
using hubdeck::SpacesTableModel;

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

    void datesAreUnambiguousInEveryLocale()
    {
        const QDateTime evening(QDate(2026, 12, 4), QTime(21, 30, 59));
        // en_US and C would say 12/4/26 with ShortFormat: the 12th of April to most of the world.
        for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates), QLocale::c(),
                                      QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::English, QLocale::UnitedKingdom)}) {
            QLocale::setDefault(locale);
            QCOMPARE(DisplayFormat::dateTime(evening), QStringLiteral("2026-12-04 21:30"));
            QCOMPARE(DisplayFormat::dateTime(double(evening.toSecsSinceEpoch())), QStringLiteral("2026-12-04 21:30"));
        }
        QVERIFY(DisplayFormat::dateTime(QDateTime()).isEmpty());
        // A time from the Hub (UTC) is shown in local time.
        QCOMPARE(DisplayFormat::dateTime(evening.toUTC()), QStringLiteral("2026-12-04 21:30"));

        // The Spaces table's Last modified column uses it.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        SpacesTableModel model;
        SpaceInfo space;
        space.id = QStringLiteral("alice/chat");
        space.author = QStringLiteral("alice");
        space.lastModified = evening.toUTC();
        model.setSpaces({space});
        const QString shown = model.index(0, SpacesTableModel::ModifiedColumn).data().toString();
        QCOMPARE(shown, QStringLiteral("2026-12-04 21:30"));
        QVERIFY(!shown.contains(u'/'));
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
        QTest::newRow("skew of 30 s") << -30.0 << "a few seconds ago";
        QTest::newRow("years ahead (N18)") << -8.64e9 << "in the future";
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
