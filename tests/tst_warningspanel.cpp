// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

// The GUI's Warnings panel lists what a stopped deletion or prune leaves (issue #10 §2): an
// empty repo folder and the files of shared payloads that are gone.
#include "CacheScanner.h"
#include "FixtureCache.h"
#include "WarningsPanel.h"

#include <QTest>
#include <QTreeWidget>

using namespace hubdeck;
using hubdeck::test::FixtureCache;

class TestWarningsPanel : public QObject
{
    Q_OBJECT

    static QStringList rows(const WarningsPanel &panel)
    {
        QStringList texts;
        const auto *list = qobject_cast<const QTreeWidget *>(panel.list());
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            texts.append(list->topLevelItem(i)->text(0) + QStringLiteral(" | ") + list->topLevelItem(i)->text(2));
        return texts;
    }

private slots:
    void emptyRepoFolderOfALastStep()
    {
        FixtureCache cache;
        cache.mkdir(QStringLiteral("models--org--a/blobs")); // no snapshots/: what the last step's stop leaves
        const CacheScan scan = CacheScanner::scan(cache.root());
        QVERIFY(scan.isValid());
        WarningsPanel panel;
        panel.setScan(scan);
        QCOMPARE(rows(panel), QStringList{QStringLiteral("model/org/a | An empty repo: no revision left; Tools → Prune removes it")});
    }

    void filesOfGoneSharedBlobs()
    {
        FixtureCache cache;
        cache.markSharedStore();
        const QString hash = FixtureCache::sha256(QStringLiteral("gone"));
        cache.writeFile(QStringLiteral("blobs/") + hash.left(2) + u'/' + hash + QStringLiteral(".refs"), "models--org--a/blobs/e\n");
        cache.writeFile(QStringLiteral("blobs/") + hash.left(2) + u'/' + hash + QStringLiteral(".lock"), QByteArray());
        const CacheScan scan = CacheScanner::scan(cache.root());
        QVERIFY(scan.isValid());
        QCOMPARE(scan.storeLeftovers.size(), 2);
        WarningsPanel panel;
        panel.setScan(scan);
        QCOMPARE(rows(panel), QStringList{QStringLiteral("blobs/ | 2 file(s) of shared blobs that are gone (manifests, locks), left by a "
                                                         "stopped prune or deletion; Tools → Prune removes them")});
    }
};

QTEST_MAIN(TestWarningsPanel)
#include "tst_warningspanel.moc"
