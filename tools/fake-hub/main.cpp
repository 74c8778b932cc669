// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

// A fake Hub on 127.0.0.1 for manual runs and screenshots:
//   hubdeck-fake-hub [--spaces N] [--rate-limit Q]
// prints its endpoint and token, serves until killed. --spaces adds N more Spaces of alice
// and her organisation (one in 50 building), to see the Spaces page at scale; --rate-limit
// gives the API a budget of Q requests per 5 minutes, with the Hub's RateLimit headers and
// 429s past it.
// Point HubDeck at it with HF_ENDPOINT=<endpoint> HF_TOKEN=<token>.
#include "FakeHub.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption spaces(QStringLiteral("spaces"), QStringLiteral("Add N Spaces."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"), QStringLiteral("Allow Q API requests per 5 minutes."),
                                       QStringLiteral("Q"), QStringLiteral("0"));
    parser.addOptions({spaces, rateLimit});
    parser.process(app);
    hubdeck::test::FakeHub hub;
    if (!hub.listen())
        return 1;
    hub.addDemoSpaces();
    const int more = std::max(0, parser.value(spaces).toInt());
    for (int i = 0; i < more; ++i)
        hub.addSpace(QStringLiteral("%1/space-%2").arg(i % 2 ? QStringLiteral("acme") : hub.user).arg(i, 4, 10, QLatin1Char('0')),
                     i % 50 == 7 ? QStringLiteral("BUILDING") : QStringLiteral("RUNNING"));
    hub.pageSize = 1000;
    hub.rateLimitQuota = std::max(0, parser.value(rateLimit).toInt());
    std::printf("HF_ENDPOINT=%s HF_TOKEN=%s\n", qPrintable(hub.endpoint()), qPrintable(hub.token));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
