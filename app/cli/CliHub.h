#pragma once

#include "CliOutput.h"
#include "HubClient.h"

#include <QCommandLineParser>
#include <QEventLoop>

#include <memory>

namespace hubdeck::cli {

// What every Hub command shares: --token, --timeout, --format; the client built from them;
// and a way to wait for an asynchronous call from a synchronous command.
class CliHub
{
public:
    CliHub();
    void addOptions(QCommandLineParser &parser);
    // After parsing: false (with the message in *error) when an option is invalid.
    [[nodiscard]] bool configure(const QCommandLineParser &parser, QString *error);
    [[nodiscard]] HubClient &client() { return *m_client; }
    [[nodiscard]] bool json() const { return m_json; }
    [[nodiscard]] bool hasToken() const { return !m_token.isEmpty(); }

    template <typename T>
    [[nodiscard]] HubResult<T> wait(const std::function<void(HubCallback<T>)> &call)
    {
        HubResult<T> result;
        QEventLoop loop;
        call([&](HubResult<T> r) {
            result = std::move(r);
            loop.quit();
        });
        loop.exec();
        return result;
    }

    // Valid Space ids look like owner/name.
    [[nodiscard]] static bool isSpaceId(const QString &id);

private:
    QCommandLineOption m_tokenOption;
    QCommandLineOption m_timeoutOption;
    QCommandLineOption m_formatOption;
    std::unique_ptr<HubClient> m_client;
    QString m_token;
    bool m_json = false;
};

} // namespace hubdeck::cli
