// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QFile>
#include <QIODevice>

#include <memory>

namespace hubdeck {

// Bytes [offset, offset + length) of a file as a read-only, seekable device: an LFS upload's
// body (a whole file, or one part of a multipart upload) streamed from disk as StoragePut
// sends it, never read whole into memory. Used on one thread at a time (StoragePut's).
class FileSlice : public QIODevice
{
    Q_OBJECT

public:
    // Opens the slice, or nullptr and *error (the path and why) when the file cannot be
    // opened or is not `expectedFileSize` bytes long any more.
    [[nodiscard]] static std::unique_ptr<QIODevice> open(const QString &path, qint64 expectedFileSize, qint64 offset, qint64 length,
                                                         QString *error);

    [[nodiscard]] bool isSequential() const override { return false; }
    [[nodiscard]] qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    FileSlice(const QString &path, qint64 offset, qint64 length);

    QFile m_file;
    qint64 m_offset = 0;
    qint64 m_length = 0;
};

} // namespace hubdeck
