// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>

#include <array>
#include <compare>

namespace hubdeck {

// Raw bytes that name a blob, kept small. huggingface_hub names an entry of <repo>/blobs/ by
// its hash in lowercase hex: the SHA-256 of an LFS file (64 digits) or the git SHA-1 of a
// small one (40 digits). Such a name is kept as its 32 or 20 bytes inside the object: a
// million-entry cache holds hundreds of thousands of blobs, and a 64-byte QByteArray cost 120
// bytes each (bench/browser_bench.py). Any other bytes (upper case, a suffix, a path, bytes
// that are not UTF-8) are kept on the heap as they are: bytes() always gives back exactly
// what the name was made from.
class BlobName
{
public:
    BlobName() = default;
    explicit BlobName(const QByteArray &name);
    BlobName(const BlobName &other);
    BlobName(BlobName &&other) noexcept;
    BlobName &operator=(const BlobName &other);
    BlobName &operator=(BlobName &&other) noexcept;
    ~BlobName();

    // The bytes as they were given.
    [[nodiscard]] QByteArray bytes() const;
    [[nodiscard]] bool isEmpty() const { return m_packedSize == 0 && !other(); }

    // Ordered as their bytes are (so lists sort as they did when names were QByteArrays).
    [[nodiscard]] std::strong_ordering operator<=>(const BlobName &other) const;
    [[nodiscard]] bool operator==(const BlobName &other) const { return (*this <=> other) == 0; }
    [[nodiscard]] bool operator==(const QByteArray &name) const { return bytes() == name; }

private:
    // Packed (m_packedSize 20 or 32): the hash's bytes. Otherwise the first bytes hold an
    // owned QByteArray *, null for an empty name: a union in all but name, so that a packed
    // hash costs no more than its 32 bytes and the size byte.
    [[nodiscard]] QByteArray *other() const;
    void setOther(QByteArray *bytes);

    alignas(QByteArray *) std::array<unsigned char, 32> m_storage{};
    unsigned char m_packedSize = 0;
};

} // namespace hubdeck
