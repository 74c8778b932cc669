// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace hubdeck {

// Where huggingface_hub keeps its files, looked up exactly as it does.
class CacheLocation
{
public:
    // The process's environment with each name and value as FileName keeps file names, so that
    // a path whose bytes are not UTF-8 (HF_HOME, HF_TOKEN_PATH) is the folder the libraries use:
    // QProcessEnvironment::systemEnvironment() reads such bytes as U+FFFD, another path. For
    // looking paths up only; never hand it to a QProcess.
    [[nodiscard]] static QProcessEnvironment systemEnvironment();
    [[nodiscard]] static QString hfHome(const QProcessEnvironment &env = systemEnvironment());
    [[nodiscard]] static QString defaultHubCache(const QProcessEnvironment &env = systemEnvironment());
    // An explicit --dir wins; otherwise the default lookup.
    [[nodiscard]] static QString hubCache(const QString &explicitDir, const QProcessEnvironment &env = systemEnvironment());
    // "~" and $VAR / ${VAR} expansion, as Python's expanduser(expandvars()).
    [[nodiscard]] static QString expand(const QString &path, const QProcessEnvironment &env);
    // "~" (HOME, or this user's home folder in the password database when HOME is unset) and
    // "~name" (that user's home folder) at the start, as Python's os.path.expanduser: the
    // datasets library expands no variables (see HfHome::locate).
    [[nodiscard]] static QString expandUser(const QString &path, const QProcessEnvironment &env);
    // The path itself when it exists, else its nearest existing parent folder ("/" at worst):
    // where a cache folder not made yet will appear, and the filesystem it will be on.
    [[nodiscard]] static QString nearestExisting(const QString &path);

    // What an HF_HOME holds beside its hub cache (huggingface_hub's constants.py and the
    // libraries that share the folder): hub/, xet/, assets/, modules/, datasets/, transformers/
    // (the legacy cache), the credentials token and stored_tokens, and .huggingface (the old
    // token folder). None of them is a repo, and none is ever deleted as a corrupted entry.
    [[nodiscard]] static bool isHfHomeEntry(const QByteArray &name);
    // The root of a would-be hub cache looks like an HF_HOME when none of its entries is a repo
    // folder (a name starting "models--", "datasets--" or "spaces--") and at least one is an
    // HF_HOME entry. A hub cache that also serves as HF_HOME (HF_HUB_CACHE=$HF_HOME) has repo
    // folders, so it is scanned; its HF_HOME entries are then listed as non-deletable warnings.
    [[nodiscard]] static bool looksLikeHfHome(const QList<QByteArray> &rootEntries);
};

} // namespace hubdeck
