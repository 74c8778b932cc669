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
    // Fails the current test (QVERIFY/QCOMPARE) when `actual` differs from the file. Allocated
    // bytes depend on the filesystem the test runs on (4 KiB blocks, btrfs's inline files): a
    // JSON's "expected_freed_on_disk" number is kept as "@BLOCKS@" (tst_trustedges and
    // tst_removefile check that figure against st_blocks).
    static void compare(const QString &name, const QString &output);
    // The folder of the running test's golden files.
    [[nodiscard]] static QString folder();
};

} // namespace hubdeck::test
