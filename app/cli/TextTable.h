// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QHash>
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
    // What -q prints, one per line: hf's id_key (the first column unless said otherwise); on a
    // narrow terminal it is the last column cut.
    void setIdColumn(int column) { m_idColumn = column; }
    // Whether render() cuts the id column only after every other (true by default); false
    // shrinks the widest column first, as hf's _truncate_columns does everywhere.
    void setIdCutLast(bool last) { m_idCutLast = last; }
    // Columns render() may leave out, in this order, while the table does not fit whole
    // (columns of "RUNTI..." and "g..." cells tell little).
    void setDroppable(QList<int> columns) { m_droppable = std::move(columns); }
    // A column render() cuts before any other, down to `width` (not below its floor), when the
    // table does not fit: names far wider than the rest (a home's entries pass 100 characters)
    // would otherwise leave every other column cut to "d...".
    void setCutFirst(int column, int width)
    {
        m_cutFirst = column;
        m_cutFirstWidth = width;
    }
    // The fewest cells render() cuts the column down to while another column can give (never
    // below its header), where a cut cell would say nothing: "d..." for "dataset cache". With
    // floors set, droppable columns go while the table does not fit with its columns at their
    // floors, rather than whole (a note of 80 characters would otherwise drop them on any
    // terminal). A width at least the column's widest cell keeps it whole: dropped, never cut.
    void setFloor(int column, int width) { m_floors.insert(column, width); }
    // Cells of this column that must be cut lose their middle ("datasets/o...___set-004"),
    // not their end: paths differ at their leaf, which an end cut takes from every row alike.
    void setCutMiddle(int column) { m_cutMiddle = column; }
    // With setCutMiddle: the last row added, when its cell of that column must be cut, loses its
    // last `characters` first, where another cell of the row says what they mean
    // (".hubdeck-deleting" beside the kind "interrupted deletion"): the middle that tells one
    // row from another stays (attack W12: "datasets/h...ck-deleting" on 80 columns).
    void setLastRowEndingCutFirst(qsizetype characters) { m_cutEndings.insert(qsizetype(m_rows.size()) - 1, characters); }
    [[nodiscard]] QStringList ids() const;
    // Each cell stays on its one line whatever it holds (PrintableText::line); names in it
    // should be escaped with PrintableText::name first, which also makes them unambiguous.
    void addRow(QStringList cells);
    // A row whose agent output (tabSeparated) differs from what a person reads, as hf's does
    // where its value is not a string: a list of refs is "['main', 'v1']" there.
    void addRow(QStringList cells, QStringList agentCells);
    [[nodiscard]] bool isEmpty() const { return m_rows.isEmpty(); }
    // maxWidth > 0 fits the table in that many terminal cells (TerminalCells: a wide character
    // takes two) as hf does on narrow terminals (the widest column cut first, with "..."), but:
    // droppable columns go before any is cut, the id column is cut last (setIdCutLast), floors
    // hold until nothing else can give, right-aligned figures are never cut. *truncated then
    // says whether a cell lost characters or a column was left out.
    [[nodiscard]] QString render(int maxWidth = 0, bool *truncated = nullptr) const;
    // hf's agent table: the headers in lower case, then one line per row, cells whole (never
    // truncated, spaces kept), tab-separated; a tab or line break in a value is escaped
    // (addRow), so none starts a column. Ends with a newline.
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
    bool m_idCutLast = true;
    QList<int> m_droppable;
    QHash<int, int> m_floors;
    int m_cutMiddle = -1;
    QHash<qsizetype, qsizetype> m_cutEndings; // by row: setLastRowEndingCutFirst
    int m_cutFirst = -1;
    int m_cutFirstWidth = 0;
};

} // namespace hubdeck::cli
