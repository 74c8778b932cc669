// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CliRun.h"
#include "FakeHub.h"
#include "HardwareDialog.h"
#include "HubFixture.h"
#include "LogsDialog.h"
#include "SpaceDetailPanel.h"
#include "SpacesController.h"
#include "SpacesPage.h"
#include "SpacesTableModel.h"
#include "StorageDialog.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace hubdeck;
using hubdeck::test::CliRun;
using hubdeck::test::FakeHub;
using hubdeck::test::HubFixture;

namespace {

// What a hostile Hub puts in every field: a colour, a screen clear after a carriage return,
// a bell, a C1 CSI, a right-to-left override, a bidi isolate, and a newline that starts a
// line of its own.
const QString kEvil = QStringLiteral("X\x1b[31mred\x1b[0m\r\x07\u009b2J\u202eabc\u2066\nforged: yes");
// What the CLI shows of it: every control as an escape, all on one line.
const QString kEvilShown = QStringLiteral("X\\x1b[31mred\\x1b[0m\\r\\x07\\u009b2J\\u202eabc\\u2066\\nforged: yes");

// Markup a label would obey if it took the text for rich text.
const QString kMarkup = QStringLiteral("<b>x</b><img src=\"file:///etc/passwd\">");

} // namespace

// Issue #11, item 5: what the Hub sends never reaches a terminal raw (no ESC, no CR, no bidi
// override; newlines inside a field do not start a line), and the GUI shows it as plain text.
class TestTerminalSafety : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    std::unique_ptr<HubFixture> m_fx; // a fake Hub with alice/chat and a home for the CLI

    Run cli(const QStringList &arguments)
    {
        // Nothing cut: the escapes stay whole (spaces ls has a COST/H column too).
        const CliRun run = CliRun::run(arguments, m_fx->cliEnvironment() << QStringLiteral("COLUMNS=500"));
        if (!run.finished)
            qFatal("hubdeck-cli did not finish");
        return {run.code, run.outBytes, run.errBytes};
    }

    // No byte that a terminal obeys, in any stream; no line that the Hub started.
    void checkSafe(const QByteArray &bytes, const char *what)
    {
        const QString text = QString::fromUtf8(bytes);
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            const bool control = (u < 0x20 && u != u'\n') || u == 0x7F || (u >= 0x80 && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) ||
                                 (u >= 0x2066 && u <= 0x2069);
            QVERIFY2(!control, qPrintable(QStringLiteral("%1: U+%2 raw in the output").arg(QLatin1StringView(what)).arg(int(u), 4, 16)));
        }
        QVERIFY2(!bytes.contains('\x1b') && !bytes.contains('\r') && !bytes.contains('\x07'), what);
        for (const QString &line : text.split(u'\n'))
            QVERIFY2(!line.trimmed().startsWith(QStringLiteral("forged")), what);
        QVERIFY2(!bytes.contains(m_fx->hub().token.toUtf8()), what);
    }

    void checkSafe(const Run &run, const char *what)
    {
        checkSafe(run.out, what);
        checkSafe(run.err, what);
    }

    static QStringList spaces(std::initializer_list<const char *> arguments)
    {
        QStringList list{QStringLiteral("spaces")};
        for (const char *argument : arguments)
            list.append(QString::fromLatin1(argument));
        return list;
    }

    QByteArray evilRuntime() const
    {
        QJsonObject runtime = m_fx->hub().runtimes.value(QStringLiteral("alice/chat"));
        runtime.insert(QStringLiteral("stage"), kEvil);
        runtime.insert(QStringLiteral("hardware"), QJsonObject{{QStringLiteral("current"), kEvil}, {QStringLiteral("requested"), kEvil}});
        runtime.insert(QStringLiteral("storage"), kEvil);
        return QJsonDocument(runtime).toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HubDeckTests"));
    }

    void init()
    {
        m_fx = std::make_unique<HubFixture>(HubFixture::Options{QString()});
        m_fx->hub().addSpace(QStringLiteral("alice/chat"), QStringLiteral("RUNNING"), QStringLiteral("t4-medium"));
    }

    void listTableAndQuietIds()
    {
        m_fx->hub().spaces[QStringLiteral("alice/chat")].insert(QStringLiteral("id"), QStringLiteral("alice/") + kEvil);
        m_fx->hub().spaces[QStringLiteral("alice/chat")].insert(QStringLiteral("sdk"), kEvil);
        m_fx->hub().runtimes[QStringLiteral("alice/chat")] = QJsonDocument::fromJson(evilRuntime()).object();
        Run run = cli(spaces({"ls"}));
        QCOMPARE(run.code, 0);
        checkSafe(run, "ls");
        QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("alice/") + kEvilShown));
        QCOMPARE(QString::fromUtf8(run.out).count(kEvilShown), 6); // id, sdk, stage, hardware, requested, storage
        run = cli(spaces({"ls", "-q"}));
        QCOMPARE(run.code, 0);
        checkSafe(run, "ls -q");
        QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("alice/") + kEvilShown + u'\n');
    }

    void jsonEscapesAndKeepsTheValue()
    {
        m_fx->hub().spaces[QStringLiteral("alice/chat")].insert(QStringLiteral("sdk"), kEvil);
        m_fx->hub().runtimes[QStringLiteral("alice/chat")] = QJsonDocument::fromJson(evilRuntime()).object();
        for (const QStringList &arguments : {spaces({"ls", "--format", "json"}), spaces({"info", "alice/chat", "--format", "json"})}) {
            const Run run = cli(arguments);
            QCOMPARE(run.code, 0);
            checkSafe(run, "json");
            QVERIFY(run.out.contains("\\u001b[31m"));
            QVERIFY(run.out.contains("\\u202e"));
            const QJsonDocument document = QJsonDocument::fromJson(run.out);
            const QJsonObject space = document.isArray() ? document.array().first().toObject() : document.object();
            QCOMPARE(space.value(QStringLiteral("sdk")).toString(), kEvil); // the same string to a JSON reader
            QCOMPARE(space.value(QStringLiteral("runtime")).toObject().value(QStringLiteral("stage")).toString(), kEvil);
        }
    }

    void runtimeFieldsOnTheirOwnLines()
    {
        m_fx->hub().failNext(QStringLiteral("/pause"), FakeHub::Canned{200, evilRuntime(), {}, false});
        const Run run = cli(spaces({"pause", "alice/chat"}));
        QCOMPARE(run.code, 0);
        checkSafe(run, "pause");
        const QString out = QString::fromUtf8(run.out);
        QVERIFY(out.contains(QStringLiteral("  stage: ") + kEvilShown + u'\n'));
        QVERIFY(out.contains(QStringLiteral("  requested_hardware: ") + kEvilShown + u'\n'));
        QVERIFY(out.contains(QStringLiteral("  storage: ") + kEvilShown + u'\n'));
    }

    void hubErrorMessages()
    {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), kEvil}}).toJson(QJsonDocument::Compact);
        m_fx->hub().failNext(QStringLiteral("*"), FakeHub::Canned{400, body, {}, false}, 10);
        for (const QStringList &arguments :
             {spaces({"info", "alice/chat"}), spaces({"pause", "alice/chat"}), spaces({"logs", "alice/chat"}), spaces({"ls"})}) {
            const Run run = cli(arguments);
            QCOMPARE(run.code, 1);
            checkSafe(run, qPrintable(arguments.value(1)));
            QVERIFY2(run.err.contains("\\x1b[31m"), run.err.constData()); // the Hub's message, escaped
        }
    }

    void hubErrorMessageInTheHeader()
    {
        m_fx->hub().failNext(QStringLiteral("*"), FakeHub::Canned{400, "{}", {{"X-Error-Message", "bad\x1b[2J\x9b\rheader"}}, false}, 10);
        const Run run = cli(spaces({"info", "alice/chat"}));
        QCOMPARE(run.code, 1);
        checkSafe(run, "header");
        QVERIFY2(run.err.contains("bad\\x1b[2J"), run.err.constData());
    }

    void secretKeysAndVariables()
    {
        m_fx->hub().secrets[QStringLiteral("alice/chat")][kEvil] =
            QJsonObject{{QStringLiteral("description"), kEvil}, {QStringLiteral("updatedAt"), QStringLiteral("2026-11-20T10:00:00.000Z")}};
        m_fx->hub().variables[QStringLiteral("alice/chat")][kEvil] =
            QJsonObject{{QStringLiteral("value"), kEvil},
                        {QStringLiteral("description"), kEvil},
                        {QStringLiteral("updatedAt"), QStringLiteral("2026-11-20T10:00:00.000Z")}};
        Run run = cli(spaces({"secrets", "ls", "alice/chat"}));
        QCOMPARE(run.code, 0);
        checkSafe(run, "secrets ls");
        QCOMPARE(QString::fromUtf8(run.out).count(kEvilShown), 2); // key, description
        run = cli(spaces({"variables", "ls", "alice/chat"}));
        QCOMPARE(run.code, 0);
        checkSafe(run, "variables ls");
        QCOMPARE(QString::fromUtf8(run.out).count(kEvilShown), 3); // key, value, description
        run = cli(spaces({"variables", "ls", "alice/chat", "--format", "json"}));
        QCOMPARE(run.code, 0);
        checkSafe(run, "variables ls json");
        QCOMPARE(QJsonDocument::fromJson(run.out).array().first().toObject().value(QStringLiteral("value")).toString(), kEvil);
    }

    void hardwareNames()
    {
        QJsonObject flavor = m_fx->hub().hardware.first().toObject();
        flavor.insert(QStringLiteral("name"), kEvil);
        flavor.insert(QStringLiteral("prettyName"), kEvil);
        m_fx->hub().hardware = QJsonArray{flavor};
        const Run run = cli(spaces({"hardware"}));
        QCOMPARE(run.code, 0);
        checkSafe(run, "hardware");
        QCOMPARE(QString::fromUtf8(run.out).count(kEvilShown), 2);
    }

    void urlsAndIdsInSuccessMessages()
    {
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("url"), QStringLiteral("https://huggingface.co/spaces/") + kEvil}}).toJson();
        m_fx->hub().failNext(QStringLiteral("/duplicate"), FakeHub::Canned{200, body, {}, false});
        const Run run = cli(spaces({"duplicate", "alice/chat", "alice/copy"}));
        QCOMPARE(run.code, 0);
        checkSafe(run, "duplicate");
        QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("  url: https://huggingface.co/spaces/") + kEvilShown + u'\n'));
    }

    void whoamiNames()
    {
        m_fx->hub().orgs = QStringList{kEvil};
        const Run run = cli({QStringLiteral("auth"), QStringLiteral("whoami")});
        QCOMPARE(run.code, 0);
        checkSafe(run, "whoami");
        QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("orgs: ") + kEvilShown + u'\n'));
    }

    void logLines()
    {
        const QByteArray event =
            "data: " + QJsonDocument(QJsonObject{{QStringLiteral("data"), kEvil + u'\n'}}).toJson(QJsonDocument::Compact) + "\n\n";
        m_fx->hub().logChunks[QStringLiteral("alice/chat/run")] = {event,
                                                                   "data: {\"data\": \"\\u001b]0;title\\u0007progress 10%\\r20%\\n\"}\n\n"};
        const Run run = cli(spaces({"logs", "alice/chat", "--timeout", "2"}));
        QCOMPARE(run.code, 0);
        QVERIFY(!run.out.contains('\x1b') && !run.out.contains('\r') && !run.out.contains('\x07'));
        QVERIFY(!run.out.contains("\xe2\x80\xae")); // U+202E
        // A log event may hold several lines: its newlines stay, everything else is escaped.
        QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("X\\x1b[31mred\\x1b[0m\\r\\x07\\u009b2J\\u202eabc\\u2066\nforged: yes\n"
                                                            "\\x1b]0;title\\x07progress 10%\\r20%\n"));
        QVERIFY(!run.err.contains(m_fx->hub().token.toUtf8()));
    }

    // The GUI: labels that show what the Hub sent are plain text, so markup in a Space's id,
    // stage or error message is shown as it is, never obeyed.
    void guiLabelsArePlainText()
    {
        m_fx->exportEnvironment();
        const QString id = QStringLiteral("alice/") + kMarkup;
        m_fx->hub().spaces[QStringLiteral("alice/chat")].insert(QStringLiteral("id"), id);
        QJsonObject runtime = m_fx->hub().runtimes.value(QStringLiteral("alice/chat"));
        runtime.insert(QStringLiteral("stage"), kMarkup);
        runtime.insert(QStringLiteral("hardware"),
                       QJsonObject{{QStringLiteral("current"), kMarkup}, {QStringLiteral("requested"), kMarkup}});
        runtime.insert(QStringLiteral("storage"), kMarkup);
        m_fx->hub().runtimes[QStringLiteral("alice/chat")] = runtime;
        m_fx->hub().orgs = QStringList{kMarkup};

        SpacesPage page;
        QSignalSpy loaded(page.controller(), &SpacesController::listLoaded);
        page.show();
        QVERIFY(loaded.wait(10000));
        page.selectSpace(id);
        const int row = page.model()->rowOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(page.model()->index(row, SpacesTableModel::IdColumn).data().toString(), id);
        const QString tip = page.model()->index(row, SpacesTableModel::IdColumn).data(Qt::ToolTipRole).toString();
        QTextDocument tipDocument;
        tipDocument.setHtml(tip);
        QCOMPARE(tipDocument.toPlainText(), id); // shown as the characters it holds

        // Every label: plain text, or rich text in which the Hub's markup was escaped.
        int shown = 0;
        for (QLabel *label : page.findChildren<QLabel *>()) {
            const QString text = label->text();
            const bool rich = label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
            if (text.contains(kMarkup)) {
                QVERIFY2(!rich, qPrintable(text));
                ++shown;
            }
            if (rich)
                QVERIFY2(!text.contains(QStringLiteral("<img")), qPrintable(text));
        }
        QVERIFY(shown >= 1); // the detail panel's title

        // The Hub's error messages, in the inline errors and in the dialogs.
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), kMarkup}}).toJson(QJsonDocument::Compact);
        m_fx->hub().failNext(QStringLiteral("*"), FakeHub::Canned{400, body, {}, false}, 100);
        // Pausing asks first, naming the Space: its id is shown as plain text there too.
        Qt::TextFormat questionFormat = Qt::RichText;
        QString question;
        QTimer::singleShot(0, &page, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            questionFormat = box->textFormat();
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        page.detail()->pauseButton()->click();
        QVERIFY2(question.contains(id), qPrintable(question));
        QCOMPARE(questionFormat, Qt::PlainText);
        QTRY_VERIFY_WITH_TIMEOUT(page.detail()->errorText().contains(kMarkup), 10000);
        {
            LogsDialog logs(page.controller()->client(), QStringLiteral("alice/chat"), false);
            QTRY_VERIFY_WITH_TIMEOUT(logs.statusText().contains(kMarkup), 10000);
            for (QLabel *label : logs.findChildren<QLabel *>())
                if (label->text().contains(kMarkup))
                    QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        {
            HardwareDialog hardware(page.controller()->client(), page.model()->space(row));
            QTRY_VERIFY_WITH_TIMEOUT(hardware.noticeText().contains(QStringLiteral("could not be fetched")), 20000);
            QVERIFY(!hardware.noticeText().contains(QStringLiteral("<img")));
            QVERIFY(hardware.noticeText().contains(kMarkup.toHtmlEscaped()));
        }
        {
            StorageDialog storage(page.controller()->client(), page.model()->space(row));
            int named = 0;
            for (QLabel *label : storage.findChildren<QLabel *>())
                if (label->text().contains(kMarkup)) {
                    QCOMPARE(label->textFormat(), Qt::PlainText);
                    ++named;
                }
            QCOMPARE(named, 1);
        }
        for (QLabel *label : page.findChildren<QLabel *>()) {
            if (label->text().contains(kMarkup))
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }
};

QTEST_MAIN(TestTerminalSafety)
#include "tst_terminalsafety.moc"
