// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include "JsonStreamWriter.h"
#include "OutputFormat.h"

#include <QString>
#include <QTextStream>

#include <functional>

class QJsonArray;
class QJsonObject;

namespace hubdeck::cli {

class TextTable;

// stdout for results, stderr for warnings, hints and errors, as hf does, so a script can pipe
// the output without the chatter.
// Nothing printed here reaches the terminal raw: control characters (ESC, CR...) and bytes
// that are not UTF-8 are shown as escapes (PrintableText::lines); warnings, hints and errors
// are one line each (PrintableText::line). Callers escape each name with
// PrintableText::name() where they put it in a sentence, which makes it unambiguous.
// JSON is printed as given (JSON escapes control characters itself, and the characters it
// leaves raw that a terminal would obey are escaped as \uXXXX); documents that carry names
// from the disk escape them first (ScanJson, PrintableText::json).
class CliOutput
{
public:
    CliOutput();
    void text(const QString &line);
    void raw(const QString &text);
    // hf's out.result. message's first line is the sentence; its next lines may be details,
    // "  key: value" each. By mode:
    //   human: "✓ " and the message as given (hf's check mark tells a done change from a listing);
    //   agent: the details as "key=value" pairs on one line, or the sentence when there are none;
    //   json:  the details as one compact JSON object (numbers and True/False as JSON's), or
    //          nothing when there are none;
    //   quiet: the first detail's value, or nothing.
    void success(const QString &message);
    // Indented, so every --format json answer reads the same to scripts and to eyes.
    void json(const QJsonObject &document);
    void json(const QJsonArray &document);
    // One JSON document streamed to stdout while write() makes it, for listings of any size:
    // write gets a writer (JsonStreamWriter::Escapes::TerminalSafe) before the document and
    // writes one object or array with it (beginObject() ... endObject()); what it writes
    // reaches stdout in chunks of about 64 KiB, and all of it before jsonStream returns. The
    // bytes are those json() prints for a QJsonObject/QJsonArray of the same members written in
    // QJsonObject's key order. Printed in every mode: commands call it in json mode.
    void jsonStream(const std::function<void(JsonStreamWriter &)> &write);
    // Quiet's listing of a report that is not a table: each id on a line of its own (made
    // printable); nothing in the other modes, which print the report their own way.
    void ids(const QStringList &ids);
    void warning(const QString &message);
    // hf's list-shaped warning: the message, then "  - item" on a line of its own for each item.
    void warningList(const QString &message, const QStringList &items);
    void hint(const QString &message);
    // On stderr without "Error:": the user's own stop (Ctrl+C, SIGTERM) is not a failure of ours.
    void stopped(const QString &summary);
    void error(const QString &message);
    // True when the user typed y or yes at the prompt.
    [[nodiscard]] bool confirm(const QString &question);
    // hf's out.confirm outside human mode: nothing is asked (an agent or a script cannot
    // answer), the error "<question> Use --yes to skip confirmation." is printed and true is
    // returned; the command then ends with exit code 1 as hf does. False in human mode.
    [[nodiscard]] bool refusesToAsk(const QString &question);
    // Reads a line from stdin without echo when it is a terminal; the prompt goes to stderr.
    [[nodiscard]] static QString readHidden(const QString &prompt);
    [[nodiscard]] static bool stdinIsTerminal();
    [[nodiscard]] static bool stdoutIsTerminal();
    // The width to fit a table in, as Python's shutil.get_terminal_size finds it for hf:
    // $COLUMNS, else the terminal's, else 80; 0 (no truncation) after --no-truncate.
    [[nodiscard]] static int terminalWidth();
    static void setNoTruncate(bool noTruncate);
    // The output mode of this run (main sets it from the global flags; Human until then).
    // Quiet (hf's -q): tables print their ids one per line, results their first value; text
    // and hints stay quiet; warnings and errors still go to stderr.
    static void setMode(OutputFormat::Mode mode);
    [[nodiscard]] static OutputFormat::Mode mode();
    [[nodiscard]] static bool isQuiet() { return mode() == OutputFormat::Mode::Quiet; }
    [[nodiscard]] static bool isJson() { return mode() == OutputFormat::Mode::Json; }
    // Human or csv: a person may be reading, so questions and progress lines are allowed.
    [[nodiscard]] static bool isHuman() { return mode() == OutputFormat::Mode::Human || mode() == OutputFormat::Mode::Csv; }
    // By mode: human, a table fitted to terminalWidth() with hf's hint on stderr when a cell
    // was cut; agent, TextTable::tabSeparated(); json, TextTable::toJson() compact; quiet, the ids.
    void table(const TextTable &table);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace hubdeck::cli
