// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "StoredTokens.h"

#include "HubCredentials.h"
#include "QuietFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStringDecoder>

#include <algorithm>

namespace hubdeck {

namespace {

const QString kDefaultSection = QStringLiteral("DEFAULT");
const QString kTokenOption = QStringLiteral("hf_token");

struct Section
{
    QString name;
    QHash<QString, QStringList> options; // option -> value lines, as configparser collects them
};

// configparser's BasicInterpolation on get(): "%%" is '%', any other '%' is an error (a
// "%(name)s" reference would read another option, which no token file has any business doing).
std::optional<QString> interpolated(const QString &raw)
{
    QString value;
    value.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != u'%') {
            value.append(raw[i]);
            continue;
        }
        if (i + 1 < raw.size() && raw[i + 1] == u'%') {
            value.append(u'%');
            ++i;
            continue;
        }
        return std::nullopt;
    }
    return value;
}

bool pythonLess(const QString &a, const QString &b)
{
    // Python compares str by code point; QString's operator< compares UTF-16 units, which
    // orders characters past U+FFFF before U+E000..U+FFFF.
    const QList<uint> ua = a.toUcs4();
    const QList<uint> ub = b.toUcs4();
    return std::lexicographical_compare(ua.cbegin(), ua.cend(), ub.cbegin(), ub.cend());
}

} // namespace

QString StoredTokens::path(const Env &env)
{
    return QFileInfo(HubCredentials::tokenPath(env)).absolutePath() + QStringLiteral("/stored_tokens");
}

std::optional<QList<StoredTokens::Token>> StoredTokens::parse(const QByteArray &text, QString *error)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(text);
    if (decoder.hasError()) {
        *error = QStringLiteral("it is not UTF-8 text");
        return std::nullopt;
    }
    if (decoded.startsWith(QChar(0xFEFF)))
        decoded.remove(0, 1);
    decoded.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = decoded.split(u'\n');

    QList<Section> sections;
    Section defaults;
    Section *current = nullptr;
    QString option;
    qsizetype indentLevel = 0;
    auto lineError = [&](int number, const QString &why) {
        *error = QStringLiteral("line %1 %2").arg(number).arg(why);
        return std::nullopt;
    };

    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const QString value = line.trimmed();
        const bool comment = value.startsWith(u'#') || value.startsWith(u';');
        if (value.isEmpty() || comment) {
            // A blank line may sit inside a multi-line value; a comment line is skipped.
            if (!comment && current && !option.isEmpty())
                current->options[option].append(QString());
            continue;
        }
        qsizetype indent = 0;
        while (indent < line.size() && line[indent].isSpace())
            ++indent;
        if (current && !option.isEmpty() && indent > indentLevel) {
            current->options[option].append(value);
            continue;
        }
        indentLevel = indent;
        const qsizetype close = value.lastIndexOf(u']');
        if (value.startsWith(u'[') && close > 1) {
            const QString name = value.mid(1, close - 1);
            option.clear();
            if (name == kDefaultSection) {
                current = &defaults;
                continue;
            }
            if (std::any_of(sections.cbegin(), sections.cend(), [&](const Section &s) { return s.name == name; }))
                return lineError(i + 1, QStringLiteral("repeats the section [%1]").arg(name));
            sections.append(Section{name, {}});
            current = &sections.last();
            continue;
        }
        if (!current)
            return lineError(i + 1, QStringLiteral("comes before any [section]"));
        const qsizetype equals = value.indexOf(u'=');
        const qsizetype colon = value.indexOf(u':');
        qsizetype delimiter = equals < 0 ? colon : (colon < 0 ? equals : std::min(equals, colon));
        if (delimiter < 0)
            return lineError(i + 1, QStringLiteral("is neither a [section] nor key = value"));
        const QString key = value.left(delimiter).trimmed().toLower();
        if (key.isEmpty())
            return lineError(i + 1, QStringLiteral("has no key before '%1'").arg(value[delimiter]));
        if (current->options.contains(key))
            return lineError(i + 1, QStringLiteral("repeats %1").arg(key));
        current->options.insert(key, QStringList{value.mid(delimiter + 1).trimmed()});
        option = key;
    }

    QList<Token> tokens;
    for (const Section &section : std::as_const(sections)) {
        const auto found = section.options.constFind(kTokenOption);
        const QStringList *lines = found != section.options.cend() ? &*found : nullptr;
        if (!lines) {
            const auto fallback = defaults.options.constFind(kTokenOption);
            if (fallback == defaults.options.cend()) {
                *error = QStringLiteral("the section [%1] has no hf_token").arg(section.name);
                return std::nullopt;
            }
            lines = &*fallback;
        }
        QString raw = lines->join(u'\n');
        while (!raw.isEmpty() && raw.back().isSpace())
            raw.chop(1);
        const std::optional<QString> token = interpolated(raw);
        if (!token) {
            *error = QStringLiteral("the token of [%1] has a '%' that Python's configparser cannot read").arg(section.name);
            return std::nullopt;
        }
        tokens.append(Token{section.name, *token});
    }
    return tokens;
}

QByteArray StoredTokens::serialize(QList<Token> tokens)
{
    std::stable_sort(tokens.begin(), tokens.end(), [](const Token &a, const Token &b) { return pythonLess(a.name, b.name); });
    QByteArray text;
    for (const Token &token : std::as_const(tokens)) {
        QString value = token.token;
        value.replace(u'%', QStringLiteral("%%"));
        text += "[" + token.name.toUtf8() + "]\n";
        text += "hf_token = " + value.toUtf8() + "\n\n";
    }
    return text;
}

QString StoredTokens::whyNotStorable(const Token &token)
{
    const QString &name = token.name;
    if (name.isEmpty())
        return QStringLiteral("A token name cannot be empty.");
    if (name != name.trimmed())
        return QStringLiteral("A token name cannot begin or end with a space.");
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
        }))
        return QStringLiteral("A token name must be one line without control characters.");
    if (name == kDefaultSection)
        return QStringLiteral("A token cannot be named DEFAULT: huggingface_hub's file format reserves it.");
    if (name.startsWith(u'#') || name.startsWith(u';'))
        return QStringLiteral("A token name cannot begin with '#' or ';'.");
    const QString &value = token.token;
    if (value.isEmpty())
        return QStringLiteral("The token is empty.");
    if (std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace() || c == u'%' || c.category() == QChar::Other_Control; }))
        return QStringLiteral("A token cannot contain spaces, control characters or '%'.");
    return {};
}

std::optional<QList<StoredTokens::Token>> StoredTokens::read(QString *error, const Env &env)
{
    const QString file = path(env);
    if (!QFileInfo::exists(file))
        return QList<Token>{};
    // A stored_tokens file holds a few lines per account; anything larger is not one. Read
    // without moving its access time (QuietFile): looking is not using.
    constexpr qint64 kMaxSize = 1024 * 1024;
    QString unread;
    const std::optional<QByteArray> head = QuietFile::readHead(file, kMaxSize + 1, &unread);
    if (!head) {
        *error = QStringLiteral("Cannot read %1: %2.").arg(file, unread);
        return std::nullopt;
    }
    const QByteArray &text = *head;
    if (text.size() > kMaxSize) {
        *error = QStringLiteral("Cannot read %1: it is larger than 1 MiB, too large for a token file.").arg(file);
        return std::nullopt;
    }
    QString why;
    std::optional<QList<Token>> tokens = parse(text, &why);
    if (!tokens)
        *error = QStringLiteral("Cannot read %1: %2. Fix or remove it; HubDeck does not write over it.").arg(file, why);
    return tokens;
}

bool StoredTokens::write(const QList<Token> &tokens, QString *error, const Env &env)
{
    const QString file = path(env);
    for (const Token &token : tokens) {
        if (const QString why = whyNotStorable(token); !why.isEmpty()) {
            *error = why;
            return false;
        }
    }
    if (tokens.isEmpty()) {
        if (QFile::exists(file) && !QFile::remove(file)) {
            *error = QStringLiteral("Cannot remove %1.").arg(file);
            return false;
        }
        return true;
    }
    const QString folder = QFileInfo(file).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder)) {
            *error = QStringLiteral("Cannot create the folder %1.").arg(folder);
            return false;
        }
        // As huggingface_hub's _write_secret: a folder made to hold secrets is the owner's only.
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("Cannot write %1: %2.").arg(file, out.errorString());
        return false;
    }
    // Restricted before anything is written, so no other user can read it even briefly.
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(serialize(tokens));
    if (!out.commit()) {
        *error = QStringLiteral("Cannot write %1: %2.").arg(file, out.errorString());
        return false;
    }
    return true;
}

QStringList StoredTokens::namesHolding(const QList<Token> &tokens, const QString &token)
{
    QStringList names;
    for (const Token &stored : tokens)
        if (!token.isEmpty() && stored.token == token)
            names.append(stored.name);
    return names;
}

QString StoredTokens::masked(const QString &token)
{
    if (token.size() < 16)
        return QStringLiteral("****");
    return token.left(3) + QStringLiteral("****") + token.right(4);
}

} // namespace hubdeck
