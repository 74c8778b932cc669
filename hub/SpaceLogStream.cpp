// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "SpaceLogStream.h"

#include "FileName.h"
#include "HubClient.h"
#include "HubCredentials.h"
#include "HubOrigin.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QTimer>

#include <optional>

namespace hubdeck {

namespace {

// The "data" string of a log event cut at the size limit: JSON that ends inside that string.
// What the string holds up to the cut, or nullopt when the event does not look like a log event.
std::optional<QString> cutDataField(const QByteArray &json)
{
    qsizetype at = json.indexOf("\"data\"");
    if (at < 0)
        return std::nullopt;
    at += 6;
    auto skipSpace = [&] {
        while (at < json.size() && (json[at] == ' ' || json[at] == '\t' || json[at] == '\n' || json[at] == '\r'))
            ++at;
    };
    skipSpace();
    if (at >= json.size() || json[at] != ':')
        return std::nullopt;
    ++at;
    skipSpace();
    if (at >= json.size() || json[at] != '"')
        return std::nullopt;
    ++at;
    QString text;
    qsizetype run = at; // raw UTF-8 bytes since the last escape
    auto flush = [&](qsizetype to) { text.append(QString::fromUtf8(json.constData() + run, to - run)); };
    while (at < json.size()) {
        const char c = json[at];
        if (c == '"')
            break;
        if (c != '\\') {
            ++at;
            continue;
        }
        flush(at);
        if (at + 1 >= json.size()) {
            at = json.size(); // cut right after the backslash
            run = at;
            break;
        }
        const char escape = json[at + 1];
        at += 2;
        switch (escape) {
        case 'n':
            text.append(u'\n');
            break;
        case 't':
            text.append(u'\t');
            break;
        case 'r':
            text.append(u'\r');
            break;
        case 'b':
            text.append(u'\b');
            break;
        case 'f':
            text.append(u'\f');
            break;
        case 'u': {
            bool ok = false;
            const unsigned code = json.mid(at, 4).toUInt(&ok, 16);
            if (ok && at + 4 <= json.size())
                text.append(QChar(char16_t(code))); // a surrogate pair joins up in UTF-16
            at = std::min(at + 4, json.size());
            break;
        }
        default:
            text.append(QLatin1Char(escape)); // \" \\ \/
        }
        run = at;
    }
    flush(at);
    return text;
}

} // namespace

QString SpaceLogStream::cutMarker()
{
    return tr("[line cut at 1 MiB]");
}

SpaceLogStream::SpaceLogStream(HubClient *client, QUrl url, bool follow, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_url(std::move(url))
    , m_follow(follow)
    , m_quietMs(follow ? kFollowQuietMs : kDrainQuietMs)
    , m_quiet(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_quiet->setSingleShot(true);
    connect(m_quiet, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_quietEnded = true;
        m_reply->abort();
    });
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_quietEnded = m_deadlineEnded = true;
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
    m_redirects = 0;
    request(m_url);
}

void SpaceLogStream::request(const QUrl &url)
{
    m_answered = m_stopped = m_quietEnded = m_deadlineEnded = false;
    m_parser = SseParser();
    // The connection must answer within the client's timeout; after that, the quiet timer
    // and, for a drain, the deadline bound it instead (see the class comment).
    QNetworkRequest request = m_client->makeRequest(url, 0);
    request.setRawHeader("Accept", "text/event-stream");
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_reply = m_network->get(request);
    // Without a limit Qt's network thread reads whatever the socket delivers, error bodies
    // included, faster than we can abort (HubClient does the same).
    m_reply->setReadBufferSize(kReadChunkBytes);
    m_errorBody.clear();
    m_errorBodyFull = false;
    const int timeoutMs = m_client->options().timeoutMs;
    m_quiet->start(timeoutMs);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this, timeoutMs] {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300 && !m_answered) {
            m_answered = true;
            if (!m_follow) {
                // Shorter than the deadline, so that the deadline only ends a stream that
                // kept sending lines.
                m_quietMs = std::max(1, std::min(m_quietMs, timeoutMs / 2));
                m_deadline->start(timeoutMs);
            }
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
    if (!m_answered) {
        // An error answer: its first HubError::kMaxErrorBodyBytes hold the Hub's message;
        // reading on would let a hostile server fill memory.
        m_errorBody += m_reply->read(HubError::kMaxErrorBodyBytes - m_errorBody.size());
        if (m_errorBody.size() >= HubError::kMaxErrorBodyBytes && !m_errorBodyFull) {
            m_errorBodyFull = true;
            QMetaObject::invokeMethod(m_reply, &QNetworkReply::abort, Qt::QueuedConnection);
        }
        return;
    }
    if (m_follow)
        m_quiet->start(m_quietMs); // any byte, keep-alives too, shows the stream is alive
    // A slot connected to line() may stop the stream: m_reply is then gone.
    while (m_reply && m_reply->bytesAvailable() > 0)
        emitEvents(m_parser.feed(m_reply->read(kReadChunkBytes)));
}

void SpaceLogStream::emitEvents(const QList<SseParser::Event> &events)
{
    for (const SseParser::Event &event : events) {
        QString text;
        QString timestamp;
        if (event.cut) {
            text = cutDataField(event.data).value_or(QString::fromUtf8(event.data));
        } else {
            QJsonParseError parseError{};
            const QJsonDocument document = QJsonDocument::fromJson(event.data, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                // Not the JSON the Hub sends (invalid UTF-8 makes it so too): shown as it
                // came, its bytes kept for the display's escapes, rather than dropped unseen.
                // An empty event is a keep-alive.
                if (event.data.trimmed().isEmpty())
                    continue;
                text = FileName::decode(event.data);
            } else {
                const QJsonObject object = document.object();
                const QJsonValue data = object.value(QStringLiteral("data"));
                if (!data.isString())
                    continue; // JSON that is not a log event (a status, a keep-alive): nothing to show
                text = data.toString();
                timestamp = object.value(QStringLiteral("timestamp")).toString();
            }
        }
        while (text.endsWith(u'\n') || text.endsWith(u'\r'))
            text.chop(1);
        if (event.cut)
            text += u' ' + cutMarker();
        if (!m_follow && m_reply)
            m_quiet->start(m_quietMs); // only a log line counts as activity while draining
        Q_EMIT line(text, timestamp);
    }
}

void SpaceLogStream::onFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    m_quiet->stop();
    m_deadline->stop();
    HubError error;
    const std::optional<QUrl> target = m_answered || m_stopped || m_quietEnded ? std::nullopt : HubOrigin::redirectTarget(reply);
    if (target) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto why = m_client ? HubOrigin::refusal(QUrl(m_client->options().endpoint), *target, "GET", status, m_redirects)
                                  : std::optional<HubError>(HubError::refusedRedirect(*target));
        if (!why) {
            ++m_redirects;
            request(*target);
            return;
        }
        error = *why;
    } else if (m_answered) {
        while (reply->isOpen() && reply->bytesAvailable() > 0)
            emitEvents(m_parser.feed(reply->read(kReadChunkBytes)));
        emitEvents(m_parser.finish());
        // A stop, the end of a drain, or the Hub closing the stream: all normal ends.
        const bool normal = m_stopped || reply->error() == QNetworkReply::NoError || (m_quietEnded && !m_follow) ||
                            reply->error() == QNetworkReply::RemoteHostClosedError;
        if (!normal)
            error = HubError::fromReply(reply, m_quietMs, m_quietEnded);
    } else if (m_stopped) {
        error.kind = HubError::Kind::Canceled;
    } else {
        if (reply->isOpen())
            m_errorBody += reply->read(std::max<qint64>(0, HubError::kMaxErrorBodyBytes - m_errorBody.size()));
        error = HubError::fromReply(reply, m_errorBody, m_client ? m_client->options().timeoutMs : 0, m_quietEnded);
    }
    Q_EMIT finished(error);
}

} // namespace hubdeck
