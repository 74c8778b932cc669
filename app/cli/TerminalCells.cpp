// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "TerminalCells.h"

#include <QTextBoundaryFinder>

#include <clocale>
#include <cwchar>
#include <locale.h>

namespace hubdeck::cli {

namespace {

// wcwidth() follows the calling thread's LC_CTYPE: a UTF-8 one is set for the call only, so the
// process keeps the locale it runs in (a C locale gives -1 for every character past ASCII).
locale_t utf8Locale()
{
    static const locale_t locale = [] {
        for (const char *name : {"C.UTF-8", "C.utf8", "en_US.UTF-8"})
            if (const locale_t loaded = ::newlocale(LC_CTYPE_MASK, name, locale_t(nullptr)))
                return loaded;
        return locale_t(nullptr);
    }();
    return locale;
}

int fallbackWidth(char32_t c)
{
    if (QChar::isMark(c) || QChar::category(c) == QChar::Other_Format)
        return 0;
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) || (c >= 0xAC00 && c <= 0xD7A3) ||
                      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F900 && c <= 0x1F9FF) ||
                      (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}

class Cells
{
public:
    Cells()
        : m_locale(utf8Locale())
        , m_previous(m_locale ? ::uselocale(m_locale) : locale_t(nullptr))
    {}
    ~Cells()
    {
        if (m_locale)
            ::uselocale(m_previous);
    }
    Cells(const Cells &) = delete;
    Cells &operator=(const Cells &) = delete;

    [[nodiscard]] int of(char32_t c) const
    {
        if (c >= 0x20 && c < 0x7F)
            return 1;
        if (!m_locale)
            return fallbackWidth(c);
        const int cells = ::wcwidth(wchar_t(c));
        return cells < 0 ? 1 : cells; // unassigned: as the replacement glyph a terminal draws
    }
    [[nodiscard]] int of(QStringView text) const
    {
        int cells = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            char32_t c = text[i].unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
                c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
            cells += of(c);
        }
        return cells;
    }

private:
    locale_t m_locale;
    locale_t m_previous;
};

bool isAscii(QStringView text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x7F || c.unicode() < 0x20)
            return false;
    return true;
}

} // namespace

int TerminalCells::width(QStringView text)
{
    if (isAscii(text))
        return int(text.size());
    return Cells().of(text);
}

QString TerminalCells::left(const QString &text, int cells)
{
    if (isAscii(text))
        return text.left(std::max(cells, 0));
    const Cells measure;
    QTextBoundaryFinder clusters(QTextBoundaryFinder::Grapheme, text);
    qsizetype end = 0;
    int used = 0;
    for (qsizetype next = clusters.toNextBoundary(); next > 0; next = clusters.toNextBoundary()) {
        used += measure.of(QStringView(text).mid(end, next - end));
        if (used > cells)
            break;
        end = next;
    }
    return text.left(end);
}

QString TerminalCells::right(const QString &text, int cells)
{
    if (isAscii(text))
        return text.right(std::max(cells, 0));
    const Cells measure;
    QTextBoundaryFinder clusters(QTextBoundaryFinder::Grapheme, text);
    clusters.toEnd();
    qsizetype start = text.size();
    int used = 0;
    for (qsizetype previous = clusters.toPreviousBoundary(); previous >= 0; previous = clusters.toPreviousBoundary()) {
        used += measure.of(QStringView(text).mid(previous, start - previous));
        if (used > cells)
            break;
        start = previous;
        if (previous == 0)
            break;
    }
    return text.mid(start);
}

QString TerminalCells::padded(const QString &text, int cells, bool rightAligned)
{
    const int missing = cells - width(text);
    if (missing <= 0)
        return text;
    return rightAligned ? QString(missing, u' ') + text : text + QString(missing, u' ');
}

} // namespace hubdeck::cli
