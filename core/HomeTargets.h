// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HomeDeletion.h"
#include "HomeScan.h"

#include <QStringList>

namespace hubdeck {

// What the names a user gives for deletion (`home rm` arguments) mean in a scan, before
// HomeDeletion::plan decides what of it may go. One rule, so that a name never means two things:
// - a path is absolute or starts with ./ or ../ (".", ".." too), taken from the given folder;
// - any other text is PART/NAME as `home ls` lists it, a part's kind ("xet"), or an "other"
//   entry's own name ("accelerate"), never a folder of the current one; a trailing '/' (as a
//   shell completes a folder) is allowed;
// - after a stopped deletion, PART/NAME also finds the entry renamed with
//   HomeScanner::deletingSuffix(), so that the same command finishes it;
// - a text is read as typed and in the escaped form the listing shows (PrintableText::name);
//   one that names a thing each way, two different things, is refused, never guessed.
class HomeTargets
{
public:
    struct Resolved
    {
        // Absolute paths for HomeDeletion::plan, in the order given. A path argument that names
        // nothing is still here: the plan says why it is not deleted.
        QStringList paths;
        QList<HomeDeletion::Refusal> refusals; // texts that name nothing, or two things (path empty)
        QStringList arguments;                 // as given
        QList<int> pathArguments;              // for each of paths, the index of its argument
        QList<int> refusalArguments;           // for each of refusals, the index of its argument
    };

    // currentFolder: absolute, what ./ and ../ start from.
    [[nodiscard]] static Resolved resolve(const HomeScan &scan, const QStringList &arguments, const QString &currentFolder);
    // Every refusal, of the arguments and of the plan made from `resolved.paths`, in the order
    // of the arguments (a plan's in its own order within one argument), each naming the
    // argument it came from (Refusal::argument); a plan refusal no argument led to comes last.
    [[nodiscard]] static QList<HomeDeletion::Refusal> inArgumentOrder(const Resolved &resolved,
                                                                      const QList<HomeDeletion::Refusal> &planRefusals);
    // "datasets/org___name", "xet/logs": how `home ls` names an entry; an "other" entry by its name.
    [[nodiscard]] static QString listedName(const HomeScan::Part &part, const HomeEntry &entry);
    // Whether a text is a path rather than PART/NAME: absolute, or starting with ./ or ../.
    [[nodiscard]] static bool isPath(const QString &text);
};

} // namespace hubdeck
