// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "OutputFormat.h"

#include "AgentDetector.h"

namespace hubdeck::cli {

QStringList OutputFormat::values(bool withCsv)
{
    QStringList values{QStringLiteral("agent"), QStringLiteral("auto"),  QStringLiteral("human"),
                       QStringLiteral("json"),  QStringLiteral("quiet"), QStringLiteral("table")};
    if (withCsv)
        values.append(QStringLiteral("csv"));
    return values;
}

QString OutputFormat::invalidValue(const QString &value, bool withCsv)
{
    return QStringLiteral("Invalid value for '--format': '%1'. Valid values: %2.").arg(value, values(withCsv).join(QStringLiteral(", ")));
}

QString OutputFormat::name(Mode mode)
{
    switch (mode) {
    case Mode::Human:
        return QStringLiteral("human");
    case Mode::Agent:
        return QStringLiteral("agent");
    case Mode::Json:
        return QStringLiteral("json");
    case Mode::Quiet:
        return QStringLiteral("quiet");
    case Mode::Csv:
        return QStringLiteral("csv");
    }
    return QString();
}

std::optional<OutputFormat::Mode> OutputFormat::take(QStringList &arguments, QString *error, const QProcessEnvironment &env)
{
    std::optional<Mode> chosen;
    bool automatic = true;
    QString flag; // the first formatting flag seen, as typed
    const auto fromValue = [&](const QString &value) -> bool {
        automatic = value == u"auto";
        if (value == u"human" || value == u"table")
            chosen = Mode::Human;
        else if (value == u"agent")
            chosen = Mode::Agent;
        else if (value == u"json")
            chosen = Mode::Json;
        else if (value == u"quiet")
            chosen = Mode::Quiet;
        else if (value == u"csv")
            chosen = Mode::Csv;
        else if (!automatic) {
            // csv only where it is valid (`cache ls`): listed for another command, which then
            // refused it, it misled (attack N21 c).
            *error = invalidValue(value, arguments.size() > 2 && arguments.at(1) == u"cache" && arguments.at(2) == u"ls");
            return false;
        }
        return true;
    };
    // The first is checked before the second's value, so the answer is "mutually exclusive"
    // rather than about a bad value, as hf answers.
    const auto second = [&](const QString &next) {
        if (flag.isEmpty()) {
            flag = next;
            return false;
        }
        // The same option twice is not two that exclude each other (attack report 18, G6).
        *error = flag == next ? QStringLiteral("'%1' is given twice: give it once.").arg(flag)
                              : QStringLiteral("'%1' and '%2' are mutually exclusive.").arg(flag, next);
        return true;
    };
    for (qsizetype i = 0; i < arguments.size();) {
        const QString argument = arguments[i];
        if (argument == u"--")
            break;
        if (argument == u"--format") {
            if (second(argument))
                return std::nullopt;
            // An option where the value should be ("--format --dir X") is a forgotten value,
            // not a format named "--dir".
            if (i + 1 >= arguments.size() || (arguments[i + 1].startsWith(u'-') && arguments[i + 1].size() > 1)) {
                *error = QStringLiteral("Option '--format' requires a value.");
                return std::nullopt;
            }
            if (!fromValue(arguments[i + 1]))
                return std::nullopt;
            arguments.remove(i, 2);
        } else if (argument.startsWith(QStringLiteral("--format="))) {
            if (second(QStringLiteral("--format")) || !fromValue(argument.mid(9)))
                return std::nullopt;
            arguments.remove(i);
        } else if (argument == u"--json") {
            if (second(argument))
                return std::nullopt;
            automatic = false;
            chosen = Mode::Json;
            arguments.remove(i);
        } else if (argument == u"-q" || argument == u"--quiet") {
            if (second(argument))
                return std::nullopt;
            automatic = false;
            chosen = Mode::Quiet;
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    if (automatic)
        return AgentDetector::isAgent(env) ? Mode::Agent : Mode::Human;
    return chosen;
}

} // namespace hubdeck::cli
