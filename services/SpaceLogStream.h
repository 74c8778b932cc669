#pragma once

#include "HubError.h"
#include "SseParser.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace hubdeck {

class HubClient;

// A Space's build or run log, streamed as Server-Sent Events. Without follow, it drains what
// the Hub has buffered and ends after a short quiet spell (like `docker logs`); with follow,
// it streams until stop() or until the Hub closes the stream.
class SpaceLogStream : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDrainQuietMs = 5000;
    static constexpr int kFollowQuietMs = 120000;

    SpaceLogStream(HubClient *client, QUrl url, bool follow, QObject *parent = nullptr);
    ~SpaceLogStream() override;

    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_reply != nullptr; }
    void setQuietTimeout(int milliseconds) { m_quietMs = milliseconds; }

Q_SIGNALS:
    void line(const QString &text, const QString &timestamp);
    void finished(const hubdeck::HubError &error); // error.isError() false on a normal end

private:
    void onReadyRead();
    void onFinished();
    void emitEvents(const QList<QByteArray> &events);

    QPointer<HubClient> m_client;
    QUrl m_url;
    QUrl m_refusedRedirect; // where the Hub tried to send the stream instead (HubOrigin)
    bool m_follow;
    int m_quietMs;
    QNetworkAccessManager *m_network = nullptr;
    QNetworkReply *m_reply = nullptr;
    QTimer *m_quiet = nullptr;
    SseParser m_parser;
    bool m_answered = false;
    bool m_stopped = false;
    bool m_quietEnded = false;
};

} // namespace hubdeck
