// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FileName.h"

#include <QStringDecoder>

namespace hubdeck {

namespace {

// The length of the well-formed UTF-8 sequence at bytes[i], or 0 when there is none (a stray
// continuation byte, a truncated sequence, an overlong form, a surrogate, beyond U+10FFFF):
// the rules of Python's strict UTF-8 codec, so the bytes it escapes are the ones escaped here.
qsizetype utf8SequenceLength(const unsigned char *bytes, qsizetype i, qsizetype size)
{
    const unsigned char lead = bytes[i];
    auto continuation = [&](qsizetype at, unsigned char low = 0x80, unsigned char high = 0xBF) {
        return at < size && bytes[at] >= low && bytes[at] <= high;
    };
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return continuation(i + 1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
        const unsigned char high = lead == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
        return continuation(i + 1, low, high) && continuation(i + 2) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const unsigned char low = lead == 0xF0 ? 0x90 : 0x80;  // no overlong forms
        const unsigned char high = lead == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
        return continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
    }
    return 0;
}

// A run of well-formed UTF-8 as it is: QString::fromUtf8 (and fromLocal8Bit, QFile::decodeName)
// drop a U+FEFF at the start of what they are given, and a run here starts at the first
// non-ASCII byte, so "set\uFEFF-000" became "set-000", another name (attack N19).
QString utf8Run(const char *data, qsizetype size)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom | QStringConverter::Flag::Stateless);
    return decoder.decode(QByteArrayView(data, size));
}

} // namespace

QString FileName::decode(const QByteArray &name)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(name.constData());
    const qsizetype size = name.size();
    qsizetype ascii = 0;
    while (ascii < size && bytes[ascii] < 0x80)
        ++ascii;
    if (ascii == size)
        return QString::fromLatin1(name); // the common case, and the fastest
    QString result;
    result.reserve(size);
    result.append(QLatin1String(name.constData(), ascii));
    qsizetype start = ascii; // the start of the run of well-formed bytes not yet appended
    for (qsizetype i = ascii; i < size;) {
        const qsizetype length = utf8SequenceLength(bytes, i, size);
        if (length > 0) {
            i += length;
            continue;
        }
        result.append(utf8Run(name.constData() + start, i - start));
        result.append(QChar(char16_t(kEscapeBase + bytes[i])));
        start = ++i;
    }
    result.append(utf8Run(name.constData() + start, size - start));
    return result;
}

QByteArray FileName::encode(const QString &name)
{
    const qsizetype size = name.size();
    const QChar *chars = name.constData();
    qsizetype plain = 0;
    while (plain < size && !chars[plain].isSurrogate())
        ++plain;
    if (plain == size)
        return name.toUtf8();
    QByteArray result = QStringView(chars, plain).toUtf8();
    for (qsizetype i = plain; i < size; ++i) {
        const char16_t c = chars[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && chars[i + 1].isLowSurrogate()) {
            result.append(QStringView(chars + i, 2).toUtf8());
            ++i;
        } else if (c >= kEscapeBase + 0x80 && c <= kEscapeBase + 0xFF) {
            result.append(char(c - kEscapeBase));
        } else if (QChar::isSurrogate(c)) {
            return {}; // no byte string decodes to this: it names no file
        } else {
            result.append(QStringView(chars + i, 1).toUtf8());
        }
    }
    return result;
}

} // namespace hubdeck
