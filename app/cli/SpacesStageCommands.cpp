// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpacesStageCommands.h"

#include "ExitCode.h"
#include "InterruptGuard.h"
#include "PrintableText.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

namespace hubdeck::cli {

namespace {

// What to do about a Space that settled in a stage other than RUNNING.
QString settledHint(const QString &stage, const QString &id)
{
    if (stage == u"PAUSED" || stage == u"STOPPED")
        return QStringLiteral("It was %1, not failed: use 'hubdeck-cli spaces restart %2' to start it.").arg(stage.toLower(), id);
    if (stage == u"SLEEPING")
        return QStringLiteral("It sleeps until its next visit: open it, or use 'hubdeck-cli spaces restart %1'.").arg(id);
    if (stage == u"RUNTIME_ERROR")
        return QStringLiteral("Use 'hubdeck-cli spaces logs %1' to see why it stopped.").arg(id);
    if (stage == u"NO_APP_FILE")
        return QStringLiteral("The Space has no app file yet: use 'hubdeck-cli spaces upload %1 FOLDER'.").arg(id);
    return QStringLiteral("Use 'hubdeck-cli spaces logs %1 --build' to see why.").arg(id);
}

} // namespace

std::optional<qint64> SpacesStageCommands::parseDuration(const QString &text)
{
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds;
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)([a-z]+)$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QString unit = match.captured(2).toLower();
    static const QList<std::pair<QString, qint64>> units = {{QStringLiteral("s"), 1},          {QStringLiteral("m"), 60},
                                                            {QStringLiteral("h"), 3600},       {QStringLiteral("d"), 86400},
                                                            {QStringLiteral("w"), 7 * 86400},  {QStringLiteral("mo"), 30 * 86400},
                                                            {QStringLiteral("y"), 365 * 86400}};
    for (const auto &[name, factor] : units)
        if (unit == name)
            return match.captured(1).toLongLong() * factor;
    return std::nullopt;
}

int SpacesStageCommands::wait(const QStringList &arguments)
{
    const QString usage = QStringLiteral("wait SPACE [--timeout DURATION]");
    // --timeout is the whole wait here, in hf's words (5m, 1h): it is taken out before the
    // shared options, which would read it as seconds per Hub call.
    QStringList rest;
    QString timeoutText;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (i > 0 && argument == u"--timeout" && i + 1 < arguments.size()) {
            timeoutText = arguments[++i];
        } else if (i > 0 && argument.startsWith(QStringLiteral("--timeout="))) {
            timeoutText = argument.mid(10);
        } else {
            rest.append(argument);
        }
    }
    QCommandLineParser parser;
    if (const int code = m_context.parse(parser, rest, usage, 1, 1); code >= 0)
        return code;
    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return m_context.usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(id), usage);
    std::optional<qint64> limit;
    if (!timeoutText.isEmpty()) {
        limit = parseDuration(timeoutText);
        if (!limit || *limit < 0)
            return m_context.usageError(
                QStringLiteral("Invalid value '%1' for --timeout: a number of seconds, or digits and a unit (30s, 5m, 1h, 2d).")
                    .arg(PrintableText::line(timeoutText)),
                usage);
    }
    const QDeadlineTimer deadline = limit ? QDeadlineTimer(*limit * 1000) : QDeadlineTimer(QDeadlineTimer::Forever);
    HubClient &client = m_hub.client();
    // The wait has no budget of its own beyond --timeout; each read keeps its 30 s. With
    // --timeout 0 the Hub is still asked once ("is it running now?"), on the read's own budget.
    if (!limit || *limit > 0)
        client.setDeadline(deadline);

    const InterruptGuard guard;
    QJsonArray stages;
    QString last;
    std::optional<SpaceRuntime> runtime;
    HubError failure;
    bool timedOut = false;
    bool interrupted = false;
    QEventLoop loop;
    QTimer interrupts;
    QObject::connect(&interrupts, &QTimer::timeout, &loop, [&] {
        if (InterruptGuard::interrupted()) {
            interrupted = true;
            loop.quit();
        }
    });
    interrupts.start(50);
    QTimer next;
    next.setSingleShot(true);
    std::function<void()> poll = [&] {
        client.runtime(id, [&](HubResult<SpaceRuntime> result) {
            if (interrupted)
                return;
            if (!result.ok()) {
                // The deadline ends a read in the middle as a Timeout: that is the wait's end.
                if (result.error.kind == HubError::Kind::Timeout && deadline.hasExpired())
                    timedOut = true;
                else
                    failure = result.error;
                loop.quit();
                return;
            }
            runtime = *result.value;
            if (runtime->stage != last) {
                last = runtime->stage;
                stages.append(last);
                if (!m_hub.json())
                    m_out.text(QStringLiteral("stage: ") + PrintableText::line(last));
            }
            if (!runtime->isTransitional()) {
                loop.quit();
                return;
            }
            if (deadline.hasExpired()) {
                timedOut = true;
                loop.quit();
                return;
            }
            next.start(int(std::min<qint64>(kPollMs, deadline.remainingTime() < 0 ? kPollMs : deadline.remainingTime())));
        });
    };
    QObject::connect(&next, &QTimer::timeout, &loop, [&] { poll(); });
    QTimer::singleShot(0, &loop, [&] { poll(); });
    loop.exec();

    const QString stage = runtime ? runtime->stage : QString();
    if (interrupted) {
        m_out.stopped(QStringLiteral("no longer waiting for '%1'%2; the Space itself goes on as it was.")
                          .arg(id, stage.isEmpty() ? QString() : QStringLiteral(" (stage='%1')").arg(PrintableText::line(stage))));
        return InterruptGuard::exitCode();
    }
    if (failure.isError())
        return m_context.fail(failure);
    if (m_hub.json()) {
        m_out.json(QJsonObject{{QStringLiteral("space_id"), id},
                               {QStringLiteral("stage"), stage},
                               {QStringLiteral("stages"), stages},
                               {QStringLiteral("timed_out"), timedOut},
                               {QStringLiteral("error_message"),
                                runtime && !runtime->errorMessage.isEmpty() ? QJsonValue(runtime->errorMessage) : QJsonValue()}});
        return timedOut || stage != u"RUNNING" ? ExitCode::Failure : ExitCode::Success;
    }
    if (timedOut) {
        m_out.error(QStringLiteral("Timed out after %1 waiting for Space '%2' to be ready (stage='%3').")
                        .arg(PrintableText::line(timeoutText), id, PrintableText::line(stage)));
        return ExitCode::Failure;
    }
    if (stage != u"RUNNING") {
        m_out.error(QStringLiteral("Space '%1' is not running (stage='%2').").arg(id, PrintableText::line(stage)));
        if (!runtime->errorMessage.isEmpty())
            m_out.text(QStringLiteral("  error: ") + PrintableText::line(runtime->errorMessage));
        m_out.hint(settledHint(stage, id));
        return ExitCode::Failure;
    }
    m_out.success(QStringLiteral("Space ready\n  space_id: %1\n  stage: RUNNING").arg(id));
    m_out.hint(QStringLiteral("Use 'hubdeck-cli spaces logs %1' to view run logs.").arg(id));
    return ExitCode::Success;
}

int SpacesStageCommands::devMode(const QStringList &arguments)
{
    const QString usage = QStringLiteral("dev-mode SPACE [--stop]");
    QCommandLineParser parser;
    const QCommandLineOption stop(QStringLiteral("stop"), QStringLiteral("Stop dev mode."));
    parser.addOption(stop);
    if (const int code = m_context.parse(parser, arguments, usage, 1, 1); code >= 0)
        return code;
    const QString id = parser.positionalArguments().first();
    if (!CliHub::isSpaceId(id))
        return m_context.usageError(QStringLiteral("'%1' is not a Space id (owner/name).").arg(id), usage);
    const bool enable = !parser.isSet(stop);
    const auto result =
        m_hub.wait<SpaceRuntime>([&](HubCallback<SpaceRuntime> done) { m_hub.client().setDevMode(id, enable, std::move(done)); });
    if (!result.ok())
        return m_context.fail(result.error);
    // The Hub takes the switch for a paused or stopped Space, but nothing runs to use it
    // until the Space is started: not a success to report.
    const QString stage = result.value->stage;
    const bool notRunning = enable && (stage == u"PAUSED" || stage == u"STOPPED");
    if (m_hub.json()) {
        m_out.json(result.value->toJson());
        return notRunning ? ExitCode::Failure : ExitCode::Success;
    }
    if (notRunning) {
        m_out.error(QStringLiteral("Space '%1' is %2: dev mode starts when it runs again.").arg(id, stage.toLower()));
        m_out.hint(QStringLiteral("Use 'hubdeck-cli spaces restart %1', then 'hubdeck-cli spaces wait %1'.").arg(id));
        return ExitCode::Failure;
    }
    if (!enable) {
        m_out.success(QStringLiteral("Dev mode disabled for '%1'").arg(id));
        return ExitCode::Success;
    }
    m_out.success(QStringLiteral("Dev mode enabled for '%1'\n  stage: %2").arg(id, PrintableText::line(result.value->stage)));
    // The container restarts into dev mode; hf waits for it, here `spaces wait` does.
    m_out.text(QStringLiteral("  vscode: %1/spaces/%2/dev-mode/vscode-web").arg(m_hub.client().options().endpoint, id));
    if (!result.value->domains.isEmpty()) {
        const QString host = result.value->domains.first().domain;
        if (host.endsWith(QStringLiteral(".hf.space")))
            m_out.text(QStringLiteral("  ssh: ssh %1@ssh.hf.space").arg(PrintableText::line(host.chopped(9))));
    }
    m_out.hint(
        QStringLiteral("Use 'hubdeck-cli spaces wait %1' to wait until it is ready. Dev mode stops after 48h of inactivity.").arg(id));
    return ExitCode::Success;
}

} // namespace hubdeck::cli
