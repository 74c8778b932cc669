// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "TextTable.h"

#include "PrintableText.h"

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
        widths[c] = m_headers[c].size();
        for (const QStringList &row : m_rows)
            widths[c] = std::max(widths[c], row.value(c).size());
    }
    QList<QStringList> rows = m_rows;
    if (maxWidth > 0) {
        // Shrink the widest column that is still above its floor (its header, at least 4)
        // until the table fits, as hf's _truncate_columns does.
        const qsizetype budget = maxWidth - (columns - 1);
        auto floor = [&](qsizetype c) { return std::max<qsizetype>(m_headers[c].size(), 4); };
        while (std::accumulate(widths.cbegin(), widths.cend(), qsizetype(0)) > budget) {
            qsizetype widest = -1;
            for (qsizetype c = 0; c < columns; ++c)
                if (widths[c] > floor(c) && (widest < 0 || widths[c] > widths[widest]))
                    widest = c;
            if (widest < 0)
                break;
            --widths[widest];
        }
        for (QStringList &row : rows)
            for (qsizetype c = 0; c < columns && c < row.size(); ++c)
                if (row[c].size() > widths[c]) {
                    row[c] = row[c].left(widths[c] - 3) + QStringLiteral("...");
                    if (truncated)
                        *truncated = true;
                }
    }
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString cell = cells.value(c);
            padded.append(m_rightAligned.contains(int(c)) ? cell.rightJustified(widths[c]) : cell.leftJustified(widths[c]));
        }
        return padded.join(u' ');
    };
    QStringList lines{line(m_headers)};
    QStringList rule;
    for (qsizetype width : std::as_const(widths))
        rule.append(QString(width, u'-'));
    lines.append(rule.join(u' '));
    for (const QStringList &row : std::as_const(rows))
        lines.append(line(row));
    return lines.join(u'\n');
}

} // namespace hubdeck::cli
