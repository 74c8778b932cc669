// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "FileIdentity.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hubdeck {

class HfHome;

// Where a home's access tokens really are (HfHome::protectedPaths(): HF_TOKEN_PATH or
// $HF_HOME/token, stored_tokens, HubDeck's active-token record, another home's kept too), found the way the kernel
// reaches them: each symbolic link on the way (the token file itself, a folder of its path)
// and the file at the end, each at its resolved location (its folder's real path and its own
// name) with its device and inode, and the device and inode of every folder that holds one.
// Deleting any of these deletes the token or cuts the path huggingface_hub reads it by, so
// the listing (HomeScanner), the home's deletion (HomeDeletion) and the hub cache's
// (DeletionPlanner, DeletionRun) refuse an entry that is or holds one. Compared by identity,
// so however HF_HOME, the entry or HF_TOKEN_PATH is spelt (links, "..", a bind mount).
class CredentialFiles
{
public:
    struct Step
    {
        QString credential; // the credential path as HfHome gives it
        QString location;   // absolute, resolved: real folder + own name (a link is not followed)
        quint64 device = 0;
        quint64 inode = 0;
    };

    [[nodiscard]] static CredentialFiles of(const HfHome &home);
    // The steps of one path, in the kernel's order (at most 40 links, as the kernel allows).
    // Empty for a path that is not there (no token yet): nothing to keep.
    [[nodiscard]] static QList<Step> stepsOf(const QString &path);

    // The credential path that removing these absolute paths (an entry's folder or file, and
    // its members, each with all it holds; a link is removed, not followed) would delete or
    // cut off, or "": one that is a step, or a folder holding one (by device and inode), or
    // that holds a credential path as given.
    [[nodiscard]] QString heldBy(const QStringList &paths) const;
    // Whether any of them lies in this folder (followed when it is a link): a cache or a part
    // that holds none needs no question per entry.
    [[nodiscard]] bool anyWithin(const QString &folder) const;

private:
    [[nodiscard]] QString credentialOf(quint64 device, quint64 inode) const;

    QStringList m_credentials;                 // those on disk, as HfHome spells them
    QHash<FileIdentity, QString> m_identities; // each step, and each folder holding one (not "/"): its credential
};

} // namespace hubdeck
