// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "FileSlice.h"

namespace hubdeck {

FileSlice::FileSlice(const QString &path, qint64 offset, qint64 length)
    : m_file(path)
    , m_offset(offset)
    , m_length(length)
{}

std::unique_ptr<QIODevice> FileSlice::open(const QString &path, qint64 expectedFileSize, qint64 offset, qint64 length, QString *error)
{
    std::unique_ptr<FileSlice> slice(new FileSlice(path, offset, length));
    if (!slice->m_file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, slice->m_file.errorString());
        return nullptr;
    }
    if (slice->m_file.size() != expectedFileSize) {
        *error = QStringLiteral("%1: it changed since it was read").arg(path);
        return nullptr;
    }
    if (offset < 0 || length < 0 || offset + length > expectedFileSize || !slice->m_file.seek(offset)) {
        *error = QStringLiteral("%1: no bytes %2 to %3 in it").arg(path).arg(offset).arg(offset + length);
        return nullptr;
    }
    slice->QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return slice;
}

bool FileSlice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_file.seek(m_offset + pos))
        return false;
    return QIODevice::seek(pos);
}

qint64 FileSlice::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_length - (m_file.pos() - m_offset);
    if (left <= 0)
        return 0;
    const qint64 got = m_file.read(data, std::min(maxSize, left));
    // A file cut short under us ends the body early: the upload fails rather than send less.
    if (got == 0)
        return -1;
    return got;
}

} // namespace hubdeck
