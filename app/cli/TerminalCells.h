// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace hubdeck::cli {

// Text as a terminal lays it out, for tables that line up and fit (attack report 19, H3, H4):
// a character of East Asian width takes two cells, a combining mark none, and a cut keeps whole
// characters (grapheme clusters: an emoji with its modifier, a letter with its marks). Cell
// counts are glibc's wcwidth() in a UTF-8 locale (C.UTF-8, whatever the user's locale), which is
// what terminals and Python's wcwidth package follow; where no UTF-8 locale can be loaded, marks
// and format characters take none, the Unicode blocks of wide scripts two, others one. Text is
// shown after PrintableText, so it holds no control character.
class TerminalCells
{
public:
    // The cells text takes on one line.
    [[nodiscard]] static int width(QStringView text);
    // The longest start of text of whole grapheme clusters that takes at most cells cells.
    [[nodiscard]] static QString left(const QString &text, int cells);
    // The longest end of text of whole grapheme clusters that takes at most cells cells.
    [[nodiscard]] static QString right(const QString &text, int cells);
    // text with spaces after (or before, rightAligned) up to cells cells; as it is when wider.
    [[nodiscard]] static QString padded(const QString &text, int cells, bool rightAligned = false);
};

} // namespace hubdeck::cli
