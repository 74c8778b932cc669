// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "DotEnvFile.h"

#include "PrintableText.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

namespace hubdeck::cli {

namespace {

// load_dotenv's escapes, expanded in one pass so that "\\n" stays a backslash and an n.
QString unescape(const QString &value, bool doubleQuoted)
{
    QString result;
    result.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c != u'\\' || i + 1 >= value.size()) {
            result += c;
            continue;
        }
        const QChar next = value[i + 1];
        if (next == u'n')
            result += u'\n';
        else if (next == u't')
            result += u'\t';
        else if (next == u'"' || next == u'\\' || (doubleQuoted && next == u'$'))
            result += next;
        else
            result += QStringView(value).mid(i, 2);
        ++i;
    }
    return result;
}

// Whether `value` starts with a quote that appears nowhere after it. (A value that closes its
// quote and goes on, "a"b, is load_dotenv's to read: it keeps the quotes, and so do we.)
bool opensUnclosedQuote(const QString &value)
{
    return !value.isEmpty() && (value[0] == u'"' || value[0] == u'\'') && value.indexOf(value[0], 1) < 0;
}

} // namespace

void DotEnvFile::merge(QList<SpaceSetting> &into, const SpaceSetting &setting)
{
    for (SpaceSetting &existing : into) {
        if (existing.key == setting.key) {
            existing.value = setting.value;
            return;
        }
    }
    into.append(setting);
}

bool DotEnvFile::read(const QString &path, const QHash<QString, QString> &environment, QList<SpaceSetting> &out, QString *error)
{
    const QString name = PrintableText::name(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read '%1': %2. Nothing was sent.").arg(name, file.errorString());
        return false;
    }
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("Cannot read '%1': %2. Nothing was sent.").arg(name, file.errorString());
        return false;
    }
    if (bytes.size() > kMaxBytes) {
        *error = QStringLiteral("'%1' is larger than %2 KiB: not a dotenv file? Nothing was sent.").arg(name).arg(kMaxBytes / 1024);
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = QStringLiteral("'%1' is not UTF-8 text. Nothing was sent.").arg(name);
        return false;
    }
    return parse(text, name, environment, out, error);
}

bool DotEnvFile::parse(const QString &text, const QString &name, const QHash<QString, QString> &environment, QList<SpaceSetting> &out,
                       QString *error)
{
    // load_dotenv's pattern, as it stands in huggingface_hub's utils/_dotenv.py.
    static const QRegularExpression line(QStringLiteral("^\\s*(?:export[^\\S\\n]+)?([A-Za-z_][A-Za-z0-9_]*)[^\\S\\n]*(=)?[^\\S\\n]*"
                                                        "((?:'(?:\\\\'|[^'])*'|\"(?:\\\\\"|[^\"])*\"|[^#\\n\\r]+?))?"
                                                        "[^\\S\\n]*(?:#.*)?$"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    // Python's str.splitlines() breaks: \r\n, and each of \n \r \v \f \x1c \x1d \x1e \x85 U+2028 U+2029.
    static const QRegularExpression lineBreak(
        QStringLiteral("\\r\\n|[\\n\\r\\x{0b}\\x{0c}\\x{1c}\\x{1d}\\x{1e}\\x{85}\\x{2028}\\x{2029}]"));
    QList<SpaceSetting> settings;
    const QStringList lines = text.split(lineBreak);
    for (qsizetype number = 1; number <= lines.size(); ++number) {
        const QString stripped = lines[number - 1].trimmed();
        if (stripped.isEmpty() || stripped.startsWith(u'#'))
            continue;
        const QRegularExpressionMatch match = line.match(stripped);
        // Only the line number: a line that is not a setting may well be a pasted value.
        if (!match.hasMatch()) {
            *error = QStringLiteral("'%1' line %2 is not KEY=VALUE. Nothing was sent.").arg(name).arg(number);
            return false;
        }
        SpaceSetting setting;
        setting.key = match.captured(1);
        if (match.hasCaptured(2)) {
            const QString raw = match.captured(3);
            QString value = raw.trimmed();
            // load_dotenv reads one line at a time: a quote opened and not closed on its line
            // (a multi-line value, as python-dotenv allows) would be sent with its quote and
            // without the lines after it.
            if (opensUnclosedQuote(value)) {
                *error = QStringLiteral("'%1' line %2: the value of %3 opens a quote that does not close on that line "
                                        "(values over several lines are not read; write line breaks as \\n). Nothing was sent.")
                             .arg(name)
                             .arg(number)
                             .arg(setting.key);
                return false;
            }
            if ((value.startsWith(u'"') && value.endsWith(u'"')) || (value.startsWith(u'\'') && value.endsWith(u'\'')))
                value = unescape(value.mid(1, value.size() - 2), raw.startsWith(u'"'));
            setting.value = value;
        } else if (environment.contains(setting.key)) {
            setting.value = environment.value(setting.key);
        } else {
            // Not named either: without '=', the line could be a value standing alone.
            *error = QStringLiteral("'%1' line %2 has no '=' and no environment variable of that name is set. Nothing was sent.")
                         .arg(name)
                         .arg(number);
            return false;
        }
        merge(settings, setting);
    }
    for (const SpaceSetting &setting : std::as_const(settings))
        merge(out, setting);
    return true;
}

} // namespace hubdeck::cli
