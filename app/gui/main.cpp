#include "CacheLocation.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

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
    const QCommandLineOption dir({QStringLiteral("dir"), QStringLiteral("cache-dir")},
                                 QStringLiteral("Hub cache folder (default: the one huggingface_hub uses)."), QStringLiteral("DIR"));
    parser.addOption(dir);
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Page to open: cache or spaces."), QStringLiteral("PAGE"),
                                  QStringLiteral("cache"));
    parser.addOption(page);
    parser.process(app);

    hubdeck::MainWindow window(hubdeck::CacheLocation::hubCache(parser.value(dir)));
    if (parser.value(page) == u"spaces")
        window.showSpacesPage();
    window.show();
    return QApplication::exec();
}
