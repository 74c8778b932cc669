// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HomeTargets.h"

#include "FileName.h"
#include "HomeScanner.h"
#include "PrintableText.h"

#include <QDir>

#include <sys/stat.h>

namespace hubdeck {

namespace {

// The path one reading of a text names, or an empty string.
QString lookUp(const HomeScan &scan, const QString &text, const QDir &current)
{
    if (HomeTargets::isPath(text)) {
        const QString path = QDir::cleanPath(current.absoluteFilePath(text));
        struct stat st
        {
        };
        return ::lstat(FileName::encode(path).constData(), &st) == 0 || scan.entry(path) ? path : QString();
    }
    for (const HomeScan::Part &part : scan.parts)
        if (text == part.kind || text == part.kind + u'/')
            return part.path;
    const QString name = text.endsWith(u'/') ? text.chopped(1) : text;
    for (const QString &wanted : {name, name + HomeScanner::deletingSuffix()})
        for (const HomeScan::Part &part : scan.parts)
            for (const HomeEntry &entry : part.entries)
                if (HomeTargets::listedName(part, entry) == wanted)
                    return entry.path;
    return {};
}

} // namespace

bool HomeTargets::isPath(const QString &text)
{
    return text.startsWith(u'/') || text == u"." || text == u".." || text.startsWith(QLatin1String("./")) ||
           text.startsWith(QLatin1String("../"));
}

QString HomeTargets::listedName(const HomeScan::Part &part, const HomeEntry &entry)
{
    return part.kind == u"other" ? entry.name : part.kind + u'/' + entry.name;
}

HomeTargets::Resolved HomeTargets::resolve(const HomeScan &scan, const QStringList &arguments, const QString &currentFolder)
{
    // The wording is the command line's (English, as the rest of its output).
    Resolved resolved;
    const QDir current(currentFolder);
    for (const QString &given : arguments) {
        const QString asTyped = lookUp(scan, given, current);
        const std::optional<QString> unescaped = PrintableText::parseName(given);
        const QString asEscaped = unescaped && *unescaped != given ? lookUp(scan, *unescaped, current) : QString();
        if (!asTyped.isEmpty() && !asEscaped.isEmpty() && asTyped != asEscaped) {
            resolved.refusals.append({{},
                                      given,
                                      QStringLiteral("Not deleted: '%1' names both %2 and %3; give the other one's path as listed.")
                                          .arg(given, asTyped, asEscaped)});
        } else if (!asTyped.isEmpty() || !asEscaped.isEmpty()) {
            resolved.paths.append(!asTyped.isEmpty() ? asTyped : asEscaped);
        } else if (isPath(given)) {
            resolved.paths.append(QDir::cleanPath(current.absoluteFilePath(given))); // the plan says why not
        } else {
            resolved.refusals.append({{},
                                      given,
                                      QStringLiteral("Not deleted: '%1' is not an entry `home ls` lists (PART/NAME); a path must be "
                                                     "absolute or start with ./ or ../.")
                                          .arg(given)});
        }
    }
    return resolved;
}

} // namespace hubdeck
