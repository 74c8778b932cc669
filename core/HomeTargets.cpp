// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "HomeTargets.h"

#include "FileName.h"
#include "HomeEntryIndex.h"
#include "HomeScanner.h"
#include "PrintableText.h"

#include <QDir>
#include <QHash>

#include <algorithm>
#include <sys/stat.h>

namespace hubdeck {

namespace {

// The entries by their names as `home ls` lists them (HomeTargets::listedName), the first of
// each name in the order of parts and entries: one lookup per argument, not a walk of every
// entry (attack F3: 40,000 names given took 134 s).
using ListedNames = QHash<QString, QString>;

ListedNames listedNames(const HomeScan &scan)
{
    ListedNames names;
    for (const HomeScan::Part &part : scan.parts)
        for (const HomeEntry &entry : part.entries)
            if (const QString name = HomeTargets::listedName(part, entry); !names.contains(name))
                names.insert(name, entry.path);
    return names;
}

// The path one reading of a text names, or an empty string.
QString lookUp(const HomeScan &scan, const HomeEntryIndex &index, const ListedNames &names, const QString &text, const QDir &current)
{
    if (HomeTargets::isPath(text)) {
        // However spelt (a link to HF_HOME, "..", HF_HOME given as a link): the listed entry.
        const QString path = HomeDeletion::asListed(scan, index, current.absoluteFilePath(text));
        struct stat st
        {
        };
        // A path a stopped deletion renamed aside names what is left of it, as its PART/NAME does.
        return ::lstat(FileName::encode(path).constData(), &st) == 0 || index.entry(path) ||
                       index.entry(path + HomeScanner::deletingSuffix())
                   ? path
                   : QString();
    }
    for (const HomeScan::Part &part : scan.parts)
        if (text == part.kind || text == part.kind + u'/')
            return part.path;
    const QString name = text.endsWith(u'/') ? text.chopped(1) : text;
    for (const QString &wanted : {name, name + HomeScanner::deletingSuffix()})
        if (const auto found = names.constFind(wanted); found != names.cend())
            return *found;
    // PART/FOLDER, a folder of entries (datasets/parquet holding its configs): its entries.
    for (const HomeScan::Part &part : scan.parts)
        if (const QString folder = part.path + name.mid(part.kind.size());
            name.startsWith(part.kind + u'/') && index.partHolding(folder) == &part)
            return folder;
    return {};
}

// PART/NAME of something inside a listed entry (datasets/parquet/<config>/0.0.0): that entry,
// with its part.
std::pair<const HomeScan::Part *, const HomeEntry *> holderOf(const HomeScan &scan, const HomeEntryIndex &index, const QString &name)
{
    for (const HomeScan::Part &part : scan.parts)
        if (part.kind != u"other" && name.startsWith(part.kind + u'/'))
            if (struct stat st{}; ::lstat(FileName::encode(part.path + name.mid(part.kind.size())).constData(), &st) == 0)
                // something there, not a typo (attack F10)
                if (const HomeEntry *entry = index.entryHolding(part.path + name.mid(part.kind.size())))
                    for (const HomeEntry &listed : part.entries)
                        if (&listed == entry)
                            return {&part, entry};
    return {nullptr, nullptr};
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
    const HomeEntryIndex entries(scan);
    const ListedNames names = listedNames(scan);
    resolved.arguments = arguments;
    for (int index = 0; index < arguments.size(); ++index) {
        const QString &given = arguments[index];
        const qsizetype pathsBefore = resolved.paths.size();
        const qsizetype refusalsBefore = resolved.refusals.size();
        // "other" is no folder of its own (its entries sit in HF_HOME, which is never deleted):
        // it stands for its entries, those HubDeck may delete, or else all of them, so that
        // the plan says of each why it stays. An entry listed as "other" is that entry.
        const HomeScan::Part *other = scan.part(QStringLiteral("other"));
        const QString bare = given.endsWith(u'/') ? given.chopped(1) : given;
        if (other && bare == other->kind &&
            std::none_of(other->entries.cbegin(), other->entries.cend(), [&](const HomeEntry &e) { return e.name == bare; })) {
            const bool anyDeletable =
                std::any_of(other->entries.cbegin(), other->entries.cend(), [](const HomeEntry &e) { return e.deletable(); });
            for (const HomeEntry &entry : other->entries)
                if (entry.deletable() || !anyDeletable)
                    resolved.paths.append(entry.path);
            if (other->entries.isEmpty())
                resolved.refusals.append({{}, given, QStringLiteral("Nothing to delete in other: HF_HOME holds nothing else.")});
            for (qsizetype i = pathsBefore; i < resolved.paths.size(); ++i)
                resolved.pathArguments.append(index);
            for (qsizetype i = refusalsBefore; i < resolved.refusals.size(); ++i)
                resolved.refusalArguments.append(index);
            continue;
        }
        const QString asTyped = lookUp(scan, entries, names, given, current);
        const std::optional<QString> unescaped = PrintableText::parseName(given);
        const QString asEscaped = unescaped && *unescaped != given ? lookUp(scan, entries, names, *unescaped, current) : QString();
        if (!asTyped.isEmpty() && !asEscaped.isEmpty() && asTyped != asEscaped) {
            // Each named in a spelling that reaches it alone, once the message is shown escaped:
            // the first as the listing shows it (its backslash doubled, read back as one), the
            // second as its bytes, in bash's $'…', which reads the listing's escapes back (attack
            // C9: "give the other one's path as listed" named both again).
            resolved.refusals.append({{},
                                      given,
                                      QStringLiteral("Not deleted: '%1' names both %2 and %3. Give the first as '%2', or the second "
                                                     "as $'%3' (in bash, which reads its escapes back).")
                                          .arg(given, asTyped, asEscaped)});
        } else if (!asTyped.isEmpty() || !asEscaped.isEmpty()) {
            resolved.paths.append(!asTyped.isEmpty() ? asTyped : asEscaped);
        } else if (isPath(given)) {
            resolved.paths.append(HomeDeletion::asListed(scan, current.absoluteFilePath(given))); // the plan says why not
        } else if (const auto [part, around] = holderOf(scan, entries, bare); around) {
            resolved.refusals.append({{},
                                      given,
                                      QStringLiteral("Not deleted: '%1' lies inside the entry %2, which HubDeck deletes only whole: "
                                                     "name that entry.")
                                          .arg(given, listedName(*part, *around))});
        } else {
            resolved.refusals.append({{},
                                      given,
                                      QStringLiteral("Not deleted: '%1' is not an entry `home ls` lists (PART/NAME); a path must be "
                                                     "absolute or start with ./ or ../.")
                                          .arg(given)});
        }
        for (qsizetype i = pathsBefore; i < resolved.paths.size(); ++i)
            resolved.pathArguments.append(index);
        for (qsizetype i = refusalsBefore; i < resolved.refusals.size(); ++i)
            resolved.refusalArguments.append(index);
    }
    return resolved;
}

QList<HomeDeletion::Refusal> HomeTargets::inArgumentOrder(const Resolved &resolved, const QList<HomeDeletion::Refusal> &planRefusals)
{
    // Each refusal with the index of its argument; stable-sorted, so a plan's keep their order.
    QList<std::pair<qsizetype, HomeDeletion::Refusal>> keyed;
    for (qsizetype i = 0; i < resolved.refusals.size(); ++i)
        keyed.append({resolved.refusalArguments.value(i, resolved.arguments.size()), resolved.refusals[i]});
    for (HomeDeletion::Refusal refusal : planRefusals) {
        qsizetype index = resolved.arguments.size();
        if (refusal.given >= 0 && refusal.given < resolved.pathArguments.size())
            index = resolved.pathArguments.at(refusal.given);
        // Else the argument whose path is the refused one or holds it (a part given whole).
        for (qsizetype i = 0; index == resolved.arguments.size() && i < resolved.paths.size(); ++i) {
            const QString &path = resolved.paths[i];
            if (refusal.path == path || refusal.path.startsWith(path.endsWith(u'/') ? path : path + u'/')) {
                index = resolved.pathArguments.value(i, index);
                break;
            }
        }
        if (index < resolved.arguments.size() && refusal.argument.isEmpty())
            refusal.argument = resolved.arguments[index];
        keyed.append({index, refusal});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<HomeDeletion::Refusal> ordered;
    for (const auto &[index, refusal] : keyed)
        ordered.append(refusal);
    return ordered;
}

} // namespace hubdeck
