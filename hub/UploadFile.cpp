// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#include "UploadFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <memory>
#include <openssl/evp.h>

namespace hubdeck {

namespace {
constexpr qint64 kBlockBytes = 1 << 20;

QByteArray gitHeader(qint64 size)
{
    return "blob " + QByteArray::number(size) + '\0';
}

// OpenSSL's digests: its sha256 runs at the CPU's SHA extensions' speed (some 1.5 GB/s where
// they exist, against Qt's 170 MB/s), and a large file is hashed before anything is sent.
class Digest
{
public:
    explicit Digest(const EVP_MD *kind)
        : m_context(EVP_MD_CTX_new(), &EVP_MD_CTX_free)
    {
        m_ok = m_context && EVP_DigestInit_ex(m_context.get(), kind, nullptr) == 1;
    }
    void add(QByteArrayView bytes) { m_ok = m_ok && EVP_DigestUpdate(m_context.get(), bytes.data(), size_t(bytes.size())) == 1; }
    // Lowercase hex, or empty if OpenSSL failed (out of memory).
    [[nodiscard]] QString hex()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        if (!m_ok || EVP_DigestFinal_ex(m_context.get(), digest, &size) != 1)
            return {};
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex());
    }

private:
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m_context;
    bool m_ok = false;
};
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
    Digest sha256(EVP_sha256());
    Digest sha1(EVP_sha1());
    sha1.add(gitHeader(upload.size));
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
        sha256.add(view);
        sha1.add(view);
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
    upload.sha256 = sha256.hex();
    upload.gitSha1 = sha1.hex();
    if (upload.sha256.isEmpty() || upload.gitSha1.isEmpty()) {
        *error = QStringLiteral("%1: it could not be hashed (OpenSSL failed)").arg(localPath);
        return std::nullopt;
    }
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
