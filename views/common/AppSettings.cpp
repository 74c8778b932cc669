// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AppSettings.h"

#include "DarkStyle.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace hubdeck {

namespace {
// Every key HubDeck keeps, with the names earlier versions used, so existing settings load.
const QString kLanguage = QStringLiteral("language");
const QString kTheme = QStringLiteral("theme");
const QString kHubEndpoint = QStringLiteral("hubEndpoint");
const QString kFastRefreshSeconds = QStringLiteral("fastRefreshSeconds");
const QString kSlowRefreshSeconds = QStringLiteral("slowRefreshSeconds");
const QString kConfirmDeletions = QStringLiteral("confirmDeletions");
const QString kTrashWholeRepos = QStringLiteral("deleting/trashWholeRepos");
const QString kConfirmCostlyActions = QStringLiteral("confirmCostlyActions");
const QString kRecentCaches = QStringLiteral("recentCaches");
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");
const QString kTreeHeader = QStringLiteral("window/treeHeader2"); // 2: the Frees column
const QString kCacheSplit = QStringLiteral("window/cacheSplit");
const QString kBrowserSplit = QStringLiteral("window/browserSplit");

constexpr int kMaxRecentCaches = 8;
} // namespace

AppSettings AppSettings::load()
{
    QSettings settings;
    AppSettings values;
    values.language = settings.value(kLanguage).toString();
    values.theme = Theme(std::clamp(settings.value(kTheme, 0).toInt(), 0, 2));
    values.hubEndpoint = settings.value(kHubEndpoint).toString();
    values.fastRefreshSeconds = std::clamp(settings.value(kFastRefreshSeconds, 5).toInt(), 2, 600);
    values.slowRefreshSeconds = std::clamp(settings.value(kSlowRefreshSeconds, 60).toInt(), 10, 3600);
    values.confirmDeletions = settings.value(kConfirmDeletions, true).toBool();
    values.trashWholeRepos = settings.value(kTrashWholeRepos, false).toBool();
    values.confirmCostlyActions = settings.value(kConfirmCostlyActions, true).toBool();
    values.recentCaches = settings.value(kRecentCaches).toStringList();
    return values;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(kLanguage, language);
    settings.setValue(kTheme, int(theme));
    settings.setValue(kHubEndpoint, hubEndpoint);
    settings.setValue(kFastRefreshSeconds, fastRefreshSeconds);
    settings.setValue(kSlowRefreshSeconds, slowRefreshSeconds);
    settings.setValue(kConfirmDeletions, confirmDeletions);
    settings.setValue(kTrashWholeRepos, trashWholeRepos);
    settings.setValue(kConfirmCostlyActions, confirmCostlyActions);
    settings.setValue(kRecentCaches, recentCaches);
}

AppSettings::WindowLayout AppSettings::loadLayout()
{
    const QSettings settings;
    return {settings.value(kWindowGeometry).toByteArray(), settings.value(kWindowState).toByteArray(),
            settings.value(kTreeHeader).toByteArray(), settings.value(kCacheSplit).toByteArray(),
            settings.value(kBrowserSplit).toByteArray()};
}

void AppSettings::saveLayout(const WindowLayout &layout)
{
    QSettings settings;
    settings.setValue(kWindowGeometry, layout.geometry);
    settings.setValue(kWindowState, layout.state);
    settings.setValue(kTreeHeader, layout.treeHeader);
    settings.setValue(kCacheSplit, layout.cacheSplit);
    settings.setValue(kBrowserSplit, layout.browserSplit);
}

QStringList AppSettings::loadRecentCaches()
{
    return QSettings().value(kRecentCaches).toStringList();
}

void AppSettings::rememberCache(const QString &dir)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentCaches).toStringList();
    recent.removeAll(dir);
    recent.prepend(dir);
    settings.setValue(kRecentCaches, recent.mid(0, kMaxRecentCaches));
}

void AppSettings::flush()
{
    QSettings().sync();
}

void AppSettings::resetAll()
{
    QSettings().clear();
}

void AppSettings::applyTheme(Theme theme)
{
    static const QPalette platform = QApplication::palette();
    static const QString platformStyle = QApplication::style()->name();
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(platformStyle));
        QApplication::setPalette(platform);
        return;
    }
    if (theme == Theme::Light) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QApplication::setStyle(new DarkStyle); // the application owns it
    QPalette dark;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6), disabled(0x7a, 0x7a, 0x7a);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, disabled);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Link, QColor(0x60, 0xa5, 0xfa));
    dark.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, disabled);
    // Fusion draws the frames of tick boxes, tabs and menus from these: left at their light
    // defaults, a tick box on a dark row is a black square on black.
    dark.setColor(QPalette::Light, QColor(0x5c, 0x5f, 0x66));
    dark.setColor(QPalette::Midlight, QColor(0x45, 0x48, 0x4e));
    dark.setColor(QPalette::Mid, QColor(0x8a, 0x8d, 0x93));
    dark.setColor(QPalette::Dark, QColor(0x15, 0x16, 0x18));
    dark.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    QApplication::setPalette(dark);
}

void AppSettings::applyLanguage(const QString &language)
{
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **translator : {&ours, &qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    ours = new QTranslator(qApp);
    // Any other language gets the English text, whose plural forms live in hubdeck_en.
    if (ours->load(locale, QStringLiteral("hubdeck"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral(":/i18n/hubdeck_en.qm")))
        QCoreApplication::installTranslator(ours);
    qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(locale);
}

} // namespace hubdeck
