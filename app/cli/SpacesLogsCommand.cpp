// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpacesLogsCommand.h"

#include "ExitCode.h"
#include "SpaceLogStream.h"

#include <deque>

namespace hubdeck::cli {

namespace {
// What -n keeps in memory at most, in UTF-16 characters (about 128 MiB).
constexpr qsizetype kMaxTailChars = 64 * 1024 * 1024;
} // namespace

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
    qsizetype keptChars = 0;
    bool keptAll = true;
    int printed = 0;
    HubError outcome;
    QEventLoop loop;
    QObject::connect(stream, &SpaceLogStream::line, stream, [&](const QString &text) {
        if (lines >= 0) {
            kept.push_back(text);
            keptChars += text.size();
            // -n N of lines up to 1 MiB each could still be gigabytes: the oldest go first.
            while (int(kept.size()) > lines || (keptChars > kMaxTailChars && kept.size() > 1)) {
                keptAll = keptAll && int(kept.size()) > lines;
                keptChars -= kept.front().size();
                kept.pop_front();
            }
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
    const bool stoppedAtDeadline = stream->stoppedAtDeadline();
    delete stream;
    for (const QString &text : kept) {
        m_out.text(text);
        ++printed;
    }
    if (!keptAll)
        m_out.warning(QStringLiteral("Only the last %1 lines fit in %2 MiB; the older ones were dropped.")
                          .arg(kept.size())
                          .arg(kMaxTailChars / (1024 * 1024)));
    if (outcome.isError())
        return m_context.fail(outcome);
    if (stoppedAtDeadline)
        m_out.hint(QStringLiteral("The Hub kept sending lines; stopped after %1 s (--timeout). Use -f to follow the logs.")
                       .arg(m_hub.client().options().timeoutMs / 1000.0));
    if (printed == 0)
        m_out.hint(parser.isSet(build) ? QStringLiteral("No build logs.")
                                       : QStringLiteral("No run logs. If the Space failed to build, try --build."));
    return ExitCode::Success;
}

} // namespace hubdeck::cli
