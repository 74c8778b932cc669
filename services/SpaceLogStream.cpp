#include "SpaceLogStream.h"

#include "HubClient.h"
#include "HubCredentials.h"
#include "HubOrigin.h"
#include "PrintableText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>

namespace hubdeck {

SpaceLogStream::SpaceLogStream(HubClient *client, QUrl url, bool follow, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_url(std::move(url))
    , m_follow(follow)
    , m_quietMs(follow ? kFollowQuietMs : kDrainQuietMs)
    , m_quiet(new QTimer(this))
{
    m_quiet->setSingleShot(true);
    connect(m_quiet, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_quietEnded = true;
        m_reply->abort();
    });
}

SpaceLogStream::~SpaceLogStream()
{
    m_stopped = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void SpaceLogStream::start()
{
    if (m_reply || !m_client)
        return;
    if (!HubCredentials::isSafeEndpoint(m_client->options().endpoint)) {
        HubError error;
        error.kind = HubError::Kind::InsecureEndpoint;
        error.detail = m_url.host();
        QTimer::singleShot(0, this, [this, error] { Q_EMIT finished(error); });
        return;
    }
    m_answered = m_stopped = m_quietEnded = false;
    m_parser = SseParser();
    // The connection must answer within the client's timeout; after that, silence is
    // bounded by the quiet timer instead (keep-alives restart it).
    QNetworkRequest request = m_client->makeRequest(m_url, 0);
    request.setRawHeader("Accept", "text/event-stream");
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_reply = m_network->get(request);
    m_refusedRedirect.clear();
    HubOrigin::guard(m_reply, [this](const QUrl &target) { m_refusedRedirect = target; });
    m_quiet->start(m_client->options().timeoutMs);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300) {
            m_answered = true;
            m_quiet->start(m_quietMs);
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &SpaceLogStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &SpaceLogStream::onFinished);
}

void SpaceLogStream::stop()
{
    if (!m_reply)
        return;
    m_stopped = true;
    m_reply->abort();
}

void SpaceLogStream::onReadyRead()
{
    if (!m_answered)
        return; // an error body is read in onFinished
    m_quiet->start(m_quietMs);
    emitEvents(m_parser.feed(m_reply->readAll()));
}

void SpaceLogStream::emitEvents(const QList<QByteArray> &events)
{
    for (const QByteArray &event : events) {
        const QJsonDocument document = QJsonDocument::fromJson(event);
        const QJsonValue data = document.object().value(QStringLiteral("data"));
        if (!data.isString())
            continue; // not a log event: nothing to show, nothing to crash on
        QString text = data.toString();
        while (text.endsWith(u'\n') || text.endsWith(u'\r'))
            text.chop(1);
        Q_EMIT line(text, document.object().value(QStringLiteral("timestamp")).toString());
    }
}

void SpaceLogStream::onFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    m_quiet->stop();
    HubError error;
    if (!m_refusedRedirect.isEmpty()) {
        error.kind = HubError::Kind::RefusedRedirect;
        error.detail = PrintableText::name(
            m_refusedRedirect.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString());
    } else if (m_answered) {
        if (reply->isOpen())
            emitEvents(m_parser.feed(reply->readAll()));
        emitEvents(m_parser.finish());
        // A stop, the end of a drain, or the Hub closing the stream: all normal ends.
        const bool normal = m_stopped || reply->error() == QNetworkReply::NoError || (m_quietEnded && !m_follow) ||
                            reply->error() == QNetworkReply::RemoteHostClosedError;
        if (!normal)
            error = HubError::fromReply(reply, m_quietMs, m_quietEnded);
    } else if (m_stopped) {
        error.kind = HubError::Kind::Canceled;
    } else {
        error = HubError::fromReply(reply, m_client ? m_client->options().timeoutMs : 0, m_quietEnded);
    }
    Q_EMIT finished(error);
}

} // namespace hubdeck
