// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CacheLocation.h"

#include "FileName.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <pwd.h>
#include <unistd.h>
#include <vector>

extern char **environ; // NOLINT: POSIX's, declared by no header in C++

namespace hubdeck {

QProcessEnvironment CacheLocation::systemEnvironment()
{
    QProcessEnvironment env;
    for (char **entry = environ; entry && *entry; ++entry) {
        const QByteArray pair(*entry);
        const qsizetype equals = pair.indexOf('=');
        if (equals > 0)
            env.insert(FileName::decode(pair.left(equals)), FileName::decode(pair.mid(equals + 1)));
    }
    return env;
}

QString CacheLocation::expand(const QString &path, const QProcessEnvironment &env)
{
    static const QRegularExpression var(QStringLiteral(R"(\$(\w+|\{[^}]*\}))"));
    QString out;
    qsizetype last = 0;
    auto it = var.globalMatch(path);
    while (it.hasNext()) {
        const auto match = it.next();
        QString name = match.captured(1);
        if (name.startsWith(u'{'))
            name = name.mid(1, name.size() - 2);
        out += QStringView(path).mid(last, match.capturedStart() - last);
        // Python's expandvars leaves unknown variables as they are.
        out += env.contains(name) ? env.value(name) : match.captured(0);
        last = match.capturedEnd();
    }
    out += QStringView(path).mid(last);
    return expandUser(out, env);
}

QString CacheLocation::expandUser(const QString &path, const QProcessEnvironment &env)
{
    if (!path.startsWith(u'~'))
        return path;
    const qsizetype slash = path.indexOf(u'/');
    const QString user = path.mid(1, slash < 0 ? -1 : slash - 1);
    QString home;
    if (user.isEmpty() && env.contains(QStringLiteral("HOME"))) {
        home = env.value(QStringLiteral("HOME"));
    } else if (user.isEmpty()) {
        // HOME unset (a service, `env -i`): expanduser reads the password database, as below.
        struct passwd entry
        {
        };
        struct passwd *found = nullptr;
        std::vector<char> buffer(16384);
        if (::getpwuid_r(::getuid(), &entry, buffer.data(), buffer.size(), &found) != 0 || !found)
            return path;
        home = FileName::decode(QByteArray(found->pw_dir));
    } else {
        // "~name/…" is that user's home folder, as expanduser reads it from the password
        // database (HF_HOME=~hfshared/cache on a shared server); an unknown name stays as given.
        struct passwd entry
        {
        };
        struct passwd *found = nullptr;
        std::vector<char> buffer(16384);
        if (::getpwnam_r(FileName::encode(user).constData(), &entry, buffer.data(), buffer.size(), &found) != 0 || !found)
            return path;
        home = FileName::decode(QByteArray(found->pw_dir));
    }
    // expanduser drops the home's trailing slashes, and "/" alone stays "/".
    while (home.size() > 1 && home.endsWith(u'/'))
        home.chop(1);
    const QString rest = slash < 0 ? QString() : path.mid(slash);
    return home == u"/" && !rest.isEmpty() ? rest : home + rest;
}

// A variable set but empty is taken as given, as huggingface_hub's os.getenv(NAME, default)
// takes it: "" joined with "hub" is "hub", a folder relative to where the process runs. So an
// empty HF_HOME never turns into the default cache, which the libraries would not use.
QString CacheLocation::hfHome(const QProcessEnvironment &env)
{
    if (env.contains(QStringLiteral("HF_HOME"))) {
        const QString home = expand(env.value(QStringLiteral("HF_HOME")), env);
        return home.isEmpty() ? QDir::currentPath() : home;
    }
    QString xdg = env.contains(QStringLiteral("XDG_CACHE_HOME")) ? env.value(QStringLiteral("XDG_CACHE_HOME"))
                                                                 : expand(QStringLiteral("~/.cache"), env);
    xdg = expand(xdg, env);
    return (xdg.isEmpty() ? QDir::currentPath() : xdg) + QStringLiteral("/huggingface");
}

QString CacheLocation::defaultHubCache(const QProcessEnvironment &env)
{
    for (const auto &name : {QStringLiteral("HF_HUB_CACHE"), QStringLiteral("HUGGINGFACE_HUB_CACHE")}) {
        if (env.contains(name)) {
            const QString value = expand(env.value(name), env);
            return value.isEmpty() ? QDir::currentPath() : value;
        }
    }
    return hfHome(env) + QStringLiteral("/hub");
}

QString CacheLocation::hubCache(const QString &explicitDir, const QProcessEnvironment &env)
{
    return explicitDir.isEmpty() ? defaultHubCache(env) : expand(explicitDir, env);
}

bool CacheLocation::isHfHomeEntry(const QByteArray &name)
{
    static const QList<QByteArray> names{"hub",          "xet",   "assets",        "modules",     "datasets",
                                         "transformers", "token", "stored_tokens", ".huggingface"};
    return names.contains(name);
}

bool CacheLocation::looksLikeHfHome(const QList<QByteArray> &rootEntries)
{
    bool homeEntry = false;
    for (const QByteArray &name : rootEntries) {
        if (name.startsWith("models--") || name.startsWith("datasets--") || name.startsWith("spaces--"))
            return false;
        homeEntry = homeEntry || isHfHomeEntry(name);
    }
    return homeEntry;
}

QString CacheLocation::nearestExisting(const QString &path)
{
    QString current = QDir::cleanPath(QDir(path).absolutePath());
    while (!QFileInfo::exists(current)) {
        const QString parent = QFileInfo(current).path();
        if (parent == current)
            break;
        current = parent;
    }
    return current;
}

} // namespace hubdeck
