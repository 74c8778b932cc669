// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HubCredentials.h"

#include "CacheLocation.h"
#include "HfHome.h"
#include "QuietFile.h"
#include "StoredTokens.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>

namespace hubdeck {

namespace {

// huggingface_hub's _clean_token.
QString cleaned(QString token)
{
    token.remove(u'\r');
    token.remove(u'\n');
    return token.trimmed();
}

} // namespace

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
    if (const QString fromEnv = tokenFromEnvironment(env); !fromEnv.isEmpty())
        return fromEnv;
    return tokenFromFile(env);
}

QString HubCredentials::tokenVariable(const Env &env)
{
    // huggingface_hub: os.environ.get("HF_TOKEN") or os.environ.get("HUGGING_FACE_HUB_TOKEN").
    const QString name =
        env.value(QStringLiteral("HF_TOKEN")).isEmpty() ? QStringLiteral("HUGGING_FACE_HUB_TOKEN") : QStringLiteral("HF_TOKEN");
    return cleaned(env.value(name)).isEmpty() ? QString() : name;
}

QString HubCredentials::tokenFromEnvironment(const Env &env)
{
    const QString name = tokenVariable(env);
    return name.isEmpty() ? QString() : cleaned(env.value(name));
}

QString HubCredentials::tokenFromFile(const Env &env)
{
    // Read without moving its access time: looking is not using (GUI attack H15: every start
    // made the token "last accessed a few seconds ago" on the Overview).
    QString ignored;
    const std::optional<QByteArray> text = QuietFile::readHead(tokenPath(env), 64 * 1024, &ignored);
    return text ? cleaned(QString::fromUtf8(*text)) : QString();
}

bool HubCredentials::signIn(const QString &token, const QString &name, QString *error, const Env &env)
{
    std::optional<QList<StoredTokens::Token>> stored = StoredTokens::read(error, env);
    if (!stored)
        return false;
    const StoredTokens::Token entry{name, cleaned(token)};
    if (const QString why = StoredTokens::whyNotStorable(entry); !why.isEmpty()) {
        *error = why;
        return false;
    }
    const auto same = std::find_if(stored->begin(), stored->end(), [&](const StoredTokens::Token &t) { return t.name == name; });
    if (same != stored->end())
        same->token = entry.token;
    else
        stored->append(entry);
    return StoredTokens::write(*stored, error, env) && saveToken(entry.token, error, env) && recordActiveName(name, env);
}

bool HubCredentials::signOut(const QString &name, bool *wasActive, QString *error, const Env &env)
{
    *wasActive = false;
    std::optional<QList<StoredTokens::Token>> stored = StoredTokens::read(error, env);
    if (!stored)
        return false;
    const auto found = std::find_if(stored->begin(), stored->end(), [&](const StoredTokens::Token &t) { return t.name == name; });
    if (found == stored->end()) {
        *error = QStringLiteral("No stored token is named %1 (in %2).").arg(name, StoredTokens::path(env));
        return false;
    }
    const QString removed = found->token;
    const QString recorded = activeTokenName(env);
    stored->erase(found);
    if (!StoredTokens::write(*stored, error, env))
        return false;
    if (removed != tokenFromFile(env))
        return true;
    // huggingface_hub's _logout_from_token deletes the active token with its stored copy, even
    // when another name still holds the same token: that name would then list as stored but
    // sign nothing in. Here the token file stays while a name holds it.
    const QStringList holders = StoredTokens::namesHolding(*stored, removed);
    if (!holders.isEmpty())
        return recordActiveName(holders.contains(recorded) ? recorded : holders.first(), env);
    *wasActive = true;
    return removeToken(error, env);
}

QString HubCredentials::activeTokenNamePath(const Env &env)
{
    return HfHome::activeTokenNamePathBeside(tokenPath(env));
}

QString HubCredentials::activeTokenName(const Env &env)
{
    QString unread;
    const std::optional<QByteArray> head = QuietFile::readHead(activeTokenNamePath(env), 4096, &unread);
    if (!head)
        return {};
    const QString name = QString::fromUtf8(*head).section(u'\n', 0, 0);
    const QString active = tokenFromFile(env);
    QString ignored;
    const std::optional<QList<StoredTokens::Token>> stored = StoredTokens::read(&ignored, env);
    if (name.isEmpty() || active.isEmpty() || !stored)
        return {};
    // Only while it still tells the truth: `hf auth switch` does not update it.
    for (const StoredTokens::Token &token : *stored)
        if (token.name == name && token.token == active)
            return name;
    return {};
}

bool HubCredentials::recordActiveName(const QString &name, const Env &env)
{
    // Best effort: without it `auth list` marks every name that holds the active token.
    QSaveFile file(activeTokenNamePath(env));
    if (file.open(QIODevice::WriteOnly)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(name.toUtf8() + '\n');
        file.commit();
    }
    return true;
}

bool HubCredentials::switchTo(const QString &name, QString *error, const Env &env)
{
    const std::optional<QList<StoredTokens::Token>> stored = StoredTokens::read(error, env);
    if (!stored)
        return false;
    const auto found = std::find_if(stored->cbegin(), stored->cend(), [&](const StoredTokens::Token &t) { return t.name == name; });
    if (found == stored->cend()) {
        *error = QStringLiteral("Access token %1 not found in %2.").arg(name, StoredTokens::path(env));
        return false;
    }
    return saveToken(found->token, error, env) && recordActiveName(name, env);
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
    QFile::remove(activeTokenNamePath(env)); // names no token once the file is gone
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
