#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace hubdeck::test {

// hubdeck-cli (the HUBDECK_CLI the test environment names) run to its end while this
// process's event loop keeps running, so that a fake Hub in the test can answer it.
struct CliProcess
{
    int code = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;

    // env: set (value) or removed (null QString) on top of the test's environment, which
    // loses HF_TOKEN, HF_TOKEN_PATH, HF_ENDPOINT and COLUMNS first.
    [[nodiscard]] static CliProcess run(const QStringList &arguments, const QMap<QString, QString> &env, const QByteArray &input = {},
                                        int timeoutMs = 30000);
};

} // namespace hubdeck::test
