// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "AppSettings.h"
#include "CacheLocation.h"
#include "FileName.h"
#include "HfHome.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("HubDeck"));
    QApplication::setOrganizationName(QStringLiteral("HubDeck"));
    QApplication::setApplicationVersion(QStringLiteral(HUBDECK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A desktop control room for the Hugging Face cache."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dir(
        {QStringLiteral("dir"), QStringLiteral("cache-dir")},
        QStringLiteral("Hub cache folder (default: the one huggingface_hub uses). The Overview shows the Hugging Face "
                       "home it implies: the folder's parent when it is named hub, the folder itself when it is a home."),
        QStringLiteral("DIR"));
    parser.addOption(dir);
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Page to open: overview, cache or spaces."),
                                  QStringLiteral("PAGE"), QStringLiteral("overview"));
    parser.addOption(page);
    // Arguments as file names: --dir whose name is not UTF-8 keeps its bytes (FileName), which
    // QCoreApplication::arguments() would lose. QApplication has taken its own options out of
    // argv by now.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(hubdeck::FileName::decode(QByteArray(argv[i])));
    parser.process(arguments);

    QIcon icon;
    for (int size : {32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hubdeck-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
    QApplication::setDesktopFileName(QStringLiteral("io.github.hubdeck.HubDeck"));
    const hubdeck::AppSettings settings = hubdeck::AppSettings::load();
    // An endpoint chosen in Settings applies unless the environment names one.
    if (!settings.hubEndpoint.isEmpty() && qEnvironmentVariableIsEmpty("HF_ENDPOINT"))
        qputenv("HF_ENDPOINT", settings.hubEndpoint.toUtf8());
    hubdeck::AppSettings::applyLanguage(settings.language);
    hubdeck::AppSettings::applyTheme(settings.theme);

    // --dir names a hub cache; the Overview shows the home it implies (its parent when the
    // folder is a home's "hub"), else the environment's.
    const QString cacheDir = hubdeck::CacheLocation::hubCache(parser.value(dir));
    hubdeck::MainWindow window(cacheDir, parser.isSet(dir) ? hubdeck::HfHome::forHubCache(cacheDir) : hubdeck::HfHome::locate());
    if (parser.value(page) == u"spaces")
        window.showSpacesPage();
    else if (parser.value(page) == u"cache")
        window.showCachePage();
    window.show();
    return QApplication::exec();
}
