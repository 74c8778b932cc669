// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "GoldenFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTest>

namespace hubdeck::test {

QString GoldenFile::folder()
{
    return qEnvironmentVariable("HUBDECK_GOLDEN_DIR") + u'/' + QCoreApplication::applicationName();
}

void GoldenFile::compare(const QString &name, const QString &output)
{
    QString actual = output;
    if (name.endsWith(QLatin1String(".json")))
        actual.replace(QRegularExpression(QStringLiteral(R"re(("expected_freed_on_disk":\s*)\d+)re")), QStringLiteral(R"(\1"@BLOCKS@")"));
    QVERIFY2(qEnvironmentVariableIsSet("HUBDECK_GOLDEN_DIR"), "HUBDECK_GOLDEN_DIR must name tests/golden (ctest sets it)");
    const QString path = folder() + u'/' + name;
    QFile file(path);
    if (qEnvironmentVariableIntValue("HUBDECK_UPDATE_GOLDEN") == 1) {
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        file.write(actual.toUtf8());
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QString expected = QString::fromUtf8(file.readAll());
    if (name.endsWith(QLatin1String(".json"))) {
        QJsonParseError error{};
        const QJsonDocument actualDocument = QJsonDocument::fromJson(actual.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + actual));
        QCOMPARE(actualDocument, QJsonDocument::fromJson(expected.toUtf8()));
    } else {
        QCOMPARE(actual, expected);
    }
}

} // namespace hubdeck::test
