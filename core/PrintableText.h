// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace hubdeck {

// Names from the disk made safe to show. A file name is any bytes but '/' and NUL: it may
// hold bytes that are not UTF-8 (FileName::decode keeps each as a lone surrogate U+DC80+byte),
// newlines that would split a warning or a table row, and ESC sequences that a terminal would
// obey. Nothing read from the disk reaches a terminal or a label unescaped.
//
// The escapes (Python's repr and the C escapes, so they read as what they are):
//   a byte that is not UTF-8      \xNN with NN >= 80 ("b\xff\xfe")
//   C0 controls and DEL           \n \t \r, else \xNN with NN < 80 (ESC is \x1b)
//   every other character Python's str.isprintable() rejects but the space: C1 controls,
//   format characters (the bidirectional controls that reorder what a line shows, the
//   invisible ones: U+200B, U+2062, U+00AD, the tag characters), private use, unassigned code
//   points, the line and paragraph separators  \u0085, \u202e, \U000e0041 beyond U+FFFF
//   any other lone surrogate      \udXXX
// In names only (name()), also: a space other than U+0020 (\u00a0), a space at either end
// (\x20), and in a name that is not in NFC the code points NFC would change (its combining
// marks: "cafe\u0301" beside "café").
// Everything else, every printable letter of every script included, is shown as it is.
class PrintableText
{
public:
    // One name (a folder, a file, a ref, a repo id, a path), unambiguous: a backslash is
    // doubled, so "\xff" is always the byte and "\\xff" the four characters. Never contains
    // a control character, a lone surrogate or a line break. parseName undoes it.
    [[nodiscard]] static QString name(const QString &name);
    // Each name through name(), joined: "main, v\xff".
    [[nodiscard]] static QString names(const QStringList &names, const QString &separator);
    // A message that names things (a warning, an error, a scan's corruption message): one
    // line, with the same escapes as name() but backslashes kept as they are, so a name that
    // is already escaped in it is not escaped twice.
    [[nodiscard]] static QString line(const QString &message);
    // Like line(), but its '\n's stay: for output made of several lines (a table, a summary)
    // whose names were each escaped with name() first.
    [[nodiscard]] static QString lines(const QString &text);
    // What name() made, back to the name: "b\xff" -> "b" + U+DCFF. nullopt when text holds a
    // backslash that starts no escape name() writes (so it was not made by name()).
    [[nodiscard]] static std::optional<QString> parseName(const QString &text);
    // A UTF-16 unit that is never shown as it is: C0 and C1 controls, DEL, and the other
    // characters of the BMP Python's str.isprintable() rejects but spaces (listed above); not a
    // surrogate, whose pair is a character of its own.
    [[nodiscard]] static bool isControl(char16_t c);
    // Whether name() would change anything but backslashes.
    [[nodiscard]] static bool needsEscape(const QString &name);
    // A tooltip or label text that Qt must show as plain text: Qt shows one as rich text when
    // it merely looks like HTML (a file named "<b>x" would), so such a text is escaped into
    // HTML that shows it as it is. Text without '<' or '&' is returned unchanged.
    [[nodiscard]] static QString plainToolTip(const QString &plain);
    // A JSON value with every string in it (arrays and objects included, keys left alone)
    // passed through name(): JSON escapes control characters itself, but a lone surrogate
    // (a byte that is not UTF-8) has no faithful JSON form, so names use the display form.
    [[nodiscard]] static QJsonValue json(const QJsonValue &value);

    // The raw form for scripts, beside the display form. A member whose string name() changes
    // (a byte that is not UTF-8, a control character, a backslash) gains a sibling member
    // "<key>_bytes" holding the name's own bytes (FileName::encode) in standard base64, so
    // that os.fsdecode(base64.b64decode(e["path_bytes"])) is the path to open. For an array
    // of strings, "<key>_bytes" is an array of the same length, every element in base64, when
    // any element needed it. A member that name() leaves as it is gets no sibling: its string
    // is the name (the case of every name the Hub gives). The same rule in every document.
    [[nodiscard]] static QString bytesKey(QStringView key) { return key.toString() + QStringLiteral("_bytes"); }
    // Base64 of the name's bytes; nullopt when name() shows it as it is.
    [[nodiscard]] static std::optional<QString> rawBytes(const QString &name);
    // Base64 of every name's bytes; empty when name() shows each of them as it is.
    [[nodiscard]] static QStringList rawBytes(const QStringList &names);
    // json(), with the "<key>_bytes" siblings added in every object, nested ones too.
    [[nodiscard]] static QJsonValue jsonWithBytes(const QJsonValue &value);
};

} // namespace hubdeck
