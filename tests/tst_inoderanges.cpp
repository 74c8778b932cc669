// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "InodeRanges.h"

#include <QTest>

using namespace hubdeck;

// The inode numbers a stopped deletion keeps on its folder (AsideFolder::recordStop): what
// the run finishing it reads back is never more than was written, whatever the bytes.
class TestInodeRanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consecutiveInodesTakeAFewBytes()
    {
        QList<quint64> inodes;
        for (quint64 inode = 1'000'000; inode < 1'010'000; ++inode)
            inodes.append(inode);
        inodes.append(5);
        inodes.append(7);
        const InodeRanges set = InodeRanges::of(inodes);
        const QByteArray bytes = set.encoded(4096);
        QVERIFY2(bytes.size() < 16, qPrintable(QString::number(bytes.size())));
        const std::optional<InodeRanges> back = InodeRanges::decoded(bytes);
        QVERIFY(back);
        for (const quint64 inode : {quint64(5), quint64(7), quint64(1'000'000), quint64(1'009'999)})
            QVERIFY2(back->contains(inode), qPrintable(QString::number(inode)));
        for (const quint64 inode : {quint64(0), quint64(6), quint64(8), quint64(999'999), quint64(1'010'000)})
            QVERIFY2(!back->contains(inode), qPrintable(QString::number(inode)));
    }

    // Cut at a range: fewer inodes, never a wrong one.
    void aBoundKeepsWholeRanges()
    {
        QList<quint64> inodes;
        for (quint64 i = 0; i < 2000; ++i)
            inodes.append(1 + i * 1000); // none consecutive
        const InodeRanges set = InodeRanges::of(inodes);
        const QByteArray cut = set.encoded(100);
        QVERIFY(cut.size() <= 100 && !cut.isEmpty());
        const std::optional<InodeRanges> back = InodeRanges::decoded(cut);
        QVERIFY(back);
        QVERIFY(back->contains(1));
        QVERIFY(!back->contains(2));
        QVERIFY(!back->contains(1 + 1999 * 1000));
        int kept = 0;
        for (const quint64 inode : std::as_const(inodes))
            kept += back->contains(inode) ? 1 : 0;
        QVERIFY(kept > 10 && kept < 2000);
    }

    void unitedMergesTouchingRanges()
    {
        const InodeRanges set = InodeRanges::of({1, 2, 3}).united(InodeRanges::of({4, 10}));
        const std::optional<InodeRanges> back = InodeRanges::decoded(set.encoded(64));
        QVERIFY(back);
        QCOMPARE(back->encoded(64), set.encoded(64));
        QVERIFY(back->contains(4) && back->contains(10) && !back->contains(9));
        QCOMPARE(set.encoded(64), QByteArray("\x01\x03\x05\x00", 4)); // [1,4] then [10,10]
    }

    void bytesNoRecordCanHoldAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("cut inside a number") << QByteArray("\x81", 1);
        QTest::newRow("a gap without its length") << QByteArray("\x05", 1);
        QTest::newRow("a number past 64 bits") << QByteArray("\xff\xff\xff\xff\xff\xff\xff\xff\xff\x7f\x00", 11);
        QTest::newRow("a range that should have merged") << QByteArray("\x01\x01\x00\x01", 4);
        QTest::newRow("past the last inode") << QByteArray("\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x00\x05\x00", 13);
    }
    void bytesNoRecordCanHoldAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!InodeRanges::decoded(bytes));
    }

    void nothingIsEmpty()
    {
        QVERIFY(InodeRanges().encoded(10).isEmpty());
        const std::optional<InodeRanges> back = InodeRanges::decoded({});
        QVERIFY(back && back->isEmpty());
        QVERIFY(!back->contains(0));
    }
};

QTEST_GUILESS_MAIN(TestInodeRanges)
#include "tst_inoderanges.moc"
