// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The German and French translations are complete: lupdate run over today's sources finds
// nothing unfinished, nothing obsolete, and every translation keeps its placeholders. The
// English file holds only plural forms ("%n day(s)"), and has them all.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("minimumMessages");
        QTest::newRow("de") << QStringLiteral("de") << 300;
        QTest::newRow("fr") << QStringLiteral("fr") << 300;
        QTest::newRow("en, plural forms") << QStringLiteral("en") << 15;
    }

    void complete()
    {
        QFETCH(QString, language);
        QFETCH(int, minimumMessages);
        const QString source = qEnvironmentVariable("HUBDECK_SOURCE_DIR");
        const QString committed = source + QStringLiteral("/translations/hubdeck_%1.ts").arg(language);
        QTemporaryDir dir;
        const QString refreshed = dir.filePath(QStringLiteral("refreshed.ts"));
        QVERIFY(QFile::copy(committed, refreshed));
        QFile::setPermissions(refreshed, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // Refresh a copy from the sources, as a developer would: new strings show up unfinished.
        QProcess lupdate;
        lupdate.setWorkingDirectory(source);
        QStringList arguments{QStringLiteral("core"),
                              QStringLiteral("hub"),
                              QStringLiteral("preview"),
                              QStringLiteral("models"),
                              QStringLiteral("controllers"),
                              QStringLiteral("views"),
                              QStringLiteral("app/gui"),
                              QStringLiteral("-locations"),
                              QStringLiteral("none"),
                              QStringLiteral("-ts"),
                              refreshed};
        if (language == u"en")
            arguments.append(QStringLiteral("-pluralonly"));
        lupdate.start(qEnvironmentVariable("HUBDECK_LUPDATE"), arguments);
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);

        QFile file(refreshed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QDomDocument document;
        QVERIFY(document.setContent(&file));
        const QDomNodeList messages = document.elementsByTagName(QStringLiteral("message"));
        QVERIFY(messages.size() > minimumMessages);
        static const QRegularExpression placeholder(QStringLiteral("%L?(\\d|n)"));
        QStringList problems;
        for (int i = 0; i < messages.size(); ++i) {
            const QDomElement message = messages.at(i).toElement();
            const QString text = message.firstChildElement(QStringLiteral("source")).text();
            const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
            const QString type = translation.attribute(QStringLiteral("type"));
            if (!type.isEmpty()) {
                problems.append(QStringLiteral("%1: \"%2\"").arg(type, text.left(60)));
                continue;
            }
            QStringList forms;
            for (QDomElement form = translation.firstChildElement(QStringLiteral("numerusform")); !form.isNull();
                 form = form.nextSiblingElement(QStringLiteral("numerusform")))
                forms.append(form.text());
            if (forms.isEmpty())
                forms.append(translation.text());
            QSet<QString> expected;
            for (auto it = placeholder.globalMatch(text); it.hasNext();)
                expected.insert(it.next().captured(0));
            for (const QString &form : std::as_const(forms)) {
                QSet<QString> found;
                for (auto it = placeholder.globalMatch(form); it.hasNext();)
                    found.insert(it.next().captured(0));
                if (form.isEmpty() || found != expected)
                    problems.append(QStringLiteral("placeholders or empty: \"%1\"").arg(text.left(60)));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
