// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "JsonStreamWriter.h"

#include "PrintableText.h"

#include <QIODevice>
#include <QLocale>
#include <QVariant>

#include <charconv>
#include <cmath>

namespace hubdeck {

namespace {

char hexDigit(unsigned value)
{
    return value < 10 ? char('0' + value) : char('a' + value - 10);
}

// "\uXXXX" with lowercase digits, as QJsonDocument writes it.
char *unicodeEscape(char *out, char16_t c)
{
    *out++ = '\\';
    *out++ = 'u';
    *out++ = hexDigit((c >> 12) & 0xF);
    *out++ = hexDigit((c >> 8) & 0xF);
    *out++ = hexDigit((c >> 4) & 0xF);
    *out++ = hexDigit(c & 0xF);
    return out;
}

} // namespace

JsonStreamWriter::JsonStreamWriter(QIODevice *device, Escapes escapes)
    : m_device(device)
    , m_escapes(escapes)
{
    m_buffer.reserve(bufferSize() + 1024);
}

JsonStreamWriter::~JsonStreamWriter()
{
    flush();
}

void JsonStreamWriter::beginObject()
{
    begin(true);
}

void JsonStreamWriter::endObject()
{
    end(true);
}

void JsonStreamWriter::beginArray()
{
    begin(false);
}

void JsonStreamWriter::endArray()
{
    end(false);
}

void JsonStreamWriter::key(QStringView name)
{
    Q_ASSERT_X(!m_stack.isEmpty() && m_stack.last().isObject && !m_stack.last().keyWritten, "JsonStreamWriter::key",
               "a key outside an object, or two keys in a row");
    if (m_stack.isEmpty() || !m_stack.last().isObject || m_stack.last().keyWritten)
        return;
    Level &level = m_stack.last();
    if (!level.empty)
        m_buffer.append(",\n");
    level.empty = false;
    level.keyWritten = true;
    indent(m_stack.size());
    string(name);
    m_buffer.append(": ");
}

void JsonStreamWriter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        beginObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            key(it.key());
            this->value(it.value());
        }
        endObject();
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        beginArray();
        for (const QJsonValue &item : array)
            this->value(item);
        endArray();
        return;
    }
    case QJsonValue::String:
        this->value(QStringView(value.toString()));
        return;
    case QJsonValue::Bool:
        this->value(value.toBool());
        return;
    case QJsonValue::Double:
        // A number is held as a qint64 or as a double, and QJsonDocument prints each its own
        // way (1e16 the double is "1e+16"; 2^53 + 1 the integer keeps its last digit);
        // QJsonValue tells which only through its variant.
        if (const QVariant number = value.toVariant(); number.typeId() == QMetaType::LongLong)
            integer(number.toLongLong());
        else
            shortestDouble(value.toDouble());
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined: // QJsonDocument prints it as null too
        this->value(nullptr);
        return;
    }
}

void JsonStreamWriter::value(QStringView text)
{
    if (!startValue(false))
        return;
    string(text);
    maybeFlush();
}

void JsonStreamWriter::value(double number)
{
    // QJsonValue keeps a whole double up to 2^53 as an integer, which QJsonDocument then
    // prints in full ("1700000000", where the double's shortest form is "1.7e+09"): the same
    // value decides here as it does for a document built whole.
    value(QJsonValue(number));
}

void JsonStreamWriter::shortestDouble(double number)
{
    if (!startValue(false))
        return;
    if (std::isfinite(number))
        m_buffer.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
    else
        m_buffer.append("null"); // as QJsonDocument: JSON has no NaN or infinity
    maybeFlush();
}

void JsonStreamWriter::value(bool boolean)
{
    if (!startValue(false))
        return;
    m_buffer.append(boolean ? "true" : "false");
    maybeFlush();
}

void JsonStreamWriter::value(std::nullptr_t)
{
    if (!startValue(false))
        return;
    m_buffer.append("null");
    maybeFlush();
}

void JsonStreamWriter::value(const QStringList &strings)
{
    beginArray();
    for (const QString &text : strings)
        value(QStringView(text));
    endArray();
}

void JsonStreamWriter::flush()
{
    if (m_buffer.isEmpty())
        return;
    if (!m_failed && m_device->write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.resize(0); // keeps the allocation for the next chunk
}

bool JsonStreamWriter::startValue(bool isContainer)
{
    if (m_stack.isEmpty()) {
        Q_ASSERT_X(isContainer, "JsonStreamWriter", "a JSON document is an object or an array");
        return isContainer;
    }
    Level &level = m_stack.last();
    if (level.isObject) {
        Q_ASSERT_X(level.keyWritten, "JsonStreamWriter", "a value in an object without its key");
        if (!level.keyWritten)
            return false;
        level.keyWritten = false; // key() wrote the separator and the indentation
        return true;
    }
    if (!level.empty)
        m_buffer.append(",\n");
    level.empty = false;
    indent(m_stack.size());
    return true;
}

void JsonStreamWriter::begin(bool isObject)
{
    if (!startValue(true))
        return;
    m_buffer.append(isObject ? "{\n" : "[\n");
    m_stack.append(Level{isObject});
}

void JsonStreamWriter::end(bool isObject)
{
    Q_ASSERT_X(!m_stack.isEmpty() && m_stack.last().isObject == isObject && !m_stack.last().keyWritten, "JsonStreamWriter",
               "an end call that closes nothing, the other kind of container, or an object after a key");
    if (m_stack.isEmpty() || m_stack.last().isObject != isObject || m_stack.last().keyWritten)
        return;
    const bool empty = m_stack.last().empty;
    m_stack.removeLast();
    if (!empty)
        m_buffer.append('\n');
    indent(m_stack.size());
    m_buffer.append(isObject ? '}' : ']');
    if (m_stack.isEmpty()) {
        m_buffer.append('\n');
        flush(); // the document is whole: nothing of it waits for a later call
        return;
    }
    maybeFlush();
}

void JsonStreamWriter::integer(qint64 number)
{
    if (!startValue(false))
        return;
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    m_buffer.append(digits, result.ptr - digits);
    maybeFlush();
}

void JsonStreamWriter::indent(qsizetype levels)
{
    m_buffer.append(4 * levels, ' ');
}

void JsonStreamWriter::string(QStringView text)
{
    // QJsonDocument's escapes: \" \\ \b \f \n \r \t, \u00XX for the other C0 controls, UTF-8
    // for the rest, and \uXXXX for a lone surrogate, which has no UTF-8 form.
    const bool terminalSafe = m_escapes == Escapes::TerminalSafe;
    const qsizetype start = m_buffer.size();
    m_buffer.resize(start + 2 + 6 * text.size()); // the longest form of one UTF-16 unit
    char *out = m_buffer.data() + start;
    *out++ = '"';
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t c = *src++;
        if (c < 0x80) {
            switch (c) {
            case u'"':
                *out++ = '\\';
                *out++ = '"';
                break;
            case u'\\':
                *out++ = '\\';
                *out++ = '\\';
                break;
            case u'\b':
                *out++ = '\\';
                *out++ = 'b';
                break;
            case u'\f':
                *out++ = '\\';
                *out++ = 'f';
                break;
            case u'\n':
                *out++ = '\\';
                *out++ = 'n';
                break;
            case u'\r':
                *out++ = '\\';
                *out++ = 'r';
                break;
            case u'\t':
                *out++ = '\\';
                *out++ = 't';
                break;
            default:
                if (c < 0x20 || (terminalSafe && c == 0x7F))
                    out = unicodeEscape(out, c);
                else
                    *out++ = char(c);
            }
        } else if (QChar::isHighSurrogate(c) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, *src++);
            *out++ = char(0xF0 | (ucs4 >> 18));
            *out++ = char(0x80 | ((ucs4 >> 12) & 0x3F));
            *out++ = char(0x80 | ((ucs4 >> 6) & 0x3F));
            *out++ = char(0x80 | (ucs4 & 0x3F));
        } else if (QChar::isSurrogate(c) || (terminalSafe && PrintableText::isControl(c))) {
            out = unicodeEscape(out, c);
        } else if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3F));
        } else {
            *out++ = char(0xE0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
            *out++ = char(0x80 | (c & 0x3F));
        }
    }
    *out++ = '"';
    m_buffer.resize(out - m_buffer.constData());
}

void JsonStreamWriter::maybeFlush()
{
    if (m_buffer.size() >= bufferSize())
        flush();
}

} // namespace hubdeck
