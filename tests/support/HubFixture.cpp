// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HubFixture.h"

#include "HubClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace hubdeck::test {

HubFixture::HubFixture()
    : HubFixture(Options{})
{}

HubFixture::HubFixture(const Options &options)
    : m_options(options)
    , m_hub(std::make_unique<FakeHub>())
{
    if (!m_hub->listen())
        qFatal("the fake Hub cannot listen on 127.0.0.1");
    if (!m_home.isValid() || !m_folder.isValid())
        qFatal("no temporary folder");
    if (!m_options.space.isEmpty())
        m_hub->addSpace(m_options.space, QStringLiteral("RUNNING"));
    HubClient::Options client;
    client.endpoint = m_hub->endpoint();
    client.token = m_hub->token;
    client.timeoutMs = m_options.timeoutMs;
    client.firstBackoffMs = m_options.firstBackoffMs;
    m_client = std::make_unique<HubClient>(client);
}

// The client goes first: its calls in flight end before the Hub that answers them.
HubFixture::~HubFixture()
{
    m_client.reset();
    m_hub.reset();
}

void HubFixture::write(const QString &relative, const QByteArray &content) const
{
    const QString path = m_folder.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

void HubFixture::writeNoise(const QString &relative, qint64 bytes, quint32 seed) const
{
    const QString path = m_folder.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator generator(seed);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 left = bytes; left > 0; left -= block.size()) {
        generator.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 size = std::min<qint64>(left, block.size());
        if (file.write(block.constData(), size) != size)
            qFatal("cannot write %s", qPrintable(path));
    }
}

QStringList HubFixture::cliEnvironment() const
{
    return {QStringLiteral("HF_HOME=") + m_home.path(), QStringLiteral("HF_ENDPOINT=") + m_hub->endpoint(),
            QStringLiteral("HF_TOKEN=") + m_hub->token};
}

QProcessEnvironment HubFixture::processEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"COLUMNS", "HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "HF_HOME", "HF_TOKEN", "HF_TOKEN_PATH", "HF_ENDPOINT"})
        environment.remove(QString::fromLatin1(name));
    for (const QString &pair : cliEnvironment())
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    return environment;
}

void HubFixture::exportEnvironment() const
{
    qputenv("HF_ENDPOINT", m_hub->endpoint().toUtf8());
    qputenv("HF_TOKEN", m_hub->token.toUtf8());
    qputenv("HF_HOME", m_home.path().toUtf8());
    qunsetenv("HF_TOKEN_PATH");
}

QList<FakeHub::Request> HubFixture::requests(const QByteArray &method) const
{
    QList<FakeHub::Request> found;
    for (const FakeHub::Request &request : m_hub->requests())
        if (request.method == method)
            found.append(request);
    return found;
}

} // namespace hubdeck::test
