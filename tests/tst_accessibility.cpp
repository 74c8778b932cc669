// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AboutDialog.h"
#include "AppSettings.h"
#include "CacheScanner.h"
#include "DeleteConfirmDialog.h"
#include "DeletionPlanner.h"
#include "FakeHub.h"
#include "FixtureCache.h"
#include "FixtureHome.h"
#include "FreeSpaceDialog.h"
#include "HardwareDialog.h"
#include "HomeDeleteDialog.h"
#include "HomeScanner.h"
#include "HomeSession.h"
#include "InUseFiles.h"
#include "LogsDialog.h"
#include "MainWindow.h"
#include "NewSpaceDialog.h"
#include "OverviewPage.h"
#include "SettingsDialog.h"
#include "SettingsListDialog.h"
#include "SignInDialog.h"
#include "SleepTimeDialog.h"
#include "SpacesController.h"
#include "SpacesPage.h"
#include "SpacesTableModel.h"
#include "StorageDialog.h"
#include "TreemapView.h"
#include "VerifyResultsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QXmlStreamReader>

#include <functional>
#include <map>

using namespace hubdeck;
using hubdeck::test::FakeHub;
using hubdeck::test::FixtureCache;

namespace {

// Controls a person operates, as opposed to the parts Qt builds inside them (a combo box's
// line edit, a table's header, a spin box's editor) which have their own accessible parents.
bool isControl(const QWidget *widget, const QWidget *top)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<const QHeaderView *>(widget) ||
        qobject_cast<const QScrollBar *>(widget))
        return false;
    for (const QWidget *parent = widget->parentWidget(); parent && parent != top; parent = parent->parentWidget())
        if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent) ||
            qobject_cast<const QTabBar *>(parent) || qobject_cast<const QAbstractItemView *>(parent) ||
            qobject_cast<const QScrollBar *>(parent))
            return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QTabBar *>(widget) || qobject_cast<const TreemapView *>(widget);
}

// OK, Cancel and Close say all there is to say; every other control also explains itself.
bool isStandardDialogButton(const QWidget *widget)
{
    const auto *box = qobject_cast<const QDialogButtonBox *>(widget->parentWidget());
    const auto *button = qobject_cast<const QAbstractButton *>(widget);
    return box && button && box->standardButton(const_cast<QAbstractButton *>(button)) != QDialogButtonBox::NoButton;
}

QString describe(const QWidget *widget)
{
    if (!widget)
        return {};
    const QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget));
    const QString name = iface ? iface->text(QAccessible::Name) : QString();
    return QStringLiteral("%1 '%2' (%3)").arg(QString::fromLatin1(widget->metaObject()->className()), name, widget->objectName());
}

QRect globalRect(const QWidget *widget)
{
    return QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size());
}

// Tab goes back against the reading order when it moves up within the same column, or left
// within the same row.
bool goesBackwards(const QRect &from, const QRect &to)
{
    const bool sameColumn = to.left() < from.right() && from.left() < to.right();
    const bool sameRow = to.top() < from.bottom() && from.top() < to.bottom();
    return (sameColumn && to.bottom() < from.top()) || (sameRow && !sameColumn && to.right() < from.left());
}

} // namespace

// Every window and dialog, offscreen: each control has an accessible name and description, Tab reaches every
// control once in reading order and never gets stuck, and Shift+Tab walks the same way back.
class TestAccessibility : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeHub> m_hub;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FixtureCache> m_cache;
    std::unique_ptr<SpacesPage> m_page;
    CacheScan m_scan;
    SelectionLedger m_ledger;
    QHash<QString, QSet<QString>> m_english; // by language: what HubDeck and Qt say in English where the translation differs
    std::map<QString, std::function<std::unique_ptr<QWidget>()>> m_factories;

    SpaceInfo space(const QString &id) const { return m_page->model()->space(m_page->model()->rowOf(id)); }

    void addFactories()
    {
        m_factories[QStringLiteral("MainWindow")] = [this] {
            auto window = std::make_unique<MainWindow>(m_cache->root());
            QSignalSpy scanned(window.get(), &MainWindow::scanFinished);
            window->show();
            if (!scanned.wait(10000))
                qFatal("no scan");
            window->cachePage()->selectDetached(); // the Delete button takes part
            // The Overview, in front, has measured its home: its Cancel button is gone again.
            for (int i = 0; i < 200 && !window->overviewPage()->session()->hasScanned(); ++i)
                QTest::qWait(50);
            if (!window->overviewPage()->session()->hasScanned())
                qFatal("no scan of the home");
            return window;
        };
        m_factories[QStringLiteral("SpacesPage")] = [] {
            auto page = std::make_unique<SpacesPage>();
            QSignalSpy loaded(page->controller(), &SpacesController::listLoaded);
            page->show();
            if (!loaded.wait(10000))
                qFatal("the Spaces did not load");
            page->selectSpace(QStringLiteral("alice/chat"));
            return page;
        };
        m_factories[QStringLiteral("AboutDialog")] = [] { return std::make_unique<AboutDialog>(); };
        m_factories[QStringLiteral("SettingsDialog")] = [] {
            AppSettings settings;
            settings.recentCaches = {QStringLiteral("/tmp/a"), QStringLiteral("/tmp/b")};
            return std::make_unique<SettingsDialog>(settings);
        };
        m_factories[QStringLiteral("DeleteConfirmDialog")] = [this] {
            DeletionPlanner planner(m_scan);
            const DeletionPlan plan = planner.plan(planner.pruneSelection());
            return std::make_unique<DeleteConfirmDialog>(plan, m_scan.sizeOnDisk);
        };
        m_factories[QStringLiteral("HomeDeleteDialog")] = [] {
            const hubdeck::test::FixtureHome home;
            const HomeScan scan = HomeScanner::scan(HfHome::locate(home.environment()));
            QStringList paths;
            for (const HomeScan::Part &part : scan.parts)
                for (const HomeEntry &entry : part.entries)
                    paths.append(entry.path); // hub repos and the token are refused: that line shows too
            return std::make_unique<HomeDeleteDialog>(HomeDeletion::plan(scan, paths), scan.sizeOnDisk());
        };
        m_factories[QStringLiteral("FreeSpaceDialog")] = [this] {
            m_ledger = SelectionLedger(&m_scan);
            return std::make_unique<FreeSpaceDialog>(m_scan, m_ledger, 1700000000.0);
        };
        m_factories[QStringLiteral("VerifyResultsDialog")] = [] {
            VerifyReport report;
            report.checked = 3;
            report.problems.append({VerifyReport::Problem::Kind::Mismatch,
                                    QStringLiteral("model/org/m0"),
                                    QStringLiteral("/tmp/x"),
                                    QStringLiteral("content does not match its name"),
                                    {},
                                    QStringLiteral("models--org--m0"),
                                    {{QStringLiteral("abc"), QStringLiteral("model.safetensors")}}});
            return std::make_unique<VerifyResultsDialog>(report);
        };
        m_factories[QStringLiteral("SignInDialog")] = [this] { return std::make_unique<SignInDialog>(m_page->controller()); };
        m_factories[QStringLiteral("HardwareDialog")] = [this] {
            auto dialog = std::make_unique<HardwareDialog>(m_page->controller()->client(), space(QStringLiteral("alice/chat")));
            for (int i = 0; i < 100 && dialog->table()->rowCount() == 0; ++i)
                QTest::qWait(50);
            return std::unique_ptr<QWidget>(std::move(dialog));
        };
        m_factories[QStringLiteral("SleepTimeDialog")] = [this] {
            return std::make_unique<SleepTimeDialog>(m_page->controller()->client(), space(QStringLiteral("alice/chat")));
        };
        m_factories[QStringLiteral("StorageDialog")] = [this] {
            return std::make_unique<StorageDialog>(m_page->controller()->client(), space(QStringLiteral("alice/chat")));
        };
        m_factories[QStringLiteral("SecretsDialog")] = [this] {
            auto dialog = std::make_unique<SettingsListDialog>(m_page->controller()->client(), QStringLiteral("alice/chat"), true);
            QSignalSpy reloaded(dialog.get(), &SettingsListDialog::reloaded);
            reloaded.wait(5000);
            return dialog;
        };
        m_factories[QStringLiteral("VariablesDialog")] = [this] {
            auto dialog = std::make_unique<SettingsListDialog>(m_page->controller()->client(), QStringLiteral("alice/chat"), false);
            QSignalSpy reloaded(dialog.get(), &SettingsListDialog::reloaded);
            reloaded.wait(5000);
            return dialog;
        };
        m_factories[QStringLiteral("LogsDialog")] = [this] {
            return std::make_unique<LogsDialog>(m_page->controller()->client(), QStringLiteral("alice/chat"), false);
        };
        m_factories[QStringLiteral("NewSpaceDialog")] = [this] {
            return std::make_unique<NewSpaceDialog>(m_page->controller()->client(), QString(), QStringLiteral("alice"),
                                                    QStringList{QStringLiteral("acme")});
        };
        m_factories[QStringLiteral("DuplicateSpaceDialog")] = [this] {
            return std::make_unique<NewSpaceDialog>(m_page->controller()->client(), QStringLiteral("alice/chat"), QStringLiteral("alice"),
                                                    QStringList{QStringLiteral("acme")});
        };
    }

    // English texts that this language's file translates into something else, in every
    // message that has them (a word both languages share, "Type" in French, is no sign of a
    // missing translation), and Qt's own button texts, which qtbase's translations cover.
    // Placeholders are left out: such a text never shows as it is.
    static QSet<QString> englishTexts(const QString &language)
    {
        QSet<QString> english{QStringLiteral("Cancel"),  QStringLiteral("Close"),           QStringLiteral("Yes"),
                              QStringLiteral("No"),      QStringLiteral("Apply"),           QStringLiteral("Save"),
                              QStringLiteral("Discard"), QStringLiteral("Restore Defaults")};
        QSet<QString> shared;
        QFile file(qEnvironmentVariable("HUBDECK_SOURCE_DIR") + QStringLiteral("/translations/hubdeck_%1.ts").arg(language));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the translations");
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            if (!xml.readNextStartElement())
                continue;
            if (xml.name() == u"source") {
                source = plain(xml.readElementText());
            } else if (xml.name() == u"translation" && !source.contains(u'%')) {
                const QString translation = plain(xml.readElementText(QXmlStreamReader::IncludeChildElements));
                (translation == source ? shared : english).insert(source);
            }
        }
        return english - shared;
    }

    static QString plain(QString text)
    {
        if (Qt::mightBeRichText(text))
            text = QTextDocumentFragment::fromHtml(text).toPlainText();
        return text.remove(u'&').trimmed();
    }

    // What a person reads in a window: labels, buttons, group titles, tabs, placeholders, the
    // menus and the headers of its lists. Data (names, sizes) shows in cells, which are skipped.
    static QStringList visibleTexts(QWidget *top)
    {
        QStringList texts{top->windowTitle()};
        for (QWidget *widget : top->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(top))
                continue;
            if (const auto *label = qobject_cast<QLabel *>(widget))
                texts.append(label->text());
            else if (const auto *button = qobject_cast<QAbstractButton *>(widget))
                texts.append(button->text());
            else if (const auto *group = qobject_cast<QGroupBox *>(widget))
                texts.append(group->title());
            else if (const auto *line = qobject_cast<QLineEdit *>(widget))
                texts.append(line->placeholderText());
            else if (const auto *tabs = qobject_cast<QTabBar *>(widget))
                for (int i = 0; i < tabs->count(); ++i)
                    texts.append(tabs->tabText(i));
            else if (const auto *header = qobject_cast<QHeaderView *>(widget); header && header->model())
                for (int i = 0; i < header->count(); ++i)
                    texts.append(header->model()->headerData(i, header->orientation()).toString());
        }
        if (auto *window = qobject_cast<QMainWindow *>(top))
            for (QMenu *menu : window->menuBar()->findChildren<QMenu *>())
                for (const QAction *action : menu->actions())
                    texts.append(action->text());
        return texts;
    }

    static QList<QWidget *> controls(QWidget *top)
    {
        QList<QWidget *> result;
        for (QWidget *widget : top->findChildren<QWidget *>())
            if (widget->isVisibleTo(top) && isControl(widget, top))
                result.append(widget);
        return result;
    }

    // The widgets Tab visits from the first one until it comes back, or an empty list with
    // `stuck` set when a key press leaves the focus where it was.
    static QList<QWidget *> tabCycle(Qt::KeyboardModifiers modifiers, QWidget **stuck)
    {
        QList<QWidget *> visited;
        QWidget *start = QApplication::focusWidget();
        for (int step = 0; step < 300 && start; ++step) {
            QWidget *current = QApplication::focusWidget();
            visited.append(current);
            QTest::keyClick(current, Qt::Key_Tab, modifiers);
            QWidget *next = QApplication::focusWidget();
            if (next == current) {
                *stuck = current;
                return visited;
            }
            if (next == start)
                break;
        }
        return visited;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HubDeckTests"));
        m_hub = std::make_unique<FakeHub>();
        QVERIFY(m_hub->listen());
        m_hub->addSpace(QStringLiteral("alice/chat"), QStringLiteral("RUNNING"), QStringLiteral("t4-medium"));
        m_hub->addSpace(QStringLiteral("acme/tool"), QStringLiteral("BUILDING"), QStringLiteral("cpu-upgrade"));
        // Rows in the tables, so a Tab that moves between cells instead of controls shows.
        m_hub->secrets[QStringLiteral("alice/chat")][QStringLiteral("API_KEY")] = {
            {QStringLiteral("description"), QStringLiteral("provider")}};
        m_hub->variables[QStringLiteral("alice/chat")][QStringLiteral("MODEL")] = {{QStringLiteral("value"), QStringLiteral("gpt2")}};
        m_home = std::make_unique<QTemporaryDir>();
        qputenv("HF_ENDPOINT", m_hub->endpoint().toUtf8());
        qputenv("HF_TOKEN", m_hub->token.toUtf8());
        qputenv("HF_HOME", m_home->path().toUtf8());

        m_cache = std::make_unique<FixtureCache>();
        for (int v = 0; v < 2; ++v) {
            const QString commit = FixtureCache::commit(QStringLiteral("m0") + QString::number(v));
            m_cache->addBlob(QStringLiteral("models--org--m0"), QStringLiteral("b%1").arg(v), QByteArray(1000 + v, 'x'));
            m_cache->addLink(QStringLiteral("models--org--m0"), commit, QStringLiteral("config.json"), QStringLiteral("b%1").arg(v));
            if (v == 0)
                m_cache->addRef(QStringLiteral("models--org--m0"), QStringLiteral("main"), commit);
        }
        m_cache->mkdir(QStringLiteral("models--org--broken")); // no snapshots: the warnings panel shows
        m_scan = CacheScanner::scan(m_cache->root());

        m_page = std::make_unique<SpacesPage>();
        QSignalSpy loaded(m_page->controller(), &SpacesController::listLoaded);
        m_page->show();
        QVERIFY(loaded.wait(10000));
        m_page->hide();
        addFactories();
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_hub.reset();
    }

    void everyControlHasAName_data()
    {
        QTest::addColumn<QString>("window");
        for (const auto &entry : m_factories)
            QTest::newRow(qPrintable(entry.first)) << entry.first;
    }

    void everyControlHasAName()
    {
        QFETCH(QString, window);
        const std::unique_ptr<QWidget> top = m_factories.at(window)();
        top->show();
        QVERIFY(QTest::qWaitForWindowExposed(top.get()));
        QStringList unnamed;
        QStringList undescribed;
        const QList<QWidget *> found = controls(top.get());
        QVERIFY(!found.isEmpty());
        for (QWidget *widget : found) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(iface);
            if (iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(describe(widget));
            if (iface->text(QAccessible::Description).trimmed().isEmpty() && !isStandardDialogButton(widget))
                undescribed.append(describe(widget));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("no accessible name: ") + unnamed.join(QStringLiteral(", "))));
        QVERIFY2(undescribed.isEmpty(), qPrintable(QStringLiteral("no accessible description: ") + undescribed.join(QStringLiteral(", "))));
    }

    // Issue #13: German and French with no English left, Qt's own strings ("Cancel") included.
    void noEnglishLeft_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<QString>("language");
        for (const auto &entry : m_factories)
            for (const char *language : {"de", "fr"})
                QTest::newRow(qPrintable(entry.first + u' ' + QLatin1String(language))) << entry.first << QString::fromLatin1(language);
    }

    void noEnglishLeft()
    {
        QFETCH(QString, window);
        QFETCH(QString, language);
        if (!m_english.contains(language))
            m_english.insert(language, englishTexts(language));
        AppSettings::applyLanguage(language);
        const std::unique_ptr<QWidget> top = m_factories.at(window)();
        top->show();
        QVERIFY(QTest::qWaitForWindowExposed(top.get()));
        QStringList english;
        for (const QString &text : visibleTexts(top.get()))
            if (m_english.value(language).contains(plain(text)))
                english.append(plain(text));
        AppSettings::applyLanguage(QStringLiteral("en"));
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English in %1: ").arg(language) + english.join(QStringLiteral(" | "))));
    }

    // The reason an entry is in use sits inside translated sentences (tooltips, the detail line,
    // the status bar): it is translated too (GUI attack H2: "In Verwendung: locked by flock").
    void inUseReasonsAreTranslated()
    {
        const QList<InUseFiles::Holder> holders{{42, QStringLiteral("sleep"), InUseFiles::Holder::Use::Lock},
                                                {42, QStringLiteral("sleep"), InUseFiles::Holder::Use::WorkingFolder},
                                                {42, QStringLiteral("sleep"), InUseFiles::Holder::Use::RootFolder},
                                                {42, QStringLiteral("sleep"), InUseFiles::Holder::Use::Open}};
        QStringList english;
        for (const InUseFiles::Holder &holder : holders)
            english.append(InUseFiles::describe(holder));
        QCOMPARE(english.first(), QStringLiteral("locked by sleep (pid 42)"));
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
            AppSettings::applyLanguage(language);
            for (int i = 0; i < holders.size(); ++i) {
                const QString text = InUseFiles::describe(holders.at(i));
                QVERIFY2(text != english.at(i) && text.contains(QStringLiteral("sleep")) && text.contains(QStringLiteral("42")),
                         qPrintable(language + u' ' + text));
            }
        }
        AppSettings::applyLanguage(QStringLiteral("en"));
    }

    void tabReachesEveryControlInReadingOrder_data() { everyControlHasAName_data(); }

    void tabReachesEveryControlInReadingOrder()
    {
        QFETCH(QString, window);
        const std::unique_ptr<QWidget> top = m_factories.at(window)();
        top->show();
        QApplication::setActiveWindow(top.get());
        QVERIFY(QTest::qWaitForWindowActive(top.get()));
        if (!QApplication::focusWidget()) {
            QWidget *first = top->nextInFocusChain();
            while (first != top.get() && !(first->isVisible() && first->isEnabled() && (first->focusPolicy() & Qt::TabFocus)))
                first = first->nextInFocusChain();
            first->setFocus(Qt::TabFocusReason);
        }
        QVERIFY2(QApplication::focusWidget(), "nothing takes the keyboard focus");

        qsizetype tabStops = 0;
        for (QWidget *widget : controls(top.get()))
            tabStops += widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
        QWidget *stuck = nullptr;
        const QList<QWidget *> forward = tabCycle(Qt::NoModifier, &stuck);
        if (tabStops == 1 && stuck == QApplication::focusWidget())
            return; // one control: Tab has nowhere else to go
        QVERIFY2(!stuck, qPrintable(QStringLiteral("Tab is stuck in ") + describe(stuck)));

        QStringList missed;
        for (QWidget *widget : controls(top.get()))
            if (widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) && !forward.contains(widget))
                missed.append(describe(widget));
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("Tab never reaches: ") + missed.join(QStringLiteral(", "))));

        // Start the order from the top-left control (the top row, within a few pixels, then the
        // leftmost), so the cycle's wrap-around is not a step back.
        QList<QWidget *> order = forward;
        int topRow = INT_MAX;
        for (QWidget *widget : order)
            topRow = std::min(topRow, globalRect(widget).top());
        const auto first = std::min_element(order.cbegin(), order.cend(), [topRow](QWidget *a, QWidget *b) {
            const QRect ra = globalRect(a), rb = globalRect(b);
            return std::pair(ra.top() > topRow + 8, ra.left()) < std::pair(rb.top() > topRow + 8, rb.left());
        });
        const qsizetype firstIndex = first - order.cbegin();
        std::rotate(order.begin(), order.begin() + firstIndex, order.end());
        if (qEnvironmentVariableIsSet("HUBDECK_DEBUG_TAB")) // to see the whole order when a step fails
            for (QWidget *w : order)
                qInfo() << describe(w) << globalRect(w);
        QStringList backwards;
        for (qsizetype i = 1; i < order.size(); ++i)
            if (goesBackwards(globalRect(order[i - 1]), globalRect(order[i])))
                backwards.append(describe(order[i - 1]) + QStringLiteral(" → ") + describe(order[i]));
        QVERIFY2(backwards.isEmpty(),
                 qPrintable(QStringLiteral("Tab goes against the reading order: ") + backwards.join(QStringLiteral("; "))));

        QWidget *stuckBack = nullptr;
        QList<QWidget *> backward = tabCycle(Qt::ShiftModifier, &stuckBack);
        QVERIFY2(!stuckBack, qPrintable(QStringLiteral("Shift+Tab is stuck in ") + describe(stuckBack)));
        std::reverse(backward.begin() + 1, backward.end());
        QCOMPARE(backward, forward);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
