// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QHash>
#include <QString>

namespace hubdeck {

// A revision's identity: the repo folder it lives in and its commit hash. A bare commit hash
// is not enough: a repo renamed on the Hub (gpt2 -> openai-community/gpt2) is often cached
// under both names with the same commits, and deleting one must never touch the other.
// (huggingface_hub's delete_revisions keys by hash alone; HubDeck is stricter.)
struct RevisionKey
{
    QString repoFolder; // "models--org--name", as read from the cache root
    QString commitHash; // the snapshot folder's name

    friend bool operator==(const RevisionKey &a, const RevisionKey &b) = default;
    friend bool operator<(const RevisionKey &a, const RevisionKey &b)
    {
        return a.repoFolder != b.repoFolder ? a.repoFolder < b.repoFolder : a.commitHash < b.commitHash;
    }
};

inline size_t qHash(const RevisionKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.repoFolder, key.commitHash);
}

} // namespace hubdeck
