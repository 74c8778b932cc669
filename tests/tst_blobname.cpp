// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "BlobName.h"
#include "CacheScanner.h"
#include "FixtureCache.h"

#include <QTest>

#include <algorithm>

using namespace hubdeck;
using hubdeck::test::FixtureCache;

// A blob's name is kept packed when it is a lowercase hash, and always given back byte for
// byte: deleting or verifying a blob goes by that name.
class TestBlobName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void givesBackTheSameBytes_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("sha256") << QByteArray("07c34d84a1c4804270a79a7f8ecdce6a33c39160daaba6bc12f12cc3be6fd046");
        QTest::newRow("git sha1") << QByteArray("11c5a3d5811f50298f278a704980280950aedb10");
        QTest::newRow("zeros") << QByteArray(64, '0');
        QTest::newRow("upper case") << QByteArray("07C34D84A1C4804270A79A7F8ECDCE6A33C39160DAABA6BC12F12CC3BE6FD046");
        QTest::newRow("not hex, hash length") << QByteArray("g7c34d84a1c4804270a79a7f8ecdce6a33c39160daaba6bc12f12cc3be6fd046");
        QTest::newRow("63 digits") << QByteArray("7c34d84a1c4804270a79a7f8ecdce6a33c39160daaba6bc12f12cc3be6fd046");
        QTest::newRow("suffix") << QByteArray("11c5a3d5811f50298f278a704980280950aedb10.lock");
        QTest::newRow("not UTF-8") << QByteArray("caf\xe9\xff\x80");
        QTest::newRow("short") << QByteArray("orphan");
    }
    void givesBackTheSameBytes()
    {
        QFETCH(QByteArray, name);
        const BlobName blob(name);
        QCOMPARE(blob.bytes(), name);
        QVERIFY(blob == name);
        QVERIFY(!blob.isEmpty());
        QVERIFY(BlobName(name) == blob);
    }

    // A name that is not packed lives on the heap: copies and moves keep it, each its own.
    void copiesAndMovesKeepTheBytes_data() { givesBackTheSameBytes_data(); }
    void copiesAndMovesKeepTheBytes()
    {
        QFETCH(QByteArray, name);
        BlobName original(name);
        BlobName copy(original);
        BlobName assigned(QByteArray("other"));
        assigned = copy;
        QCOMPARE(copy.bytes(), name);
        QCOMPARE(assigned.bytes(), name);
        BlobName moved(std::move(copy));
        QCOMPARE(moved.bytes(), name);
        BlobName moveAssigned(QByteArray(64, 'a'));
        moveAssigned = std::move(assigned);
        QCOMPARE(moveAssigned.bytes(), name);
        original = original; // self-assignment keeps it
        QCOMPARE(original.bytes(), name);
        QList<BlobName> grown;
        for (int i = 0; i < 100; ++i)
            grown.append(BlobName(name));
        grown.squeeze();
        QVERIFY(std::all_of(grown.cbegin(), grown.cend(), [&](const BlobName &blob) { return blob.bytes() == name; }));
    }

    void emptyIsEmpty()
    {
        QVERIFY(BlobName().isEmpty());
        QVERIFY(BlobName(QByteArray()).isEmpty());
        QCOMPARE(BlobName().bytes(), QByteArray());
    }

    // Sorted names come out in the order of their bytes, packed or not, mixed or not.
    void ordersAsTheBytesDo()
    {
        const QList<QByteArray> names{
            QByteArray("ffffffffffffffffffffffffffffffffffffffff"),
            QByteArray("0000000000000000000000000000000000000000000000000000000000000000"),
            QByteArray("9fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"),
            QByteArray("a000000000000000000000000000000000000000000000000000000000000000"),
            QByteArray("A000000000000000000000000000000000000000000000000000000000000000"),
            QByteArray("a0000000000000000000000000000000000000000"),
            QByteArray("a000000000000000000000000000000000000000"),
            QByteArray("a00000000000000000000000000000000000000"),
            QByteArray("orphan"),
            QByteArray("\xff"),
        };
        QList<BlobName> blobs;
        for (const QByteArray &name : names)
            blobs.append(BlobName(name));
        for (const BlobName &a : blobs)
            for (const BlobName &b : blobs) {
                QCOMPARE(a < b, a.bytes() < b.bytes());
                QCOMPARE(a == b, a.bytes() == b.bytes());
            }
    }

    // Through a scan: the path of each blob, and so what a deletion removes, is the file's.
    void scannedBlobsKeepTheirPaths()
    {
        FixtureCache cache;
        const QString repo = QStringLiteral("models--org--name");
        const QString hash = FixtureCache::sha256(QStringLiteral("weights"));
        cache.addBlob(repo, hash, "w");
        cache.addBlob(repo, hash.toUpper(), "W");
        cache.addLink(repo, FixtureCache::commit(QStringLiteral("a")), QStringLiteral("model.bin"), hash);
        cache.addLink(repo, FixtureCache::commit(QStringLiteral("a")), QStringLiteral("other.bin"), hash.toUpper());
        const CacheScan scan = CacheScanner::scan(cache.root());
        QCOMPARE(scan.repos.size(), 1);
        QStringList paths;
        for (const CachedBlob &blob : scan.repos.first().blobs)
            paths.append(scan.repos.first().blobPath(blob));
        paths.sort();
        QCOMPARE(paths, QStringList({cache.path(repo + QStringLiteral("/blobs/") + hash.toUpper()),
                                     cache.path(repo + QStringLiteral("/blobs/") + hash)}));
    }
};

QTEST_GUILESS_MAIN(TestBlobName)
#include "tst_blobname.moc"
