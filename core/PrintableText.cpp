// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "PrintableText.h"

#include "FileName.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace hubdeck {

namespace {

enum class Mode { Name, Line, Lines };

// What Python's str.isprintable() rejects, but for the space and the line break the callers
// handle: controls (Cc), format characters (Cf: the bidirectional controls that reorder a line,
// and the invisible ones, U+200B, U+2062, U+00AD, the tag characters U+E0001..U+E007F, that make
// "set\u2062-000" look like "set-000"), private use (Co), unassigned code points (Cn) and the
// line and paragraph separators (attack report 19, H2: a hand-picked list let most through,
// every astral one among them). Spaces other than U+0020 (Zs) are the caller's: they are escaped
// in names only.
bool isUnprintable(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// Spaces that read as a plain one: a name holding one looks like the name with a space, or
// without it (attack A13: "org___x", "org___x " and "org___x\u00a0" were three rows alike).
// Names only: translated messages use no-break spaces on purpose (French before ":").
bool isOddSpace(char32_t c)
{
    return c != u' ' && QChar::category(c) == QChar::Separator_Space;
}

// In a name not in NFC (a file made on macOS, whose names are decomposed): the code points that
// NFC would change, so that "cafe\u0301" is not shown as the "café" beside it (H5). The combining
// marks and Hangul's medial and final jamo join their base; a singleton (U+212B ANGSTROM SIGN,
// U+037E GREEK QUESTION MARK) is replaced by NFC with another character that looks the same.
bool isNotComposed(char32_t c)
{
    if (QChar::isMark(c) || (c >= 0x1160 && c <= 0x11FF) || (c >= 0xD7B0 && c <= 0xD7FF))
        return true;
    const QString alone = QString::fromUcs4(&c, 1);
    return alone.normalized(QString::NormalizationForm_C) != alone;
}

bool isNfc(const QString &text)
{
    // Every character below U+0300 is its own NFC form, and so is a text made only of them.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x300; }))
        return true;
    return text.normalized(QString::NormalizationForm_C) == text;
}

QString hex(unsigned value, int width)
{
    return QStringLiteral("%1").arg(value, width, 16, QLatin1Char('0'));
}

QString escaped(const QString &text, Mode mode)
{
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    const bool composed = mode != Mode::Name || isNfc(text);
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, text[i + 1].unicode());
            if (isUnprintable(ucs4) || (mode == Mode::Name && (isOddSpace(ucs4) || (!composed && isNotComposed(ucs4)))))
                out.append(QStringLiteral("\\U")).append(hex(ucs4, 8));
            else
                out.append(text[i]).append(text[i + 1]);
            ++i;
        } else if (c >= FileName::kEscapeBase + 0x80 && c <= FileName::kEscapeBase + 0xFF) {
            out.append(QStringLiteral("\\x")).append(hex(c - FileName::kEscapeBase, 2));
        } else if (c == u'\n') {
            out.append(mode == Mode::Lines ? QStringLiteral("\n") : QStringLiteral("\\n"));
        } else if (c == u'\t') {
            out.append(QStringLiteral("\\t"));
        } else if (c == u'\r') {
            out.append(QStringLiteral("\\r"));
        } else if (c < 0x20 || c == 0x7F) {
            out.append(QStringLiteral("\\x")).append(hex(c, 2));
        } else if (QChar::isSurrogate(c) || isUnprintable(c)) {
            out.append(QStringLiteral("\\u")).append(hex(c, 4));
        } else if (c == u'\\' && mode == Mode::Name) {
            out.append(QStringLiteral("\\\\"));
        } else if (mode == Mode::Name && (isOddSpace(c) || (!composed && isNotComposed(c)))) {
            out.append(QStringLiteral("\\u")).append(hex(c, 4));
        } else if (mode == Mode::Name && c == u' ' && (i == 0 || i + 1 == size)) {
            // A space at either end of a name vanishes in a padded column or a copied line: shown
            // as the escape parseName reads back. Only at the ends: name() is also given whole
            // sentences that hold paths ("…: /tmp/x").
            out.append(QStringLiteral("\\x20"));
        } else {
            out.append(QChar(c));
        }
    }
    return out;
}

std::optional<char32_t> parseHex(const QString &text, qsizetype from, int digits)
{
    if (from + digits > text.size())
        return std::nullopt;
    char32_t value = 0;
    for (qsizetype i = from; i < from + digits; ++i) {
        const int digit = QStringLiteral("0123456789abcdef").indexOf(text[i].toLower());
        if (digit < 0)
            return std::nullopt;
        value = value * 16 + char32_t(digit);
    }
    return value;
}

} // namespace

QString PrintableText::name(const QString &name)
{
    return escaped(name, Mode::Name);
}

QString PrintableText::names(const QStringList &names, const QString &separator)
{
    QStringList shown;
    shown.reserve(names.size());
    for (const QString &one : names)
        shown.append(name(one));
    return shown.join(separator);
}

QString PrintableText::line(const QString &message)
{
    return escaped(message, Mode::Line);
}

QString PrintableText::lines(const QString &text)
{
    return escaped(text, Mode::Lines);
}

bool PrintableText::isControl(char16_t c)
{
    return !QChar::isSurrogate(c) && isUnprintable(c);
}

bool PrintableText::needsEscape(const QString &name)
{
    return escaped(name, Mode::Line) != name;
}

std::optional<QString> PrintableText::parseName(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\\') {
            out.append(text[i]);
            continue;
        }
        if (++i >= text.size())
            return std::nullopt;
        switch (text[i].unicode()) {
        case u'\\':
            out.append(u'\\');
            break;
        case u'n':
            out.append(u'\n');
            break;
        case u't':
            out.append(u'\t');
            break;
        case u'r':
            out.append(u'\r');
            break;
        case u'x': {
            const auto value = parseHex(text, i + 1, 2);
            if (!value)
                return std::nullopt;
            out.append(QChar(char16_t(*value < 0x80 ? *value : FileName::kEscapeBase + *value)));
            i += 2;
            break;
        }
        case u'u': {
            const auto value = parseHex(text, i + 1, 4);
            if (!value)
                return std::nullopt;
            out.append(QChar(char16_t(*value)));
            i += 4;
            break;
        }
        case u'U': {
            const auto value = parseHex(text, i + 1, 8);
            if (!value || *value < 0x10000 || *value > 0x10FFFF)
                return std::nullopt;
            out.append(QChar::fromUcs4(*value));
            i += 8;
            break;
        }
        default:
            return std::nullopt;
        }
    }
    return out;
}

QString PrintableText::plainToolTip(const QString &plain)
{
    if (!plain.contains(u'<') && !plain.contains(u'&'))
        return plain;
    return QStringLiteral("<qt>") + plain.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) + QStringLiteral("</qt>");
}

QJsonValue PrintableText::json(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return name(value.toString());
    case QJsonValue::Array: {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(json(item));
        return array;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QJsonObject result;
        for (auto it = object.begin(); it != object.end(); ++it)
            result.insert(it.key(), json(it.value()));
        return result;
    }
    default:
        return value;
    }
}

std::optional<QString> PrintableText::rawBytes(const QString &name)
{
    if (PrintableText::name(name) == name)
        return std::nullopt;
    return QString::fromLatin1(FileName::encode(name).toBase64());
}

QStringList PrintableText::rawBytes(const QStringList &names)
{
    if (std::none_of(names.begin(), names.end(), [](const QString &name) { return PrintableText::name(name) != name; }))
        return {};
    QStringList result;
    result.reserve(names.size());
    for (const QString &name : names)
        result.append(QString::fromLatin1(FileName::encode(name).toBase64()));
    return result;
}

QJsonValue PrintableText::jsonWithBytes(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array: {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(jsonWithBytes(item));
        return array;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QJsonObject result;
        for (auto it = object.begin(); it != object.end(); ++it) {
            result.insert(it.key(), jsonWithBytes(it.value()));
            if (it.value().isString()) {
                if (const std::optional<QString> bytes = rawBytes(it.value().toString()))
                    result.insert(bytesKey(it.key()), *bytes);
            } else if (it.value().isArray()) {
                QStringList names;
                for (const QJsonValue &item : it.value().toArray())
                    if (item.isString())
                        names.append(item.toString());
                if (names.size() == it.value().toArray().size())
                    if (const QStringList bytes = rawBytes(names); !bytes.isEmpty())
                        result.insert(bytesKey(it.key()), QJsonArray::fromStringList(bytes));
            }
        }
        return result;
    }
    default:
        return json(value);
    }
}

} // namespace hubdeck
