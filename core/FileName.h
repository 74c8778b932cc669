// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QString>

namespace hubdeck {

// File names as HubDeck keeps them: Linux names are bytes and need not be valid UTF-8, and a
// name must survive the round trip to be removed.
class FileName
{
public:
    // A file name's bytes as a QString and back, losslessly: encode(decode(bytes)) == bytes for
    // every byte string, and decode(encode(s)) == s for every string decode returns. This is
    // Python's os.fsdecode/os.fsencode on a UTF-8 system ("surrogateescape"), the form
    // huggingface_hub's own paths take: well-formed UTF-8 decodes as usual, and each byte that
    // is not part of a well-formed sequence becomes the lone surrogate U+DC80..U+DCFF
    // (U+DC00 + byte), which no well-formed UTF-8 produces. QFile::decodeName would turn such
    // a byte into U+FFFD, and the name read would no longer be the name to remove.
    // A string with any other lone surrogate cannot come from decode and names no file:
    // encode returns an empty name for it (every *at() call then fails with ENOENT).
    // Never show these strings as they are: PrintableText makes them safe to print.
    [[nodiscard]] static QString decode(const QByteArray &name);
    [[nodiscard]] static QByteArray encode(const QString &name);
    // The first of the 128 lone surrogates decode uses: byte 0x80 + n becomes U+DC80 + n.
    static constexpr char16_t kEscapeBase = 0xDC00;
};

} // namespace hubdeck
