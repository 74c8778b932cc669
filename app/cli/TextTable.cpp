#include "TextTable.h"

#include <algorithm>
#include <numeric>

namespace hubdeck::cli {

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
{
}

QString TextTable::render(int maxWidth) const
{
    const qsizetype columns = m_headers.size();
    QList<qsizetype> widths(columns, 0);
    for (qsizetype c = 0; c < columns; ++c) {
        widths[c] = m_headers[c].size();
        for (const QStringList &row : m_rows)
            widths[c] = std::max(widths[c], row.value(c).size());
    }
    QList<QStringList> rows = m_rows;
    if (maxWidth > 0) {
        // Shrink the widest column until the table fits, never below its header.
        const qsizetype budget = maxWidth - (columns - 1);
        while (std::accumulate(widths.cbegin(), widths.cend(), qsizetype(0)) > budget) {
            const auto widest = std::max_element(widths.begin(), widths.end());
            const qsizetype c = widest - widths.begin();
            if (*widest <= std::max<qsizetype>(m_headers[c].size(), 4))
                break;
            --*widest;
        }
        for (QStringList &row : rows)
            for (qsizetype c = 0; c < columns && c < row.size(); ++c)
                if (row[c].size() > widths[c])
                    row[c] = row[c].left(widths[c] - 1) + QChar(0x2026);
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
