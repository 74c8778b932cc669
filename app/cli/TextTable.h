// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QJsonArray>
#include <QStringList>

namespace hubdeck::cli {

// huggingface_hub's tabulate: columns padded to their widest cell, one space apart, a dashed
// rule under the SCREAMING_SNAKE headers, trailing padding kept.
class TextTable
{
public:
    explicit TextTable(QStringList headers);
    void setRightAligned(int column) { m_rightAligned.append(column); }
    // What -q prints, one per line: hf's id_key (the first column unless said otherwise).
    void setIdColumn(int column) { m_idColumn = column; }
    [[nodiscard]] QStringList ids() const;
    // Each cell stays on its one line whatever it holds (PrintableText::line); names in it
    // should be escaped with PrintableText::name first, which also makes them unambiguous.
    void addRow(QStringList cells);
    // A row whose agent output (tabSeparated) differs from what a person reads, as hf's does
    // where its value is not a string: a list of refs is "['main', 'v1']" there.
    void addRow(QStringList cells, QStringList agentCells);
    [[nodiscard]] bool isEmpty() const { return m_rows.isEmpty(); }
    // maxWidth > 0 truncates the widest columns with "..." as hf does on narrow terminals;
    // *truncated then says whether a cell lost characters.
    [[nodiscard]] QString render(int maxWidth = 0, bool *truncated = nullptr) const;
    // hf's agent table: the headers in lower case, then one line per row, cells whole (never
    // truncated), tab-separated, each on one line with its runs of white space made one space
    // (a tab in a value would start a new column). Ends with a newline.
    [[nodiscard]] QString tabSeparated() const;
    // hf's table in json mode: one object per row, keyed by the lower-case headers, values as
    // strings.
    [[nodiscard]] QJsonArray toJson() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<QStringList> m_agentRows; // empty where the row reads the same to an agent
    QList<int> m_rightAligned;
    int m_idColumn = 0;
};

} // namespace hubdeck::cli
