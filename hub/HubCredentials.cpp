// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HubCredentials.h"

#include "CacheLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSaveFile>
#include <QUrl>

namespace hubdeck {

QString HubCredentials::endpoint(const Env &env)
{
    QString value = env.value(QStringLiteral("HF_ENDPOINT")).trimmed();
    if (value.isEmpty())
        value = QStringLiteral("https://huggingface.co");
    while (value.endsWith(u'/'))
        value.chop(1);
    return value;
}

QString HubCredentials::tokenPath(const Env &env)
{
    const QString explicitPath = env.value(QStringLiteral("HF_TOKEN_PATH"));
    if (!explicitPath.isEmpty())
        return CacheLocation::expand(explicitPath, env);
    return CacheLocation::hfHome(env) + QStringLiteral("/token");
}

QString HubCredentials::token(const QString &explicitToken, const Env &env)
{
    if (!explicitToken.trimmed().isEmpty())
        return explicitToken.trimmed();
    if (const QString fromEnv = env.value(QStringLiteral("HF_TOKEN")).trimmed(); !fromEnv.isEmpty())
        return fromEnv;
    QFile file(tokenPath(env));
    if (file.open(QIODevice::ReadOnly))
        return QString::fromUtf8(file.read(64 * 1024)).trimmed();
    return {};
}

bool HubCredentials::saveToken(const QString &token, QString *error, const Env &env)
{
    const QString path = tokenPath(env);
    if (!QDir().mkpath(QFileInfo(path).path())) {
        *error = QStringLiteral("Cannot create the folder of %1").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // Restrict before the token is written, so it is never readable by others, even briefly.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(token.trimmed().toUtf8());
    if (!file.commit()) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool HubCredentials::removeToken(QString *error, const Env &env)
{
    const QString path = tokenPath(env);
    if (!QFileInfo::exists(path))
        return true;
    if (!QFile::remove(path)) {
        *error = QStringLiteral("Cannot remove %1").arg(path);
        return false;
    }
    return true;
}

bool HubCredentials::isSafeEndpoint(const QString &endpoint)
{
    const QUrl url(endpoint);
    if (url.scheme() == u"https")
        return true;
    if (url.scheme() != u"http")
        return false;
    const QString host = url.host();
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace hubdeck
