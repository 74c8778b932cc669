// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "RepoPath.h"

#include <QStringList>

namespace hubdeck {

std::optional<QString> RepoPath::check(const QString &path, QString *error)
{
    QString clean = path;
    while (clean.startsWith(QLatin1String("./")))
        clean.remove(0, 2);
    auto refuse = [&](const QString &why) {
        *error = QStringLiteral("\"%1\" as a path in the repository: %2").arg(path, why);
        return std::nullopt;
    };
    if (clean.isEmpty())
        return refuse(QStringLiteral("it is empty"));
    if (clean.startsWith(u'/'))
        return refuse(QStringLiteral("it must be relative"));
    if (clean.contains(u'\\'))
        return refuse(QStringLiteral("it has a backslash"));
    for (const QChar c : clean)
        if (c.category() == QChar::Other_Control)
            return refuse(QStringLiteral("it has a control character"));
    for (const QString &part : clean.split(u'/')) {
        if (part.isEmpty())
            return refuse(QStringLiteral("it has an empty part (// or a trailing /)"));
        if (part == u"." || part == u"..")
            return refuse(QStringLiteral("it has a \".\" or \"..\" part"));
        if (part == u".git" || part == u".cache")
            return refuse(QStringLiteral("nothing may go under .git/ or .cache/"));
    }
    return clean;
}

} // namespace hubdeck
