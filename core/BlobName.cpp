// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "BlobName.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace hubdeck {

namespace {

int lowerHexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1; // upper case too: packing it would not give the same bytes back
}

constexpr char kDigits[] = "0123456789abcdef";

} // namespace

BlobName::BlobName(const QByteArray &name)
{
    if (name.size() == 64 || name.size() == 40) {
        std::array<unsigned char, 32> packed{};
        bool hex = true;
        for (qsizetype i = 0; hex && i < name.size(); i += 2) {
            const int high = lowerHexDigit(name[i]);
            const int low = lowerHexDigit(name[i + 1]);
            hex = high >= 0 && low >= 0;
            packed[size_t(i / 2)] = static_cast<unsigned char>(high << 4 | low);
        }
        if (hex) {
            m_storage = packed;
            m_packedSize = static_cast<unsigned char>(name.size() / 2);
            return;
        }
    }
    if (!name.isEmpty())
        setOther(new QByteArray(name));
}

BlobName::BlobName(const BlobName &other)
    : m_storage(other.m_storage)
    , m_packedSize(other.m_packedSize)
{
    if (m_packedSize == 0 && other.other())
        setOther(new QByteArray(*other.other()));
}

BlobName::BlobName(BlobName &&other) noexcept
    : m_storage(other.m_storage)
    , m_packedSize(other.m_packedSize)
{
    if (other.m_packedSize == 0)
        other.setOther(nullptr);
}

BlobName &BlobName::operator=(const BlobName &other)
{
    if (this != &other)
        *this = BlobName(other);
    return *this;
}

BlobName &BlobName::operator=(BlobName &&other) noexcept
{
    if (this != &other) {
        std::swap(m_storage, other.m_storage);
        std::swap(m_packedSize, other.m_packedSize);
    }
    return *this;
}

BlobName::~BlobName()
{
    delete other();
}

QByteArray *BlobName::other() const
{
    if (m_packedSize != 0)
        return nullptr;
    QByteArray *bytes = nullptr;
    std::memcpy(&bytes, m_storage.data(), sizeof bytes);
    return bytes;
}

void BlobName::setOther(QByteArray *bytes)
{
    m_packedSize = 0;
    std::memcpy(m_storage.data(), &bytes, sizeof bytes);
}

QByteArray BlobName::bytes() const
{
    if (m_packedSize == 0) {
        const QByteArray *name = other();
        return name ? *name : QByteArray();
    }
    QByteArray name(qsizetype(m_packedSize) * 2, Qt::Uninitialized);
    for (int i = 0; i < m_packedSize; ++i) {
        name[2 * i] = kDigits[m_storage[size_t(i)] >> 4];
        name[2 * i + 1] = kDigits[m_storage[size_t(i)] & 0xf];
    }
    return name;
}

std::strong_ordering BlobName::operator<=>(const BlobName &other) const
{
    // Two packed names of one length compare as their hex does: digit by digit, high nibble
    // first, and '0' < ... < '9' < 'a' < ... < 'f' as their values are.
    if (m_packedSize != 0 && m_packedSize == other.m_packedSize) {
        const auto *begin = m_storage.data();
        const auto *otherBegin = other.m_storage.data();
        return std::lexicographical_compare_three_way(begin, begin + m_packedSize, otherBegin, otherBegin + m_packedSize);
    }
    const int c = bytes().compare(other.bytes());
    return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
}

} // namespace hubdeck
