// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "TextTable.h"

#include "PrintableText.h"
#include "TerminalCells.h"

#include <QJsonObject>

#include <algorithm>
#include <numeric>

namespace hubdeck::cli {

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
{}

void TextTable::addRow(QStringList cells)
{
    for (QString &cell : cells)
        cell = PrintableText::line(cell);
    m_rows.append(std::move(cells));
    m_agentRows.append(QStringList());
}

void TextTable::addRow(QStringList cells, QStringList agentCells)
{
    addRow(std::move(cells));
    for (QString &cell : agentCells)
        cell = PrintableText::line(cell);
    m_agentRows.last() = std::move(agentCells);
}

QString TextTable::tabSeparated() const
{
    // Cells are whole: addRow escaped every tab and line break (PrintableText::line), so none
    // starts a column or a row, and runs of spaces stay, as they tell names apart (attack report
    // 19, H1: "a  b" read as "a b", and the name given back reached the other entry).
    const auto line = [](const QStringList &cells) { return cells.join(u'\t') + u'\n'; };
    QStringList headers;
    for (const QString &header : m_headers)
        headers.append(header.toLower());
    QString text = line(headers);
    for (qsizetype r = 0; r < m_rows.size(); ++r)
        text += line(m_agentRows[r].isEmpty() ? m_rows[r] : m_agentRows[r]);
    return text;
}

QJsonArray TextTable::toJson() const
{
    QJsonArray rows;
    for (const QStringList &row : m_rows) {
        QJsonObject object;
        for (qsizetype c = 0; c < m_headers.size(); ++c)
            object.insert(m_headers[c].toLower(), row.value(c));
        rows.append(object);
    }
    return rows;
}

QStringList TextTable::ids() const
{
    QStringList ids;
    for (const QStringList &row : m_rows)
        ids.append(row.value(m_idColumn));
    return ids;
}

QString TextTable::render(int maxWidth, bool *truncated) const
{
    if (truncated)
        *truncated = false;
    const qsizetype columns = m_headers.size();
    QList<qsizetype> widths(columns, 0);
    for (qsizetype c = 0; c < columns; ++c) {
        // In terminal cells, not characters: a row of CJK or emoji lines up and fits (H3).
        widths[c] = TerminalCells::width(m_headers[c]);
        for (const QStringList &row : m_rows)
            widths[c] = std::max<qsizetype>(widths[c], TerminalCells::width(row.value(c)));
    }
    QList<qsizetype> shown(columns);
    std::iota(shown.begin(), shown.end(), qsizetype(0));
    QList<QStringList> rows = m_rows;
    if (maxWidth > 0) {
        // A figure is never cut ("4..." of 442.0K reads as four): right-aligned columns keep
        // their width; the others not below their header (at least 4).
        const QList<qsizetype> whole = widths;
        auto least = [&](qsizetype c) {
            return m_rightAligned.contains(int(c)) ? whole[c] : std::min(whole[c], std::max<qsizetype>(m_headers[c].size(), 4));
        };
        auto floor = [&](qsizetype c) {
            if (m_rightAligned.contains(int(c)))
                return whole[c];
            return std::min(whole[c], std::max<qsizetype>(least(c), m_floors.value(int(c), 0)));
        };
        auto sum = [&](auto width) {
            qsizetype total = qsizetype(shown.size()) - 1;
            for (qsizetype c : std::as_const(shown))
                total += width(c);
            return total;
        };
        // Columns that may go come out first, in their order, while the others do not fit
        // whole: a column left out (said by the hint) beats cells cut to "RUNTI...".
        for (int dropped : m_droppable) {
            if (sum([&](qsizetype c) { return m_floors.isEmpty() ? whole[c] : floor(c); }) <= maxWidth)
                break;
            if (shown.removeOne(qsizetype(dropped)) && truncated)
                *truncated = true;
        }
        if (m_cutFirst >= 0 && shown.contains(qsizetype(m_cutFirst))) {
            const qsizetype down = std::max<qsizetype>(m_cutFirstWidth, floor(m_cutFirst));
            while (widths[m_cutFirst] > down && sum([&](qsizetype c) { return widths[c]; }) > maxWidth)
                --widths[m_cutFirst];
        }
        // Shrink the widest column that is still above its floor until the table fits, as
        // hf's _truncate_columns does; but the id column only when no other can give more (hf
        // cuts the widest first, often the id: "alice/my-sp...", the one cell a reader needs
        // whole to act on the row).
        auto widestAbove = [&](bool idToo, auto bound) {
            qsizetype widest = -1;
            for (qsizetype c : std::as_const(shown))
                if ((idToo || c != m_idColumn) && widths[c] > bound(c) && (widest < 0 || widths[c] > widths[widest]))
                    widest = c;
            return widest;
        };
        while (sum([&](qsizetype c) { return widths[c]; }) > maxWidth) {
            qsizetype widest = widestAbove(!m_idCutLast, floor);
            if (widest < 0)
                widest = widestAbove(true, floor);
            // Floors are what a cell needs to say something; a terminal narrower than all of
            // them still gets a table that fits, as hf's does (H6: 80 columns on a 40-column
            // terminal wrapped every row).
            if (widest < 0)
                widest = widestAbove(true, least);
            if (widest < 0)
                break;
            --widths[widest];
        }
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QStringList &row = rows[r];
            for (qsizetype c : std::as_const(shown)) {
                if (c < row.size() && TerminalCells::width(row[c]) > widths[c]) {
                    if (const qsizetype ending = m_cutEndings.value(r, 0); c == m_cutMiddle && ending > 0 && ending < row[c].size()) {
                        row[c].chop(ending);
                        if (truncated)
                            *truncated = true;
                        if (TerminalCells::width(row[c]) + 3 <= widths[c]) {
                            row[c] += QStringLiteral("...");
                            continue;
                        }
                    }
                    if (TerminalCells::width(row[c]) <= widths[c])
                        continue;
                    // Cut between whole characters (H4: half an emoji showed as "\ud83d").
                    const int kept = int(widths[c] - 3);
                    const int head = c == m_cutMiddle ? kept * 2 / 5 : kept; // the leaf is the longer part
                    const QString start = TerminalCells::left(row[c], head);
                    row[c] = start + QStringLiteral("...") + TerminalCells::right(row[c], kept - TerminalCells::width(start));
                    if (truncated)
                        *truncated = true;
                }
            }
        }
    }
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype c : std::as_const(shown)) {
            const QString cell = cells.value(c);
            padded.append(TerminalCells::padded(cell, int(widths[c]), m_rightAligned.contains(int(c))));
        }
        return padded.join(u' ');
    };
    QStringList lines{line(m_headers)};
    QStringList rule;
    for (qsizetype c : std::as_const(shown))
        rule.append(QString(widths[c], u'-'));
    lines.append(rule.join(u' '));
    for (const QStringList &row : std::as_const(rows))
        lines.append(line(row));
    return lines.join(u'\n');
}

} // namespace hubdeck::cli
