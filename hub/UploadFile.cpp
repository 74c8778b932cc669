// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "UploadFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace hubdeck {

namespace {
constexpr qint64 kBlockBytes = 1 << 20;

QByteArray gitHeader(qint64 size)
{
    return "blob " + QByteArray::number(size) + '\0';
}
} // namespace

std::optional<UploadFile> UploadFile::read(const QString &localPath, const QString &pathInRepo, QString *error,
                                           const std::function<bool(qint64)> &onBlock)
{
    const QFileInfo info(localPath);
    if (!info.exists()) {
        *error = QStringLiteral("%1: no such file").arg(localPath);
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = QStringLiteral("%1: not a regular file").arg(localPath);
        return std::nullopt;
    }
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(localPath, file.errorString());
        return std::nullopt;
    }
    UploadFile upload;
    upload.pathInRepo = pathInRepo;
    upload.localPath = info.absoluteFilePath();
    upload.size = file.size();
    upload.modified = info.lastModified();
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(gitHeader(upload.size));
    qint64 total = 0;
    QByteArray block(kBlockBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(block.data(), block.size());
        if (got < 0) {
            *error = QStringLiteral("%1: %2").arg(localPath, file.errorString());
            return std::nullopt;
        }
        if (got == 0)
            break;
        const QByteArrayView view(block.constData(), got);
        if (upload.sample.size() < kSampleBytes)
            upload.sample += view.first(std::min<qsizetype>(view.size(), kSampleBytes - upload.sample.size()));
        sha256.addData(view);
        sha1.addData(view);
        total += got;
        if (onBlock && !onBlock(got)) {
            *error = QStringLiteral("%1: stopped while it was read").arg(localPath);
            return std::nullopt;
        }
    }
    // A file that grew or shrank while it was read would get a blob id of no content at all.
    if (total != upload.size) {
        *error = QStringLiteral("%1: it changed size while it was read").arg(localPath);
        return std::nullopt;
    }
    upload.sha256 = QString::fromLatin1(sha256.result().toHex());
    upload.gitSha1 = QString::fromLatin1(sha1.result().toHex());
    return upload;
}

QString UploadFile::gitBlobId(const QByteArray &content)
{
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(gitHeader(content.size()));
    sha1.addData(content);
    return QString::fromLatin1(sha1.result().toHex());
}

bool UploadFile::unchangedOnDisk(QString *error) const
{
    const QFileInfo info(localPath);
    if (!info.exists()) {
        *error = QStringLiteral("%1: it is gone").arg(localPath);
        return false;
    }
    if (info.size() != size || info.lastModified() != modified) {
        *error = QStringLiteral("%1: it changed since it was read").arg(localPath);
        return false;
    }
    return true;
}

} // namespace hubdeck
