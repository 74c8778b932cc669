// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

#include <concepts>
#include <cstddef>

class QIODevice;

namespace hubdeck {

// The integers JsonStreamWriter::value() writes: any whose values a qint64 holds.
template <typename T>
concept JsonInteger = std::integral<T> && !std::same_as<T, bool> && !std::same_as<T, quint64> && !std::same_as<T, unsigned long>;

// Writes one JSON document to a device as it goes, byte for byte as
// QJsonDocument::toJson(QJsonDocument::Indented) prints the same values: 4 spaces a level,
// "key": value, an empty array or object as "[\n<indent>]" / "{\n<indent>}", a final '\n'
// after the top-level container, numbers and string escapes as QJsonDocument writes them.
// A listing of a million files then costs a 64 KiB buffer instead of a QJsonObject tree of
// gigabytes (issue #14).
//
// The document is one object or one array: beginObject() or beginArray() first, then keys
// and values, each container closed by its end call. In an object every value is preceded by
// key(). QJsonObject sorts its keys (by UTF-16 code unit) and QJsonDocument prints them in
// that order, so a caller that must match a QJsonObject's output writes its keys in that
// order; the writer writes them in the order given. Misuse (a value without a key in an
// object, an end call that closes nothing or the wrong kind) is a programming error: it
// asserts in debug builds and writes nothing in release builds.
//
// value(const QJsonValue &) writes an object or array in place, indented at its level, so a
// small sub-document can still be built as QJson values. Numbers as QJsonDocument writes
// them: an integer in full (beyond 2^53 too); a double that is a whole number up to 2^53 as
// that integer (QJsonValue holds it as one), any other finite double in the shortest form
// that reads back the same ("1.5", "1e+16"); NaN and the infinities as null.
//
// Output goes to the device in chunks of about bufferSize() bytes; flush() writes what is
// pending, and the destructor flushes. hasError() is true once the device refused a write
// (a closed pipe): the rest of the document is then dropped, not buffered.
class JsonStreamWriter
{
public:
    enum class Escapes {
        Json,         // exactly QJsonDocument's escapes
        TerminalSafe, // also \uXXXX for DEL, C1 controls and the characters that reorder a line
                      // (PrintableText::isControl), which QJsonDocument writes raw: for stdout
    };

    // device: open for writing, outlives the writer; not owned.
    explicit JsonStreamWriter(QIODevice *device, Escapes escapes = Escapes::Json);
    JsonStreamWriter(const JsonStreamWriter &) = delete;
    JsonStreamWriter &operator=(const JsonStreamWriter &) = delete;
    ~JsonStreamWriter();

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The next member's name; the value follows with value() or a begin call.
    void key(QStringView name);

    void value(const QJsonValue &value);
    void value(const QJsonObject &object) { value(QJsonValue(object)); }
    void value(const QJsonArray &array) { value(QJsonValue(array)); }
    void value(const QString &string) { value(QStringView(string)); }
    void value(QStringView string);
    // An array of the strings, in order.
    void value(const QStringList &strings);
    void value(double number);
    void value(bool boolean);
    void value(std::nullptr_t);
    // Not a string: a pointer would otherwise be taken as a bool.
    void value(const char *) = delete;
    // Every integer type QJsonValue takes (quint64 has no exact JSON form there).
    template <JsonInteger T>
    void value(T number)
    {
        integer(qint64(number));
    }
    // key(name) then value(v).
    template <typename T>
    void member(QStringView name, const T &v)
    {
        key(name);
        value(v);
    }

    // Writes what is buffered to the device.
    void flush();
    [[nodiscard]] bool hasError() const { return m_failed; }
    // Open containers: 0 before the document and after it is closed.
    [[nodiscard]] qsizetype depth() const { return m_stack.size(); }
    // Bytes gathered before a write to the device.
    [[nodiscard]] static constexpr qsizetype bufferSize() { return 64 * 1024; }

private:
    struct Level
    {
        bool isObject = false;
        bool empty = true;
        bool keyWritten = false;
    };

    [[nodiscard]] bool startValue(bool isContainer);
    void begin(bool isObject);
    void end(bool isObject);
    void integer(qint64 number);
    void shortestDouble(double number);
    void indent(qsizetype levels);
    void string(QStringView text);
    void maybeFlush();

    QIODevice *m_device;
    Escapes m_escapes;
    QByteArray m_buffer;
    QList<Level> m_stack;
    bool m_failed = false;
};

} // namespace hubdeck
