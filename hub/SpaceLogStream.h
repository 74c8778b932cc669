// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HubError.h"
#include "HubOrigin.h"
#include "SseParser.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace hubdeck {

class HubClient;

// A Space's build or run log, streamed as Server-Sent Events. The connection must answer
// within the client's timeout. Then:
// - Without follow, it drains what the Hub has buffered and ends normally (like `docker logs`
//   and `hf spaces logs`) at the first quiet spell of min(kDrainQuietMs, timeout / 2) without a
//   log line, keep-alives not counting (the Hub keeps a drained stream open with them), and
//   at the latest one timeout after the answer (stoppedAtDeadline() then says so). So a drain
//   ends within about twice the client's timeout whatever the Hub sends.
// - With follow, it streams until stop() or until the Hub closes the stream; kFollowQuietMs
//   of silence (keep-alives count here: they show the connection is alive) is an error.
// Memory stays bounded: the reply is read kReadChunkBytes at a time and a line longer than
// SseParser::kMaxEventBytes (1 MiB) is cut there: it is emitted with cutMarker() at its end
// and the rest of it is dropped.
class SpaceLogStream : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDrainQuietMs = 5000;
    static constexpr int kFollowQuietMs = 120000;
    static constexpr qint64 kReadChunkBytes = 64 * 1024;

    SpaceLogStream(HubClient *client, QUrl url, bool follow, QObject *parent = nullptr);
    ~SpaceLogStream() override;

    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_reply != nullptr; }
    void setQuietTimeout(int milliseconds) { m_quietMs = milliseconds; }
    // Whether a drain ended at its deadline while the Hub was still sending lines, rather
    // than at a quiet spell (or the end of the stream).
    [[nodiscard]] bool stoppedAtDeadline() const { return m_deadlineEnded; }
    // What ends a line that was cut at 1 MiB: "[line cut at 1 MiB]".
    [[nodiscard]] static QString cutMarker();

Q_SIGNALS:
    // One log event's text (it may hold several lines), without its trailing newline; a
    // timestamp as the Hub sends it (ISO 8601), empty when it has none or the line was cut.
    void line(const QString &text, const QString &timestamp);
    void finished(const hubdeck::HubError &error); // error.isError() false on a normal end

private:
    void onReadyRead();
    void onFinished();
    void request(const QUrl &url); // one GET of the stream, start() or a redirect
    void emitEvents(const QList<SseParser::Event> &events);

    QPointer<HubClient> m_client;
    QUrl m_url;
    int m_redirects = 0;    // followed since start() (HubOrigin decides which)
    QByteArray m_errorBody; // the start of an error answer, bounded
    bool m_errorBodyFull = false;
    bool m_follow;
    int m_quietMs;
    QNetworkAccessManager *m_network = nullptr;
    QNetworkReply *m_reply = nullptr;
    QTimer *m_quiet = nullptr;
    QTimer *m_deadline = nullptr;
    SseParser m_parser;
    bool m_answered = false;
    bool m_stopped = false;
    bool m_quietEnded = false;
    bool m_deadlineEnded = false;
};

} // namespace hubdeck
