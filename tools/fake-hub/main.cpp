// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

// A fake Hub on 127.0.0.1 for manual runs and screenshots:
//   hubdeck-fake-hub            prints its endpoint and token, serves until killed
// Point HubDeck at it with HF_ENDPOINT=<endpoint> HF_TOKEN=<token>.
#include "FakeHub.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    hubdeck::test::FakeHub hub;
    if (!hub.listen())
        return 1;
    hub.addDemoSpaces();
    std::printf("HF_ENDPOINT=%s HF_TOKEN=%s\n", qPrintable(hub.endpoint()), qPrintable(hub.token));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
