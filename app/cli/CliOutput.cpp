// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "CliOutput.h"

#include "PrintableText.h"
#include "TextTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace hubdeck::cli {

CliOutput::CliOutput()
    : m_out(stdout)
    , m_err(stderr)
{}

void CliOutput::text(const QString &line)
{
    if (isQuiet())
        return;
    m_out << PrintableText::lines(line) << '\n';
    m_out.flush();
}

void CliOutput::raw(const QString &text)
{
    if (isQuiet())
        return;
    m_out << PrintableText::lines(text);
    m_out.flush();
}

void CliOutput::ids(const QStringList &ids)
{
    if (!isQuiet())
        return;
    for (const QString &id : ids)
        m_out << PrintableText::line(id) << '\n';
    m_out.flush();
}

void CliOutput::success(const QString &message)
{
    if (isHuman()) {
        text(QString(QChar(0x2713)) + u' ' + message);
        return;
    }
    QStringList lines = message.split(u'\n');
    const QString sentence = lines.takeFirst();
    QList<std::pair<QString, QString>> details;
    for (const QString &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        if (line.startsWith(QStringLiteral("  ")) && colon > 2)
            details.append({line.mid(2, colon - 2), line.mid(colon + 2)});
    }
    QString printed;
    switch (mode()) {
    case OutputFormat::Mode::Agent: {
        QStringList pairs;
        for (const auto &[key, value] : std::as_const(details))
            pairs.append(key + u'=' + value);
        printed = pairs.isEmpty() ? sentence : pairs.join(u' ');
        break;
    }
    case OutputFormat::Mode::Json: {
        if (details.isEmpty())
            return;
        QJsonObject object;
        for (const auto &[key, value] : std::as_const(details)) {
            bool isNumber = false;
            const qlonglong number = value.toLongLong(&isNumber);
            if (isNumber)
                object.insert(key, number);
            else if (value == u"True" || value == u"False")
                object.insert(key, value == u"True");
            else
                object.insert(key, value);
        }
        printed = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        break;
    }
    default: // quiet
        if (details.isEmpty())
            return;
        printed = details.first().second;
    }
    m_out << PrintableText::lines(printed) << '\n';
    m_out.flush();
}

void CliOutput::json(const QJsonObject &document)
{
    jsonStream([&](JsonStreamWriter &writer) { writer.value(document); });
}

void CliOutput::json(const QJsonArray &document)
{
    jsonStream([&](JsonStreamWriter &writer) { writer.value(document); });
}

void CliOutput::jsonStream(const std::function<void(JsonStreamWriter &)> &write)
{
    m_out.flush();
    // The C stream m_out writes to, so the two never overtake each other.
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle))
        return;
    {
        // QJsonDocument escapes C0 controls only; DEL, C1 controls and the characters that
        // reorder a line would reach the terminal raw. They can only stand inside strings,
        // where \uXXXX is the same character to every JSON reader.
        JsonStreamWriter writer(&out, JsonStreamWriter::Escapes::TerminalSafe);
        write(writer);
    }
    out.flush();
}

void CliOutput::warning(const QString &message)
{
    m_err << "Warning: " << PrintableText::line(message) << '\n';
    m_err.flush();
}

void CliOutput::warningList(const QString &message, const QStringList &items)
{
    m_err << "Warning: " << PrintableText::line(message);
    for (const QString &item : items)
        m_err << "\n  - " << PrintableText::line(item);
    m_err << '\n';
    m_err.flush();
}

void CliOutput::hint(const QString &message)
{
    if (isQuiet())
        return;
    m_err << "Hint: " << PrintableText::line(message) << '\n';
    m_err.flush();
}

void CliOutput::stopped(const QString &summary)
{
    m_err << "Stopped: " << PrintableText::line(summary) << '\n';
    m_err.flush();
}

void CliOutput::error(const QString &message)
{
    m_err << "Error: " << PrintableText::line(message) << '\n';
    m_err.flush();
}

bool CliOutput::refusesToAsk(const QString &question)
{
    if (isHuman())
        return false;
    error(question + QStringLiteral(" Use --yes to skip confirmation."));
    return true;
}

bool CliOutput::confirm(const QString &question)
{
    m_out << PrintableText::line(question) << " [y/N]: ";
    m_out.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == u"y" || answer == u"yes";
}

QString CliOutput::readHidden(const QString &prompt)
{
    QTextStream err(stderr);
    err << prompt;
    err.flush();
    termios old{};
    const bool tty = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString value = in.readLine();
    if (tty)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err << '\n';
    err.flush();
    return value;
}

bool CliOutput::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool CliOutput::stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

namespace {
bool g_noTruncate = false;
OutputFormat::Mode g_mode = OutputFormat::Mode::Human;
} // namespace

void CliOutput::setMode(OutputFormat::Mode mode)
{
    g_mode = mode;
}

OutputFormat::Mode CliOutput::mode()
{
    return g_mode;
}

void CliOutput::setNoTruncate(bool noTruncate)
{
    g_noTruncate = noTruncate;
}

void CliOutput::table(const TextTable &table)
{
    if (isQuiet()) {
        for (const QString &id : table.ids()) {
            m_out << PrintableText::line(id) << '\n';
        }
        m_out.flush();
        return;
    }
    if (mode() == OutputFormat::Mode::Agent) {
        m_out << table.tabSeparated();
        m_out.flush();
        return;
    }
    if (isJson()) {
        m_out << QString::fromUtf8(QJsonDocument(table.toJson()).toJson(QJsonDocument::Compact)) << '\n';
        m_out.flush();
        return;
    }
    bool truncated = false;
    text(table.render(terminalWidth(), &truncated));
    if (truncated)
        hint(QStringLiteral("Use `--no-truncate` or `--format json` to display full values."));
}

int CliOutput::terminalWidth()
{
    if (g_noTruncate)
        return 0;
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    if (ok && columns > 0)
        return columns;
    struct winsize size
    {
    };
    if (stdoutIsTerminal() && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return 80; // shutil.get_terminal_size's fallback: hf cuts piped tables too
}

} // namespace hubdeck::cli
