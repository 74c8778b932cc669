// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "WeightsHeader.h"

#include "QuietFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstring>
#include <functional>

namespace hubdeck {

namespace {

void keepLargest(WeightsHeader &header, WeightsHeader::Tensor tensor)
{
    header.largest.append(std::move(tensor));
    std::sort(header.largest.begin(), header.largest.end(), [](const auto &a, const auto &b) { return a.elements > b.elements; });
    if (header.largest.size() > 10)
        header.largest.removeLast();
}

bool multiplyChecked(qint64 a, qint64 b, qint64 &out)
{
    return !__builtin_mul_overflow(a, b, &out);
}

// Little-endian reader over a byte array that refuses to read past its end.
class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
    {}
    template <typename T>
    bool read(T &value)
    {
        if (m_offset + qsizetype(sizeof(T)) > m_bytes.size())
            return false;
        std::memcpy(&value, m_bytes.constData() + m_offset, sizeof(T));
        m_offset += sizeof(T);
        return true;
    }
    bool readString(QString &out, quint64 maxLength = 1 << 20)
    {
        quint64 length = 0;
        if (!read(length) || length > maxLength || m_offset + qsizetype(length) > m_bytes.size())
            return false;
        out = QString::fromUtf8(m_bytes.constData() + m_offset, qsizetype(length));
        m_offset += qsizetype(length);
        return true;
    }
    [[nodiscard]] qsizetype offset() const { return m_offset; }

private:
    const QByteArray &m_bytes;
    qsizetype m_offset = 0;
};

// One GGUF value of `type` as text (gguf.md, "gguf_metadata_value_type"): numbers as they
// read, arrays summarised by their length, at most three arrays deep. False when it does not
// fit in what was read.
template <typename Number>
bool readNumber(Reader &reader, QString &out)
{
    Number v;
    if (!reader.read(v))
        return false;
    out = QString::number(v);
    return true;
}

bool readGgufValue(Reader &reader, quint32 type, QString &out, int depth, qsizetype headSize)
{
    switch (type) {
    case 0:
        return readNumber<quint8>(reader, out);
    case 1:
        return readNumber<qint8>(reader, out);
    case 2:
        return readNumber<quint16>(reader, out);
    case 3:
        return readNumber<qint16>(reader, out);
    case 4:
        return readNumber<quint32>(reader, out);
    case 5:
        return readNumber<qint32>(reader, out);
    case 6:
        return readNumber<float>(reader, out);
    case 7: {
        quint8 v;
        if (!reader.read(v))
            return false;
        out = v ? QStringLiteral("true") : QStringLiteral("false");
        return true;
    }
    case 8:
        return reader.readString(out);
    case 9: {
        quint32 itemType = 0;
        quint64 count = 0;
        if (depth > 2 || !reader.read(itemType) || !reader.read(count) || count > quint64(headSize))
            return false;
        QString item;
        for (quint64 i = 0; i < count; ++i)
            if (!readGgufValue(reader, itemType, item, depth + 1, headSize))
                return false;
        out = QStringLiteral("[%1 items]").arg(count);
        return true;
    }
    case 10:
        return readNumber<quint64>(reader, out);
    case 11:
        return readNumber<qint64>(reader, out);
    case 12:
        return readNumber<double>(reader, out);
    default:
        return false;
    }
}

// One tensor info: name, shape, type, offset (which must lie in the file).
bool readGgufTensor(Reader &reader, qint64 fileSize, WeightsHeader::Tensor &tensor)
{
    static const char *const typeNames[] = {"F32",     "F16",    "Q4_0",    "Q4_1",  "Q4_2",   "Q4_3",  "Q5_0",  "Q5_1",
                                            "Q8_0",    "Q8_1",   "Q2_K",    "Q3_K",  "Q4_K",   "Q5_K",  "Q6_K",  "Q8_K",
                                            "IQ2_XXS", "IQ2_XS", "IQ3_XXS", "IQ1_S", "IQ4_NL", "IQ3_S", "IQ2_S", "IQ4_XS",
                                            "I8",      "I16",    "I32",     "I64",   "F64",    "IQ1_M", "BF16"};
    quint32 dimensions = 0, type = 0;
    quint64 offset = 0;
    if (!reader.readString(tensor.name, 65536) || !reader.read(dimensions) || dimensions > 8)
        return false;
    tensor.elements = 1;
    for (quint32 d = 0; d < dimensions; ++d) {
        quint64 size = 0;
        if (!reader.read(size) || size > quint64(1e15) || !multiplyChecked(tensor.elements, qint64(size), tensor.elements))
            return false;
        tensor.shape.append(qint64(size));
    }
    if (!reader.read(type) || !reader.read(offset) || offset > quint64(fileSize))
        return false;
    tensor.dtype = type < std::size(typeNames) ? QString::fromLatin1(typeNames[type]) : QStringLiteral("type %1").arg(type);
    return true;
}

} // namespace

std::optional<WeightsHeader> WeightsHeader::readSafetensors(const QString &path, QString *error)
{
    QuietFile file;
    if (!file.open(path)) {
        *error = file.errorString();
        return std::nullopt;
    }
    const auto lengthBytes = file.read(8);
    if (!lengthBytes) {
        *error = file.errorString();
        return std::nullopt;
    }
    if (lengthBytes->size() < 8) {
        *error = QStringLiteral("the file is too short for a safetensors header");
        return std::nullopt;
    }
    quint64 length = 0;
    std::memcpy(&length, lengthBytes->constData(), 8);
    if (length > quint64(kMaxHeaderBytes) || qint64(length) > file.size() - 8) {
        // Grouped, as a hostile file's 19-digit claim is otherwise unreadable (GUI attack H16).
        *error = QStringLiteral("the header claims %1 bytes, more than the file or the %2 MB limit allows")
                     .arg(QLocale().toString(qulonglong(length)))
                     .arg(kMaxHeaderBytes >> 20);
        return std::nullopt;
    }
    const auto json = file.read(qint64(length));
    if (!json) {
        *error = file.errorString();
        return std::nullopt;
    }
    return parseSafetensors(*lengthBytes + *json, file.size(), error);
}

std::optional<WeightsHeader> WeightsHeader::parseSafetensors(const QByteArray &head, qint64 fileSize, QString *error)
{
    if (head.size() < 8) {
        *error = QStringLiteral("the file is too short for a safetensors header");
        return std::nullopt;
    }
    quint64 length = 0;
    std::memcpy(&length, head.constData(), 8);
    if (length > quint64(kMaxHeaderBytes) || qint64(length) > fileSize - 8 || qsizetype(8 + length) > head.size()) {
        *error = QStringLiteral("the header length %1 does not fit the file").arg(length);
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(head.mid(8, qsizetype(length)), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("the header is not a JSON object (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    WeightsHeader header;
    header.format = QStringLiteral("safetensors");
    const qint64 dataSize = fileSize - 8 - qint64(length);
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"__metadata__") {
            const QJsonObject metadata = it.value().toObject();
            for (auto m = metadata.begin(); m != metadata.end(); ++m)
                header.metadata.append(
                    {m.key(), m.value().isString()
                                  ? m.value().toString()
                                  : QString::fromUtf8(QJsonDocument(QJsonObject{{m.key(), m.value()}}).toJson(QJsonDocument::Compact))});
            continue;
        }
        const QJsonObject entry = it.value().toObject();
        const QJsonArray shape = entry.value(QStringLiteral("shape")).toArray();
        const QJsonArray offsets = entry.value(QStringLiteral("data_offsets")).toArray();
        Tensor tensor{it.key(), entry.value(QStringLiteral("dtype")).toString(), {}, 1};
        if (tensor.dtype.isEmpty() || !entry.value(QStringLiteral("shape")).isArray() || offsets.size() != 2) {
            *error = QStringLiteral("tensor \"%1\" lacks a dtype, a shape or two data offsets").arg(it.key());
            return std::nullopt;
        }
        for (const QJsonValue &dimension : shape) {
            const double d = dimension.toDouble(-1);
            if (!dimension.isDouble() || d < 0 || d > 1e15 || !multiplyChecked(tensor.elements, qint64(d), tensor.elements)) {
                *error = QStringLiteral("tensor \"%1\" has an invalid shape").arg(it.key());
                return std::nullopt;
            }
            tensor.shape.append(qint64(d));
        }
        const double begin = offsets[0].toDouble(-1), end = offsets[1].toDouble(-1);
        if (begin < 0 || end < begin || end > double(dataSize)) {
            *error = QStringLiteral("tensor \"%1\" points outside the file (%2..%3 of %4 bytes)")
                         .arg(it.key())
                         .arg(begin)
                         .arg(end)
                         .arg(dataSize);
            return std::nullopt;
        }
        if (++header.tensorCount > kMaxEntries) {
            *error = QStringLiteral("more than %1 tensors").arg(kMaxEntries);
            return std::nullopt;
        }
        header.parameters += tensor.elements;
        header.dtypes[tensor.dtype] += 1;
        keepLargest(header, std::move(tensor));
    }
    return header;
}

std::optional<WeightsHeader> WeightsHeader::readGguf(const QString &path, QString *error)
{
    // Metadata and tensor infos come first; 64 MiB covers every real model's.
    qint64 size = 0;
    const auto head = QuietFile::readHead(path, 64 << 20, error, &size);
    if (!head)
        return std::nullopt;
    return parseGguf(*head, size, error);
}

std::optional<WeightsHeader> WeightsHeader::parseGguf(const QByteArray &head, qint64 fileSize, QString *error)
{
    Reader reader(head);
    quint32 magic = 0, version = 0;
    quint64 tensors = 0, keys = 0;
    if (!reader.read(magic) || magic != 0x46554747u) { // "GGUF"
        *error = QStringLiteral("not a GGUF file (bad magic)");
        return std::nullopt;
    }
    if (!reader.read(version) || version < 2 || version > 3 || !reader.read(tensors) || !reader.read(keys)) {
        *error = QStringLiteral("unsupported or truncated GGUF header");
        return std::nullopt;
    }
    if (tensors > quint64(kMaxEntries) || keys > quint64(kMaxEntries)) {
        *error = QStringLiteral("the header claims %1 tensors and %2 keys: too many").arg(tensors).arg(keys);
        return std::nullopt;
    }
    WeightsHeader header;
    header.format = QStringLiteral("gguf");
    header.version = int(version);
    header.tensorCount = qint64(tensors);
    const auto truncated = [&] {
        *error = QStringLiteral("the GGUF header is truncated or malformed");
        return std::nullopt;
    };
    for (quint64 k = 0; k < keys; ++k) {
        QString key, value;
        quint32 type = 0;
        if (!reader.readString(key, 65536) || !reader.read(type) || !readGgufValue(reader, type, value, 0, head.size()))
            return truncated();
        header.metadata.append({key, value});
    }
    for (quint64 t = 0; t < tensors; ++t) {
        Tensor tensor;
        if (!readGgufTensor(reader, fileSize, tensor))
            return truncated();
        header.parameters += tensor.elements;
        header.dtypes[tensor.dtype] += 1;
        keepLargest(header, std::move(tensor));
    }
    return header;
}

} // namespace hubdeck
