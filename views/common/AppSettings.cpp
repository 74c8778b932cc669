#include "AppSettings.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace hubdeck {

AppSettings AppSettings::load()
{
    QSettings settings;
    AppSettings values;
    values.language = settings.value(QStringLiteral("language")).toString();
    values.theme = Theme(std::clamp(settings.value(QStringLiteral("theme"), 0).toInt(), 0, 2));
    values.hubEndpoint = settings.value(QStringLiteral("hubEndpoint")).toString();
    values.fastRefreshSeconds = std::clamp(settings.value(QStringLiteral("fastRefreshSeconds"), 5).toInt(), 2, 600);
    values.slowRefreshSeconds = std::clamp(settings.value(QStringLiteral("slowRefreshSeconds"), 60).toInt(), 10, 3600);
    values.confirmDeletions = settings.value(QStringLiteral("confirmDeletions"), true).toBool();
    values.confirmCostlyActions = settings.value(QStringLiteral("confirmCostlyActions"), true).toBool();
    values.recentCaches = settings.value(QStringLiteral("recentCaches")).toStringList();
    return values;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("language"), language);
    settings.setValue(QStringLiteral("theme"), int(theme));
    settings.setValue(QStringLiteral("hubEndpoint"), hubEndpoint);
    settings.setValue(QStringLiteral("fastRefreshSeconds"), fastRefreshSeconds);
    settings.setValue(QStringLiteral("slowRefreshSeconds"), slowRefreshSeconds);
    settings.setValue(QStringLiteral("confirmDeletions"), confirmDeletions);
    settings.setValue(QStringLiteral("confirmCostlyActions"), confirmCostlyActions);
    settings.setValue(QStringLiteral("recentCaches"), recentCaches);
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
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (theme == Theme::Light) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
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
