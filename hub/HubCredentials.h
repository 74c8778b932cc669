// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

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
    [[nodiscard]] static QString endpoint(const Env &env = Env::systemEnvironment());
    // An explicit token (--token) wins, then HF_TOKEN, then the file at HF_TOKEN_PATH, then $HF_HOME/token.
    [[nodiscard]] static QString token(const QString &explicitToken = {}, const Env &env = Env::systemEnvironment());
    [[nodiscard]] static QString tokenPath(const Env &env = Env::systemEnvironment());
    // Written atomically with mode 0600.
    [[nodiscard]] static bool saveToken(const QString &token, QString *error, const Env &env = Env::systemEnvironment());
    [[nodiscard]] static bool removeToken(QString *error, const Env &env = Env::systemEnvironment());
    // Plain http:// is only for loopback (tests, local mirrors); a token never crosses a network in clear.
    [[nodiscard]] static bool isSafeEndpoint(const QString &endpoint);
};

} // namespace hubdeck
