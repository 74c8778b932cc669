// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace hubdeck::test {

// Golden outputs: what a command printed, compared with a file kept in
// tests/golden/<test executable>/<name> (HUBDECK_GOLDEN_DIR, set by ctest). `.json` files
// are compared as parsed documents, everything else byte for byte (trailing spaces
// included). With HUBDECK_UPDATE_GOLDEN=1 the file is rewritten instead: read the diff
// line by line before committing it (tests/golden/README.md).
class GoldenFile
{
public:
    // Fails the current test (QVERIFY/QCOMPARE) when `actual` differs from the file.
    static void compare(const QString &name, const QString &actual);
    // The folder of the running test's golden files.
    [[nodiscard]] static QString folder();
};

} // namespace hubdeck::test
