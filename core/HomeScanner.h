// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "HfHome.h"
#include "HomeScan.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QPromise>

namespace hubdeck {

class InUseFiles;

// Measures a Hugging Face home: every part HfHome locates, split into the entries a user
// thinks in (HomeEntry::Kind says which), and whatever else HF_HOME holds as "other".
// Sizes are counted as `du` counts them (st_blocks × 512, each inode once, links not
// followed, other filesystems included); apparent sizes sum st_size. Memory stays per entry:
// a file that is only totalled costs nothing after it is counted, except a hard-linked one,
// whose (device, inode) is remembered so that it counts once.
// Entries are walked in parallel (QtConcurrent); progress is entries done; cancel through
// the future. A folder that cannot be read is left out, named in HomeScan::errors.
class HomeScanner
{
    Q_DECLARE_TR_FUNCTIONS(HomeScanner)

public:
    [[nodiscard]] static QFuture<HomeScan> scanAsync(const HfHome &home);
    // inUse, when given, marks entries holding a file it knows (InUseFiles::snapshot()).
    [[nodiscard]] static HomeScan scan(const HfHome &home, const InUseFiles *inUse = nullptr, QPromise<HomeScan> *promise = nullptr);
    // The sentence a user reads before deleting an entry of this kind: what it is for and
    // what deleting it costs (re-download, slower next upload...).
    [[nodiscard]] static QString costOfDeleting(HomeEntry::Kind kind);
    // The same for one entry: a part that is one entry says what more goes with it.
    [[nodiscard]] static QString costOfDeleting(const HomeEntry &entry);
    // "chunk cache", "dataset cache", ...: the kind as a short label for tables.
    [[nodiscard]] static QString kindLabel(HomeEntry::Kind kind);
    // The entry's kind as listed: "being deleted" for what another process deletes now.
    [[nodiscard]] static QString kindLabel(const HomeEntry &entry);
    // The suffix an entry gets while it is being deleted (HomeDeletion): renamed first, so the
    // library that wrote it no longer finds a half-deleted cache, and listed until it is gone.
    [[nodiscard]] static QString deletingSuffix() { return QStringLiteral(".hubdeck-deleting"); }
    // The name a deletion gives what a process wrote into an entry while it went, when the entry's
    // own name holds a new folder by then: "<entry>.hubdeck-kept" (then -2, -3…). Listed by what
    // it holds, never as a stopped deletion (HomeDeletion::Report::arrived names it).
    [[nodiscard]] static QString keptSuffix() { return QStringLiteral(".hubdeck-kept"); }
    // The names a deletion of datasets' downloads/extracted gives what it kept in downloads/
    // (AsideFolder::giveBack: "extracted.hubdeck-kept", then "-2" … "-9").
    [[nodiscard]] static QList<QByteArray> keptExtractedNames();
    // The user attribute earlier versions put on a folder a deletion gave back the entry's name
    // to, holding only what a program wrote there while it went: listed as kept from a deletion
    // when its layout is not a library's (yet).
    [[nodiscard]] static constexpr const char *keptAttribute() { return "user.hubdeck.kept"; }
    // The user attribute a deletion puts on a folder it renames aside: when it was set aside
    // (AsideFolder). A folder of no known layout under another name that carries it is what a
    // deletion gave back (its value then keptValue(), or still the time when the run was killed
    // between the rename and that): listed as kept from a deletion.
    [[nodiscard]] static constexpr const char *setAsideAttribute() { return "user.hubdeck.set-aside"; }
    // Whether a folder named as a deletion's leftover was surely not set aside by HubDeck: every
    // deletion writes setAsideAttribute() on a folder before it renames it aside
    // (AsideFolder::setAside), so where the filesystem keeps user attributes (ENODATA, not
    // ENOTSUP) one without it is someone's own (attack report 18, G4). One lgetxattr.
    [[nodiscard]] static bool notSetAside(const QString &folder);
    // setAsideAttribute()'s value on a folder given back: it holds only what arrived.
    [[nodiscard]] static constexpr const char *keptValue() { return "kept"; }
    // An entry removed in place rather than renamed first (datasets' downloads/, whose folder
    // stays; a file with members) has HomeDeletion write "<folder>/.hubdeck-removing-<name>"
    // beside it before the first removal and remove it once the entry is gone, so that a stop
    // in between (kill, power cut) is seen: the scan sets HomeEntry::removalInterrupted and
    // counts the marker as a member of the entry. A marker whose entry is gone is listed alone
    // as an interrupted deletion, which `home rm` clears.
    [[nodiscard]] static QString removingPrefix() { return QStringLiteral(".hubdeck-removing-"); }
    // The marker's path for an entry's path (absolute).
    [[nodiscard]] static QString removingMarker(const QString &entryPath);
    // One line when this home cannot be shown or cleaned, else empty: a variable the libraries
    // read is set but empty (HfHome::emptyVariables); HF_HOME is a file, a FIFO, a device, a
    // link to nowhere or a link loop (every library fails there: os.makedirs raises); or it
    // cannot be reached (a folder on the way denies it). A home not made yet is usable.
    [[nodiscard]] static QString unusable(const HfHome &home);
    // What the Overview page and `home ls` say of an entry whose removal was stopped part-way.
    [[nodiscard]] static QString removalInterruptedNote();
    // How a guarded file or folder (guardedIdentities) can lie in an entry under another name:
    // "a hard link" when the file found is a second link of it (TreeMeasure::Total's
    // guardedByHardLink), else "a bind mount" (attack A10: a hard link of the token was said
    // to be a bind mount).
    [[nodiscard]] static QString anotherName(bool hardLink);
    // What no entry may hold under any name, by device and inode, with what each is: the
    // credentials (HfHome::protectedPaths, links followed), HF_HOME's folder and each part's.
    // A bind mount gives a file or folder a second name that no comparison of paths sees
    // (attack Q16: another part's folder inside an entry; Q26: the token file). Stats only.
    [[nodiscard]] static QHash<FileIdentity, QString> guardedIdentities(const HfHome &home);
};

} // namespace hubdeck
