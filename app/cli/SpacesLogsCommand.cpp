#include "SpacesLogsCommand.h"

#include "ExitCode.h"
#include "SpaceLogStream.h"

#include <deque>

namespace hubdeck::cli {

int SpacesLogsCommand::run(const QStringList &arguments)
{
    const QString usage = QStringLiteral("logs SPACE [--build] [-f|--follow] [-n N]");
    QCommandLineParser parser;
    const QCommandLineOption build(QStringLiteral("build"), QStringLiteral("Build logs instead of run logs."));
    const QCommandLineOption follow({QStringLiteral("f"), QStringLiteral("follow")}, QStringLiteral("Stream until stopped."));
    const QCommandLineOption tail({QStringLiteral("n"), QStringLiteral("tail")}, QStringLiteral("Last N lines."), QStringLiteral("N"));
    parser.addOptions({build, follow, tail});
    if (const int code = m_context.parse(parser, arguments, usage, 1, 1); code >= 0)
        return code;
    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return m_context.usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(id), usage);
    int lines = -1;
    if (parser.isSet(tail)) {
        bool ok = false;
        lines = parser.value(tail).toInt(&ok);
        if (!ok || lines < 0)
            return m_context.usageError(QStringLiteral("-n takes a number of lines."), usage);
        if (parser.isSet(follow))
            return m_context.usageError(QStringLiteral("Cannot use --follow and --tail together."), usage);
    }
    SpaceLogStream *stream = m_hub.client().logs(id, parser.isSet(build), parser.isSet(follow));
    std::deque<QString> kept;
    int printed = 0;
    HubError outcome;
    QEventLoop loop;
    QObject::connect(stream, &SpaceLogStream::line, stream, [&](const QString &text) {
        if (lines >= 0) {
            kept.push_back(text);
            if (int(kept.size()) > lines)
                kept.pop_front();
            return;
        }
        m_out.text(text);
        ++printed;
    });
    QObject::connect(stream, &SpaceLogStream::finished, stream, [&](const HubError &error) {
        outcome = error;
        loop.quit();
    });
    stream->start();
    loop.exec();
    delete stream;
    for (const QString &text : kept) {
        m_out.text(text);
        ++printed;
    }
    if (outcome.isError())
        return m_context.fail(outcome);
    if (printed == 0)
        m_out.hint(parser.isSet(build) ? QStringLiteral("No build logs.")
                                       : QStringLiteral("No run logs. If the Space failed to build, try --build."));
    return ExitCode::Success;
}

} // namespace hubdeck::cli
