// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "CacheLocation.h"

#include <QProcessEnvironment>
#include <QString>

namespace hubdeck {

// The Hub endpoint and the token, found where huggingface_hub finds them, and the token
// file it shares with HubDeck ($HF_HOME/token, mode 0600).
class HubCredentials
{
public:
    using Env = QProcessEnvironment;

    // HF_ENDPOINT, else https://huggingface.co; trailing '/' removed.
    [[nodiscard]] static QString endpoint(const Env &env = CacheLocation::systemEnvironment());
    // An explicit token (--token) wins, then the environment (tokenFromEnvironment), then the
    // token file (huggingface_hub's get_token, Colab's secret aside).
    [[nodiscard]] static QString token(const QString &explicitToken = {}, const Env &env = CacheLocation::systemEnvironment());
    // HF_TOKEN, else HUGGING_FACE_HUB_TOKEN (kept by huggingface_hub for older set-ups), cleaned
    // as _clean_token does (CR and LF removed, spaces trimmed); empty when neither is set.
    [[nodiscard]] static QString tokenFromEnvironment(const Env &env = CacheLocation::systemEnvironment());
    // The name of the variable tokenFromEnvironment() reads its token from ("HF_TOKEN" or
    // "HUGGING_FACE_HUB_TOKEN"), empty when it has none.
    [[nodiscard]] static QString tokenVariable(const Env &env = CacheLocation::systemEnvironment());
    // The active token saved at tokenPath(), cleaned likewise; empty when there is none.
    [[nodiscard]] static QString tokenFromFile(const Env &env = CacheLocation::systemEnvironment());
    // HF_TOKEN_PATH, else $HF_HOME/token.
    [[nodiscard]] static QString tokenPath(const Env &env = CacheLocation::systemEnvironment());
    // Written atomically with mode 0600.
    [[nodiscard]] static bool saveToken(const QString &token, QString *error, const Env &env = CacheLocation::systemEnvironment());
    [[nodiscard]] static bool removeToken(QString *error, const Env &env = CacheLocation::systemEnvironment());
    // What huggingface_hub's _login does once the Hub accepted a token: stores it under name in
    // stored_tokens (StoredTokens) and makes it the active token. Nothing is written when the
    // stored tokens cannot be read (they would be lost) or the name cannot be stored.
    [[nodiscard]] static bool signIn(const QString &token, const QString &name, QString *error,
                                     const Env &env = CacheLocation::systemEnvironment());
    // What `hf auth logout --token-name NAME` does: removes the stored token `name` and, when it
    // is the active one, the token file too (*wasActive set) unless another stored name holds
    // the same token: then the token file stays, and that name becomes activeTokenName(). False
    // with *error when the stored tokens cannot be read or written, or none is called `name`.
    [[nodiscard]] static bool signOut(const QString &name, bool *wasActive, QString *error,
                                      const Env &env = CacheLocation::systemEnvironment());
    // What `hf auth switch` does: makes the stored token `name` the active one (the token
    // file). False with *error when it is not stored or cannot be written.
    [[nodiscard]] static bool switchTo(const QString &name, QString *error, const Env &env = CacheLocation::systemEnvironment());
    // HubDeck's record of the stored name last made active (signIn, switchTo) beside the token
    // file, one line, mode 0600: the token file holds only the token, so when two names hold
    // the same token nothing else says which one was chosen. huggingface_hub ignores it.
    [[nodiscard]] static QString activeTokenNamePath(const Env &env = CacheLocation::systemEnvironment());
    // The recorded name, when the stored token of that name is still the token file's; else
    // empty (never recorded, or `hf auth switch` changed the token since).
    [[nodiscard]] static QString activeTokenName(const Env &env = CacheLocation::systemEnvironment());
    // Plain http:// is only for loopback (tests, local mirrors); a token never crosses a network in clear.
    [[nodiscard]] static bool isSafeEndpoint(const QString &endpoint);

private:
    // Writes activeTokenNamePath(); true even when it cannot (see there).
    static bool recordActiveName(const QString &name, const Env &env);
};

} // namespace hubdeck
